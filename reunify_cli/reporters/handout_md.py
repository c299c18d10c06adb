"""The handout as Markdown: headings, lists, and the checklist as a table of ☐ boxes.
[placeholders] of a draft are set in bold."""

from __future__ import annotations

from ..rewrite.handout import OWN, PLACEHOLDER, Handout, Row, checkbox_count
from ..rewrite.handoutwords import short_date


def _text(value: str) -> str:
    return PLACEHOLDER.sub(lambda m: f"**{m.group()}**", value.replace("|", "\\|"))


def _pairs(rows: tuple[Row, ...]) -> list[str]:
    return [f"- **{row.label}:** {_text(row.value)}" for row in rows]


def render(handout: Handout) -> str:
    lines = [f"# {OWN['title']}: {_text(handout.parent)}", ""]
    if handout.draft:
        lines += [f"> **{OWN['draft']}**", ""]
    lines += [OWN["intro"], "", OWN["contact"], ""]
    lines += [*_pairs(handout.contacts + handout.dates), ""]
    lines += [f"## {OWN['steps']}", "", OWN["steps_intro"], ""]
    for step in handout.steps:
        lines += [f"### {step.title}", ""]
        if step.safety:
            lines += [f"*{OWN['safety']}*", ""]
        lines += [*_pairs(step.rows), ""]
    lines += [f"## {OWN['help']}", "", OWN["help_intro"], ""]
    lines += [f"- {_text(h.what)}" for h in handout.help] or [OWN["no_help"]]
    lines.append("")
    lines += [f"## {OWN['checklist']}", ""]
    if not handout.tasks:
        lines += [OWN["no_checklist"], ""]
    else:
        lines += [OWN["checklist_intro"], ""]
        lines.append("| Week of | " + " | ".join(_text(t.name) for t in handout.tasks) + " |")
        lines.append("| --- " * (1 + len(handout.tasks)) + "|")
        for index, week in enumerate(handout.weeks):
            cells = [" ".join(["☐"] * checkbox_count(t, index, week)) for t in handout.tasks]
            lines.append(f"| {short_date(week)} | " + " | ".join(cells) + " |")
        lines.append("")
    if handout.words:
        lines += [f"## {OWN['words']}", "", *_pairs(handout.words), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
