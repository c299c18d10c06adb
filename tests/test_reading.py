"""How statements read (reunify_cli/analysis/reading/): who must act, what they must do, what
they ban - for every form real plans use (the issue's list of forms)."""

from __future__ import annotations

import pytest

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.analysis.reading import Lexicon, read, sentences, tokenize

FORMS = [
    # (statement, actor, form, features that must be present)
    ("Attend every scheduled visit with the children.", "parent", "imperative", {"action"}),
    ("Pay child support.", "parent", "imperative", {"action"}),
    # an Independent Reviewing Officer is the agency's, never a person's name (was read as
    # the parent's, and the handout said the duty to the parent; dev.yaml)
    (
        "The Senior IRO will inform the Care Management Team Manager of the notification.",
        "agency",
        "modal",
        {"action"},
    ),
    # the subject is what belongs to the people named after "of"
    (
        "The status of all children shall be reviewed by the Tribal Court every 90 days.",
        "agency",
        "passive",
        {"action"},
    ),
    ("Each of the parents will attend the hearing.", "parent", "modal", {"action"}),
    # a passive done once to one thing: copies of one document, "this"
    (
        "Copies of the case plan shall be provided to the parents.",
        "agency",
        "passive",
        {"action", "once"},
    ),
    ("This must be documented in the case file.", "agency", "passive", {"action", "once"}),
    ("Take a parenting class of your choice.", "parent", "imperative", {"action", "once"}),
    # a task tied to the visit it serves is done on that occasion
    (
        "Remain on site for the entire visit in the waiting room.",
        "parent",
        "imperative",
        {"action", "once"},
    ),
    (
        "Your social worker will provide you with a Parent Binder.",
        "agency",
        "modal",
        {"action", "once"},
    ),
    # an imperative after a reason: "..., so go to every visit"
    ("This is within your control, so go to every visit.", "parent", "imperative", {"action"}),
    ("There will be no videotaping within our facility.", "parent", "modal", {"ban"}),
    ("clean the kitchen and bathroom", "parent", "imperative", {"action"}),
    ("I will call my sponsor every evening", "parent", "first-person", {"action"}),
    ("I will go to school every day and get good grades.", "child", "first-person", {"action"}),
    ("SSW will refer the family to parenting classes.", "agency", "modal", {"action", "once"}),
    ("Visits will occur twice a week", "agency", "modal", {"action"}),
    ("The therapist will send monthly reports", "provider", "modal", {"action"}),
    ("Mother's therapist will send a progress report.", "provider", "modal", {"action"}),
    ("[the child]'s mother will attend parenting classes.", "parent", "modal", {"action"}),
    (
        "The foster parents will transport the children to all visits.",
        "caregiver",
        "modal",
        {"action"},
    ),
    (
        "The foster parent(s) shall notify the division within two weeks.",
        "caregiver",
        "modal",
        {"action", "once"},
    ),
    ("proof of income", "parent", "fragment", {"activity", "once"}),
    ("Random drug screens", "parent", "fragment", {"activity"}),
    ("Weekly supervised visits at the agency", "agency", "fragment", {"activity"}),
    ("No further physical violence in the home", "parent", "fragment", {"ban"}),
    ("No additional copies shall be made.", "parent", "fragment", {"ban"}),
    ("No contact with the father.", "parent", "fragment", {"ban"}),
    ("mother agreed to refrain from using cocaine", "parent", "modal", {"ban"}),
    ("Father was ordered to complete a psychological evaluation.", "parent", "modal", {"once"}),
    ("mum and dad will not argue in front of the children", "parent", "modal", {"ban"}),
    ("Father will refrain from using drugs or alcohol.", "parent", "modal", {"ban"}),
    ("There will be no physical discipline of the children.", "parent", "modal", {"ban"}),
    ("not to administer corporal punishment to the children", "parent", "imperative", {"ban"}),
    ("Mother will be referred to IOP by the caseworker.", "agency", "passive", {"action"}),
    ("Father will be drug tested randomly.", "parent", "passive", {"action"}),
    ("Jane will attend AA meetings twice a week.", "parent", "modal", {"action"}),
    ("Mother has completed a parenting class.", "parent", "declarative", {"action", "once"}),
    ("Complete a parenting class by (date).", "parent", "imperative", {"action", "once"}),
    (
        "Ask questions if you are not clear on what you need to be doing.",
        "parent",
        "imperative",
        {"action"},
    ),
    (
        "Foster parents: let us know at least two hours in advance.",
        "caregiver",
        "imperative",
        {"action"},
    ),
    # an opening condition, with or without a comma: the main clause is the duty, done
    # each time the condition holds
    ("If it is safe, phone the police.", "parent", "imperative", {"action", "once"}),
    ("If it's safe phone the police", "parent", "imperative", {"action", "once"}),
    # ... and a time, place or manner said first: the command after its comma (both were
    # fragments); a modal after it says whose duty ("state" is no command here)
    (
        "On a monthly basis, use Form 2151A to report to the worker.",
        "parent",
        "imperative",
        {"action", "once"},
    ),
    (
        "For example, bring a healthy snack or meal to the visit.",
        "parent",
        "imperative",
        {"action"},
    ),
    (
        "In Indiana, state law mandates that all children must attend school.",
        "child",
        "modal",
        {"action"},
    ),
    ("When this occurs call your social worker.", "parent", "imperative", {"action", "once"}),
    # ... after a word that links it to the sentence before: the main clause's subject acts
    # (was the parent, the condition's "you" read as part of the subject)
    (
        "Further, if you refuse to take part in the process, DFPS may seek a court order.",
        "unknown",
        "modal",
        {"state"},
    ),
    # who or what the sentence is according to is no imperative (was "pay" said to no one,
    # and the agency's)
    (
        "According to their means, parents must pay for any medical care.",
        "parent",
        "modal",
        {"action"},
    ),
    # a negated modal, a negated passive
    ("Family visits cannot be refused as a punishment.", "agency", "passive", {"ban"}),
    ("Visits must not be cancelled as a punishment.", "agency", "passive", {"ban"}),
    ("Abstinence from alcohol", "parent", "fragment", {"once"}),
    # a duty after "it is ..."
    (
        "It is the responsibility of the social worker to notify the foster parents.",
        "agency",
        "modal",
        {"action"},
    ),
    ("It is important that you call your worker each week.", "parent", "declarative", {"action"}),
    # whom a duty addresses when it names nobody
    ("Provide a safe home for the child.", "caregiver", "imperative", {"state"}),
    ("Take [the child] to every medical appointment.", "parent", "imperative", {"action"}),
    ("We will call you within two days.", "agency", "first-person", {"action"}),
    ("We will call our sponsor every week.", "parent", "first-person", {"action"}),
    ("review your plan with you every 6 months", "agency", "imperative", {"action"}),
    ("Build a transition plan.", "child", "imperative", {"action"}),
    ("Children must be seen at least once a month.", "agency", "passive", {"action"}),
    ("Documents in the case plan the date of each task.", "agency", "declarative", {"action"}),
    # more forms: a list as subject, a state shown by doing, hyphenated participles
    ("Whispering, passing notes and hand signals are not allowed.", "parent", "passive", {"ban"}),
    ("Mother will monitor screen time by checking the log.", "parent", "modal", {"action"}),
    ("The plan should be re-evaluated every month.", "agency", "passive", {"action"}),
    ("including submitting to random drug screens", "parent", "imperative", {"action"}),
    ("We will start developing your plan.", "agency", "first-person", {"action"}),
    ("Foster parents have a working phone.", "caregiver", "declarative", {"action"}),
    ("The worker will always be within sight of the child.", "agency", "modal", {"action"}),
    # a plural noun that is also a verb, before "are": the subject, not a listed duty
    ("Reviews are held every six months.", "agency", "passive", {"action"}),
    ("Visits are supervised by the caseworker.", "agency", "passive", {"action"}),
    # "It" opening a passive is no one's name
    ("It will be noted in the case record.", "agency", "passive", {"action"}),
    ("Foster care parents must notify the licenser of any move.", "caregiver", "modal", {"action"}),
    # what a document must say is checked by reading it once
    ("The report shall contain the reasons for the placement.", "agency", "modal", {"once"}),
    (
        "The Signs of Safety map (Assessment and Planning Form) must include harm statements.",
        "agency",
        "modal",
        {"action", "once"},
    ),
    # parents spoken of in the third person: the reader is a worker
    ("Be curious about why a parent started using alcohol.", "agency", "imperative", set()),
    ("Ensure that the parents and children have frequent contact.", "agency", "imperative", set()),
    (
        "Explain to the child why the parent is not able to provide care right now.",
        "caregiver",
        "imperative",
        {"action"},
    ),
    ("Call the worker if your parents cannot come.", "parent", "imperative", {"action"}),
    ("Every family shall have a service plan.", "parent", "modal", {"action"}),
    ("There should also be a plan for budgeting.", "parent", "modal", {"action"}),
    ("Vacuum and mop the floors every Saturday.", "parent", "imperative", {"action"}),
    ("Visits between the parent and child must be face-to-face.", "agency", "modal", {"action"}),
    ("Mother will relocate to her sister's home by May 1.", "parent", "modal", {"action"}),
    ("I will teach them how to call for help.", "parent", "first-person", {"action", "once"}),
    ("Do not say bad things about the carers.", "parent", "imperative", {"ban"}),
    # the reader's own plan is not the agency's paperwork
    ("Complete your case plan.", "parent", "imperative", {"action", "once"}),
    ("Develop the case plan with the family.", "agency", "imperative", {"action"}),
    # a modal in a relative clause is not the sentence's
    (
        "You complete a written form with other people who may support you.",
        "parent",
        "declarative",
        {"action", "once"},
    ),
    ("be ready to take a urinalysis test at any time", "parent", "imperative", {"action"}),
    # a modal with nothing after it ends a clause; the sentence is the imperative before it
    ("Call Community Services as soon as you can.", "parent", "imperative", {"action"}),
    # the subject of a declarative is the actor after an opening phrase, not the phrase
    (
        "With this initial plan, however, parents have the opportunity to show good will.",
        "parent",
        "declarative",
        set(),
    ),
    # a condition opening like "if": what follows the comma is the task, done once
    ("In case of emergency, call 911.", "parent", "imperative", {"action", "once"}),
    ("In the event that you cannot attend, notify the worker.", "parent", "imperative", {"once"}),
    # a person's word naming a kind of document does not make the document a person
    ("The Family Treatment Plan shall be written within 30 days.", "agency", "passive", {"once"}),
    # an undertaking or a promise to a court, and an order's subjunctive, negated
    ("The father undertakes not to drink alcohol before visits.", "parent", "modal", {"ban"}),
    ("the father undertakes to not consume alcohol", "parent", "modal", {"ban"}),
    ("Mother agrees not to contact the father.", "parent", "modal", {"ban"}),
    ("Father will undertake not to drink alcohol.", "parent", "modal", {"ban"}),
    ("That the father not drink alcohol before visits.", "parent", "modal", {"ban"}),
    (
        "That the parents, guardian, relative, or custodian attend all hearings.",
        "parent",
        "modal",
        {"action"},
    ),
    ("The father promises to attend AA twice a week.", "parent", "modal", {"action"}),
    # a plural subject takes the verb's base form in the present tense
    ("The parents sign the release at intake.", "parent", "declarative", {"action", "once"}),
    ("Staff escort the children to the car.", "agency", "declarative", {"action"}),
    ("You and your worker sign the plan.", "parent", "declarative", {"action", "once"}),
    ("Parents support group on Tuesdays", "agency", "fragment", {"activity"}),
    # states whose object makes them a thing done: a date set, criteria developed, a
    # decision made
    ("The court shall set a date for the next hearing.", "agency", "modal", {"action"}),
    ("The agency shall develop criteria for respite care.", "agency", "modal", {"action"}),
    ("The court will determine whether visits can resume.", "agency", "modal", {"action"}),
    # an agreement's terms, as a programme's intake lists them
    ("an agreement to stop all forms of violence;", "unknown", "modal", {"action"}),
    ("an agreement not to drink before visits", "unknown", "modal", {"ban"}),
    # what an order forbids someone is a ban on their act
    ("prohibiting him from speaking badly about the mother", "parent", "modal", {"ban"}),
    ("forbidding the father to have any contact with the children", "parent", "modal", {"ban"}),
    ("The order bars the mother from entering the home.", "parent", "modal", {"ban"}),
    # a duty listed under its doer ("The worker:"), a modal in the clause it governs, or a
    # manner adverb before it; a plural noun opening a sentence is no such duty
    (
        "Notifies both caregivers that a move will occur;",
        "agency",
        "declarative",
        {"action", "once"},
    ),
    (
        "Directly observes and monitors contact between siblings.",
        "parent",
        "declarative",
        {"action"},
    ),
    ("Visits that are missed will not be rescheduled.", "parent", "passive", {"ban"}),
    # a relative clause with its own verb is the subject's, and the modal after it the
    # sentence's: no command "Telephone ..." (a communication is arranged, by its agent)
    (
        "Telephone communication with the child by either parent to the residence where the"
        " child is located shall be conducted at reasonable hours.",
        "parent",
        "passive",
        set(),
    ),
    # "X to <verb>" before a modal later in the sentence is the duty
    (
        "Both parties to contact the contact centre as soon as they become aware that they"
        " cannot attend contact",
        "parent",
        "modal",
        {"action"},
    ),
    # a verb's word before a finite verb is a noun, the subject: no command
    ("Progress is monitored by the Judge.", "agency", "passive", set()),
    # "access to" is a noun, no command
    (
        "At all times access to the Centre is by prior appointment only.",
        "provider",
        "declarative",
        set(),
    ),
    ("Weekly visits with the children.", "agency", "fragment", {"activity"}),
    # a dash or a colon between the modal and the verb, as a list sets out duties
    (
        "The Plan must \u2013 Include a named lead professional",
        "agency",
        "modal",
        {"action", "once"},
    ),
    ("The worker must: Visit the child monthly.", "agency", "imperative", {"action"}),
    # child protection staff by their titles outside the US, not the child they protect
    ("Child protection practitioners must visit the child monthly.", "agency", "modal", {"action"}),
    (
        "An Authorised Officer may arrange a medical examination.",
        "agency",
        "modal",
        {"action", "once"},
    ),
    # a ban on committing an offence bans an act
    ("Do Not Commit Any New Offenses", "parent", "imperative", {"ban"}),
    (
        "not commit associated domestic violence against the named child",
        "parent",
        "imperative",
        {"ban"},
    ),
    # a modal in what a list includes is no duty of the sentence (was the Court's)
    (
        "Participate in the services that are offered, including all duties the Court may"
        " order you to complete.",
        "parent",
        "imperative",
        {"state"},
    ),
    # "hereby" between "is" and "ordered" (was read as the state "be")
    ("The mother is hereby ordered to attend all visits.", "parent", "modal", {"action"}),
    # "family" is no adverb before a verb (was "support" read as the verb)
    ("family support team meetings", "agency", "fragment", {"activity"}),
    # a colon after a preposition opens the list the sentence goes on to, not a label
    ("Provide documentation of: proof of employment", "parent", "imperative", {"action"}),
    (
        "Within two weeks of receiving this document, provide documentation of: proof of"
        " employment (paystub)",
        "parent",
        "imperative",
        {"action"},
    ),
    # (real text) "No later than ..." opening is a time, not a ban (was a fragment, "No")
    (
        "No later than 7 calendar days after the petition for removal has been filed, the"
        " department shall file with the court a list of all the relatives of the child.",
        "agency",
        "modal",
        {"action"},
    ),
]


@pytest.fixture(scope="module")
def lexicon(ruleset: Ruleset) -> Lexicon:
    return ruleset.analyzer.lexicon


@pytest.mark.parametrize(
    ("text", "actor", "form", "features"), FORMS, ids=[f[0][:40] for f in FORMS]
)
def test_forms_read_right(
    lexicon: Lexicon, text: str, actor: str, form: str, features: set[str]
) -> None:
    reading = read(text, lexicon)
    assert reading.actor == actor
    assert reading.form == form
    assert features <= set(reading.features())


@pytest.mark.parametrize(
    "text",
    [
        "Mother will participate in services.",
        "Father will maintain sobriety.",
        "Mother will gain insight into her trauma.",
        "Father will provide a safe and stable home for the children.",
        "Mother will take responsibility for her actions.",
        "Maintaining sobriety",
        "Mental health",
        "The children will be safe.",
        "If needed, be supportive.",
        "It is important to be patient.",
        "Consideration must be given to transport and timing.",
        "The agency will take all reasonable efforts to ensure safety.",
        "Use empathy to understand the reasons.",
        "Youth shall have access to postsecondary supportive services.",
        "The parent will identify her triggers.",
    ],
)
def test_states_and_topics_are_not_observable(lexicon: Lexicon, text: str) -> None:
    assert not set(read(text, lexicon).features()) & {"action", "ban", "activity"}


def test_letter_case_and_inflection_do_not_matter(lexicon: Lexicon) -> None:
    for text in ("ATTEND all visits.", "Attends all visits", "attending all visits"):
        assert "action" in read(text, lexicon).features()
    assert read("Mother has SUBMITTED the form", lexicon).predicates[0].verb == "submit"


def test_responsible_person_names_an_imperative_actor(lexicon: Lexicon) -> None:
    assert read("Attend every visit.", lexicon, responsible="caregiver").actor == "caregiver"
    named = read("The caseworker will attend every visit.", lexicon, responsible="parent")
    assert named.actor == "agency" and named.explicit


def test_spans_point_into_the_statement(lexicon: Lexicon) -> None:
    text = "Mother will not argue in front of the children."
    reading = read(text, lexicon)
    assert reading.ban is not None
    assert text[reading.ban[0] : reading.ban[1]] == "argue"
    assert reading.subject is not None
    assert text[reading.subject[0] : reading.subject[1]] == "Mother"


@pytest.mark.parametrize("text", ["", " ", "ONLY", ".", "and and and", "(s)", "No", "to", "be"])
def test_odd_input_reads_without_error(lexicon: Lexicon, text: str) -> None:
    read(text, lexicon)
    assert isinstance(tokenize(text, lexicon), list)


def test_open_ended_conditions_do_not_make_a_one_off_task(lexicon: Lexicon) -> None:
    reading = read("If needed, call the worker.", lexicon)
    assert "action" in reading.features() and "once" not in reading.features()
    assert "once" in read("Review the section on animal safety.", lexicon).features()
    assert "once" not in read("Discuss your progress with the worker.", lexicon).features()
    for text in ("Submit to drug testing as requested.", "Refer the family where required."):
        assert "once" not in read(text, lexicon).features()


def test_an_initialism_has_no_plural_that_is_another_word(lexicon: Lexicon) -> None:
    """ "CAS" (a children's aid society) is a word list's actor: "cases" is no plural of
    it, and "in such cases" names no agency."""
    assert lexicon.key("cases")[0] != "cas"
    assert lexicon.key("parents")[0] == "parent"


def test_a_limit_on_a_repeated_act_does_not_make_it_a_one_off_task(lexicon: Lexicon) -> None:
    """ "only when supervised" says when a visit may happen, each time: not an event that
    triggers one act ("Call the police if he comes to the home")."""
    assert (
        "once"
        not in read("Mother may visit the children only when supervised.", lexicon).features()
    )
    assert "once" in read("Call the police if the father comes to the home.", lexicon).features()


@pytest.mark.parametrize(
    ("goals", "actors"),
    [
        # a foster carer agreement: its imperatives are the carer's
        (
            [
                "The foster carer will take the child to every medical appointment.",
                "The foster carer will keep the child's life story book up to date.",
                "Keep the social worker informed of the child's progress.",
                "The plan will be reviewed every six months.",  # the agency's, as it says
            ],
            ["caregiver", "caregiver", "caregiver", "agency"],
        ),
        # a parent's plan: the imperatives stay the parent's
        (
            [
                "Mother will attend every visit.",
                "Mother will call the worker weekly.",
                "Attend AA twice a week.",
            ],
            ["parent", "parent", "parent"],
        ),
        # one goal naming someone is not enough to say whom a plan addresses
        (
            ["The foster carer will attend the review.", "Attend every visit."],
            ["caregiver", "parent"],
        ),
        # nobody named, but most goals are about the child placed in the home: a carer's
        (
            [
                "Provide a safe home for the child.",
                "Notify DFCS immediately if any dog attacks a child placed in your home.",
                "Never allow children placed in the home to handle guns.",
                "Keep all firearms unloaded and out of reach.",
            ],
            ["caregiver", "caregiver", "caregiver", "caregiver"],
        ),
        # nobody named, most goals about leaving care: a youth's plan
        (
            [
                "Review your transition plan with your caseworker.",
                "Practise the life skills in your independent living workbook.",
                "Apply for extended foster care before your 18th birthday.",
                "Open a savings account.",
            ],
            ["child", "child", "child", "child"],
        ),
        # a visiting centre's rules name its monitor, and speak to the parents
        (
            [
                "The monitor will remain in the room at all times.",
                "The monitor will end the visit if a parent is late.",
                "Arrive at your scheduled appointment time.",
            ],
            ["provider", "provider", "parent"],
        ),
        # a parent's plan that speaks of "the child" once stays the parent's
        (
            [
                "Attend every visit with the children.",
                "Provide a safe home for the child.",
                "Pay the water bill by May 1.",
                "Call the worker weekly.",
            ],
            ["parent", "caregiver", "parent", "parent"],
        ),
    ],
)
def test_goals_naming_nobody_are_whoever_the_plan_addresses(
    ruleset: Ruleset, goals: list[str], actors: list[str]
) -> None:
    """The rules' answer (the actor model then weighs it with the words: test_actor_model)."""
    from dataclasses import replace

    from reunify_cli.analysis.engine import analyse_plan
    from reunify_cli.selftest import plan_of_texts

    report = analyse_plan(plan_of_texts(goals, "plan.yaml"), replace(ruleset, actor_model=False))
    assert [g.actor for g in report.goals] == actors


def test_what_it_must_include_is_checked_once(lexicon: Lexicon) -> None:
    """'It' is a thing, never a person: what it must include is checked by reading it."""
    reading = read("It should also include a 'Plan B' in case things don't work out.", lexicon)
    assert {"action", "once"} <= set(reading.features())


@pytest.mark.parametrize(
    "text",
    ["Move to acceptable housing.", "Complete several evaluations.", "Obtain adequate child care."],
)
def test_a_task_left_to_a_later_judgement_is_not_done_once(lexicon: Lexicon, text: str) -> None:
    assert "once" not in read(text, lexicon).features()


@pytest.mark.parametrize(
    "text",
    ["You must also provide references.", "provide verification of housing to DHHS",
     "Provide documentation to the agency that the provider is licensed."],
)  # fmt: skip
def test_handing_over_a_record_is_a_one_off_task(lexicon: Lexicon, text: str) -> None:
    assert "once" in read(text, lexicon).features()


def test_attending_an_event_held_once_is_a_one_off_task(lexicon: Lexicon) -> None:
    for text in ("Potential parents attend a pre-service orientation.",
                 "Applicants must both attend an Information Session."):  # fmt: skip
        assert "once" in read(text, lexicon).features()
    assert "once" not in read("Attend a 12-step meeting.", lexicon).features()


@pytest.mark.parametrize(
    "text",
    [
        "The worker will visit the carer regularly.",
        "Review the case plan periodically.",
        "Regular meetings are held to review the care plan.",
        "Review progress on an ongoing basis.",
        "They often sought references from local leaders.",
    ],
)
def test_a_task_that_recurs_with_no_frequency_is_not_done_once(lexicon: Lexicon, text: str) -> None:
    assert "once" not in read(text, lexicon).features()
    assert (
        "once"
        in read(
            "Send a copy to the court before the regularly scheduled review.", lexicon
        ).features()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Provide a copy of the Safety Plan to the parent(s)/legal guardian(s).",
        "Provide a safety plan to the worker.",
        "A copy of the alternate care plan will be provided to the child's parent.",
    ],
)
def test_a_record_handed_over_is_a_task_whatever_it_is_about(lexicon: Lexicon, text: str) -> None:
    """A state's word inside a record's name ("safety", "care") does not make handing the
    record over a state."""
    assert {"action", "once"} <= set(read(text, lexicon).features())
    assert "action" not in read("Provide safety for the children.", lexicon).features()
    assert "action" not in read("Care will be provided by the foster parent.", lexicon).features()


@pytest.mark.parametrize(
    "text",
    [
        "The use of mobile phones, pagers or other electronic communication devices during"
        " contact sessions is prohibited.",
        "Smoking is not permitted in the centre.",
        "Smoking is strictly prohibited.",
        "The parent is prohibited from contacting the child.",
    ],
)
def test_what_is_prohibited_is_a_ban(lexicon: Lexicon, text: str) -> None:
    reading = read(text, lexicon)
    assert "ban" in reading.features()
    assert reading.actor == "parent"  # whoever would do the act, not the agency
    assert "ban" in read("There will be no photography by users of the centre.", lexicon).features()


def test_applying_for_something_is_an_action_applying_skills_is_not(lexicon: Lexicon) -> None:
    assert "action" in read("Apply for services from the Lund Center.", lexicon).features()
    assert "action" not in read("Apply the skills learned in class.", lexicon).features()
    assert "action" in read("Observe the visit.", lexicon).features()


def test_having_a_named_document_is_checkable(lexicon: Lexicon) -> None:
    text = "Every child who is looked after by the Local Authority must have a Care Plan."
    assert "action" in read(text, lexicon).features()
    assert "action" not in read("Mother must have a safe home.", lexicon).features()
    assert "action" in read("You must fingerprint children when they turn 18.", lexicon).features()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Mum to attend all contact sessions.", "parent"),
        ("Social worker to visit the family every two weeks.", "agency"),
        ("[school attendance officer] to meet with [mother] weekly.", "provider"),
    ],
)
def test_who_to_do_what_wording_names_the_actor(lexicon: Lexicon, text: str, actor: str) -> None:
    """UK and Australian plans: 'Mum to attend ...' is 'Mum will attend ...'."""
    reading = read(text, lexicon)
    assert reading.actor == actor and "action" in reading.features()
    assert read("Dad to not drink alcohol before contact.", lexicon).ban is not None
    assert read("Encourage your child to discuss issues.", lexicon).form == "imperative"


@pytest.mark.parametrize(
    "text",
    [
        "Development of a safety plan at reintegration",
        "Signature(s) of the parent(s)/legal guardian(s) and the SSCM.",
        "Preparation of the court report",
    ],
)
def test_making_a_document_named_as_a_noun_is_a_one_off_task(lexicon: Lexicon, text: str) -> None:
    assert {"activity", "once"} <= set(read(text, lexicon).features())
    assert "activity" not in read("Development of parenting skills", lexicon).features()


def test_a_requirement_split_by_an_adverbial_still_names_the_action(lexicon: Lexicon) -> None:
    reading = read("Your child is required on a daily basis to call the JPO office.", lexicon)
    assert reading.actor == "child" and "action" in reading.features()
    ordered = read("Father was ordered by the court to attend parenting classes.", lexicon)
    assert ordered.actor == "parent" and ordered.predicates[0].verb == "attend"
    # an adverb between "was" and "ordered" (court opinions): the requirement still reads
    for text in (
        "She was ultimately ordered to attend an appointment at a contact centre.",
        "The respondent is then required to appear in court weekly.",
    ):
        reading = read(text, lexicon)
        assert reading.actor == "parent" and "action" in reading.features(), text


@pytest.mark.parametrize(
    "text",
    [
        "I will not make promises to the children about future living arrangements.",
        "The parents cannot make derogatory statements about each other.",
        "Mother will not be late.",
    ],
)
def test_a_ban_on_saying_or_being_late_is_a_ban(lexicon: Lexicon, text: str) -> None:
    assert "ban" in read(text, lexicon).features()


def test_contractions_are_read_as_their_words(lexicon: Lexicon) -> None:
    """ "I'll call the police" is "I will call the police" (typographic apostrophe too)."""
    for text in ("I'll call the police.", "I\u2019ll ring the Gardai if there is a problem."):
        reading = read(text, lexicon)
        assert reading.form == "first-person" and "action" in reading.features()
    assert read("Mum's boyfriend won't visit.", lexicon).ban is not None


def test_court_order_wording_reads_as_duties_and_bans(lexicon: Lexicon) -> None:
    ordered = read("The parents are each ordered to contact FRC within four days.", lexicon)
    assert ordered.predicates[0].verb == "contact" and ordered.actor == "parent"
    restrained = read("Each party is restrained from using corporal punishment.", lexicon)
    assert restrained.ban is not None
    assert "action" in read("Have supervised visitation.", lexicon).features()
    assert "activity" in read("Supervised parenting time every Saturday", lexicon).features()


@pytest.mark.parametrize(
    "text",
    [
        "They must be properly drawn up, shared and evaluated.",
        "Gather medication and all important documents.",
        "The department furnishes the plan to the court.",
        "Activate a different plan if progress is not made.",
        "A trained monitor will remain in the room at all times.",
        "Make an extra set of keys to the house.",
        "Have no court sanctions for 30 days.",
        # a court's or agency's acts
        "You can terminate this arrangement whenever you wish.",
        "The supervision order was granted and reviewed a week later.",
        "The court will adjourn the hearing to March 3.",
        "The court shall set conditions in writing.",
        "The worker must also seek approval of the court.",
        "Staff must consult with the child.",
    ],
)
def test_acts_from_orders_and_safety_plans_are_observable(lexicon: Lexicon, text: str) -> None:
    assert "action" in read(text, lexicon).features()


@pytest.mark.parametrize(
    "text",
    [
        "The Department created a case plan for the mother.",
        "the Department issued five case plans between August 2015 and March 2017",
        "Mother completed an assessment in May.",
    ],
)
def test_what_an_opinion_tells_as_done_is_a_one_off_act(lexicon: Lexicon, text: str) -> None:
    assert {"action", "once"} <= set(read(text, lexicon).features())
    # a participle after a noun is not a past tense: "the plan created by the agency"
    assert read("The services offered to the family", lexicon).form == "fragment"


def test_a_monitor_or_a_collector_is_a_provider(lexicon: Lexicon) -> None:
    monitor = read("A trained monitor will remain in the room at all times.", lexicon)
    assert monitor.actor == "provider"
    text = "Collection is to be conducted by a qualified and certified collector."
    assert read(text, lexicon).actor == "provider"


@pytest.mark.parametrize(
    "text",
    [
        "Include a written assessment of the child's needs;",
        "Specify the period during which the contract will be in force.",
        "Includes clear and concise tasks with beginning and end times;",
    ],
)
def test_what_is_written_into_a_plan_is_a_one_off_act(lexicon: Lexicon, text: str) -> None:
    assert {"action", "once"} <= set(read(text, lexicon).features())
    said = read("Explain to the child why the parent cannot care for them.", lexicon)
    assert "once" not in said.features()


@pytest.mark.parametrize(
    "text",
    [
        "she clean the home and remove the safety hazards",
        "maintain contact with Social Services",
        "The caseworker maintains monthly face-to-face contact with the parents.",
        "Book an interpreter for the parent.",
        "ensure that a school-age child is enrolled in school",
        "Invite the parents to the Team Decision Making meeting.",
        "The father may nominate three further daytime periods.",
        "Spend an hour with the child after school.",
        "Designate a point of contact.",
        "maintain a minimum attendance rate of 95% of all scheduled sessions",
        # what someone must put in, name or spell out is done or not, whoever does it
        # (dev: 52 of 63 such duties the reading took for states are labelled behavioral)
        "Visits with the children shall include the grandmother.",
        "A CPS investigation shall include an SDM Safety and Risk Assessment.",
        "The caseworker shall include a domestic violence assessment in the plan.",
        "Identify any individuals who can serve as references on the application.",
        "The court shall identify the primary plan and secondary plan.",
        "Child protection workers must specify a period for the order.",
        "When the police receive a report of child abuse, they must investigate.",
        "Both parents are required to undertake drug testing.",
        "The court shall adopt a concurrent plan other than reunification.",
    ],
)
def test_more_wordings_of_an_observable_act(lexicon: Lexicon, text: str) -> None:
    assert "action" in read(text, lexicon).features()
    assert "ban" in read("Not associate with any person who is using drugs.", lexicon).features()


@pytest.mark.parametrize(
    "text",
    [
        "complete parent education",
        "attend all prescribed counseling and parent education programs",
    ],
)
def test_a_class_for_parents_is_the_parents_to_attend(lexicon: Lexicon, text: str) -> None:
    """'parent education' is a kind of class, not parents spoken of in the third person."""
    assert read(text, lexicon).actor == "parent"
    assert read("Help parents name specific actions.", lexicon).actor == "agency"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The court ordered the mother to complete parenting classes.", "complete"),
        ("The court ordered that the mother complete parenting classes.", "complete"),
        ("The judge directed that [father] attend AA weekly.", "attend"),
        ("The district court ordered Father submit to a hair follicle test by May 1.", "submit"),
        ("The court ordered appellant to submit to a psychological evaluation.", "submit"),
        ("Caseworkers may also require you to undergo an evaluation.", "undergo"),
        ("The worker may expect the parents to attend every visit.", "attend"),
        ("The agency asked the father to submit to a drug test.", "submit"),
        # a noun of the people named is no verb (was "partner")
        ("The court ordered the mother and partner to undergo the test.", "undergo"),
    ],
)
def test_what_an_order_required_of_someone_is_their_duty(
    lexicon: Lexicon, text: str, verb: str
) -> None:
    reading = read(text, lexicon)
    assert reading.actor == "parent" and reading.predicates[0].verb == verb
    assert "action" in reading.features()
    assert read("The court ordered services for the family.", lexicon).predicates == ()
    # asking or telling is someone's duty only with "to" and its verb
    told = read("The caseworker will tell the parent about each review by phone.", lexicon)
    assert told.actor == "agency" and [p.verb for p in told.predicates] == ["tell"]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Do not tell him what to say.", ["tell"]),
        ("Never ask the children to keep secrets.", ["ask"]),
        ("Do not question your child or tell him/her what to say.", ["question", "tell"]),
        ("Do not pressure your child to tell you more.", ["pressure"]),
    ],
)
def test_a_command_to_tell_or_ask_someone_is_the_readers_act(
    lexicon: Lexicon, text: str, verbs: list[str]
) -> None:
    """A command's telling or asking is its reader's own act, negated, never an order read
    as a duty of the person told ("Do not tell him what to say" was read as "he must say",
    and the handout said "You will say.")."""
    reading = read(text, lexicon)
    assert reading.form == "imperative" and reading.predicates[0].negated
    assert [p.verb for p in reading.predicates][: len(verbs)] == verbs


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # (real text, dev.yaml) was read as "DO tell the worker you | would like ...", the
        # handout's step "You will find your child's favourite toy ..."
        ("DO tell the worker you would like a minute to find your child\u2019s favourite toy.",
         "tell"),
        ("DO respond to your child\u2019s questions.", "respond"),  # (no act was read)
        ("Do ensure that your child attends school.", "ensure"),
    ],
)  # fmt: skip
def test_an_emphatic_do_opens_a_command(lexicon: Lexicon, text: str, verb: str) -> None:
    """ "DO respond ..." is a command to the reader, its act the verb after "DO"."""
    reading = read(text, lexicon)
    assert reading.form == "imperative" and reading.actor == "parent"
    assert reading.predicates[0].verb == verb and not reading.predicates[0].negated


def test_obeying_an_order_is_the_readers_act(lexicon: Lexicon) -> None:
    """ "Obey court orders and follow your case plan" is a command to the parent (it read
    as said of "court orders", the agency, and the handout made it help)."""
    reading = read("Obey court orders and follow your case plan.", lexicon)
    assert reading.actor == "parent" and [p.verb for p in reading.predicates] == ["obey", "follow"]


def test_agreeing_to_a_thing_is_no_modal(lexicon: Lexicon) -> None:
    """ "agree to" puts an act after it ("agree to attend"), not a thing: "you do not agree to
    anything that you are unable to do" had "anything" for its action."""
    said = "It is also very important that you do not agree to anything that you are unable to do."
    assert "anything" not in [p.verb for p in read(said, lexicon).predicates]
    assert [p.verb for p in read("You will agree to attend every visit.", lexicon).predicates] == [
        "attend"
    ]


def test_an_item_of_what_a_plan_must_hold_is_written_once(lexicon: Lexicon) -> None:
    for text in (
        "A timetable for the duration of the placement.",
        "a projection of the expected length of stay in foster care",
        "Details of the contact arrangements for the child.",
    ):
        assert {"activity", "once"} <= set(read(text, lexicon).features()), text
    # not when the word is not the item's head
    assert "once" not in read("Family time details", lexicon).features()


def test_one_occasion_attended_is_done_once(lexicon: Lexicon) -> None:
    for text in (
        "The allocated social workers will attend the Conference.",
        "Both parents must attend for the Child Protection Case Conference.",
    ):
        assert "once" in read(text, lexicon).features(), text
    for text in (
        "Attend all meetings.",
        "Attend parenting classes.",
        "Attend the program.",
        "Everyone must attend a 12-step meeting of their choice.",
    ):
        assert "once" not in read(text, lexicon).features(), text


def test_one_test_submitted_to_is_done_once(lexicon: Lexicon) -> None:
    assert "once" in read("Submit to a hair follicle test by March 31.", lexicon).features()
    assert "once" not in read("Submit to random drug screens.", lexicon).features()


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("That the parents attend counseling at the mental health center.", "attend"),
        ("The mother was told to clean the trailer", "clean"),
        # ... listed without its "That" (was a fragment: "You complete family counseling")
        ("[mother] successfully complete family counseling at the Nurturing Center.",
         "complete"),
        ("The mother continue to live with the maternal grandmother.", "live"),
        ("The mother not bring the children into contact with [a named man].", "bring"),
    ],
)  # fmt: skip
def test_an_item_of_an_order_or_what_a_parent_was_told_is_theirs(
    lexicon: Lexicon, text: str, verb: str
) -> None:
    reading = read(text, lexicon)
    assert reading.actor == "parent" and reading.predicates[0].verb == verb


def test_a_roles_name_in_capitals_is_no_parent_told_to_act(lexicon: Lexicon) -> None:
    """ "the Parent Partner averages ...": a role's name (the handout said "You will partner
    averages four face-to-face visits ...")."""
    reading = read(
        "During the initial stages of a case, the Parent Partner averages four face-to-face"
        " visits per month.",
        lexicon,
    )
    assert reading.actor != "parent" and reading.predicates[0].verb == "visit"


def test_what_someone_is_not_allowed_to_do_is_a_ban_on_them(lexicon: Lexicon) -> None:
    for text in (
        "Parents are not allowed to speak negatively about the other parent.",
        "[f]ather is not authorized to have contact with his child.",
    ):
        reading = read(text, lexicon)
        assert reading.ban is not None or reading.predicates[0].negated
        assert reading.actor == "parent" and "ban" in reading.features()
    contractor = read("The Contractor must notify the referring worker within 14 days.", lexicon)
    assert contractor.actor == "provider"


@pytest.mark.parametrize(
    "text",
    [
        "Invite you to a Team Decision Making meeting if there are concerns.",
        "Help you provide safety for your child, if necessary.",
        "Assist the participant to reunite with their children.",
    ],
)
def test_a_duty_done_for_the_reader_or_for_a_participant_is_the_workers(
    lexicon: Lexicon, text: str
) -> None:
    assert read(text, lexicon).actor == "agency"
    assert read("Attend all groups with your counselor.", lexicon).actor == "parent"


@pytest.mark.parametrize(
    "text",
    [
        "Service plans are completed by the worker.",  # "plans" is no verb here
        "Subsequent plans are reviewed by the supervisor.",  # nor "Subsequent" a name
        "Case plans are completed by the worker at 6-month intervals.",
    ],
)
def test_a_plural_noun_that_looks_like_a_verb_is_the_subject(lexicon: Lexicon, text: str) -> None:
    reading = read(text, lexicon)
    assert reading.form == "passive"
    assert reading.actor == "agency" and "action" in reading.features()


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a word the reading does not know is the action, never a noun after a determiner
        # further on (was "care", "report", "visit")
        ("The mother was willing to extend the voluntary care arrangement.", "extend"),
        ("They will have to do a report for the court.", "do"),
        ("The access facilitator may end the visit at any time.", "end"),
        # ... while "be" after its subject is still the verb ahead
        ("DFPS must recommend the services be entered as an order of the court.", "enter"),
    ],
)
def test_a_noun_after_a_determiner_is_no_action(lexicon: Lexicon, text: str, verb: str) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


def test_the_words_around_a_modal_are_no_action(lexicon: Lexicon) -> None:
    """An aside between commas after the modal is not its action ("shall, subject to
    subsection (5), be treated": never "subject"); a noun of the act before "to" names no
    one who must ("Failure by the parent to attend shall be ...": never "attend")."""
    aside = read(
        "Failure to attend shall, subject to subsection (5), be treated as contempt.", lexicon
    )
    assert [p.verb for p in aside.predicates] == ["treated"]
    failure = read("Failure by the parent to attend shall be considered a violation.", lexicon)
    assert failure.form == "passive" and [p.verb for p in failure.predicates] == ["consider"]
    assert read("Mum to attend all contact sessions.", lexicon).predicates[0].verb == "attend"
    # a requirement inside a relative clause is not the sentence's (was "attend")
    relative = read(
        "A person who is required to attend a hearing and fails to do so commits an offence.",
        lexicon,
    )
    assert "attend" not in [p.verb for p in relative.predicates]
    assert (
        read("Mother is required to attend all hearings.", lexicon).predicates[0].verb == "attend"
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The CEO must conduct regular reviews of the plan.", False),
        ("DFS shall make reasonable efforts to reunify the family.", False),
        ("ISPs will be reviewed every six months.", False),
        ("Sam will attend every visit.", True),
        ("LUIS TO ADDRESS MENTAL HEALTH ISSUES.", True),  # a whole goal in capitals
        ("tanya will attend every visit.", True),  # a whole goal in lower case
        ("visits will be supervised.", False),
        # a noun's ending is no name's: "Investigations", "Assessments", "Supervision"
        ("Investigations will be initiated within 24 hours.", False),
        ("Assessments shall be completed by the worker.", False),
        ("Florence will attend every visit.", True),
    ],
)
def test_an_initialism_is_an_office_not_a_person(lexicon: Lexicon, text: str, person: bool) -> None:
    assert read(text, lexicon).person is person


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Family Court will fund up to 14 supervised contact sessions.", "agency"),
        ("The family court judge will review the plan every 90 days.", "agency"),
        ("Family Preservation staff will visit the home weekly.", "agency"),
        # "and" inside an agency's name joins it (was the child: "Child ... will find")
        ("The Child Care and Protection Agency (CCPA) will find accommodation for them.", "agency"),
        ("Mother and Child will attend the clinic.", "parent"),
        ("The parent partner will call the mother weekly.", "provider"),
        ("The foster parent will take the child to the dentist.", "caregiver"),
        ("Mother and the caseworker will meet monthly.", "parent"),
        ("The mother's therapist will send monthly reports.", "provider"),
    ],
)
def test_a_compound_names_its_last_person(lexicon: Lexicon, text: str, actor: str) -> None:
    assert read(text, lexicon).actor == actor


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Mother will give the SW her pay stubs every month.", True),
        ("- The caseworker shall visit the child monthly.", True),
        ("If the parent misses a visit, the caseworker will call them.", False),
        ("You must assess high risk neglect cases.", False),  # whose "you" is the document's
        ("Mother will be referred to parenting classes.", False),  # done for her
        ("Attend every visit.", False),
    ],
)
def test_an_active_duty_that_opens_with_its_actor(
    lexicon: Lexicon, text: str, opening: bool
) -> None:
    assert read(text, lexicon).opening is opening


@pytest.mark.parametrize(
    "text",
    [
        "The CVS caseworker's visits must continue to be at least once a month.",
        "Drug tests will be frequent, random, and visually supervised.",
        "The first IL assessment is done within 30 days after your 14th birthday.",
        "Most visits are 1 hour each week.",
    ],
)
def test_what_an_activity_is_to_be_names_the_activity(lexicon: Lexicon, text: str) -> None:
    assert "activity" in read(text, lexicon).features()


def test_a_person_named_after_an_activity_is_not_the_activity(lexicon: Lexicon) -> None:
    features = read("Contact supervisors must be clear about the rules.", lexicon).features()
    assert not set(features) & {"action", "activity"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Carers must sign the Code of Conduct before a placement begins.", "caregiver"),
        ("Caregivers will limit access to bedrooms by setting ground rules.", "caregiver"),
        ("The primary caregiver will attend every parenting class.", "parent"),
    ],
)
def test_a_carer_is_a_caregiver_a_primary_caregiver_a_parent(
    lexicon: Lexicon, text: str, actor: str
) -> None:
    assert read(text, lexicon).actor == actor


@pytest.mark.parametrize(
    ("text", "observable"),
    [
        ("DON'T hit the child.", True),  # a capitalised "n't" is still a negation
        ("WE'LL CALL THE WORKER EVERY FRIDAY.", True),
        ("We carry out an assessment of needs.", True),
        ("Police checks on all adults in the home will also be carried out.", True),
        ("The worker must assess the home within 10 days.", True),
        ("Make a recommendation to the court on the extension of the order.", True),
        ("Foster parents carry out their duties from the placement plan.", False),
        ("The duties it may carry out under a supervision order include support.", False),
        # an object left as a slot for the plan to fill is no state: the steps are named
        # there (a rewrite's "take [which steps] to ..."); "take steps" stays one
        ("The worker takes [which steps] to schedule a visit.", True),
        ("The worker takes steps to schedule a visit.", False),
        ("Follow[] all recommendations.", False),  # a quotation's brackets: no slot
    ],
)
def test_acts_in_capitals_and_assessments_carried_out_are_observable(
    lexicon: Lexicon, text: str, observable: bool
) -> None:
    features = read(text, lexicon).features()
    assert bool(set(features) & {"action", "ban"}) is observable


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # initials before a word in lower case end no sentence
        ("The court required S.S. to attend therapy.", 1),
        ("Father shall not contact D.H.'s mother. He will pay rent.", 2),
        ("Attend A.A. meetings 3 times a week.", 1),
        # before a capital they may: "S.S. Father" reads as two sentences
        ("Mother will visit S.S. Father will pay rent.", 2),
        ("Mother will see Dr. Smith weekly. She will call J. Brown.", 2),
        # nor a citation's abbreviated parts
        ("A school notification under Minnesota Statute 260B.171, subd. 3 will be offered.", 1),
        ("The plan follows Sec. 2 of the Act and Vol. 4 of the manual.", 1),
        # nor a statute's abbreviated name, as written (but a word that ends one does)
        ("Per Neb. Rev. Stat. \u00a7 43-1303 the Office shall maintain a register.", 1),
        ("The rule is 89 Ill. Adm. Code 300.40 and Tex. Fam. Code \u00a7 263.202.", 1),
        ("Keep the child home when the child is ill. Call the school.", 2),
    ],
)
def test_sentences_end_at_a_stop_not_at_initials(lexicon: Lexicon, text: str, parts: int) -> None:
    assert len(sentences(tokenize(text, lexicon), lexicon)) == parts


def test_a_passives_capitalised_subject_is_what_its_agent_does(lexicon: Lexicon) -> None:
    """ "Roadwork must be completed by each participant": the one after "by" acts, the
    capitalised subject is a thing (was read as a person's name, so the step "You will be
    completed by each participant")."""
    reading = read("Roadwork must be completed by each participant after each module.", lexicon)
    assert not reading.person


def test_a_statute_cited_in_a_subject_names_no_one(lexicon: Lexicon) -> None:
    """ "Per Neb. Rev. Stat. \u00a7 43-1303 the Office shall ...": capitalised words of a
    citation, not a person's name (was read as a person, so the parent's duty)."""
    reading = read(
        "Per Neb. Rev. Stat. \u00a7 43-1303 the Office shall maintain a register of all"
        " placements.",
        lexicon,
    )
    assert not reading.person
    assert reading.actor != "parent"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "whereby" opens a clause of its own, as "where" does (the subject was "I approve
        # a plan whereby the mother's contact", the judge's "I" read as the parent acting)
        ("I approve a plan whereby the mother's contact will reduce to weekly contact.",
         "the mother's contact"),
        ("Further, if you refuse to take part, DFPS may seek a court order.", "DFPS"),
        # a duty in a relative clause's perfect is the clause's (the subject was "Parents
        # who have", and the handout's step "You will attend a referral order must attend")
        ("Parents who have been ordered to participate in a referral order must attend every"
         " panel meeting.", "Parents who have been ordered to participate in a referral order"),
    ],
)  # fmt: skip
def test_the_subject_is_the_clauses_own(lexicon: Lexicon, text: str, subject: str) -> None:
    reading = read(text, lexicon)
    assert reading.subject is not None
    assert text[slice(*reading.subject)] == subject


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a noun's last word is no verb after a verb the lists do not know (was "plan",
        # "care": the handout said "You will plan during juvenile court proceedings")
        ("A parent must raise objections to a reunification case plan during juvenile court"
         " proceedings.", "raise"),
        ("The parent may re-enter foster care.", "re-enter"),
        ("The court may require a multi-agency child protection plan.", "require"),
        # ... but a verb after "to", or after an aside that opens with a preposition, is one
        ("The court may order the mother to complete a parenting course.", "complete"),
        ("The court shall in its written order of disposition include the following.",
         "include"),
    ],
)  # fmt: skip
def test_a_verb_ahead_stands_where_a_verb_stands(lexicon: Lexicon, text: str, verb: str) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a condition's modal is no duty of the sentence (was "make": the handout said "You
        # will make an agreement with the CAS")
        ("It is very important to get your own lawyer even if you want to make an agreement"
         " with the CAS.", "get"),
        ("If you want to help the child or family, contact the child's social worker.",
         "contact"),
        ("If the parent wants to give a gift, the parent must discuss it with the supervisor.",
         "discuss"),
    ],
)  # fmt: skip
def test_a_conditions_modal_is_not_the_duty(lexicon: Lexicon, text: str, verb: str) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


@pytest.mark.parametrize(
    ("text", "once"),
    [
        # an "upon" that ends its clause names no occasion (was one-off: the rewrite said
        # "by [date]" of visits)
        ("Visit with your child as agreed upon.", False),
        ("Visit and communicate with your child as agreed upon", False),
        # ... an occasion or a condition does
        ("Sign the release upon admission.", True),
        ("Leave the area immediately.", True),
    ],
)
def test_an_upon_that_ends_its_clause_is_no_occasion(
    lexicon: Lexicon, text: str, once: bool
) -> None:
    assert read(text, lexicon).predicates[0].once is once


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the modal of a question told inside the sentence is no duty of it (was "attend":
        # the handout said "You will attend if so.")
        ("If so, it is a good idea to let your Personal Advisor know who you would like to"
         " attend.", "let"),
        ("Ask parents whether they would like to continue to see their children in these"
         " places.", "ask"),
        ("Make it clear how you are willing to support the youth", "make"),
        # ... but a duty stays the sentence's own ("You must decide who will attend")
        ("You must tell the worker who you would like to attend.", "tell"),
        ("Mother will explain what she needs to do to get her children back.", "explain"),
        ("what you'll need to do is, first and foremost, follow the rules.", "follow"),
    ],
)  # fmt: skip
def test_a_questions_modal_is_not_the_duty(lexicon: Lexicon, text: str, verb: str) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        # "Following" that opens a sentence is "after", never the act "follow" (was the
        # parent's "follow" in every one)
        ("Following graduation, [Student] will use public transportation independently.",
         "use", "child"),
        ("Following notification, the school will schedule an attendance conference.",
         "schedule", "provider"),
        ("Following his release, he was ordered to participate in a treatment program.",
         "participate", "parent"),
        # ... and so is "During" ("while"), never an act (was the verb "during")
        ("During the visit, the Pathway Team Social Worker will give the young person"
         " information.", "give", "agency"),
        ("During the supervised visitation, the parent is expected to interact with their"
         " child.", "interact", "parent"),
        # ... but a behaviour named by its -ing form is still the act
        ("Following the applicant around", "follow", "parent"),
    ],
)  # fmt: skip
def test_following_that_opens_a_sentence_is_after(
    lexicon: Lexicon, text: str, verb: str, actor: str
) -> None:
    reading = read(text, lexicon)
    assert (reading.predicates[0].verb, reading.actor) == (verb, actor)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a bare "begin" or "start" before a thing is the act (was the verb "drug", "the",
        # "within": the next word the reading could take for one)
        ("[mother], 34, plans to immediately begin drug rehabilitation after her release.",
         "begin"),
        ("All parties are required to begin a Parenting Course as expeditiously as possible.",
         "begin"),
        ("Visitation must begin within ten (10) days after the child is removed.", "begin"),
        # ... and so is "agree to", "be responsible for" before a thing (was "the", "it")
        ("The parent(s) must agree to the terms of FRC.", "agree"),
        ("All of the following people have to agree to it: the child's birth parents", "agree"),
        ("A foster caregiver shall be responsible for the full-time care of a foster child.",
         "be"),
        # "often" is no act (was the verb "often")
        ("DCF will often request that parents complete training courses.", "request"),
        # ... but not before the act begun, agreed or taken on
        ("Mother will agree to attend AA meetings.", "attend"),
        ("Mother will be responsible for paying the rent.", "pay"),
        ("Mother will begin attending counseling.", "attend"),
        ("Mother will start to attend AA meetings.", "attend"),
    ],
)  # fmt: skip
def test_a_thing_begun_or_agreed_to_makes_its_verb_the_act(
    lexicon: Lexicon, text: str, verb: str
) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


def test_agreeing_to_a_thing_is_no_act_one_can_see(lexicon: Lexicon) -> None:
    """ "agree to the terms of FRC": the act is "agree", but no one sees it done (the
    labels call it no behaviour), unless what is agreed to is an activity."""
    terms = read("The parent(s) must agree to the terms of FRC.", lexicon)
    assert terms.predicates[0].verb == "agree" and not terms.predicates[0].observable
    visits = read("She would also agree to the attendance of a key worker weekly.", lexicon)
    assert visits.activity is not None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the modal of a clause that tells of the things a plan names is no duty of the
        # sentence's (was "take", "complete": the step "You will take ...")
        ("Help parents and their supports name specific actions they will take to prevent"
         " harm.", "help"),
        ("YOU select the independent living services and activities you'll complete to"
         " achieve your goals.", "select"),
        # ... but the sentence's own subject after what opens it is
        ("In these programs they will attend two sessions a week.", "attend"),
        ("Tell your worker about the services you need.", "tell"),
    ],
)  # fmt: skip
def test_the_things_someone_does_are_no_duty_of_the_sentence(
    lexicon: Lexicon, text: str, verb: str
) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


def test_a_modal_that_ends_a_quotation_is_no_duty(lexicon: Lexicon) -> None:
    """ "the same result a restraining order would” and then ...": nothing of the modal's
    follows it (its verb was the closing quote)."""
    reading = read(
        "The court found “that an order would” and then ordered both parents to stay away.",
        lexicon,
    )
    assert reading.form != "modal"
    assert all(p.verb.isalpha() for p in reading.predicates)


@pytest.mark.parametrize(
    "text",
    [
        # an organisation's name is no person's (was the parent: the handout said "You will
        # support foster carers to facilitate contact")
        "Sparks Fostering supports foster carers to facilitate contact.",
        "Health Conservation Consultants will review the court order.",
        "Interactive Community Care will notify the referrer of all dates of non-attendance.",
    ],
)
def test_an_organisations_name_is_a_provider(lexicon: Lexicon, text: str) -> None:
    assert read(text, lexicon).actor == "provider"


def test_a_persons_name_is_still_the_parent(lexicon: Lexicon) -> None:
    assert read("Jane Reyes will attend every visit.", lexicon).actor == "parent"


@pytest.mark.parametrize(
    ("text", "verb", "subject", "negated"),
    [
        # a modal before its subject: the subject and verb after it (the verb was "the",
        # "a": the opening words were taken for the subject)
        ("Under no circumstances shall the father contact the mother.", "contact",
         "the father", True),
        ("In no circumstances shall a child's plan remain undetermined for more than ninety"
         " (90) days.", "remain", "a child's plan", True),
        ("At no time may a member of another family (adults or children) be in the frame.",
         "be", "a member of another family (adults or children)", True),
        ("Only in rare circumstances can the Division outright prohibit you from"
         " visitation.", "prohibit", "the Division outright", False),
        ("In no case shall the parents attend classes together.", "attend", "the parents",
         True),
        # ... a noun phrase's verb-like word is no verb ("review" of "status review hearing")
        ("In no event shall the first status review hearing for a child placed in foster"
         " care be made later than six months after removal.", "make",
         "the first status review hearing for a child placed in foster care", True),
    ],
)  # fmt: skip
def test_a_modal_before_its_subject_reads_the_subject_after_it(
    lexicon: Lexicon, text: str, verb: str, subject: str, negated: bool
) -> None:
    reading = read(text, lexicon)
    assert reading.subject is not None
    assert text[slice(*reading.subject)] == subject
    assert reading.predicates[0].verb == verb
    assert reading.predicates[0].negated is negated


def test_only_before_a_subject_turns_nothing_round(lexicon: Lexicon) -> None:
    reading = read("Only people named on the form will be admitted to the centre.", lexicon)
    assert reading.subject is not None and reading.subject[0] == 0
    assert reading.predicates[0].verb == "admit"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the "be" of "is to be" before no verb is the verb (was "in", "on", "at")
        ("The child is to be in school.", "be"),
        ("These are to be on days nominated by the father.", "be"),
        ("Contact is to be at my discretion.", "be"),
        ("The child is to be referred to counseling.", "refer"),
        # a modal joined to an auxiliary by "and" (was "and")
        ("Mother and Father were required to and did complete a case plan.", "complete"),
        ("Establishing paternity can and normally does require DNA testing.", "require"),
        # a bound joined to the time before it, and "from time to time" (were "but",
        # "from")
        ("Foster parents shall as soon as possible but in not more than 24 hours report any"
         " serious incident.", "report"),
        ("The authority must from time to time\u2014 investigate whether the conditions are"
         " complied with.", "investigate"),
        # a long aside between commas that opens as a time does (was "within")
        ("Each parent seeking any rights under a parenting plan shall, within ten days after"
         " initiating or being served with initial documents in a case covered by this rule,"
         " contact a designated official.", "contact"),
    ],
)  # fmt: skip
def test_the_verb_after_a_modals_be_auxiliary_or_aside(
    lexicon: Lexicon, text: str, verb: str
) -> None:
    assert read(text, lexicon).predicates[0].verb == verb


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # asking a court is the act, what is asked its purpose (was "modify": "You will
        # modify the order"); the noun after "a" is no verb
        ("The supervised parent, at any time, may petition the court to modify the order.",
         "petition"),
        ("Mother may petition for reinstatement of parental rights.", "petition"),
        ("The agency will file a petition within 30 days.", "file"),
    ],
)  # fmt: skip
def test_petitioning_a_court_is_an_act(lexicon: Lexicon, text: str, verb: str) -> None:
    predicate = read(text, lexicon).predicates[0]
    assert (predicate.verb, predicate.observable) == (verb, True)


@pytest.mark.parametrize(
    "text",
    [
        # what was agreed to by someone, or a condition ("should the need arise"), is no
        # duty (the verbs were "by", "in", "the")
        "At other times as mutually agreed to by the Mother and Father in writing.",
        "Given instructions on how to reach the institution should the need arise.",
    ],
)
def test_agreed_to_by_and_should_the_are_no_modal(lexicon: Lexicon, text: str) -> None:
    assert not read(text, lexicon).predicates


@pytest.mark.parametrize(
    ("text", "verb", "form"),
    [
        # "then" between a subject and its verb is no boundary (each read as a fragment)
        ("The trial court then ordered both parents not to discuss the case with the"
         " children.", "discuss", "modal"),
        ("CPS Intake then develops a POSC and refers the family to Care Coordination.",
         "develop", "declarative"),
        # ... but one after a condition still opens the main clause
        ("If it is late, then call the worker.", "call", "imperative"),
    ],
)  # fmt: skip
def test_then_before_a_verb_is_an_adverb(lexicon: Lexicon, text: str, verb: str, form: str) -> None:
    reading = read(text, lexicon)
    assert reading.form == form
    assert reading.predicates[0].verb == verb


def test_a_subject_before_then_leaves_then_out(lexicon: Lexicon) -> None:
    text = "CPS Intake then develops a POSC."
    reading = read(text, lexicon)
    assert reading.subject is not None
    assert text[slice(*reading.subject)] == "CPS Intake"


def test_following_with_a_relative_clause_or_a_finding_is_no_act(lexicon: Lexicon) -> None:
    """ "Following X, which ..., Y" reads Y (the relative clause between commas was taken
    for the main clause); "Following X, the court found ..." names no duty (both read the
    act "follow")."""
    ordered = read(
        "Following a hearing, which Doe attended, the court ordered the mother to attend"
        " counseling.",
        lexicon,
    )
    assert ordered.predicates[0].verb == "attend"
    found = read(
        "Following the filing, the juvenile court found that the mother had failed to comply.",
        lexicon,
    )
    assert not found.predicates


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a plural noun and its preposition before the subject's verb list no duty (the
        # step was "You will visit with a child occur ...")
        ("Visits with a child occur regularly and consistently.", None),
        # ... but a duty listed under its doer still opens with its verb
        ("Meets with the family monthly to review the plan.", "meet"),
        ("Works with parents to develop a plan.", "work"),
        ("Documents in the case plan the start dates of tasks.", "document"),
        ("Maintains at least monthly contact with the parent by email, phone, or text.",
         "maintain"),
    ],
)  # fmt: skip
def test_a_plural_noun_before_its_verb_is_no_listed_duty(
    lexicon: Lexicon, text: str, verb: str | None
) -> None:
    predicates = read(text, lexicon).predicates
    assert (predicates[0].verb if predicates else None) == verb


def test_add_is_an_act(lexicon: Lexicon) -> None:
    """ "add mother to lease": the act is "add" (it was "lease", and the handout said "You
    will lease as an authorized occupant")."""
    reading = read("Father will add mother to lease as an authorized occupant.", lexicon)
    assert reading.predicates[0].verb == "add"


def test_an_alternative_after_an_opening_phrase_is_no_duty(lexicon: Lexicon) -> None:
    """ "Under Delaware law, whether parents have ... or ..., each parent has the right":
    the main clause's subject (the step was "You will have joint legal custody or ...")."""
    text = (
        "Under Delaware law, whether parents have joint legal custody or one parent has sole"
        " legal custody, each parent has the right to receive school reports."
    )
    reading = read(text, lexicon)
    assert reading.subject is not None
    assert text[slice(*reading.subject)] == "each parent"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # "whether ... or ...," opens a clause; the main clause's act is the duty
        ("Whether or not the parents agree, the worker will visit monthly.", "visit"),
        # ... a question told has none of its own after the comma (was "conduct", an
        # imperative read after "...(2)),", and "comply", read after "a guardian,")
        ("Whether the parent \u201chas not remedied within a reasonable time the conduct or"
         " conditions\u201d that made the children CINA (AS 47.10.088(a)(1)-(2)), given the"
         " parent\u2019s recent steps in treatment.", "have"),
        ("whether a guardian, other than the director, has complied with the order.", None),
    ],
)  # fmt: skip
def test_whether_opens_a_clause_only_with_its_or(
    lexicon: Lexicon, text: str, verb: str | None
) -> None:
    predicates = read(text, lexicon).predicates
    assert (predicates[0].verb if predicates else None) == verb


def test_what_someone_is_told_is_no_duty_of_theirs(lexicon: Lexicon) -> None:
    """ "They will tell you what is going to happen": the telling is theirs (the step was
    "You will happen and why")."""
    reading = read("They will tell you what is going to happen and why.", lexicon)
    assert reading.predicates[0].verb == "tell"
    told = read("They will tell the mother to call the worker.", lexicon)
    assert told.predicates[0].verb == "call"


def test_capitalised_things_are_no_persons_name(lexicon: Lexicon) -> None:
    """ "Written Undertakings should only be used ...": a thing (the handout said "You will
    only be used in emergencies")."""
    reading = read("Written Undertakings should only be used in emergencies.", lexicon)
    assert not reading.person


def test_an_s_word_of_something_is_a_noun(lexicon: Lexicon) -> None:
    """ "full names of all parties involved": a noun "of" follows (the step was "You will
    name of all parties involved")."""
    reading = read("full names of all parties involved, including the child's name,", lexicon)
    assert not reading.predicates
