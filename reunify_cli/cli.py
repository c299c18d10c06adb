"""The `reunify` command line: the app, the options and helpers its commands share (one
module per command in commands/: lint, rewrite, handout, rules and explain).

Privacy: reunify works offline. It never opens a network connection and writes nothing
but the outputs you ask for (--output, rewrite -o / --in-place) and its cache of compiled
rule packs (packcache.py: no plan text).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .helpfmt import Group, one_of
from .model import LoadError, ReunifyError
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


from .commands import lint as _lint  # noqa: E402, F401  (registers `reunify lint`)

# isort: split
# (lint first: commands are listed in `reunify --help` in the order they register)
from .commands import handout as _handout  # noqa: E402, F401  (registers `reunify handout`)
from .commands import rewrite as _rewrite  # noqa: E402, F401  (registers `reunify rewrite`)
from .commands import rules as _rules  # noqa: E402,F401  (registers `rules` and `explain`)
