"""Words a PDF broke at a line end ("com-\\nplete", "con- tacts") are read joined, and
every finding still points at the words as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from reunify_cli.analysis.brokenwords import join_broken_words, to_original
from reunify_cli.analysis.engine import Ruleset, analyse_plan
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
    ],
)
def test_broken_words_are_joined(written: str, read: str) -> None:
    joined, origin = join_broken_words(written)
    assert joined == read
    assert origin is not None
    assert all(written[origin[i]] == char for i, char in enumerate(joined))


@pytest.mark.parametrize(
    "text",
    [
        "Take pre- and post-tests.",  # a hyphen before a space: only a known word joins
        "short- or long-term care",
        "Schedule a follow-up visit within 24-hour notice.",
        "Visits - weekly - at the agency.",
        "Father will attend\nparenting classes.",
    ],
)
def test_other_hyphens_are_left_as_written(text: str) -> None:
    assert join_broken_words(text) == (text, None)


def test_a_span_of_the_joined_text_is_the_written_span() -> None:
    written = "Mother will par-\nticipate in therapy."
    joined, origin = join_broken_words(written)
    assert origin is not None
    start = joined.index("participate")
    begin, end = to_original(origin, start, start + len("participate in"))
    assert written[begin:end] == "par-\nticipate in"


@given(st.text(alphabet="ab -\n\tCD.", max_size=40))
def test_joining_only_drops_characters(text: str) -> None:
    joined, origin = join_broken_words(text, is_word=lambda word: len(word) % 2 == 0)
    if origin is None:
        assert joined == text
        return
    assert len(origin) == len(joined) + 1 and origin[-1] == len(text)
    assert origin == sorted(set(origin))  # in order, none twice
    assert all(text[origin[i]] == char for i, char in enumerate(joined))


def _goal(ruleset: Ruleset, text: str):  # type: ignore[no-untyped-def]
    return analyse_plan(plan_of_texts([text]), ruleset).goals[0]


@pytest.mark.parametrize(
    ("broken", "whole"),
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
    ],
)
def test_a_broken_goal_reads_as_the_whole_one(ruleset: Ruleset, broken: str, whole: str) -> None:
    got, expected = _goal(ruleset, broken), _goal(ruleset, whole)
    assert got.elements == expected.elements
    assert got.elements[Element.BEHAVIORAL] is True
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
