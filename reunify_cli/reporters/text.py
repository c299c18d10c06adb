"""Human output: grouped by file, flagged words highlighted, the suggestion beneath.

Colour as cli.use_color decides (--color, NO_COLOR, FORCE_COLOR, a terminal); plain text
otherwise.
Text from the plan (and file names) is printed through printable.one_line / line_start:
no terminal escapes, no line breaks, and no output line that begins with it.
"""

from __future__ import annotations

import io
from typing import IO

from rich.console import Console
from rich.text import Text

from ..analysis.engine import statement_span
from ..model import Category, FileReport, Finding, GoalReport, LoadError, Report, Severity
from ..printable import line_start, one_line
from .records import MISSING_WORDS as MISSING_WORDS  # rewrite_text.py uses it from here
from .records import missing_in_order, summary

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _highlighted(goal: GoalReport) -> Text:
    text = Text(one_line(goal.goal.statement.text))
    for finding in goal.findings:
        start = goal.goal.statement.text.find(finding.excerpt) if finding.excerpt else -1
        if start >= 0 and finding.excerpt != goal.goal.statement.text:
            text.stylize(
                f"underline {STYLE[finding.severity]}", start, start + len(finding.excerpt)
            )
    return text


def _finding_line(finding: Finding) -> Text:
    line = Text("    ")
    line.append(f"{finding.span.line}:{finding.span.column}", style="dim")
    line.append("  ")
    line.append(f"{finding.severity.value:<7}", style=STYLE[finding.severity])
    line.append("  ")
    line.append(finding.rule, style="bold")
    if finding.excerpt and finding.category.value != "missing-element":
        line.append(f'  "{_short(finding.excerpt)}"', style="italic")
    line.append(f"\n      {one_line(finding.message)}")
    if finding.suggestion:
        line.append(f"\n      suggestion: {one_line(finding.suggestion)}", style="green")
    return line


def _short(text: str, limit: int = 60) -> str:
    text = one_line(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_line(error: LoadError) -> str:
    """`str(error)` (file:line:column: message), fit to begin an output line."""
    where = line_start(error.path, path=True)
    if error.line is not None:
        where += f":{error.line}" + (f":{error.column}" if error.column is not None else "")
    return f"{where}: {one_line(error.message)}"


def render_file(console: Console, file: FileReport, verbose: bool = False) -> None:
    if file.error is not None:
        console.print(Text(error_line(file.error), style="bold red"))
        return
    flagged = [g for g in file.goals if g.findings]
    if not flagged and not file.findings:
        if verbose:
            console.print(
                Text(
                    f"{line_start(file.path, path=True)}: ok ({len(file.goals)} goals)",
                    style="green",
                )
            )
        return
    console.print(Text(line_start(file.path, path=True), style="bold underline"))
    for finding in file.findings:
        console.print(_finding_line(finding))
    for goal in flagged:
        label = line_start(goal.goal.id or f"goal {goal.goal.index + 1}")
        span = statement_span(goal.goal)
        head = Text("  ")
        head.append(f"{label}", style="bold")
        head.append(f" (line {span.line}): ")
        head.append_text(_highlighted(goal))
        console.print(head)
        missing = [f for f in goal.findings if f.category is Category.MISSING_ELEMENT]
        if missing:
            console.print(_missing_line(missing, span.line, span.column))
        for finding in goal.findings:
            if finding.category is not Category.MISSING_ELEMENT:
                console.print(_finding_line(finding))
    console.print()


def _missing_line(missing: list[Finding], line_no: int, column: int) -> Text:
    """Missing elements on one line: the rule ids for CI, plain words for the reader."""
    worst = max((f.severity for f in missing), key=lambda s: s.rank)
    line = Text("    ")
    line.append(f"{line_no}:{column}", style="dim")
    line.append("  ")
    line.append(f"{worst.value:<7}", style=STYLE[worst])
    line.append("  missing: ")
    missing = missing_in_order(missing)
    line.append(", ".join(MISSING_WORDS.get(f.rule, f.rule) for f in missing), style="bold")
    line.append(f"  [{', '.join(f.rule for f in missing)}]", style="dim")
    return line


def render_summary(console: Console, report: Report) -> None:
    counts = summary(report.files)
    vague = sum(g.flags.get("vague", False) for f in report.files for g in f.goals)
    line = (
        f"{counts['files']} file(s), {counts['goals']} goal(s), {vague} vague; "
        f"{counts['findings']} finding(s): {counts['errors']} error(s), "
        f"{counts['warnings']} warning(s), {counts['info']} info"
    )
    if counts["load_errors"]:
        line += f"; {counts['load_errors']} file(s) could not be read"
    console.print(Text(line, style="bold"))


def make_console(
    color: bool | None = None, width: int | None = None, file: IO[str] | None = None
) -> Console:
    return Console(
        file=file,
        force_terminal=color,
        no_color=None if color is None else not color,  # decided by the caller, not rich
        width=width,
        highlight=False,
        soft_wrap=True,
    )


def render(report: Report, color: bool = False, width: int = 100, quiet: bool = False) -> str:
    buffer = io.StringIO()
    console = make_console(color=color, width=width, file=buffer)
    for file in report.files:
        render_file(console, file)
    if not quiet:
        render_summary(console, report)
    return buffer.getvalue()
