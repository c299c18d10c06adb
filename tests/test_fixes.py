"""fixes.py: applying edits, choosing a rule's replacement, and tidying the result."""

from __future__ import annotations

import re

import pytest

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.rewrite import additions, fixes


def test_edits_apply_in_order_and_overlaps_are_dropped() -> None:
    text = "Mother will participate in therapy regularly."
    edits = [
        fixes.Edit(12, 26, "attend"),
        fixes.Edit(15, 20, "xx"),  # overlaps the first: dropped
        fixes.Edit(35, 44, "[how often]"),
    ]
    assert fixes.apply(text, edits) == "Mother will attend therapy [how often]."


def test_replacement_prefers_a_phrase_then_keep_then_with(ruleset: Ruleset) -> None:
    lexicon = ruleset.analyzer.lexicon
    fix = {"phrases": {"participate in": "attend"}, "with": "[x]"}
    assert fixes.replacement(fix, "vague", "Participating in", lexicon) == "attend"
    assert fixes.replacement(fix, "vague", "engage in", lexicon) == "[x]"
    assert fixes.replacement({"keep": True}, "vague", "understand", lexicon) is None
    assert fixes.replacement(None, "judgmental", "lazy", lexicon) == fixes.DEFAULTS["judgmental"]


def test_replacement_takes_the_phrase_in_the_form_written(ruleset: Ruleset) -> None:
    lexicon = ruleset.analyzer.lexicon
    fix = {"phrases": {"test dirty": "test positive", "tested dirty": "tested positive"}}
    assert fixes.replacement(fix, "plain-language", "tested  Dirty", lexicon) == "tested positive"
    assert fixes.replacement(fix, "plain-language", "test dirty", lexicon) == "test positive"
    assert fixes.replacement(fix, "plain-language", "tests dirty", lexicon) == "test positive"


@pytest.mark.parametrize(
    ("flagged", "ban"),
    [
        ("refrain from using drugs", "not use drugs"),
        ("abstain from alcohol", "not use alcohol"),
        ("Avoid", "not have"),  # "Avoid adult conversations": the object follows
        ("refrain from", "not use"),  # "... from illegal drugs"
    ],
)
def test_negated_turns_refraining_into_a_ban(ruleset: Ruleset, flagged: str, ban: str) -> None:
    after = {"Avoid": " adult conversations.", "refrain from": " illegal drugs"}.get(flagged, "")
    assert fixes.negated(flagged, ruleset.analyzer.lexicon, after) == ban


def test_sentence_case_leaves_placeholders_and_initials_alone() -> None:
    text = "pay rent [how often, e.g. monthly]. j. Alvarez will tell her. e.g. ok."
    assert fixes.sentence_case(text) == (
        "Pay rent [how often, e.g. monthly]. J. Alvarez will tell her. E.g. ok."
    )


def test_agree_keeps_plurals_and_needs_something_to_attend(ruleset: Ruleset) -> None:
    lexicon = ruleset.analyzer.lexicon
    assert (
        fixes.agree("negative drug test", "clean drug tests", "", lexicon) == "negative drug tests"
    )
    assert fixes.agree("attend", "be involved in", " the decisions", lexicon).startswith("[")
    assert fixes.agree("attend", "participate in", " family therapy", lexicon) == "attend"


def test_placeholders_are_listed_once_in_order() -> None:
    assert fixes.placeholders("[a] x [b] y [a]") == ("a", "b")
    assert fixes.plain("reports from [therapist's name]") == "reports from the therapist"


@pytest.mark.parametrize(
    ("suggestion", "said"),
    [  # a slot inside a suggestion is said as words (was "give medication name at ...",
        # "after-visit summaries from the doctor's or clinic", "including the one on hearing
        # date", "complete number of hours")
        ("give [medication name] at the prescribed times", "give the medication at the"),
        ("summaries from [doctor's or clinic's name]", "summaries from the doctor or clinic"),
        ("no contact with [protected person]", "no contact with the protected person"),
        ("remove [the hazards listed]", "remove the hazards listed"),
        ("complete [the ordered number of] hours", "complete the ordered number of hours"),
    ],
)  # fmt: skip
def test_a_slot_inside_a_suggestion_is_said_as_words(suggestion: str, said: str) -> None:
    assert fixes.plain(suggestion).startswith(said)


def test_every_domain_suggestion_reads_without_a_bare_slot(ruleset: Ruleset) -> None:
    """Each domain's suggested actions and evidence, filled from its slots, name no slot by
    its bare words ("including the one on hearing date")."""
    for domain in ruleset.domains:
        slots = {str(v) for v in domain.data.get("slots", {}).values()}
        bare = {s[1:-1] for s in slots if s.startswith("[") and fixes.plain(s) != s[1:-1]}
        for key in ("behaviors", "evidence"):
            for text in domain.data.get(key, ()):
                said = additions.filled(str(text), domain)
                left = [b for b in bare if re.search(rf"(?<!\bthe )\b{re.escape(b)}\b", said)]
                assert not left, said


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Attend every visit. Call the worker weekly.", "Attend every visit"),
        # a stop inside brackets not yet closed ends no sentence
        ("An order made at a review hearing (Welf. &Inst. Code, § 364) continuing services.",
         "An order made at a review hearing (Welf. &Inst. Code, § 364) continuing services"),
    ],
)  # fmt: skip
def test_the_first_sentence_ends_outside_brackets(ruleset: Ruleset, text: str, first: str) -> None:
    """The rewrite adds a deadline at the first sentence's end: never inside a citation's
    brackets ("(Welf by [date]. &Inst. Code, § 364)")."""
    assert text[: fixes.first_sentence_end(text, ruleset.analyzer.lexicon)] == first


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("If the Department identifies mental health, drug or alcohol abuse or family violence"
         " as an issue, be proactive and seek some assistance.",
         "If the Department identifies mental health, drug or alcohol abuse or family violence"
         " as an issue"),
        ("If there have been no contacts with the parent, guardian, custodian or social worker,"
         " what efforts have been made to contact such parties.",
         "If there have been no contacts with the parent, guardian, custodian or social worker"),
        # a list's comma, never the clause after it with its own modal, nor that clause's
        # subject
        ("if the TAL placement is not successful, the child and family team shall meet to"
         " determine, with the youth, a more appropriate living arrangement",
         "if the TAL placement is not successful"),
        ("Whenever a minor is placed in shelter care, the department or agency, as"
         " appropriate, shall prepare and file a report.",
         "Whenever a minor is placed in shelter care"),
        ("If you relapse, call your sponsor or go to a meeting.", "If you relapse"),
    ],
)  # fmt: skip
def test_a_condition_runs_on_through_a_list(text: str, condition: str) -> None:
    """A condition ends at its comma, unless that comma opens a list ("mental health, drug
    or alcohol abuse or family violence"): then at the comma after the list's last item."""
    found = fixes.opening_condition(text)
    assert found is not None and text[: found.end(1)] == condition
