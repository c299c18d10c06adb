"""What the agency decides (Policy) and who is who in a rewrite (Names), shared by the
steps of a rewrite."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..analysis.engine import Ruleset
from ..model import Category, Finding, GoalReport, Plan

FIELDS = ("behavior", "measure", "due", "evidence", "cadence", "feedback")
REWRITE_CATEGORIES = frozenset(
    {Category.VAGUE, Category.MISSING_ELEMENT, Category.JUDGMENTAL, Category.POVERTY}
)
REWRITE_RULES = frozenset({"structure.other-concern-as-condition"})
EDITED = (Category.VAGUE, Category.JUDGMENTAL)
DUTIES = ("agency", "provider")  # actors whose goals are duties to the family


@dataclass(frozen=True, slots=True)
class Policy:
    """What the agency decides, not the statement: how soon the parent hears whether
    they are on track, and which local names of benefits to suggest."""

    feedback_days: int = 7
    locale: str = "us"


def edited(finding: Finding, ruleset: Ruleset) -> bool:
    """Whether a rewrite replaces the words `finding` flagged: vague and judgmental words,
    and the wording a rule of another category names its replacement for in `fix: phrases:`
    ("clean drug test" -> "negative drug test")."""
    if finding.category in EDITED:
        return True
    rule = ruleset.by_id.get(finding.rule)
    return rule is not None and rule.fix is not None and bool(rule.fix.get("phrases"))


def policy_of(settings: Any) -> Policy:
    """The rewrite policy of a run's settings (config keys feedback-days and locale)."""
    return Policy(feedback_days=settings.feedback_days, locale=settings.locale)


@dataclass(frozen=True, slots=True)
class Names:
    """Who is who in the rewrite, from the plan file when it says, else placeholders."""

    person: str  # whom the goal is about: the responsible person's name, else a role
    pronoun: str  # how to refer to them again: "she", "he", else "they"
    caseworker: str
    agency: str
    due: str | None  # the goal's own `due:`, else case.next_review


def names_in(report: GoalReport, plan: Plan) -> Names:
    goal = report.goal
    person = next((p for p in plan.people if p.id == goal.responsible), None)
    name = person.name if person is not None and person.name else None
    if name is None:
        name = {"child": "the child", "caregiver": "the caregiver"}.get(report.actor, "the parent")
    said = (person.pronouns or "").lower() if person is not None else ""
    pronoun = next((p for p in ("she", "he", "they", "ze", "xe") if said.startswith(p)), "they")
    return Names(
        person=name,
        pronoun=pronoun,
        caseworker=plan.case.get("caseworker") or "the caseworker",
        agency=plan.case.get("agency") or "the agency",
        due=goal.due or plan.case.get("next_review"),
    )
