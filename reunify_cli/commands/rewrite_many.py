"""`reunify rewrite` over several plans or folders.

* `-o DIR`: each plan's revision goes below DIR, the tree of each folder argument mirrored
  (`plans/a/b.yaml` -> `DIR/a/b.yaml`; a file argument -> `DIR/<its name>`); a text list
  is written as a YAML plan (`goals.txt` -> `DIR/goals.yaml`). Every plan is written, the
  ones with nothing to rewrite as they were, so DIR holds the whole set.
* `--in-place`: each plan rewritten where it is, its original kept as PLAN.bak (refused
  for a plan whose .bak exists, unless --overwrite-backup; text lists cannot be).
* Neither: the text report (or --diff, or --format json / jsonl) of every plan.
A plan that cannot be read or written is one line on standard error and the batch goes on;
the exit code is then 2.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..cli import use_color
from ..model import FileReport, LoadError, ReunifyError
from ..settings import Settings
from .rewrite import diff_text, machine, passed_deadlines, rewrite_file

if TYPE_CHECKING:
    from ..analysis.engine import Ruleset


def targets(
    paths: list[str], output: Path | None, in_place: bool, settings: Settings
) -> list[tuple[str | LoadError, str | None]]:
    """Each plan of the batch (or an error for what could not be walked) and where its
    revision goes (None: nowhere)."""
    from ..io.sources import kind_of
    from ..io.walk import walk

    found: list[tuple[str | LoadError, str | None]] = []
    for argument in paths:
        for entry in walk(
            [argument], settings.globs, settings.exclude, gitignore=settings.respect_gitignore
        ):
            if isinstance(entry, LoadError):
                found.append((entry, None))
            elif output is None:
                found.append((entry, entry if in_place else None))
            else:
                relative = Path(
                    os.path.relpath(entry, argument)
                    if os.path.isdir(argument)
                    else Path(entry).name
                )
                if kind_of(entry) == "text":
                    relative = relative.with_suffix(".yaml")
                found.append((entry, str(output / relative)))
    return found


def rewrite_many(
    paths: list[str],
    output: Path | None,
    in_place: bool,
    overwrite_backup: bool,
    diff: bool,
    format: str,
    settings: Settings,
    ruleset: Ruleset,
) -> int:
    """Rewrite every plan; returns the exit code (2 when a plan failed, else 0)."""
    from ..reporters import rewrite_text

    failed = 0
    reports: list[FileReport] = []
    written: set[str] = set()
    for entry, target in targets(paths, output, in_place, settings):
        if isinstance(entry, LoadError):
            typer.echo(f"reunify: error: {entry}", err=True)
            failed += 1
            continue
        try:
            _check(entry, target, in_place, overwrite_backup, written)
            done = rewrite_file(entry, settings, ruleset, target or _diff_target(entry, diff))
        except ReunifyError as exc:
            typer.echo(f"reunify: error: {exc.error}", err=True)
            failed += 1
            continue
        reports.append(done.report)
        if format == "jsonl":
            typer.echo(machine(format, [done.report], ruleset, settings), nl=False)
        elif format == "text" and diff and done.revised is not None:
            shown = diff_text(entry, target or entry, done, done.revised, settings)
            typer.echo(shown, nl=False)
        elif format == "text" and target is None:
            colored = use_color(None)
            typer.echo(rewrite_text.render(done.report, color=colored), nl=False, color=colored)
        warning = passed_deadlines(entry, done.report)
        if warning:
            typer.echo(warning, err=True)
        if target is None or done.revised is None:
            continue
        if in_place and done.revised == done.data:
            continue  # nothing rewritten: the plan stays as it is, with no backup
        try:
            _save(entry, target, done.data, done.revised, in_place, overwrite_backup)
        except ReunifyError as exc:
            typer.echo(f"reunify: error: {exc.error}", err=True)
            failed += 1
            continue
        except OSError as exc:
            typer.echo(f"reunify: error: {target}: cannot write: {exc.strerror or exc}", err=True)
            failed += 1
            continue
        written.add(os.path.abspath(target))
    if format == "json":
        typer.echo(machine(format, reports, ruleset, settings), nl=False)
    rewritten = sum(g.rewrite is not None for r in reports for g in r.goals)
    goals = sum(len(r.goals) for r in reports)
    where = f" written to {output}" if output is not None else (" in place" if in_place else "")
    problems = f"; {failed} could not be read or written" if failed else ""
    typer.echo(
        f"{len(reports)} plan(s){where}: {goals} goal(s), {rewritten} rewritten{problems}",
        err=True,
    )
    return 2 if failed else 0


def _diff_target(entry: str, diff: bool) -> str | None:
    """What --diff compares a plan with when nothing is written: its own revision (a text
    list's as YAML)."""
    from ..io.sources import kind_of

    if not diff:
        return None
    return str(Path(entry).with_suffix(".yaml")) if kind_of(entry) == "text" else entry


def _check(
    entry: str, target: str | None, in_place: bool, overwrite_backup: bool, written: set[str]
) -> None:
    from ..io.files import check_backup, check_plan_file

    if in_place:  # refused before any work, as for one plan
        check_plan_file(entry)
        check_backup(f"{entry}.bak", overwrite_backup)
    if target is not None and not in_place and os.path.abspath(target) in written:
        raise ReunifyError(LoadError(entry, f"{target} is already written from another plan"))


def _save(
    entry: str, target: str, data: bytes, revised: bytes, in_place: bool, overwrite_backup: bool
) -> None:
    """In place: files.replace_plan (the backup, the plan's owner and mode, a plan edited
    meanwhile refused); else a new file in the mirrored tree."""
    from ..io.files import replace_plan, write_atomic_bytes

    if in_place:
        replace_plan(entry, data, revised, f"{entry}.bak", overwrite_backup)
        return
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    write_atomic_bytes(target, revised)
