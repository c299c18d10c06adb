"""Goal analysis on the seed example of SPEC.md and on the ways plans write things: what the
packs' detectors and rules read, before the label model weighs it (labelmodel.py; the model
on these examples: tests/test_label_model.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reunify_cli.analysis.engine import Ruleset, analyse_plan
from reunify_cli.model import Element
from reunify_cli.selftest import plan_of_texts

SEED_VAGUE = "Parent must make progress in individual therapy."
SEED_GOOD = (
    "Parent must gain a better understanding of her own trauma contributing to her drug "
    "abuse and the impact of her drug abuse on the kids. This will be demonstrated through "
    "the mother's completion of a responsibility letter to each child and monthly reports "
    "from her therapist to the Child Welfare Services worker. Child Welfare Services worker "
    "will inform parent if and why she is not on track within a week of reviewing the "
    "monthly report."
)


def analyse(ruleset: Ruleset, text: str):  # type: ignore[no-untyped-def]
    return analyse_plan(plan_of_texts([text]), replace(ruleset, label_model=False)).goals[0]


def test_the_spec_seed_goals_read_the_same_with_the_label_model(ruleset: Ruleset) -> None:
    """SPEC.md's vague goal and its rewrite: what the rules say of them (below), the rules
    with the label model say too."""
    vague, good = analyse_plan(plan_of_texts([SEED_VAGUE, SEED_GOOD]), ruleset).goals
    assert vague.flags["vague"] and not any(vague.elements.values())
    assert not good.flags["vague"] and all(good.elements.values())


def test_seed_vague_goal_is_vague_with_no_elements(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, SEED_VAGUE)
    assert goal.flags["vague"] is True
    assert not any(goal.elements.values())
    assert "vague.make-progress" in {f.rule for f in goal.findings}


def test_seed_rewrite_is_not_vague(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, SEED_GOOD)
    assert goal.flags["vague"] is False
    for element in (
        Element.BEHAVIORAL,
        Element.TIME_LIMITED,
        Element.EVIDENCE_SOURCE,
        Element.REPORTING_CADENCE,
    ):
        assert goal.elements[element], element
    assert not [f for f in goal.findings if f.category.value == "vague"]


@pytest.mark.parametrize(
    "text",
    [
        "Mother made progress in therapy.",
        "Mother is making progress in therapy.",
        "Mother will make progress in therapy.",
        "MOTHER WILL MAKE PROGRESS IN THERAPY.",
    ],
)
def test_phrases_match_on_lemmas_and_any_case(ruleset: Ruleset, text: str) -> None:
    assert "vague.make-progress" in {f.rule for f in analyse(ruleset, text).findings}


def test_as_is_not_the_plural_of_a(ruleset: Ruleset) -> None:
    """The shipped lemma table makes "as" the plural of "a": a phrase "as appropriate"
    then matched "an appropriate" and its fix wrote a placeholder before the article."""
    excerpts = {
        (f.rule, f.excerpt) for f in analyse(ruleset, "Provide an appropriate home.").findings
    }
    assert ("vague.appropriate", "appropriate") in excerpts
    assert not any(rule == "vague.undefined-standard" for rule, _ in excerpts)
    found = {f.rule for f in analyse(ruleset, "Attend sessions as appropriate.").findings}
    assert "vague.undefined-standard" in found


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("Father will attend parenting class twice a week.", Element.MEASURABLE),
        ("Father will attend three sessions.", Element.MEASURABLE),
        ("Father will attend 3 sessions.", Element.MEASURABLE),
        ("Father will attend each visit.", Element.MEASURABLE),
        ("Father will attend every Monday.", Element.MEASURABLE),
        # an age or a birthday as the point in time
        ("The youth was in foster care on their 18th birthday.", Element.TIME_LIMITED),
        ("Start planning with the young person from 15 years of age.", Element.TIME_LIMITED),
        ("At the age of 18, have an open dependency case.", Element.TIME_LIMITED),
        ("Father will participate in bimonthly visitation.", Element.MEASURABLE),
        ("Mum will ring the school fortnightly.", Element.MEASURABLE),
        ("The father was given supervised visitation.", Element.MEASURABLE),
        ("Contact between them is supervised.", Element.MEASURABLE),
        ("I have to supervise contact with her dad.", Element.MEASURABLE),
        ("The plan is reviewed termly with the designated teacher.", Element.MEASURABLE),
        ("Father will attend monthly.", Element.MEASURABLE),
        ("Pay child support of $100/month.", Element.MEASURABLE),
        ("The youth may select up to two individuals to attend.", Element.MEASURABLE),
        ("Her abstention from substance abuse", Element.MEASURABLE),
        ("Remain drug and alcohol free.", Element.MEASURABLE),
        ("Maintaining abstinence from cannabis", Element.MEASURABLE),
        ("Father will enroll by 2026-05-01.", Element.TIME_LIMITED),
        ("Father will enroll by May 1, 2026.", Element.TIME_LIMITED),
        ("Father will enroll by 5/1/2026.", Element.TIME_LIMITED),
        ("Father will enroll within 30 days.", Element.TIME_LIMITED),
        ("Father will enroll within thirty days.", Element.TIME_LIMITED),
        # an event as the deadline
        ("Upon case transfer, the case manager will evaluate the plans.", Element.TIME_LIMITED),
        ("The training must be renewed prior to expiry.", Element.TIME_LIMITED),
        ("Report at the next scheduled permanency hearing.", Element.TIME_LIMITED),
        ("Information must be given to the family before referral.", Element.TIME_LIMITED),
        ("Father will enroll before the next court hearing.", Element.TIME_LIMITED),
        ("Reunify with the children within six to nine months.", Element.TIME_LIMITED),
        ("Carers have 21 days from the date the child is placed to apply.", Element.TIME_LIMITED),
        ("Mother will complete a parenting class by 12/2026.", Element.TIME_LIMITED),
        ("Mother will complete a parenting class by Spring 2027.", Element.TIME_LIMITED),
        ("Write it down on the form before you sign it.", Element.TIME_LIMITED),
        ("Father will call the worker within 24 hours.", Element.TIME_LIMITED),
        ("Father will stay sober for 6 months.", Element.TIME_LIMITED),
        ("Results must be confirmed before being presented in court.", Element.TIME_LIMITED),
        ("The placement may not exceed 180 days.", Element.TIME_LIMITED),
        (
            "Parents will remain in the program between 12 months and two years.",
            Element.TIME_LIMITED,
        ),
        ("Care leavers receive support up to age 25.", Element.TIME_LIMITED),
        ("The agreement will be developed at your next review meeting.", Element.TIME_LIMITED),
        ("Mother will attend treatment during the term of the contract.", Element.TIME_LIMITED),
        ("Workers must visit while the order is in force.", Element.TIME_LIMITED),
        ("The worker will visit monthly while the order is in place.", Element.TIME_LIMITED),
        ("Do not own firearms as long as the order remains in effect.", Element.TIME_LIMITED),
        ("Before contact is approved, both parents will attend a meeting.", Element.TIME_LIMITED),
        ("Remain drug-free before court will consider reunification.", Element.TIME_LIMITED),
        ("Submit the plan before the committee meeting.", Element.TIME_LIMITED),
        ("The youth will get support on leaving care.", Element.TIME_LIMITED),
        ("Group entry must be preceded by an intake interview.", Element.TIME_LIMITED),
        ("Starting at age 14, youth must begin preparation.", Element.TIME_LIMITED),
        ("They must apply for college early in their senior year.", Element.TIME_LIMITED),
        ("The plan is to be reviewed by that date.", Element.TIME_LIMITED),
        (
            "The child shall not be placed out of state without prior approval of the court.",
            Element.TIME_LIMITED,
        ),
        ("All food, gifts, or games must be pre-approved.", Element.TIME_LIMITED),
        ("The agreement will be reviewed at the time of your renewal.", Element.TIME_LIMITED),
        ("Human Services has 24 hours to investigate the report.", Element.TIME_LIMITED),
        ("Client shall be given 24 hours to make up a missed screen.", Element.TIME_LIMITED),
        ("The supervision order ceases when the child is 18 years.", Element.TIME_LIMITED),
        ("The boy is to remain a ward of the state until he turned 18.", Element.TIME_LIMITED),
        ("Arrangements continue until the child reaches school age.", Element.TIME_LIMITED),
        ("No contact with the child until the child's 18th birthday.", Element.TIME_LIMITED),
        ("The father must do the test by 3 pm on the day after his time.", Element.TIME_LIMITED),
        ("Contact each Sunday from 11 am until 2 pm.", Element.TIME_LIMITED),
        ("Contact occurs between 6 pm on Friday and 5 pm on Saturday.", Element.TIME_LIMITED),
        ("The chief executive will supervise you for 6 to 12 months.", Element.TIME_LIMITED),
        (
            "The agreement will be reviewed at the time of your renewal.",
            Element.REPORTING_CADENCE,
        ),
        (
            "Father will enroll, as verified by the program's intake letter.",
            Element.EVIDENCE_SOURCE,
        ),
        ("The plan must be signed by the agency and the parents.", Element.EVIDENCE_SOURCE),
        ("All reports shall be filed with the Children's Court.", Element.EVIDENCE_SOURCE),
        ("The plan is completed and forwarded to the juvenile court.", Element.EVIDENCE_SOURCE),
        ("The department must complete a written alternate care plan.", Element.EVIDENCE_SOURCE),
        ("Complete 90 meetings in 90 days and turn in slips weekly.", Element.EVIDENCE_SOURCE),
        ("Allow the reports to be provided to DHHS.", Element.EVIDENCE_SOURCE),
        (
            "The therapist will send monthly progress reports to the worker.",
            Element.REPORTING_CADENCE,
        ),
        ("Show the worker the number of jobs applied for each day.", Element.REPORTING_CADENCE),
        ("Complete 90 meetings in 90 days and turn in slips weekly.", Element.REPORTING_CADENCE),
        ("Monthly face to face contact by the SSW with the family.", Element.REPORTING_CADENCE),
        (
            "The plan is redone within 30 days and every 30 days thereafter.",
            Element.REPORTING_CADENCE,
        ),
        ("Allow a DCFS caseworker to visit her home twice per month.", Element.REPORTING_CADENCE),
        ("The children's school attendance to be monitored daily.", Element.REPORTING_CADENCE),
        ("The licenser must be informed within seventy-two (72) hours.", Element.REPORTING_CADENCE),
        (
            "Safety plans must be renegotiated with the family at least every 14 days.",
            Element.REPORTING_CADENCE,
        ),
        (
            "Foster parents shall notify the office before taking the child on vacation.",
            Element.REPORTING_CADENCE,
        ),
        (
            "The worker will tell Father within 7 days of each report whether he is on track.",
            Element.REPORTING_CADENCE,
        ),
        ("Mother will submit a written budget to the worker by May 1.", Element.EVIDENCE_SOURCE),
        ("Signatures of the parents and the caseworker.", Element.EVIDENCE_SOURCE),
        ("Father will obtain a home study of his apartment.", Element.EVIDENCE_SOURCE),
        ("All visitors must sign in at the reception desk.", Element.EVIDENCE_SOURCE),
        ("Email the visit notes to the FCM within 3 days of each visit.", Element.EVIDENCE_SOURCE),
        (
            "The Contractor will follow up with written correspondence within seven days.",
            Element.EVIDENCE_SOURCE,
        ),
        (
            "All reports shall be filed in the Court five days before the review.",
            Element.EVIDENCE_SOURCE,
        ),
        (
            "The monitor will report observations to the referring agency after each visit.",
            Element.EVIDENCE_SOURCE,
        ),
        ("Youth will be seen twice a month by the case manager.", Element.REPORTING_CADENCE),
        (
            "Father will have contact once per month with the court services officer.",
            Element.REPORTING_CADENCE,
        ),
        ("You must contact the FSW at least once a month.", Element.REPORTING_CADENCE),
        (
            "Mother will meet with her probation officer every other week.",
            Element.REPORTING_CADENCE,
        ),
        (
            "The program shall submit to the agency at three-month intervals a report.",
            Element.REPORTING_CADENCE,
        ),
        ("Stay away from the premises, another party, or the child.", Element.MEASURABLE),
        ("The father will keep away from the children's school.", Element.MEASURABLE),
        ("Wear the monitor whenever the children are present.", Element.MEASURABLE),
        ("Come to court sober.", Element.MEASURABLE),
        ("Father will arrive at visits sober.", Element.MEASURABLE),
        ("gain full-time employment", Element.BEHAVIORAL),
        ("Mother will not miss any scheduled visits.", Element.BEHAVIORAL),  # a ban on an act
        ("Do not skip any appointments.", Element.BEHAVIORAL),
        ("File the report by the court date.", Element.TIME_LIMITED),
        ("Send the court report before court.", Element.TIME_LIMITED),
        ("Before a court enters an order, it must consider the plan.", Element.TIME_LIMITED),
        ("Stay in contact until the court's jurisdiction ends.", Element.TIME_LIMITED),
        ("Parents must arrive 15 minutes early for each visit.", Element.TIME_LIMITED),
        ("If you need to cancel, call ahead of time.", Element.TIME_LIMITED),
        ("Transition planning is provided beginning at age seventeen.", Element.TIME_LIMITED),
        ("Maintenance is paid until the child attains the age of eighteen.", Element.TIME_LIMITED),
        ("Have been in care when the young adult became eighteen.", Element.TIME_LIMITED),
        ("All adults in the home must pass a criminal background check.", Element.EVIDENCE_SOURCE),
        ("Police checks on all adults in the home will be carried out.", Element.EVIDENCE_SOURCE),
        (
            "Do not leave the state without the written permission of the Secretary.",
            Element.EVIDENCE_SOURCE,
        ),
        ("Provide medical evidence for each absence.", Element.EVIDENCE_SOURCE),
        # duties of disclosure and of drafting are acts someone can see done
        ("The parties must disclose any allegations of drug use.", Element.BEHAVIORAL),
        ("The worker will formulate a case plan with the family.", Element.BEHAVIORAL),
        ("The statement should indicate whether the child has an IEP.", Element.BEHAVIORAL),
        # a stage of the case without an article, a pending event, a day of the month
        ("Complete the home study prior to approval.", Element.TIME_LIMITED),
        ("While the petition is pending, attend every visit.", Element.TIME_LIMITED),
        ("Mail the progress report by the 10th of each month.", Element.TIME_LIMITED),
        # the plan re-evaluated at a frequency; officers in the plural
        (
            "Case plan evaluation and revision will occur at least every 6 months.",
            Element.REPORTING_CADENCE,
        ),
        ("Meet with your probation officers once a month.", Element.REPORTING_CADENCE),
    ],
)
def test_elements_are_recognised(ruleset: Ruleset, text: str, element: Element) -> None:
    assert analyse(ruleset, text).elements[element] is True


@pytest.mark.parametrize(
    "text",
    [
        "Participants appear before the judge with their case specialist.",
        "Father will attend parenting class twice a week.",
        "Mother will meet her sponsor at the coffee shop.",
        "Mother will have supervised visits twice a week for 1 hour.",
        "Visits will last up to 2 hours at the center.",
        "Reviews are held every six (6) months from the date the child entered care.",
        "Pay $200 per month from the date of the order.",
        "Have a paid job and work at least 80 hours per month.",
        "Attend school at least 3 days a week.",
        "Live in a placement licensed under the standards for 18 to 21 year olds.",
        "Visits last for 2 to 3 hours at the contact centre.",
        # the court as the one who acts or a place, not a deadline
        "Each parent shall complete the program unless waived by the court.",
        "The family may have been ordered by the court to cooperate with the agency.",
        "Calls are encouraged unless they have been prohibited by court order.",
        "Parents are placed before the court when they fail to send their children to school.",
        "The party must file a motion before the Court setting out the reasons.",
        # (real text, dev.yaml) who a matter comes before, who does a thing, how it is done
        "Ensure the witness is relevant to determine the matter before the Court at trial.",
        "The service plan shall be prepared by the department in conference with the parents.",
        "Specific harm to the child is caused by the visits.",
        "Youth can enter this program by signing a Voluntary Placement Agreement (VPA).",
        # ... or the rules a person abides by (was read as "by the ground rules visitation")
        "If she could not abide by the ground rules visitation would remain suspended.",
        # ... or a committee as a place, working on a thing, a service's name (dev.yaml)
        "Conduct a social investigation and submit a report before the Committee.",
        "I agree to work on completing the goals in my TILP.",
        "All carers can also access DCP After Hours support for urgent matters.",
        # when in a recurring visit or week a thing is done, not a deadline
        "All visits must be paid for in cash at the time of the visit.",
        "Tidy the contact room at the end of each contact session.",
        "The arrangements involved three video calls during the week.",
        "The foster carer is responsible for the day-to-day care of the child.",
        # a distance, not a time ("within a" was read as "within a week")
        "Approaching or remaining within a certain distance of the protected person.",
        "Carers are expected to facilitate contact within a 20 mile radius.",
    ],
)
def test_places_and_frequencies_are_not_time_limits(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).elements[Element.TIME_LIMITED] is False


@pytest.mark.parametrize(
    "text",
    [
        "Complete the class within a six-month period.",
        "Find a job within a couple of weeks.",
        "Complete the assessment within a 30-day period.",
    ],
)
def test_within_a_counted_time_is_a_time_limit(ruleset: Ruleset, text: str) -> None:
    """ "within a" is a time only with one: a count and its unit (not "within a certain
    distance")."""
    assert analyse(ruleset, text).elements[Element.TIME_LIMITED] is True


def test_whenever_possible_is_no_measure(ruleset: Ruleset) -> None:
    """Whenever the children are present holds at all times; whenever possible is left to
    a later judgement."""
    goal = analyse(ruleset, "Parents will share information with the school whenever possible.")
    assert goal.elements[Element.MEASURABLE] is False


def test_a_visit_schedule_is_not_a_reporting_cadence(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "Make monthly contact with the foster parents.")
    assert goal.elements[Element.REPORTING_CADENCE] is False


@pytest.mark.parametrize(
    "text",
    [
        "Submit to UAs weekly.",
        "Submit to random drug testing twice a week.",
        "Mother submits to a psychological evaluation within 30 days.",
        "Father submitted to hair follicle testing every month.",
        "The parent must submit to weekly, random drug testing for the first six months.",
    ],
)
def test_submitting_to_a_test_is_not_reporting(ruleset: Ruleset, text: str) -> None:
    """'Submit to testing' is undergoing it, not sending anything to anyone (LABELS.md:
    the frequency of the activity itself is no reporting cadence)."""
    assert analyse(ruleset, text).elements[Element.REPORTING_CADENCE] is False


def test_submitting_to_someone_is_still_reporting(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "Submit to the court within 10 days a written report.")
    assert goal.elements[Element.REPORTING_CADENCE] is True


@pytest.mark.parametrize(
    "text",
    [
        "Provide transportation for the child to and from daily activities.",
        "Provide structure and daily activities for the child.",
        "A participant shall provide twice-daily breath tests.",
        "Bring appropriate items to the visit for the child.",
        "Participants go to treatment groups as many as 6 times each week.",
    ],
)
def test_how_often_a_task_is_done_is_not_reporting(ruleset: Ruleset, text: str) -> None:
    """Provide, give, bring, show and present report only a record (LABELS.md: the
    frequency of the activity itself is no reporting cadence)."""
    assert analyse(ruleset, text).elements[Element.REPORTING_CADENCE] is False


@pytest.mark.parametrize(
    "text",
    [
        "Provide proof of attendance to the caseworker monthly.",
        "Provide an updated case service plan every 90 days.",
        "Show the pay stubs at each visit.",
        "The case plan shall be re-assessed prior to any court hearing.",
        "It must also be reviewed and revised following all ISP team meetings.",
        "The assessment is then re-administered every 12 months.",
        "Safety plans must be renegotiated at least every fourteen (14) working days.",
        "The plan is furnished to the court and the parents within 21 days.",
        "Talk to my case worker at least once a month to report on my progress.",
        "The worker will check with the mother at each monthly visit that the pass came.",
    ],
)
def test_how_often_a_record_is_sent_or_reviewed_is_reporting(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).elements[Element.REPORTING_CADENCE] is True


@pytest.mark.parametrize(
    "text",
    [
        "Parent Orientation provides them with an understanding of the system.",
        "Provide the child with appropriate care.",
    ],
)
def test_being_handed_a_state_or_an_open_standard_is_no_task(ruleset: Ruleset, text: str) -> None:
    """'provide you with a Parent Binder' is one thing handed over; an understanding or
    'appropriate care' is not a thing, so no one-off task makes the goal measurable."""
    assert analyse(ruleset, text).elements[Element.MEASURABLE] is False


@pytest.mark.parametrize(
    "text",
    [
        "A new plan was to be filed within eight weeks.",
        "Everyone who took part shall sign and date the completed service plan.",
        "The agency must prepare a case service plan and make it available to the court.",
        "If you cannot make it to a hearing, write a statement to the court explaining why.",
        "This provider supervises the visitation and writes a brief report about it.",
        "Participants must sign an application, acknowledging the rules.",
        "All foster parents must submit a declaration of good health.",
        "A Pre Meeting Report must be supplied by the social worker.",
    ],
)
def test_a_plan_filed_signed_or_made_available_is_evidence(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).elements[Element.EVIDENCE_SOURCE] is True


@pytest.mark.parametrize(
    "text",
    [
        "Youth will submit applications for at least five jobs per week.",
        "Mother will write an apology to the victim.",
        # (real text, dev.yaml) a time in minutes is no meeting's minutes
        "Parents must arrive within 15 minutes of the agreed meeting time.",
    ],
)
def test_job_applications_and_apologies_are_no_record(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).elements[Element.EVIDENCE_SOURCE] is False


@pytest.mark.parametrize(
    "text",
    [
        "Pay the water bill by May 1.",  # LABELS.md's own example of a goal that is not vague
        "Mom will call the pediatrician by 5/1.",
        "Father will contact the housing authority by [date].",
        "Mother will meet with the school counselor no later than June 30, 2026.",
    ],
)
def test_an_action_done_once_by_a_date_is_measurable(ruleset: Ruleset, text: str) -> None:
    """A call, a payment or a meeting goes on without an end; by a date it is one task,
    plainly done or not (LABELS.md)."""
    goal = analyse(ruleset, text)
    assert goal.elements[Element.MEASURABLE] is True
    assert goal.elements[Element.TIME_LIMITED] is True
    assert goal.flags["vague"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Mom will call the pediatrician.",  # no date: how often?
        "Dad will attend therapy by May 1.",  # therapy goes on: how much of it?
        "Call the pediatrician when asked by the worker.",
    ],
)
def test_an_ongoing_action_without_a_date_is_not_a_task(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).elements[Element.MEASURABLE] is False


@pytest.mark.parametrize(
    "text",
    [
        "Attend supervised visits x2/week at the agency.",
        "Attend AA x3 per week.",
        "Attend AA 3x wkly.",
        "Call the testing line 1x/day.",
        "Attend a review meeting at three-month intervals.",
    ],
)
def test_a_rate_in_shorthand_is_a_measure(ruleset: Ruleset, text: str) -> None:
    goal = analyse(ruleset, text)
    assert goal.elements[Element.MEASURABLE] is True
    assert goal.flags["vague"] is False


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Find employment.", True),
        ("Obtain housing and income.", True),
        ("Gain full-time employment by June.", True),
        ("Obtain stable housing.", False),  # whose standard of stable?
        ("Obtain employment sufficient to meet the needs of the child.", False),
    ],
)
def test_getting_a_job_or_a_home_is_had_or_not(
    ruleset: Ruleset, text: str, measurable: bool
) -> None:
    """A job or a home is had by the review or not (a one-off task); an open standard on
    it leaves the goal open."""
    assert analyse(ruleset, text).elements[Element.MEASURABLE] is measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Visits can only take place at the family center.", True),
        ("Only the people named on the court order may attend the visits.", True),
        ("Father will pick up the children only through the school office.", True),
        ("Family time is limited to the mother and the two children.", True),
        ("Tell the caseworker in writing about a new partner.", True),
        ("Discuss only appropriate topics with the children.", False),
        ("Only agree to services you can attend.", False),
    ],
)
def test_a_restriction_of_who_or_where_is_a_measure(
    ruleset: Ruleset, text: str, measurable: bool
) -> None:
    """'only at the family center', 'limited to the mother', 'in writing': each act keeps
    the rule or breaks it (a defined criterion, LABELS.md); 'only appropriate topics'
    leaves the standard open."""
    assert analyse(ruleset, text).elements[Element.MEASURABLE] is measurable


@pytest.mark.parametrize(
    ("text", "measurable", "vague"),
    [
        ("Mother will comply with the safety plan signed on March 2.", True, False),
        ("Father shall abide by the provisions of the agreement.", True, False),
        ("Hand the child over in compliance with the Consent Order.", True, False),
        ("The respondent is to have sole care and control of the child.", True, False),
        ("A foster carer must have a full driver licence.", True, False),
        ("Mother will substantially comply with the case plan.", False, True),
        ("Father will comply with all recommendations.", False, True),
        ("The family must have sufficient resources to care for a child.", False, True),
    ],
)
def test_keeping_to_a_named_plan_or_holding_a_named_thing_is_a_criterion(
    ruleset: Ruleset, text: str, measurable: bool, vague: bool
) -> None:
    """One named plan, order or agreement kept to, or one named thing held (a licence,
    custody, records), is kept or not (dev's rulings); "substantially", "all
    recommendations" and "sufficient resources" leave the standard open."""
    report = analyse(ruleset, text)
    assert report.elements[Element.MEASURABLE] is measurable
    assert report.flags["vague"] is vague


@pytest.mark.parametrize(
    "text",
    [
        "A missed check in will result in a positive UA.",
        "Failure to appear may result in prosecution and a fine.",
        "A home study shall be done.",
        "Testing is to be conducted at an approved laboratory.",
        "Foster parents shall be age 21 or older.",
    ],
)
def test_a_stated_consequence_is_a_rule_that_holds_or_not(ruleset: Ruleset, text: str) -> None:
    """LABELS.md: a stated consequence is no judgement, and it is checkable; so is a task
    said to be done or conducted, and an age threshold."""
    report = analyse(ruleset, text)
    assert report.elements[Element.MEASURABLE]
    assert not report.flags["vague"]


def test_judgment_and_poverty_flags(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "Mother is non-compliant and must obtain stable housing.")
    assert goal.flags["judgmental_language"] is True
    assert goal.flags["poverty_condition"] is True


def test_internal_state_without_demonstration_is_vague(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "Mother will gain a better understanding of her trauma.")
    assert goal.flags["vague"] is True
    assert "vague.understanding" in {f.rule for f in goal.findings}


def test_the_service_of_a_service_plan_is_no_unnamed_service(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "All parties shall sign and date the completed service plan.")
    assert "vague.services" not in {f.rule for f in goal.findings}
    goal = analyse(ruleset, "Mother will complete their services by June 1.")
    assert "vague.services" in {f.rule for f in goal.findings}


def test_etc_after_a_list_of_examples_is_not_an_undefined_standard(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "Keep a list of safe places (neighbour's house, relative's house etc).")
    assert "vague.undefined-standard" not in {f.rule for f in goal.findings}


def test_a_hint_about_a_ban_does_not_make_the_goal_vague(ruleset: Ruleset) -> None:
    goal = analyse(ruleset, "Father will refrain from using drugs or alcohol.")
    assert "vague.refrain" in {f.rule for f in goal.findings}  # the advice stays
    assert goal.flags["vague"] is False  # a ban is checkable (LABELS.md)


def test_where_possible_is_a_hint_not_a_vague_goal(ruleset: Ruleset) -> None:
    goal = analyse(
        ruleset, "Where possible, parents will be given five days' notice of the meeting."
    )
    assert "vague.where-possible" in {f.rule for f in goal.findings}  # the advice stays
    assert goal.flags["vague"] is False  # the task is still checkable (LABELS.md)


@pytest.mark.parametrize(
    "text",
    [
        "You will revisit the agreement every time you have a carer review meeting.",
        "Be sure that the worker always has your current address and telephone number.",
        "Children may not have telephone or personal contact with the father.",
        "If you don't have transportation, tell your caseworker before the visit.",
        "If you don\u2019t have transportation, tell your caseworker before the visit.",
    ],
)
def test_words_near_poverty_are_not_poverty_conditions(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).flags["poverty_condition"] is False


def test_a_phone_and_a_car_asked_of_a_parent_are_poverty_conditions(ruleset: Ruleset) -> None:
    for text in ("Mother must have a telephone.", "Father must have a car by May 1."):
        assert analyse(ruleset, text).flags["poverty_condition"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Foster parents must have a working telephone.",
        "The foster parent shall have enough income to meet the household's needs.",
        "Kinship caregivers must have reliable transportation.",
    ],
)
def test_a_carers_phone_income_or_car_is_not_a_condition_on_the_family(
    ruleset: Ruleset, text: str
) -> None:
    goal = analyse(ruleset, text)
    assert goal.actor == "caregiver"
    assert goal.flags["poverty_condition"] is False  # the standard of care the agency pays for


@pytest.mark.parametrize(
    "text",
    [
        "She never secured her own housing despite referrals.",  # as an opinion tells it
        "held down a job",
        "a job",  # an item of a court's list of requirements
    ],
)
def test_a_job_or_a_home_in_the_past_tense_or_alone_is_a_poverty_condition(
    ruleset: Ruleset, text: str
) -> None:
    assert analyse(ruleset, text).flags["poverty_condition"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Candidates for licensure shall be persons who are well-behaved in the community.",
        "Negligent parents will be required to undertake drug testing.",
        "Applicants must be of good character.",
    ],
)
def test_a_character_asked_for_or_labelled_is_judgmental(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).flags["judgmental_language"] is True


def test_significant_harm_and_significant_others_are_not_open_standards(ruleset: Ruleset) -> None:
    for text, flagged in (
        ("Workers must act when significant harm has occurred.", False),
        ("Give the child the number of a safe significant other.", False),
        ("Tell the worker about any significant change.", True),
    ):
        rules = {f.rule for f in analyse(ruleset, text).findings}
        assert ("vague.undefined-standard" in rules) is flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Foster parents will promote the child's welfare.",
        "The plan shall include the specific services needed to reduce the problems.",
        "Give the parents a reasonable opportunity to obtain advice.",
        "Undergo an evaluation and follow treatment recommendations.",
        "Get the professional help you need.",
    ],
)
def test_aims_and_open_qualifiers_are_vague(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).flags["vague"] is True


def test_a_record_system_is_evidence_and_an_agency_s_custody_is_not(ruleset: Ruleset) -> None:
    entered = analyse(ruleset, "The worker will enter each visit in TFACTS by Friday.")
    assert entered.elements[Element.EVIDENCE_SOURCE] is True
    custody = analyse(ruleset, "The specialist visits each child in OKDHS custody.")
    assert custody.elements[Element.EVIDENCE_SOURCE] is False


@pytest.mark.parametrize(
    "text",
    [
        "If you need help with transportation, tell your caseworker.",
        "You need to call the visit line before each visit.",
        "Foster parents: let us know at least two hours in advance if you need help.",
        "Develop a case plan based on the needs identified in the assessment within 30 days.",
    ],
)
def test_the_verb_need_is_not_an_open_standard(ruleset: Ruleset, text: str) -> None:
    rules = {f.rule for f in analyse(ruleset, text).findings}
    assert "vague.undefined-standard" not in rules


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        ("Core groups should be every four weeks.", True),
        ("The team meets weekly to staff each participant.", True),
        ("This license must be renewed annually.", True),
        ("We will hold further conferences at 6 month intervals.", True),
        ("The agency conducts quarterly assessments of the young adult's home.", True),
        ("The agency shall conduct annual relicensing studies on all foster homes.", True),
        ("Attend weekly AA meetings.", False),  # meetings a parent attends: no review
    ],
)
def test_the_case_looked_at_again_at_a_frequency_is_a_cadence(
    ruleset: Ruleset, text: str, cadence: bool
) -> None:
    assert analyse(ruleset, text).elements[Element.REPORTING_CADENCE] is cadence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Fill out a new Intake Form if the arrangement changes.", True),
        ("On a monthly basis, use Form 2151A to report to the worker.", True),
        ("The ISP form must be fully completed on all cases.", True),
        ("You must also provide references.", True),
        ("The child's name must be placed on the child protection register.", True),
        ("The visit will be videoed.", True),
        ("The foster parents shall not use spanking or other forms of punishment.", False),
        ("The conference is held when the name is placed on the register.", False),
    ],
)
def test_a_form_filled_in_references_and_a_register_are_records(
    ruleset: Ruleset, text: str, evidence: bool
) -> None:
    assert analyse(ruleset, text).elements[Element.EVIDENCE_SOURCE] is evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Enter in the case record all contacts with the parents.", True),
        ("The referral shall be entered into the DFS data system.", True),
        ("The parent must enter into a Voluntary Kinship Arrangement Agreement.", True),
        ("Keep the rent receipts.", True),
        ("Mother will enter into substance abuse treatment.", False),
        ("The parents shall enter into a bond to exercise proper care of the child.", False),
        ("Visit the home within three business days of receipt of the report.", False),
    ],
)
def test_entering_a_record_or_a_receipt_kept_is_evidence_entering_care_or_a_date_is_not(
    ruleset: Ruleset, text: str, evidence: bool
) -> None:
    assert analyse(ruleset, text).elements[Element.EVIDENCE_SOURCE] is evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a signing that only sets the time shows nothing of the action
        ("Parents will obtain Independent Legal Advice before signing the Parenting"
         " Coordination Agreement.", False),
        ("Mother will sign the release forms by May 1, 2026.", True),
    ],
)  # fmt: skip
def test_a_signing_that_only_sets_the_time_is_no_record(
    ruleset: Ruleset, text: str, evidence: bool
) -> None:
    assert analyse(ruleset, text).elements[Element.EVIDENCE_SOURCE] is evidence


@pytest.mark.parametrize(
    "text",
    [
        "Each Sunday from 10am to 4pm.",
        "From 4.00pm to 6.00pm. on Wednesday each week;",
        "Every second weekend from 9am Saturday to 5pm Sunday.",
        "Contact will occur between 6 pm on Friday and 5 pm on Saturday.",
        "Access on every third Saturday between 11:00 a.m. and 1:00 p.m.",
        "In January from 10am\u20134pm as agreed between the parties.",
    ],
)
def test_a_slot_of_clock_time_is_an_act_kept_or_not(ruleset: Ruleset, text: str) -> None:
    elements = analyse(ruleset, text).elements
    assert elements[Element.BEHAVIORAL] and elements[Element.MEASURABLE]


@pytest.mark.parametrize("text", ["The office is open at 5pm.", "The room is open from 10am."])
def test_a_clock_time_alone_is_no_slot(ruleset: Ruleset, text: str) -> None:
    assert not analyse(ruleset, text).elements[Element.BEHAVIORAL]


@pytest.mark.parametrize(
    "text",
    [
        "The mother have sole parental responsibility for the children.",
        "That the parents have equal shared parental responsibility for the child.",
        "The parents will share joint legal custody of the child.",
    ],
)
def test_an_allocation_an_order_makes_is_held_or_not(ruleset: Ruleset, text: str) -> None:
    report = analyse(ruleset, text)
    assert report.elements[Element.MEASURABLE] and not report.flags["vague"]


@pytest.mark.parametrize(
    ("text", "time_limited"),
    [
        ("Foster parents must be at least 21 years old.", False),
        ("Kinship caregivers must be at least 21 years of age.", False),
        ("The applicant is at least 21 years of age or older.", False),
        ("Complete the assessment within 30 days of placement.", True),
        ("Stay sober for at least 2 years.", True),
    ],
)
def test_an_age_is_no_time_frame(ruleset: Ruleset, text: str, time_limited: bool) -> None:
    assert analyse(ruleset, text).elements[Element.TIME_LIMITED] is time_limited


@pytest.mark.parametrize(
    "text",
    [
        "successfully complete a parenting program",
        "Mother will satisfactorily complete the batterer's intervention program.",
    ],
)
def test_successfully_completing_a_named_program_is_a_hint_not_a_vague_goal(
    ruleset: Ruleset, text: str
) -> None:
    report = analyse(ruleset, text)
    assert "vague.successfully-complete" in {f.rule for f in report.findings}
    assert report.flags["vague"] is False


@pytest.mark.parametrize(
    ("text", "behavioral"),
    [
        ("Parents will have to agree to random drug testing.", True),
        ("She would also agree to the attendance of a key worker once weekly.", True),
        ("The parents will agree to a better future.", False),
    ],
)
def test_an_activity_agreed_to_is_behavioral(ruleset: Ruleset, text: str, behavioral: bool) -> None:
    assert analyse(ruleset, text).elements[Element.BEHAVIORAL] is behavioral


@pytest.mark.parametrize(
    "text",
    [
        "The father shall give the mother 14 days\u2019 notice of any leave.",
        "24 hours' notice is required for cancellation.",
        "Services were conditioned on demonstrating 30 days\u2019 sobriety.",
        "The visit may be moved upon two week's notice.",
    ],
)
def test_a_time_written_with_a_possessive_is_a_time_frame(ruleset: Ruleset, text: str) -> None:
    assert analyse(ruleset, text).elements[Element.TIME_LIMITED] is True


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        ("Advising the case manager promptly of a change of address.", True),
        ("You must report any household changes to your worker by the next business day.", True),
        ("Keep the agency informed, with immediate notification if the child runs away.", True),
        ("End visits promptly at the scheduled time.", False),  # no report
    ],
)
def test_a_notice_due_promptly_or_by_the_next_day_is_a_cadence(
    ruleset: Ruleset, text: str, cadence: bool
) -> None:
    assert analyse(ruleset, text).elements[Element.REPORTING_CADENCE] is cadence


@pytest.mark.parametrize(
    "text",
    [
        "If the parents refuse to sign the safety plan, the worker must explore other options.",
        "Each participant is allowed 2 absences per phase, including no-shows.",
        "The responsibility for the child lies with the local authority.",
        "If the parents are unwilling to take part, the worker must record why.",
    ],
)
def test_a_refusal_a_no_show_and_where_a_duty_lies_are_not_judgements(
    ruleset: Ruleset, text: str
) -> None:
    assert analyse(ruleset, text).flags["judgmental_language"] is False


@pytest.mark.parametrize(
    "text", ["Abstain from alcohol and drug use.", "Father will abstain from using drugs."]
)
def test_abstinence_is_a_measure_not_an_action(ruleset: Ruleset, text: str) -> None:
    """Abstinence is a state kept, checked by its measure (dev.yaml's labels: measurable,
    not behavioral), unlike a ban on an act ("do not drive")."""
    goal = analyse(ruleset, text)
    assert goal.elements[Element.MEASURABLE] is True
    assert goal.elements[Element.BEHAVIORAL] is False
