"""`reunify lint PATH...`: check plans (YAML, Word, text, standard input; files or folders)
and report the findings in the chosen format, with the exit code CI expects (0 clean,
1 findings at or above --fail-on, 2 a file that could not be read or a usage error).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

import typer

from ..cli import (
    ColorOption,
    ConfigOption,
    ExcludeOption,
    FailOnOption,
    GlobOption,
    IgnoreOption,
    MaxFileSizeOption,
    OutputOption,
    QuietOption,
    RulesOption,
    SelectOption,
    StdinFilenameOption,
    app,
    fail,
    make_settings,
    stdout_closed_by_reader,
    use_color,
    with_stdin,
)
from ..helpfmt import Command, one_of
from ..model import LoadError, Report, ReunifyError
from ..settings import Settings


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"
    JSONL = "jsonl"
    CSV = "csv"
    CONCISE = "concise"


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
        help="Processes that lint a batch, this one included (default: the machine's cores).",
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
    """Check case plans for vague goals, missing elements, judgment and poverty language.

    Plans are YAML, .txt / .md lists of goals, Word .docx, or `-` for standard input."""
    from dataclasses import replace

    from .. import api, batch, runner
    from ..io.walk import cli_pattern

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
    from ..io.walk import is_excluded
    from ..printable import one_line

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
    from ..reporters import REPORTERS, RenderOptions

    options = RenderOptions(color=color, quiet=quiet, include_text=include_text)
    return REPORTERS[format.value](report, options)
