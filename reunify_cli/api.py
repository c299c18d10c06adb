"""What the CLI and the tests call: lint paths or texts, get a Report. No printing here."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from .analysis.engine import Ruleset, analyse_plan, build_ruleset
from .io.plans import parse_plan
from .io.walk import DEFAULT_GLOBS, walk
from .model import FileReport, LoadError, NotAPlan, Plan, Report, ReunifyError, Rule, RulePack
from .settings import Settings


def load_ruleset(settings: Settings, nlp: object = None) -> Ruleset:
    """Built-in packs plus the user's, selected and compiled. Raises ReunifyError, also
    for a selector, severity or rule option that names no loaded rule (selection.py)."""
    from .io.packcache import load_packs_cached
    from .io.selection import check_settings, with_rule_options

    loaded = load_packs_cached(settings.rules)
    check_settings(loaded, settings)
    packs = with_rule_options(
        with_reading_grade(loaded, settings.reading_grade), settings.rule_options
    )
    return build_ruleset(
        packs,
        settings.select,
        settings.ignore,
        settings.severities,
        nlp,
        per_file_ignores=settings.per_file_ignores,
    )


def with_reading_grade(packs: Sequence[RulePack], grade: float | None) -> Sequence[RulePack]:
    """The config's `reading-grade` as the threshold of the reading-grade check."""
    if grade is None:
        return packs

    def given(rule: Rule) -> Rule:
        if rule.check != "reading-grade":
            return rule
        return replace(rule, params=MappingProxyType({**rule.params, "max-grade": grade}))

    return tuple(replace(p, rules=tuple(map(given, p.rules))) for p in packs)


def discover(
    paths: Sequence[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    exclude: Sequence[str] = (),
    force_exclude: bool = False,
    gitignore: bool = False,
) -> Iterator[str | LoadError]:
    """Files to lint: files as given, folders walked for the globs (hidden ones skipped,
    with `gitignore` what git ignores too; links in a loop reported as LoadErrors), in a
    stable order (see walk.py). Paths that do not exist are yielded too, to be reported."""
    return walk(paths, globs, exclude, force_exclude, gitignore)


def load_plan(path: str, settings: Settings) -> Plan:
    """A plan from YAML, a text or Markdown list, a Word document or `-` (sources.py)."""
    from .io.sources import load_plan as load

    return load(path, settings)


def lint_file(path: str | LoadError, ruleset: Ruleset, settings: Settings) -> FileReport:
    if isinstance(path, LoadError):
        return FileReport(path=path.path, error=path)
    try:
        plan = load_plan(path, settings)
    except ReunifyError as exc:
        return unread(path, exc, settings)
    return analyse_or_report(plan, ruleset)


def unread(path: str, exc: ReunifyError, settings: Settings) -> FileReport:
    """The report of a file that could not be read as a plan: an error, or, for YAML that
    is no plan at all when the run skips those (--skip-non-plans), skipped."""
    if settings.skip_non_plans and isinstance(exc, NotAPlan):
        return FileReport(path=path, skipped=exc.error)
    return FileReport(path=path, error=exc.error)


def analyse_or_report(plan: Plan, ruleset: Ruleset) -> FileReport:
    """analyse_plan, with a pack regex that ran out of time reported as this plan's error."""
    try:
        return analyse_plan(plan, ruleset)
    except ReunifyError as exc:
        return FileReport(path=plan.path, error=LoadError(plan.path, f"not analysed: {exc.error}"))


def iter_lint(
    paths: Iterable[str | LoadError], ruleset: Ruleset, settings: Settings
) -> Iterator[FileReport]:
    for path in paths:
        yield lint_file(path, ruleset, settings)


def lint_paths(
    paths: Sequence[str], settings: Settings | None = None, ruleset: Ruleset | None = None
) -> Report:
    settings = settings or Settings()
    ruleset = ruleset or load_ruleset(settings)
    found = discover(
        paths,
        settings.globs,
        settings.exclude,
        settings.force_exclude,
        settings.respect_gitignore,
    )
    files = tuple(iter_lint(found, ruleset, settings))
    return Report(
        files=tuple(f for f in files if f.skipped is None),
        rules=ruleset.rules,
        config_files=settings.config_files,
        skipped=tuple(f.skipped for f in files if f.skipped is not None),
    )


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
    """Path relative to the working directory when inside it, with forward slashes. A
    symbolic link is shown where it is, not where it leads (the file a reader opens, the
    path a GitHub annotation must name)."""
    try:
        rel = Path(os.path.abspath(path)).relative_to(Path.cwd())
    except (ValueError, OSError):
        return Path(path).as_posix()
    return rel.as_posix()
