"""The handout as one self-contained HTML file: no scripts, no fonts or images to fetch.

Readable on a phone (one column, 18px text, tables that scroll sideways), printable (print
CSS: each section starts a page, no links or colours needed), accessible (lang, one h1,
headings in order, table headers with scope, labelled checkboxes, text at 15:1 contrast).
"""

from __future__ import annotations

from html import escape

from ..rewrite.handout import LABELS, OWN, PLACEHOLDER, Handout, checkbox_count
from ..rewrite.handoutwords import short_date

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 44rem; padding: 1rem; font: 18px/1.5 system-ui,
  -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #111; background: #fff; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 3px solid #1a4d8f;
  padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .3rem; }
dl { margin: 0; }
dt { font-weight: 700; margin-top: .6rem; }
dd { margin: 0 0 .2rem 0; }
.safety { border-left: 6px solid #1a4d8f; padding: .2rem .8rem; background: #eef3fa; }
.help li { margin-bottom: .6rem; }
mark.fill-in { background: #ffe14d; color: #111; font-weight: 700; outline: 2px solid #111; }
.draft { border: 3px solid #111; background: #ffe14d; padding: .5rem .8rem; font-weight: 700; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th[scope=col] { background: #eef3fa; }
input[type=checkbox] { width: 1.3rem; height: 1.3rem; margin: .1rem; }
@media print {
  body { max-width: none; font-size: 12pt; padding: 0; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  .step, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  mark.fill-in { outline: 2px solid #000; }
}
@page { margin: 1.6cm; }
"""


def _text(value: str) -> str:
    """Escaped text, with [placeholders] marked (they only remain in a draft)."""
    out, last = [], 0
    for match in PLACEHOLDER.finditer(value):
        out.append(escape(value[last : match.start()]))
        out.append(f'<mark class="fill-in">{escape(match.group())}</mark>')
        last = match.end()
    out.append(escape(value[last:]))
    return "".join(out)


def _rows(rows: tuple[tuple[str, str], ...]) -> str:
    return "".join(f"<dt>{escape(label)}</dt><dd>{_text(value)}</dd>" for label, value in rows)


def render(handout: Handout) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(OWN['title'])}: {escape(handout.parent)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        '<section id="about">',
        f"<h1>{escape(OWN['title'])}: {_text(handout.parent)}</h1>",
    ]
    if handout.draft:
        parts.append(f'<p class="draft" role="note">{escape(OWN["draft"])}</p>')
    parts += [
        f"<p>{escape(OWN['intro'])}</p>",
        f"<p>{escape(OWN['contact'])}</p>",
        f"<dl>{_rows(tuple((r.label, r.value) for r in handout.contacts + handout.dates))}</dl>",
        "</section>",
        '<section id="steps">',
        f"<h2>{escape(OWN['steps'])}</h2>",
        f"<p>{escape(OWN['steps_intro'])}</p>",
    ]
    for number, step in enumerate(handout.steps, start=1):
        parts.append(f'<div class="step" id="step-{number}">')
        parts.append(f"<h3>{escape(step.title)}</h3>")
        if step.safety:
            parts.append(f'<p class="safety">{escape(OWN["safety"])}</p>')
        parts.append(f"<dl>{_rows(tuple((r.label, r.value) for r in step.rows))}</dl>")
        parts.append("</div>")
    parts += [
        "</section>",
        '<section id="help">',
        f"<h2>{escape(OWN['help'])}</h2>",
        f"<p>{escape(OWN['help_intro'])}</p>",
        '<ul class="help">',
        *(f"<li>{_text(h.what)}</li>" for h in handout.help),
        "</ul>" if handout.help else f"</ul><p>{escape(OWN['no_help'])}</p>",
        "</section>",
        _checklist(handout),
    ]
    if handout.words:
        parts += [
            '<section id="words">',
            f"<h2>{escape(OWN['words'])}</h2>",
            f"<dl>{_rows(tuple((w.label, w.value) for w in handout.words))}</dl>",
            "</section>",
        ]
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _checklist(handout: Handout) -> str:
    parts = ['<section id="checklist">', f"<h2>{escape(OWN['checklist'])}</h2>"]
    if not handout.tasks:
        parts += [f"<p>{escape(OWN['no_checklist'])}</p>", "</section>"]
        return "\n".join(parts)
    parts.append(f"<p>{escape(OWN['checklist_intro'])}</p>")
    parts.append('<div class="table-wrap"><table>')
    parts.append(f"<caption>{escape(OWN['checklist'])}</caption>")
    head = "".join(f'<th scope="col">{_text(t.name)}</th>' for t in handout.tasks)
    parts.append(f'<thead><tr><th scope="col">Week of</th>{head}</tr></thead><tbody>')
    for index, week in enumerate(handout.weeks):
        cells = []
        for task in handout.tasks:
            boxes = checkbox_count(task, index, week)
            cells.append(
                "<td>"
                + "".join(
                    f'<input type="checkbox" aria-label="'
                    f'{escape(f"Week of {short_date(week)}: {task.name}, {n} of {boxes}")}">'
                    for n in range(1, boxes + 1)
                )
                + "</td>"
            )
        parts.append(f'<tr><th scope="row">{short_date(week)}</th>{"".join(cells)}</tr>')
    parts += ["</tbody></table></div>", "</section>"]
    return "\n".join(parts)


__all__ = ["LABELS", "render"]
