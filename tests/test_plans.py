"""Plan loading: the canonical form, the short forms, and exact positions."""

from __future__ import annotations

import pytest

from reunify_cli.analysis.engine import Ruleset, statement_span
from reunify_cli.api import lint_text
from reunify_cli.io.plans import locate, parse_plan
from reunify_cli.model import ReunifyError


def test_goals_as_plain_strings() -> None:
    plan = parse_plan("p.yaml", "goals:\n  - Mother will attend therapy.\n  - Call weekly.\n")
    assert [g.statement.text for g in plan.goals] == ["Mother will attend therapy.", "Call weekly."]


def test_top_level_list_of_strings() -> None:
    plan = parse_plan("p.yaml", "- Mother will attend therapy.\n")
    assert plan.goals[0].statement.text == "Mother will attend therapy."
    assert statement_span(plan.goals[0]).line == 1
    assert statement_span(plan.goals[0]).column == 3


@pytest.mark.parametrize("key", ["statement", "goal", "text"])
def test_statement_spellings(key: str) -> None:
    plan = parse_plan("p.yaml", f"goals:\n  - id: g1\n    {key}: Attend therapy.\n")
    assert plan.goals[0].statement.text == "Attend therapy."
    assert plan.goals[0].id == "g1"


def test_finding_column_points_at_the_phrase(ruleset: Ruleset) -> None:
    text = 'goals:\n  - id: g1\n    statement: "Parent must make progress in individual therapy."\n'
    report = lint_text(text, ruleset=ruleset)
    finding = next(f for f in report.goals[0].findings if f.rule == "vague.make-progress")
    line = text.splitlines()[finding.span.line - 1]
    assert line[finding.span.column - 1 : finding.span.end_column - 1] == "make progress"


def test_positions_inside_folded_block(ruleset: Ruleset) -> None:
    text = (
        "goals:\n  - statement: >-\n      Mother will attend weekly therapy and\n"
        "      make progress in her treatment.\n"
    )
    report = lint_text(text, ruleset=ruleset)
    finding = next(f for f in report.goals[0].findings if f.rule == "vague.make-progress")
    assert (finding.span.line, finding.span.column) == (4, 7)
    assert finding.span.end_column == 20


def test_positions_inside_literal_block_and_escapes() -> None:
    plan = parse_plan("p.yaml", 'goals:\n  - "It\'s \\"fine\\" now"\n')
    goal = plan.goals[0]
    start = goal.statement.text.index("now")
    span = locate(goal.statement, start, start + 3)
    assert span is not None and (span.line, span.column) == (2, 20)


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("", "empty file", 1),
        ("- 1\n- 2\n", "must be a text statement", 1),
        ("case: {id: x}\n", "no `goals:`", 1),
        ("goals: 3\n", "must be a list", 1),
        ("goals:\n  - id: g1\n", "has no `statement:`", 2),
        ("goals: [a]\ngoals: [b]\n", "duplicate key 'goals'", 2),
        ("goals:\n  - a\n\t- b\n", "invalid YAML", 3),
        ("goals: !!python/object/apply:os.system ['echo hi']\n", "not allowed", 1),
    ],
)
def test_bad_plans_give_one_line_errors(text: str, message: str, line: int) -> None:
    with pytest.raises(ReunifyError) as info:
        parse_plan("bad.yaml", text)
    assert message in info.value.error.message
    assert info.value.error.line == line
    assert "\n" not in str(info.value.error)


def test_unknown_keys_are_accepted() -> None:
    plan = parse_plan(
        "p.yaml", "county: X\ngoals:\n  - id: g1\n    notes: keep\n    statement: Attend.\n"
    )
    assert plan.goals[0].statement.text == "Attend."
