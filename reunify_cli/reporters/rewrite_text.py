"""Human output of `reunify rewrite`: each flagged goal, why, and its rewrite.

Rich on a terminal (placeholders stand out), plain text when piped or NO_COLOR is set.
Text from the plan is printed through printable.one_line / line_start (see text.py).
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from ..analysis.engine import statement_span
from ..model import Category, FileReport, GoalReport
from ..printable import line_start, one_line
from ..rewrite.fixes import PLACEHOLDER
from .text import MISSING_WORDS, make_console

FIELDS = ("behavior", "measure", "due", "evidence", "cadence", "feedback", "support")
LABEL_WIDTH = 10


def placeholders_in(goal: GoalReport) -> list[str]:
    """The bracketed texts still to fill in, in order of first appearance."""
    if goal.rewrite is None:
        return []
    texts = [str(goal.rewrite["statement"])] + [str(goal.rewrite.get(f) or "") for f in FIELDS]
    found: list[str] = []
    for text in texts:
        for placeholder in PLACEHOLDER.findall(text):
            if placeholder not in found:
                found.append(placeholder)
    return found


def _marked(text: str) -> Text:
    text = one_line(text)  # same length: placeholder offsets hold
    out = Text(text)
    for match in PLACEHOLDER.finditer(text):
        out.stylize("bold magenta", match.start(), match.end())
    return out


def _row(label: str, value: Text | str, style: str = "bold") -> Text:
    line = Text("  ")
    line.append(f"{label:<{LABEL_WIDTH}}", style=style)
    line.append_text(value if isinstance(value, Text) else Text(value))
    return line


def _why(goal: GoalReport) -> str:
    order = list(MISSING_WORDS)
    missing = sorted(
        (f.rule for f in goal.findings if f.category is Category.MISSING_ELEMENT),
        key=lambda r: order.index(r) if r in order else len(order),
    )
    parts = [
        f'{f.rule} "{f.excerpt}"' if f.excerpt else f.rule
        for f in goal.findings
        if f.category is not Category.MISSING_ELEMENT
    ]
    if missing:
        parts.append("missing " + ", ".join(MISSING_WORDS.get(r, r) for r in missing))
    return one_line("; ".join(parts))


def render_goal(console: Console, goal: GoalReport) -> None:
    """One goal with a rewrite: original, why it was flagged, the rewrite and its fields."""
    assert goal.rewrite is not None
    rewrite = goal.rewrite
    label = line_start(goal.goal.id or f"goal {goal.goal.index + 1}")
    head = Text(label, style="bold underline")
    head.append(f" (line {statement_span(goal.goal).line})", style="dim")
    if rewrite.get("kind") == "support":
        head.append("  support from the agency, not a condition of return", style="cyan")
    console.print(head)
    console.print(_row("original", Text(one_line(goal.goal.statement.text), style="yellow")))
    console.print(_row("why", Text(_why(goal), style="dim")))
    console.print(_row("rewrite", _marked(str(rewrite["statement"])), style="bold green"))
    for name in FIELDS:
        if rewrite.get(name) is not None:  # a completed goal fills only what it lacked
            console.print(_row(name, _marked(str(rewrite[name])), style="dim"))
    todo = placeholders_in(goal)
    if todo:
        console.print(_row("fill in", _marked(", ".join(todo)), style="bold magenta"))
    console.print()


def goal_text(goal: GoalReport, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    render_goal(make_console(color=color, width=width, file=buffer), goal)
    return buffer.getvalue()


def summary_line(goals: Iterable[GoalReport], skipped: int = 0) -> str:
    """E.g. "5 goal(s): 3 rewritten, 1 skipped, 1 already concrete; 2 placeholder(s) to fill in"."""
    goals = list(goals)
    rewritten = [g for g in goals if g.rewrite is not None]
    done_before = sum(g.goal.rewritten for g in goals)
    concrete = len(goals) - len(rewritten) - done_before - skipped
    todo = sum(len(placeholders_in(g)) for g in rewritten)
    line = f"{len(goals)} goal(s): {len(rewritten)} rewritten"
    line += f", {skipped} skipped" if skipped else ""
    line += f", {concrete} already concrete"
    line += f", {done_before} rewritten before" if done_before else ""
    line += f"; {todo} placeholder(s) to fill in" if todo else ""
    return line


def render(report: FileReport, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = make_console(color=color, width=width, file=buffer)
    console.print(Text(line_start(report.path, path=True), style="bold"))
    console.print()
    for goal in report.goals:
        if goal.rewrite is not None:
            render_goal(console, goal)
    console.print(Text(summary_line(report.goals), style="bold"))
    return buffer.getvalue()
