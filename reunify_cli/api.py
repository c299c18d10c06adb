"""What the CLI and the tests call: lint paths or texts, get a Report. No printing here."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .engine import Ruleset, analyse_plan, build_ruleset
from .model import FileReport, LoadError, Plan, Report, ReunifyError
from .packs import load_packs
from .plans import parse_plan
from .settings import Settings
from .yamlio import read_text

PLAN_SUFFIXES = (".yaml", ".yml")
SIZE_HINT = " (raise it with --max-file-size or max-file-size in the config file)"


def load_ruleset(settings: Settings, nlp: object = None) -> Ruleset:
    """Built-in packs plus the user's, selected and compiled. Raises ReunifyError."""
    packs = load_packs(settings.rules)
    return build_ruleset(packs, settings.select, settings.ignore, settings.severities, nlp)


def discover(paths: Sequence[str], exclude: tuple[str, ...] = ()) -> Iterator[str]:
    """Files to lint: files as given, folders walked for *.yaml / *.yml (hidden ones skipped),
    in a stable order, minus those matching `exclude` (config.is_excluded). Paths that do
    not exist are yielded too, to be reported."""
    if exclude:
        from .config import is_excluded

        yield from (p for p in discover(paths) if not is_excluded(p, exclude))
        return
    unreadable: list[str] = []  # folders os.walk could not list: reported, not skipped

    def note(error: OSError) -> None:
        unreadable.append(error.filename)

    for raw in paths:
        if not os.path.isdir(raw):
            yield raw
            continue
        for folder, dirs, files in os.walk(raw, onerror=note):
            yield from unreadable
            unreadable.clear()
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(PLAN_SUFFIXES) and not name.startswith("."):
                    yield os.path.join(folder, name)
        yield from unreadable
        unreadable.clear()


def load_plan(path: str, settings: Settings) -> Plan:
    return parse_plan(path, read_text(path, settings.max_file_size, SIZE_HINT))


def lint_file(path: str, ruleset: Ruleset, settings: Settings) -> FileReport:
    try:
        plan = load_plan(path, settings)
    except ReunifyError as exc:
        return FileReport(path=path, error=exc.error)
    try:
        return analyse_plan(plan, ruleset)
    except ReunifyError as exc:  # a pack's regex ran out of time on this plan
        return FileReport(path=path, error=LoadError(path, f"not analysed: {exc.error}"))


def iter_lint(paths: Iterable[str], ruleset: Ruleset, settings: Settings) -> Iterator[FileReport]:
    for path in paths:
        yield lint_file(path, ruleset, settings)


def lint_paths(
    paths: Sequence[str], settings: Settings | None = None, ruleset: Ruleset | None = None
) -> Report:
    settings = settings or Settings()
    ruleset = ruleset or load_ruleset(settings)
    files = tuple(iter_lint(discover(paths, settings.exclude), ruleset, settings))
    return Report(files=files, rules=ruleset.rules)


def lint_text(
    text: str,
    path: str = "<text>",
    settings: Settings | None = None,
    ruleset: Ruleset | None = None,
) -> FileReport:
    """Lint plan YAML given as text (raises ReunifyError when it cannot be read)."""
    settings = settings or Settings()
    ruleset = ruleset or load_ruleset(settings)
    return analyse_plan(parse_plan(path, text), ruleset)


def display_path(path: str) -> str:
    """Path relative to the working directory when inside it, with forward slashes."""
    try:
        rel = Path(path).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return Path(path).as_posix()
    return rel.as_posix()
