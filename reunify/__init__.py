"""reunify's Python API: lint and rewrite child-welfare case plans from Python.

    import reunify

    result = reunify.lint(["plans/"])
    for file in result["files"]:
        for goal in file["goals"]:
            if goal["flags"]["vague"]:
                print(file["path"], goal["line"], goal["text"])

    revised = reunify.rewrite("plans/a.yaml")
    print(revised["files"][0]["goals"][0]["rewrite"])

Both functions return the document `reunify lint --format json` prints (SPEC.md's JSON:
`tool`, `files`, `summary`; `rewrite` fills each flagged goal's `rewrite`), typed below as
`LintResult`. They read the config file the command line would (`.reunify.yaml` or
`[tool.reunify]` in `pyproject.toml` above the first path; `config=` names one,
`isolated=True` reads none), run offline, write nothing, and import spaCy only when they
analyse text. A file that cannot be read is a file entry with an `error`, as in the JSON
output; a usage error (an unknown rule selector, a bad config file or rule pack) raises
`ReunifyError`, whose `.error` has `path`, `message`, `line` and `column`.

The implementation lives in the `reunify_cli` package; this module is the supported API.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

from reunify_cli import __version__
from reunify_cli.model import LoadError, ReunifyError

if TYPE_CHECKING:
    from reunify_cli.model import Report
    from reunify_cli.settings import Settings

__all__ = [
    "Elements",
    "FileError",
    "FileResult",
    "FindingResult",
    "Flags",
    "GoalResult",
    "LintResult",
    "LoadError",
    "ReunifyError",
    "Skipped",
    "Summary",
    "Tool",
    "__version__",
    "lint",
    "rewrite",
]

StrPath = str | os.PathLike[str]


class FindingResult(TypedDict):
    """One finding: a rule that flags the words at `line`:`column` (1-based; `end_column`
    exclusive), or a whole statement (a missing element)."""

    rule: str  # e.g. vague.make-progress
    category: str  # vague, missing-element, judgmental, poverty, plain-language, structure
    severity: Literal["error", "warning", "info"]
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str  # the flagged words as written in the plan
    suggestion: str | None


class Elements(TypedDict):
    """Whether the statement itself contains each of the five elements."""

    behavioral: bool
    measurable: bool
    time_limited: bool
    evidence_source: bool
    reporting_cadence: bool


class Flags(TypedDict):
    """`vague`: language a reader cannot check, or nothing checkable at all."""

    vague: bool
    judgmental_language: bool
    poverty_condition: bool


class GoalResult(TypedDict):
    """One goal of a plan, where its statement starts, and what reunify found in it."""

    id: str | None
    index: int  # 0-based position in the plan
    line: int
    column: int
    text: str
    elements: Elements
    flags: Flags
    actor: str  # parent, child, caregiver, agency, provider or unknown
    findings: list[FindingResult]
    rewrite: dict[str, Any] | None  # reunify.rewrite: statement, behavior, measure, ...


class FileError(TypedDict):
    """Why a file could not be read (its line and column when known)."""

    message: str
    line: int | None
    column: int | None


class FileResult(TypedDict):
    """One file: its goals, and the findings about the plan as a whole."""

    path: str
    error: FileError | None
    goals: list[GoalResult]
    findings: list[FindingResult]


class Summary(TypedDict):
    """Counts over every file (`load_errors`: files that could not be read)."""

    files: int
    goals: int
    findings: int
    errors: int
    warnings: int
    info: int
    load_errors: int


class Tool(TypedDict):
    name: str
    version: str
    config: list[str]  # the config files that applied


class Skipped(TypedDict):
    """A YAML file that is no plan at all, skipped (`skip_non_plans=True`)."""

    path: str
    reason: str


class _Document(TypedDict):
    tool: Tool
    files: list[FileResult]
    summary: Summary


class LintResult(_Document, total=False):
    """SPEC.md's JSON document: `tool`, `files` and `summary`; `skipped` only when files
    that are not plans were skipped (`skip_non_plans=True`)."""

    skipped: list[Skipped]


def lint(
    paths: StrPath | Iterable[StrPath],
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    rules: Sequence[StrPath] = (),
    exclude: Sequence[str] = (),
    config: StrPath | None = None,
    isolated: bool = False,
    respect_gitignore: bool | None = None,
    skip_non_plans: bool = False,
) -> LintResult:
    """Lint case plans: files (YAML, `.txt` / `.md` lists of goals, Word `.docx`) and
    folders (walked for `*.yaml` / `*.yml`, hidden and git-ignored files skipped).

    `select` / `ignore`: rule ids, id prefixes or categories (`select` replaces the
    config's, `ignore` adds to it); `rules`: extra rule pack files or folders; `exclude`:
    globs of files and folders to skip (as `--exclude`); `config`: the config file to use
    instead of the one found above the first path; `isolated`: use no config file at all;
    `respect_gitignore`: override the config's `respect-gitignore`; `skip_non_plans`: skip
    YAML that is no plan (listed under `skipped`) instead of reporting it as an error.

    Returns SPEC.md's JSON document. Raises ReunifyError for a usage error: a selector
    that matches no rule, a bad config file or rule pack.
    """
    from reunify_cli.api import lint_paths

    chosen = _paths(paths)
    settings = _settings(
        chosen, select, ignore, rules, exclude, config, isolated, respect_gitignore, skip_non_plans
    )
    return _document(lint_paths(chosen, settings))


def rewrite(
    paths: StrPath | Iterable[StrPath],
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    rules: Sequence[StrPath] = (),
    exclude: Sequence[str] = (),
    config: StrPath | None = None,
    isolated: bool = False,
    respect_gitignore: bool | None = None,
    skip_non_plans: bool = False,
) -> LintResult:
    """Lint case plans and propose a rewrite of every flagged goal, as `reunify rewrite
    --format json` does: each such goal's `rewrite` holds the suggested `statement` and
    its structured fields (`behavior`, `measure`, `due`, `evidence`, `cadence`,
    `feedback`, `placeholders`); sound goals keep `rewrite: None`. Nothing is written:
    the plans are only read. Options as for `lint` (the config's `feedback-days` and
    `locale` shape the rewrites). Raises ReunifyError for a usage error.
    """
    from reunify_cli.api import load_plan, load_ruleset, unread
    from reunify_cli.io.walk import walk
    from reunify_cli.model import FileReport, Report
    from reunify_cli.rewrite.statement import policy_of, rewrite_plan

    chosen = _paths(paths)
    settings = _settings(
        chosen, select, ignore, rules, exclude, config, isolated, respect_gitignore, skip_non_plans
    )
    ruleset = load_ruleset(settings)
    policy = policy_of(settings)
    files: list[FileReport] = []
    found = walk(
        chosen,
        settings.globs,
        settings.exclude,
        settings.force_exclude,
        gitignore=settings.respect_gitignore,
    )
    for entry in found:
        if isinstance(entry, LoadError):
            files.append(FileReport(path=entry.path, error=entry))
            continue
        try:
            files.append(rewrite_plan(load_plan(entry, settings), ruleset, policy))
        except ReunifyError as exc:
            files.append(unread(entry, exc, settings))
    report = Report(
        files=tuple(f for f in files if f.skipped is None),
        rules=ruleset.rules,
        config_files=settings.config_files,
        skipped=tuple(f.skipped for f in files if f.skipped is not None),
    )
    return _document(report)


def _paths(paths: StrPath | Iterable[StrPath]) -> list[str]:
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    chosen = [os.fspath(p) for p in paths]
    if not chosen:
        raise ReunifyError(LoadError("paths", "no plan files or folders given"))
    return chosen


def _settings(
    paths: Sequence[str],
    select: Sequence[str] | None,
    ignore: Sequence[str],
    rules: Sequence[StrPath],
    exclude: Sequence[str],
    config: StrPath | None,
    isolated: bool,
    respect_gitignore: bool | None,
    skip_non_plans: bool,
) -> Settings:
    """Settings as the command line builds them: defaults < config file < these."""
    from reunify_cli.io.config import settings_for
    from reunify_cli.io.walk import cli_pattern
    from reunify_cli.settings import Settings, merge

    for name, value in (("select", select), ("ignore", ignore), ("exclude", exclude)):
        if isinstance(value, str):  # a lone string would be read letter by letter
            raise TypeError(f"reunify: {name} takes a list of strings, not {value!r}")
    flags: dict[str, Any] = {
        "rules": tuple(os.fspath(r) for r in rules),
        "ignore": tuple(ignore),
        "exclude": tuple(cli_pattern(p) for p in exclude),
    }
    if select is not None:
        flags["select"] = tuple(select)
    if respect_gitignore is not None:
        flags["respect_gitignore"] = respect_gitignore
    if skip_non_plans:
        flags["skip_non_plans"] = True
    if isolated:
        if config is not None:
            raise TypeError("reunify: isolated=True reads no config file: do not name one")
        return merge(Settings(), flags)
    return settings_for(paths, os.fspath(config) if config is not None else None, flags)


def _document(report: Report) -> LintResult:
    from reunify_cli.reporters.records import report_document

    return cast(LintResult, report_document(report))
