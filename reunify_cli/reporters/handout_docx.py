"""The handout as a Word document (python-docx): real headings (Title, Heading 1 and 2),
tables, and checkboxes that Word and LibreOffice tick with a click (w14:checkbox content
controls). Each section starts on a new page; [placeholders] of a draft are highlighted."""

from __future__ import annotations

import io
from typing import Any

from ..rewrite.handout import OWN, PLACEHOLDER, Handout, checkbox_count
from ..rewrite.handoutwords import short_date

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _write(paragraph: Any, value: str, bold: bool = False) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    last = 0
    for match in PLACEHOLDER.finditer(value):
        paragraph.add_run(value[last : match.start()]).bold = bold
        run = paragraph.add_run(match.group())
        run.bold = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        last = match.end()
    paragraph.add_run(value[last:]).bold = bold


def _pairs(document: Any, rows: Any) -> None:
    for row in rows:
        paragraph = document.add_paragraph()
        _write(paragraph, f"{row.label}: ", bold=True)
        _write(paragraph, row.value)


def _heading(document: Any, text: str, level: int, new_page: bool = False) -> None:
    heading = document.add_heading(text, level=level)
    heading.paragraph_format.page_break_before = new_page


def checkbox(paragraph: Any, label: str) -> None:
    """A content-control checkbox (☐, ticked ☒), as Word writes one."""
    from docx.oxml import parse_xml

    xml = (
        f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr>'
        f'<w:alias w:val="{_attr(label)}"/>'
        '<w14:checkbox><w14:checked w14:val="0"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        "</w:sdtPr><w:sdtContent><w:r><w:rPr>"
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
        '<w:sz w:val="32"/></w:rPr><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def render(handout: Handout) -> bytes:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = f"{OWN['title']}: {handout.parent}"
    document.core_properties.author = ""
    document.core_properties.language = "en-US"
    document.styles["Normal"].font.size = Pt(13)
    title = document.add_heading(level=0)
    _write(title, f"{OWN['title']}: {handout.parent}")
    if handout.draft:
        _write(document.add_paragraph(), OWN["draft"], bold=True)
    document.add_paragraph(OWN["intro"])
    document.add_paragraph(OWN["contact"])
    _pairs(document, handout.contacts + handout.dates)
    _heading(document, OWN["steps"], 1, new_page=True)
    document.add_paragraph(OWN["steps_intro"])
    for step in handout.steps:
        _heading(document, step.title, 2)
        if step.safety:
            document.add_paragraph(OWN["safety"]).runs[0].italic = True
        _pairs(document, step.rows)
    _heading(document, OWN["help"], 1, new_page=True)
    document.add_paragraph(OWN["help_intro"])
    for item in handout.help:
        _write(document.add_paragraph(style="List Bullet"), item.what)
    if not handout.help:
        document.add_paragraph(OWN["no_help"])
    _heading(document, OWN["checklist"], 1, new_page=True)
    if not handout.tasks:
        document.add_paragraph(OWN["no_checklist"])
    else:
        document.add_paragraph(OWN["checklist_intro"])
        _checklist(document, handout)
    if handout.words:
        _heading(document, OWN["words"], 1, new_page=True)
        _pairs(document, handout.words)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _checklist(document: Any, handout: Handout) -> None:
    table = document.add_table(rows=1, cols=1 + len(handout.tasks))
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "Week of"
    for cell, task in zip(header[1:], handout.tasks, strict=True):
        _write(cell.paragraphs[0], task.name, bold=True)
    _repeat_header(table.rows[0])
    for index, week in enumerate(handout.weeks):
        cells = table.add_row().cells
        cells[0].text = short_date(week)
        for cell, task in zip(cells[1:], handout.tasks, strict=True):
            boxes = checkbox_count(task, index, week)
            for n in range(1, boxes + 1):
                checkbox(cell.paragraphs[0], f"Week of {short_date(week)}: {task.name}, {n}")


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
