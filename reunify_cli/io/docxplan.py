"""Goals from a Word case plan (`.docx`), and revised goals written back into a copy.

Where goals are found (python-docx, on the checked package of docxsafe.py):

* tables: the cells under a header cell naming Goal / Objective / Task / Action step (a
  column), or beside a first cell naming one (a row: "Goal 1 | text"); a "Due" / "Target
  date" column gives the goal's `due`, a "Responsible" / "Who" column its `responsible`;
* paragraphs under a heading naming one of those words (a Heading style, or a short line
  ending in ":"): its list paragraphs (bulleted or numbered), or, in a section without
  lists, each of its paragraphs; a document with no such heading or column: its list
  paragraphs;
* `Label: value` paragraphs and two-cell table rows (`Caseworker | J. Alvarez`) fill the
  case details, as in text plans (textplan.HEADER_LABELS).

Positions: a goal's "line" is the number of its paragraph in the document (all
paragraphs, table cells included, in document order) and its column the character in
that paragraph; its id names the paragraph or the table cell ("table 1, row 2, cell 1").

Writing (`revise_docx`): each rewritten goal becomes a tracked change, by "reunify":
the old words deleted, the new statement inserted with the first run's formatting, so the
original stays in the document and the caseworker accepts or rejects each one in Word.
Only the main document part changes; every other part is copied as it was.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from ..model import Goal, LoadError, Plan, ReunifyError, ScalarSource, Span, TextField
from .docxsafe import main_part_name, minimal_package, open_zip, read_part
from .textplan import header_value, plan_with_case

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = "reunify"
GOAL_WORDS = re.compile(r"\b(goals?|objectives?|tasks?|action (?:steps?|items?))\b", re.I)
NOT_GOAL_WORDS = re.compile(
    r"\b(dates?|due|status|progress|no|number|id|met|achieved|review|responsible|who)\b|#", re.I
)
DUE_WORDS = re.compile(r"\b(due|target date|by when|deadline|completion date|date)\b", re.I)
NUMBERED_LABEL = re.compile(
    r"(goal|objective|task|action (?:step|item))\s*(?:#|no\.?)?\s*(\d+|[a-z])\s*:?", re.I
)
WHO_WORDS = re.compile(r"\b(responsible|who|person)\b", re.I)
_SKIPPED_ANCESTORS = {f"{{{W}}}{n}" for n in ("del", "moveFrom", "p", "txbxContent")}
_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z' ]{1,30}?)\s*:\s+(\S.*?)\s*")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True, slots=True)
class Para:
    ordinal: int  # 1-based, over every w:p of the body in document order
    text: str
    listed: bool
    heading: bool
    reunified: bool  # carries a tracked change by reunify: a rewrite already


def paragraph_text(p: Any) -> str:
    """The visible text of a w:p: runs, hyperlinks and insertions; no deleted text, no
    field codes, no text of text boxes anchored in it (their own paragraphs)."""
    parts: list[str] = []
    for el in p.iter(w("t"), w("tab"), w("br"), w("cr")):
        parent = el.getparent()
        skip = False
        while parent is not None and parent is not p:
            if parent.tag in _SKIPPED_ANCESTORS:
                skip = True
                break
            parent = parent.getparent()
        if skip:
            continue
        parts.append(el.text or "" if el.tag == w("t") else " ")
    return "".join(parts)


def _reunified(p: Any) -> bool:
    return any(d.get(w("author")) == AUTHOR for d in p.iter(w("del")))


def parse_docx_plan(path: str, data: bytes, part_limit: int) -> Plan:
    """Goals (and case details) of a Word document; raises ReunifyError."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    archive = open_zip(path, data, part_limit)
    _, package = minimal_package(path, archive, part_limit)
    try:
        document = Document(io.BytesIO(package))
    except Exception as exc:  # python-docx / lxml on a damaged part: one line, never a crash
        message = " ".join(str(exc).split())[:200]
        raise ReunifyError(LoadError(path, f"damaged .docx: {message}")) from None
    body = document.element.body
    ordinals = {p: i for i, p in enumerate(body.iter(w("p")), start=1)}

    def para(paragraph: Paragraph) -> Para:
        p = paragraph._p
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        text = paragraph_text(p)
        listed = (p.pPr is not None and p.pPr.numPr is not None) or "list" in style
        short = len(text.split()) <= 8 and text.rstrip().endswith(":")
        heading = style.startswith(("heading", "title", "subtitle")) or short
        return Para(ordinals[p], text, listed, heading, _reunified(p))

    found: list[Goal] = []
    labels: list[tuple[str, str]] = []
    section: list[Para] | None = None
    loose: list[Para] = []  # list paragraphs outside goal sections
    sections: list[list[Para]] = []
    tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            found.extend(_table_goals(block, tables, para, labels))
            continue
        item = para(block)
        if item.heading:
            section = [] if GOAL_WORDS.search(item.text) else None
            if section is not None:
                sections.append(section)
            continue
        if section is not None:
            section.append(item)
            continue
        label = _LABEL.fullmatch(item.text)
        if label and header_value(label.group(1)):
            labels.append((label.group(1), label.group(2)))
        elif item.listed:
            loose.append(item)
    for paras in sections:
        listed = [p for p in paras if p.listed]
        found.extend(_paragraph_goal(p) for p in (listed or paras) if p.text.strip())
    if not found:
        found.extend(_paragraph_goal(p) for p in loose if p.text.strip())
    if not found:
        raise ReunifyError(
            LoadError(
                path,
                "no goals found: put them in a table column or under a heading named "
                "Goal, Objective, Task or Action step",
            )
        )
    found.sort(key=lambda g: g.span.line)
    goals = tuple(replace(g, index=i) for i, g in enumerate(found))
    return plan_with_case(path, goals, labels)


def _table_goals(
    table: Any, number: int, para: Any, labels: list[tuple[str, str]]
) -> Iterator[Goal]:
    rows = [_unique_cells(row) for row in table.rows]
    if not rows:
        return
    header = [" ".join(paragraph_text(p._p) for p in c.paragraphs) for c in rows[0]]
    numbered = NUMBERED_LABEL.fullmatch(header[0].strip())  # "Goal 1 | text": the row form
    sentences = any(t.strip().endswith(".") for t in header)
    columns = [] if numbered or sentences else [i for i, t in enumerate(header) if _names_goals(t)]
    due = next((i for i, t in enumerate(header) if DUE_WORDS.search(t) and i not in columns), None)
    who = next((i for i, t in enumerate(header) if WHO_WORDS.search(t)), None)
    for r, cells in enumerate(rows[1:] if columns else rows, start=2 if columns else 1):
        texts = [" ".join(paragraph_text(p._p) for p in c.paragraphs).strip() for c in cells]
        chosen = columns
        if not columns:
            if len(cells) >= 2 and _names_goals(texts[0]):
                chosen = list(range(1, len(cells)))
            elif len(cells) >= 2 and header_value(texts[0].rstrip(":")) and texts[1]:
                labels.append((texts[0].rstrip(":"), texts[1]))
        for c in chosen:
            if c >= len(cells) or not texts[c]:
                continue
            fields: dict[str, Any] = {}
            if due is not None and due < len(texts) and texts[due]:
                from ..rewrite.statement import iso_date

                fields["due"] = iso_date(texts[due])
            if who is not None and who < len(texts) and texts[who]:
                fields["responsible"] = texts[who]
            label = f"table {number}, row {r}, cell {c + 1}"
            yield from _cell_goals([para(p) for p in cells[c].paragraphs], label, fields)


def _names_goals(text: str) -> bool:
    return bool(GOAL_WORDS.search(text)) and not NOT_GOAL_WORDS.search(text) and len(text) <= 40


def _unique_cells(row: Any) -> list[Any]:
    seen: set[int] = set()
    cells = []
    for cell in row.cells:
        if id(cell._tc) not in seen:  # a merged cell repeats in row.cells
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _cell_goals(paras: Sequence[Para], label: str, fields: Mapping[str, Any]) -> Iterator[Goal]:
    """A cell is one goal (its paragraphs joined), or one goal per list paragraph."""
    paras = [p for p in paras if p.text.strip()]
    listed = [p for p in paras if p.listed]
    consecutive = all(b.ordinal == a.ordinal + 1 for a, b in pairwise(paras))
    if len(listed) > 1 or not consecutive:
        for n, p in enumerate(listed or paras, start=1):
            yield replace(_paragraph_goal(p, f"{label}, item {n}"), **fields)
        return
    if paras:
        yield replace(_joined_goal(paras, label), **fields)


def _paragraph_goal(p: Para, label: str | None = None) -> Goal:
    return _joined_goal([p], label or f"paragraph {p.ordinal}")


def _joined_goal(paras: Sequence[Para], label: str) -> Goal:
    """One goal from consecutive paragraphs: `locate` maps its offsets back to paragraph
    (as the line) and character (as the column), the paragraphs joined by line breaks."""
    lead = len(paras[0].text) - len(paras[0].text.lstrip())
    raw = "\n".join(p.text for p in paras)[lead:].rstrip()
    text = " ".join(raw.split())
    last = paras[-1]
    source = ScalarSource(raw, paras[0].ordinal, lead + 1, "")
    span = Span(paras[0].ordinal, lead + 1, last.ordinal, len(last.text.rstrip()) + 1)
    return Goal(
        index=0,
        id=label,
        statement=TextField(text, source),
        span=span,
        rewritten=any(p.reunified for p in paras),
    )


def revise_docx(
    path: str, data: bytes, plan: Plan, rewrites: Mapping[int, Mapping[str, Any]], part_limit: int
) -> bytes:
    """A copy of the document with each rewritten goal (by index) as a tracked change."""
    from lxml import etree

    archive = open_zip(path, data, part_limit)
    main = main_part_name(path, archive, part_limit)
    xml = read_part(path, archive, main, part_limit)
    assert xml is not None  # parse_docx_plan read it before
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml, parser)
    body = root.find(w("body"))
    paragraphs = list(body.iter(w("p"))) if body is not None else []
    ids = [int(v) for v in root.xpath("//@w:id", namespaces={"w": W}) if str(v).isdigit()]
    next_id = max(ids, default=0) + 1
    for index, rewrite in sorted(rewrites.items()):
        span = plan.goals[index].span
        targets = paragraphs[span.line - 1 : span.end_line]
        next_id = _track_change(targets, str(rewrite["statement"]), next_id)
    revised = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in archive.infolist():
            part = revised if info.filename == main else archive.read(info)
            out.writestr(info, part)
    result = buffer.getvalue()
    _verify(path, result, plan, rewrites, part_limit)
    return result


def _track_change(paragraphs: Sequence[Any], statement: str, next_id: int) -> int:
    """Mark every run of the paragraphs deleted; insert the statement in the first one."""
    first_rpr = None
    for p in paragraphs:
        for run in [r for r in p.iter(w("r")) if _own_run(r, p)]:
            if first_rpr is None and run.find(w("rPr")) is not None:
                first_rpr = deepcopy(run.find(w("rPr")))
            for t in run.findall(w("t")):
                t.tag = w("delText")
            for t in run.findall(w("instrText")):
                t.tag = w("delInstrText")
            deleted = run.makeelement(w("del"), {w("id"): str(next_id), w("author"): AUTHOR})
            next_id += 1
            run.addprevious(deleted)
            deleted.append(run)
    first = paragraphs[0]
    inserted = first.makeelement(w("ins"), {w("id"): str(next_id), w("author"): AUTHOR})
    run = first.makeelement(w("r"), {})
    if first_rpr is not None:
        run.append(first_rpr)
    text = run.makeelement(w("t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    text.text = statement
    run.append(text)
    inserted.append(run)
    first.append(inserted)
    return next_id + 1


def _own_run(run: Any, p: Any) -> bool:
    """A run of this paragraph (not of a text box inside it), not deleted already."""
    parent = run.getparent()
    while parent is not None and parent is not p:
        if parent.tag in _SKIPPED_ANCESTORS:
            return False
        parent = parent.getparent()
    return True


def _verify(
    path: str, result: bytes, plan: Plan, rewrites: Mapping[int, Mapping[str, Any]], part_limit: int
) -> None:
    """Read the copy back: same goals, the rewritten ones now saying the new statement."""
    again = parse_docx_plan(path, result, part_limit)
    problem = None
    if len(again.goals) != len(plan.goals):
        problem = "the number of goals changed"
    else:
        for before, after in zip(plan.goals, again.goals, strict=True):
            expected = rewrites.get(before.index, {}).get("statement", before.statement.text)
            if after.statement.text != " ".join(str(expected).split()):
                problem = f"goal {before.index + 1} does not read as expected"
                break
    if problem is not None:
        raise ReunifyError(LoadError(path, f"rewrite aborted, nothing written: {problem}"))
