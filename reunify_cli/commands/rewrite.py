"""`reunify rewrite PLAN`: show, diff or write concrete rewrites of the plan's flagged goals.

The plan is changed only with --in-place (which keeps PLAN.bak); -o writes a revised copy.
Both write atomically and leave every byte outside the rewritten goals as it was; how
files are replaced (and what is refused) is files.py's.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..cli import (
    ConfigOption,
    Format,
    IgnoreOption,
    MaxFileSizeOption,
    RulesOption,
    SelectOption,
    app,
    fail,
    make_settings,
    use_color,
)
from ..model import FileReport, LoadError, Report, ReunifyError

if TYPE_CHECKING:
    from ..engine import Ruleset

BOM = "\ufeff"


@app.command()
def rewrite(
    path: Annotated[str, typer.Argument(help="The plan file (YAML).")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the revised plan to this file."),
    ] = None,
    in_place: Annotated[
        bool,
        typer.Option("--in-place", help="Rewrite the plan file itself, keeping PLAN.bak."),
    ] = False,
    overwrite_backup: Annotated[
        bool,
        typer.Option("--overwrite-backup", help="With --in-place: replace an existing PLAN.bak."),
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Show a unified diff of the revised plan.")
    ] = False,
    interactive: Annotated[
        bool,
        typer.Option("--interactive", "-i", help="Accept, edit or skip each suggestion."),
    ] = False,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = (
        Format.TEXT
    ),
    rules: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    max_file_size: MaxFileSizeOption = None,
) -> None:
    """Rewrite vague goals: behavioral, measurable, time-limited, with evidence and cadence."""
    from .. import api
    from ..files import check_backup, check_plan_file
    from ..plans import parse_plan
    from ..reporters.rewrite_text import summary_line
    from ..revise import revise
    from ..rewrite import policy_of, rewrite_plan
    from ..yamlio import decode, read_bytes

    _check_options(path, output, in_place, diff, interactive, format)
    settings = make_settings(rules, select, ignore, None, [path], config)  # as lint does
    if max_file_size is not None:
        settings = replace(settings, max_file_size=max_file_size)
    backup = f"{path}.bak"
    try:
        if in_place:  # refused before any work: a plan or backup that cannot be replaced
            check_plan_file(path)
            check_backup(backup, overwrite_backup)
        raw = read_bytes(path, settings.max_file_size)
        text = decode(path, raw)
        ruleset = api.load_ruleset(settings)
        report = rewrite_plan(parse_plan(path, text), ruleset, policy_of(settings))
    except ReunifyError as exc:
        fail(exc.error)
    skipped = 0
    if interactive:
        before = sum(g.rewrite is not None for g in report.goals)
        report = _interactive(report, ruleset)
        skipped = before - sum(g.rewrite is not None for g in report.goals)
    chosen = {g.goal.index: g.rewrite for g in report.goals if g.rewrite is not None}
    revised = text
    if output is not None or in_place or diff:  # showing needs no revised file
        try:
            revised = revise(path, text, chosen)
        except ReunifyError as exc:
            fail(exc.error)
    if format is Format.JSON:
        from ..reporters import json as json_reporter

        typer.echo(
            json_reporter.render(Report((report,), ruleset.rules, settings.config_files)), nl=False
        )
    elif diff:
        typer.echo(_diff(path, str(output or path), text, revised), nl=False)
    elif output is None and not in_place:
        from ..reporters import rewrite_text

        typer.echo(rewrite_text.render(report, color=use_color(None)), nl=False)
    summary = summary_line(report.goals, skipped)
    _write(path, raw, text, revised, output, in_place, (backup, overwrite_backup), summary)


def _check_options(
    path: str, output: Path | None, in_place: bool, diff: bool, interactive: bool, format: Format
) -> None:
    if output is not None and in_place:
        fail("use either -o FILE or --in-place, not both")
    if output is not None and _same_file(str(output), path):
        fail(f"-o {output} is the plan itself: use --in-place (it keeps a .bak)")
    if format is Format.JSON and (diff or interactive):
        fail("--format json cannot be combined with --diff or --interactive")
    if interactive and output is None and not in_place and not diff:
        fail("--interactive needs somewhere to put the result: -o FILE, --in-place or --diff")


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one file: through links (symbolic or hard), not by name."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def _interactive(report: FileReport, ruleset: Ruleset) -> FileReport:
    """Ask about each suggestion: [a]ccept, [e]dit, [s]kip, or [q]uit (skip the rest)."""
    from ..reporters.rewrite_text import goal_text

    color = use_color(None)
    goals = []
    quit_ = False
    for goal in report.goals:
        if goal.rewrite is None or quit_:
            goals.append(replace(goal, rewrite=None) if quit_ else goal)
            continue
        typer.echo(goal_text(goal, color=color), nl=False)
        answer = _ask()
        if answer == "e":
            edited = typer.prompt("New statement", default=str(goal.rewrite["statement"]))
            goals.append(replace(goal, rewrite=_edited(goal.rewrite, edited)))
            typer.echo(_check_edit(edited, ruleset))
        elif answer == "a":
            goals.append(goal)
        else:
            quit_ = answer == "q"
            goals.append(replace(goal, rewrite=None))
    return replace(report, goals=tuple(goals))


def _ask() -> str:
    while True:
        answer = str(typer.prompt("Accept, edit, skip or quit? [a/e/s/q]", default="a"))
        if answer.strip().lower()[:1] in ("a", "e", "s", "q"):
            return answer.strip().lower()[:1]
        typer.echo("Please answer a (accept), e (edit), s (skip) or q (quit).")


def _check_edit(statement: str, ruleset: Ruleset) -> str:
    """Lint the edited statement on its own, so the caseworker sees what it still lacks."""
    from ..engine import analyse_plan
    from ..selftest import plan_of_texts

    goal = analyse_plan(plan_of_texts([statement]), ruleset).goals[0]
    if not goal.findings:
        return "  ok: behavioral, measurable, time-limited, with evidence and cadence"
    return "  still flagged: " + ", ".join(sorted({f.rule for f in goal.findings}))


def _edited(rewrite: Mapping[str, Any], statement: str) -> Mapping[str, Any]:
    """The caseworker's own statement: the structured fields of the proposal no longer
    describe it, so they are cleared (not written beside it), and its placeholders are
    its own."""
    from ..fixes import placeholders
    from ..revise import ADDED_FIELDS

    text = " ".join(statement.split())
    cleared = dict.fromkeys(ADDED_FIELDS)
    return {**rewrite, **cleared, "statement": text, "placeholders": placeholders(text)}


def _diff(path: str, target: str, before: str, after: str) -> str:
    """A unified diff for reading: every line starts with the diff's own `---`, `+++`,
    `@@`, ` `, `+` or `-`; plan text in it is shown through printable.one_line (which
    changes nothing in ordinary YAML)."""
    from ..printable import one_line

    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=one_line(path),
        tofile=one_line(target),
    )
    out = []
    for line in lines:
        content = line.rstrip("\r\n")  # other breaks splitlines cut at become symbols
        out.append(one_line(content) + ("\r\n" if "\r" in line[len(content) :] else "\n"))
    return "".join(out)


def _write(
    path: str,
    raw: bytes,
    text: str,
    revised: str,
    output: Path | None,
    in_place: bool,
    backup: tuple[str, bool],
    summary: str,
) -> None:
    """Write the revised plan: to -o, or over the plan (keeping the backup)."""
    from ..files import replace_plan, write_atomic
    from ..printable import line_start

    if output is None and not in_place:
        return
    bom = BOM if raw.startswith(BOM.encode()) else ""
    try:
        if output is not None:
            write_atomic(output, bom + revised)
            typer.echo(f"wrote {output}: {summary}", err=True)
        elif revised == text:
            typer.echo(f"{line_start(path, path=True)}: nothing to rewrite ({summary})", err=True)
        else:
            replace_plan(path, raw, (bom + revised).encode("utf-8"), *backup)
            typer.echo(f"rewrote {path} (original kept in {backup[0]}): {summary}", err=True)
    except ReunifyError as exc:
        fail(exc.error)
    except OSError as exc:
        target = str(output or path)
        fail(LoadError(target, f"cannot write: {exc.strerror or exc}"))
