"""The source-preserving writer: only the rewritten goals change, byte for byte."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.io.plans import parse_plan
from reunify_cli.model import ReunifyError
from reunify_cli.rewrite.revise import revise
from reunify_cli.rewrite.statement import rewrite_plan

REWRITE: Mapping[str, Any] = {
    "statement": "Loraine will attend 12 sessions until 2026-07-15: reports go to J. Alvarez.",
    "behavior": "attend 12 sessions",
    "measure": "12 sessions",
    "due": "2026-07-15",
    "evidence": "[therapist's name]'s monthly reports",
    "cadence": "monthly",
    "feedback": "J. Alvarez tells Loraine within 7 days # of each report",
    "placeholders": ("provider",),
    "kind": "condition",
}

PLAN = """\
# A plan with comments everywhere.  Fictional.
case:
  caseworker: "J. Alvarez"   # the worker
goals:
  # first goal
  - id: g1
    statement: 'Parent must make progress in individual therapy.'   # seed
    due: 2026-07-15
    custom: {keep: [1, 2]}   # unknown keys are kept
  - id: g2
    text: >-
      Mother will attend
      every session.
    # a comment inside the goal

  - Mother must cooperate with the Agency.
  - {id: g4, goal: "Father will do his best.", notes: x}
# trailer
"""


def changed_lines(before: str, after: str) -> list[int]:
    """0-based lines of `before` that a diff touches (inserts count at their position)."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines(), autojunk=False)
    lines: list[int] = []
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            lines.extend(range(i1, max(i2, i1 + 1)))
    return lines


def test_only_rewritten_goals_change() -> None:
    revised = revise("p.yaml", PLAN, {0: REWRITE, 3: REWRITE})
    touched = set(changed_lines(PLAN, revised))
    # g1's statement line (6), the insertion after it (7), and the flow goal g4 (16)
    assert touched <= {6, 7, 16}, sorted(touched)
    data = yaml.safe_load(revised)
    g1, g2, g3, g4 = data["goals"]
    assert g1["statement"] == REWRITE["statement"]
    assert g1["original_statement"] == "Parent must make progress in individual therapy."
    assert g1["custom"] == {"keep": [1, 2]}
    assert list(g1)[:3] == ["id", "statement", "original_statement"]
    assert str(g1["due"]) == "2026-07-15"  # an existing key is never duplicated
    assert g1["feedback"] == REWRITE["feedback"]
    assert g2 == yaml.safe_load(PLAN)["goals"][1]
    assert g3 == "Mother must cooperate with the Agency."
    assert g4["goal"] == REWRITE["statement"] and g4["notes"] == "x"
    assert g4["original_statement"] == "Father will do his best."
    assert "# seed" in revised and "# a comment inside the goal" in revised
    plan = parse_plan("p.yaml", revised)
    assert plan.goals[0].rewritten and plan.goals[3].rewritten
    assert not plan.goals[1].rewritten


def test_block_scalar_statement_and_string_goal() -> None:
    revised = revise("p.yaml", PLAN, {1: REWRITE, 2: REWRITE})
    data = yaml.safe_load(revised)
    assert data["goals"][1]["text"] == REWRITE["statement"]
    assert data["goals"][1]["original_statement"] == "Mother will attend every session."
    assert data["goals"][2]["statement"] == REWRITE["statement"]
    assert data["goals"][2]["original_statement"] == "Mother must cooperate with the Agency."
    assert "kind" not in data["goals"][2]  # only support rewrites are marked
    assert revised.startswith(PLAN[: PLAN.index("  - id: g2")])
    assert revised.endswith("# trailer\n")


def test_support_rewrite_is_marked() -> None:
    revised = revise("p.yaml", PLAN, {0: {**REWRITE, "kind": "support"}})
    assert yaml.safe_load(revised)["goals"][0]["kind"] == "support"


@pytest.mark.parametrize(
    "text",
    [
        "- Parent must make progress.\n- Mother will attend.",  # no final newline
        "goals: [Parent must make progress., ok]\n",  # flow sequence
        "goals:\r\n  - id: g1\r\n    statement: Parent must make progress.\r\n",  # CRLF
        "goals:\n- statement: Parent must make progress.\n  due: 2026-01-01",  # no newline
        "goals:\n  - >-\n    Parent must make\n    progress.\n\n  - ok\n",  # block string goal
    ],
)
def test_short_forms_and_odd_layouts(text: str) -> None:
    revised = revise("p.yaml", text, {0: REWRITE})
    first = parse_plan("p.yaml", revised).goals[0]
    assert first.statement.text == REWRITE["statement"]
    assert first.rewritten
    assert ("\r\n" in revised) == ("\r\n" in text)
    second = parse_plan("p.yaml", revised).goals[1:]
    assert [g.statement.text for g in second] == [
        g.statement.text for g in parse_plan("p.yaml", text).goals[1:]
    ]


def test_long_statement_is_folded_and_reads_back_the_same() -> None:
    long = {**REWRITE, "statement": " ".join(["Loraine will attend every session."] * 8)}
    revised = revise("p.yaml", PLAN, {1: long})
    assert "    text: >-\n      Loraine will" in revised
    assert yaml.safe_load(revised)["goals"][1]["text"] == long["statement"]
    # a trailing comment keeps the statement on its line (quoted), the comment after it
    commented = revise("p.yaml", PLAN, {0: long})
    assert f'statement: "{long["statement"]}"   # seed\n' in commented


def test_alias_statement_is_refused() -> None:
    text = "x: &s Parent must make progress.\ngoals:\n  - statement: *s\n"
    with pytest.raises(ReunifyError, match="alias"):
        revise("p.yaml", text, {0: REWRITE})


def test_no_rewrites_returns_the_text_unchanged() -> None:
    assert revise("p.yaml", PLAN, {}) is PLAN


STATEMENTS = st.sampled_from(
    [
        "Parent must make progress.",
        "Mother will attend therapy: every week",
        "Father's plan # not a comment",
        "Mother will cooperate, and be 'on time'.",
    ]
)


@st.composite
def goal_entries(draw: st.DrawFn) -> str:
    """One goal in one of the layouts people write: plain or quoted string, mapping with a
    plain / quoted / folded statement, extra keys, comments."""
    statement = draw(STATEMENTS)
    quoted = '"' + statement.replace('"', '\\"') + '"'
    comment = draw(st.sampled_from(["", "  # note"]))
    if ":" in statement or "#" in statement or statement.startswith("'"):
        plain = quoted
    else:
        plain = statement
    form = draw(st.sampled_from(["string", "quoted", "map", "folded", "flow"]))
    if form == "string":
        return f"  - {plain}{comment}\n"
    if form == "quoted":
        return f"  - {quoted}{comment}\n"
    if form == "flow":
        return f"  - {{id: x, statement: {quoted}}}{comment}\n"
    key = draw(st.sampled_from(["statement", "goal", "text"]))
    extra = draw(st.sampled_from(["", "    due: 2026-05-01\n", "    # inside\n    notes: n\n"]))
    if form == "folded":
        return f"  - id: g\n    {key}: >-\n      {statement}\n{extra}"
    return f"  - id: g\n    {key}: {quoted}{comment}\n{extra}"


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.lists(goal_entries(), min_size=1, max_size=5), st.data())
def test_any_layout_changes_only_the_rewritten_goals(goals: list[str], data: st.DataObject) -> None:
    head = "# head\ncase: {caseworker: J. Alvarez}\ngoals:\n"
    text = head + "".join(goals) + "# tail\n"
    chosen = data.draw(st.sets(st.integers(0, len(goals) - 1)))
    revised = revise("p.yaml", text, {i: REWRITE for i in chosen})  # verify() runs inside
    plan = parse_plan("p.yaml", revised)
    assert [g.rewritten for g in plan.goals] == [i in chosen for i in range(len(goals))]
    starts = [len(head) + sum(map(len, goals[:i])) for i in range(len(goals))]
    ends = [*starts[1:], text.index("# tail")]
    kept = [(s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True)) if i not in chosen]
    for s, e in kept:
        assert text[s:e] in revised  # an untouched goal is byte for byte the same
    assert revised.startswith(text[: starts[0]]) and revised.endswith("# tail\n")


def test_a_completed_goal_keeps_its_words_and_fields_hold_them(ruleset: Ruleset) -> None:
    text = (
        "goals:\n  - id: g1\n    statement: Mother will complete 8 sessions of the parenting "
        "course by April 30, 2026, shown by the certificate of completion.\n"
    )
    report = rewrite_plan(parse_plan("p.yaml", text), ruleset)
    chosen = {g.goal.index: g.rewrite for g in report.goals if g.rewrite is not None}
    revised = yaml.safe_load(revise("p.yaml", text, chosen))["goals"][0]
    assert revised["original_statement"].startswith("Mother will complete 8 sessions")
    assert revised["statement"].startswith(revised["original_statement"])
    assert revised["measure"] == "8 sessions"  # the goal's own words, not a template's
    assert str(revised["due"]) == "2026-04-30"
    assert "feedback" in revised
