"""`reunify handout PLAN -o handout.html|.docx|.md`: the plan written for the parent.

The plan is analysed and rewritten as `rewrite` does (same config, same packs), then said
to the parent (handout.py) and laid out by the output's format. Unfilled [placeholders]
stop it (exit 1, listing them) unless --draft, which marks them. On standard error: what
was written, and the reading grade of the plan's steps and of the tool's own sentences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..cli import (
    ConfigOption,
    MaxFileSizeOption,
    RulesOption,
    StdinFilenameOption,
    app,
    fail,
    make_settings,
    with_stdin,
)
from ..helpfmt import Command
from ..model import LoadError, ReunifyError

if TYPE_CHECKING:
    from ..rewrite.handout import Handout

FORMATS = {".html": "html", ".htm": "html", ".docx": "docx", ".md": "md", ".markdown": "md"}


@app.command(cls=Command)
def handout(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PLAN", help="The plan (YAML, .txt / .md, .docx; `-` reads standard input)."
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="The handout to write: a .html, .docx or .md file.",
        ),
    ],
    draft: Annotated[
        bool,
        typer.Option("--draft", help="Write it even with unfilled \\[placeholders], marked."),
    ] = False,
    parent: Annotated[
        str | None,
        typer.Option(
            "--parent",
            metavar="ID",
            help="Whose handout, by `people:` id, when the plan has two parents.",
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="DATE",
            help="First week of the checklist, YYYY-MM-DD (default: today); it runs to the "
            "next review.",
        ),
    ] = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    max_file_size: MaxFileSizeOption = None,
    stdin_filename: StdinFilenameOption = None,
) -> None:
    """Write the plan for the parent: plain words, dates, help, a checklist to tick."""
    from .. import api
    from ..io.packcache import load_packs_cached
    from ..io.packs import glossary_of
    from ..io.sources import load_plan
    from ..rewrite.handout import build, parents
    from ..rewrite.handoutwords import as_date
    from ..rewrite.statement import rewrite_plan

    kind = FORMATS.get(output.suffix.lower())
    if kind is None:
        fail(f"-o {output}: the handout is written as .html, .docx or .md")
    first = date.today() if start is None else as_date(start)
    if first is None:
        fail(f"--from must be a date written YYYY-MM-DD, not '{start}'")
    settings = make_settings(rules, None, None, None, [path], config)
    if max_file_size is not None:
        settings = replace(settings, max_file_size=max_file_size)
    settings = with_stdin(settings, [path], stdin_filename)
    try:
        plan = load_plan(path, settings)
        ruleset = api.load_ruleset(settings)
        report = rewrite_plan(plan, ruleset)
        glossary = glossary_of(load_packs_cached(settings.rules))
    except ReunifyError as exc:
        fail(exc.error)
    candidates = parents(plan)
    chosen = next((p for p in candidates if p.id == parent), None) if parent else None
    if parent and chosen is None:
        ids = ", ".join(p.id for p in candidates) or "none"
        fail(LoadError(plan.path, f"--parent {parent}: no parent with that id (parents: {ids})"))
    if chosen is None and len(candidates) > 1:
        ids = ", ".join(p.id for p in candidates)
        fail(LoadError(plan.path, f"the plan has two parents: choose one with --parent ({ids})"))
    chosen = chosen or (candidates[0] if candidates else None)
    names = {d.id: d.name for d in ruleset.domains}
    made = build(plan, report, names, glossary, first, chosen, draft, ruleset.analyzer.lexicon)
    if made.placeholders and not draft:
        typer.echo(
            f"reunify: {plan.path}: handout not written: fill in "
            + ", ".join(made.placeholders)
            + " in the plan first (or use --draft to see them marked)",
            err=True,
        )
        raise typer.Exit(1)
    _write(output, kind, made)
    if made.review_passed:
        typer.echo(
            f"reunify: {plan.path}: the next review ({made.review_passed}) is before the "
            f"checklist's first week ({first.isoformat()}), so the checklist runs 12 weeks: "
            "set case.next_review, and check the plan's other dates",
            err=True,
        )
    if made.steps_passed:
        numbers = [str(n) for n in made.steps_passed]
        listed = ", ".join(numbers[:-1]) + " and " + numbers[-1]
        which = (
            f"date of step {numbers[0]} is" if len(numbers) == 1 else f"dates of steps {listed} are"
        )
        typer.echo(
            f"reunify: {plan.path}: the {which} before the checklist's first week "
            f"({first.isoformat()}): set a new date in the plan",
            err=True,
        )
    grades = [s.grade for s in made.steps]
    spread = f"{min(grades):.1f}-{max(grades):.1f}" if grades else "-"
    typer.echo(
        f"wrote {output}: {len(made.steps)} step(s), {len(made.help)} kind(s) of help, "
        f"{len(made.weeks)} week(s) to tick; reading grade of the steps {spread}",
        err=True,
    )


def _write(output: Path, kind: str, made: Handout) -> None:
    from ..io.files import write_atomic, write_atomic_bytes

    try:
        if kind == "docx":
            from ..reporters import handout_docx

            write_atomic_bytes(output, handout_docx.render(made))
        elif kind == "html":
            from ..reporters import handout_html

            write_atomic(output, handout_html.render(made))
        else:
            from ..reporters import handout_md

            write_atomic(output, handout_md.render(made))
    except OSError as exc:
        fail(LoadError(str(output), f"cannot write: {exc.strerror or exc}"))
