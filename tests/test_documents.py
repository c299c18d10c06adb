"""Plans as a caseworker has them: .txt / .md lists, Word .docx, standard input."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from typer.testing import CliRunner

from reunify_cli.cli import app
from reunify_cli.io.docxplan import W, parse_docx_plan
from reunify_cli.io.textplan import parse_text_plan

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()
LIMIT = 5 * 1024 * 1024

TEXT = """\
Case plan for the Lee family
Caseworker: J. Alvarez
Next review: July 15, 2026

- Mother will participate in IOP and
  follow all recommendations.
- Mother will **maintain sobriety**.
* Submit to random UAs as directed
3. Parent must make progress in individual therapy.
"""


def lint_json(args: list[str], input: bytes | None = None) -> dict[str, Any]:
    result = runner.invoke(app, ["lint", *args, "-f", "json"], input=input)
    assert result.exit_code in (0, 1), result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def finding(goal: dict[str, Any], rule: str) -> dict[str, Any]:
    return next(f for f in goal["findings"] if f["rule"] == rule)


def test_text_list_items_markers_trimmed_wrapped_lines_joined() -> None:
    plan = parse_text_plan("goals.txt", TEXT)
    assert [g.statement.text for g in plan.goals] == [
        "Mother will participate in IOP and follow all recommendations.",
        "Mother will maintain sobriety.",
        "Submit to random UAs as directed",
        "Parent must make progress in individual therapy.",
    ]
    assert plan.case["caseworker"] == "J. Alvarez"
    assert plan.case["next_review"] == "2026-07-15"


def test_findings_point_at_line_and_column_of_the_text_file(tmp_path: Path) -> None:
    path = tmp_path / "goals.txt"
    path.write_text(TEXT, encoding="utf-8")
    goals = lint_json([str(path)])["files"][0]["goals"]
    assert (goals[0]["line"], goals[0]["column"]) == (5, 3)
    follow = finding(goals[0], "vague.follow-recommendations")  # on the wrapped line
    assert (follow["line"], follow["column"]) == (6, 3)
    sobriety = finding(goals[1], "vague.stability")  # inside **emphasis**
    assert (sobriety["line"], sobriety["column"]) == (7, 17)
    progress = finding(goals[3], "vague.make-progress")  # after "3. "
    assert (progress["line"], progress["column"]) == (9, 16)
    lines = TEXT.splitlines()
    assert lines[5][2:].startswith("follow all")
    assert lines[8][15:].startswith("make progress")


def test_plain_lines_are_goals_and_wrapped_lines_are_joined() -> None:
    text = (
        "Goals:\n"
        "Mother will attend therapy every week until\n"
        "the next review.\n"
        "\n"
        "Father will call the children twice a week.\n"
    )
    plan = parse_text_plan("g.txt", text)
    assert [g.statement.text for g in plan.goals] == [
        "Mother will attend therapy every week until the next review.",
        "Father will call the children twice a week.",
    ]
    assert plan.goals[1].span.line == 5


def test_markdown_headings_and_prose_outside_lists_are_not_goals() -> None:
    text = "# Plan\n\nNotes about the case.\n\n## Goals\n\n1. Attend IOP.\n2) Call the worker.\n"
    plan = parse_text_plan("plan.md", text)
    assert [g.statement.text for g in plan.goals] == ["Attend IOP.", "Call the worker."]


def test_text_without_goals_is_one_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("# Nothing here\n\n", encoding="utf-8")
    other = tmp_path / "ok.txt"
    other.write_text("- Parent must make progress in therapy.\n", encoding="utf-8")
    result = runner.invoke(app, ["lint", str(path), str(other)])
    assert result.exit_code == 2
    assert f"{path}:1:1: no goals found" in result.output
    assert "vague.make-progress" in result.output  # the batch went on


def test_non_utf8_text_is_one_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "goals.txt"
    path.write_bytes(b"- Mother will attend \xe9very session.\n")
    result = runner.invoke(app, ["lint", str(path)])
    assert result.exit_code == 2
    assert result.output.startswith(f"reunify: error: {path}:1:") or f"{path}:1:" in result.output
    assert "not valid UTF-8" in result.output
    assert "Traceback" not in result.output


def test_standard_input_as_text_and_named_by_stdin_filename() -> None:
    unnamed = lint_json(["-"], input=TEXT.encode())
    assert unnamed["files"][0]["path"] == "<stdin>"
    assert len(unnamed["files"][0]["goals"]) == 4
    named = lint_json(["-", "--stdin-filename", "plans/lee.md"], input=TEXT.encode())
    assert named["files"][0]["path"] == "plans/lee.md"
    yaml_plan = (EXAMPLES / "vague-plan.yaml").read_bytes()
    as_yaml = lint_json(["-"], input=yaml_plan)
    assert [g["id"] for g in as_yaml["files"][0]["goals"]] == ["g1", "g2", "g3", "g4", "g5"]
    docx = lint_json(["-"], input=(EXAMPLES / "case-plan.docx").read_bytes())
    assert len(docx["files"][0]["goals"]) == 8


def test_stdin_filename_without_dash_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["lint", str(EXAMPLES / "good-plan.yaml"), "--stdin-filename", "x"])
    assert result.exit_code == 2
    assert "only used with `-`" in result.output


# --- Word ---------------------------------------------------------------------------------


def make_docx(build: Any) -> bytes:
    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_shipped_word_plan_goals_in_table_cells_and_list_paragraphs() -> None:
    data = (EXAMPLES / "case-plan.docx").read_bytes()
    plan = parse_docx_plan("case-plan.docx", data, LIMIT)
    texts = [g.statement.text for g in plan.goals]
    assert texts[0] == "Mother will address her substance abuse."
    assert texts[1] == "Participate in IOP and submit to UAs as requested."
    assert "The caseworker will refer Maria to a parenting program within 14 days." in texts
    assert all("Signatures" not in t and "____" not in t for t in texts)
    assert "The children, 3 and 6" not in " ".join(texts)  # prose is not a goal
    first = plan.goals[0]
    assert first.id == "table 2, row 2, cell 1"
    assert first.due == "2026-06-30"  # from the "Target date" column
    assert first.responsible == "parent"  # "Mother", and the plan names the parent
    assert plan.case["caseworker"] == "D. Brooks"
    assert plan.case["next_review"] == "2026-08-03"
    assert plan.people[0].name == "Maria"
    agency = next(g for g in plan.goals if g.statement.text.startswith("The caseworker"))
    assert agency.id is not None and agency.id.startswith("paragraph ")


def test_word_findings_point_at_paragraph_and_character() -> None:
    doc = lint_json([str(EXAMPLES / "case-plan.docx")])
    goal = doc["files"][0]["goals"][1]
    iop = finding(goal, "plain.abbreviation")
    data = (EXAMPLES / "case-plan.docx").read_bytes()
    body = Document(io.BytesIO(data)).element.body
    paragraphs = list(body.iter(f"{{{W}}}p"))
    text = "".join(t.text or "" for t in paragraphs[iop["line"] - 1].iter(f"{{{W}}}t"))
    assert text[iop["column"] - 1 : iop["end_column"] - 1] == "IOP"


def test_word_headings_name_the_goal_sections() -> None:
    def build(document: Any) -> None:
        document.add_heading("Strengths", level=2)
        document.add_paragraph("Loves her children.", style="List Bullet")
        document.add_heading("Objectives", level=2)
        document.add_paragraph("Mother will cooperate with the agency.", style="List Number")
        document.add_paragraph("Mother will attend all visits.", style="List Number")
        document.add_heading("Notes", level=2)
        document.add_paragraph("Parent will be nice.", style="List Bullet")

    plan = parse_docx_plan("p.docx", make_docx(build), LIMIT)
    assert [g.statement.text for g in plan.goals] == [
        "Mother will cooperate with the agency.",
        "Mother will attend all visits.",
    ]


def test_word_row_form_goal_beside_its_label() -> None:
    def build(document: Any) -> None:
        table = document.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text = "Goal 1"
        table.rows[0].cells[1].text = "Father will demonstrate insight."
        table.rows[1].cells[0].text = "Caseworker"
        table.rows[1].cells[1].text = "M. Chen"

    plan = parse_docx_plan("p.docx", make_docx(build), LIMIT)
    assert [g.statement.text for g in plan.goals] == ["Father will demonstrate insight."]
    assert plan.goals[0].id == "table 1, row 1, cell 2"
    assert plan.case["caseworker"] == "M. Chen"


def broken_docx(kind: str, tmp_path: Path) -> bytes:
    good = (EXAMPLES / "case-plan.docx").read_bytes()
    if kind == "not a zip":
        return b"Mother will attend therapy.\n"
    if kind == "old .doc":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    if kind == "password":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le")
    if kind == "truncated":
        return good[: len(good) // 2]
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(good and io.BytesIO(good)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                if kind == "zip bomb":
                    data = data.replace(b"</w:body>", b" " * (40 * 1024 * 1024) + b"</w:body>")
                elif kind == "doctype":
                    data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', 1)
            out.writestr(info, data)
    if kind == "encrypted entry":
        raw = bytearray(buffer.getvalue())
        raw[6] |= 0x1  # the first local header's "encrypted" flag
        central = raw.rfind(b"PK\x01\x02")
        while central != -1:
            raw[central + 8] |= 0x1
            central = raw.rfind(b"PK\x01\x02", 0, central)
        return bytes(raw)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("not a zip", "not a Word .docx document"),
        ("old .doc", "old Word .doc"),
        ("password", "password-protected"),
        ("truncated", "damaged .docx"),
        ("zip bomb", "limit"),
        ("doctype", "DOCTYPE"),
        ("encrypted entry", "encrypted"),
    ],
)
def test_bad_word_documents_are_one_line_exit_2_and_the_batch_goes_on(
    tmp_path: Path, kind: str, says: str
) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(broken_docx(kind, tmp_path))
    good = tmp_path / "good.docx"
    good.write_bytes((EXAMPLES / "case-plan.docx").read_bytes())
    result = runner.invoke(app, ["lint", str(bad), str(good), "-q"])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if str(bad) in line]
    assert len(errors) == 1 and says in errors[0], result.output
    assert "Traceback" not in result.output
    assert "good.docx" in result.output  # the good plan was still checked


def test_macros_images_and_external_links_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = (EXAMPLES / "case-plan.docx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rX1" Type="http://schemas.microsoft.com/office/2006/'
                    b'relationships/vbaProject" Target="vbaProject.bin"/>'
                    b'<Relationship Id="rX2" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/image" Target="http://example.invalid/'
                    b'x.png" TargetMode="External"/></Relationships>',
                )
            out.writestr(info, data)
        out.writestr("word/vbaProject.bin", b"\0MACRO" * 100)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    plan = parse_docx_plan("m.docx", buffer.getvalue(), LIMIT)
    assert len(plan.goals) == 8
    assert "word/vbaProject.bin" not in opened
    assert not any("media" in name for name in opened)


def test_rewrite_word_plan_into_a_copy_as_tracked_changes(tmp_path: Path) -> None:
    source = EXAMPLES / "case-plan.docx"
    before = source.read_bytes()
    target = tmp_path / "revised.docx"
    result = runner.invoke(app, ["rewrite", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert source.read_bytes() == before
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target) as new:
        assert old.namelist() == new.namelist()
        for name in old.namelist():  # nothing but the main document part changed
            if name != "word/document.xml":
                assert old.read(name) == new.read(name), name
        xml = new.read("word/document.xml").decode()
    assert 'w:author="reunify"' in xml and "<w:delText" in xml and "<w:ins " in xml
    assert "Mother will address her substance abuse." in xml  # kept, as deleted text
    plan = parse_docx_plan("revised.docx", target.read_bytes(), LIMIT)
    assert plan.goals[0].statement.text.startswith("Mother will address her substance abuse")
    assert plan.goals[0].rewritten  # never rewritten again
    reopened = Document(str(target))  # python-docx opens it
    assert reopened.tables[1].rows[0].cells[0].text == "Goal"
    again = runner.invoke(app, ["rewrite", str(target), "-f", "json"])
    goals = json.loads(again.stdout)["files"][0]["goals"]
    assert all(g["rewrite"] is None for g in goals)


def test_rewrite_text_list_to_yaml_and_refuses_text_output(tmp_path: Path) -> None:
    path = tmp_path / "goals.txt"
    path.write_text(TEXT, encoding="utf-8")
    refused = runner.invoke(app, ["rewrite", str(path), "-o", str(tmp_path / "out.txt")])
    assert refused.exit_code == 2
    assert "write the revised plan to a .yaml" in refused.output
    out = tmp_path / "revised.yaml"
    result = runner.invoke(app, ["rewrite", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    import yaml

    revised = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert revised["case"]["caseworker"] == "J. Alvarez"
    assert next(g["original_statement"] for g in revised["goals"]) == (
        "Mother will participate in IOP and follow all recommendations."
    )
    lint = lint_json([str(out)])
    rules = {f["rule"] for g in lint["files"][0]["goals"] for f in g["findings"]}
    assert not {r for r in rules if r.startswith(("vague.", "missing."))}


def test_an_initial_opening_a_wrapped_line_is_no_new_item() -> None:
    text = "1. Mother will send the visit log to\n   J. Alvarez each week.\n2. Call the worker.\n"
    plan = parse_text_plan("g.txt", text)
    assert [g.statement.text for g in plan.goals] == [
        "Mother will send the visit log to J. Alvarez each week.",
        "Call the worker.",
    ]


def test_short_lower_case_lines_are_goals_of_their_own() -> None:
    """A line in lower case after a short one that could end a statement is a new goal:
    only a wrapped line (it filled the width, or stopped on "until", "the" ...) joins."""
    text = (
        "mum and dad will not argue\n"
        "participate in psychological evaluations\n"
        "Father will attend a 26-week batterer intervention program at the county center and\n"
        "bring the weekly attendance sheet to every home visit\n"
    )
    plan = parse_text_plan("g.txt", text)
    assert [g.statement.text for g in plan.goals] == [
        "mum and dad will not argue",
        "participate in psychological evaluations",
        "Father will attend a 26-week batterer intervention program at the county center and "
        "bring the weekly attendance sheet to every home visit",
    ]


def test_an_item_ending_in_a_colon_leads_in_to_its_sub_items() -> None:
    text = (
        "- Mom will:\n"
        "  - attend parenting classes weekly\n"
        "  - call the worker every Monday\n"
        "- Dad will find housing.\n"
    )
    plan = parse_text_plan("plan.md", text)
    assert [g.statement.text for g in plan.goals] == [
        "attend parenting classes weekly",
        "call the worker every Monday",
        "Dad will find housing.",
    ]
    assert [g.span.line for g in plan.goals] == [2, 3, 4]
