"""Plan-level checks: unaddressed safety concerns, late deadlines, support needs as conditions."""

from __future__ import annotations

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_text

PLAN = """\
case:
  permanency_hearing: 2027-01-10
concerns:
  - id: substance-use
    kind: safety
    statement: "Heroin use left the children unsupervised."
  - id: supervision
    kind: safety
    statement: "Toddler found alone near the pool."
  - id: housing
    kind: other
    statement: "Family was evicted."
goals:
  - id: g1
    concern: substance-use
    due: 2027-02-01
    statement: Mother will attend IOP three times a week until 2027-02-01.
  - id: g2
    concern: housing
    statement: Mother must find an apartment before the children can return.
"""


def rules_of(report, goal_index=None):  # type: ignore[no-untyped-def]
    if goal_index is None:
        return [f.rule for f in report.findings]
    return [f.rule for f in report.goals[goal_index].findings]


def test_safety_concern_without_goal_is_reported_at_the_concern(ruleset: Ruleset) -> None:
    report = lint_text(PLAN, ruleset=ruleset)
    [finding] = [f for f in report.findings if f.rule == "structure.unaddressed-safety-concern"]
    assert "supervision" in finding.message
    assert finding.span.line == 7


def test_due_after_permanency_hearing(ruleset: Ruleset) -> None:
    report = lint_text(PLAN, ruleset=ruleset)
    [finding] = [f for f in report.goals[0].findings if f.rule == "structure.due-after-hearing"]
    assert finding.span.line == 16
    assert "2027-01-10" in finding.message


def test_other_concern_written_as_condition_of_return(ruleset: Ruleset) -> None:
    report = lint_text(PLAN, ruleset=ruleset)
    assert "structure.other-concern-as-condition" in rules_of(report, 1)
    assert "structure.other-concern-as-condition" not in rules_of(report, 0)


def test_checks_are_quiet_on_a_plan_without_concerns(ruleset: Ruleset) -> None:
    report = lint_text("goals:\n  - Mother will attend therapy.\n", ruleset=ruleset)
    assert [f for f in report.findings if f.category.value == "structure"] == []
    assert not [f for f in report.goals[0].findings if f.category.value == "structure"]
