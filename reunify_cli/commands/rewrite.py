"""`reunify rewrite PLAN...`: show, diff or write concrete rewrites of the plans' flagged goals.

A plan is changed only with --in-place (which keeps PLAN.bak); -o writes a revised copy.
Both write atomically and leave everything outside the rewritten goals as it was. YAML,
text and Markdown lists, Word documents and standard input are read (sources.py); a Word
plan is revised as a Word document with tracked changes, a text list as a YAML plan
(revised.py). Several plans or a folder: see rewrite_many.py.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..cli import (
    ColorOption,
    ConfigOption,
    ExcludeOption,
    GlobOption,
    IgnoreOption,
    MaxFileSizeOption,
    RulesOption,
    SelectOption,
    StdinFilenameOption,
    app,
    fail,
    make_settings,
    use_color,
    with_stdin,
)
from ..helpfmt import Command, one_of
from ..model import FileReport, LoadError, Plan, Report, ReunifyError
from ..settings import Settings

if TYPE_CHECKING:
    from ..analysis.engine import Ruleset

FORMATS = ("text", "json", "jsonl")


@dataclass(frozen=True, slots=True)
class Done:
    """One plan rewritten: its report, the bytes read, the plan, and the revised bytes
    (None when nothing is to be written)."""

    report: FileReport
    data: bytes
    plan: Plan
    revised: bytes | None = None


@app.command(cls=Command)
def rewrite(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Plan files or folders (YAML, .txt / .md, .docx; `-` reads standard input).",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the revised plan to this file; with a folder or several plans, to "
            "this folder (the tree mirrored).",
        ),
    ] = None,
    in_place: Annotated[
        bool,
        typer.Option("--in-place", help="Rewrite the plan files themselves, keeping PLAN.bak."),
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
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="Output format: text, json or jsonl.",
            autocompletion=lambda: list(FORMATS),
        ),
    ] = "text",
    rules: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    max_file_size: MaxFileSizeOption = None,
    glob: GlobOption = None,
    exclude: ExcludeOption = None,
    stdin_filename: StdinFilenameOption = None,
    color: ColorOption = None,
) -> None:
    """Rewrite vague goals: behavioral, measurable, time-limited, with evidence and cadence."""
    from .. import api
    from ..io.walk import cli_pattern

    bad_format = one_of(format, FORMATS, "--format")
    if bad_format:
        fail(bad_format)
    many = len(paths) > 1 or any(os.path.isdir(p) for p in paths)
    _check_options(paths, output, in_place, diff, interactive, format, many)
    settings = make_settings(rules, select, ignore, None, paths, config)  # as lint does
    settings = replace(
        settings,
        globs=tuple(glob) if glob else settings.globs,
        exclude=settings.exclude + tuple(cli_pattern(p) for p in exclude or ()),
    )
    if max_file_size is not None:
        settings = replace(settings, max_file_size=max_file_size)
    settings = with_stdin(settings, paths, stdin_filename)
    try:
        ruleset = api.load_ruleset(settings)
    except ReunifyError as exc:
        fail(exc.error)
    if many:
        from .rewrite_many import rewrite_many

        options = (output, in_place, overwrite_backup, diff, format)
        raise typer.Exit(rewrite_many(paths, *options, settings, ruleset))
    one = (output, in_place, overwrite_backup, diff, interactive, format)
    _rewrite_one(paths[0], *one, settings, ruleset)


def _check_options(
    paths: list[str],
    output: Path | None,
    in_place: bool,
    diff: bool,
    interactive: bool,
    format: str,
    many: bool,
) -> None:
    if output is not None and in_place:
        fail("use either -o FILE or --in-place, not both")
    if in_place and "-" in paths:
        fail("--in-place cannot rewrite standard input: use -o FILE")
    for path in paths:
        if output is not None and _same_file(str(output), path):
            fail(f"-o {output} is the plan itself: use --in-place (it keeps a .bak)")
    if format != "text" and (diff or interactive):
        fail(f"--format {format} cannot be combined with --diff or --interactive")
    if interactive and output is None and not in_place and not diff:
        fail("--interactive needs somewhere to put the result: -o FILE, --in-place or --diff")
    if many and interactive:
        fail("--interactive works on one plan at a time")
    if many and output is not None and output.exists() and not output.is_dir():
        fail(f"-o {output}: with a folder or several plans, -o names a folder")


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one file: through links (symbolic or hard), not by name."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def _rewrite_one(
    path: str,
    output: Path | None,
    in_place: bool,
    overwrite_backup: bool,
    diff: bool,
    interactive: bool,
    format: str,
    settings: Settings,
    ruleset: Ruleset,
) -> None:
    from ..io.files import check_backup, check_plan_file
    from ..printable import line_start
    from ..reporters.rewrite_text import summary_line

    backup = f"{path}.bak"
    try:
        if in_place:  # refused before any work: a plan or backup that cannot be replaced
            check_plan_file(path)
            check_backup(backup, overwrite_backup)
        done = rewrite_file(path, settings, ruleset, None)
    except ReunifyError as exc:
        fail(exc.error)
    report = done.report
    skipped = 0
    if interactive:
        before = sum(g.rewrite is not None for g in report.goals)
        report = _interactive(report, ruleset)
        skipped = before - sum(g.rewrite is not None for g in report.goals)
    revised = done.data
    target = str(output) if output is not None else path
    if output is not None or in_place or diff:  # showing needs no revised file
        try:
            revised = revised_for(path, done, report, target, settings)
        except ReunifyError as exc:
            fail(exc.error)
    if format != "text":
        typer.echo(machine(format, [report], ruleset, settings), nl=False)
    elif diff:
        typer.echo(diff_text(path, target, done, revised, settings), nl=False)
    elif output is None and not in_place:
        from ..reporters import rewrite_text

        colored = use_color(None)
        typer.echo(rewrite_text.render(report, color=colored), nl=False, color=colored)
    backup_of = (backup, overwrite_backup)
    _write(
        path, done.data, revised, output, in_place, backup_of, summary_line(report.goals, skipped)
    )
    warning = passed_deadlines(line_start(path, path=True), report)
    if warning:  # (after the plan is written: a write that fails says only why)
        typer.echo(warning, err=True)


def rewrite_file(path: str, settings: Settings, ruleset: Ruleset, target: str | None) -> Done:
    """Read, analyse and rewrite one plan; with a `target`, also revise it for that file."""
    from ..io.sources import parse_data, read_data
    from ..rewrite.statement import policy_of, rewrite_plan

    data = read_data(path, settings)
    plan = parse_data(path, data, settings)
    done = Done(rewrite_plan(plan, ruleset, policy_of(settings)), data, plan)
    if target is None:
        return done
    return replace(done, revised=revised_for(path, done, done.report, target, settings))


def passed_deadlines(path: str, report: FileReport, today: date | None = None) -> str | None:
    """A warning when rewrites set deadlines that have passed (a template's old
    case.next_review, or a goal's own `due`): the caseworker must set new dates."""
    from ..rewrite.handoutwords import as_date

    today = today or date.today()
    dues = [str(goal.rewrite.get("due") or "") for goal in report.goals if goal.rewrite]
    passed = [due for due in dues if (when := as_date(due)) is not None and when < today]
    if not passed:
        return None
    return (
        f"reunify: {path}: {len(passed)} rewrite(s) set a deadline that has passed "
        f"({', '.join(sorted(set(passed)))}): set case.next_review, or the goals' due dates, "
        "and rewrite again"
    )


def source_kind(path: str, data: bytes, settings: Settings) -> str:
    """yaml, text or docx: by the name (or --stdin-filename), else what the input holds."""
    from ..io.sources import STDIN, kind_of, sniff

    if path == STDIN:
        return kind_of(settings.stdin_name) if settings.stdin_name else sniff(data)
    return kind_of(path)


def revised_for(
    path: str, done: Done, report: FileReport, target: str, settings: Settings
) -> bytes:
    """The revised plan for `target`, with the rewrites of `report` (--interactive may
    have changed them); raises ReunifyError when that target cannot hold it."""
    from ..io.sources import display_name
    from ..rewrite.revised import YAML_SUFFIXES, revised_bytes

    name = display_name(path, settings)
    kind = source_kind(path, done.data, settings)
    suffix = Path(target).suffix.lower()
    if kind == "text" and suffix not in YAML_SUFFIXES:
        raise ReunifyError(
            LoadError(
                name,
                "a text list has no place for the original beside each rewrite: write the "
                "revised plan to a .yaml file (-o revised.yaml)",
            )
        )
    if kind == "docx" and suffix not in (".docx", *YAML_SUFFIXES):
        raise ReunifyError(LoadError(name, "write a Word plan's revision to a .docx or a .yaml"))
    chosen = {g.goal.index: g.rewrite for g in report.goals if g.rewrite is not None}
    limit = settings.max_file_size
    return revised_bytes(name, kind, done.data, done.plan, chosen, target, limit)


def machine(format: str, reports: list[FileReport], ruleset: Ruleset, settings: Settings) -> str:
    """--format json (one document) or jsonl (a line per plan), rewrites filled in."""
    from ..reporters import json as json_reporter
    from ..reporters import jsonl

    if format == "jsonl":
        return "".join(jsonl.render_file(r) for r in reports)
    report = Report(tuple(reports), ruleset.rules, settings.config_files)
    return json_reporter.render(report)


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
        typer.echo(goal_text(goal, color=color), nl=False, color=color)
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
    from ..analysis.engine import analyse_plan
    from ..selftest import plan_of_texts

    goal = analyse_plan(plan_of_texts([statement]), ruleset).goals[0]
    if not goal.findings:
        return "  ok: behavioral, measurable, time-limited, with evidence and cadence"
    return "  still flagged: " + ", ".join(sorted({f.rule for f in goal.findings}))


def _edited(rewrite: Mapping[str, Any], statement: str) -> Mapping[str, Any]:
    """The caseworker's own statement: the structured fields of the proposal no longer
    describe it, so they are cleared (not written beside it), and its placeholders are
    its own."""
    from ..rewrite.fixes import placeholders
    from ..rewrite.revise import ADDED_FIELDS

    text = " ".join(statement.split())
    cleared = dict.fromkeys(ADDED_FIELDS)
    return {**rewrite, **cleared, "statement": text, "placeholders": placeholders(text)}


def diff_text(path: str, target: str, done: Done, after: bytes, settings: Settings) -> str:
    """A unified diff: of the YAML text, or, for Word and text plans, of their goals (one
    line each)."""
    from ..io.sources import display_name
    from ..io.yamlio import decode

    name = display_name(path, settings)
    yaml_to_yaml = source_kind(path, done.data, settings) == "yaml"
    if yaml_to_yaml and Path(target).suffix.lower() != ".docx":
        old, new = decode(name, done.data), decode(target, after)
    else:
        goals = done.report.goals
        old = "".join(f"{g.goal.statement.text}\n" for g in goals)
        new = "".join(
            f"{g.rewrite['statement'] if g.rewrite else g.goal.statement.text}\n" for g in goals
        )
    return _diff(name, target, old, new)


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
    data: bytes,
    revised: bytes,
    output: Path | None,
    in_place: bool,
    backup: tuple[str, bool],
    summary: str,
) -> None:
    """Write the revised plan: to -o, or over the plan (keeping the backup; files.py
    refuses what must not be replaced, and a plan edited meanwhile)."""
    from ..io.files import replace_plan, write_atomic_bytes
    from ..printable import line_start

    if output is None and not in_place:
        return
    try:
        if output is not None:
            write_atomic_bytes(output, revised)
            typer.echo(f"wrote {line_start(str(output), path=True)}: {summary}", err=True)
        elif revised == data:
            typer.echo(f"{line_start(path, path=True)}: nothing to rewrite ({summary})", err=True)
        else:
            replace_plan(path, data, revised, *backup)
            where = line_start(path, path=True)
            typer.echo(f"rewrote {where} (original kept in {backup[0]}): {summary}", err=True)
    except ReunifyError as exc:
        fail(exc.error)
    except OSError as exc:
        target = str(output or path)
        fail(LoadError(target, f"cannot write: {exc.strerror or exc}"))
