"""The copy of a statement the analysis reads (readcopy.py): words a PDF broke at a line
end ("com-\\nplete", "con- tacts") joined, time units in shorthand ("3 mos", "2x/mo",
"w/in") written out - and every finding still points at the words as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from reunify_cli.analysis.engine import Ruleset, analyse_plan
from reunify_cli.analysis.readcopy import reading_copy, to_original
from reunify_cli.cli import app
from reunify_cli.model import Element
from reunify_cli.selftest import plan_of_texts


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Father will com-\nplete it.", "Father will complete it."),
        ("a psycho-\r\n   logical evaluation", "a psychological evaluation"),
        ("the worker con- tacts the tribe", "the worker contacts the tribe"),
        ("Com-\nplete it.", "Complete it."),
        ("Improve self-\nesteem", "Improve self-esteem"),  # a compound split at the end
        ("within 3 mos.", "within 3 months."),
        ("every 2 wks and every other wk", "every 2 weeks and every other week"),
        ("test 2x/mo for 6 MOS", "test 2x/month for 6 MONTHS"),
        ("call within (48) hrs, 30 min sessions", "call within (48) hours, 30 minute sessions"),
        ("attend AA 3x wkly, report qtrly", "attend AA 3x weekly, report quarterly"),
        ("enroll w/in 30 days", "enroll within 30 days"),
        ("reunify within 6\u20139 months", "reunify within 6-9 months"),
        ("two (2)drug sessions every (2)weeks", "two (2) drug sessions every (2) weeks"),
    ],
)
def test_the_reading_copy(written: str, read: str) -> None:
    copy, origin = reading_copy(written)
    assert copy == read
    assert origin is not None and len(origin) == len(copy) + 1


@pytest.mark.parametrize(
    "text",
    [
        "Take pre- and post-tests.",  # a hyphen before a space: only a known word joins
        "short- or long-term care",
        "Schedule a follow-up visit within 24-hour notice.",
        "Visits - weekly - at the agency.",
        "Father will attend\nparenting classes.",
        "Amos and Mo will call; keep at a min the noise.",  # no count before them
        "as section 1(5)b and rule 2(1)(a) provide",  # a subsection, not a count
    ],
)
def test_other_text_is_read_as_written(text: str) -> None:
    assert reading_copy(text) == (text, None)


@pytest.mark.parametrize(
    ("written", "word", "excerpt"),
    [
        ("Mother will par-\nticipate in therapy.", "participate in", "par-\nticipate in"),
        ("Enroll w/in 3 mos.", "within 3 months", "w/in 3 mos"),
        ("Enroll w/in 3 mos.", "months", "mos"),
        ("Test every (2)weeks.", "(2) weeks", "(2)weeks"),
    ],
)
def test_a_span_of_the_copy_is_the_written_span(written: str, word: str, excerpt: str) -> None:
    copy, origin = reading_copy(written)
    assert origin is not None
    start = copy.index(word)
    begin, end = to_original(origin, start, start + len(word))
    assert written[begin:end] == excerpt


@given(st.text(alphabet="ab -\n\tCD.3mosw/in", max_size=40))
def test_the_copy_keeps_the_order_of_the_text(text: str) -> None:
    copy, origin = reading_copy(text, is_word=lambda word: len(word) % 2 == 0)
    if origin is None:
        assert copy == text
        return
    assert len(origin) == len(copy) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin)  # spans of the copy map to spans of the text
    assert all(0 <= place < len(text) for place in origin[:-1])


def _goal(ruleset: Ruleset, text: str):  # type: ignore[no-untyped-def]
    return analyse_plan(plan_of_texts([text]), ruleset).goals[0]


@pytest.mark.parametrize(
    ("written", "whole"),
    [
        (
            "Father will com-\nplete a psycho-\nlogical evaluation by May 1.",
            "Father will complete a psychological evaluation by May 1.",
        ),
        (
            "If the family is from a tribe, the worker con- tacts the tribe within 24 hours.",
            "If the family is from a tribe, the worker contacts the tribe within 24 hours.",
        ),
        (
            "Mother will at-\ntend parenting classes weekly.",
            "Mother will attend parenting classes weekly.",
        ),
        (
            "Mother will complete a parenting class w/in 3 mos.",
            "Mother will complete a parenting class within 3 months.",
        ),
        ("Mother will call the worker every 2 wks.", "Mother will call the worker every 2 weeks."),
        (
            "Mother will complete the program within 3\u20136 months.",
            "Mother will complete the program within 3-6 months.",
        ),
        (
            "Father will attend AA 3x wkly for 6 mos.",
            "Father will attend AA 3x weekly for 6 months.",
        ),
    ],
)
def test_a_goal_reads_as_the_one_written_out(ruleset: Ruleset, written: str, whole: str) -> None:
    got, expected = _goal(ruleset, written), _goal(ruleset, whole)
    assert got.elements == expected.elements
    assert got.elements[Element.BEHAVIORAL] is True
    assert got.elements[Element.MEASURABLE] is True
    assert got.flags == expected.flags
    assert got.actor == expected.actor


def test_lint_points_at_the_broken_word_in_the_file(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "case_id: X-1\n"
        "goals:\n"
        "  - statement: |\n"
        "      Mother will par-\n"
        "      ticipate in therapy.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["lint", str(plan), "--format", "json"])
    assert result.exit_code == 1, result.output
    (goal,) = json.loads(result.output)["files"][0]["goals"]
    (finding,) = [f for f in goal["findings"] if f["rule"] == "vague.participate"]
    assert finding["excerpt"] == "par-\nticipate in"
    assert (finding["line"], finding["column"]) == (4, 19)
    assert (finding["end_line"], finding["end_column"]) == (5, 18)


def test_a_rewrite_writes_broken_words_whole(ruleset: Ruleset) -> None:
    """A rewrite is a new statement: what it keeps of a goal pasted from a PDF is the
    same as what it keeps of the goal written whole, fields included."""
    from reunify_cli.rewrite.statement import rewrite_plan

    broken = (
        "Mother will par-\nticipate in individual ther-\napy and com- plete a self-\nesteem class."
    )
    whole = "Mother will participate in individual therapy and complete a self-esteem class."
    got, expected = (
        rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite for text in (broken, whole)
    )
    assert got is not None and expected is not None
    assert got == expected
    assert "therapy" in got["statement"] and "-\n" not in got["statement"]


def test_the_reading_grade_reads_broken_words_whole(ruleset: Ruleset) -> None:
    """Pasted from a PDF, a goal is as hard to read as the goal written whole."""
    broken = (
        "Father will com-\nplete a psycho-\nlogical evaluation and partici-\npate in "
        "recommended counseling services with the designated pro-\nvider."
    )
    whole = (
        "Father will complete a psychological evaluation and participate in "
        "recommended counseling services with the designated provider."
    )

    def grade_finding(text: str) -> str:
        report = analyse_plan(plan_of_texts([text]), ruleset)
        (finding,) = [f for f in report.findings if f.rule == "plain.reading-grade"]
        return finding.message

    assert grade_finding(broken) == grade_finding(whole)
