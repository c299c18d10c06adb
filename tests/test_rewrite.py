"""The rewriter: slot filling order, domains and templates, and the seed example."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest
from shared_texts import CASE

from reunify_cli.api import lint_text
from reunify_cli.engine import Ruleset, build_ruleset
from reunify_cli.model import Element
from reunify_cli.packs import load_packs, parse_pack
from reunify_cli.plans import parse_plan
from reunify_cli.rewrite import rewrite_plan


def plan_text(statement: str, extra: str = "", case: str = CASE) -> str:
    return f'{case}  - responsible: mother\n    statement: "{statement}"\n{extra}'


def rewrite_of(ruleset: Ruleset, text: str) -> Mapping[str, Any]:
    report = rewrite_plan(parse_plan("plan.yaml", text), ruleset)
    rewrite = report.goals[0].rewrite
    assert rewrite is not None
    return rewrite


def test_seed_sentence_becomes_a_concrete_two_way_goal(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Parent must make progress in individual therapy."))
    statement = rewrite["statement"]
    assert statement.startswith("Loraine will attend")  # observable behavior, named person
    assert "individual therapy" in statement  # the goal's own service is kept
    assert re.search(r"once a week|\b\d+ sessions", statement)  # frequency or count
    assert "until 2026-07-15" in statement  # case.next_review as the deadline
    assert "monthly progress reports from [therapist's name] to J. Alvarez" in statement
    assert "therapist" in rewrite["evidence"] and "J. Alvarez" in rewrite["evidence"]
    assert rewrite["cadence"] == "monthly"
    assert "J. Alvarez" in rewrite["feedback"] and "within 7 days" in rewrite["feedback"]
    assert "J. Alvarez will tell Loraine whether they are on track within 7 days" in statement
    assert rewrite["due"] == "2026-07-15"
    assert rewrite["placeholders"] == ("provider",)
    assert set(rewrite) >= {
        "statement",
        "behavior",
        "measure",
        "due",
        "evidence",
        "cadence",
        "feedback",
        "placeholders",
    }
    relinted = lint_text(plan_text(statement), ruleset=ruleset).goals[0]
    assert relinted.flags["vague"] is False
    assert all(relinted.elements.values())
    assert {f.rule for f in relinted.findings} == {"structure.unfilled-placeholder"}


def test_provider_named_in_the_goal_fills_the_slot(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Mother must make progress in family therapy with Dr. Ruiz.")
    )
    assert "family therapy" in rewrite["statement"]
    assert "Dr. Ruiz" in rewrite["statement"]
    assert rewrite["placeholders"] == ()


def test_goal_words_beat_fields_beat_plan_for_the_deadline(ruleset: Ruleset) -> None:
    own = rewrite_of(ruleset, plan_text("Mother will go to therapy by June 30, 2026."))
    assert own["due"] == "2026-06-30" and "until June 30, 2026" in own["statement"]
    field = rewrite_of(ruleset, plan_text("Mother will go to therapy.", "    due: 2026-05-01\n"))
    assert field["due"] == "2026-05-01" and "until 2026-05-01" in field["statement"]
    plan = rewrite_of(ruleset, plan_text("Mother will go to therapy."))
    assert plan["due"] == "2026-07-15"


def test_unknown_values_are_visible_placeholders(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, "goals:\n  - Parent must make progress in therapy.\n")
    assert "[due date]" in rewrite["statement"]
    assert "the caseworker" in rewrite["statement"]
    assert set(rewrite["placeholders"]) == {"due", "provider"}


def test_abbreviation_is_written_out_and_frequency_kept(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Mother will attend IOP three times a week."))
    assert "intensive outpatient program" in rewrite["statement"]
    assert "IOP" not in rewrite["statement"]
    assert "three times a week" in rewrite["statement"]
    assert rewrite["domain"] == "substance-use"


def test_template_is_chosen_by_when_phrases(ruleset: Ruleset) -> None:
    letter = rewrite_of(ruleset, plan_text("Mother will gain insight in therapy."))
    assert letter["template"] == "letter" and "responsibility letter" in letter["statement"]
    plain = rewrite_of(ruleset, plan_text("Mother will engage in therapy."))
    assert plain["template"] == "attend"


def test_fallback_domain_keeps_a_concrete_action(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Mother will call the office every Monday."))
    assert rewrite["domain"] == "general"
    assert "call the office every Monday" in rewrite["statement"]


def test_fallback_domain_never_carries_flagged_words(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Mother will make healthy choices."))
    assert "healthy" not in rewrite["statement"]
    assert "action" in rewrite["placeholders"]


def test_poverty_is_reframed_as_agency_support(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Mother must obtain stable housing before the children can return.")
    )
    assert rewrite["kind"] == "support"
    assert rewrite["statement"].startswith("Child Welfare Services will refer Loraine")
    assert "housing-assistance program" in rewrite["statement"]
    assert "stable housing" not in rewrite["statement"]


def test_judgment_becomes_a_request_for_the_observed_behavior(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Mother is manipulative and must be more cooperative with the worker.")
    )
    statement = rewrite["statement"]
    assert statement.startswith("What was observed: [what was seen or heard, and when].")
    assert "manipulative" not in statement and "cooperative" not in statement
    assert "observed" in rewrite["placeholders"]


def test_good_and_already_rewritten_goals_get_none(ruleset: Ruleset) -> None:
    good = (
        "Loraine will attend individual therapy once a week until 2026-06-30, as shown by "
        "monthly progress reports from Dr. Ruiz to J. Alvarez, who will tell her within "
        "7 days of each report whether she is on track."
    )
    report = rewrite_plan(parse_plan("p.yaml", plan_text(good)), ruleset)
    assert report.goals[0].rewrite is None
    done = plan_text("Parent must make progress.", "    original_statement: x\n")
    assert rewrite_plan(parse_plan("p.yaml", done), ruleset).goals[0].rewrite is None


def test_structured_fields_written_by_the_user_are_kept(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Parent must make progress in therapy.", "    cadence: biweekly\n")
    )
    assert rewrite["cadence"] == "biweekly"


def test_rewriting_is_deterministic(ruleset: Ruleset) -> None:
    text = plan_text("Mother must cooperate and successfully complete a parenting program.")
    assert rewrite_of(ruleset, text) == rewrite_of(ruleset, text)


def test_unknown_slot_in_a_users_template_is_a_placeholder(ruleset: Ruleset) -> None:
    pack = parse_pack(
        "mine.yaml",
        "pack: mine\nversion: 1\ndescription: d\ndomain:\n  id: gardening\n  name: G\n"
        "  recognise: {phrases: [garden]}\n  templates:\n"
        "    - id: t\n      statement: ${actor} will weed the garden with ${helper}.\n",
    )
    packs = (*load_packs(), pack)
    mine = build_ruleset(packs, nlp=ruleset.analyzer.nlp)
    rewrite = rewrite_of(mine, plan_text("Mother will improve the garden."))
    assert rewrite["statement"] == "Loraine will weed the garden with [helper]."
    assert rewrite["placeholders"] == ("helper",)
    assert rewrite["behavior"] == ""  # the template gives none


@pytest.mark.parametrize(
    "domain", [d for p in load_packs() for d in p.domains], ids=lambda d: str(d.id)
)
def test_every_shipped_domain_is_complete(domain: Any) -> None:
    data = domain.data
    templates = data.get("templates", [])
    assert len(templates) >= 3, "at least 3 templates"
    assert len(data.get("evidence", [])) >= 5, "at least 5 evidence sources"
    assert data.get("cadences"), "cadences"
    assert any(not t.get("when") for t in templates), "a default template without `when:`"
    for template in templates:
        missing = {"behavior", "measure", "evidence", "cadence", "feedback"} - set(template)
        assert not missing, f"{template['id']} lacks {missing}"
        feedback = template["feedback"]  # two-way: how soon the worker tells the parent
        assert "${caseworker}" in feedback and re.search(r"\$\{(actor|parent)\}", feedback)
        assert re.search(r"within|at (the end of )?(each|every|the next)|same day", feedback)


def test_statement_elements_all_detected_on_the_seed_rewrite(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Parent must make progress in individual therapy."))
    goal = lint_text(plan_text(rewrite["statement"]), ruleset=ruleset).goals[0]
    assert [e for e in Element if not goal.elements[e]] == []


@pytest.mark.parametrize(
    "statement",
    [
        "Her therapist will email J. Alvarez a short note after each session.",
        "Dr. Ruiz will send Ms. Lee a progress report each month.",
    ],
)
def test_cadence_is_found_across_initials_and_titles(ruleset: Ruleset, statement: str) -> None:
    goal = lint_text(f"goals:\n  - {statement}\n", ruleset=ruleset).goals[0]
    assert goal.elements[Element.REPORTING_CADENCE]


SOUND_BUT_INCOMPLETE = (
    "Loraine will complete 8 sessions of the home-safety course by April 30, 2026, shown by "
    "the certificate of completion."
)


def test_a_sound_goal_keeps_its_words_and_gains_only_what_it_lacks(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text(SOUND_BUT_INCOMPLETE))
    statement = rewrite["statement"]
    assert statement.startswith(SOUND_BUT_INCOMPLETE + " ")  # nothing of the goal is lost
    added = statement[len(SOUND_BUT_INCOMPLETE) + 1 :]
    assert "J. Alvarez will tell Loraine whether they are on track within 7 days" in added
    assert rewrite["template"] == "completion"
    assert rewrite["behavior"] is None and rewrite["measure"] is None  # the goal's own
    assert "J. Alvarez" in rewrite["feedback"]
    relinted = lint_text(plan_text(statement), ruleset=ruleset).goals[0]
    assert all(relinted.elements.values())
    assert relinted.findings == ()


def test_a_vague_goal_is_not_merely_completed(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Mother will participate in therapy by May 1, 2026."))
    assert rewrite["template"] != "completion"
    assert "participate" not in rewrite["statement"]
