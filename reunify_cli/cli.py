"""The `reunify` command line: parse flags, call `api`, pick a reporter, set the exit code.

Privacy: reunify works offline. It never opens a network connection and writes nothing
but the outputs you ask for (--output, rewrite -o / --in-place) and its cache of compiled
rule packs (packcache.py: no plan text).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .helpfmt import Command, Group, one_of
from .model import LoadError, Report, ReunifyError
from .settings import FAIL_LEVELS, Settings, merge

app = typer.Typer(
    name="reunify",
    cls=Group,
    help="Make case-plan goals behavioral, measurable and time-limited.\n\n"
    "Runs entirely offline: no network access, no telemetry; nothing is written "
    "except the outputs you ask for (and a cache of compiled rule packs, without plan "
    "text: set REUNIFY_NO_CACHE=1 to turn it off).",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"
    JSONL = "jsonl"
    CSV = "csv"
    CONCISE = "concise"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reunify {__version__}")
        raise typer.Exit()


_DEBUG = {"on": False}  # set by --debug: show the traceback of an internal error
_COLOR = {"when": "auto"}  # set by --color (reset for each command line, in _root)
COLOR_CHOICES = ("auto", "always", "never")


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show the full traceback if reunify itself fails."),
    ] = False,
) -> None:
    """reunify: flag vague case-plan goals and suggest concrete rewrites."""
    _DEBUG["on"] = debug
    _COLOR["when"] = "auto"


def fail(error: LoadError | str) -> NoReturn:
    """Print a one-line error on stderr and exit with code 2."""
    typer.echo(f"reunify: error: {error}", err=True)
    raise typer.Exit(2)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from .io.files import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        fail(LoadError(str(output), f"cannot write output: {exc.strerror or exc}"))


def stdout_closed_by_reader() -> NoReturn:
    """The reader of our output went away (`reunify lint ... | head`): stop quietly, as Unix
    tools do; exit 2 because the output is incomplete."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python's final flush must not fail again
    raise typer.Exit(2)


def use_color(output: Path | None) -> bool:
    """Whether the human output is coloured: `--color always|never` decides; with `auto`
    (the default) never into a file (--output), else not when NO_COLOR is set to anything
    but the empty string (no-color.org), else always when FORCE_COLOR is (force-color.org),
    else when standard output is a terminal."""
    when = _COLOR["when"]
    if when != "auto":
        return when == "always"
    if output is not None or os.environ.get("NO_COLOR", ""):
        return False
    return bool(os.environ.get("FORCE_COLOR", "")) or sys.stdout.isatty()


def _set_color(value: str | None) -> str | None:
    if value is not None:
        bad = one_of(value, COLOR_CHOICES, "--color")
        if bad:
            fail(bad)
        _COLOR["when"] = value
    return value


ColorOption = Annotated[
    str | None,
    typer.Option(
        "--color",
        metavar="WHEN",
        callback=_set_color,
        autocompletion=lambda: list(COLOR_CHOICES),
        help="Colour the text output: auto (on a terminal, unless NO_COLOR is set; "
        "FORCE_COLOR forces it), always or never.",
        show_default=False,
    ),
]


RulesOption = Annotated[
    list[str] | None,
    typer.Option("--rules", metavar="PATH", help="Extra rule pack file or folder (repeatable)."),
]
SelectOption = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="RULE",
        help="Only these rule ids, id prefixes or categories (repeatable).",
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        metavar="RULE",
        help="Skip these rule ids, id prefixes or categories (repeatable).",
    ),
]
FailOnOption = Annotated[
    str | None,
    typer.Option(
        "--fail-on",
        metavar="LEVEL",
        help=f"Lowest severity that makes the exit code 1: {', '.join(FAIL_LEVELS)} "
        "(default: warning, or `fail-on` in the config file).",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Config file to use instead of the .reunify.yaml / pyproject.toml "
        "found above the first path.",
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print only the findings, no summary.")
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write the report to this file instead of standard output.",
    ),
]

MaxFileSizeOption = Annotated[
    int | None,
    typer.Option(
        "--max-file-size",
        min=1,
        metavar="BYTES",
        help="Largest plan file to read, in bytes (default 5 MiB); bigger files are "
        "reported, not read.",
    ),
]


def make_settings(
    rules: list[str] | None,
    select: list[str] | None,
    ignore: list[str] | None,
    fail_on: str | None,
    paths: Sequence[str] | None = None,
    config: Path | None = None,
) -> Settings:
    """Settings from the flags; with `paths` (or `config`), over the project's config file."""
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        fail(f"--fail-on must be one of {', '.join(FAIL_LEVELS)}, not '{fail_on}'")
    flags: dict[str, object] = {"rules": tuple(rules or ()), "ignore": tuple(ignore or ())}
    if select:
        flags["select"] = tuple(select)
    if fail_on is not None:
        flags["fail_on"] = fail_on
    if paths is None and config is None:
        return merge(Settings(), flags)
    from .io.config import settings_for

    try:
        return settings_for(paths or (), str(config) if config else None, flags)
    except ReunifyError as exc:
        fail(exc.error)


def choose_format(format: str | None) -> Format:
    """--format as given (a usage error when it names no format); unset: `github` inside
    GitHub Actions, else `text`."""
    if format is not None:
        bad = one_of(format, [f.value for f in Format], "--format")
        if bad:
            fail(bad)
        return Format(format)
    return Format.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Format.TEXT


JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Worker processes for a batch (default: the machine's cores).",
    ),
]
GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="GLOB",
        help="File names to lint in folders (repeatable; default: *.yaml and *.yml).",
    ),
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Skip files and folders: a name glob ('drafts', '*.tmpl.yaml') anywhere, or a "
        "path glob relative to the working folder ('plans/old/*') (repeatable).",
    ),
]
ForceExcludeOption = Annotated[
    bool,
    typer.Option(
        "--force-exclude",
        help="Apply the excludes (config file and --exclude) to files named on the command "
        "line too; without it a file you name is always checked (as in ruff).",
    ),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Say on standard error which config file applied and which named paths "
        "its excludes match.",
    ),
]
StdinFilenameOption = Annotated[
    str | None,
    typer.Option(
        "--stdin-filename",
        metavar="NAME",
        help="With `-` (standard input): the name to report, whose suffix says the format "
        "(.yaml, .txt, .md, .docx; default: a Word file or YAML plan is recognised, "
        "anything else is read as a list of goals).",
    ),
]


def with_stdin(settings: Settings, paths: Sequence[str], stdin_filename: str | None) -> Settings:
    """Settings holding standard input when a path is `-` (read once, here, within the
    size limit), and the name to report it under."""
    from dataclasses import replace

    from .io.sources import DOCX_FACTOR, STDIN

    if STDIN not in paths:
        if stdin_filename is not None:
            fail("--stdin-filename is only used with `-` (standard input) as the path")
        return settings
    if list(paths).count(STDIN) > 1:
        fail("`-` (standard input) can be given only once")
    data = sys.stdin.buffer.read(settings.max_file_size * DOCX_FACTOR + 1)
    return replace(settings, stdin=data, stdin_name=stdin_filename)


StatisticsOption = Annotated[
    bool | None,
    typer.Option(
        "--statistics/--no-statistics",
        help="Show summary tables - what goals miss most, top rules, files with most "
        "findings - instead of the findings in the text format, on standard error after a "
        "machine format (default: after the findings of a text batch of more than 5 files).",
        show_default=False,
    ),
]
GroupByOption = Annotated[
    str | None,
    typer.Option(
        "--group-by",
        metavar="FIELD",
        help="With the statistics (implies --statistics): a table of the plans grouped by a "
        "field of their `case:`, e.g. case.caseworker or case.unit.",
    ),
]
_GROUP_FIELD = re.compile(r"case\.[A-Za-z0-9_][A-Za-z0-9_.-]*")


@app.command(cls=Command)
def lint(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH", help="Plan files or folders; `-` reads standard input."),
    ],
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"Output format: {', '.join(f.value for f in Format)} (default: text; "
            "github when GITHUB_ACTIONS=true).",
            show_default=False,
            autocompletion=lambda: [f.value for f in Format],
        ),
    ] = None,
    rules: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: FailOnOption = None,
    output: OutputOption = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
    glob: GlobOption = None,
    exclude: ExcludeOption = None,
    force_exclude: ForceExcludeOption = False,
    skip_non_plans: Annotated[
        bool,
        typer.Option(
            "--skip-non-plans",
            help="Skip, with a note on standard error, YAML files that are not plans at all "
            "(no `goals:` or other plan key, not a list of statements: a workflow, a rule "
            "pack) instead of reporting them as errors; for pre-commit.",
        ),
    ] = False,
    respect_gitignore: Annotated[
        bool | None,
        typer.Option(
            "--respect-gitignore/--no-respect-gitignore",
            help="Skip in folders what git ignores (.gitignore, .git/info/exclude); files "
            "you name are always read (default: on, or `respect-gitignore` in the config).",
            show_default=False,
        ),
    ] = None,
    statistics: StatisticsOption = None,
    group_by: GroupByOption = None,
    max_file_size: MaxFileSizeOption = None,
    verbose: VerboseOption = False,
    stdin_filename: StdinFilenameOption = None,
    color: ColorOption = None,
    include_text: Annotated[
        bool,
        typer.Option(
            "--include-text",
            help="sarif: include the flagged words of each plan (`properties.excerpt`); "
            "without it no plan text goes into code-scanning dashboards.",
        ),
    ] = False,
) -> None:
    """Check case plans (YAML, .txt / .md lists of goals, Word .docx, or `-` for standard
    input): vague goals, missing elements, judgment and poverty language."""
    from dataclasses import replace

    from . import api, batch, runner
    from .io.walk import cli_pattern

    format = choose_format(format)
    if group_by is not None:
        if not _GROUP_FIELD.fullmatch(group_by):
            fail(
                f"--group-by takes a field of the plans' `case:`, e.g. case.caseworker, "
                f"not '{group_by}'"
            )
        if statistics is False:
            fail("--group-by shows a statistics table: it cannot go with --no-statistics")
        statistics = True
    settings = make_settings(rules, select, ignore, fail_on, paths, config)
    settings = replace(
        settings,
        globs=tuple(glob) if glob else settings.globs,
        exclude=settings.exclude + tuple(cli_pattern(p) for p in exclude or ()),
        force_exclude=settings.force_exclude or force_exclude,
    )
    if max_file_size is not None:  # the flag wins over the config file's max-file-size
        settings = replace(settings, max_file_size=max_file_size)
    if respect_gitignore is not None:
        settings = replace(settings, respect_gitignore=respect_gitignore)
    if skip_non_plans:
        settings = replace(settings, skip_non_plans=True)
    if verbose:
        explain_settings(paths, settings)
    settings = with_stdin(settings, paths, stdin_filename)
    try:
        ruleset = api.load_ruleset(settings)
        code = runner.lint_batch(
            paths,
            settings,
            ruleset,
            format.value,
            lambda report: render(report, format, use_color(output), quiet, include_text),
            jobs=jobs or batch.default_jobs(),
            statistics=statistics,
            output=output,
            color=use_color(output),
            quiet=quiet,
            group_by=group_by,
            include_text=include_text,
        )
    except ReunifyError as exc:
        fail(exc.error)
    except BrokenPipeError:
        if output is not None:
            fail(LoadError(str(output), "cannot write output: broken pipe"))
        stdout_closed_by_reader()
    except OSError as exc:
        fail(LoadError(str(output or "<stdout>"), f"cannot write output: {exc.strerror or exc}"))
    raise typer.Exit(code)


def explain_settings(paths: Sequence[str], settings: Settings) -> None:
    """--verbose: the config file that applied, and the named paths its excludes match."""
    from .io.walk import is_excluded
    from .printable import one_line

    for config_file in settings.config_files or ("none found (built-in defaults)",):
        typer.echo(f"reunify: config: {one_line(config_file)}", err=True)
    for path in paths:
        if not is_excluded(path, settings.exclude):
            continue
        if settings.force_exclude:
            typer.echo(f"reunify: excluded (--force-exclude): {one_line(path)}", err=True)
        else:
            typer.echo(
                f"reunify: checked although excluded, because it was named: {one_line(path)} "
                "(--force-exclude skips it)",
                err=True,
            )


def render(
    report: Report, format: Format, color: bool, quiet: bool = False, include_text: bool = False
) -> str:
    from .reporters import REPORTERS, RenderOptions

    options = RenderOptions(color=color, quiet=quiet, include_text=include_text)
    return REPORTERS[format.value](report, options)


def main() -> None:
    try:
        app()
    except ReunifyError as exc:  # pragma: no cover - commands catch their own
        typer.echo(f"reunify: error: {exc.error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("reunify: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last resort: a bug must not show the user a traceback
        if _DEBUG["on"] or "--debug" in sys.argv[1:]:
            raise
        typer.echo(internal_error(exc), err=True)
        sys.exit(2)


def internal_error(exc: BaseException) -> str:
    """One line for an unexpected failure (details only with --debug)."""
    detail = " ".join(str(exc).split())
    if len(detail) > 200:
        detail = detail[:197] + "..."
    name = type(exc).__name__
    return (
        f"reunify: internal error: {name}{': ' + detail if detail else ''} "
        "(run `reunify --debug ...` to see where)"
    )


from .commands import handout as _handout  # noqa: E402, F401  (registers `reunify handout`)
from .commands import rewrite as _rewrite  # noqa: E402, F401  (registers `reunify rewrite`)
from .commands import rules as _rules  # noqa: E402,F401  (registers `rules` and `explain`)
