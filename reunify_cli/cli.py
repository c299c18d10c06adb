"""The `reunify` command line: parse flags, call `api`, pick a reporter, set the exit code.

Privacy: reunify works offline. It never opens a network connection and writes nothing
but the outputs you ask for (--output, rewrite -o / --in-place) and its cache of compiled
rule packs (packcache.py: no plan text).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .model import LoadError, Report, ReunifyError
from .settings import FAIL_LEVELS, Settings, fails

app = typer.Typer(
    name="reunify",
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
    JSONL = "jsonl"
    CSV = "csv"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reunify {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """reunify: flag vague case-plan goals and suggest concrete rewrites."""


def fail(error: LoadError | str) -> NoReturn:
    """Print a one-line error on stderr and exit with code 2."""
    typer.echo(f"reunify: error: {error}", err=True)
    raise typer.Exit(2)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from .files import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        fail(LoadError(str(output), f"cannot write output: {exc.strerror or exc}"))


def exit_code(report: Report, fail_on: str) -> int:
    if any(f.error is not None for f in report.files):
        return 2
    if any(fails(f.severity, fail_on) for file in report.files for f in file.all_findings):
        return 1
    return 0


def use_color(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


RulesOption = Annotated[
    list[str] | None, typer.Option("--rules", help="Extra rule pack file or folder (repeatable).")
]
SelectOption = Annotated[
    list[str] | None,
    typer.Option("--select", help="Only these rule ids, id prefixes or categories (repeatable)."),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Skip these rule ids, id prefixes or categories (repeatable)."),
]
FailOnOption = Annotated[
    str,
    typer.Option(
        "--fail-on", help=f"Lowest severity that makes the exit code 1: {', '.join(FAIL_LEVELS)}."
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="Write the report to this file instead of standard output."
    ),
]


def make_settings(
    rules: list[str] | None, select: list[str] | None, ignore: list[str] | None, fail_on: str
) -> Settings:
    if fail_on not in FAIL_LEVELS:
        fail(f"--fail-on must be one of {', '.join(FAIL_LEVELS)}, not '{fail_on}'")
    return Settings(
        rules=tuple(rules or ()),
        select=tuple(select or ()),
        ignore=tuple(ignore or ()),
        fail_on=fail_on,
    )


JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for a batch (default: the machine's cores)."
    ),
]
GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob", help="File names to lint in folders (repeatable; default: *.yaml and *.yml)."
    ),
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        help="Skip files and folders: a name glob ('drafts', '*.tmpl.yaml') anywhere, or a "
        "path glob relative to the working folder ('plans/old/*') (repeatable).",
    ),
]
StatisticsOption = Annotated[
    bool | None,
    typer.Option(
        "--statistics/--no-statistics",
        help="End with summary tables: what goals miss most, top rules, files with most "
        "findings (default: for batches of more than 5 files in text format; on standard "
        "error for machine formats).",
    ),
]


@app.command()
def lint(
    paths: Annotated[list[str], typer.Argument(help="Plan files or folders.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = (
        Format.TEXT
    ),
    rules: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: FailOnOption = "warning",
    output: OutputOption = None,
    jobs: JobsOption = None,
    glob: GlobOption = None,
    exclude: ExcludeOption = None,
    statistics: StatisticsOption = None,
) -> None:
    """Check case plans: vague goals, missing elements, judgment and poverty language."""
    from dataclasses import replace

    from . import api, batch, runner
    from .walk import cli_pattern

    settings = make_settings(rules, select, ignore, fail_on)
    settings = replace(
        settings,
        globs=tuple(glob) if glob else settings.globs,
        exclude=settings.exclude + tuple(cli_pattern(p) for p in exclude or ()),
    )
    try:
        ruleset = api.load_ruleset(settings)
        code = runner.lint_batch(
            paths,
            settings,
            ruleset,
            format.value,
            lambda report: render(report, format, use_color(output)),
            jobs=jobs or batch.default_jobs(),
            statistics=statistics,
            output=output,
            color=use_color(output),
        )
    except ReunifyError as exc:
        fail(exc.error)
    except OSError as exc:
        fail(LoadError(str(output or "<stdout>"), f"cannot write output: {exc.strerror or exc}"))
    raise typer.Exit(code)


def render(report: Report, format: Format, color: bool) -> str:
    if format is Format.JSON:
        from .reporters import json as json_reporter

        return json_reporter.render(report)
    from .reporters import text

    return text.render(report, color=color)


def main() -> None:
    try:
        app()
    except ReunifyError as exc:  # pragma: no cover - commands catch their own
        typer.echo(f"reunify: error: {exc.error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("reunify: interrupted", err=True)
        sys.exit(130)
