"""Writes examples/case-plan.docx, a fictional Word case plan (python-docx; run it again to
regenerate the committed file): `python examples/make_docx_example.py`."""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject

CASE = [
    ("Case number", "2026-SC-0219"),
    ("Parent", "Maria"),
    ("Caseworker", "D. Brooks"),
    ("Caseworker phone", "(555) 010-0188"),
    ("Agency", "Child Welfare Services"),
    ("Plan date", "February 3, 2026"),
    ("Next review", "August 3, 2026"),
    ("Permanency hearing", "January 20, 2027"),
]
GOALS = [  # goal, action steps, responsible, target date
    (
        "Mother will address her substance abuse.",
        "Participate in IOP and submit to UAs as requested.",
        "Mother",
        "6/30/2026",
    ),
    (
        "Mother will improve her parenting skills.",
        "Complete a parenting class and demonstrate appropriate discipline.",
        "Mother",
        "7/31/2026",
    ),
    (
        "Mother will obtain stable housing.",
        "Secure adequate housing before the children can return home.",
        "Mother",
        "8/3/2026",
    ),
]
AGENCY_TASKS = [
    "The caseworker will refer Maria to a parenting program within 14 days.",
    "The agency will give Maria a bus pass each month for visits and services.",
]


def build() -> DocumentObject:
    document = Document()
    document.core_properties.author = "reunify example"
    document.add_heading("Family Case Plan", level=1)
    details = document.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for label, value in CASE:
        cells = details.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_heading("Reason for involvement", level=2)
    document.add_paragraph(
        "The children, 3 and 6, were found alone at home overnight. Fictional case: any "
        "resemblance to a real family is accidental."
    )
    document.add_heading("Case plan goals", level=2)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("Goal", "Action steps", "Responsible", "Target date"), strict=True
    ):
        cell.text = text
    for row in GOALS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_heading("Agency tasks", level=2)
    for task in AGENCY_TASKS:
        document.add_paragraph(task, style="List Bullet")
    document.add_heading("Signatures", level=2)
    document.add_paragraph("Parent: ____________________    Caseworker: ____________________")
    return document


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("case-plan.docx")
    build().save(str(target))
    print(f"wrote {target}")
