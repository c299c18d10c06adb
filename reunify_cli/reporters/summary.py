"""The end-of-batch summary (`--statistics`): what is missing most, in a few small tables.

Rendered from `stats.Summary` (running totals), never from the reports themselves.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..printable import line_start
from ..stats import NO_GROUP, Summary

ELEMENT_LABELS = {
    "behavioral": "an observable action (behavioral)",
    "measurable": "how many / how often (measurable)",
    "time_limited": "a deadline (time-limited)",
    "evidence_source": "who shows it was done (evidence source)",
    "reporting_cadence": "how often it is reported (reporting cadence)",
}
FLAG_LABELS = {
    "vague": "vague",
    "judgmental_language": "judgment language",
    "poverty_condition": "poverty condition",
}


def percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else "-"


def _table(title: str, *columns: str, header: bool = True) -> Table:
    table = Table(
        title=title, title_justify="left", title_style="bold", show_edge=False, show_header=header
    )
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i == 0 else "right")
    return table


def tables(summary: Summary) -> list[Table]:
    errors, warnings, info = summary.severities
    totals = _table("Batch summary", "", "", header=False)
    totals.add_row("files", f"{summary.files:,}")
    if summary.load_errors:
        totals.add_row("files that could not be read", f"{summary.load_errors:,}")
    totals.add_row("goals", f"{summary.goals:,}")
    totals.add_row(
        "findings", f"{summary.findings:,} ({errors:,} error, {warnings:,} warning, {info:,} info)"
    )
    goals = summary.goals
    missing = _table("Goals missing each element", "element", "goals", "share")
    for element, count in sorted(summary.missing, key=lambda kv: -kv[1]):
        missing.add_row(ELEMENT_LABELS[element.value], f"{count:,}", percent(count, goals))
    flagged = _table("Goals flagged", "flag", "goals", "share")
    for flag, count in summary.flagged:
        flagged.add_row(FLAG_LABELS.get(flag, flag), f"{count:,}", percent(count, goals))
    result = [totals, missing, flagged]
    if summary.top_rules:
        rules = _table("Top rules", "rule", "findings", "share of findings")
        for rule, count in summary.top_rules:
            rules.add_row(Text(line_start(rule)), f"{count:,}", percent(count, summary.findings))
        result.append(rules)
    if summary.top_files:
        files = _table("Files with the most findings", "file", "findings")
        for path, count in summary.top_files:
            files.add_row(Text(line_start(path, path=True)), f"{count:,}")  # never markup
        result.append(files)
    if summary.group_by is not None:
        result.append(groups_table(summary))
    return result


SHORT_ELEMENTS = ("action", "measure", "deadline", "evidence", "cadence")


def groups_table(summary: Summary) -> Table:
    """One row per value of the --group-by field: plans, goals, the share of goals that
    are vague and that miss each element, and findings."""
    key = summary.group_by or ""
    table = _table(
        f"Goals by {key} (share of each group's goals: vague, or missing the element)",
        key.removeprefix("case."),
        "plans",
        "goals",
        "vague",
        *SHORT_ELEMENTS,
        "findings",
    )
    for row in summary.groups:
        shares = [percent(n, row.goals) for n in (row.vague, *row.missing)]
        # text from the plans: never markup, never the start of a CI command
        name = Text(row.name if row.name == NO_GROUP else line_start(row.name))
        table.add_row(name, f"{row.files:,}", f"{row.goals:,}", *shares, f"{row.findings:,}")
    return table


def render(summary: Summary, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        width=width,
        highlight=False,
    )
    for table in tables(summary):
        console.print(table)
        console.print()
    return buffer.getvalue()
