"""The rewriter: the original statement plus fixes, and only what it lacks added."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest
from shared_texts import CASE

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.analysis.evaluate import Labelled
from reunify_cli.api import lint_text
from reunify_cli.io.plans import parse_plan
from reunify_cli.model import Element
from reunify_cli.rewrite import fixes
from reunify_cli.rewrite.additions import own_and_added
from reunify_cli.rewrite.checks import check_goal
from reunify_cli.rewrite.statement import Policy, rewrite_plan
from reunify_cli.selftest import plan_of_texts


def plan_text(statement: str, extra: str = "", case: str = CASE) -> str:
    return f'{case}  - responsible: mother\n    statement: "{statement}"\n{extra}'


def rewrite_of(ruleset: Ruleset, text: str, policy: Policy | None = None) -> Mapping[str, Any]:
    report = rewrite_plan(parse_plan("plan.yaml", text), ruleset, policy)
    rewrite = report.goals[0].rewrite
    assert rewrite is not None
    return rewrite


def statement_of(ruleset: Ruleset, text: str) -> str:
    """The rewritten statement of one goal given as its text alone (no plan file)."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    return str(rewrite["statement"])


def relint(ruleset: Ruleset, statement: str) -> Any:
    return lint_text(plan_text(statement.replace('"', '\\"')), ruleset=ruleset).goals[0]


def test_seed_sentence_keeps_its_goal_and_gains_what_it_lacks(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Parent must make progress in individual therapy."))
    statement = rewrite["statement"]
    assert statement.startswith("Parent must attend individual therapy [how often, e.g. ")
    assert "until 2026-07-15." in statement  # the plan's next review, not an invented date
    assert "This will be shown by [evidence, e.g. " in statement
    assert "Progress will be reported to J. Alvarez [how often" in statement
    assert "J. Alvarez will tell Loraine whether they are on track within 7 days" in statement
    assert "progress in" not in statement
    goal = relint(ruleset, statement)
    assert [e for e in Element if not goal.elements[e]] == []
    assert {f.rule for f in goal.findings} <= {"structure.unfilled-placeholder"}
    assert rewrite["due"] == "2026-07-15"
    assert rewrite["measure"].startswith("[how often")
    assert rewrite["kind"] == "condition"


def test_actor_action_object_numbers_and_names_are_kept(ruleset: Ruleset) -> None:
    text = "Mother will attend IOP at Serenity House three times a week."
    statement = rewrite_of(ruleset, plan_text(text))["statement"]
    assert statement.startswith(text[:-1])  # nothing of the goal changes
    assert "intensive outpatient" not in statement  # no abbreviation rewritten away


def test_only_the_flagged_words_are_replaced(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Mother will participate in family therapy with Dr. Ruiz every 14 days.")
    )
    assert rewrite["statement"].startswith(
        "Mother will attend family therapy with Dr. Ruiz every 14 days"
    )
    assert "once a month" not in rewrite["statement"]


@pytest.mark.parametrize(
    ("vague", "concrete"),
    [
        ("Father will maintain sobriety.", "Father will have no positive or missed drug screens"),
        (
            "Mother will successfully complete a parenting program.",
            "Mother will complete a parenting program",
        ),
        ("Father will refrain from using drugs.", "Father will not use drugs"),
        ("Mother will follow all recommendations.", "Mother will complete [each recommendation"),
        (
            "Mother will submit to drug testing as directed.",
            "Mother will submit to drug testing [how often]",
        ),
        ("Father will visit the children regularly.", "Father will visit the children [how often]"),
        # "abide by" and "adhere to" say "follow", in the form written
        ("Abide by the rules of your placement.", "Follow the rules of your placement"),
        ("The fire drills must be adhered to at all times.", "The fire drills must be followed"),
        # a verb said before "and <adverb> participate in" is not said twice
        (
            "Mother will attend and meaningfully participate in visits with the child.",
            "Mother will attend visits with the child",
        ),
        # what is followed through is done to its end (never "attend the treatment plan")
        (
            "Mother will follow through with the treatment plan developed with her counsellor.",
            "Mother will complete the treatment plan developed",
        ),
    ],
)
def test_vague_words_give_way_to_their_concrete_counterpart(
    ruleset: Ruleset, vague: str, concrete: str
) -> None:
    assert rewrite_of(ruleset, plan_text(vague))["statement"].startswith(concrete)


@pytest.mark.parametrize(
    "ban",
    [
        "Mother will not allow the father in the home",
        "Father will stay away from the children's school",
        "She will not engage in criminal activity",
        # ... and a ban's later act (was "or [take part how, e.g. attend] whispered ...")
        "You will not be alone with the child or engage in whispered conversations",
        "Do not miss visits or engage in arguments with staff",
        "He isn't allowed at the house",
        "Mother won't allow the father in the home",
        "Children should not be involved in adult matters",
        "Help your child in avoiding places where drugs are used",
    ],
)
def test_a_ban_written_as_one_keeps_its_words(ruleset: Ruleset, ban: str) -> None:
    # a `negate:` fix turns "refrain from using" into "not use"; a ban that already says
    # "not" (or "n't", or "stay away") is checkable as written and must not become "not
    # have not allow" or "isnot have n't allowed"
    statement = rewrite_of(ruleset, plan_text(ban + "."))["statement"]
    assert statement.startswith(ban)
    assert "not have" not in statement.split("[")[0]


def test_compliance_is_paired_with_its_own_preposition(ruleset: Ruleset) -> None:
    # "comply with", "adhere to", "abide by": not "compliance to the judge" nor
    # "compliance by all parties", which say who reports or who complies
    statement = rewrite_of(
        ruleset, plan_text("The FDC judge reports the parent's compliance to the dependency judge.")
    )["statement"]
    assert statement.startswith("The FDC judge reports the parent's compliance to the dependency")


def test_an_agency_duty_stays_the_agencys_with_its_own_record(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("SSW will refer the family to parenting classes."))
    statement = rewrite["statement"]
    # its own words first; the label model may also ask how often (a referral is one act,
    # but it reads "refer ... to classes" as barely measurable)
    assert statement.startswith("SSW will refer the family to parenting classes")
    assert "by 2026-07-15." in statement
    assert "recorded in [the case record" in statement
    assert rewrite["kind"] == "support"
    assert relint(ruleset, statement).actor == "agency"


def test_a_safety_condition_stays_a_condition_with_evidence(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("No further physical violence in the home."))
    statement = rewrite["statement"]
    assert statement.startswith("No physical violence in the home")
    assert "This will be shown by [evidence" in statement
    assert "attend" not in statement.split("[")[0]  # not turned into a program


def test_poverty_becomes_help_the_agency_gives(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Mother must obtain stable housing before the children can return.")
    )
    statement = rewrite["statement"]
    assert rewrite["kind"] == "support"
    assert statement.startswith("Child Welfare Services will give Mother [help, e.g. a referral")
    assert "obtain [say what stable means here] housing" in statement  # the need, its words
    assert "before the children can return" not in statement  # no longer a condition
    assert relint(ruleset, statement).flags["poverty_condition"] is False


def test_undefined_needs_keep_their_noun(ruleset: Ruleset) -> None:
    """ "needs" left undefined asks which ones beside the word, never in its place ("put
    Lily's [which ones, by name] before her own")."""
    statement = statement_of(ruleset, "Mother will put the children's needs before her own.")
    assert "the children's needs [which ones, by name]" in statement
    # ... and so does the verb left without its object ("what credits they [which, by
    # name]" was no English)
    statement = statement_of(ruleset, "Youth must know what credits they need")
    assert "what credits they need [which, by name]" in statement


@pytest.mark.parametrize(
    ("text", "need", "condition"),
    [
        ("Mother must secure an apartment before the children can be returned.",
         "so that they can secure an apartment", "be returned"),
        ("Jess will need to have a stable income before Ruby can come home.",
         "so that they can have a [say what stable means here] income", "come home"),
        ("Father needs a reliable car to take the children to school.",
         "so that they can have a reliable car", None),
        ("Ms. Tremblay must secure an apartment prior to Noah returning to her care.",
         "so that they can secure an apartment", "returning"),
        # the action a placeholder took the place of is the need (was "so that they can
        # volunteer activities"), and how often stays asked (was "can put aside ...")
        ("Youth shall engage in work experience, job shadowing and/or volunteer activities.",
         "so that they can [take part how, e.g. attend] work experience", None),
        ("Will be able to regularly put aside some money for savings.",
         "so that they can [how often] put aside some money", None),
        # a duty said "Mother to have ..." (no "with Mother to have")
        ("Mother to have a stable income and to budget for the children's needs.",
         "so that they can have a [say what stable means here] income and budget", "and to"),
        # what they could not do is what the help is for (was "can be unable to maintain")
        ("The mother was unable to maintain stable housing.",
         "so that they can maintain [say what stable means here] housing", "unable"),
    ],
)  # fmt: skip
def test_a_poverty_need_is_help_without_its_return_condition(
    ruleset: Ruleset, text: str, need: str, condition: str | None
) -> None:
    """However the plan says the return waits on it ("before the children can be
    returned", "before Ruby can come home"), the help says the need alone; "needs a
    car" is help so that they can have one, never "can need"."""
    statement = statement_of(ruleset, text)
    assert need in statement
    assert condition is None or condition not in statement
    assert "can need" not in statement


def test_no_second_which_after_a_placeholder(ruleset: Ruleset) -> None:
    """A "[which ...]" right after another placeholder is asked by it already: it goes,
    with its word (was "the [each service, by name] [which, by name] to meet")."""
    statement = statement_of(
        ruleset,
        "Ensure that the family continues in the appropriate services needed to meet"
        " the children's needs.",
    )
    assert "the [each service, by name] to meet" in statement


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("It is not appropriate to use a temporary care agreement when there are serious care"
         " or protection concerns.", "It is not appropriate to use a temporary care agreement"),
        ("You do not have to make a statement to the police.",
         "You do not have to make a statement to the police"),
        ("The parent need not be present at the review.", "The parent need not be present"),
        ("First, DCS may ask the parents to sign an Informal Adjustment.",
         "First, DCS may ask the parents to sign"),
        ("The foster care worker may expect the parents to demonstrate techniques learned in"
         " weekly classes.", "The foster care worker may expect the parents to demonstrate"),
        ("For each In-home Safety Analysis Question to which you answer \u201cNo\u201d there must"
         " be a Condition For Return.", "For each In-home Safety Analysis Question"),
    ],
)  # fmt: skip
def test_what_no_one_has_to_do_is_no_behavior_to_ask(
    ruleset: Ruleset, text: str, said: str
) -> None:
    """What no one has to do, or it is not right to do, what someone may ask or expect, or
    what there must be, is said whole: never the behavior its verb would make ("use a
    temporary care agreement", "make a statement", "sign an Informal Adjustment", "be a
    Condition For Return")."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert str(rewrite["behavior"]).startswith(said)


def test_a_statutes_abbreviated_name_ends_no_sentence(ruleset: Ruleset) -> None:
    """The periods of "Neb. Rev. Stat." or "Tex. Fam. Code" are a citation's: the deadline
    goes after the sentence (was "Per Tex until [date]. Fam. Code ...")."""
    statement = statement_of(
        ruleset, "Per Tex. Fam. Code \u00a7 263.202, the parent must attend a status hearing."
    )
    assert statement.startswith("Per Tex. Fam. Code \u00a7 263.202, the parent must attend a")
    assert "[date]" not in statement.split("attend")[0]


def test_a_preposition_two_flagged_phrases_share_is_the_later_ones(ruleset: Ruleset) -> None:
    """ "involvement | in | a timely manner": the "in" opens the deadline, so the deadline is
    made and "involvement" stays (was "terminate Department attendance at a timely
    manner")."""
    statement = statement_of(
        ruleset,
        "The caseworker must monitor the case plan and terminate Department involvement in a"
        " timely manner.",
    )
    assert "terminate Department involvement by [date]" in statement


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a manner asks how (was "To [say exactly what] identify")
        ("To properly identify the needs of youth, caseworkers will administer this form"
         " annually.", "To [say how] identify"),
        ("Parents must supervise the children appropriately.", "supervise the children [say how]"),
        # what something bears on: which, and about what (was "information [which] to the
        # proceeding")
        ("The caseworker will provide information relevant to the proceeding.",
         "provide information [which, by name] about the proceeding"),
        # what is necessary to or for something: which, by name, needed (was "the
        # life-skills [which] to take care of a young baby"; dev.yaml)
        ("The plan is for the mother to learn the life-skills necessary to take care of a"
         " young baby.", "the life-skills [which, by name] needed to take care of"),
        ("Any other condition necessary for the safety of the child",
         "condition [which, by name] needed for the safety"),
        ("Provide the necessary documents to the worker.", "Provide the [which] documents"),
        # a condition stays one (was "[how far] that such resources are available")
        ("The department should provide transportation to the extent that such resources"
         " are available.", "provide transportation [how far] where such resources are"),
    ],
)  # fmt: skip
def test_a_placeholder_fits_the_words_it_stands_in(ruleset: Ruleset, text: str, said: str) -> None:
    assert said in statement_of(ruleset, text)


def test_a_which_inside_a_placeholders_words_goes_with_them(ruleset: Ruleset) -> None:
    """A "[which ...]" whose word the longer placeholder before it replaces already goes
    with that placeholder (was "receive [each service, by name] services": the word after
    the placeholder came back)."""
    statement = statement_of(ruleset, "Father will receive needed services.")
    assert statement.startswith("Father will receive [each service, by name] [how often")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[mother] had cooperated with school officials to address the child's attendance.",
         "had cooperated with school officials"),
        ("The caseworker included the caregivers in deciding who participated in the plan.",
         "who participated in the plan"),
    ],
)  # fmt: skip
def test_an_act_told_as_done_keeps_its_verb(ruleset: Ruleset, text: str, said: str) -> None:
    """A vague verb in the past is what was done: its words stay (was "had [do what with,
    e.g. meet once a month with] school officials", a slot that asks for an act to come);
    not after "has", which a goal may ask to show ("demonstrate that she has internalized
    ...", a rule example the invariant test rewrites)."""
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("You should take all necessary and appropriate steps to ensure your home is safe.",
         "take all [which] steps"),
        ("The parents must pay for all the child's necessary and reasonable medical needs.",
         "all the child's [which] medical needs"),
    ],
)  # fmt: skip
def test_a_bare_slot_joined_to_another_goes(ruleset: Ruleset, text: str, said: str) -> None:
    """A bare "[which]" or "[say exactly what]" joined by "and" to another placeholder asks
    nothing more: it goes with its "and" (was "all [which] and [say exactly what] steps")."""
    assert said in statement_of(ruleset, text)


def test_help_for_what_someone_did_not_do_names_them(ruleset: Ruleset) -> None:
    """A finding that someone did not meet a need ("mother did not maintain stable
    employment") is said as told, and help is given to them with it (was "with mother did
    not maintain", then "The agency will give mother [help ...] so that they can maintain
    ...": the finding made into the plan's words)."""
    statement = statement_of(ruleset, "mother did not maintain stable employment")
    assert statement.startswith(
        "Mother did not maintain [say what stable means here] employment. The agency will"
        " give mother [help"
    )
    assert "within [how many days] with this." in statement
    # (and "never": was "with she also never obtained ...", "will give Father never [help")
    statement = statement_of(ruleset, "She also never obtained stable housing or employment.")
    assert statement.startswith("She also never obtained [say what stable means here] housing")
    assert "will give Father [help" in statement_of(ruleset, "Father never found a job.")


@pytest.mark.parametrize(
    ("text", "said", "lost"),
    [
        # a hedge on whether it happens asks always or when not, whatever its word (was the
        # pack's default "[Say exactly what will be done]" in its place)
        ("Ordinarily, the Social Worker will advise the panel of their concerns.",
         "[Always, or say when not], the Social Worker will advise", "Say exactly what"),
        ("In most cases separate safety plans are written for each environment.",
         "[Always, or say when not] separate safety plans", "Say exactly what"),
        # "as many as possible" asks how many, whole (was "or [exactly how many] possible")
        ("Be present at all hearings in the case, or as many as possible.",
         "or [exactly how many]", "] possible"),
    ],
)  # fmt: skip
def test_a_hedge_is_replaced_whole(ruleset: Ruleset, text: str, said: str, lost: str) -> None:
    statement = statement_of(ruleset, text)
    assert said in statement
    assert lost not in statement


def test_an_attempt_a_ban_forbids_is_kept(ruleset: Ruleset) -> None:
    """ "attempt to" asks no effort when it is banned: "will not attempt to contact the
    victim" forbids the attempt too, so it stays (it was "will not contact the victim",
    which allows trying)."""
    statement = statement_of(ruleset, "Mother will not attempt to contact the victim.")
    assert "will not attempt to contact the victim" in statement
    statement = statement_of(ruleset, "Father will attempt to find a job.")
    assert "attempt to find" not in statement
    # ... nor is an attempt named as a thing dropped (real text, dev.yaml: was "The reach
    # the defendant by mail is ...", "in an renege on paying")
    statement = statement_of(
        ruleset,
        "The attempt to reach the defendant by mail is by far the most important of the three"
        " requirements.",
    )
    assert statement.startswith("The attempt to reach the defendant by mail is")
    statement = statement_of(
        ruleset,
        "A father who \u201cpurposely resigned\u201d from his job in an attempt to renege on"
        " paying maintenance fees has been ordered to pay R20 000 each month.",
    )
    assert "in an attempt to renege on paying" in statement
    statement = statement_of(
        ruleset,
        "If the child is still at risk following these efforts then the parents will be"
        " invited to a pre-proceedings meeting as a final attempt to avoid going to court.",
    )
    assert "as a final attempt to" in statement
    statement = statement_of(
        ruleset, "Resolve issues in a manner that attempts to minimize parental conflict."
    )
    assert "in a manner that minimizes parental conflict" in statement


def test_a_need_said_of_a_thing_keeps_all_its_words(ruleset: Ruleset) -> None:
    """A poverty concern said of a thing in the passive ("neglect is defined as ...") is
    no action of the parent's to say after "so that they can" (it was "so that they can
    define as the failure ...", the sentence's first words lost)."""
    text = (
        "According to Rhode Island General Laws Section 40-11-2, neglect is defined as the"
        " failure or refusal of a parent, guardian, or custodian to provide necessary care,"
        " supervision, and support for a child\u2019s physical or mental health. This includes"
        " but is not limited to adequate food, shelter, clothing, and medical care."
    )
    statement = statement_of(ruleset, text)
    assert "so that they can define" not in statement
    assert "According to Rhode Island General Laws Section 40-11-2, neglect is defined" in statement


@pytest.mark.parametrize(
    ("text", "kept", "never"),
    [
        # ... and so is one said of a thing in the active voice (was "so that they can
        # include things like acquiring and keeping a job ...")
        ("It may include things like acquiring and keeping a job; staying sober; attending"
         " therapy.", "It may include things like acquiring and keeping a job",
         "so that they can include"),
        # ... nor do the words before "not to be" name a need (was "so that they can be used
        # for alcohol, illegal drugs, gambling", its "NOT" lost)
        ("TANF benefits are NOT to be used for alcohol, illegal drugs, gambling, or other"
         " purposes not intended to meet basic needs.", "TANF benefits are NOT to be used",
         "can be used"),
        # ... while a pronoun stands for the parent (they are helped to find it), and a
        # question or a clause taken for a subject names no thing
        ("They must find stable housing.", "so that they can find", None),
        ("Do parents have a residence/stable home?", "so that they can have a residence", None),
        ("lived up to a promise to find steady employment", "so that they can find steady", None),
    ],
)  # fmt: skip
def test_a_need_said_of_a_thing_is_told_as_written(
    ruleset: Ruleset, text: str, kept: str, never: str | None
) -> None:
    statement = statement_of(ruleset, text)
    assert kept in statement
    assert never is None or never not in statement


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        # the help is given on the goal's own condition or occasion (was "The agency will
        # give the young adult [help ...] so that they can be employed ...", its "If" lost)
        ("If the young adult's qualifying activity is employment, the young adult must be"
         " employed at least 80 hours per month.",
         "If the young adult's qualifying activity is employment, the agency will give"),
        ("After the mother's death, the father was required to comply with a case plan that"
         " included securing adequate housing.", "After the mother's death, the agency will"),
        ("In both arrangements, the caregiver is responsible for providing a safe environment"
         " that meets the child's basic needs for food, clothing, and shelter.",
         "In both arrangements, the agency will give the caregiver"),
        # ... never a clause of someone's, nor a purpose (the help is no one's purpose)
        ("I agree that to stay sober, I must find stable housing.", "The agency will give"),
        ("To be eligible for the program, young adults must be employed at least 80 hours"
         " per month.", "The agency will give"),
    ],
)  # fmt: skip
def test_help_keeps_the_goals_condition(ruleset: Ruleset, text: str, opens: str) -> None:
    assert statement_of(ruleset, text).startswith(opens)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a period a comma follows is an abbreviation's, no sentence's end: nothing is put
        # inside it (was "et seq [how often, e.g. every two weeks] until [date]., if ...")
        ("Pursuant to the Georgia Compulsory Attendance Statute, O.C.G.A. & 20-2-690, et"
         " seq., if your student's attendance does not improve, this situation may be"
         " reported to the courts for enforcement.", "et seq., if your student's"),
        ("Be enrolled for or have completed the number of hours, or the equivalent, to be"
         " considered a full-time student under subparagraph (a)4., unless the young adult"
         " qualifies for an exception under subparagraph (a)4.", "subparagraph (a)4., unless"),
    ],
)  # fmt: skip
def test_a_period_before_a_comma_ends_no_sentence(ruleset: Ruleset, text: str, kept: str) -> None:
    assert kept in statement_of(ruleset, text)


def test_benefit_names_come_from_the_locale(ruleset: Ruleset) -> None:
    text = plan_text("Father will obtain full-time employment.")
    default = rewrite_of(ruleset, text)["statement"]
    california = rewrite_of(ruleset, text, Policy(locale="us-ca"))["statement"]
    assert "SNAP" in default and "CalFresh" not in default
    assert "CalFresh" in california


def test_the_feedback_loop_is_policy(ruleset: Ruleset) -> None:
    text = plan_text("Mother will attend 12 parenting classes by June 30, 2026.")
    assert (
        "within 3 days of each report"
        in rewrite_of(ruleset, text, Policy(feedback_days=3))["statement"]
    )


def test_judgment_is_replaced_by_what_was_observed(ruleset: Ruleset) -> None:
    statement = rewrite_of(
        ruleset, plan_text("Mother is manipulative and will attend 10 parenting classes.")
    )["statement"]
    assert "manipulative" not in statement
    assert "Mother is [seen or heard doing what, and when]" in statement


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Abusive, disruptive or aggressive behaviour and offensive remarks will not be "
         "tolerated.", "Abusive, disruptive or aggressive behaviour and offensive remarks will "
         "not be allowed"),
        ("Lancaster Care will not tolerate any form of discriminatory behaviour.",
         "Lancaster Care will not allow any form of discriminatory behaviour"),
    ],
)  # fmt: skip
def test_a_ban_said_as_intolerance_stays_a_ban(ruleset: Ruleset, text: str, start: str) -> None:
    """ "will not be tolerated" judges (its finding stays), but what it forbids is a ban:
    the rewrite says "not allowed", never "[what was seen or heard, and when]"."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)
    assert "seen or heard" not in statement


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # quoted from a parent's guide (dev.yaml)
        ("You need to use your own good judgment.",
         "You need to use your own judgment [say which decisions, and what is expected]"),
        ("Foster parents shall exercise sound judgement in caring for children.",
         "Foster parents shall exercise judgement [say which decisions, and what is expected]"
         " in caring for children"),
    ],
)  # fmt: skip
def test_good_judgment_asked_of_someone_asks_which_decisions(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "use good judgment" asks a standard nobody wrote down: the rewrite keeps the act and
    asks for the decisions and what is expected, never "use your own [what was seen or
    heard, and when]", a finding's placeholder that reads as nonsense in a duty."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)
    assert "seen or heard" not in statement


def test_a_plain_language_wording_with_a_fix_is_replaced(ruleset: Ruleset) -> None:
    # drug-testing.clean-dirty is plain language, not judgment, and its fix still applies
    goal = relint(ruleset, "Father tested dirty twice in March.")
    assert {f.rule for f in goal.findings} >= {"drug-testing.clean-dirty"}
    assert not goal.flags["judgmental_language"]
    statement = rewrite_of(ruleset, plan_text("Father tested dirty twice in March."))["statement"]
    assert "Father tested positive twice in March" in statement


def test_fields_invent_no_numbers_or_frequencies(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Mother will participate in therapy."))
    for key in ("behavior", "measure"):
        outside = rewrite[key].split("[")[0]
        assert not any(ch.isdigit() for ch in outside), rewrite[key]
    assert rewrite["measure"].startswith("[how often")


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
    assert "This will be shown by" not in added  # it has its evidence already
    assert rewrite["due"] == "2026-04-30"
    relinted = relint(ruleset, statement)
    assert all(relinted.elements.values())


def test_structured_fields_written_by_the_user_are_kept(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(
        ruleset, plan_text("Parent must make progress in therapy.", "    cadence: biweekly\n")
    )
    assert rewrite["cadence"] == "biweekly"


def test_rewriting_is_deterministic(ruleset: Ruleset) -> None:
    text = plan_text("Mother must cooperate and successfully complete a parenting program.")
    assert rewrite_of(ruleset, text) == rewrite_of(ruleset, text)


def test_a_suggestion_never_brings_findings_of_its_own(ruleset: Ruleset) -> None:
    """The substance-use suggestions name a "treatment program", which a rule flags as
    unnamed: the rewrite falls back to plain suggestions rather than add a finding."""
    statement = rewrite_of(ruleset, plan_text("Mother will maintain sobriety."))["statement"]
    goal = relint(ruleset, statement)
    assert {f.rule for f in goal.findings} <= {"structure.unfilled-placeholder"}


@pytest.mark.parametrize(
    "text", ["Maintain regular contact with the child.", "Maintain ongoing and regular contact."]
)
def test_contact_asked_how_often_lints_clean(ruleset: Ruleset, text: str) -> None:
    """ "Maintain regular contact" becomes "Maintain contact [how often]": its placeholder
    asks how often, so the rewrite, linted again, is not flagged for "maintain contact"."""
    statement = rewrite_of(ruleset, plan_text(text))["statement"]
    assert statement.startswith("Maintain contact [how often]")
    goal = relint(ruleset, statement)
    assert "vague.frequency-word" not in {f.rule for f in goal.findings}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # the domain's record that names what the goal names (was "the signed IEP or 504
        # plan" for every school goal, "the caseworker's home-visit checklist" for a lease)
        ("Parent must ensure that the child gets to school every day.",
         "the school's attendance record"),
        ("Mother will sign a lease.", "the signed lease or rental agreement"),
        ("Father will keep the children's immunizations up to date.", "the immunization record"),
        ("Submit to hair follicle testing.", "hair follicle test results"),
        # ... else the usual one, not one that shares a word naming something else ("a
        # urinalysis test" is no hair follicle test; "out of the house" no housing)
        ("Be ready to take a urinalysis test at any time.", "the lab's weekly results report"),
        ("Keep drugs out of the house.", "the caseworker's home-visit checklist"),
    ],
)  # fmt: skip
def test_the_evidence_suggested_names_what_the_goal_names(
    ruleset: Ruleset, text: str, evidence: str
) -> None:
    statement = rewrite_of(ruleset, plan_text(text))["statement"]
    assert f"[evidence, e.g. {evidence}" in statement


def test_the_domain_is_the_one_the_goal_is_about(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, plan_text("Attend AA or alcohol education classes."))
    assert rewrite["domain"] == "substance-use"


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # what someone gains from is no income (was employment-income, its evidence "pay
        # stubs or an employer's letter" for anger management classes)
        ("Father will benefit from anger management classes.", "domestic-violence"),
        ("Mother will apply for benefits by May 1.", "employment-income"),
        ("Mother will apply for housing benefit by May 1.", "employment-income"),
    ],
)
def test_benefits_are_income_and_benefiting_from_is_not(
    ruleset: Ruleset, text: str, domain: str
) -> None:
    assert rewrite_of(ruleset, plan_text(text))["domain"] == domain


@pytest.mark.parametrize(
    "text", ["Remain drug and alcohol free.", "Abstinence from use of drugs and alcohol"]
)
def test_abstinence_is_shown_by_tests(ruleset: Ruleset, text: str) -> None:
    """A goal asking for total abstinence is shown by drug tests (the testing pack's
    `shows`), not by the treatment groups the alcohol it names would suggest."""
    rewrite = rewrite_of(ruleset, plan_text(text))
    assert rewrite["domain"] == "drug-testing"
    assert "[action, e.g. take every drug test" in rewrite["statement"]
    assert "group" not in rewrite["statement"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Father is engaged in therapy.", "Father attends therapy"),
        ("Mother was engaged in counseling.", "Mother attended counseling"),
    ],
)
def test_being_engaged_in_is_attending(ruleset: Ruleset, text: str, said: str) -> None:
    """ "is engaged in therapy" was "is attended therapy": the "is" goes with "engaged"."""
    assert statement_of(ruleset, text).startswith(said)


def test_clean_and_sober_is_rewritten_whole(ruleset: Ruleset) -> None:
    statement = rewrite_of(ruleset, plan_text("Mother will remain clean and sober."))["statement"]
    assert statement.startswith("Mother will have no positive or missed drug screens until")


def test_placeholders_are_listed(ruleset: Ruleset) -> None:
    rewrite = rewrite_of(ruleset, "goals:\n  - Parent must make progress in therapy.\n")
    assert "date" in rewrite["placeholders"]
    assert any(p.startswith("how often") for p in rewrite["placeholders"])
    assert "the caseworker" in rewrite["statement"]


def test_pronouns_follow_the_plan(ruleset: Ruleset) -> None:
    case = CASE.replace('name: "Loraine"}', 'name: "Loraine", pronouns: she/her}')
    statement = rewrite_of(ruleset, plan_text("Mother will attend therapy.", case=case))[
        "statement"
    ]
    assert "whether she is on track" in statement
    assert (
        "whether they are on track"
        in rewrite_of(ruleset, plan_text("Mother will attend therapy."))["statement"]
    )


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Mother will participate in visits with the children twice a week.", "twice a week"),
        ("Complete at least 80 hours per month of community service.",
         "at least 80 hours per month"),
    ],
)  # fmt: skip
def test_a_measure_keeps_the_period_its_count_is_in(
    ruleset: Ruleset, text: str, measure: str
) -> None:
    """ "twice" and "a week" are matched apart; the measure in the goal's words is both
    ("How often: Twice." in the parent's handout)."""
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None and goal.rewrite["measure"] == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Check in weekly or monthly with a Drug Court Case Manager.", "weekly or monthly"),
        ("Attend NA meetings once or twice a week.", "once or twice a week"),
        # a range of how often too (was "weekly"); a range of how long is no choice
        ("Participants are required to appear before the judge anywhere from weekly to"
         " monthly, depending on their phase.", "weekly to monthly"),
        ("At a high level, the process requires commitment from both parents to engage in"
         " Parenting Coordination for a period of time which ranges from 6 months to 2 years.",
         "6 months"),
    ],
)  # fmt: skip
def test_a_measure_keeps_its_choice(ruleset: Ruleset, text: str, measure: str) -> None:
    """A choice of frequencies is the measure whole ("How often: Weekly." dropped the
    "or monthly" the parent may keep to)."""
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None and goal.rewrite["measure"] == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("twice-monthly court appearances", "twice-monthly"),
        ("Reviews take place six-monthly, or earlier if circumstances change.", "six-monthly"),
    ],
)
def test_a_measure_is_the_whole_hyphenated_word(ruleset: Ruleset, text: str, measure: str) -> None:
    """A frequency matched inside a hyphenated word is that word, not a new "twice"."""
    plan = plan_of_texts([text])
    goal = rewrite_plan(plan, ruleset).goals[0]
    assert goal.rewrite is not None and goal.rewrite["measure"] == measure
    hits = list(ruleset.analyzer.hits([text]))
    item = Labelled(text=text, labels=frozenset({"vague"}), domain=None, line=1)
    assert check_goal(item, goal, hits[0], ruleset).results["invents_nothing"]


def test_a_due_date_written_as_iso_invents_nothing(ruleset: Ruleset) -> None:
    """`due` is the original's own date as YYYY-MM-DD ("March 31, 2017" is 2017-03-31): the
    rewrite check does not count its "03" as a number the rewrite made up."""
    text = "The court ordered Father to submit to a hair follicle test on or before March 31, 2017."
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None and goal.rewrite["due"] == "2017-03-31"
    hits = list(ruleset.analyzer.hits([text]))
    item = Labelled(text=text, labels=frozenset({"vague"}), domain=None, line=1)
    assert check_goal(item, goal, hits[0], ruleset).results["invents_nothing"]


def test_an_element_read_alone_but_not_beside_the_additions_is_added_too(
    ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The label model weighs the whole rewritten statement: when an element it found in
    the goal's own words is no longer found beside the additions, the rewrite adds that
    element's sentence too instead of leaving the goal lacking it."""
    from reunify_cli.rewrite import statement as module

    readings = iter(
        [
            {e: e is not Element.REPORTING_CADENCE for e in Element},  # the goal's words
            {e: e is not Element.TIME_LIMITED for e in Element},  # beside the cadence
            dict.fromkeys(Element, True),  # beside the cadence and the deadline
        ]
    )
    monkeypatch.setattr(module, "elements_of", lambda statement, ruleset: next(readings))
    rewrite = rewrite_of(ruleset, plan_text("Mother will attend 12 parenting classes."))
    assert "[date]" in rewrite["statement"] or "2026-07-15" in rewrite["statement"]
    assert next(readings, None) is None  # read again after each round of additions


def _first_sentence(ruleset: Ruleset, text: str) -> str:
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None
    return str(goal.rewrite["statement"]).split(". ")[0]


def test_agree_to_keeps_its_to(ruleset: Ruleset) -> None:
    # "will to" is what is left when "be willing" goes; "agree to" is English
    first = _first_sentence(ruleset, "The parents agree to take part in a parenting assessment.")
    assert first.startswith("The parents agree to attend a parenting assessment")


def test_a_list_item_loses_its_link_to_the_next_one(ruleset: Ruleset) -> None:
    # "...; and" quoted from a list of duties: the rewrite is a goal of its own, not
    # "... until [date]; and."
    text = "Mother will review the safety plan with the worker regularly; and"
    statement = rewrite_of(ruleset, plan_text(text))["statement"]
    assert "; and" not in statement and " and." not in statement
    assert statement.startswith("Mother will review the safety plan with the worker [how often]")


@pytest.mark.parametrize(
    "text",
    [
        "Avoid or reduce family conflict that impacts upon the children.",
        "Father will refrain from or eliminate the acts found at the hearing.",
        "Finish the parenting class early, to avoid any delay in your case.",
        # ... or a way to be spared something (was "A parent can not have the fines")
        "A parent can avoid the fines by showing that the school did not notify them.",
        "The worker will help the family avoid removal.",
        # ... or why, before what is asked (real text, dev.yaml; was "To not have distress")
        "To avoid distress for children having contact, parents must arrive within 15 minutes"
        " of the agreed meeting time.",
    ],
)
def test_no_not_where_the_ban_has_no_place_for_one(ruleset: Ruleset, text: str) -> None:
    # two verbs sharing an object ("not have or reduce" says something else), or an
    # "avoid" that says why, not what: the words stay
    first = _first_sentence(ruleset, text)
    assert first.startswith(text.rstrip("."))
    assert "not have" not in first


def test_a_clause_without_its_subject_names_nobody_to_help(ruleset: Ruleset) -> None:
    statement = rewrite_of(ruleset, plan_text("lived up to a promise to find steady employment"))[
        "statement"
    ]
    assert statement.startswith("Child Welfare Services will give Loraine [help")  # `people:`
    assert "give lived" not in statement


def test_words_replaced_one_by_one_leave_one_placeholder(ruleset: Ruleset) -> None:
    first = _first_sentence(ruleset, "Sufficient meaningful discussion of the case plan tasks.")
    assert first.startswith("[Say exactly what] discussion of the case plan tasks")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Complete a parenting class.", "by"),  # a one-off task
        ("Psychological evaluation", "by"),  # a fragment naming one
        ("Family counseling", "until"),  # kept up
        ("Ensure the safety of the children.", "until"),  # not the suggested action's
        # an end the goal sets by an event asks when that event is due, not "until
        # she has completed treatment until [date]"
        ("Have no contact with the child until she has completed treatment.", ", expected by"),
        # an action that goes on, said with how often, is kept up whatever its object
        ("Attend therapy appointments every Tuesday.", "until"),
        ("Attend the intake appointment.", "by"),
    ],
)
def test_the_deadline_word_is_the_goals_own(ruleset: Ruleset, text: str, word: str) -> None:
    """ "by [date]" for a task done once, "until [date]" for one kept up: read from the
    goal's first sentence, not from the action the rewrite suggests after it."""
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None
    assert f"{word} [date]" in goal.rewrite["statement"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Mother participates in family therapy.", "Mother attends family therapy"),
        ("Mother is participating in individual therapy.", "Mother is attending individual"),
        ("Father participated in the parenting class.", "Father attended the parenting class"),
        (
            "Submit a form for each child participating in visits.",
            "Submit a form for each child attending visits",
        ),
        ("Mother remains engaged in therapy.", "Mother keeps attending therapy"),
        ("Father maintains sobriety.", "Father has no positive or missed drug screens"),
        ("Father refrains from using drugs.", "Father does not use drugs"),
        ("Father refrained from using drugs.", "Father did not use drugs"),
        ("Refrain from using drugs.", "Do not use drugs"),
        ("Father has refrained from using drugs.", "Father has refrained from using drugs"),
        # an -ing replacement after a possessive: the person doing it, not "child's following"
        (
            "Encourage and facilitate your child's compliance with drug testing.",
            "Encourage and facilitate your child following drug testing",
        ),
        (
            "Ensure my (son/daughter)\u2019s compliance with SART directives.",
            "Ensure my (son/daughter) following SART directives",
        ),
        # its adjective said as an adverb of the act, and "out of" as "not" (dev.yaml)
        (
            "An extension is conditioned on the parent\u2019s substantial compliance with "
            "existing terms.",
            "An extension is conditioned on the parent substantially following existing terms",
        ),
        (
            "If a juvenile is out of compliance with conditions of supervision, the receiving "
            "state shall notify the sending state.",
            "If a juvenile is not following conditions of supervision, the receiving state",
        ),
        # where no "following" fits, how well the person follows, or whether the thing is
        # still followed (was "Their following treatment", "determine continued following
        # the regulations")
        (
            "Their compliance with treatment and drug testing will be addressed.",
            "How well they follow treatment and drug testing will be addressed",
        ),
        (
            "We are monitored on our compliance with these.",
            "We are monitored on how well we follow these",
        ),
        (
            "The agency shall conduct annual studies to determine continued compliance with "
            "the regulations.",
            "The agency shall conduct annual studies to determine whether the regulations are "
            "still followed",
        ),
        # ... but what hangs on it keeps the possessive's "following"
        (
            "Contingent upon his compliance with the drug-testing regime, the father shall "
            "spend time with the child.",
            "Contingent upon his following the drug-testing regime, the father shall",
        ),
    ],
)
def test_a_replacement_takes_the_form_of_the_words_it_replaces(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "participates in" is "attends", not "attend"; a ban keeps its tense ("does not",
    "did not"), an imperative stays one ("Do not"); where no form fits ("has refrained
    from": "has not used" needs a participle the fix does not give) the words stay."""
    assert _first_sentence(ruleset, text).startswith(start)


def test_inflect_follows_english() -> None:
    from reunify_cli.rewrite.fixes import inflect

    assert [inflect("attend", f) for f in ("s", "ed", "ing", "")] == [
        "attends",
        "attended",
        "attending",
        "attend",
    ]
    assert [inflect("use", f) for f in ("s", "ed", "ing")] == ["uses", "used", "using"]
    assert [inflect("finish", f) for f in ("s", "ed", "ing")] == [
        "finishes",
        "finished",
        "finishing",
    ]
    assert [inflect("have", f) for f in ("s", "ed", "ing")] == ["has", "had", "having"]
    assert inflect("keep", "ed") == "kept" and inflect("meet", "ing") == "meeting"
    assert [inflect("apply", f) for f in ("s", "ed", "ing")] == ["applies", "applied", "applying"]
    assert inflect("stay", "s") == "stays" and inflect("stay", "ed") == "stayed"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("She is trying to get some training.", "She is getting some training"),
        # an attempt in the past is what happened (was "She was getting some training")
        ("She was trying to get some training.", "She was trying to get some training"),
        ("Mother tries to attend every visit.", "Mother attends every visit"),
        # ... and so does a verb joined right after it (was "Locating or follow the
        # protected person")
        ("Father tries to attend or call every week.", "Father attends or calls every week"),
        ("attempting to locate or follow the protected person",
         "Locating or following the protected person"),
        ("Mother will try to attend every visit.", "Mother will attend every visit"),
        # ... and so does a dropped "make an effort" before its "to" (was "Father to call the
        # worker", "you are to take responsibility"); one made in the past stays, what
        # happened (never "Father attended the visits", nor "she has completed")
        ("Father made an effort to attend the visits.", "Father made an effort to attend the"),
        ("She has attempted to complete the requirements of her case plan.",
         "She has attempted to complete the requirements"),
        # ... and so does an attempt said in a clause of its own (was "as you get your
        # child or children back")
        ("Be honest with the caseworker, as falsehoods will work against you as you try to"
         " get your child back.", "Be honest with the caseworker, as falsehoods will work"
         " against you as you try to get your child back"),
        # ... and so does another's attempt (was "what to do if someone touch them")
        ("Mother will teach the children what to do if someone tries to touch them.",
         "Mother will teach the children what to do if someone tries to touch them"),
        ("Father makes an effort to call the worker.", "Father calls the worker"),
        # ... and a verb after "to" that the lexicon does not know is still a verb (was
        # "while restore eligibility"), and so is one past an adverb (was "Mother fully
        # comply")
        ("The youth may stay enrolled while attempting to restore eligibility.",
         "The youth may stay enrolled while restoring eligibility"),
        ("Mother tries to fully keep the plan.", "Mother fully keeps the plan"),
        ("Mother tries to reply promptly to the worker.", "Mother replies promptly to the"),
        # efforts the fix names as steps are steps taken, not made (was "[Which steps]
        # shall be made to prevent", "[which steps] is made to reunify")
        ("Reasonable efforts shall be made to prevent the removal of the child from the home.",
         "[Which steps] shall be taken to prevent the removal"),
        ("The agency will ensure every effort is made to reunify the family.",
         "The agency will ensure [which steps] are taken to reunify the family"),
        # (an order's "be" too: was "order that [which steps] be made to place them")
        ("The court shall order that every reasonable effort be made to place them together.",
         "The court shall order that [which steps] be taken to place them together"),
        # ... and taken by whoever made them (was "make [which steps] to work around",
        # "must have made a [which steps]", "the [which steps] made", "to be made")
        ("Therapists work with families in their homes and make every effort to work around"
         " a family's schedule.", "Therapists work with families in their homes and take "
         "[which steps] to work around"),
        ("The department must have made a reasonable effort to provide services.",
         "The department must have taken [which steps] to provide services"),
        ("She made every effort to attend the visits.", "She took [which steps] to attend"),
        ("Making reasonable efforts to assist Father in finding a home.",
         "Taking [which steps] to assist Father"),
        ("The report lists the reasonable efforts made by the agency.",
         "The report lists the [which steps] taken by the agency"),
        ("In determining reasonable efforts to be made and in making such reasonable efforts,"
         " the child's health must be the paramount concern.", "In determining [which steps] "
         "to be taken and in taking such [which steps], the child's"),
        # ... and a verb joined after the words dropped keeps its place, with a placeholder
        # whose "of" has nothing after it made whole (was "needed to and [what counts as
        # progress, e.g. complete each step of] until ...")
        ("Mother needed to make an effort and show progress.",
         "Mother needed to [what counts as progress, e.g. complete each step of the plan] "),
        ("You are making an effort to take responsibility for your children.",
         "You are taking responsibility for your children"),
        ("Mother will avoid [father] at all times.", "Mother will stay away from [father]"),
        # ... or a party the order names (was "to not have petitioner and the children")
        ("D.H.\u2019s bond condition to avoid petitioner and the children",
         "D.H.\u2019s bond condition to stay away from petitioner and the children"),
        ("Father avoids the children's mother.", "Father stays away from the children's mother"),
        ("Mother will avoid places where drugs are used.", "Mother will stay away from places"),
        ("Avoid adult conversations.", "Do not have adult conversations"),
        # conduct is engaged in, never had (was "to not have conduct harmful to the child")
        ("Order the parents to refrain from conduct harmful to the child.",
         "Order the parents to not engage in conduct harmful to the child"),
        ("Father will avoid violent behaviour at visits.",
         "Father will not engage in violent behaviour at visits"),
        # a command after the clause it opens with ("Once you leave,") is still one
        ("Once you leave, avoid staying completely alone.",
         "Once you leave, do not stay completely alone"),
        ("A parent must substantially comply with the plan's requirements.", "A parent must [do "
         "what, e.g. complete each step of] the plan's requirements"),
        # being cooperative with someone is doing something with them (never "[do what,
        # e.g. complete each step of] with the caseworker")
        # following an act named in -ing is that act (was "I must follow taking these
        # medications"); following a thing stays "follow"
        ("I must comply with taking these medications.", "I must take these medications"),
        ("Father complied with taking his medication.", "Father took his medication"),
        ("Mother will follow through with completing the parenting program.",
         "Mother will complete the parenting program"),
        ("Mother will comply with drug testing.", "Mother will follow drug testing"),
        ("Mother will remain cooperative with the caseworker.", "Mother will [do what, e.g. "
         "meet once a month] with the caseworker"),
        ("Be cooperative with the Department of Social Services.", "[Do what, e.g. meet once a "
         "month] with the Department"),
        # so is taking part with someone ("stay involved with your child" was "[take part
        # how, e.g. attend] with your child")
        ("You want to stay involved with your child.",
         "You want to [do what, e.g. meet once a month] with your child"),
        # being supportive of something is doing something to support it (never "must be
        # [say exactly what] of the children's relationships")
        ("Parents must be supportive of the children's relationships with their siblings.",
         "Parents must [do what, e.g. take the children to each visit] to support the "
         "children's relationships"),
    ],
)  # fmt: skip
def test_dropped_and_negated_words_leave_english(ruleset: Ruleset, text: str, start: str) -> None:
    """What a dropped "try to" leaves takes its form; "avoid" a person or a place is
    staying away from them (not "not have [father]"); a placeholder standing for a verb
    keeps the object that follows a verb."""
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None and goal.rewrite["statement"].startswith(start)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Call your sponsor every week. Avoid adult conversations with the children.",
         ". Do not have adult conversations with the children"),
        # a room is a place: staying away from it (never "Not have rooms")
        ("Find a safe place to go during arguments. Avoid rooms with no exits or rooms with "
         "weapons (kitchen).", ". Stay away from rooms with no exits"),
    ],
)  # fmt: skip
def test_a_later_sentences_command_is_negated_as_one(
    ruleset: Ruleset, text: str, said: str
) -> None:
    """A sentence before a command ("... every week. | Avoid ...") leaves it a command: its
    "not" is "Do not", as at the start of the goal (it was "Not have adult conversations")."""
    goal = rewrite_plan(plan_of_texts([text]), ruleset).goals[0]
    assert goal.rewrite is not None and said in goal.rewrite["statement"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a clause the reading took for a subject, a thing, a pronoun: the plan's person
        (
            "The court found both children were neglected and ordered her to obtain housing.",
            "Child Welfare Services will give Loraine [help",
        ),
        # (said of a thing, its words are told first: "... with this")
        (
            "Case plans must address stable housing.",
            "Case plans must address [say what stable"
            " means here] housing. Child Welfare Services will give Loraine",
        ),
        ("They must obtain stable housing.", "Child Welfare Services will give Loraine [help"),
        # a role keeps its words, "The" in the middle of the sentence in lower case
        ("The father must obtain stable housing.", "Child Welfare Services will give the father"),
        ("Both parents were to secure employment.", "Child Welfare Services will give both"),
    ],
)
def test_help_is_given_to_someone(ruleset: Ruleset, text: str, start: str) -> None:
    assert rewrite_of(ruleset, plan_text(text))["statement"].startswith(start)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("cooperate with announced and unannounced visits",
         "[Take part how, e.g. attend] announced and unannounced visits"),
        ("Father will cooperate with random drug testing.",
         "Father will [take part how, e.g. attend] random drug testing"),
        ("Keep all appointments set by DCF and cooperate with DCF home visits.",
         "and [take part how, e.g. attend] DCF home visits"),
        # a person or an agency keeps the slot for what is done with them
        ("Mother must cooperate with the Agency.",
         "Mother must [do what with, e.g. meet once a month with] the Agency"),
        ("Cooperate with the therapist and attend sessions.",
         "[Do what with, e.g. meet once a month with] the therapist and attend sessions"),
        # "in cooperation with" says how a thing is done (was "developed in [what is done
        # with, e.g. monthly meetings with] the child")
        ("The family services agreement shall be developed in cooperation with the child.",
         "shall be developed [how, e.g. at meetings with] the child"),
    ],
)  # fmt: skip
def test_cooperating_with_an_activity_is_taking_part_in_it(
    ruleset: Ruleset, text: str, said: str
) -> None:
    """ "cooperate with drug treatment" was "[do what with, e.g. meet once a month with] drug
    treatment": a slot for a person, before a thing."""
    assert said in statement_of(ruleset, text)


def test_a_condition_replaced_by_a_placeholder_opens_no_need(ruleset: Ruleset) -> None:
    """ "If possible put aside money" was help "with [say when it does not apply] put aside
    money": the need is the act after the condition."""
    text = "If possible put aside money for this day: Credit cards, checks, bank books, etc."
    statement = rewrite_of(ruleset, plan_text(text))["statement"]
    assert "within [how many days] so that they can put aside money for this day" in statement


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a fragment's article follows "with" in lower case (was "with A [say what ...]")
        ("A stable and safe home environment: This means a clean, secure residence.",
         "within [how many days] with a [say what stable means here] and safe home"),
        ("Proof of income", "within [how many days] with proof of income"),
    ],
)  # fmt: skip
def test_the_need_a_fragment_names_follows_with_in_lower_case(
    ruleset: Ruleset, text: str, said: str
) -> None:
    assert said in rewrite_of(ruleset, plan_text(text))["statement"]


def test_the_need_after_can_is_in_its_base_form(ruleset: Ruleset) -> None:
    statement = rewrite_of(ruleset, plan_text("obtaining a legal source of income"))["statement"]
    assert "can obtain a legal source of income" in statement


def test_a_time_of_day_does_not_end_a_sentence() -> None:
    from reunify_cli.rewrite.fixes import sentence_case

    assert sentence_case("from 4.00pm to 6.00pm. on wednesday") == (
        "From 4.00pm to 6.00pm. on wednesday"
    )
    # ... written apart too (was "by 4:00 pm. On 1 December")
    assert sentence_case("by 4:00 pm. on 1 December") == "By 4:00 pm. on 1 December"


def test_keeping_words_does_not_count_inflection() -> None:
    """The `keeps_words` check compares words without their endings: a rewrite that says
    "can secure stable housing" keeps "securing stable housing"."""
    from reunify_cli.rewrite.checks import content_words

    assert content_words("securing stable housing") == content_words("secure stable housing")
    assert content_words("making arrangements") == content_words("make arrangement")
    assert content_words("attends sessions") == content_words("attending session")


def test_nothing_is_added_inside_a_placeholder(ruleset: Ruleset) -> None:
    """ "encouraged to" becomes "[asked? say whether it is required] to": its "?" ends no
    sentence, so the deadline goes after the goal's words, not into the placeholder."""
    text = "Other parent is encouraged to participate in the visits and report on them."
    statement = statement_of(ruleset, text)
    assert "[asked? say whether it is required] to" in statement
    assert "required] to attend the visits and report on them by [date]." in statement


def test_a_web_address_keeps_its_letters() -> None:
    from reunify_cli.rewrite.fixes import sentence_case

    assert sentence_case("or visit www.fosterclub.com until [date].") == (
        "Or visit www.fosterclub.com until [date]."
    )


def test_a_first_person_goal_keeps_its_voice(ruleset: Ruleset) -> None:
    """The action a first-person goal lacks is added in its voice ("I will [action ...]"),
    not as "The parent will ..." after "I will ..."."""
    text = "I will make sure they know they don't need money to dial an emergency number."
    statement = statement_of(ruleset, text)
    assert ". I will [action, e.g." in statement
    assert "The parent will" not in statement


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The court may require parents to attend this course when those parents are involved"
         " in a custody proceeding.", "when those parents are involved in a custody proceeding"),
        ("Professionals who are involved in your child's care will meet monthly.",
         "Professionals who are involved in your child's care"),
    ],
)  # fmt: skip
def test_what_a_clause_says_is_so_is_not_asked(ruleset: Ruleset, text: str, said: str) -> None:
    """ "be involved in" asked is "attend"; said of what is so, in a clause of its own, it
    stays (was "when those parents attend a custody proceeding", "Professionals who attend
    your child's care")."""
    assert said in statement_of(ruleset, text)


def test_the_writers_view_is_not_the_parents_voice(ruleset: Ruleset) -> None:
    """ "We feel ..." is the writer's view, not a first-person plan: the action it lacks is
    the parent's (was "We will [action, e.g. ...]")."""
    statement = statement_of(ruleset, "We feel strongly both parents need treatment.")
    assert ". The parent will [action, e.g." in statement
    assert "We will" not in statement
    # ... and so is a program's "we" that asks nothing of itself (was "We will [action,
    # e.g. attend every scheduled substance use treatment program group]")
    text = (
        "We use a Recovery Capital model which focuses attention not just on substance use"
        " disorder, but also on physical and mental health, housing and food security,"
        " community support and connection."
    )
    assert "We will" not in statement_of(ruleset, text)
    text = "We will make sure the children get to school on time."
    assert "The parent will" not in statement_of(ruleset, text)


def test_a_thing_named_by_treatment_is_no_unnamed_treatment(ruleset: Ruleset) -> None:
    """ "the assessment and treatment planning" names the planning, not a treatment to be
    named (was "the assessment and [which treatment, by name] planning")."""
    text = "Parents will take part in the assessment and treatment planning for their children."
    assert "the assessment and treatment planning" in statement_of(ruleset, text)
    text = "Mother will complete a substance abuse assessment and treatment."
    assert "[which treatment, by name]" in statement_of(ruleset, text)


def test_compliance_kept_up_is_following(ruleset: Ruleset) -> None:
    """ "maintain strict compliance with" is following, strictly (was "maintain strict
    following all court orders")."""
    text = "The parent must maintain strict compliance with all court orders and agency rules."
    assert "must strictly follow all court orders" in statement_of(ruleset, text)


def test_a_request_is_replaced_whole(ruleset: Ruleset) -> None:
    """ "upon request to do so" is one request: its amount is asked, and no "to do so" is
    left after the placeholder (was "immediately [how often or how much] to do so")."""
    text = "Parents are expected to vacate the premises immediately upon request to do so."
    statement = statement_of(ruleset, text)
    assert "immediately [how often or how much], when asked" in statement
    assert "to do so" not in statement


@pytest.mark.parametrize(
    "text",
    [
        "The case plan required S.S. to attend parenting classes.",
        "Father must attend 8 parenting classes before C.Y. can be placed with him.",
        "Protect the children from neglect as defined in RCW 26.44.020.(12).",
    ],
)
def test_initials_end_no_sentence(ruleset: Ruleset, text: str) -> None:
    """A child's initials before a word in lower case are not the end of the goal's first
    sentence: the deadline goes after the goal's words, not after "S.S"; nor is a stop
    inside a citation, which the next word follows with no space ("26.44.020.(12)")."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(text.rstrip("."))


@pytest.mark.parametrize("text", ["Financially stable.", "Being financially stable;"])
def test_help_is_not_given_to_a_placeholder(ruleset: Ruleset, text: str) -> None:
    """ "stable" becomes "[say what is to be shown, and how]": the reading finds verbs inside
    it ("shown"), which are neither the subject that gets help ("will give [say what") nor
    the need ("so that they can show, and how]")."""
    statement = rewrite_of(ruleset, plan_text(text))["statement"]
    assert statement.startswith("Child Welfare Services will give Loraine [help")
    assert "can show, and how]" not in statement


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Mother will follow any recommended treatment.",
            "Mother will follow [which, by name] treatment",
        ),
        (
            "Father will complete all recommended services.",
            "Father will complete [which, by name] services",
        ),
        (
            "Follow all recommendations of the assessment.",
            "Complete [each recommendation, written out] of",
        ),
    ],
)
def test_what_is_recommended_keeps_its_verb_and_noun(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "any recommended" before what is recommended is replaced by the question it leaves
    ("[which, by name]"), not by a second verb ("follow complete [each recommendation ...]
    treatment")."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


def test_the_verb_needs_is_no_open_standard(ruleset: Ruleset) -> None:
    """ "needs" before what is needed is a verb, not someone's unnamed needs: it stays."""
    text = "The child needs a safe environment."
    statement = statement_of(ruleset, text)
    assert statement.startswith("The child needs a [")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Mother will abstain from drug use.", "Mother will have no drug use"),
        ("Father abstains from alcohol consumption.", "Father has no alcohol consumption"),
        ("Mother will refrain from the use of alcohol.", "Mother will not use alcohol"),
        ("Mother will refrain from using drugs.", "Mother will not use drugs"),
        # an adverb goes with its verb; an unknown verb stays as written, never "Do not
        # have physically abusing"
        ("Refrain from physically hitting the child.", "Do not physically hit the child"),
        ("Refrain from physically abusing the mother.", "Refrain from physically abusing the"),
        # a second act of the ban takes the first's form (was "not use profanity or
        # engaging in other negative behavior")
        ("Mother will refrain from using profanity or engaging in other negative behavior.",
         "Mother will not use profanity or engage in other negative behavior"),
    ],
)  # fmt: skip
def test_a_ban_on_use_says_use_once(ruleset: Ruleset, text: str, start: str) -> None:
    """ "abstain from drug use" names the act already: not "not use drug use"."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Both parties are involved in the drug court program.", "Both parties attend the"),
        ("Mother was involved in therapy.", "Mother attended therapy"),
        ("Mother is involved in therapy.", "Mother attends therapy"),
        ("Mother has been involved in therapy.", "Mother has attended therapy"),
    ],
)
def test_a_fix_takes_the_tense_of_be(ruleset: Ruleset, text: str, start: str) -> None:
    """ "are involved in" is present and plural ("attend"), "was involved in" past
    ("attended"): not the tense a spelling rule guesses for "are" and "was"."""
    assert statement_of(ruleset, text).startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Mother should engage with therapy.", "Mother should attend therapy"),
        ("The mother must engage with addiction services.", "The mother must attend addiction"),
        ("The parents will engage with the CFA.", "The parents will meet with the CFA"),
        ("Engage with the child and family.", "Meet with the child and family"),
        ("Mother did not engage with her treatment plan.", "Mother did not follow her treatment"),
    ],
)
def test_engage_with_a_service_is_attending_it(ruleset: Ruleset, text: str, start: str) -> None:
    """ "engage with" someone is meeting them; a service is attended and a plan followed,
    not met with."""
    assert statement_of(ruleset, text).startswith(start)


def test_a_thing_named_after_a_person_is_not_met_with(ruleset: Ruleset) -> None:
    """ "child support requirements" are a thing to do, not a child to meet."""
    statement = statement_of(ruleset, "Cooperate with child support requirements.")
    assert statement.startswith("[Do what, e.g. complete each step of] child support")
    statement = statement_of(ruleset, "Cooperate with the child's therapist.")
    assert statement.startswith("[Do what with, e.g. meet once a month with] the child's")


_MET = "[Do what with, e.g. meet once a month with]"
_DONE = "[Do what, e.g. complete each step of]"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # (real text) an agency's initials name someone, a plan's do not
        ("Cooperate with DDD in selecting a representative payee for the child.", f"{_MET} DDD"),
        ("cooperate with SRS", f"{_MET} SRS"),
        ("Cooperate with the ISP.", f"{_DONE} the ISP"),
        # "the" names no one of itself (it opens "the agency"): goals, a plan, a process
        ("Cooperate with the goals of the service plan.", f"{_DONE} the goals"),
        ("Cooperate with the visitation plan for the child and his family.", f"{_DONE} the visit"),
        ("cooperate with the custodial agency goals and requirements", f"{_DONE} the custodial"),
        # bodies the lexicon does not name as actors
        ("Cooperating with the Cabinet to help the children.", f"{_MET} the Cabinet"),
        ("Cooperate with the authorities.", f"{_MET} the authorities"),
        ("To fully cooperate with all law enforcement and to report any contact.",
         "To fully [do what with, e.g. meet once a month with] all law enforcement"),
        # (a failure told stays as told: what happened, then the action to come)
        ("Respondent failed to cooperate with petitioner in that she did not call.",
         "Respondent failed to cooperate with petitioner in that she did not call. The parent"
         " will [action"),
        ("Cooperate with the social worker.", f"{_MET} the social worker"),
    ],
)  # fmt: skip
def test_cooperating_with_someone_or_with_something(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "cooperate with" a person or a body is meeting them; with a plan, its goals or a
    process it is doing each step. Was "[... complete each step of] DDD" and "[... meet
    once a month with] the goals of the service plan" (every "the" read as a person's)."""
    assert statement_of(ruleset, text).startswith(start)


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("Contact your attorney before each court date.", "due", "before each court date"),
        ("If you can, before the worker comes to your house, find a lawyer.", "due",
         "before the worker comes"),
        ("A plan must be drawn up before the child is placed, and reviewed.", "due",
         "before the child is placed"),
        ("Notify the agency within 7 days of the birth of the child.", "due",
         "within 7 days of the birth of the child"),
        ("Mother will attend all the court hearings on time.", "measure", "all the court hearings"),
        # "at least" says how often only with what follows it
        ("The Parenting Plan Law requires that parents attend at least four hours of these "
         "seminars, but the courts may order more time.", "measure",
         "at least four hours of these seminars"),
        # numbers whole, a range of them too (not "prior to the age", "like 45")
        ("You must access services prior to the age of 24.", "due", "prior to the age of 24"),
        ("Hold an Age of Majority TDM meeting within six months of the young adult\u2019s 18th "
         "birthday", "due", "within six months of the young adult\u2019s 18th birthday"),
        ("Parents must check the specific requirements of the court where their divorce "
         "petition was filed, as the person who files is often required to complete the class "
         "within a timeframe like 45 or 60 days.", "due",
         "within a timeframe like 45 or 60 days"),
        ("Ensure the Washington state tribe received or receives a copy of the intake report "
         "DSHS 14-260 per the Washington State Tribes Intake Referral and After Hours Contact "
         "Information.", "evidence", "a copy of the intake report DSHS 14-260"),
    ],
)  # fmt: skip
def test_a_field_says_the_whole_event_or_thing(
    ruleset: Ruleset, text: str, field: str, words: str
) -> None:
    """A deadline or a measure in the goal's own words runs on past "the": the field (and
    the handout's "By when") says "before the child is placed", not "before the"."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite[field] == words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Monitoring progress toward achieving service goals.",
         "Monitoring [what counts as progress, e.g. steps completed] toward achieving"),
        ("The worker will review progress toward the goals with the family.",
         "review [what counts as progress, e.g. steps completed] toward the goals"),
        ("The family should be kept informed of the progress toward meeting the goals.",
         "informed of the [what counts as progress, e.g. steps completed] toward meeting"),
        # ... and so is progress joined to a thing (was "your attendance and attend
        # treatment"); joined to a verb it is the act
        ("Allow the provider to disclose all information about your attendance and progress"
         " in treatment.",
         "your attendance and [what counts as progress, e.g. steps completed] in treatment"),
        ("Mother will attend and progress in treatment.", "Mother will attend treatment"),
        # ... and so is progress after how much of it (was "substantial [take part how, e.g.
        # attend] a court-ordered reunification plan")
        ("A parent must demonstrate substantial progress in a court-ordered reunification"
         " plan.",
         "substantial [what counts as progress, e.g. steps completed] in a court-ordered"),
        ("Father will show good progress in his anger management class.",
         "show good [what counts as progress, e.g. steps completed] in his anger management"),
        # ... adequate or satisfactory (was "had made [say exactly what] [take part how, e.g.
        # attend] addressing the issues", "will make [say exactly what] attend therapy")
        ("The court found that the mother had made adequate progress in addressing the issues"
         " that led to the children's removal.",
         "[what counts as progress, e.g. steps completed] in addressing the issues"),
        ("Mother will make adequate progress in therapy.",
         "[what counts as progress, e.g. steps completed] in therapy"),
        ("Father shall demonstrate satisfactory progress in his case plan.",
         "satisfactory [what counts as progress, e.g. steps completed] in his case plan"),
        # the parent's own progress is still an act to name
        ("Mother will make progress toward her goals.",
         "Mother will [what counts as progress, e.g. complete each step of] her goals"),
        # and its "on" goes with it (was "[... complete each step of] on the goals")
        ("Praise your child as he or she makes progress on the goals in the case plan.",
         "as he or she [what counts as progress, e.g. complete each step of] the goals in"),
    ],
)  # fmt: skip
def test_progress_looked_at_is_a_thing_not_an_act(ruleset: Ruleset, text: str, said: str) -> None:
    """Progress a worker reviews or monitors is the thing looked at: "Monitoring [what
    counts as progress, e.g. complete each step of] achieving service goals" put an act in
    its place."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None and said in rewrite["statement"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Parents must respond to the worker in a timely way.",
         "Parents must respond to the worker by [date]"),
        ("Pay child support on a timely basis.", "Pay child support by [date]"),
        ("Mother will return the worker's calls in a timely fashion.",
         "Mother will return the worker's calls by [date]"),
        # ... and a reasonable time is a number of days (was "within a [say exactly what]
        # time"; quoted from holdout.yaml)
        ("the parent must notify the parties and the court of barriers to completing case plan"
         " tasks within a reasonable time after discovering such barriers;",
         "The parent must notify the parties and the court of barriers to completing case plan"
         " tasks within [how many days] after discovering such barriers."),
        ("The agency will respond in a reasonable timeframe.",
         "The agency will respond within [how many days]."),
    ],
)  # fmt: skip
def test_a_timely_way_is_a_date(ruleset: Ruleset, text: str, said: str) -> None:
    """ "in a timely way", "on a timely basis" say no date, as "in a timely manner" does,
    and ask one ("respond to the worker in a [by when] way" read badly)."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None and rewrite["statement"].startswith(said)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text, dev.yaml) the thing said to be timely, then its deadline
        ("If exceptional circumstances necessitate an extension of time to enable completion"
         " of the report, the welfare officer must make a timely written request to the"
         " court.", "must make a written request by [date] to the court."),
        ("Provide ongoing active efforts to prevent the children\u2019s removal or promote the"
         " timely reunification of Indian families.",
         "promote the reunification by [date] of Indian families."),
        ("recommended that CWS provide parents with timely information about the removal"
         " process", "provide parents with information by [date] about the removal process"),
        ("Complete a timely assessment.", "Complete an assessment by [date]."),
        # a manner said with more than "timely": the rest of it kept
        ("The goals are to assist parents with accessing substance abuse treatment in a more"
         " timely manner, returning children home.",
         "accessing substance abuse treatment by [date], returning"),
        ("The agency shall document that agreed upon financial payments are made to the"
         " foster parent in an accurate and timely manner.",
         "made to the foster parent in an [say exactly what] manner and by [date]."),
        ("The right to have the youth's medical and mental health needs met on a regular and"
         " timely basis.", "met [how often] and by [date]."),
        # a law's name is no deadline
        ("ensures that all ICPC referrals are processed expeditiously to meet federal"
         " guidelines related to the Safe and Timely Interstate Placement of Foster Children"
         " Act", "the Safe and Timely Interstate Placement of Foster Children Act"),
        # "timely" said of an act, or one quality among others: where it was
        ("A.J. ran away during a trial placement and [mother] failed to timely report it or"
         " follow court-ordered restrictions.", "failed to [by when] report it"),
        ("This includes scheduling hearings, assuring proper and timely notice of the"
         " hearings.", "and [by when] notice of the hearings"),
    ],
)  # fmt: skip
def test_a_timely_thing_is_given_its_deadline(ruleset: Ruleset, text: str, said: str) -> None:
    """ "make a timely written request" is "make a written request by [date]" (was "make a
    [by when] written request", and "promote the [by when] reunification"); "in a more
    timely manner" is "by [date]" (was "in a more by [date]"), "in an accurate and timely
    manner" keeps "manner" for its quality (was "in an [say exactly what] and by"); the
    Safe and Timely Interstate Placement of Foster Children Act keeps its name (was "Safe
    and [by when] Interstate ...")."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None and said in rewrite["statement"]


def test_a_field_says_the_words_as_the_rewrite_fixed_them(ruleset: Ruleset) -> None:
    """The evidence in the goal's own words is said as the rewritten statement says it:
    "clean urine tests" is judgement and the statement says "negative urine tests", so the
    handout's "How we will know" does too (it said "Clean urine tests.")."""
    text = (
        "The mother needed to engage in residential drug treatment and provide clean urine tests."
    )
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert "provide negative urine tests" in rewrite["statement"]
    assert rewrite["evidence"] == "negative urine tests"


def test_the_behavior_says_the_goals_words_beside_an_added_action(ruleset: Ruleset) -> None:
    """An action the rewrite adds is asked beside the goal's own words, so the `behavior`
    field says both: "Not use or possess any drugs or alcohol" is not lost to "[action, e.g.
    ...]" (the goal's last sentence, "Carefully choose the people ...", is what lacks one)."""
    text = (
        "Not use or possess any drugs or alcohol. Sobriety is the primary focus of this "
        "program. Maintaining a drug free lifestyle is very important in your recovery "
        "process. Carefully choose the people with whom you associate."
    )
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert "will [action, e.g. " in rewrite["statement"]
    assert rewrite["behavior"].startswith("not use or possess any drugs or alcohol; [action, e.g. ")
    assert own_and_added(rewrite["behavior"]) == (
        "not use or possess any drugs or alcohol",
        rewrite["behavior"].split("; ")[-1],
    )
    assert own_and_added("attend therapy; [say exactly what]") == (
        "attend therapy; [say exactly what]",
        None,
    )


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        ("Do not have or use weapons, ammunition or explosive substances",
         "not have or use weapons, ammunition or explosive substances"),
        ("The parent or parents of a child in the kinship care program may not reside in the "
         "home of the kinship caregiver.", "not reside in the home of the kinship caregiver"),
        ("Not to carry out any physical/corporal punishment;",
         "not carry out any physical/corporal punishment"),
        ("not leave the children alone with [a named man]",
         "not leave the children alone with [a named man]"),
        ("Parents are not allowed to speak negatively about anyone with a relationship with "
         "the child.", "not speak negatively about anyone with a relationship with the child"),
        ("[f]ather is not authorized to have contact with his child.",
         "not have contact with his child"),
        ("Never criticize or speak negatively about the child\u2019s family.",
         "never criticize or speak negatively about the child\u2019s family"),
        # a ban said with "avoid": as it is (the reading takes the verb after it)
        ("Avoid exposing your baby to smoke, alcohol or drugs.",
         "Avoid exposing your baby to smoke, alcohol or drugs"),
        # a quotation the sentence's stop closes stays closed
        ("Avoid talking about \u201cstranger danger\u201d at every visit.",
         "not talk about \u201cstranger danger\u201d at every visit"),
        ("Always use a car seat as the label says: \u201crear-facing until age 2.\u201d",
         "always use a car seat as the label says: \u201crear-facing until age 2\u201d"),
        # a "not" of another clause is not the action's (the condition's "cannot" is no
        # modal of the sentence: the court's "may" is, a power said whole)
        ("Parents are entitled to be represented by an attorney, and if they cannot afford "
         "one, the court may appoint counsel for them at public expense.",
         "Parents are entitled to be represented by an attorney, and if they cannot afford "
         "one, the court may appoint counsel for them at public expense"),
    ],
)  # fmt: skip
def test_the_behavior_of_a_prohibition_keeps_its_not(
    ruleset: Ruleset, text: str, behavior: str
) -> None:
    """The behavior field of "Do not have or use weapons" is "not have or use weapons", not
    its opposite."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["behavior"] == behavior


@pytest.mark.parametrize(
    ("text", "behavior"),
    [  # a passive said of the parent keeps its "be"
        ("The parent will be drug tested weekly.", "be drug tested weekly"),
        ("The mother will be assessed by a psychologist.", "be assessed by a psychologist"),
        # said of something else, or told of the parent: the whole sentence
        ("Each missed course must be made up.", "Each missed course must be made up"),
        ("A recommendation will then be sent to the Court.",
         "A recommendation will then be sent to the Court"),
        ("is enrolled in school for at least twelve (12) hours per week;",
         "is enrolled in school for at least twelve (12) hours per week"),
        # someone else's: who too (the handout says it as written, not "You will ...")
        ("The exes cannot make derogatory statements about each other.",
         "The exes cannot make derogatory statements about each other"),
        ("A student between the ages of 6 and 18 MUST attend school.",
         "A student between the ages of 6 and 18 MUST attend school"),
        # a condition first with no comma to end it: all of it, never the action alone
        ("If it's SAFE phone the Police", "If it's SAFE phone the Police"),
        ("If you are asked to do the drug testing program you are not allowed to use the "
         "following while in the program: Illegal drugs", "If you are asked to do the drug "
         "testing program you are not allowed to use the following while in the program: "
         "Illegal drugs"),
        # a passive the reading takes for "be": said of the thing, so whole
        ("The Case Review must be done at the time of the SAR regardless of when the last "
         "Case Review was completed.", "The Case Review must be done at the time of the SAR "
         "regardless of when the last Case Review was completed"),
    ],
)  # fmt: skip
def test_the_behavior_says_who_when_the_verb_is_not_asked_of_the_parent(
    ruleset: Ruleset, text: str, behavior: str
) -> None:
    """The behavior field is what is asked of the parent from its verb: with the "be" of a
    passive ("be drug tested weekly", not "tested weekly"), and whole when the verb says
    what happened or what something is ("She spent a month ...", not "spent a month ...")
    or when someone other than the parent does it ("A student ... MUST attend school")."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["behavior"] == behavior


def test_an_act_done_when_a_condition_holds_keeps_the_condition(ruleset: Ruleset) -> None:
    """ "If you or a child is in immediate danger, call 911": the behavior keeps its
    condition (not a bare "call 911"), and the act holds until a date, not "by" one."""
    text = "If you or a child is in immediate danger, call 911."
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["behavior"] == "call 911 if you or a child is in immediate danger"
    assert "call 911 until [date]." in str(rewrite["statement"])
    text = "If you owe $5,000 or more in support, you must call the agency."
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert str(rewrite["behavior"]).endswith("if you owe $5,000 or more in support")
    text = "If you do not follow all recommendations, call the worker."  # a fix's comma
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["behavior"] == (
        "call the worker if you do not complete [each recommendation, written out]"
    )


def test_a_deadline_s_days_are_no_measure(ruleset: Ruleset) -> None:
    """ "within 45 days after service": the days belong to the deadline, so the measure
    (the handout's "How often") does not repeat them."""
    text = (
        "All other parties must complete the course within 45 days after service of the petition."
    )
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["due"] == "within 45 days after service of the petition"
    assert rewrite["measure"] is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "A youth is required to have all service hours completed by the last class, before"
            " graduation.",
            "by the last class",
        ),
        ("You are responsible for scheduling your Midpoint session for week 13.", "for week 13"),
        ("in week 2, on Thursdays from 11:00am until 3:00pm; and", "in week 2"),
        # a day's number and its month are one date (dev.yaml: was "By when: Before 1")
        (
            "Before 1 January 2023, the Father will pay directly for the Children\u2019s school"
            " fees and insurance.",
            "Before 1 January 2023",
        ),
        (
            "Before 18 years old, speak with your foster care worker and begin making plans.",
            "Before 18 years old",
        ),
        # a period runs on to what it is of (was "For how long: for the period")
        (
            "The father will not visit the child at his school for the period of the order.",
            "for the period of the order",
        ),
    ],
)
def test_a_deadline_keeps_what_its_last_word_needs(ruleset: Ruleset, text: str, due: str) -> None:
    """A deadline ending on "last", "first" or "next" runs on to what it names, and a
    numbered part to its number: never "By when: by the last", "in week"."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["due"] == due


def test_when_requested_asks_how_soon_after_a_request(ruleset: Ruleset) -> None:
    """ "when requested by the County" keeps who requests: not "[when] by the County"."""
    text = "Vendor shall provide expert witness services when requested by the County."
    statement = statement_of(ruleset, text)
    assert statement.startswith(
        "Vendor shall provide expert witness services within [how many hours or days] of a"
        " request by the County"
    )


@pytest.mark.parametrize(
    "opener", ["if necessary", "where necessary", "when necessary", "whenever necessary",
               "as and when necessary", "if appropriate", "when appropriate", "where relevant"]
)  # fmt: skip
def test_if_necessary_asks_when(ruleset: Ruleset, opener: str) -> None:
    """ "if necessary", like "as necessary", leaves open when: it becomes "[when]", never
    "if [which]" (the fix of "necessary" before a noun, "the necessary documents"), nor
    "if appropriate" "if [say exactly what]"."""
    text = f"The foster parent may limit phone calls {opener} to comply with an order."
    statement = statement_of(ruleset, text)
    assert statement.startswith("The foster parent may limit phone calls [when] to comply")


@pytest.mark.parametrize("words", ["as long as necessary", "as long as needed"])
def test_as_long_as_necessary_asks_until_when_once(ruleset: Ruleset, words: str) -> None:
    """(real text) "provide counseling ... as long as necessary" asks how long, once: it
    was "as long [when] by [date]" (the fix of "as necessary" inside it, then a deadline
    added beside the slot that already asks for one)."""
    text = f"The therapist will provide counseling services for the child victim {words}."
    statement = statement_of(ruleset, text)
    assert statement.startswith(
        "The therapist will provide counseling services for the child victim [until when]."
    )
    assert "[date]" not in statement


def test_a_deadline_slot_is_not_asked_twice(ruleset: Ruleset) -> None:
    """(real text) "developed timely" becomes "developed [by when]": that slot is the
    deadline, so no "by [date]" is added at the end as well."""
    text = (
        "The visitation plan should be developed timely and include visits in the least"
        " restrictive setting."
    )
    statement = statement_of(ruleset, text)
    assert "developed [by when] and include visits" in statement
    assert "[date]" not in statement


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text) the date is the task's, not the condition's
        ("To provide bus passes upon your request, if funding is available.",
         "To provide bus passes upon your request until [date], if funding is available."),
        ("The provider shall demonstrate marital stability, if married.",
         "The provider shall demonstrate marital stability until [date], if married."),
        ("Requires family time to occur at least every 7 days unless the child's safety is at"
         " risk;", "every 7 days until [date] unless the child's safety is at risk."),
        # a list's "where and when" is no condition
        ("Get specific information from the reporter, including, what, where and when the"
         " incident occurred.", "where and when the incident occurred by [date]."),
    ],
)  # fmt: skip
def test_the_date_goes_before_a_closing_condition(ruleset: Ruleset, text: str, said: str) -> None:
    """A sentence that closes on a condition (", if funding is available", ", unless the
    court orders otherwise") takes its date before it: "if married until [date]" read as
    part of the condition."""
    assert said in statement_of(ruleset, text)


def test_letters_to_answer_are_no_evidence(ruleset: Ruleset) -> None:
    """(real text) "answer your letters" names letters the parent receives, not a record
    that shows the task done: the rewrite asks for the evidence (the handout said "How we
    will know: Your letters.")."""
    rewrite = (
        rewrite_plan(
            plan_of_texts(["To return your phone calls and answer your letters; and"]), ruleset
        )
        .goals[0]
        .rewrite
    )
    assert rewrite is not None
    assert rewrite["evidence"].startswith("[evidence, e.g. ")


def test_a_forms_number_is_said_whole(ruleset: Ruleset) -> None:
    """(real text) The evidence names the form by its whole number: "Form 10", never "Form
    1" (the handout said "How we will know: File and serve Form 1.")."""
    text = "THAT Respondent/lady to file and serve Form 10 by end of business day today."
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert rewrite["evidence"] == "file and serve Form 10"


def test_a_perpetrator_of_child_abuse_is_named_once(ruleset: Ruleset) -> None:
    """(real text) "a perpetrator of child abuse or neglect" is replaced whole, with the
    child's harm: never "[... the parent who used violence] of child abuse or neglect"."""
    text = (
        "Order a perpetrator of child abuse or neglect to refrain from returning to the"
        " child's residence."
    )
    statement = statement_of(ruleset, text)
    assert statement.startswith(
        "Order [person-first words, e.g. the person who harmed the child] to not return"
    )


def test_all_program_participants_are_not_unnamed_programs(ruleset: Ruleset) -> None:
    """(real text) "all program participants" are the people of a program: never "for [each
    program, by name] participants" (the phrase "all programs" matched its base form)."""
    text = (
        "The local department shall make continuing efforts to achieve permanency and create"
        " permanent connections for all program participants."
    )
    assert "for all program participants" in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text) the placeholder in the form of the verb it stands for (was "will be
        # [take part how, e.g. attend] Extended Foster Care")
        ("This form is only to be completed when the youth turns 17.5 years of age (regardless"
         " whether the youth will be participating in Extended Foster Care), at 20.5 years"
         " old, or at the time of exiting foster care before the age of 21.",
         "will be [taking part how, e.g. attending] Extended Foster Care"),
        ("The youth has been involved in low level anti-social behaviour.",
         "has [taken part how, e.g. attended] low level"),
        # ... past the adverbs after "has" (was "has only [took part how, ...]"; dev.yaml)
        ("The mom has only been involved in FDTC for a couple of months.",
         "has only [taken part how, e.g. attended] FDTC"),
    ],
)  # fmt: skip
def test_taking_part_is_said_in_the_verbs_form(ruleset: Ruleset, text: str, said: str) -> None:
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text: "when appropriate" is a condition, never "[how often or how much]")
        ("Child and Family Services shall also involve the child's foster parents, stepparent"
         " when appropriate, and the guardian ad litem.", "stepparent [when], and the"),
        ("When appropriate and safe for the child and family, efforts shall be made to help"
         " the child preserve connections with family.", "[When] and safe for the child"),
    ],
)  # fmt: skip
def test_when_appropriate_asks_when(ruleset: Ruleset, text: str, said: str) -> None:
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Have frequent and regular visits with the children.", "Have [how often] visits"),
        ("Visit regularly and consistently.", "Visit [how often] "),
        ("Have consistent and regular contact with the child.", "Have contact [how often] with"),
        ("Have consistent and frequent visits.", "Have [how often] visits"),
    ],
)
def test_two_frequency_words_joined_are_one_open_frequency(
    ruleset: Ruleset, text: str, said: str
) -> None:
    """ "frequent and regular" asks one question, how often: one placeholder stands for
    both, never "[how often] and regular visits" or "[say how often ...] and contact"."""
    assert statement_of(ruleset, text).startswith(said)


@pytest.mark.parametrize(
    "text",
    [  # quoted from court decisions and case histories (dev.yaml)
        "She spent a month in detox and rehab and then started the program.",
        "The Tennessee Legislature passed a law in 1997 requiring both parents in a divorce"
        " proceeding to attend a Parent Education Seminar.",
        "[mother] was granted monitored visitation of the children of one hour per week.",
        "The mother had supervised access to her son twice a week.",
        "On the woman\u2019s insistence, he had an anti-drink chip implanted.",
        "The court also granted an arrangement order with regards to contact with his parents.",
        "did not complete the therapy required under his case plan",  # (a finding's list)
        "and had failed to complete reintegration case plan tasks",
        # ... and a subject's failure, or one told since (was "Respondent failed to plan for
        # the future of the child until [date].")
        "Respondent failed to plan for the future of the child.",
        "[the mother] failed to comply with the safety plan.",
        "The parent has failed to meet the conditions established for the safe return of the"
        " child to the home.",
        "neglected to monitor the children's supply of prescription medication",
        # ... with the words of the failure as told (was "refused to [take part how, e.g.
        # attend] these services")
        "The parents refused to participate in these services.",
        # ... and so is what a subject did not do (was "Mother did not comply with the plan
        # by [date].")
        "Mother did not comply with the plan.",
        # ... past a phrase that opens the sentence (was "... of her treatment plan by
        # [date].")
        "Despite some initial engagement, the mother repeatedly failed to comply with the"
        " requirements of her treatment plan.",
        "[Mother] did not complete the psychological counseling recommended in her case plan.",
        "The Ontario Superior Court of Justice has ordered supervised parenting time after the"
        " father of a five-year-old boy failed his drug tests.",
        # a date in May is no "may" (was "... and was referred to counselling by [date].")
        "The mother attended the assessment on 12 May 2021 and was referred to counselling.",
        # ... and what a subject did with a verb the reading does not read as an act (was
        # "She attended individual counseling, ... classes [how often] until [date].",
        # "This included regular drug testing and parenting classes [how often] ...")
        "She attended individual counseling, parenting classes, and substance abuse classes",
        "This included regular drug testing and parenting classes.",
        "The caseworker took her to the appointment.",
        "DHS offered services to the family, including random home visits, drug screens, a"
        " drug assessment, and being placed in the home.",
        # ... and an item of a finding's list, its subject said before the list (was
        # "Attended 20 Alcoholics Anonymous meetings [how often] until [date].")
        "attended 20 Alcoholics Anonymous meetings",
        "received her GED",
        "granted appellant supervised visitation",
        # ... and a verb in the past the lists do not know (was "The father testified that
        # he attended AA meetings [how often, e.g. once a week] until [date].")
        "The father testified that he attended AA meetings.",
        "The judge extended the amount of access time between A and her father.",
        "Respondent violated the order of supervision by failing to attend counseling.",
    ],
)
def test_a_record_of_what_happened_keeps_its_words_and_the_action_to_come_is_asked(
    ruleset: Ruleset, text: str
) -> None:
    """A statement that tells what happened (a court's finding, a case history) is no goal:
    its words stay as told, never with a deadline ("She spent a month in detox ... until
    [date]"), and the action to come is asked after it, with how often and by when."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    told = fixes.sentence_case(fixes.ends(text.strip()))
    assert rewrite["statement"].startswith(told + " The ")
    asked = r" The \w+ will \[action, e\.g\. [^\]]+\] \[how often[^\]]*\] until \[date\]\. "
    assert re.match(asked, rewrite["statement"][len(told) :])
    assert rewrite["due"] == "[date]"
    assert rewrite["measure"].startswith("[how often")


@pytest.mark.parametrize(
    ("text", "said"),
    [  # (dev.yaml)
        ("Youth and parents/guardians must meet with the probation Officer as much as necessary.",
         "must meet with the probation Officer [how often or how much] "),
        ("The GAL monitors the case by visiting the child as often as necessary to observe"
         " whether the child's needs are being met.", "by visiting the child [how often] to"),
    ],
)  # fmt: skip
def test_as_often_as_necessary_asks_how_often(ruleset: Ruleset, text: str, said: str) -> None:
    """ "as often as necessary" leaves how often open: one placeholder asks it, never "as
    often [when]" (the "as necessary" inside it is no condition)."""
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    "text",
    [  # an order's banned acts, listed by their -ing (dev.yaml)
        "committing family violence against the protected person",
        "Damaging the applicant's property, or threatening to do this",
        # ... with how it is done (was "... or threatening to do so [how often, e.g. once a
        # week]")
        "intentionally damaging the protected person\u2019s property or threatening to do so",
    ],
)
def test_a_harm_listed_is_never_asked_how_often(ruleset: Ruleset, text: str) -> None:
    """A harm no plan asks of anyone gets no "[how often, e.g. once a week]" (was
    "Committing family violence against the protected person [how often, e.g. once a
    week] until [date]")."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert "[how often" not in rewrite["statement"].split(".")[0]
    assert rewrite["measure"] is None


def test_a_titles_question_mark_ends_no_sentence(ruleset: Ruleset) -> None:
    """ "the What Does Safe Sleep Look Like? handout" names a handout: the deadline goes at
    the sentence's end, and "handout" keeps its letter case (was "Look Like until [date]?
    Handout to ...")."""
    text = (
        "Utilize the What Does Safe Sleep Look Like? handout to facilitate ongoing discussions"
        " regarding safe sleep."
    )
    assert statement_of(ruleset, text).startswith(text[:-1] + " until [date]. ")


def test_an_added_sentence_opens_with_a_capital_after_an_abbreviation(ruleset: Ruleset) -> None:
    """ "a.m." ends no sentence for the capitals, but the action a rewrite adds is a
    sentence of its own: "at 9 a.m. The parent will", never "at 9 a.m. the parent will"."""
    text = "The mother attended the hearing at 9 a.m."
    assert statement_of(ruleset, text).startswith(f"{text} The parent will [action, e.g. ")


def test_a_ban_kept_in_the_past_is_told_as_it_was(ruleset: Ruleset) -> None:
    """ "She had abstained from alcohol" tells what she did: never "She had had no alcohol"."""
    text = "She had abstained from alcohol consumption and had engaged with social services."
    assert statement_of(ruleset, text).startswith("She had abstained from alcohol consumption ")


@pytest.mark.parametrize(
    ("text", "first"),
    [  # a duty told in the past, or asked: the deadline is the sentence's own
        ("Mother was ordered to comply with a case plan addressing her substance use.",
         "Mother was ordered to comply with a case plan addressing her substance use by [date]."),
        ("The parents agreed to attend family counseling.",
         "The parents agreed to attend family counseling [how often, e.g. once a week] until"),
        ("Prove they were ready for the responsibilities of a parent.",
         "Prove they were ready for the responsibilities of a parent until [date]."),
        # ... nor is a thing named by its participle, nor what is so now (real text)
        ("Signed medical consent from the placing authority and parents;",
         "Signed medical consent from the placing authority and parents by [date]."),
        ("A safety plan created to address treatment needs of the resident upon return to the"
         " community;", "A safety plan created to address treatment needs"),
        ("FTMs are held: Within thirty (30) calendar days of reunification;",
         "FTMs are held: Within thirty (30) calendar days of reunification. "),
        ("The parties involved in the case plan and their individual responsibilities",
         "The parties involved in the case plan and their individual responsibilities by"),
        # ... nor an outcome, nor what is done to a list's reader, nor a duty taken on
        ("improved behavior control", "Improved behavior control until [date]. "),
        ("given a copy of the Foster care handbook",
         "Given a copy of the Foster care handbook by [date]. "),
        ("supervised visitation paid for by the abusive parent;",
         "Supervised visitation paid for by the abusive parent [how often"),
        ("agreed to obtain a home study to ensure their home was suitable for placement",
         "Agreed to obtain a home study to ensure their home was suitable for placement by"),
        # ... nor what a verb the lists do not know directs, nor a thing named by a
        # participle they do not know
        ("The therapist recommended that she continue individual therapy.",
         "The therapist recommended that she continue individual therapy until [date]. "),
        ("structured Changing Habits And Reaching Targets (CHART) sessions",
         "Structured Changing Habits And Reaching Targets (CHART) sessions [how often"),
        ("Community based self help/recovery meetings (12-step, AA, NA)",
         "Community based self help/recovery meetings (12-step, AA, NA) until [date]. "),
    ],
)  # fmt: skip
def test_a_duty_told_in_the_past_is_no_record(ruleset: Ruleset, text: str, first: str) -> None:
    assert statement_of(ruleset, text).startswith(first)


def test_a_ban_on_a_verb_the_word_lists_do_not_know_stays_as_written(ruleset: Ruleset) -> None:
    """ "Avoid focusing ..." has no base form to say "not focus" with: its words stay, not
    "Do not have focusing"."""
    statement = statement_of(ruleset, "Avoid focusing exclusively on stranger danger.")
    assert statement.startswith("Avoid focusing exclusively on stranger danger ")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Workers have a \u201cplethora of concerns about the children\u2019s safety.\u201d",
            "Workers have a \u201cplethora of concerns about the children\u2019s safety\u201d",
        ),
        (
            'The order told her to "refrain from allowing mental health to impact parenting."',
            'The order told her to "not allow mental health to impact parenting"',
        ),
    ],
)
def test_what_is_added_goes_after_a_quotation_not_into_it(
    ruleset: Ruleset, text: str, quoted: str
) -> None:
    """A statement ending in a quotation gets its deadline after the quotation closes,
    with the sentence's stop after it: not inside the words quoted, not '.\u201d.'"""
    statement = statement_of(ruleset, text)
    assert re.match(re.escape(quoted) + r" (?:by|until) \[date\]\. ", statement)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # quoted from state policy (dev.yaml; fresh60.yaml)
        ("Members of the child and family team, including the parents and the child, if age"
         " appropriate, shall assist in developing the child and family plan.",
         "the child, if age appropriate, shall assist"),
        ("Eligible youth and youth adults shall receive developmentally appropriate services to"
         " prepare them for independent living.", "receive developmentally appropriate services"),
        ("The child, if age-appropriate, will sign the plan by May 1.",
         "The child, if age-appropriate, will sign"),
    ],
)  # fmt: skip
def test_appropriate_to_what_it_names_is_one_word(ruleset: Ruleset, text: str, kept: str) -> None:
    """ "age appropriate" says what it is appropriate to, as "age-appropriate" does: its
    words stay (never "if age [say exactly what]", "developmentally [each service, by
    name]", a placeholder beside the word it would replace)."""
    assert kept in statement_of(ruleset, text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency shall make every reasonable effort to place siblings together.",
        "The agency shall make every possible effort to place siblings together.",
    ],
)
def test_every_effort_of_a_kind_asks_which_steps(ruleset: Ruleset, text: str) -> None:
    """ "every reasonable effort" is replaced whole (was "make every [which steps] to"; and
    "every possible effort" was left as it was, though "every effort" is asked); steps are
    taken, not made."""
    assert statement_of(ruleset, text).startswith(
        "The agency shall take [which steps] to place siblings together"
    )


def test_a_quoted_question_keeps_its_mark_when_words_follow_it(ruleset: Ruleset) -> None:
    """The deadline after a quoted question goes after its closing quote, the question
    mark kept inside (was 'ask the worker, "When is my next visit" by [date]?')."""
    statement = statement_of(ruleset, 'Mother will ask the worker, "When is my next visit?"')
    assert statement.startswith('Mother will ask the worker, "When is my next visit?" by [date]. ')


def test_a_quoted_question_inside_a_sentence_ends_no_sentence(ruleset: Ruleset) -> None:
    """A question quoted inside a sentence ends it not: what is added goes at the sentence's
    end (was '"What would you want for your own child" [how often, e.g. once a week]? And
    "Children can't wait," ...'). Quoted from an agency's page (fresh80.yaml)."""
    statement = statement_of(
        ruleset,
        "With our guiding values such as \u201cWhat would you want for your own child?\u201d and"
        " \u201cChildren can\u2019t wait,\u201d KVC leads the state in ensuring that children are"
        " safely reintegrated back into their homes within 12 months when possible.",
    )
    assert "your own child?\u201d and \u201cChildren can\u2019t wait,\u201d KVC leads" in statement


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # (real text, dev.yaml: was "therefore,. Should be terminated", "networks.
        # Consistent with", "dependency. \u201d.", and the ellipsis lost: "petition\u201d")
        ("Before determining that reunification is no longer appropriate, a juvenile court"
         " must find \u201cby clear and convincing evidence [that] reasonable efforts to"
         " reunify a child with his or her family will be detrimental to the child and that"
         " reunification services, therefore, . . . should be terminated.\u201d",
         "services, therefore, . . . should be terminated.\u201d "),
        ("Before the court can accept a case plan, it must consider whether the case plan is"
         " specifically \u201cdesigned to address facts and circumstances upon with the court"
         " based the findings of dependency . . . \u201d",
         "the findings of dependency . . . \u201d The "),
    ],
)  # fmt: skip
def test_words_left_out_of_a_quotation_keep_their_ellipsis(
    ruleset: Ruleset, text: str, kept: str
) -> None:
    """An ellipsis is no stop: it stays as written, the word after it keeps its case, and
    the sentence it ends needs no stop of its own."""
    assert kept in statement_of(ruleset, text)


def test_what_is_added_after_a_time_keeps_its_stop(ruleset: Ruleset) -> None:
    """The stop of "5:00 p.m." ends the sentence too: the deadline goes after it, with a
    stop of its own (was "at 5:00 p.m until [date]. ", the time's stop lost). Quoted from a
    drug court's handbook (dev.yaml)."""
    statement = statement_of(
        ruleset,
        "Those in the lower phases must also attend check-in on the second and fourth"
        " Thursday of every month at 5:00 p.m.",
    )
    assert "of every month at 5:00 p.m. until [date]. " in statement
    listed = statement_of(ruleset, "Do not bring food, snacks, drinks, etc.")  # (so does "etc.")
    assert listed.startswith("Do not bring food, snacks, drinks, etc. until [date]. ")
    # ... a word after it keeps its case, and what is added after it opens a sentence
    assert (
        statement_of(ruleset, "No conversation about court, lawyers, etc. are allowed.")[:55]
        == "No conversation about court, lawyers, etc. are allowed "
    )
    kept = statement_of(
        ruleset,
        "The VM is responsible for being present at all times during the visit and is"
        " required to keep a factual record of the visit, including a timeline of all"
        " activities taking place, including conversational topics, etc.",
    )
    assert "topics, etc. The caseworker will tell the parent" in kept


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The mother is an addict who cannot care for her children.",
            "The mother is [person-first words, e.g. a parent who uses",
        ),
        (
            "The perpetrator shall pay the costs of supervised visitation.",
            "[Person-first words, e.g. the parent who used violence] shall pay",
        ),
        (
            "Agree that the offender will do community service.",
            "Agree that [person-first words, e.g. the person who offended] will do",
        ),
        (
            "Perpetrators must attend a 26-week program.",
            "[Person-first words, e.g. the parents who used violence] must attend",
        ),
        (  # with what they did, said once (not "[...] of domestic violence")
            "Perpetrators of domestic violence must attend a 26-week program.",
            "[Person-first words, e.g. the parents who used violence] must attend",
        ),
    ],
)
def test_a_label_for_a_person_becomes_person_first_words(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """A stigmatising label is replaced by words for the person (the rule's message), and
    the placeholder's own article takes the place of the label's ("is an addict" -> "is
    [..., e.g. a parent who ...]")."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


def test_a_placeholder_asking_how_often_is_the_measure(ruleset: Ruleset) -> None:
    """ "maintain contact" becomes "[call or meet - how often]": that asks the measure, so
    no second "[how often, e.g. ...]" is added after it."""
    statement = statement_of(ruleset, "Mother will maintain contact with the worker.")
    assert statement.startswith(
        "Mother will [call or meet - how often] with the worker until [date]."
    )
    assert statement.count("how often") == 2  # the contact's, and the reporting's


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Caseworkers must make attempts to develop written service plans with each parent.",
            "Caseworkers must develop written service plans",
        ),
        ("The worker makes every attempt to contact the father.", "The worker contacts the father"),
        # an attempt in the past is what happened: as written (never "contacted")
        (
            "The worker made every attempt to contact the father.",
            "The worker made every attempt to contact the father",
        ),
    ],
)
def test_an_attempt_made_goes_with_its_make(ruleset: Ruleset, text: str, start: str) -> None:
    """ "make attempts to develop" loses "make" with "attempts to", not "make develops"."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text, dev.yaml) attempts counted, or the subject of a modal of their own
        ("Within the same period of seven (7) school days, the Principal shall make at least"
         " three (3) meaningful, good faith attempts to secure the participation of the"
         " student's parent/guardian/custodian on that team.",
         "good faith attempts to secure the participation"),
        ("The Absence Intervention team will be selected within 7 school days and attempts to"
         " secure the participation of the parents/guardian must, occur within 7 school days.",
         "and attempts to secure the participation of the parents/guardian must"),
        # an act, as before
        ("If a parent does not contact the Department once the child comes into foster care,"
         " the Department attempts to locate the parent.", "the Department locates the parent"),
    ],
)  # fmt: skip
def test_attempts_that_are_things_stay(ruleset: Ruleset, text: str, said: str) -> None:
    """ "good faith attempts to secure" is what is made, never "good faith secures"; nor is
    "attempts to secure X must occur" "secures X must occur"."""
    assert said in statement_of(ruleset, text)


def test_a_deadline_asked_is_no_part_of_the_evidence(ruleset: Ruleset) -> None:
    """(real text, dev.yaml) "given timely notice" is fixed as "given notice by [date]";
    what shows it was done is the notice given, never "Given notice by [date]"."""
    text = (
        "The foster parent shall be given timely notice of scheduled meetings and"
        " appointments involving the foster child."
    )
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None and rewrite["evidence"] == "given notice"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Mental health evaluation and/or treatment",
            "Mental health evaluation and/or [which treatment, by name]",
        ),
        (
            "complete drug and alcohol evaluations and recommended treatment",
            "Complete drug and alcohol evaluations and [which treatment, by name]",
        ),
        (
            "Work with your caseworker to develop your Family Service Plan.",
            "[Do what with, e.g. meet once a month with] your caseworker to develop",
        ),
    ],
)
def test_a_known_phrase_that_opens_or_ends_a_match_is_replaced_alone(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """A match longer than the phrases its fix knows ("evaluation and/or treatment", "work
    with your caseworker") keeps its other words when a known phrase at its start or end
    becomes a placeholder: the evaluation and the caseworker stay named."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


def test_a_qualifier_is_not_kept_before_a_plain_word(ruleset: Ruleset) -> None:
    """ "substantially comply with": "comply with" alone would become "follow", leaving
    "substantially follow" - the whole match is replaced instead."""
    text = "Mother will substantially comply with the safety plan."
    statement = statement_of(ruleset, text)
    assert "substantially" not in statement


def test_a_replacement_does_not_repeat_the_word_after_it(ruleset: Ruleset) -> None:
    """ "clean urine" is "negative urine test"; before "tests" that word is not said twice."""
    text = "Mother will provide clean urine tests every week."
    statement = statement_of(ruleset, text)
    assert statement.startswith("Mother will provide negative urine tests every week")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Stay in contact with my attorney.", "[Call or meet - how often] with my attorney"),
        (
            "Keep the agency informed of any change of address.",
            "Tell the agency [how soon] of any change",
        ),
        (
            "Mother will provide a safe and healthy environment for the children.",
            "Mother will provide a [say what safe means here] and healthy",
        ),
    ],
)
def test_two_rules_on_the_same_words_agree_on_the_fix(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "stay in contact" is flagged as a frequency word and as the whole case plan; the fix
    asks how often either way, not for "[each requirement, written out]". "provide a safe"
    keeps its verb: the standard is what is asked for."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # (real text) was "were given to [how often] on between the son and his mother"
        ("Similar instructions were given to keep communication on between the son and his"
         " mother.", "Similar instructions were given to [call or meet - how often] on"),
        ("The father will keep contact with the children.",
         "The father will [call or meet - how often] with the children"),
        ("Mother will stay in communication with the worker.",
         "Mother will [call or meet - how often] with the worker"),
    ],
)  # fmt: skip
def test_keeping_in_touch_said_any_way_asks_how_often_to_call_or_meet(
    ruleset: Ruleset, text: str, start: str
) -> None:
    assert statement_of(ruleset, text).startswith(start)


def test_coordinated_words_replaced_alike_become_one_placeholder(ruleset: Ruleset) -> None:
    """ "participate in and benefit from" both ask how the parent takes part: one
    placeholder, not "[take part how, ...] and [take part how, ...]"."""
    text = "Respondent-father was ordered to participate in and benefit from various services."
    statement = statement_of(ruleset, text)
    assert statement.startswith(
        "Respondent-father was ordered to [take part how, e.g. attend] various services"
    )


def test_a_state_as_a_fragment_is_what_the_help_is_for(ruleset: Ruleset) -> None:
    """ "Being financially stable;" has no verb the reading takes for an action: the help
    is so that the person can be what it names, not "with being [...]"."""
    statement = statement_of(ruleset, "Being financially stable;")
    assert "so that they can be [say what is to be shown, and how]" in statement
    assert "with being" not in statement


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "A judge can hold a non-compliant parent in contempt of court.",
            "A judge can hold a parent who [did what, as seen or heard, and when] in contempt",
        ),
        (
            "As a mature adult, are you willing to attend training seminars?",
            "As an adult who [did what, as seen or heard, and when], are you",
        ),
        (  # said of the person after "is": the words of a quality, coordinated ones once
            "Father is difficult and argumentative with staff.",
            "Father is [seen or heard doing what, and when] with staff",
        ),
        (
            "However, the family became uncooperative and did not complete the program.",
            "However, the family became [seen or heard doing what, and when] and did not",
        ),
        (  # after an article: a thing seen, with the noun of conduct it judges
            "Parents have displayed a negligent attitude to their education.",
            "Parents have displayed a [behavior seen or heard, and when] to their education",
        ),
        (
            "The monitor will report any non-compliance to the court.",
            "The monitor will report any [behavior seen or heard, and when] to the court",
        ),
        (  # before a thing: the kind of thing seen ("in [what was seen ...] cases" said
            # nothing in English)
            "Court intervention is taken by the Agency in stubborn cases.",
            "Court intervention is taken by the Agency in [what kind, as seen or heard] cases",
        ),
        (
            "The parent must not use manipulative techniques to extract information.",
            "The parent must not use [what kind, as seen or heard] techniques to extract",
        ),
        (  # before people, with no article
            "Unfit parents lose custody.",
            "Parents who [did what, as seen or heard, and when] lose custody",
        ),
        (  # in a verb's place, words that fill it (judgment.denial's fix)
            "Mother minimizes the impact of her drug use.",
            "Mother [said or did what, and when, about] the impact of her drug use",
        ),
        (  # ... and its -ing form (was "keeps [what was seen or heard, and when] the impact")
            "Mother keeps minimizing the impact of her drug use.",
            "Mother keeps [saying or doing what, and when, about] the impact of her drug use",
        ),
        (  # a pronoun after it is whose, never the person judged ("her who [did what]")
            "Mother deflects her responsibility for the injuries.",
            "Mother [what was seen or heard, and when] her responsibility for the injuries",
        ),
        (
            "Mother will stop making excuses for her boyfriend's behavior.",
            "Mother will stop [saying what, and when, about] her boyfriend's behavior",
        ),
    ],
)
def test_a_judgement_becomes_what_was_seen_in_the_words_of_its_place(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """A judgement word before a person is replaced by what was seen, after the person
    (with the article the person's word takes), not "a [what was seen or heard, and when]
    parent"; after "is" by what the person was seen doing; after an article by the
    behaviour seen."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("she self-refer to, attend and participate in the New Start Counselling Program.",
         "She self-refer to, attend the New Start Counselling Program"),
        ("Mother attends and actively participates in individual therapy.",
         "Mother attends individual therapy"),
        ("Meet and engage with the worker monthly.", "Meet with the worker monthly"),
        ("complete and follow recommendations of mental health assessments",
         "Complete [each recommendation, written out] of mental health assessments"),
        ("Report as directed by your youth probation officer.",
         "Report [how often] as set by your youth probation officer"),
        # a state the fix says replaces the verb of becoming joined to it (was "Become and
        # have no positive or missed drug screens")
        ("Become and remain drug free", "Have no positive or missed drug screens"),
        ("Mother will get and stay sober.", "Mother will have no positive or missed drug"),
    ],
)  # fmt: skip
def test_a_fix_the_words_before_it_already_say_is_not_said_twice(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "attend and participate in" asks for attendance once: "attend", never "attend and
    attend"; and who directs stays the one who sets how often ("as directed by your
    officer" is not "[how often] by your officer", which reads as the officer's duty)."""
    assert statement_of(ruleset, text).startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [  # (dev.yaml) taking part "fully" or "meaningfully" is taking part: the same fix (was
        # "Engage fully in an assessment ... by [date]. The parent will [action, e.g. ...]")
        ("Engage fully in an assessment of their parenting and their motivation to change.",
         "Attend an assessment of their parenting"),
        ("Parents shall participate fully in the development of the case plan.",
         "Parents shall [take part how, e.g. attend] the development of the case plan"),
        ("The bypass provision was intended for parents who refuse to participate meaningfully"
         " in a court-ordered drug treatment program.",
         "The bypass provision was intended for parents who refuse to attend a court-ordered"),
    ],
)  # fmt: skip
def test_taking_part_fully_or_meaningfully_is_taking_part(
    ruleset: Ruleset, text: str, start: str
) -> None:
    assert statement_of(ruleset, text).startswith(start)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Securing and maintaining employment", "so that they can secure and maintain employment"),
        ("Finding, securing, and keeping a job", "so that they can find, secure, and keep a job"),
    ],
)
def test_verbs_joined_to_the_need_are_all_in_the_base_form(
    ruleset: Ruleset, text: str, need: str
) -> None:
    """The need after "can" says each of its joined verbs in the base form, never "can
    secure and maintaining"."""
    assert need in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("held down a job", "so that they can hold down a job"),
        ("secured housing", "so that they can secure housing"),
        (
            "Be gainfully employed at least 30 hours a week",
            "so that they can be gainfully employed",
        ),
    ],
)
def test_a_need_said_as_done_is_what_the_help_is_for(
    ruleset: Ruleset, text: str, need: str
) -> None:
    """A need said as done ("held down a job") is helped so that the person can do it,
    never "with held down a job"."""
    statement = statement_of(ruleset, text)
    assert need in statement and f"with {text}" not in statement


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Mother will give urine drug screens when asked by her caseworker.",
            # (the date before the condition the sentence closes on, not after it)
            "Mother will give urine drug screens [how often or how much] until [date], when"
            " asked by her caseworker",
        ),
        ("Mother will submit to drug testing when asked.",
         "Mother will submit to drug testing [how often or how much]"),
        ("Help maintain family ties through regular family contact, as required by the child's"
         " case plan.", "Help maintain family ties through regular family contact, [how often "
         "or how much], as required by the child's case plan"),
        # (was "[how often or how much] his therapist", "[how often or how much] the monitor")
        ("Father will attend counseling as determined by his therapist.",
         "Father will attend counseling [how often or how much], as determined by his"
         " therapist"),
        ("Mother may attend extra sessions at the discretion of the monitor.",
         "Mother may attend extra sessions [how often or how much], as decided by the monitor"),
    ],
)  # fmt: skip
def test_an_amount_left_to_someone_asks_for_it_and_keeps_who_asks(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "when asked by her caseworker" keeps who asks and asks for the amount beside it,
    never "[how often or how much] by her caseworker"; so does what requires it ("as
    required by the case plan")."""
    assert statement_of(ruleset, text).startswith(start)


def test_help_is_given_to_whom_an_order_requires_it_of(ruleset: Ruleset) -> None:
    """The one an order "could require" to act gets the help (was "The agency will give
    could require a parent [help, ...]"; quoted from a news report, fresh57.yaml)."""
    statement = statement_of(
        ruleset,
        "An order could require a parent to make sure the child attends school, completes"
        " homework, studies, receives treatment and gets the needed transportation, according"
        " to the law.",
    )
    assert statement.startswith("The agency will give a parent [help, e.g. ")


def test_a_need_listed_among_conditions_becomes_help_beside_them(ruleset: Ruleset) -> None:
    """SPEC: a safety condition stays a condition and a poverty need becomes help. A goal
    listing both ("participate in anger management counseling and to maintain safe and
    stable housing") keeps the counseling as the parent's action and gives the housing as
    help the agency gives ("support"), never the whole goal as help nor the need as a
    condition. A list of alternatives ("or") and a list of words ("stable, clean, and safe
    housing") are not split."""
    mixed, alternatives, words = rewrite_plan(
        plan_of_texts(
            [
                "Father was also required to participate in anger management counseling and to"
                " maintain safe and stable housing.",
                "Mother must maintain full-time employment or attend a parenting class.",
                "Parent must attend therapy weekly and maintain stable, clean, and safe housing.",
            ]
        ),
        ruleset,
    ).goals
    rewrite = mixed.rewrite
    assert rewrite is not None
    assert rewrite["kind"] == "condition"
    assert rewrite["behavior"] == "attend anger management counseling"
    assert "housing" not in rewrite["behavior"]
    assert rewrite["support"].startswith("The agency will give Father [help, e.g. ")
    assert rewrite["support"].endswith(
        "so that they can maintain [say what safe and stable means here] housing."
    )
    assert rewrite["statement"].endswith(rewrite["support"])
    assert alternatives.rewrite is not None and "support" not in alternatives.rewrite
    assert words.rewrite is not None
    assert words.rewrite["behavior"] == "attend therapy weekly"
    assert words.rewrite["support"].endswith(" clean, and safe housing.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # quoted from a state appeal (holdout.yaml)
        ("it was recommended Mother obtain stable housing and complete an intensive"
         " outpatient program (IOP) to address her substance abuse issue",
         "It was recommended Mother complete an intensive outpatient program (IOP)"),
        ("It was ordered that the father maintain stable housing and attend anger management"
         " classes.", "It was ordered that the father attend anger management classes"),
    ],
)  # fmt: skip
def test_a_need_among_acts_asked_of_someone_is_split_after_the_asking(
    ruleset: Ruleset, text: str, kept: str
) -> None:
    """ "it was recommended Mother | obtain stable housing and complete an IOP": the acts
    are listed after whom they were asked of, so the IOP stays the condition with what asked
    it, and the housing becomes help with no asking in it (was "It complete an intensive
    outpatient program", help "so that they can be recommended Mother obtain ...")."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert str(rewrite["statement"]).startswith(kept)
    assert str(rewrite["support"]).endswith(
        "so that they can obtain [say what stable means here] housing."
        if "obtain" in text
        else "so that they can maintain [say what stable means here] housing."
    )


@pytest.mark.parametrize(
    "text",
    ["Immediately get an attorney.", "Mother will complete a parenting class."],
)
def test_a_one_off_task_gets_no_how_often(ruleset: Ruleset, text: str) -> None:
    """A one-off task is done or not: no "[how often, e.g. every two weeks]" is asked of it
    (was "Immediately get an attorney [how often, e.g. every two weeks]"), in the statement
    nor in its `measure`; something done again and again still gets one."""
    rewrite = rewrite_plan(plan_of_texts([text]), ruleset).goals[0].rewrite
    assert rewrite is not None
    assert "how often, e.g. every" not in rewrite["statement"]
    assert "once a week" not in rewrite["statement"]
    assert rewrite["measure"] is None
    again = statement_of(ruleset, "Visit with your child as agreed upon.")
    assert "[how often, e.g. twice a week]" in again


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Do not have any physical or verbal altercations with her extended family members.",
         "Do not have any physical or verbal altercations with her extended family members"
         " until [date]."),
        ("A kinship caregiver shall not provide child foster care unless the caregiver has"
         " been granted approval.", "A kinship caregiver shall not provide child foster care"
         " until [date] unless"),
    ],
)  # fmt: skip
def test_what_is_not_done_is_kept_up_until_a_date(ruleset: Ruleset, text: str, kept: str) -> None:
    """What a goal says not to do holds until a date, never "by" one (was "Do not have any
    physical or verbal altercations ... by [date]"), and asks no "how often"."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(kept)
    assert "[how often" not in statement.split(". ")[0]


def test_a_one_off_tasks_evidence_is_its_completion(ruleset: Ruleset) -> None:
    """The evidence suggested for a one-off task is its completion where the domain has it,
    not the domain's shortest ("complete a parenting class" was shown by "the visit log
    kept by the visit monitor"); what goes on keeps the domain's usual record."""
    done = statement_of(ruleset, "Mother will complete a parenting class.")
    assert "[evidence, e.g. the certificate of completion from the parenting program]" in done
    kept = statement_of(ruleset, "Provide consistent discipline and guidance to your children.")
    assert "certificate" not in kept and "visit log kept by the visit monitor" not in kept


def test_help_with_a_list_after_a_colon_is_for_its_action(ruleset: Ruleset) -> None:
    """A colon after "of" opens the list the sentence goes on to: the help is for the act
    ("so that they can provide documentation of: ...", was "within [how many days] with
    within two weeks of receiving this document ... provide documentation of: ..."), with
    the time the command opens with after it."""
    statement = statement_of(
        ruleset,
        "Within two weeks of receiving this document or at the request of his/her case manager,"
        " provide documentation of: proof of employment (paystub)",
    )
    assert "so that they can provide documentation of: proof of employment (paystub)" in statement
    assert " with within " not in statement
    # the time it opens with is kept (it was lost once the help was for the act)
    assert "(paystub), within two weeks of receiving this document or at the request" in statement


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Participate in developing your child\u2019s permanency plan.",
         "Help develop your child\u2019s permanency plan"),
        ("Youths age 14 and older must participate in developing the individual activities.",
         "must help develop the individual activities"),
        ("The agency participates in preparing a child in foster care to transition to"
         " adulthood.", "The agency helps prepare a child in foster care"),
    ],
)  # fmt: skip
def test_taking_part_in_an_act_is_helping_to_do_it(ruleset: Ruleset, text: str, said: str) -> None:
    """ "participate in developing your child's permanency plan" was "[take part how, e.g.
    attend] developing ...": taking part in an act said in -ing is helping to do it."""
    statement = statement_of(ruleset, text)
    assert said in statement
    assert "[take part how" not in statement


def test_help_is_never_for_a_verb_said_after_the_need(ruleset: Ruleset) -> None:
    """A verb said after the words of the need is not the need's: the help is for the need
    the goal names, in its words (was "so that they can face the law", "so that they can be
    necessary for [mother] to ...")."""
    for text, verb in [
        ("Any parent who will not educate her child and get them employment will face the"
         " law.", "can face"),
        ("[child]\u2019s Advocate, [advocate], knew that reliable transportation would be"
         " necessary for [mother] to provide a safe and stable home for [child].",
         "can be necessary"),
    ]:  # fmt: skip
        statement = statement_of(ruleset, text)
        assert statement.lower().startswith(text[:40].lower())
        assert "within [how many days] with this." in statement
        assert verb not in statement.split("The agency will give")[1]
    housing = statement_of(ruleset, "Mother must obtain stable housing.")
    assert "so that they can obtain [say what stable means here] housing" in housing


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text) was "... skills such as until [date]", "... which includes by [date];"
        ("Foster care parents are responsible for and need to assist the youth in learning or"
         " seeking independent living skills such as:", "living skills until [date] such as"),
        ("The plan will be drafted using a standard format which includes; Clear"
         " identification of the roles of professionals and family members.",
         "a standard format by [date] which includes;"),
    ],
)  # fmt: skip
def test_a_deadline_goes_before_the_list_a_sentence_opens(
    ruleset: Ruleset, text: str, said: str
) -> None:
    assert said in statement_of(ruleset, text)


def test_keeping_in_touch_asks_how_often_once(ruleset: Ruleset) -> None:
    """(real text) "maintain contact with juveniles on a regular basis" asks how often
    once: never "[call or meet - how often] with juveniles [how often]"."""
    statement = statement_of(
        ruleset,
        "The probation officers maintain contact with juveniles on a regular basis and ensures"
        " that they are abiding by all the terms and conditions of probation.",
    )
    assert statement.startswith(
        "The probation officers [call or meet - how often] with juveniles and"
    )
    assert "[how often]" not in statement


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("she made substantial efforts to seek drug treatment and complete her child care"
         " counseling and domestic violence classes", "She made substantial efforts to seek"),
        ("repeatedly failed to provide proof of employment and permanent housing",
         "Repeatedly failed to provide proof of employment and permanent housing."),
        ("she began checking off her court-ordered services and found stable housing",
         "She began checking off her court-ordered services and found"),
        # (real text) a record that tells more than one need not met: its words as told,
        # then the help (was "so that they can have failed to secure [say exactly what]
        # housing, did not engage ...", "so that they can verify her employment status ...
        # and admitted she never secured her own housing")
        ("The father had failed to secure adequate housing, did not engage in recommended"
         " mental health treatment, and exhibited insufficient bonding with the child.",
         "The father had failed to secure [say exactly what] housing, did not engage in"),
        ("She also never verified her employment status or income from any of her jobs and"
         " admitted she never secured her own housing despite referrals.",
         "She also never verified her employment status or income from any of her jobs and"
         " admitted she never secured her own housing despite referrals."),
        ("Mother could not maintain stable housing and did not attend therapy.",
         "Mother could not maintain [say what stable means here] housing and did not attend"
         " therapy."),
        # ... however the sentence opens (was "so that they can manage the children's
        # special needs, did not [how often] attend therapy")
        ("Termination of parental rights was proper where the father failed to make"
         " significant progress in maintaining income and housing, could not manage the"
         " children\u2019s special needs, did not consistently attend therapy.",
         "Termination of parental rights was [say exactly what] where the father failed"),
        # ... and with its opening slot (was "so that they can be failed to obtain ...")
        ("[the father] failed to obtain suitable housing and did not attend the assessment.",
         "[The father] failed to obtain [say exactly what] housing and did not attend the"
         " assessment. The agency will give"),
        # ... and told of someone said to have failed, the help is the parent's (was "The
        # agency will give [the child] [help ...] so that they can be placed with [mother]")
        ("The specialist testified that [mother] did not have a stable residence, and that"
         " [the child] should not be placed with [mother].",
         "The specialist testified that [mother] did not have a [say what stable means here]"
         " residence, and that [the child] should not be placed with [mother]. The agency"
         " will give the parent [help"),
        # what someone said is wanted, told with who said it (was "so that they can work on
        # budgeting skills so that she can pay her rent on time")
        ("He stated that he would like for [mother] to work on budgeting skills so that she"
         " can pay her rent on time.", "He stated that he would like for [mother] to work on"
         " budgeting skills so that she can pay her rent on time. The agency will give"),
    ],
)  # fmt: skip
def test_help_for_what_happened_says_it_whole(ruleset: Ruleset, text: str, told: str) -> None:
    """What happened is no fragment to help "with" (real text: was "within [how many days]
    with she made substantial efforts ..."), nor a need to say after "so that they can": it
    is said whole, as told, and the help after it (was "for the need this names: she made
    ...")."""
    statement = statement_of(ruleset, text)
    assert statement.startswith(told)
    assert "within [how many days] with this." in statement
    assert "so that they can" not in statement
    proof = statement_of(ruleset, "Proof of income")
    assert "within [how many days] with proof of income" in proof


def test_help_is_for_what_they_are_able_to_do(ruleset: Ruleset) -> None:
    """ "She was also able to secure stable housing" is help so that they can secure it (was
    "so that they can be also able to secure ...")."""
    statement = statement_of(ruleset, "She was also able to secure stable housing and employment.")
    assert (
        "so that they can secure [say what stable means here] housing and employment" in statement
    )


def test_help_for_a_need_a_slot_stands_for_keeps_the_slot_whole(ruleset: Ruleset) -> None:
    """ "Financially stable." is "[say what is to be shown, and how]": help with it, never
    "so that they can be shown, and how]" (the verb read inside the slot)."""
    statement = statement_of(ruleset, "Financially stable.")
    assert "within [how many days] with [say what is to be shown, and how]." in statement


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Mother will remain involved in her son's treatment.",
         "Mother will [take part how, e.g. attend] her son's treatment "),
        ("Father will stay actively involved in the case.",
         "Father will [take part how, e.g. attend] the case "),
        # engaging with a thing is taking part in it, never meeting it (was "you meet with
        # this process")
        ("It is important that you engage with this process to show your dedication.",
         "It is important that you [take part how, e.g. attend] this process "),
        # ... but one engages with a person by meeting them
        ("Father will engage with the caseworker monthly.",
         "Father will meet with the caseworker monthly"),
    ],
)  # fmt: skip
def test_staying_involved_in_something_asks_how_to_take_part(
    ruleset: Ruleset, text: str, start: str
) -> None:
    """ "remain involved in" is taken whole, its "in" too: never "will attend in her son's
    treatment"."""
    assert statement_of(ruleset, text).startswith(start)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text) was "have attendance at their youth's care", "initiate their
        # attendance at the case planning process"
        ("Detained youth who are parents, have involvement in their youth\u2019s care and are"
         " authorized for telephone communication shall be given opportunities for contact.",
         "have [taking part how, e.g. attendance at] their youth\u2019s care"),
        ("Engage any federally recognized tribe to initiate their involvement in the case"
         " planning process.", "their [taking part how, e.g. attendance at] the case"),
        # ... while a program is attended
        ("The participant is expected to maintain involvement in vocational or educational"
         " programs.", "attendance at vocational or educational programs"),
    ],
)  # fmt: skip
def test_involvement_in_something_not_attended_asks_how(
    ruleset: Ruleset, text: str, said: str
) -> None:
    assert said in statement_of(ruleset, text)


def test_involvement_in_a_crime_is_no_taking_part(ruleset: Ruleset) -> None:
    """(real text) "free of involvement in any criminal activity" is no vague taking part
    (was "free of attendance at any criminal activity")."""
    text = "An applicant must be free of involvement in any criminal activity."
    assert "involvement in any criminal activity" in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # (real text) a state the word lists do not know as a verb's (was "with employed at
        # least 80 hours per month")
        ("Employed at least 80 hours per month; or",
         "so that they can be employed at least 80 hours per month"),
        # a subject's failure is not its name (was "will give the father failed [help")
        ("The father failed to make significant progress in maintaining income and housing.",
         "The agency will give the father [help"),
    ],
)  # fmt: skip
def test_help_is_for_the_need_in_its_words(ruleset: Ruleset, text: str, said: str) -> None:
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a child's daily life or routine counts nothing (was no "[how often" asked, and
        # the handout's "How often: Daily."; dev.yaml)
        ("Informing the child's parents about events and happenings in the child's daily"
         " life.", True),
        ("The foster parent will keep to the child's daily routine.", True),
        ("The mother will call the child daily.", False),
        ("Report to ______daily by phone.", False),  # after a form's blank
    ],
)  # fmt: skip
def test_daily_life_is_no_frequency(ruleset: Ruleset, text: str, asked: bool) -> None:
    goal = statement_of(ruleset, text).split(". ")[0]
    assert ("[how often" in goal) is asked


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a visit's hours end at a time of day, no event to wait for (was "Monday 10am until
        # 5pm, expected by [date]"; dev.yaml)
        ("Monday 10am until 5pm", "Monday 10am until 5pm, until [date]."),
        ("Tuesday, 9am until 12pm or the time that playgroup finishes",
         "playgroup finishes, until [date]."),
        # ... while an event still is
        ("No contact until the no contact order is vacated.",
         "No contact until the no contact order is vacated, expected by [date]."),
        # ... and the sentence's end is not the event of an until it opens with (was "...
        # for periods of three hours, expected by [date]"; dev.yaml)
        ("THAT until further order the child spend time with the father twice a week for "
         "periods of three hours.", "for periods of three hours, until [date]."),
        ("Until further order by the Court, the Defendant is obligated to fetch the children "
         "at 9:00 AM on the given day.", "on the given day, until [date]."),
    ],
)  # fmt: skip
def test_a_time_of_day_is_no_event_awaited(ruleset: Ruleset, text: str, said: str) -> None:
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a placeholder for all of a quotation's words is no one's quoted words (was "Visit
        # the minors “[how often]”"; dev.yaml)
        ("visit the minors \u201cregularly\u201d", "Visit the minors [how often] until"),
        ("He said the mother was \u201cuncooperative and hostile\u201d at the visit.",
         "the mother was [what was seen or heard, and when] at the visit"),
        # ... while a quotation with words of its own keeps its marks
        ("Respondent was \u201coften combative.\u201d",
         "\u201coften [what was seen or heard, and when]"),
    ],
)  # fmt: skip
def test_a_placeholder_for_a_whole_quotation_drops_its_marks(
    ruleset: Ruleset, text: str, said: str
) -> None:
    assert said in statement_of(ruleset, text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # what was not kept up, said without a double negative, its "not" still over all it
        # negates (was "had not had no positive or missed drug screens"; dev.yaml)
        ("The court found that the mother had not maintained sobriety or engaged in required"
         " treatment services.", "the mother had not stayed free of positive or missed drug"
         " screens or engaged in required treatment services"),
        ("Father did not remain sober during the visits.",
         "Father did not stay free of positive or missed drug screens during the visits"),
        ("Mother will maintain sobriety.", "Mother will have no positive or missed drug screens"),
    ],
)  # fmt: skip
def test_sobriety_not_kept_is_no_double_negative(ruleset: Ruleset, text: str, said: str) -> None:
    assert said in statement_of(ruleset, text)


def test_which_needed_asked_lints_clean(ruleset: Ruleset) -> None:
    """The "[which, by name] needed to" a rewrite asks is not flagged again as "needed"
    left open (27 dev rewrites failed the lint-clean check when it first was)."""
    statement = statement_of(
        ruleset, "Instead, work out with the client the behaviors necessary to reduce risk."
    )
    assert "[which, by name] needed to reduce risk" in statement
    rules = {finding.rule for finding in relint(ruleset, statement).findings}
    assert "vague.undefined-standard" not in rules
