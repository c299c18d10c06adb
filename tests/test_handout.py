"""`reunify handout`: the plan for the parent, checked against the plan section by section."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from shared_texts import NEED_AMONG_CONDITIONS
from typer.testing import CliRunner

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.analysis.readability import grade, sentences
from reunify_cli.cli import app
from reunify_cli.io.packs import glossary_of, load_packs
from reunify_cli.io.plans import parse_plan
from reunify_cli.reporters import handout_html, handout_md
from reunify_cli.rewrite.handout import (
    Handout,
    Task,
    build,
    checkbox_count,
    parents,
    says_how_often,
)
from reunify_cli.rewrite.handoutwords import people_date, per_week, second_person, third_person
from reunify_cli.rewrite.revise import revise
from reunify_cli.rewrite.statement import rewrite_plan

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FAMILY = EXAMPLES / "family-plan.yaml"
START = date(2026, 3, 2)
runner = CliRunner()
RULE_ID = re.compile(r"\b(?:vague|missing|judgment|poverty|structure|plain|substance-use)\.[a-z-]+")


def made(ruleset: Ruleset, path: Path = FAMILY, draft: bool = False) -> Handout:
    plan = parse_plan(str(path), path.read_text(encoding="utf-8"))
    report = rewrite_plan(plan, ruleset)
    names = {d.id: d.name for d in ruleset.domains}
    glossary = glossary_of(load_packs())
    lexicon = ruleset.analyzer.lexicon  # as `reunify handout` builds it
    return build(plan, report, names, glossary, START, parents(plan)[0], draft, lexicon)


def anas_handout(ruleset: Ruleset, tmp_path: Path, *statements: str) -> Handout:
    """The draft handout of a plan whose one parent is Ana, a mother, with these goals."""
    plan = tmp_path / "plan.yaml"
    goals = "".join(f"  - statement: {statement}\n" for statement in statements)
    plan.write_text(
        f"people:\n  - {{id: mother, role: parent, name: Ana}}\ngoals:\n{goals}", encoding="utf-8"
    )
    return made(ruleset, plan, draft=True)


def rows_of(handout: Handout) -> list[dict[str, str]]:
    """Each step's rows, by label."""
    return [{r.label: r.value for r in step.rows} for step in handout.steps]


def family() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(FAMILY.read_text(encoding="utf-8"))
    return data


def test_dates_as_people_write_them() -> None:
    assert people_date("2026-07-15") == "Wednesday, July 15, 2026"
    assert people_date("2027-01-10") == "Sunday, January 10, 2027"
    assert people_date("soon") == "soon"


def test_second_person() -> None:
    said = second_person(
        "Mother must attend her classes. J. Alvarez tells Loraine whether they are on track.",
        ["Loraine", "mother"],
    )
    assert said == "You will attend your classes. J. Alvarez tells you whether you are on track."


@pytest.mark.parametrize(
    ("text", "gender", "said"),
    [  # the other parent's words stay theirs
        ("she will not allow him into the house", None, "You will not allow him into the house"),
        ("Mother will not allow the father to visit.", None,
         "You will not allow the father to visit."),
        ("He must not contact her.", "he", "You will not contact her."),
        ("Ensure the father does not visit the children.", "she",
         "Ensure the father does not visit the children."),
        # the parent's own, in agreement with "you"
        ("Mother will keep herself and her children safe from him.", None,
         "You will keep yourself and your children safe from him."),
        ("Loraine does not use drugs and she was sober.", "she",
         "You do not use drugs and you were sober."),
        # a placeholder speaks to the caseworker unless it holds the parent's place; things
        # named by a role, and the other parent, stay
        ("The court determined that [the mother] had not made efforts.", None,
         "The court determined that you had not made efforts."),
        ("[The mother] should have a psychological assessment.", None,
         "You should have a psychological assessment."),
        ("[mother] was ordered to attend a parenting class.", "she",
         "You were ordered to attend a parenting class."),
        ("Neither [mother] nor [father] can take the children out of state.", "she",
         "Neither you nor [father] can take the children out of state."),
        ("The mother may live at home as long as the mother provides clean tests.", "she",
         "You may live at home as long as you provide clean tests."),
        ("Order [person-first words, e.g. the parent who used violence] to get counseling.",
         None, "Order [person-first words, e.g. the parent who used violence] to get counseling."),
        ("Mother will attend parent-child visits and a Parent Education Seminar.", None,
         "You will attend parent-child visits and a Parent Education Seminar."),
        ("Mother will support the child-parent bond and parent/child play.", None,
         "You will support the child-parent bond and parent/child play."),
        # a party named with the role is the parent: not "Respondent-you were ordered"
        ("Respondent-mother was ordered to attend therapy.", None,
         "You were ordered to attend therapy."),
        # the object of the parent's own verb is someone else, through commas too
        ("Loraine will bring Cian to school each day, on time, and collect him at 2.40pm.",
         None, "You will bring Cian to school each day, on time, and collect him at 2.40pm."),
        ("Loraine will attend, and Dana will drive her.", None,
         "You will attend, and Dana will drive you."),
        # a clause of its own after "each day", its subject someone else
        ("Loraine will take a test on each day the lab calls her.", "she",
         "You will take a test on each day the lab calls you."),
        # the three a law names together are who may, not "You, guardian or custodian"
        ("The parent, guardian or custodian of the child may petition the court.", None,
         "The parent, guardian or custodian of the child may petition the court."),
        # ... however many it names, and whoever's they are (state law, dev.yaml)
        ("The department will tell the parent, guardian, or other person that the parent,"
         " guardian, or other person may have a person of the parent's, guardian's, or other"
         " person's choice present.", None,
         "The department will tell the parent, guardian, or other person that the parent,"
         " guardian, or other person may have a person of the parent's, guardian's, or other"
         " person's choice present."),
        ("The mother, foster parent or other substitute care provider will bring the child.",
         None, "The mother, foster parent or other substitute care provider will bring the child."),
        # a day named for fathers is the calendar's; the father's own days are his
        ("The father will see the children from 10am to 5pm on Father's Day each year.", None,
         "You will see the children from 10am to 5pm on Father's Day each year."),
        ("The mother will have the children on Mother's Day and the father on Father's Day.",
         None, "You will have the children on Mother's Day and the father on Father's Day."),
        ("The father's day-to-day care of the children will be checked.", "he",
         "Your day-to-day care of the children will be checked."),
        # "I" after an adverb that opens the sentence is the parent's, not a numeral's
        ("Later I can talk with my sister about what happened.", None,
         "Later you can talk with your sister about what happened."),
        ("Respondent-father was ordered to attend therapy.", "she",
         "The father was ordered to attend therapy."),
        ("The court ordered the respondent-father and respondent-mother to attend.", "she",
         "The court ordered the father and you to attend."),
        ("The parent will not question the child about the other parent.", None,
         "You will not question the child about the other parent."),
        # "he/she" is anyone's, the parent's too, but for a child's named nearer before it
        # (since the forty-eighth session; was "until you are hired", "your physician")
        ("Youth will submit applications until he/she is hired.", None,
         "Youth will submit applications until he/she is hired."),
        ("Take the child to the emergency room if his or her physician cannot be reached", "he",
         "Take the child to the emergency room if his or her physician cannot be reached"),
        ("The father will call the worker if he or she cannot attend.", "he",
         "You will call the worker if you cannot attend."),
        # a role word after "each", "a", "any" is anyone's
        ("Each parent will attend parenting classes.", None,
         "Each parent will attend parenting classes."),
        ("A father of two minor children has been ordered to pay.", "he",
         "A father of two minor children has been ordered to pay."),
        ("Any parent who misses a visit must call.", None,
         "Any parent who misses a visit must call."),
        ("Resident parents must wait until the contact parent arrives.", None,
         "Resident parents must wait until the contact parent arrives."),
        ("The visiting parent misses three visits; the child's mother decides.", None,
         "The visiting parent misses three visits; the child's mother decides."),
        # ... and a role named in capitals, or by whom the child lives with (was "The Carer
        # you (you with whom the child resides)")
        ("The Carer Parent (the parent with whom the child resides) prepares the child.",
         None, "The Carer Parent (the parent with whom the child resides) prepares the child."),
        # the parent's verb agrees with "you"; another's stays
        ("Mother attends all visits and she always calls the worker.", None,
         "You attend all visits and you always call the worker."),
        ("He goes to AA and she tries hard.", None, "You go to AA and she tries hard."),
        ("An advocate will help her understand the needs of her children.", "she",
         "An advocate will help you understand the needs of your children."),
        # "parent" as a verb stays one
        ("Mother will learn how to parent a toddler and you parent your child.", None,
         "You will learn how to parent a toddler and you parent your child."),
        ("The worker will speak to parent weekly about progress.", None,
         "The worker will speak to you weekly about progress."),
        # ... after a modal's adverb too (was "they couldn't safely you")
        ("The mother drank and couldn't safely parent.", None,
         "You drank and couldn't safely parent."),
        ("The father will learn to safely parent using the Protective Factors.", None,
         "You will learn to safely parent using the Protective Factors."),
        ("Ask whether or not the parent attends the classes.", None,
         "Ask whether or not you attend the classes."),
        ("Ensure that Loraine applies for housing and the father pays.", "she",
         "Ensure that you apply for housing and the father pays."),
        ("The agency will give mother help with the fees.", None,
         "The agency will give you help with the fees."),
        # "the parent/guardian" is the parent, as one; "parent meetings" are no verb
        ("The parent/guardian will attend all meetings.", None, "You will attend all meetings."),
        ("Require parent or legal guardian to attend parenting classes.", None,
         "Require you to attend parenting classes."),
        ("Parent meetings are held monthly.", None, "Parent meetings are held monthly."),
        ("Mother will engage in parent education and meet her parent aide.", None,
         "You will engage in parent education and meet your parent aide."),
        ("Set the parent/caretaker goals with the worker.", None,
         "Set the parent/caretaker goals with the worker."),
        ("Absences without valid parent excuses are reported.", None,
         "Absences without valid parent excuses are reported."),
        # the parent's own voice, said to the parent; a name's "I", "Me" and "My" stay
        ("I will attend all visits with my children and call my caseworker weekly.", None,
         "You will attend all visits with your children and call your caseworker weekly."),
        ("If I miss a visit, I'll call. I am sober and I'm staying sober.", None,
         "If you miss a visit, you'll call. You are sober and you're staying sober."),
        # whether someone else is on track stays theirs
        ("The caseworker will tell the caregiver whether they are on track.", None,
         "The caseworker will tell the caregiver whether they are on track."),
        ("The worker will tell Mother within 7 days of each report whether they are on track.",
         None, "The worker will tell you within 7 days of each report whether you are on track."),
        ("If I make a promise, such as “next time I see you I will bring you a toy”, I keep it.",
         None, "If you make a promise, such as “next time I see you I will bring you a toy”, you"
         " keep it."),
        ("“I will attend all visits.”", None, "“You will attend all visits.”"),
        ("My caseworker will tell me whether I was on track.", None,
         "Your caseworker will tell you whether you were on track."),
        ("Phase I of the program, the Me and My World Review, 'All About Me'", None,
         "Phase I of the program, the Me and My World Review, 'All About Me'"),
        # a role word after a possessive is someone's parent (said "your" when the
        # possessive is the parent's), never "your you"; "the mom" is the parent
        ("If you are unable to locate your parent, call the office.", None,
         "If you are unable to locate your parent, call the office."),
        ("Mother will visit her parent(s) weekly.", "she", "You will visit your parent(s) weekly."),
        ("The order prohibited her from contacting him.", "she",
         "The order prohibited you from contacting him."),
        ("Mother will mend her bond with her own mother.", "she",
         "You will mend your bond with your own mother."),
        ("A foster home parent selects another foster home parent.", None,
         "A foster home parent selects another foster home parent."),
        ("You, the parent, should always be involved in writing the service plan.", None,
         "You should always be involved in writing the service plan."),
        ("As the parent undergoing evaluation, you may be asked to do more.", None,
         "As the parent undergoing evaluation, you may be asked to do more."),
        ("Compliance by the parent(s) is reported to the parent(s)'s lawyer.", None,
         "Compliance by you is reported to your lawyer."),
        # ... and so is the parent after any word whose object they are: the verb agrees
        # with what came before (was "Contact for you were restricted"; dev.yaml)
        ("Contact for the mother was restricted to daytime hours.", None,
         "Contact for you was restricted to daytime hours."),
        ("If the first visit with the parent does not occur within a week, call.", None,
         "If the first visit with you does not occur within a week, call."),
        # (real text) the verb after "the parent(s)" agrees with "you"
        ("including cases in which the parent(s) is incarcerated.", None,
         "including cases in which you are incarcerated."),
        ("If the parent(s) has a job, the parent(s) does not pay.", None,
         "If you have a job, you do not pay."),
        ("Participation in parent aid and parent sessions.", None,
         "Participation in parent aid and parent sessions."),
        ("The child returns to his/her parent or guardian.", None,
         "The child returns to his/her parent or guardian."),
        ("The mom has been involved for months.", None, "You have been involved for months."),
        ("The judge decides contact with a particular parent.", None,
         "The judge decides contact with a particular parent."),
        ("Mother failed to ensure her 13-year-old attended school.", None,
         "You failed to ensure your 13-year-old attended school."),
        ("Ensure that Mother attends all visits.", None, "Ensure that you attend all visits."),
        # the object of the parent's own verb is someone else: "notify her" is the worker
        ("Mother will call the worker monthly and notify her of any move.", "she",
         "You will call the worker monthly and notify her of any move."),
        ("Mother will ask the worker to call her.", "she", "You will ask the worker to call you."),
        # a court's words quoted stay its own (was 'that you "will not have parenting time')
        ("The court ordered that Mother \"shall not have parenting time with the minor child\".",
         None, "The court ordered that you \"shall not have parenting time with the minor"
         " child\"."),
        # a pronoun after one child and no one else is the child's (was "if the youth
        # believes that you have been denied ...", "when you enter care"), not after the
        # parent's own pronoun, nor a child named as someone's ("his four children")
        ("The opportunity for a fair hearing if the youth believes that he has been denied"
         " services or that his request has not been acted upon.", None,
         "The opportunity for a fair hearing if the youth believes that he has been denied"
         " services or that his request has not been acted upon."),
        ("Surrender the license if a child has a driver's license when he enters care.", None,
         "Surrender the license if a child has a driver's license when he enters care."),
        ("She was banned from relocating with the child outside her local area.", None,
         "You were banned from relocating with the child outside your local area."),
        # ... and after one child held in a placeholder (real text, dev.yaml; was "[Child]
        # needs your basic care needs met", "so that you are clean")
        ("[child] needs his basic care needs met", None,
         "[child] needs his basic care needs met"),
        ("[child] needs to have a bath each day so that he is clean and does not smell bad",
         None, "[child] needs to have a bath each day so that he is clean and does not smell"
         " bad"),
        ("Probation recommended that [the youth] receive probation for 6 months and that he"
         " attend outpatient treatment.", None, "Probation recommended that [the youth]"
         " receive probation for 6 months and that he attend outpatient treatment."),
        ("She will take [the child] to her appointments.", "she",
         "You will take [the child] to your appointments."),
        # things joined are no verb joined to the parent's (real text, dev.yaml; was "the
        # activities or program their ... officer says to")
        ("You will go to all the activities or programs their Youth Justice officer says to.",
         None, "You will go to all the activities or programs their Youth Justice officer"
         " says to."),
        ("You love your children and misses them.", None, "You love your children and miss"
         " them."),
        # a father whose paternity is not settled is someone else (real text, dev.yaml; was
        # "alleged you", "DNA testing of the child and presumed you")
        ("Parent, alleged father or relative provided locating information", None,
         "You, alleged father or relative provided locating information"),
        ("both parties participate in DNA testing of the child and presumed father.", None,
         "both parties participate in DNA testing of the child and presumed father."),
        ("The order that denied him visits with his four children required him to complete"
         " treatment.", None,
         "The order that denied you visits with your four children required you to complete"
         " treatment."),
        # ... but the one directions or another's words direct is the parent (was "requiring
        # him to attend", "what the supervisor tells him")
        ("He will follow any directions given by the supervisor requiring him to attend.", "he",
         "You will follow any directions given by the supervisor requiring you to attend."),
        ("Father will do what the supervisor tells him.", "he",
         "You will do what the supervisor tells you."),
        # the parent named as the kids' is the reader (was "you of the kids")
        ("The court said the mother of the kids can meet them at the centre.", "she",
         "The court said you can meet them at the centre."),
        # "who" after "you" agrees with it; the parent named before what is theirs without
        # "'s" is "your" (was "You, who lives in Ohio", "You refusal to test")
        ("The mother, who lives in Ohio, must attend every visit.", "she",
         "You, who live in Ohio, must attend every visit."),
        ("Mother refusal to test will be treated as a positive.", "she",
         "Your refusal to test will be treated as a positive."),
        # a form named by the parent is no "you" (was "fill out you Intake Form")
        ("Fill out the Parent/Guardian Intake Form.", None,
         "Fill out the Parent/Guardian Intake Form."),
        # a subject said before the parent is named in its clause is someone else (was
        # "You advised you to co-operate ...")
        ("She advised the mother to co-operate and to engage fully with her baby.", "she",
         "She advised you to co-operate and to engage fully with your baby."),
        ("She attends and the mother calls.", "she", "You attend and you call."),
        # a verb joined to the parent's agrees too (was "and was due to attend"); one of
        # a clause of its own stays
        ("Mother had met a psychiatrist and was due to attend a further appointment.", "she",
         "You had met a psychiatrist and were due to attend a further appointment."),
        ("Mother met the worker who said the child was unwell and was tired.", "she",
         "You met the worker who said the child was unwell and was tired."),
        # ... and so does a verb joined after the first one's object (was "you love your
        # children and misses them"), not a plural noun nor a verb of someone else
        # "he or she" after a child named nearer is the child's (was "the school at which
        # you are registered"); after the parent, the parent's
        ("Where a child is absent from the school at which he or she is registered, the"
         " parent of such child shall notify the principal.", None,
         "Where a child is absent from the school at which he or she is registered, you will"
         " notify the principal."),
        ("The parent will call the worker if he/she cannot attend.", None,
         "You will call the worker if you cannot attend."),
        # ... and after someone who works with the family, where no parent is named, theirs
        # (was "you must then incorporate this information"); a quote's altered word is no
        # pronoun (was "[t]you trial court")
        ("Once the caseworker has completed this process, he or she must then incorporate"
         " this information into the case plan.", None,
         "Once the caseworker has completed this process, he or she must then incorporate"
         " this information into the case plan."),
        ("If an investigator finds no evidence, he/she will show the allegations as"
         " unfounded in his/her report.", None,
         "If an investigator finds no evidence, he/she will show the allegations as"
         " unfounded in his/her report."),
        ("The mother will see the child at the court building and cannot take him or her"
         " anywhere else.", "she", "You will see the child at the court building and cannot"
         " take him or her anywhere else."),
        ("The client appears before a judge and reports on the progress he or she has made.",
         None, "The client appears before a judge and reports on the progress you have made."),
        ("[t]he trial court shall order the father to attend.", "he",
         "[t]he trial court will order you to attend."),
        # an object before what it is made (was "would make your liable")
        ("The order specified that non compliance would make her liable for the"
         " consequences.", "she", "The order specified that non compliance would make you"
         " liable for the consequences."),
        ("Yes, she loves her children and misses them.", "she",
         "Yes, you love your children and miss them."),
        ("Mother attends parenting classes and groups every week.", "she",
         "You attend parenting classes and groups every week."),
        ("The worker tells her about visits and gives the schedule.", "she",
         "The worker tells you about visits and gives the schedule."),
        ("You will wear clothing that fits and covers your underwear.", "she",
         "You will wear clothing that fits and covers your underwear."),
        # ... and so is one of an act of authority (was "You then ordered him to pay ...")
        ("She then ordered him to pay maintenance for his two children.", "she",
         "She then ordered him to pay maintenance for his two children."),
        ("She recommended psychotherapy twice a week.", "she",
         "She recommended psychotherapy twice a week."),
        # "parent/s" is the reader too (was "you/s")
        ("An undertaking may require a child, parent/s or carer to do certain things.", None,
         "An undertaking may require a child, you or carer to do certain things."),
        # "shall" is said plainly, of anyone
        ("The mother shall keep in contact and shall advise the worker of any move.", "she",
         "You will keep in contact and will advise the worker of any move."),
        ("Visits shall be supervised.", None, "Visits will be supervised."),
        ("The parent first informs a volunteer.", None, "You first inform a volunteer."),
        # the UK and Australian duty "Kelly to attend", said to the parent
        ("Loraine to work with the family worker on routines.", "she",
         "You will work with the family worker on routines."),
        ("Loraine will ask the worker to call.", "she", "You will ask the worker to call."),
        # a girl's father is hers, never the mother's "your father"; the mother's is
        ("Agree access between an 11-year-old girl and her father.", None,
         "Agree access between an 11-year-old girl and her father."),
        ("The mother will ask her father to help.", "she", "You will ask your father to help."),
        # ... and so is a child's, of either sex (was "the child be placed with your mother",
        # "for the child to spend time with your father")
        ("An order was made for the child to spend time with her father and the mother was"
         " warned.", "she",
         "An order was made for the child to spend time with her father and you were warned."),
        ("The plan provides for the child to live with his mother, and the father agrees.", "he",
         "The plan provides for the child to live with his mother, and you agree."),
        ("The baby will stay with her father while the mother attends treatment.", "she",
         "The baby will stay with her father while you attend treatment."),
        # a name's defined term is said once (was "Appellant you (you) appeals ...")
        ("Appellant [mother] (Mother) appeals an order terminating her parental rights.",
         "she", "Appellant you appeal an order terminating your parental rights."),
        ("The mother (Mother) was ordered to attend.", "she", "You were ordered to attend."),
        # "the parent and child" is "you and your child" (was "you and child")
        ("Contact between the parent and child is only allowed in the presence of the"
         " supervisor.", None, "Contact between you and your child is only allowed in the"
         " presence of the supervisor."),
        ("Visits will build on the mother and children's strengths.", "she",
         "Visits will build on you and your children's strengths."),
    ],
)  # fmt: skip
def test_second_person_is_the_parents_own_words_only(
    text: str, gender: str | None, said: str
) -> None:
    assert second_person(text, ["Loraine", "mother"], gender) == said


def test_a_goal_that_says_you_keeps_its_pronouns_for_someone_else() -> None:
    """A goal already speaking to the parent as "you": its "him/her", "he" and "his" are
    another person's (the child's, the worker's), not the parent's."""
    for text in (
        "Do not question your child or tell him/her what to say.",
        "Stay in touch with your social worker even if you are angry with him.",
        "Praise your child as he makes progress on his goals.",
    ):
        assert second_person(text, ["Loraine", "mother"], addressed=True) == text
    assert second_person("Tell him/her what to say.", ["Loraine", "mother"]) == (
        "Tell you what to say."
    )


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("all scheduled sessions, three times a week", 3.0),
        ("two visits a week", 2.0),
        ("twice weekly", 2.0),  # a count before "weekly" is how many times
        ("three sessions weekly", 3.0),
        ("weekly", 1.0),
        ("every Tuesday", 1.0),
        ("every Tuesday and Thursday at 6 pm", 2.0),  # as many times as days
        ("on Mondays, Wednesdays and Fridays", 3.0),
        ("once a month", 0.25),
        ("by June 30", None),
        ("every day of the week", 7.0),
        ("a fine for each day of unexcused absence", None),  # per absence, not daily
        ("take a test on each day the lab calls her", None),  # the lab's days, not daily
        # every other week, or rarer: ticked in the weeks it falls in
        ("every two weeks", 0.5),
        ("fortnightly", 0.5),
        ("twice a month", 0.5),
        ("every six weeks", 1 / 6),
        ("at 3 monthly intervals", 1 / 12),  # UK: every three months
        ("six-monthly", 1 / 24),
    ],
)
def test_how_often_a_task_recurs(text: str, times: float | None) -> None:
    assert per_week(text) == times


def test_handout_against_the_plan(ruleset: Ruleset) -> None:
    handout = made(ruleset)
    plan = family()
    assert handout.parent == "Maria"
    contacts = {r.label: r.value for r in handout.contacts + handout.dates}
    assert contacts["Your caseworker"] == plan["case"]["caseworker"]
    assert contacts["Phone"] == plan["case"]["caseworker_phone"]
    assert contacts["Next review of your plan"] == "Monday, June 29, 2026"
    assert contacts["Court hearing about where your children will live"] == (
        "Wednesday, January 20, 2027"
    )
    # the parent's goals are steps; the housing need and the agency's duty are help
    assert len(handout.steps) == 3
    steps_text = " ".join(r.value for s in handout.steps for r in s.rows)
    assert "housing" not in steps_text.lower()
    help_text = " ".join(h.what for h in handout.help)
    assert "housing-assistance program" in help_text
    assert "bus pass" in help_text
    assert all(s.safety for s in handout.steps)  # each answers a safety concern
    first = {r.label: r.value for r in handout.steps[0].rows}
    assert first["What you will do"].startswith("You will attend intensive outpatient program")
    assert first["Until"] == "Monday, June 29, 2026"  # kept up to the review
    assert "you are on track" in first["When you will hear how you are doing"]
    # a week from the first one to the next review, and the recurring tasks
    assert handout.weeks[0] == START and handout.weeks[-1] == date(2026, 6, 29)
    assert [t.per_week for t in handout.tasks] == [3.0, 2.0, 2.0]
    assert handout.placeholders == ()


def test_no_rule_ids_no_bare_abbreviations_no_iso_dates(ruleset: Ruleset) -> None:
    html = handout_html.render(made(ruleset))
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    visible = re.sub(r"<[^>]+>", " ", body)
    assert not RULE_ID.search(visible)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", visible)
    for word in ("UA", "UAs", "IOP"):  # each only beside its meaning, or in the word list
        for match in re.finditer(rf"\b{word}\b", visible):
            around = visible[max(0, match.start() - 40) : match.end() + 40]
            meanings = ("(", "urine drug test", "intensive outpatient program")
            assert any(m in around for m in meanings), around


def test_the_tools_own_sentences_are_grade_6_or_below(ruleset: Ruleset) -> None:
    for handout in (made(ruleset), made(ruleset, EXAMPLES / "vague-plan.yaml", draft=True)):
        own = handout.own_sentences()
        assert len(own) >= 8
        for text in own:
            for sentence in sentences(text):
                assert grade(sentence) <= 6, sentence
        for label in handout.own_labels():  # headings and labels: a few words each
            assert len(label.split()) <= 8, label


def test_a_templates_blanks_stop_the_handout_too(tmp_path: Path) -> None:
    """A blank a template leaves ("attend ___ sessions", "by (date)") is filled in before
    the parent has the plan, like a [placeholder]: never a handout with "___" in it."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "case: {caseworker: Ann Lee, caseworker_phone: 555-0100, next_review: '2027-02-01'}\n"
        "people:\n  - {id: mom, role: parent, name: Dana Fox}\n"
        'goals:\n  - {id: g1, responsible: mom, statement: "Dana will attend ___ sessions of'
        " the parenting class every Tuesday until 2027-02-01; the instructor will send a"
        " weekly attendance report to Ann Lee, who will tell Dana within 7 days of each"
        ' report whether she is on track."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "h.md"
    result = runner.invoke(app, ["handout", str(plan), "-o", str(out)])
    assert result.exit_code == 1 and "fill in ___" in result.output
    assert not out.exists()
    draft = runner.invoke(app, ["handout", str(plan), "-o", str(out), "--draft"])
    assert draft.exit_code == 0 and "___ sessions" in out.read_text(encoding="utf-8")


def test_placeholders_stop_the_handout_unless_draft(tmp_path: Path) -> None:
    out = tmp_path / "h.html"
    result = runner.invoke(app, ["handout", str(EXAMPLES / "vague-plan.yaml"), "-o", str(out)])
    assert result.exit_code == 1
    assert (
        "[how often, e.g. once a week]" in result.output and "[caseworker's phone]" in result.output
    )
    assert not out.exists()
    args = ["handout", str(EXAMPLES / "vague-plan.yaml"), "-o", str(out), "--draft"]
    assert runner.invoke(app, [*args, "--from", "2026-02-02"]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert '<mark class="fill-in">' + escape("[how often, e.g. once a week]") + "</mark>" in html
    assert "Draft: fill in the marked parts" in html
    md = tmp_path / "h.md"
    runner.invoke(app, ["handout", str(EXAMPLES / "vague-plan.yaml"), "-o", str(md), "--draft"])
    assert "**[how often, e.g. once a week]**" in md.read_text(encoding="utf-8")


def test_a_mum_is_a_mother(tmp_path: Path) -> None:
    """A parent the plan calls "mum" (UK, Australia, New Zealand) is a mother: a "he" in
    her goals is someone else's ("make sure he attends", the child), never "you"."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "people:\n  - {id: mum, role: parent, name: Mere Tane}\n"
        "goals:\n  - {id: g1, responsible: mum, statement: Mere will keep Tama enrolled at"
        " kura and make sure he attends at least 90% of the term.}\n",
        encoding="utf-8",
    )
    text = _draft_handout(tmp_path, plan)
    assert "make sure he attends at least 90% of the term" in text


def test_a_rare_task_is_ticked_in_the_weeks_it_falls_in() -> None:
    """Every three months is one box in the first week and one twelve weeks on, not one
    a month; monthly is the week a month starts in; fortnightly every other week."""
    monday = date(2026, 12, 7)
    weeks = [monday + timedelta(weeks=n) for n in range(14)]

    def boxes(times: float) -> list[int]:
        task = Task("Give a hair strand test", times)
        return [n for n, week in enumerate(weeks) if checkbox_count(task, n, week)]

    assert boxes(1 / 12) == [0, 12]
    assert boxes(0.25) == [0, 4, 8, 12]  # December 7, January 4, February 1, March 1
    assert boxes(0.5) == [0, 2, 4, 6, 8, 10, 12]


def test_a_review_that_has_passed_still_gives_a_checklist(tmp_path: Path) -> None:
    """The family plan's next review is June 29, 2026: a handout made after it had no weeks
    and said "Your plan has no tasks that repeat each week" of a plan with three. Its
    checklist now runs twelve weeks, and the caseworker is told to set the review."""
    out = tmp_path / "h.md"
    args = ["handout", str(FAMILY), "-o", str(out), "--from", "2026-12-03"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "the next review (2026-06-29) is before the checklist's first week" in result.output
    text = out.read_text(encoding="utf-8")
    assert "no tasks that repeat" not in text
    assert "| November 30 |" in text and "| February 22 |" in text  # 13 Mondays
    before = runner.invoke(app, [*args[:-1], "2026-06-01"])  # the review to come
    assert "next review" not in before.output
    assert out.read_text(encoding="utf-8").count("| June 29 |") == 1  # the last week


def test_minutes_before_a_visit_are_how_far_ahead(ruleset: Ruleset, tmp_path: Path) -> None:
    """ "Arrive at least 10 minutes prior to your scheduled visitation time" says how far
    ahead to come: not "How often: At least 10 minutes prior." nor "By when"."""
    (step,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Please arrive at least 10 minutes prior to your scheduled visitation time.",
        )
    )
    assert step["How far ahead"] == "10 minutes prior to your scheduled visitation"
    assert "How often" not in step and "By when" not in step


def test_days_of_something_are_how_long(ruleset: Ruleset, tmp_path: Path) -> None:
    """ "at least 90 days of sobriety" is how long it lasts, not a deadline ("By when: at
    least 90 days of sobriety")."""
    (step,) = rows_of(
        anas_handout(ruleset, tmp_path, "Mother will have at least 90 days of sobriety.")
    )
    assert step["For how long"] == "at least 90 days of sobriety" and "By when" not in step
    # ... and so are days of sobriety without "at least" (was "By when: 6 months sobriety")
    for goal in ("Mother will show 94 days of sobriety.", "6 months sobriety"):
        (step,) = rows_of(anas_handout(ruleset, tmp_path, goal))
        assert "sobriety" in step["For how long"] and "By when" not in step, step


def test_a_thing_a_ban_names_shows_nothing(ruleset: Ruleset, tmp_path: Path) -> None:
    """A thing a ban names a few words after its "not" is no record that the step was done
    ("A child shall not be used to exchange documents ..." said "How we will know:
    Documents."); what allows what is banned is ("without the written permission of the
    Secretary"), and so is a record after a condition's "not" ("If a party has not filed the
    verification, ... complete the verification")."""
    banned, allowed, condition = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "A child shall not be used to exchange documents or financial information between "
            "parents.",
            "Mother must not leave the State without the written permission of the Secretary.",
            "If Mother has not filed the verification, she shall complete the verification.",
        )
    )
    assert "Documents" not in banned.get("How we will know", "")
    assert allowed["How we will know"] == "Written permission of the Secretary."
    assert "verification" in condition["How we will know"].lower()


def test_an_act_or_a_failed_result_is_no_thing_shown(ruleset: Ruleset, tmp_path: Path) -> None:
    """ "How we will know" names a thing: not an act said with who does it ("Worker must
    document.") nor a result that shows the opposite ("Positive test."); the step's own
    words say those."""
    for step in rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will attend a substance abuse program following a positive test for cocaine.",
            "Mother will call the worker after each visit, and the worker must document each call.",
            # nor an example in brackets ("How we will know: Certificates.")
            "Make an emergency bag for yourself and children. Include a set of clothes for "
            "each, important papers (birth certificates, social security cards, etc.)",
            # nor what was said ("How we will know: Court noted.", "Otherwise noted.")
            "The court noted that the mother missed several drug tests.",
            "Unless otherwise noted, the parent may arrive 10 minutes before the visit.",
            "The judge also noted that the mother must attend every hearing.",
            "In June the agency reported that the mother had stopped using marijuana.",
        )
    ):
        assert "How we will know" not in step, step


def test_everyone_a_step_is_said_of_is_the_reader() -> None:
    """ "Everyone must attend a meeting of their choice and call if they cannot attend",
    said to the parent: "your choice", "if you cannot attend"."""
    from reunify_cli.rewrite.handout import _their_said_to_you

    said = _their_said_to_you(
        "You will attend a 12-step meeting of their choice and call if they cannot attend.",
        "Everyone must attend a 12-step meeting of their choice and call if they cannot attend.",
    )
    assert said == "You will attend a 12-step meeting of your choice and call if you cannot attend."


def test_a_thing_shown_keeps_what_it_says(ruleset: Ruleset, tmp_path: Path) -> None:
    """A thing that shows the step was done stays one when a clause about it follows ("a
    signed voluntary placement agreement that lists ..."); only a verb that says ("The court
    noted that ...") is no thing shown."""
    (row,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "The parents sign a voluntary placement agreement that lists the responsibilities"
            " of the parents and the agency.",
        )
    )
    assert row["How we will know"] == "A signed voluntary placement agreement."
    # "any and all" is all (was "How we will know: Any signed and all consent.")
    (row,) = rows_of(
        anas_handout(ruleset, tmp_path, "I agree to sign any and all consent forms by May 1.")
    )
    assert row["How we will know"].startswith("All signed consent")


def test_a_thing_shown_ends_on_no_word_left_hanging(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) a thing shown that the evidence cut off on "of", "in" or "with"
    is said with the few words that end its clause ("Proof of it.", was "Proof of."), else
    without the hanging words ("A written report.", was "A written report of all."; "Daily
    log.", was "Daily log in.")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother may need to complete a screening process and show proof of it.",
            "Mother will provide a written report of all that took place during the visit.",
            "Mother must keep a daily log in relation to her activities for many reasons.",
            "Mother will provide documentation of why visitation is not in the child's best"
            " interest and what needs to occur in order for contact to begin.",
        )
    )
    assert [row["How we will know"] for row in rows[:3]] == [
        "Proof of it.",
        "A written report.",
        "Daily log.",
    ]
    # never cut back to a verb that says the opposite ("... why visitation is not.")
    assert not rows[3]["How we will know"].endswith("is not.")


def test_a_step_keeps_the_goals_later_sentences(ruleset: Ruleset, tmp_path: Path) -> None:
    """The step's action is read from the goal's first sentence; the sentences after it are
    the parent's to read too (they were left out: "You will find a safe place to go during
    arguments." alone), and what the rewrite added after them is in rows of their own."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Find a safe place to go during arguments. Avoid rooms with no exits or rooms with "
        "weapons (kitchen).",
        "Keeping open communication is imperative. This includes sharing new addresses or "
        "phone numbers and letting the caseworker know about challenges.",
        "Obtain a support sponsor within 30 days of sign up. Contact sponsor at least once per "
        "week and provide written verification.",
        "Develop a safety plan for your children; how to call 000, how to safely exit the "
        "house and how to get help",
    )
    safe, open_, sponsor, plan = rows_of(handout)
    # a list after a semicolon stays joined to its sentence
    assert plan["What you will do"] == (
        "You will develop a safety plan for your children; how to call 000, how to safely "
        "exit the house and how to get help."
    )
    assert safe["What you will do"] == (
        "You will find a safe place to go during arguments. Stay away from rooms with no "
        "exits or rooms with weapons (kitchen)."
    )
    assert "This includes sharing new addresses or phone numbers" in open_["What you will do"]
    assert sponsor["What you will do"].endswith(
        "Contact sponsor at least once per week and provide written verification."
    )
    for step in (safe, open_, sponsor):  # the added evidence and reporting: rows, said once
        assert "This will be shown" not in step["What you will do"]
        assert "on track" not in step["What you will do"]


def test_a_step_said_whole_says_its_later_sentences_once(ruleset: Ruleset, tmp_path: Path) -> None:
    """A goal whose words are its step whole, later sentences and all, says them once (the
    second sentence came again after it)."""
    (rows,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Contact is for one family member and children unless otherwise stated on the "
            "referral form. Other visitors may attend only with the agreement of the resident "
            "parent/guardian.",
        )
    )
    assert rows["What you will do"].count("Other visitors may attend") == 1


def test_a_fragment_of_an_order_is_said_from_its_own_verb(ruleset: Ruleset, tmp_path: Path) -> None:
    """A protective order's list item opens with its verb ("publishing on the internet or
    by email ... any material"): the step is said from that verb, never from a later noun
    read as one ("You will email or other electronic communication any material")."""
    (rows,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "publishing on the internet or by email or other electronic communication any"
            " material about the protected person",
        )
    )
    assert rows["What you will do"].startswith("You will publish on the internet or by email")
    # a safety plan's command to memorise is an act (it was left as written, with an
    # action added: "Memorize all important numbers. You will [action, e.g. ...]")
    (memorized,) = rows_of(anas_handout(ruleset, tmp_path, "Memorize all important numbers."))
    assert memorized["What you will do"] == "You will memorize all important numbers."


def test_a_step_dated_before_the_first_week_is_named(ruleset: Ruleset, tmp_path: Path) -> None:
    """A deadline that has passed when the handout is made ("by March 30, 2026" in a
    handout from December) would tell the parent to do what can no longer be done in time:
    the caseworker is told which step to give a new date. A date to come is not named, nor
    the day something started ("beginning February 1, 2026")."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "case: {caseworker: J. Alvarez, caseworker_phone: 555-0100, next_review: 2027-02-15}\n"
        "people:\n  - {id: mother, role: parent, name: Ana}\ngoals:\n"
        "  - statement: Mother will complete a parenting class by March 30, 2026.\n"
        "  - statement: Mother will pay $250 a month in child support beginning February 1, 2026.\n"
        "  - statement: Mother will attend the hearing on January 5, 2027.\n"
        "  - statement: Mother will enroll in counseling by April 1, 2026.\n",
        encoding="utf-8",
    )
    out = tmp_path / "h.md"
    late = runner.invoke(
        app, ["handout", str(plan), "--draft", "-o", str(out), "--from", "2026-12-07"]
    )
    assert late.exit_code == 0, late.output
    assert "the dates of steps 1 and 4 are before the checklist's first week" in late.output
    early = runner.invoke(
        app, ["handout", str(plan), "--draft", "-o", str(out), "--from", "2026-01-05"]
    )
    assert early.exit_code == 0, early.output
    assert "before the checklist" not in early.output


def test_a_date_a_rule_holds_until_is_until(ruleset: Ruleset, tmp_path: Path) -> None:
    """A date that ends what is kept up ("until June 30", or the next review the rewrite
    adds to a rule that holds) is "Until", not "By when": "By when: March 1" asks a visitor
    to leave their belongings in the car once, by then. A one-off task keeps "By when"."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "case: {caseworker: J. Alvarez, caseworker_phone: 555-0100, next_review: 2027-03-01}\n"
        "people:\n  - {id: mother, role: parent, name: Ana}\ngoals:\n"
        "  - statement: Visitors must leave all personal belongings in their cars.\n"
        "  - statement: Mother will visit the children every week until June 30, 2027.\n"
        "  - statement: Mother will complete a parenting class.\n",
        encoding="utf-8",
    )
    kept, visits, once = rows_of(made(ruleset, plan, draft=True))
    assert kept["Until"] == "Monday, March 1, 2027" and "By when" not in kept
    assert visits["Until"] == "Wednesday, June 30, 2027"
    assert once["By when"] == "Monday, March 1, 2027" and "Until" not in once


def test_a_long_placeholder_is_one_too(ruleset: Ruleset, tmp_path: Path) -> None:
    """A suggestion of more than 80 characters ("[help, e.g. a referral to a
    housing-assistance program (rapid rehousing, rental assistance)]") is still a part to
    fill in: marked in a draft, and no handout without --draft while it is there."""
    poverty = EXAMPLES / "poverty-plan.yaml"
    handout = made(ruleset, poverty, draft=True)
    long = [p for p in handout.placeholders if len(p) > 82]
    assert long, handout.placeholders  # the housing help's suggestion is one of them
    text = handout_md.render(handout)
    assert all(f"**{p}**" in text for p in long)
    out = tmp_path / "h.md"
    result = runner.invoke(app, ["handout", str(poverty), "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()


def test_help_is_said_to_the_parent(ruleset: Ruleset) -> None:
    helps = made(ruleset, EXAMPLES / "poverty-plan.yaml", draft=True).help
    assert helps and all("so that you can" in h.what for h in helps)
    assert not any("so that they can" in h.what for h in helps)


def test_a_step_says_the_whole_of_a_placeholder_and_no_made_up_measure(
    ruleset: Ruleset,
) -> None:
    """ "cooperate with the Agency" becomes "[do what with, e.g. meet once a month with] the
    Agency": the step keeps the whole placeholder (not "meet once a month with] the
    Agency"), and "complete a parenting program" is no answer to "How often"."""
    handout = made(ruleset, EXAMPLES / "vague-plan.yaml", draft=True)
    step = next(s for s in handout.steps if "the Agency" in s.rows[0].value)
    rows = {r.label: r.value for r in step.rows}
    assert "[do what with, e.g. meet once a month with] the Agency" in rows["What you will do"]
    assert rows.get("How often", "").lower() not in ("complete", "complete.")


def test_a_step_in_the_plans_words_reads_after_you_will(ruleset: Ruleset, tmp_path: Path) -> None:
    """A goal's own imperative follows "You will" in lower case ("You will provide ...",
    not "You will Provide"), its deadline says the event ("before the worker comes", not
    "before the"), to the parent ("during your visits"), a step named by a thing is not
    "You will domestic violence classes" (one that starts "Not use" is a step), "a good
    parent" is anyone who is one, not "a good you", and no task whose only cadence is a
    blank's example is in the checklist."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Provide all relevant information about your criminal history.",
        "Find a lawyer before the worker comes to your house.",
        "Be a good parent.",
        "The mother may not use alcohol prior to and during her visits.",
        "domestic violence classes",
        "Not use or possess any drugs or alcohol.",
    )
    rows = rows_of(handout)
    assert rows[0]["What you will do"].startswith("You will provide all ")
    assert rows[1]["By when"] == "before the worker comes"
    assert rows[3]["When"] == "prior to and during your visits"  # a ban: no deadline
    assert rows[4]["What you will do"] == "Domestic violence classes."  # not "You will ..."
    assert rows[5]["What you will do"].startswith("You will not use or possess any drugs")
    assert rows[2]["What you will do"].startswith("You will be a good parent.")
    assert handout.tasks == ()


def test_a_checklist_task_is_named_by_what_not_by_when(ruleset: Ruleset, tmp_path: Path) -> None:
    """A weekly task whose goal opens with when, where or on what terms ("During the 90
    day period ..., you will make ...", "For non-school aged children, complete ...") is
    named in the checklist by what the parent does, not by that opening; an opening that
    says what itself, or a list after it, keeps the first clause."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "During the school term, you will attend parenting class every week.",
        "For non-school aged children, complete a daily log of the child's meals.",
        "For the first three months you will be tested twice a week, sometimes more.",
        "Despite receiving parenting classes, supportive visitation and therapy, attend weekly.",
    )
    assert [task.name for task in handout.tasks] == [
        "Attend parenting class every week",
        "Complete a daily log of the child's meals",
        "For the first three months you will be tested twice a week",
        "Despite receiving parenting classes",
    ]


def test_a_step_opening_with_following_is_no_action_of_following(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """ "Following the breakdown of a relationship, ..." opens with a preposition: the step
    is the act after it, said with it, never "You will follow the breakdown of a
    relationship"."""
    (rows,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Following the breakdown of a relationship, it is important that parents make safe"
            " agreements for the care of their children.",
        )
    )
    assert rows["What you will do"].startswith(
        "You will make safe agreements for the care of your children following the breakdown"
        " of a relationship."
    )


def test_a_step_says_the_goals_words_and_the_action_added_to_them(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """When the rewrite adds an action ("The parent will [action, e.g. ...]"), the step
    says the goal's own words first and the added action after them: a ban the plan sets
    is never lost from the parent's handout. A measure that answers no "How often" ("any
    drugs") has no row, and a "How often" still to fill in gives the checklist no task: a
    blank's example ("[how often, e.g. once a week]") is not the plan's."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Not use or possess any drugs or alcohol. Sobriety is the primary focus of this program."
        " Maintaining a drug free lifestyle is very important in your recovery process."
        " Carefully choose the people with whom you associate.",
        "Maintain a safe home.",  # (a "safe and stable home" is housing: help, no step)
    )
    ban, home = rows_of(handout)
    assert ban["What you will do"].startswith("You will not use or possess any drugs or alcohol.")
    assert "You will [action, e.g. " in ban["What you will do"]
    assert "How often" not in ban
    assert home["What you will do"].startswith("You will maintain a [say what safe means here]")
    assert "You will [action, e.g. " in home["What you will do"]
    assert home["How often"].startswith("[how often, e.g. ")
    assert handout.tasks == ()


def test_an_action_the_rewrite_adds_for_the_child_is_the_childs(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """A youth's goal the rewrite gives an action ("The child will [action, e.g. ...]"):
    the parent's handout says the child does it, never "You will [action, ...]"; a goal
    of the parent's still says "You will"."""
    youth, own = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Youth shall understand unfair job practices and know how to seek guidance.",
            "Maintain a safe home.",
        )
    )
    assert "Your child will [action, e.g. " in youth["What you will do"]
    assert "You will [action, e.g. " not in youth["What you will do"]
    assert "You will [action, e.g. " in own["What you will do"]


def test_how_we_will_know_is_never_a_passive_without_its_subject(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """ "The safety plan must be signed by both parents": its evidence in the goal's words
    is "be signed", which says nothing as "How we will know: Be signed." - no such row."""
    (rows,) = rows_of(
        anas_handout(ruleset, tmp_path, "The safety plan must be signed by both parents.")
    )
    assert not rows.get("How we will know", "").lower().startswith(("be ", "is "))


def test_a_step_that_says_you_keeps_his_or_her_for_someone_else(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """The handout reads "him/her" in a goal that says "you" as the person it was said of,
    not as the parent ("even if you are angry with you")."""
    (rows,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Stay in touch with your social worker even if you are angry with him/her.",
        )
    )
    assert "angry with him/her" in rows["What you will do"]


def test_a_typical_goals_rows(ruleset: Ruleset, tmp_path: Path) -> None:
    """Goals as plans write them: "twice a week" and "twice weekly" are how often (not
    "Twice"), "sign
    releases" is shown by signed releases, and "have no positive screens" is no evidence
    ("How we will know: Positive screens.")."""
    visits, releases, screens = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will participate in visits with the children twice a week at the agency.",
            "Mother will sign releases of information for all providers within 7 days.",
            "Mother will submit to random drug screens within 24 hours of being called and"
            " have no positive screens for 90 days.",
        )
    )
    assert visits["How often"] == "Twice a week."
    # the whole of a count: what it counts, its period, its figure, its range, its figure
    # in brackets with its space or without (as PDFs lose it), every day it names
    counted = {
        "Mother will attend access visits at the Society office twice weekly.": "Twice weekly.",
        "Mother will attend two day-long sessions per week for group therapy.":
            "Two day-long sessions per week.",  # not "Two day-long."
        "Mother will attend three self-help groups per week.":
            "Three self-help groups per week.",  # not "Per week."
        "Mother will pay R2,000 per month towards the children's upkeep.":
            "R2,000 per month.",  # not "000 per month."
        "Mother has been ordered to pay R20 000 each month.":  # its thousands after a space
            "R20 000 each month.",  # (dev.yaml; not "000 each month.")
        "Mother will have contact for two (2) hours per week on a Saturday.":
            "Two (2) hours per week.",
        "Mother will call twenty-four (24) hours a day.":
            "Twenty-four (24) hours a day.",  # never "Four (24) ..."
        "Mother will attend supervision sessions every two (2) weeks.":
            "Every two (2) weeks.",  # never "Every two."
        "Mother will attend supervision sessions every two (2)weeks.": "Every two (2)weeks.",
        "Mother will provide at least three (3) random drug screens per week.":
            "At least three (3) random drug screens per week.",  # three words between
        "Mother will attend one (1)drug supervision session per week.":
            "One (1)drug supervision session per week.",
        "Treatment sessions - at least two to three times each week.":
            "At least two to three times each week.",  # never "At least two."
        "Mother will call the worker 3 or 4 times a week.":
            "3 or 4 times a week.",  # never "4 times a week."
        "Mother will call the children every Tuesday and Thursday.":
            "Every Tuesday and Thursday.",  # not "Every Tuesday."
    }  # fmt: skip
    found = rows_of(anas_handout(ruleset, tmp_path, *counted))
    assert [row.get("How often") for row in found] == list(counted.values())
    (tested,) = rows_of(
        anas_handout(
            ruleset, tmp_path, "The testing shall be conducted twice per week on random dates."
        )
    )
    assert not tested.get("How often", "").startswith("Shall")
    assert releases["How we will know"] == "Signed releases of information."
    (shared,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will complete hair strand testing by March 1 and share the results with"
            " the local authority.",
        )
    )
    assert shared["How we will know"] == "The results."  # the goal names its evidence
    (own,) = rows_of(
        anas_handout(
            ruleset, tmp_path, "Mother will attend her GP appointments about her low mood."
        )
    )
    # a medical goal's suggested record fits the parent's own appointments too (not "the
    # immunization record")
    assert "after-visit summaries" in own["How we will know"]
    assert "How we will know" not in screens and "How often" not in screens


def test_a_month_a_thing_started_or_happened_in_is_no_deadline(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """(real text, dev.yaml) "from 1 March 2026", "filed after October 1, 1999" are when a
    thing starts and "On 21 October 2013 the court granted ..." when it happened: never "By
    when" (they were), nor is the day of a hearing or of a paper ("At a June 21, 2002 drug
    court hearing", "an order dated March 19, 2019") or a record's entry ("March 5, 2023:
    Father completed ..."); "by March 2027" still is a deadline."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Father will pay R2,000 per month from 1 March 2026 directly to the school.",
            "Each parent named as a party in proceedings filed after October 1, 1999, must"
            " comply with Local Rule 95.04.",
            "On 21 October 2013 the court granted Mother custody of the children.",
            "Mother will complete the parenting program by March 2027.",
            "At a June 21, 2002 drug court hearing, Mother was ordered to attend treatment"
            " and services.",
            "'March 5, 2023: Father completed mental health evaluation at CenterPointe"
            " Hospital'",  # (quoted for YAML)
            "By an order dated March 19, 2019, the Family Court permitted the father to meet"
            " the child twice a month at the child's school.",
            "Mother will complete the parenting program by March 31, 2027.",
            "The Respondent filed for execution of a decree for arrears of school fees as at"
            " 8th January 2013.",
            "completing successfully the recommending therapy by [the therapist] for a period"
            " of 12 to 24 months;",
        )
    )
    assert rows[0]["Starting"] == "March 2026" and "By when" not in rows[0]
    assert rows[1]["Starting"] == "Friday, October 1, 1999" and "By when" not in rows[1]
    assert rows[2]["When"] == "October 2013" and "By when" not in rows[2]
    assert rows[3]["By when"] == "March 2027"
    # the day of a hearing or a paper, a record's entry: when it happened
    assert rows[4]["When"] == "Friday, June 21, 2002" and "By when" not in rows[4]
    assert rows[5]["When"] == "Sunday, March 5, 2023" and "By when" not in rows[5]
    assert rows[6]["When"] == "Tuesday, March 19, 2019" and "By when" not in rows[6]
    assert rows[7]["By when"] == "Wednesday, March 31, 2027"
    assert rows[8]["When"] == "January 2013" and "By when" not in rows[8]  # "as at"
    # who a thing is done by is no time (was "By when: [the therapist]")
    assert not {"By when", "When", "Until"} & set(rows[9])


def test_a_time_in_the_goals_words_is_said_to_the_parents_as_their_step_is(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """(real text, dev.yaml) a goal said of parents in the plural is said to the reader,
    its time too: "For how long: for the duration of your treatment", "By when: before you
    can be considered" (were "their treatment", "before they can")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "All participants must agree to submit to random urinalysis testing for the"
            " duration of their treatment.",
            "Parents must complete multiple services and programs before they can be"
            " considered for graduation.",
            "Parents or guardians should call the school as early as possible on the day of"
            " their child's absence.",
        )
    )
    assert rows[0]["For how long"] == "for the duration of your treatment"
    assert rows[1]["By when"] == "before you can be considered for graduation"
    assert rows[2]["When"] == "on the day of your child's absence"


def test_a_period_is_said_with_its_length(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) "for a period" runs on to how long it is (was "For how long:
    for a period"), its number in words too; a period with no length stays as it is."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "An order will specify requirements for the parent to comply with, for example, to"
            " counselling or guidance sessions for a period of up to three months.",
            "Mother will stay out of the family home for a period not exceeding one year.",
            "Mother will attend the group for a period of 4 (four) months;",
            "Mother will live at a place specified in the directions for a period so specified.",
        )
    )
    assert rows[0]["For how long"] == "for a period of up to three months"
    assert rows[1]["For how long"] == "for a period not exceeding one year"
    assert rows[2]["For how long"] == "for a period of 4 (four) months"
    assert rows[3]["For how long"] == "for a period"


def test_promptly_is_said_with_its_moment(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) "promptly" is said with the moment it is at ("When: promptly at
    the end of the visit", was "By when: promptly": no moment the parent can keep to); a
    place after it is no moment, and "promptly" alone stays as it is."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Must arrive on time and leave promptly at the end of the visit.",
            "The Non-Custodial Parent (NCP) will arrive promptly at the scheduled time of the"
            " visit to commence visitation.",
            "Arrive promptly at the Children\u2019s Justice Center for the scheduled visit.",
            "advising the case manager promptly of change of address; and",
        )
    )
    assert rows[0]["When"] == "promptly at the end of the visit"
    assert rows[1]["When"] == "promptly at the scheduled time of the visit"
    assert rows[2]["By when"] == "promptly"
    assert rows[3]["By when"] == "promptly"


def test_an_event_is_said_to_its_verb(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) the event a step is done before or kept up until is said with
    its verb ("By when: before visitations can begin", was "before visitations"; "until a
    new placement is available", was "until a new placement"; "before you commit to
    anything", was "before you commit"); a time inside the subject is no event cut off
    ("after the initial 30 days | shall be based upon ...")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Both parents must participate in the intake process before visitations can begin.",
            "You must complete all sessions before a certificate of completion is given.",
            "If a child's placement is unsuccessful under the terms of the voluntary placement"
            " agreement, the child returns to their parent's physical care until a new"
            " placement is available.",
            "Mother will take these steps before the child or young person can be returned.",
            "Mother will review her calendar before she commits to anything.",
            "Before you speak to Children's Aid or to the police consult a lawyer whenever you"
            " are faced with any allegations of child abuse.",
            "Mother will obtain the worker's permission before speaking to the child, in most"
            " instances.",
        )
    )
    assert rows[0]["By when"] == "before visitations can begin"
    assert rows[1]["By when"] == "before a certificate of completion is given"
    assert rows[2]["For how long"] == "until a new placement is available"
    assert rows[3]["By when"] == "before the child or young person can be returned"
    # an event told by someone's verb, to its clause's end, at most eight words more
    assert rows[4]["By when"] == "before you commit to anything"
    assert rows[5]["By when"] == "Before you speak"
    assert rows[6]["By when"] == "before speaking to the child"  # (a gerund's too)


def test_a_day_is_said_with_the_clause_that_says_which(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) "the date", "the time" or "the day" a time counts from is said
    with the clause that says which ("By when: 21 days from the date the child is placed in
    her care", was "21 days from the date"), to a stop, a new clause after "or" or a verb's
    "to"; a clause longer than 14 words is left as it was."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother has 21 days from the date the child is placed in her care to apply for a"
            " Working with Children Check.",
            "Mother must provide a note within a time period not to exceed five (5) days from"
            " the date the child returns to school or the absence will be unexcused.",
            "Mother will be supervised during the time she spends with her children.",
            "Mother will serve the application at least 30 days before the date the order for"
            " society supervision or society wardship expires.",
            "Mother will confirm before the end of the day that the worker has received it.",
        )
    )
    assert rows[0]["By when"] == "21 days from the date the child is placed in her care"
    assert rows[1]["By when"] == (
        "no more than five (5) days from the date the child returns to school"
    )
    assert rows[2]["When"] == "during the time you spend with your children"
    assert rows[3]["By when"] == (
        "at least 30 days before the date the order for society supervision or society"
        " wardship expires"
    )
    assert rows[4]["By when"] == "before the end of the day"


def test_how_many_times_is_said_with_its_count(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) "times" is said with how many, its figures in brackets too
    ("How often: Two (2) to three (3) times a week.", was "Times a week."), and as the
    rewrite asks it ("[How many] times per week.", was "Times per week.")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will visit the children two (2) to three (3) times a week.",
            "Mother will be drug tested multiple times per week.",
        )
    )
    assert rows[0]["How often"] == "Two (2) to three (3) times a week."
    assert rows[1]["How often"] == "[How many] times per week."


def test_a_cap_on_time_is_how_long_at_most(ruleset: Ruleset, tmp_path: Path) -> None:
    """What may not exceed a time lasts no more than it ("For how long: no more than 90
    days", was "By when: exceed 90 days"; as "may not exceed 180 days" in dev.yaml)."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will live at the shelter for a stay which may not exceed 90 days.",
            "Mother will attend the program (not exceeding 6 months) and complete it.",
        )
    )
    assert rows[0]["For how long"] == "no more than 90 days"
    assert rows[1]["For how long"] == "no more than 6 months"


def test_a_time_in_one_word_is_said_with_what_it_counts(ruleset: Ruleset, tmp_path: Path) -> None:
    """A time said as one word is said with what it counts ("By when: within a six-month
    period", was "within a six-month"; as "within a six-month period" in dev.yaml), and
    "day-to-day" is no time at all (was "For how long: for day-to-day")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will supply a sample within a two-hour time limit.",
            "Mother will attend 10 sessions within a six-month period.",
            "Mother is responsible for day-to-day care of the child.",
            "During the 90 day period before you leave foster care, you will make a plan.",
        )
    )
    assert rows[0]["By when"] == "within a two-hour time limit"
    assert rows[1]["By when"] == "within a six-month period"
    assert not {"For how long", "By when", "When"} & set(rows[2])
    assert rows[3]["When"] == "During the 90 day period"  # (a figure's unit, no hyphen)


def test_what_a_step_waits_for_is_how_long_it_holds(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) a step kept up until an event says so, as the sentence says it
    to the parent, with the date the rewrite asks it be expected by (was "When: [date]",
    "By when: [date]": a deadline the step does not have)."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Do not sign any papers with the CAS until you get your lawyer\u2019s advice.",
            "Mother will have no unsupervised contact with the children until she had"
            " successfully completed substance abuse treatment.",
        )
    )
    assert rows[0]["Until"] == "you get your lawyer\u2019s advice, expected by [date]"
    assert not {"When", "By when"} & set(rows[0])
    assert rows[1]["Until"] == "you have completed substance abuse treatment, expected by [date]"
    # "until then" names no event: the date alone
    rows = rows_of(
        anas_handout(ruleset, tmp_path, "Mother has been visiting the child weekly up until then.")
    )
    assert not any("then," in value for value in rows[0].values())


def test_how_long_each_time_is_no_answer_to_how_often(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text, dev.yaml) a visit's length before its frequency is said with it (was no
    "How often" row at all: "up to two hours" was the measure, and a length alone is no
    answer to it)."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "The father will spend time with the children for up to two hours each Sunday at"
            " the contact centre.",
            "Mother will complete 30 hours of training now and 15 hours of on-going training"
            " each year.",
            "Mother will attend 8 sessions of the parenting group.",
        )
    )
    assert rows[0]["How often"] == "Up to two hours each Sunday."
    assert rows[1]["How often"] == "15 hours of on-going training each year."
    assert rows[2]["How often"] == "8 sessions."
    # a sum and its period, never the words the reading counted after them (was "$50 a
    # month on program"; dev.yaml)
    rows = rows_of(anas_handout(ruleset, tmp_path, "Pay $50 a month on program fees."))
    assert rows[0]["How often"] == "$50 a month."


def test_a_date_asked_to_run_until_is_until(ruleset: Ruleset, tmp_path: Path) -> None:
    """A step the rewrite keeps up "until [date]" (a ban, a weekly session) says "Until:
    [date]", as the rewrite does (a ban's said "When: [date]", the day it happens, and a
    kept-up step's "By when"); a task done once is still "By when"."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Please do not bring candy, soda pop, or sugar snacks to your regular visit.",
            "Mother will attend counseling.",
            "Mother will complete a parenting class.",
        )
    )
    assert rows[0]["Until"] == "[date]" and "When" not in rows[0]
    assert rows[1]["Until"] == "[date]" and "By when" not in rows[1]
    assert rows[2]["By when"] == "[date]" and "Until" not in rows[2]


def test_a_time_in_the_goals_words_says_whether_it_is_a_deadline(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """ "By when" is a deadline's row; an occasion is "When" ("during your visits"), a
    length of time "For how long" ("for a period of six months"), notice "How far ahead"
    ("two weeks' notice"), and "prior approval", a date of birth,
    "advance approval" or an age ("over 21 years of age") is no time at all (no row)."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will not use alcohol during her visits with the children.",
            "Mother will stay sober for a period of six months.",
            "Mother will not move the children without prior approval.",
            "Mother will call the worker within 24 hours of any arrest.",
            "Mother will be over 21 years of age.",
            "Mother will not take the children on trips without advance approval.",
            "Mother will attend every visit on or before the 5th of each month.",
            "Mother will keep the children in school until the end of the school year.",
            "Mother will stay in the program until the completion of treatment.",
            "Mother will enroll in the class within 15 days of receiving notice of it.",
            "Mother will complete at least eight hours of parenting classes.",
            "Mother will be verified clean and sober at least 30 days.",
            "Mother will call the worker at least 24 hours before the visit.",
            "Mother will give the centre two weeks' notice of any holiday with the children.",
            "Mother will cancel a visit 24 hours in advance.",
            "All gifts Mother brings to a visit must be pre-approved.",
            "Mother will tell the monitor ahead of time if she will be late.",
            "Mother will have parental responsibility for the child, [the child] born 18 April"
            " 2010.",
            "Mother must not drink alcohol for 24 hours before contact with the children.",
            "Mother will use praise during visits as observed by the visit supervisor.",
            "Mother will check with the Team Leader on the day before taking photographs.",
            "Mother will try mediation prior to seeking a resolution through the courts.",
            "Mother will put the children's bedtimes before her own plans.",
            "Mother will arrive 15 minutes early for each visit.",
            "A party will have 24 hours to attend at a lab and provide a sample.",
            "Mother will pay $250.00 per month in child support beginning February 1, 2027.",
            "Mother will maintain a home free of hazards, as verified by the caseworker at home"
            " visits.",
            "Write out your expenses for your week so you can ask for help if needed.",
            "Mother will submit to random urinalysis within 24 hours of the caseworker's"
            " request. A no-show will be considered a positive result.",
            "Pay a fine of not more than $25 for each day of unexcused absence.",
            "Mother will attend the permanency hearing on January 5, 2027.",
            "Mother will attend the evaluation scheduled for February 24, 2027.",
            "Do not take drugs before your contact.",
            "Avoid coaching the child before or after visits.",
            "Remain free of alcohol for at least thirty (30) consecutive days before being"
            " considered for promotion.",
            "That the requests for samples shall not exceed one in any calendar month.",
        )
    )
    assert rows[0]["When"] == "during your visits" and "By when" not in rows[0]
    assert rows[1]["For how long"] == "for a period of six months"
    assert not {"By when", "When", "For how long"} & set(rows[2])
    assert rows[3]["By when"].startswith("within 24 hours")
    for row in rows[4:6]:  # an age, "advance approval": no time to keep to
        assert not {"By when", "When", "For how long"} & set(row), row
    assert rows[6]["By when"] == "on or before the 5th of each month"
    assert rows[7]["For how long"] == "until the end of the school year"
    # an event's time runs on to what it is of; an amount of time is no event's
    assert rows[8]["For how long"] == "until the completion of treatment"
    assert rows[9]["By when"] == "within 15 days of receiving notice of it"
    assert rows[10]["How often"] == "At least eight hours of parenting classes."
    assert rows[11]["For how long"] == "at least 30 days"  # an amount of time is how long
    assert rows[12]["By when"] == "at least 24 hours before the visit"
    # notice, or something done ahead of what it is for, is how far ahead
    assert rows[13]["How far ahead"] == "two weeks' notice" and "By when" not in rows[13]
    assert rows[14]["How far ahead"] == "24 hours in advance"
    assert not {"By when", "When", "For how long", "How far ahead"} & set(rows[15])
    assert rows[16]["How far ahead"] == "ahead of time"
    assert not {"By when", "When", "For how long", "How far ahead"} & set(rows[17])  # a birth
    # an amount of time before an event, with its "for", is how long ("By when: 24 hours
    # before contact" asked for the opposite)
    assert rows[18]["For how long"] == "for 24 hours before contact with the children"
    assert "By when" not in rows[18]
    # the people an event's name qualifies are no time: "by the visit supervisor"
    assert "by the visit" not in rows[19].values()
    # an event said by its verb runs on to its object ("By when: before taking" said nothing)
    assert rows[20]["By when"] == "before taking photographs"
    assert rows[21]["By when"] == "prior to seeking a resolution through the courts"
    assert "before" not in rows[22].get("By when", "")  # "before your own plans": no time
    assert rows[23]["How far ahead"] == "15 minutes early" and "By when" not in rows[23]
    assert rows[24]["By when"] == "within 24 hours"  # not "have 24 hours to attend"
    assert rows[25]["Starting"] == "Monday, February 1, 2027"  # a start, no deadline
    assert "By when" not in rows[25]
    # a record's "by" runs on to who keeps it ("How we will know: As verified by.")
    assert rows[26]["How we will know"] == "As verified by the caseworker."
    assert "For how long" not in rows[27]  # "for your week" is no length of time
    # what counts as a positive result is a ruling, nothing that shows the step was done
    assert "Positive result." not in rows[28].values()
    # a day that counts an event is neither how often nor how long: no daily fine
    assert not {"How often", "For how long"} & set(rows[29])
    assert rows[30]["When"] == "Tuesday, January 5, 2027"  # the day it happens, no deadline
    assert "By when" not in rows[30]
    assert rows[31]["When"] == "Wednesday, February 24, 2027" and "By when" not in rows[31]
    # a prohibition's time is when it holds: no deadline to meet
    assert rows[32]["When"] == "before your contact" and "By when" not in rows[32]
    # so is an "avoid"'s ("By when: before or after visits")
    assert rows[33]["When"] == "before or after visits" and "By when" not in rows[33]
    # an amount of time said in words and digits is how long ("By when: at least thirty
    # (30) consecutive days")
    assert "By when" not in rows[34]
    # the period a cap counts in is no deadline ("By when: in any calendar month")
    assert not {"By when", "When", "For how long"} & set(rows[35])
    assert rows[34]["For how long"].endswith("at least thirty (30) consecutive days")


def test_an_event_said_by_its_clause_is_said_whole(ruleset: Ruleset, tmp_path: Path) -> None:
    """An event's time runs on to the end of its clause, past eight words: what the court
    does ("For how long: until the court" said nothing), what is the court's ("the
    court's jurisdiction"), and a long event never ends on a dash."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will see the children at the visit center until the court is satisfied the"
            " issues necessitating supervised visitation are resolved.",
            "Mother will see a counselor every month until the court's jurisdiction has been"
            " terminated.",
            "Mother will file the form within 30 days of receiving a copy of a child's birth"
            " certificate.",
            "Mother will call no later than thirty days from the completion of the"
            ' "Comprehensive Assessment Planning Model - I.S., Family Assessment".',
        )
    )
    assert rows[0]["For how long"] == (
        "until the court is satisfied the issues necessitating supervised visitation are resolved"
    )
    assert rows[1]["For how long"] == "until the court's jurisdiction has been terminated"
    assert rows[2]["By when"] == "within 30 days of receiving a copy of a child's birth certificate"
    assert "Planning Model" in rows[3]["By when"] and not rows[3]["By when"].endswith("-")


def test_where_a_record_is_kept_is_said_whole(ruleset: Ruleset, tmp_path: Path) -> None:
    """A record's words run on to where it is kept ("How we will know: Documented on." and
    "Note on." said nothing), and a time's "or" to the time it joins ("By when: Prior to
    or")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "After visits, Mother will make a note on the visitation log of the date of the"
            " visit and any changes she has noted in the child's behavior.",
            "Mother will call the children each evening, documented on the phone call logs.",
            "You will need to get certified in CPR/First Aid, including infant and child CPR.",
            "Prior to or at the time of placement of the child, the mother shall give the"
            " foster parent a list of the child's medications.",
        )
    )
    assert rows[0]["How we will know"].startswith("Note on the visitation log")
    assert rows[1]["How we will know"] == "Documented on the phone call logs."
    assert rows[2]["How we will know"] == "Certified in CPR/First Aid."
    assert rows[3]["By when"] == "Prior to or at the time of placement of the child"


def test_a_time_keeps_its_day_and_leaves_the_next_subject(ruleset: Ruleset, tmp_path: Path) -> None:
    """A clock time keeps the day after it ("When: from 5pm Friday to 5pm" left out the
    Sunday the time ends on), and a time's words never end on the subject of the clause
    after them ("By when: Before your Initial Panel you")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "During school holidays, Mother will have the children from 5pm Friday to 5pm Sunday.",
            "Before your Initial Panel you will have to attend at least two appointments to see"
            " a YOS worker.",
        )
    )
    assert rows[0]["When"] == "from 5pm Friday to 5pm Sunday"
    assert rows[1]["By when"] == "Before your Initial Panel"


def test_an_age_reached_is_said_with_its_when(ruleset: Ruleset, tmp_path: Path) -> None:
    """An age the goal's words name as its time ("when they turn 18", "until the child
    reaches the age of 21") keeps the words that make it one: "When: when they turn 18",
    not "By when: turn 18"."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "You must fingerprint children when they turn 18 if they will continue to live in"
            " your home.",
            "Mother will pay support until the child reaches the age of 21.",
        )
    )
    assert rows[0]["When"] == "when they turn 18" and "By when" not in rows[0]
    assert rows[1]["For how long"] == "until the child reaches the age of 21"


def test_how_we_will_know_names_a_thing_not_an_action(ruleset: Ruleset, tmp_path: Path) -> None:
    """ "How we will know" says the thing that shows a step was done: a verb phrase in the
    goal's words is said as its object ("the signed safety plan", "a completed
    application"), a thing as it is, and a verb phrase without an object ("sign it",
    "documented in") has no row - the step says it already."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will sign the safety plan with the caseworker by March 1.",
            "Mother will provide a copy of the school report to the caseworker by March 1.",
            "Mother will provide a written service plan to the worker by March 1.",
            "Mother will attend the intake and sign it.",
            "Mother's attendance will be documented in the case file.",
            "Mother will provide verification of attendance. She will call weekly.",
            "Mother will provide the agency with documentation of her income by March 1.",
            "If a term is unclear, request it in writing.",
        )
    )
    known = [row.get("How we will know") for row in rows]
    # a manner is no thing: "In writing." alone says how it is done, not what shows it
    assert known.pop() == "It is in writing."
    assert known[:3] == [
        "The signed safety plan.",
        "A copy of the school report to the caseworker.",
        "A written service plan to the worker.",
    ]
    assert known[3:5] == [None, None]
    # what the thing is of ("verification of attendance"), and after "provide X with"
    assert known[5:] == ["Verification of attendance.", "Documentation of your income."]


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        ("weekly", True),
        ("at least once a month", True),
        ("8 sessions", True),
        ("every two weeks", True),
        ("[how often, e.g. once a week]", True),
        ("each child", False),
        ("every child", False),
        ("must be completed", False),
        ("in writing", False),
        ("at least 21 years old", False),
        ("every one", False),
        ("$25", False),
        ("$50 a month", True),
        ("one hour", False),  # how long, not how often
        ("12 months", False),
        ("at least 80 hours", False),
        ("six (6) months", False),
        ("1-3 hours", False),
        ("15 \u2013 20 minutes", False),  # a range with a dash: how long to stay away
        ("two hours per week", True),
        ("24 hours a day", True),
        ("8 modules", True),
        ("two-hour class", False),  # one class, of two hours
        ("24 hours of being called", False),  # a deadline's hours
        ("twice a week", True),
        ("100%", False),  # "pay 100% of the costs": a share, not how often
        ("two years and ten months", False),
        ("two individuals", False),  # how many people, not how often
        ("At least three references", False),
        ("10 unexcused absences", False),
        ("twelve sessions", True),
        ("from 9:00am until 4:00pm", False),  # a time of day
        ("3 pm on the day", False),
        ("every Saturday from 12:00pm to 4:00pm", True),
        ("95 percent", False),
        ("12-week program, twice a week", True),
        ("2017 adjudication hearing", False),  # a year: "at the March 23, 2017 ... hearing"
        ("a 1985 treatment plan", False),
        ("2000 times", True),
        ("request a visit appointment", False),  # one task: "a visit" alone is no frequency
        ("attend a hearing", False),
        ("a few days a week", True),
        ("one visit", True),
        # a period with nothing counted ("as many sessions per week as the provider sets")
        ("per week", False),
        ("At least 10 minutes prior", False),  # how far ahead to arrive, not how often
        ("a month", False),
        ("each month", True),
        # some of the people a step names, not how often ("at least one of their 0-16
        # year-old children" said "How often: At least one of ...")
        ("at least one of their 0-16 year-old children", False),
        ("At least one of your parents", False),
        ("724-2256 to schedule a time", False),  # a phone number
        ("(555) 123-4567 each week", True),
        ("911 or contact", False),  # "call 911 or contact Child Protective Services"
        ("Is 14 or older", False),  # "A child who is 14 or older ... may request"
        ("18 years or older", False),  # "the parent must be 18 years or older" (dev.yaml)
        # a size, a sample's amount, a test's panels, "three way calling", notice: no rate
        # (was "How often: At least 3 cm long."; dev.yaml)
        ("at least 3 cm long", False),
        ("at least 30 milliliters", False),
        ("5 panel hair screen", False),
        ("No three way calling", False),
        ("At least 10 working days notice", False),
        ("at least 7 days' advance written notice of a planned", False),
        ("three times a week", True),
    ],
)
def test_how_often_is_said_only_of_a_frequency_or_a_count(measure: str, said: bool) -> None:
    assert says_how_often(measure) is said


@pytest.mark.parametrize(
    ("statement", "step"),
    [
        ("Not use or possess any drugs or alcohol.", "You will not use or possess any drugs"),
        ("Do not bring any weapons or items that can be used as a weapon to the visit.",
         "You will not bring any weapons"),
        ("she will not allow him into the house", "You will not allow him into the house."),
        ("The parents agree to never leave intoxicating substances in a place where the "
         "children have access to them.", "You will never leave intoxicating substances"),
        ("not leave the children alone with [a named man]",
         "You will not leave the children alone with [a named man]"),
        ("Mother will refrain from using illegal drugs.", "You will not use illegal drugs."),
        # and a step in the plan's other words reads after "You will" too
        ("the mother submits to drug testing of urine", "You will submit to drug testing"),
        ("The parent will be drug tested weekly.", "You will be drug tested weekly."),
        ("Each missed course must be made up.", "Each missed course must be made up."),
        ("Signed waivers of confidentiality and/or appropriate releases.",
         "Signed waivers of confidentiality"),
        # (hours of work required are a poverty condition now: help, not a step)
        ("is enrolled in school for at least twelve (12) hours per week;",
         "Is enrolled in school for at least"),
        ("Smoking is not allowed anywhere in the buildings or grounds during a contact session",
         "Smoking is not allowed"),  # an -ing subject, not "You will smoking is not allowed"
        # an -s word a verb follows is a plural subject, not "You will note from ..."
        ("Notes from parents/guardians shall be accepted for up to six (6) days.",
         "Notes from parents/guardians will be accepted"),  # "shall" said plainly
        ("Visits between mother and the children at the family centre, twice a week.",
         "Visits between you and the children"),
        # ... and so is one "of" follows (was "You will detail of [each service ...]")
        ("Attends all scheduled visits with the children.", "You will attend all scheduled"),
        ("Avoid coaching the child before or after visits",
         "You will avoid coaching the child before or after visits."),
        ("Shouting or yelling at anyone in the meeting area is not allowed.",
         "Shouting or yelling at anyone"),
        ("Ensuring children are protected from any form of violence in the home.",
         "You will ensure children are protected"),
        # ... and so is an act named in -ing that a verb says of (was "You will report
        # Probation requires that ...")
        ("Reporting Probation requires that the youth meet with a Probation Officer at least"
         " once a month.", "Reporting Probation requires that"),
        ("Preparing the child involves ensuring they arrive on time and have any necessary"
         " items for the designated period.", "Preparing the child involves ensuring"),
        ("Attending every visit and calling the worker every week.",
         "You will attend every visit and call the worker every week."),
        # an -ing word and the thing it names: no action ("You will sleep arrangements")
        ("Sleeping arrangements for the children", "Sleeping arrangements for the children"),
        ("Restraining order against the father", "Restraining order against"),
        ("Waiting in the lobby quietly until the visit starts.", "You will wait in the lobby"),
        ("DO respond to your child's questions.", "You will respond to your child's questions."),
        # a "who" clause with its own verb says when the action is asked (was "You will
        # call the caseworker.", a duty to call with no concern)
        ("Parents who have concerns should call the caseworker.",
         "You will call the caseworker when you have concerns."),
        ("The parent who has concerns should call the caseworker.",
         "You will call the caseworker when you have concerns."),
        # a narrative's past perfect in a step to come (was "until you had completed")
        ("required Mother to reside outside the home until she had completed substance abuse"
         " treatment.", "You will reside outside the home until you have completed substance"),
        # ... and its simple past too (was "when you changed your address")
        ("notify the court services officer when she changed her address or phone number;",
         "You will notify the court services officer when you change your address"),
        ("When I was done, I had to provide the Court with the certification of my completion.",
         "You will provide the Court with the certification of your completion when you are"),
        # a subject that says no parent may: the "not" stays (was "You will use drugs in
        # the presence of the child.", "You will remove the child ...")
        ("Neither parent shall use drugs in the presence of the child.",
         "You will not use drugs in the presence of the child."),
        ("Neither the mother nor the father shall discuss the case with the child.",
         "You will not discuss the case with the child."),
        # and the adverb between the modal and the verb (was "You will remove the child")
        ("Neither parent shall permanently remove the child from the State of Delaware.",
         "You will not permanently remove the child from the State of Delaware."),
        # a time bound opening the subject says no one may not (was "You will not notify")
        ("That no less than seven days prior to each scheduled visit the mother shall notify"
         " the father of the venue.", "You will notify the father of the venue"),
        ("Mother shall promptly notify the worker of any move.",
         "You will promptly notify the worker of any move."),
        # ... and the "only" a command opens with (was "You will sign the plan if ...":
        # a duty to sign; dev.yaml)
        ("Only sign the plan if you are sure you understand it and you agree to everything"
         " in it", "You will only sign the plan if you are sure"),
        ("Please only bring healthy snacks.", "You will only bring healthy snacks."),
        # the agency's act after a condition on the parent stays the agency's, when a word
        # links the sentence to the one before (was "You will seek a court order to remove
        # your child from you")
        ("Further, if you refuse to participate in the FBSS process, DFPS may seek a court"
         " order to remove your child from you.", "Further, if you refuse to"),
        # a passive whose subject follows "for" is not the parent's (was "You will be
        # developed and implemented")
        ("The parents/legal guardians are willing for an in-home safety plan to be developed"
         " and implemented"
         " and have agreed to cooperate with all identified safety service providers;",
         "The parents/legal guardians are willing for an in-home safety plan"),
        # the parent named as the child's is the reader (was "you of such child will")
        ("Where a child is absent from school, the parent of such child shall notify the"
         " principal of the reasons for the absence.",
         "Where a child is absent from school, you will notify the principal"),
        ("The parent or guardian of the child shall inform the probation officer each time"
         " the child expects to change schools.", "You will inform the probation officer"),
        # a parent's role as a verb, with nothing after it (was "affects their ability to
        # you")
        ("Have a substance abuse problem that affects their ability to parent.",
         "You will have a substance abuse problem that affects their ability to parent."),
        # ... without "the", opening the goal (was "You of the child in your reply")
        ("Mother of the child in her reply said she brought the child to every visit.",
         "You in your reply said you brought the child to every visit."),
        ("Order the parent or guardian of the child to inform the probation officer each"
         " time the child expects to change schools.", "Order you to inform the probation"),
        # a quote opened before the action's words closes with it (was '... to the
        # court"".')
        ("The court order also specifies that the child's parent/guardian \"shall report"
         " violations of this order by the child to the JPO and to the court\".",
         "You will report violations of this order by the child to the JPO and to the court."),
        # someone joined to the parent in the subject stays (was "You will meet monthly.")
        ("Mother and the caseworker will meet monthly.",
         "You and the caseworker will meet monthly."),
        ("The mother and her partner will complete a parenting course.",
         "You and your partner will complete a parenting course."),
        ("That the Mother and the Father have equal shared parental responsibility for the"
         " major long term issues of the child.",
         "That you and the Father have equal shared parental responsibility"),
        ("Parents and guardians must attend the orientation.",
         "You will attend the orientation."),
        ("In theory, a parent must complete their court-ordered services.",
         "You will complete your court-ordered services."),
        # what a parent can do is no duty (was "You will protect the child.", the rest lost)
        ("Section 361 authorizes the court to impose on the parent, as a condition of the plan,"
         " that the parent demonstrate to the court's satisfaction that the parent can protect"
         " the child.", "Section 361 authorizes the court to impose on you"),
        # ... however the child is named (was "you of a five-year-old boy brought ...")
        ("In Shankman v. Dennison, the mother of a five-year-old boy brought an urgent motion.",
         "In Shankman v. Dennison, you brought an urgent motion."),
        # a curly quote opened before the action's words closes with them too
        ("The court order also specifies that the child's parent/guardian \u201cshall report"
         " violations of this order by the child to the JPO and to the court\u201d.",
         "You will report violations of this order by the child to the JPO and to the court."),
        # a judge's first person stays the judge's (was "Pending the conclusion of SV, you
        # ordered ...")
        ("Pending the conclusion of SV, I ordered the continuation of the existing access"
         " arrangements.", "Pending the conclusion of SV, I ordered the continuation"),
        ("I recommend that the mother attend a parenting course.",
         "I recommend that you attend a parenting course."),
        # ... after "hereby" too (was "You hereby order that the custody ...")
        ("I hereby order that the custody of the children be with the Respondent.",
         "I hereby order that the custody of the children be with the Respondent."),
        # "that parent" is the one a clause before picks out (was "the Court may hold that
        # you in contempt"), while "that" opening a clause leaves the reader's role word
        ("If a parent fails to pay child support pursuant to an order, the Court may hold"
         " that parent in contempt.", "If a parent fails to pay child support pursuant to an order,"
         " the Court may hold that parent in contempt."),
        ("The court ordered that Mother attend every visit.", "You will attend every visit."),
        ("I have also determined that the mother\u2019s contact ought to remain supervised.",
         "I have also determined that your contact ought to remain supervised."),
        # an attempt a ban forbids stays forbidden (was "restrained from removing or
        # removing the children")
        ("That the father is restrained from removing or attempting to remove the children"
         " from the care of the mother.", "That the father is restrained from removing or"
         " attempting to remove the children"),
        # a verb joined after the first one's object takes its form too (was "You will
        # request custody of the child and agrees to ...")
        ("A non-offending parent requests custody of the child and agrees to cooperate with"
         " any orders of the court.", "You will request custody of the child and agree to"),
        # ... and an -ing verb a fix put before its placeholder (was "You will submit to a
        # mental health assessment and completing [each recommendation, written out]")
        ("submitting to a mental health assessment and following treatment recommendations",
         "You will submit to a mental health assessment and complete [each recommendation,"),
        # ... and a joined "is" or "has" (was "You will appear every 60 days and is active")
        # the parent's own act on "you" stays the parent's (was "Ensure they send their
        # children to school.", read as an act done to the parent)
        ("The DC has directed parents to ensure they send their children to school.",
         "You will ensure you send your children to school."),
        ("Participant appears every 60 days and is active in treatment",
         "You will appear every 60 days and be active in treatment."),
        ("Mother attends AA meetings weekly and has a sponsor by June.",
         "You will attend Alcoholics Anonymous (AA) meetings weekly and have a sponsor"),
        ("Mother attends a program which meets weekly and is run by the county.",
         "You will attend a program which meets weekly and is run by the county."),
        # ... and an -ing verb joined after the first one's object (was "You will visit
        # their children and correcting conditions ..."), never an -ing word that names a
        # thing ("attend groups and parenting classes")
        ("Who are responsible for visiting their children and correcting conditions that led"
         " to their removal.", "You will visit your children and correct conditions"),
        ("Visiting the child and bringing snacks.", "You will visit the child and bring snacks."),
        # an act on the person an order protects, listed by its -ing, is banned (was "You
        # will locate or follow the protected person ..."); the distance kept is a step
        ("attempting to locate or follow the protected person or keep them under"
         " surveillance", "Locating or following the protected person"),
        ("Staying away from the protected person at all times.",
         "You will stay away from the protected person at all times."),
        # what a document says parents must do is said as written (was "You will control
        # their child's behaviour.")
        ("The second states what parents must do to control their child's behaviour.",
         "The second states what parents must do to control their child's behaviour."),
        ("The most important thing parents should do if the CAS is investigating them is to"
         " be cooperative.", "The most important thing parents should do if the CAS is"),
        ("Parents must be aware of their rights and responsibilities to comply with court"
         " orders.", "You will be aware of your rights and responsibilities to follow"),
        # "their child" in a step that names no one else is the reader's (was "You will take
        # their child to a friend ..."); not after a child named ("to their therapist")
        ("taking their child to a friend or family member when the parent goes to work",
         "You will take your child to a friend or family member when you go to work."),
        ("Take the child to their therapist every week.",
         "You will take the child to their therapist every week."),
        # ... nor after another person named in the step; before one, the reader's (was
        # "You will wait with their children until the contact parent arrives.")
        ("Resident parents must wait with their children until the contact parent arrives.",
         "You will wait with your children until the contact parent arrives."),
        ("Unless there are extenuating circumstances, the parents will be expected to visit"
         " with their children for at least one hour a week.",
         "You will visit with your children for at least one hour a week"),
        ("Agree to work cooperatively with their child's social worker and other staff.",
         "You will work cooperatively with your child's social worker and other staff."),
        ("Assist the participant to reunite with their children.",
         "You will assist the participant to reunite with their children."),
        # ... whose choice is theirs (was "a 12-step meeting of their choice")
        ("Participants must also attend a 12-step meeting of their choice.",
         "You will also attend a 12-step meeting of your choice."),
        # families are the parents too (was "to support their children's participation")
        ("Families must be willing to be supportive of their children's participation.",
         "You will [do what, e.g. take the children to each visit] to support your"
         " children's participation."),
        # what the one who told the parent went on to say is no part of the step (was "You
        # will play an active role ... and also said that the state has failed the child.")
        ("He had told the mother that she needed to play an active role in her children's"
         " lives and also said that the state has failed the child.",
         "You will play an active role in your children's lives."),
        # a failure a finding lists is no step (was "You will attend the parenting class.",
        # "You will miss over 50 drug screens.")
        ("failing to attend the parenting class", "Failing to attend the parenting class."),
        ("missing over 50 drug screens and three visits",
         "Missing over 50 drug screens and three visits."),
        # the condition's modal is no step (was "You will make an agreement with the CAS.")
        ("It is very important to get your own lawyer even if you want to make an agreement"
         " with the CAS.", "You will get your own lawyer even if you want to make an"),
        # an order's item listed without its "That" (was "You complete ...", "You not bring")
        ('"[mother] successfully complete family counseling at the Nurturing Center."',
         "You will complete family counseling at the Nurturing Center."),
        ("The mother not bring the children into contact with [a named man].",
         "You will not bring the children into contact with [a named man]."),
        # what is the parents' own is the reader's (was "for the duration of their treatment")
        ("All participants must agree to submit to random urinalysis testing for the duration"
         " of their treatment.", "You will submit to random urinalysis testing for the"
         " duration of your treatment."),
        # the act a fix put first stays the step's (was "You will not afford an attorney.",
        # the later clause's verb)
        ("Stay in contact and meet with your attorney, as well as ask for financial aid if"
         " you can\u2019t afford an attorney", "You will [call or meet - how often] and meet"),
        ("Attending groups and parenting classes.",
         "You will attend groups and parenting classes."),
        # what may be ordered is no order, its subject qualified or not (was "You will
        # attend the program")
        ("Parents of minor children may also be ordered to attend the program.",
         "Parents of minor children may also be ordered to attend the program."),
        # ... nor what someone may order the parent to do (was "You will attend a program
        # for parents ...", "Require the child or a guardian ...")
        ("If a parent is convicted of contributing to nonattendance, a municipal court may"
         " order the parent to attend a program for parents.",
         "If a parent is convicted of contributing to nonattendance, a municipal court may"
         " order you to attend a program for parents."),
        ("A Parenting Order may require you to attend parenting classes or support groups.",
         "A Parenting Order may require you to attend parenting classes or support groups."),
        # ... nor what an order would require (was "You will comply with the arrangements")
        ("A parenting order would require a parent to comply with the arrangements specified"
         " in the order.", "A parenting order would require"),
        ("May require the child or a guardian of the child to do any specified thing.",
         "May require the child or a guardian of the child to do any specified thing."),
        ("The court shall order the parent to attend a program for parents.",
         "You will attend a program for parents."),
        # a thing of someone's as the subject is no parent (was "You will return to the 2nd
        # Respondent."); the child's mother is
        ("After that, [the child]\u2019s custody is to return to the 2nd Respondent.",
         "After that, [the child]\u2019s custody is to return to the 2nd Respondent."),
        ("After that, [the child]\u2019s mother will attend the parenting class.",
         "You will attend the parenting class."),
        # ... and what an order asks of someone else stays theirs (was "You will leave the
        # home.")
        ("requiring an alleged sexual offender to leave the home",
         "Requiring an alleged sexual offender to leave the home."),
        ("requiring the mother to leave the home", "You will leave the home."),
        # a purpose the sentence opens with is said after the action (was "You will learn
        # more, call ...", "You will observe an FDC session."); a list's first item stays
        ("To learn more, call your child's social worker during regular business hours.",
         "You will call your child's social worker during regular business hours to learn"
         " more."),
        ("To start the intake process, parents must observe an FDC session.",
         "You will observe an FDC session to start the intake process."),
        ("To schedule a visit, please call the centre.",
         "You will call the centre to schedule a visit."),
        # ... but a purpose of someone else's act is never the parent's (was "You will get
        # those children back, California added ...")
        ("To get those children back, California added outpatient treatment to the"
         " requirements.", "To get those children back, California added outpatient"),
        ("To be considered for the program, the parent must be 18 years or older; a resident"
         " of the county; have a substance abuse problem.",
         "To be considered for the program, you will be 18 years or older; a resident"),
        ("To attend, and be heard, at court hearings regarding the youth;",
         "You will attend, and be heard, at court hearings regarding the youth"),
        # ... and one "in the event" opens (was "You will sign a Section 20 Agreement it is
        # always important ...")
        ("In the event of a relapse, the mother must call her sponsor within 24 hours.",
         "You will call your sponsor within 24 hours in the event of a relapse."),
        ("In the event that you are asked to sign an agreement it is important to contact a"
         " solicitor beforehand.", "In the event that you are asked to sign an agreement"),
        # ... and so is a condition "as long as" opens (was "You will pay support.")
        ("As long as the child is in foster care, the biological parents must pay support.",
         "You will pay support as long as the child is in foster care."),
        # what a parent did not do is a finding, never a ban (was "You will not complete
        # the therapy ...", "You will never attend ..."); a ban by what is not allowed is
        # the act banned (was "You will not allowed to smoke")
        ("did not complete the therapy required under his case plan",
         "Did not complete the therapy required under his case plan."),
        ("never attended any of the visits offered", "Never attended any of the visits"),
        ("Not allowed to smoke in the building.", "You will not smoke in the building."),
        ("could not attend visits", "Could not attend visits."),
        ("She refused to sign forms for DCFS and stopped cooperating with the interview.",
         "You refused to sign forms"),
        ("has not completed parenting classes", "Has not completed parenting classes."),
        # ... and so is what someone was doing (was "You will undertake a benzodiazepine
        # detoxification programme ..., but did not yet have a date")
        ("Mother was currently undertaking a detoxification programme.",
         "You were currently undertaking a detoxification programme."),
        ("You have been asked to do certain things and you have not done them.",
         "You have been asked to do certain things and you have not done them."),
        # the act as a noun, said of what follows it, is no step (was "Attend will be
        # considered a violation.", "You will be treated for all purposes ...")
        ("Failure by the parent to attend shall be considered a violation.",
         "Failure by you to attend will be considered a violation."),
        ("Failure by the parents or guardian, without excuse, to attend any such proceedings"
         " shall, subject to subsection (5), be treated as a contempt of court.",
         "Failure by the parents or guardian"),
        # what someone was willing or able to do is a finding too (was "You will care
        # arrangement ...", then "Extend the voluntary care arrangement ...")
        ("The court was informed that the mother was willing to extend the voluntary care"
         " arrangement for three months.",
         "The court was informed that you were willing to extend the voluntary care"),
        ("The mother was unable to attend the hearing.", "You were unable to attend the hearing."),
        ("The parent has failed to meet the conditions established for the safe return of"
         " the child.", "You have failed to meet the conditions"),
        # what a court does to the parent's rights is never the parent's step (was "You will
        # suspend your visitation rights ...", "You will terminate your parental rights.")
        ("suspending her visitation rights until approval by a therapist",
         "Suspending your visitation rights until approval"),
        ("terminating the mother's parental rights", "Terminating your parental rights"),
        ("Grant the caseworker access to your home.",
         "You will grant the caseworker access to your home."),
        # words that are no action of a known verb keep what comes before them (was
        # "Solving problems that ...", "Shoulder children's education related expenses")
        ("You\u2019re responsible for solving problems that interfere with your child\u2019s"
         " school attendance.", "You\u2019re responsible for solving problems"),
        ("Parents/ guardians need to shoulder children's education related expenses.",
         "Parents/ guardians need to shoulder children's education"),
        # the parent's act is causing the child's (was "You will attend a recognised
        # school on each school day.")
        ("The mother shall cause the child to attend a recognised school on each school day.",
         "You will cause the child to attend a recognised school"),
        ("The mother will subject herself to a hair follicle test at the University of"
         " Pretoria.", "You will subject yourself to a hair follicle test at the University"),
        # a participle of when it starts is no command (was "You will commence on Saturday
        # 31 October, 2009, the father spend time ...")
        ("Commencing on Saturday 31 October, 2009, the father spend time with the child on"
         " each alternate Saturday", "Commencing on Saturday 31 October, 2009, the father"),
        # a noun the reading took for a verb keeps its sentence (was "You will care, while
        # the father was to stay ..."); so does what would have been (was "You will have
        # had to pay ...")
        ("Both parents agreed to cater for the minors' medical care, while the father was to"
         " stay with the children.", "Both parents agreed to cater for the minors' medical"),
        ("If I wanted to stay, I would have had to pay whatever the daily amount was.",
         "If you wanted to stay, you would have had to pay"),
        # a harm an order bans, listed without its "not", is never said as a step (was "You
        # will commit family violence against the protected person.")
        ("committing family violence against the protected person",
         "Committing family violence against the protected person."),
        ("harassing, stalking or threatening the protected person", "Harassing, stalking or"),
        # ... nor one against the applicant for the order (was "You will phone or write to
        # the applicant", "You will attend physical, sexual or psychological abuse towards
        # the applicant"; dev.yaml)
        ("Phoning or writing to the applicant (except in emergencies or other excepted"
         " situations).", "Phoning or writing to the applicant"),
        ("Engaging in physical, sexual or psychological abuse towards the applicant or any"
         " other person protected under the order", "Engaging in physical, sexual or"),
        ("Commit to attending every visit.", "You will attend every visit."),
        # a condition's own verb is not the step (was "You will cancel and leave the visit
        # room as you found it."), and each "to" of a list goes after "You will"
        ("It is your responsibility to be on time, to phone if you must cancel and to leave"
         " the visit room as you found it.", "You will be on time, phone if you must cancel"
         " and leave the visit room as you found it."),
        # ... but a "to" after a comma with none to come is the verb of whom a word before
        # names (was "You will permit a parent, or a person ..., visit the child"; dev.yaml)
        ("to permit a parent, or a person entitled to visitation by a court order or a"
         " separation agreement, to visit the child at stated periods;",
         "You will permit a parent, or a person entitled to visitation by a court order or a"
         " separation agreement, to visit the child"),
        # the writer who says "you" to the parent keeps their "I" (was "services that
        # you\u2019ve already discussed")
        ("These plans require that you do services that I\u2019ve already discussed.",
         "These plans require that you do services that I\u2019ve already discussed."),
        # ... and so does the writer who names the parent (was "You worked with you for
        # months"; dev.yaml)
        ("I worked with the mother for months but she never made much of an effort.",
         "I worked with you for months"),
        # an order only a court makes (was "You will issue a restraining order ...")
        ("issuing a restraining order protecting [the child]\u2019s mother, [mother], from him",
         "Issuing a restraining order protecting"),
        # the parent named as the subject of a clause with no "that" agrees with "you" (was
        # "the undertaking you undertakes"); named as an object, the verb is not hers
        ("Without admitting the necessity for the undertaking the mother undertakes to not"
         " consume alcohol when the child is in her care.",
         "Without admitting the necessity for the undertaking you undertake to not consume"),
        ("Contact with the mother takes place every Wednesday morning.",
         "Contact with you takes place every Wednesday morning."),
        # "you who" agrees as "you, who" does (was "You who lives with the child")
        ("The parent who lives with the child will drop him off at the centre.",
         "You who live with the child will drop him off"),
        # ... and so is a claim (was "You will argue that you have addressed ...")
        ("She also argues that she has addressed her mental health by seeing a counselor.",
         "You also argue that you have addressed your mental health"),
        # a wish is said as one (was "You will wish to move to Ohio.")
        ("The mother wishes to move to Ohio.", "You wish to move to Ohio."),
        # ... and so is what someone meant to do, told in the past (was "You will enter a
        # residential treatment programme in six weeks")
        ("She intended to enter a residential treatment programme in six weeks.",
         "You intended to enter a residential treatment programme"),
        ("She wanted to go all-in in order to have custody of all four children.",
         "You wanted to go all-in"),
        # a later command's "don't" is its "not" after "You will" (was "You will be polite,
        # don\u2019t use curse words, ...")
        ("Be polite, don\u2019t use curse words, don\u2019t smoke, and remember that the worker"
         " is just doing their job.",
         "You will be polite, not use curse words, not smoke, and remember"),
        ("Attend all visits and do not bring food.", "You will attend all visits and not bring"),
        # the writer's view is said as written, with the parent named as "you" in it (was
        # "You will feel strongly ...", "Believe you needs [...] treatment")
        ("We feel strongly both parents need treatment.",
         "We feel strongly both parents need treatment."),
        ("We believe the mother needs counseling.", "We believe you need "),
        ("We think the mother should call her worker weekly.",
         "You will call your worker weekly."),
        # a "has" before a verb read as its base form ("has read") is what was done too
        # (was "You will have read the Agreement, ...")
        ("The mother has read the Agreement and asked any questions she has about it.",
         "You have read the Agreement"),
        ("Never leave the child alone.", "You will never leave the child alone."),
        # a hedge on whether it is asked at all stays (was "You will attend family
        # counseling sessions ...", "You will attend a hearing.")
        ("Sometimes parents are expected to attend family counseling sessions.",
         "Sometimes parents are expected to attend family counseling sessions."),
        # what "we ask" is the writer's request, never the parent's act (was "You will ask
        # that the resident parent pays ..."); visitors' cars are the reader's
        ("We ask that the resident parent pays for this at the pre-visit.",
         "We ask that the resident parent pays for this at the pre-visit."),
        # ... and so is what "we encourage" (was "You will encourage visiting parents to
        # switch off ...")
        ("We encourage visiting parents to switch off their mobile phones while in the"
         " Contact Centre.",
         "We encourage visiting parents to switch off their mobile phones"),
        ("Visitors must leave all personal belongings in their cars.",
         "You will leave all personal belongings in your cars."),
        # the children's mother, named so in the sentence naming them, is the reader (was
        # "video calls with their mother" said to the mother)
        ("The children were having video calls with their mother.",
         "The children were having video calls with you."),
        ("The children may visit their mother's home on weekends.",
         "The children may visit your home on weekends."),
        # "her parents" are a child's, never the reader's (was "with your parents")
        ("Complete programming with the goal to return the girl to one of her parents.",
         "You will complete programming with the goal to return the girl to one of her"
         " parents."),
        # (a sentence that opens with a placeholder capitalises it, as the rewrite does)
        ("Usually the mother must attend a hearing.",
         "[Always, or say when not] you will attend a hearing."),
        ("Normally, the parent(s) and child will visit a placement prior to the child's move.",
         "[Always, or say when not], you and child will visit a placement"),
        # the child's "they" in a goal said of parents stays the child's (was "after which
        # you will be returned to their placement")
        ("Parents must attend the contact session. If a parent is late, the child will wait"
         " for 15 minutes, after which they will be returned to their placement.",
         "You will attend the contact session. If a parent is late, the child will wait for 15"
         " minutes, after which they will be returned to their placement."),
        ("Parents must call if their child is sick and they cannot attend.",
         "You will call if your child is sick and you cannot attend."),
        # an -ing subject with a parenthesis before its verb (was "You will take Children in
        # the Middle (...) is required.")
        ("Taking Children in the Middle (or a similar court-approved class) is required.",
         "Taking Children in the Middle (or a similar court-approved class) is required."),
        # ... and a hedge before the verb (was "Likely only have six months ...")
        ("If your child is younger than three, you will likely only have six months to"
         " complete the program.", "You will likely only have six months to complete"),
        # a connective after the condition's comma is neither's (was "... if your child is
        # younger than three, however.")
        ("If your child is younger than three, however, you will likely only have six months"
         " to complete the program.",
         "You will likely only have six months to complete the program if your child is"
         " younger than three."),
        ("Only approved people may attend the visit.", "Only approved people may attend"),
        # "always" and "also" after the modal are the act's (was "You will call ...")
        ("The mother must always call the worker before a visit.",
         "You will always call the worker before a visit."),
        # (not a clause between commas, which only describes her: was "... when you have a
        # history of missed visits")
        ("The mother, who has a history of missed visits, must attend every visit.",
         "You will attend every visit."),
        # an action whose object is said before it (was "You will work on.", "You will
        # complete in order to get your child back."; the act is being clear about it)
        ("It is important to be very clear about what you must complete in order to get your"
         " child back.", "You will be very clear about what you must complete in order"),
        ("This document outlines the specific actions parents must take to mitigate risks.",
         "This document outlines the specific actions parents must take to mitigate risks."),
        ("There were matters the parents needed to work on.",
         "There were matters the parents needed to work on."),
        # a failure a law names as a ground is never its opposite (was "You will meet the
        # conditions established in the order"; dev.yaml)
        ("Third, the parent must fail to meet the conditions established in the order for"
         " the safe return of the child.", "Third, you will fail to meet the conditions"),
        # a court's "be and is hereby directed to" leaves the act (was "You will be and is
        # hereby directed to, forthwith, ..."; dev.yaml)
        ("That the Respondent be and is hereby directed to, forthwith, and on every school"
         " day, punctually take the children to school.",
         "You will forthwith, and on every school day, punctually take the children"),
        # what is yet to be decided is no step (was "You will be subject to random drug
        # testing"; so "a conference to decide whether or not your children should go back
        # onto a child protection plan" is not "You will go back ..."), nor what a failure
        # leads to (was "You will be running late, will result in cancellation"), nor
        # getting others to do what an order bans (was "You will encourage other people to
        # do any of these prohibited things"; dev.yaml)
        ("whether the mother should be subject to random drug testing",
         "Whether you should be subject to random drug testing."),
        ("Failure of the non-custodial parent to arrive within 15 minutes grace period of your"
         " designated time of arrival without calling to let us know that you will be running"
         " late, will result in cancellation.", "Failure of the non-custodial parent to"),
        ("Encouraging other people to do any of these prohibited things.",
         "Encouraging other people to do any of these prohibited things."),
        # an act inside brackets is an aside, never the step (was "You will do so by the
        # caseworker)."; dev.yaml)
        ("Then, the visit supervisor put her foot down (after being told to do so by the"
         " caseworker) and said she wasn't waiting more than 15 minutes for them anymore.",
         "Then, the visit supervisor put"),
        # what someone says they do is told, never asked (was "You will state that you
        # attend NA and AA meetings"; dev.yaml), but reporting to someone is a step
        ("The mother states that she attends NA and AA meetings.", "You state that you attend"),
        ("Mother reports to the worker weekly.", "You will report to the worker weekly."),
        # what it is wrong to do is no step (was "You will use your phone during ...")
        ("It is unacceptable to use your phone during your visits with the children.",
         "It is unacceptable to use your phone during your visits"),
        ("The clients are asked (or told) to undertake something that they don\u2019t want to"
         " do.", "The clients are asked (or told) to undertake something"),
        # "Do not" with an action added beside it (was "You will do not ignore ...")
        ("Do not ignore your responsibility to pay, as this may result in additional "
         "penalties and costs to you.", "You will not ignore your responsibility to pay"),
        ("ACT testing should be done in junior year.", "ACT testing should be done"),
        ("Phoning or writing to the caseworker (except in emergencies).",
         "You will phone or write to the caseworker"),
        ("refraining from leaving the children with anyone during visitations",
         "You will refrain from leaving the children with anyone"),
        # a verb joined by "and to" after "ordered to" is the parent's too; one after a
        # "to" that led someone else's verb stays theirs
        ("The parents are each ordered to contact FRC within four (4) days and to schedule "
         "an intake.", "You will contact FRC within four (4) days and schedule an intake."),
        ("The mother is required to permit the Secretary to visit the child and to carry out "
         "any duties.", "You will permit the Secretary to visit the child and to carry out"),
        # so is a verb after "and must" (was "You will remain ... and must test negative")
        ("Parent must remain drug/alcohol free for 6 consecutive months and must test negative"
         " when drug screened.", "You will remain drug/alcohol free for 6 consecutive months"
         " and test negative when drug screened."),
        ("Mother will attend every visit and must not bring anyone with her.",
         "You will attend every visit and not bring anyone with her."),
        # an action the goal gives someone else by name is said with who does it, never
        # as the parent's ("You will take your child away from you")
        ("In some cases, the CAS can take your child away from you.",
         "In some cases, the CAS can take your child away from you."),
        ("Under the plan, grandmother was to supervise any contact between the children and"
         " mother.", "Under the plan, grandmother was to supervise any contact"),
        ("Parents are entitled to be represented by an attorney, and if they cannot afford"
         " one, the court may appoint counsel for them at public expense.",
         "Parents are entitled to be represented by an attorney, and if"),
        # a ban on a list keeps its "not" and its first verb ("behave" is one)
        ("The respondent must not behave in certain ways, be around certain people or go to"
         " certain places.", "You will not behave in certain ways, be around certain people"),
        # "is to be" asks its "be" too ("You will visit." said the first)
        ("Mother is to be on time for every visit.", "You will be on time for every visit."),
        ("Mother is to be honest with the department at all times.",
         "You will be honest with the department at all times."),
        # so is an action of people other than the parent
        ("Any other visitors must be agreed by both sides in advance.",
         "Any other visitors must be agreed by both sides in advance."),
        ("Other adults in the home will complete background checks.",
         "Other adults in the home will complete background checks."),
        ("Any new partners must be introduced to the social worker before they meet the"
         " children.", "Any new partners must be introduced to the social worker"),
        # a name (or a thing read as one) that the plan's parent does not have is not "you"
        ("Clothes must be in good condition for every visit.",
         "Clothes must be in good condition for every visit."),
        ("Ana will attend a parenting class every week.", "You will attend a parenting class"),
        ("where concerns are noted, the guardian may enter into an agreement for services;",
         "Where concerns are noted, the guardian may enter into an agreement for services."),
        # a condition with no comma is said with its action, in the parent's voice
        ("If I am hurt I will tell ______", "If you are hurt you will tell ______"),
        # a condition that lists through commas runs on to the clause that says who acts
        # (was "You will use drugs or drink alcohol while in the program, you must ...")
        ("If you relapse, use drugs or drink alcohol while in the program, you must report it"
         " to the program.", "You will report it to the program if you relapse, use drugs or"
         " drink alcohol while in the program."),
        # ... and so does one whose comma opens a list, to the comma after its last item
        # (was "Drug or alcohol abuse ..., be proactive ... if the Department identifies
        # mental health."); never through the subject of the clause after it
        ("If the Department identifies mental health, drug or alcohol abuse or family violence"
         " as an issue, be proactive and seek some assistance.", "You will be proactive and"
         " seek some assistance if the Department identifies mental health, drug or alcohol"
         " abuse or family violence as an issue."),
        ("If your child needs help, is discouraged or having problems, encourage him or her to"
         " ask for assistance", "You will encourage him or her to ask for assistance if your"
         " child needs help, is discouraged or having problems."),
        ("If the visit is not successful, the mother and the worker shall meet to decide, with"
         " the child, what to do next.", "If the visit is not successful, you and the worker"
         " will meet to decide"),
        # "agree" and "bear" are acts (was "You will telephone calls.", "You initiating the
        # call should bear the expense."); the participle saying which parent keeps its
        # words as when the act is asked
        # progress toward a plan's completion is its steps, asked as an action (was
        # "[what counts as progress, e.g. complete each step of] completion of ...")
        ("Progress toward completion of case management plan;",
         "You will [what counts as progress, e.g. complete each step of] case management plan."),
        # verbs plans use that the word lists lacked: the step was the clause after them
        # ("You will receive the care and assistance he needs.", "You will support systems
        # and schedule ...", "You will care.")
        ("that the parents entrust the child to an institution so that he may receive the"
         " care and assistance he needs;", "You will entrust the child to an institution"),
        ("The primary parent will retain the support systems and schedule established for"
         " the children.", "You will retain the support systems"),
        ("Mother will contribute $50 a month toward the children's care.",
         "You will contribute $50 a month toward the children's care."),
        # the parents a step is said of are "you" in its clauses too, and "Both parties
        # to ..." names them (was "You will not attend contact or when contact ...")
        ("Parents should inform the Centre ahead of time if they are not coming for any"
         " appointment", "You will inform the Centre ahead of time if you are not coming"),
        ("Both parties to contact their referrer and the contact centre as soon as they"
         " become aware that they cannot attend contact",
         "You will contact your referrer and the contact centre as soon as you become aware"
         " that you cannot attend contact"),
        # a verb's word before a finite verb is a noun, its subject ("You will progress is
        # monitored by the Judge ...")
        ("Progress is monitored by the Judge and multiple court appearances are required.",
         "Progress is monitored by the Judge"),
        # ... and so is one before a past verb of what became of it (was "You will access
        # remained suspended, ...")
        ("Access remained suspended, and the parents had not engaged with care review"
         " meetings.", "Access remained suspended"),
        # an act named by its noun is asked by its verb ("Payment of court costs.")
        ("Payment of court costs", "You will pay court costs."),
        ("Participation in a parenting program", "You will take part in a parenting program."),
        ("Performance of public service by the parent;", "You will perform public service."),
        ("Participation by the parent in parental responsibility training;",
         "You will take part in parental responsibility training."),
        # the parent speaking in the goal: its he or she is someone else (was "if (you)
        # will be out of school")
        ("Pick up, or make arrangements to have picked up, my (son/daughter)\u2019s homework if"
         " (he/she) will be out of school more than two days.",
         "You will pick up, or make arrangements to have picked up, your (son/daughter)\u2019s"
         " homework if (he/she) will be out of school"),
        # ... but "not" before one is the step's own ban ("Not have contact ..." alone)
        ("Parents must avoid contact during drop-off/pick-up to prevent emotional escalation.",
         "You will not have contact during drop-off/pick-up"),
        # and one parent's singular "they" when the goal names nobody else it could mean
        ("The resident parent must leave their phone number when they do not stay in the"
         " Contact Centre.", "You will leave your phone number when you do not stay"),
        ("The parent must ensure the children attend school and that they do their homework.",
         "You will ensure the children attend school and that they do their homework."),
        # ... the children that are theirs being no one else (was "You will ensure their
        # children attend"), after an opening phrase too (real text, dev.yaml)
        ("The parent must ensure their children attend school every day.",
         "You will ensure your children attend school every day."),
        ("In the instance of occasional absence from school, the parent must comply with their"
         " compulsory schooling and participation obligation by providing a satisfactory"
         " reason for their child's absence.",
         "You will follow your compulsory schooling and participation obligation"),
        # what staff do when a rule is broken is no step ("You will leave.")
        ("Disruptive and unreasonable behaviour is not allowed and you will be asked to"
         " leave.", "Disruptive and unreasonable behaviour is not allowed and you will be"
         " asked to leave."),
        ("Parents should agree on a specified time for telephone calls.",
         "You will agree on a specified time for telephone calls."),
        ("The parent initiating the call should bear the expense.",
         "You will bear the expense when initiating the call."),
        ("Mothers who are employed must provide pay stubs monthly.",
         "You will provide pay stubs monthly when employed."),
        # a subject that opens with a verb's word and has a relative clause before its
        # modal is no command (was "You will telephone communication with ...")
        ("Telephone communication with the child by either parent to the residence where the"
         " child is located shall be conducted at reasonable hours.",
         "Telephone communication with the child by"),
        # what is asked "that parents" do is the reader's, their children too (was "You
        # will cooperate ... for their children")
        ("The orders compel parents to attend classes on parenting skills with the aim of"
         " improving relationships with their children.", "You will attend classes on"
         " parenting skills with the aim of improving relationships with your children."),
        ("It is the intent of the general assembly that parents cooperate and participate in"
         " the treatment planning for their children.", "You will cooperate and attend the"
         " treatment planning for your children."),
        # a participant's phase is the reader's (was "depending on their phase"); a modal in
        # what a list includes is no one else's duty (was the words as written)
        ("Participants in the Drug Court Program are required to appear before the judge"
         " weekly, depending on their phase.", "You will appear before the judge weekly,"
         " depending on your phase."),
        ("Participate in the services that are offered, including all duties the Court may"
         " order you to complete.", "You will [take part how, e.g. attend] the services"),
        # a ban on committing an offence is a step, its aside no clause of its own (was "To
        # not commit a family offense, as defined ... You will [action, e.g. ...]")
        ("to refrain from committing a family offense, as defined in subdivision one of this"
         " act.", "You will not commit a family offense, as defined in subdivision one of"
         " this act."),
        # what no one has to do is no step to take (was "You will make a statement ...",
        # "You will meet the father", "You will need not be present")
        ("You do not have to make a statement to the police.",
         "You do not have to make a statement to the police."),
        ("Times are arranged so that the mother does not have to meet the father.",
         "Times are arranged so that you do not have to meet the father."),
        ("The parent need not be present at the review.",
         "You need not be present at the review."),
        ("Children under six years old are not required to be enrolled in school.",
         "Children under six years old are not required to be enrolled in school."),
        # a condition's own modal stays (was "if you have an emergency and be late")
        ("If you have an emergency and must be late for or miss a hearing, call your"
         " attorney right away.", "You will call your attorney right away if you have an"
         " emergency and must be late"),
        # a ban in -ing forms (was "You will not using alcohol or drugs")
        ("not using alcohol or drugs during visits", "You will not use alcohol or drugs"),
        ("not being loud, disruptive or playing music late at night",
         "You will not be loud, disruptive or play music"),
        ("Do not Contact the child's school.", "You will not contact the child's school."),
        ("The court or the county may not require the parent or guardian to pay any fee or"
         " cost associated with participating in a program under this section.",
         "The court or the county may not require you to pay any fee"),
        # a duty told of what a noun names is said with that noun (was "You will meet to
        # advance to the next phase ...", "You will complete.")
        ("a progressive treatment approach with specific requirements that a parent must"
         " meet to advance to the next phase of the program;",
         "A progressive treatment approach with specific requirements that"),
        ("The list of services that you must complete.",
         "The list of services that you must complete."),
        # a rewrite's slot before a thing is no person (was "You will provide for the
        # parents to agree ...", the slot "[Say exactly what]" read as a role in brackets)
        ("Reasonable access provides for the parents to agree on convenient, reasonable and"
         " appropriate times for a parent to share time with the child/children.",
         "[Say exactly what] access provides for the parents to agree"),
        # a modal that ends a quotation is no duty (was "” and then orally ordered ...
        # when living separately had accomplished the same result a restraining order.")
        ("The trial court found “that the parents living separately had accomplished the"
         " same result a restraining order would” and then orally ordered both parents “not"
         " to visit together” and to stay away from each other.",
         "The trial court found “that the parents living separately"),
        # the occasion a step is cut from is said after it (was "You will attend six months
        # of after-care.", "after graduation ..." lost); one said whole keeps its words
        ("After graduation from six months of residential treatment, the mother will"
         " participate in six months of after-care.", "You will attend six months of"
         " after-care after graduation from six months of residential treatment."),
        ("Following her release, she was ordered to participate in a substance abuse"
         " treatment program.", "You will attend a substance abuse treatment program"
         " following your release."),
    ],
)  # fmt: skip
def test_a_step_says_what_the_plan_asks(
    ruleset: Ruleset, tmp_path: Path, statement: str, step: str
) -> None:
    """What a parent must not do is said with its "not" ("You will not use ..."): the
    handout never turns a prohibition into its opposite ("You will use drugs"). A verb
    after "You will" is in the form it takes ("submit", "be drug tested"); words that are
    not asked of the parent are said as written ("Each missed course must be made up.",
    "Signed waivers ...", not "You will signed waivers")."""
    said = rows_of(anas_handout(ruleset, tmp_path, statement))[0]["What you will do"]
    assert said.startswith(step)


@pytest.mark.parametrize(
    ("statement", "step"),
    [
        ("Attend 12 weekly sessions of parenting class by June 1, 2027, as shown by the"
         " certificate sent to the worker monthly.", "You will attend 12 weekly sessions"),
        ("Meeting with a parenting coach for a minimum of 8 hours a week, in at least two"
         " sessions a week, as the coach reports to the worker by October 22.",
         "You will meet with a parenting coach for a minimum of 8 hours a week"),
        # an act named by its noun, as court orders list them
        ("Successful completion of a 12-week parenting class by June 1, 2027, as shown by the"
         " certificate sent to the worker monthly.", "You will complete a 12-week parenting"),
        # someone else's duty in a later sentence leaves the first one the parent's
        ("Meeting with a parenting coach for a minimum of 8 hours a week, in at least two"
         " sessions a week. The coach is to observe her interaction with kids and then"
         " provide [father] with a written progress report by October 22.",
         "You will meet with a parenting coach"),
    ],
)  # fmt: skip
def test_a_goal_with_nothing_to_rewrite_is_said_as_yours(
    ruleset: Ruleset, tmp_path: Path, statement: str, step: str
) -> None:
    """A goal that needs no rewrite is said in the parent's words too: a command or an
    -ing form after "You will" (was "Meeting with a parenting coach ..." as written)."""
    said = rows_of(anas_handout(ruleset, tmp_path, statement))[0]["What you will do"]
    assert said.startswith(step)


def test_a_goal_naming_the_other_parent_is_theirs(tmp_path: Path) -> None:
    """In a plan of two parents whose goals have no `responsible:`, a goal whose subject
    names one parent - by first name, full name, role or title and a surname they share -
    is in that parent's handout only, said to them as "you"; one naming both, or neither,
    is in both."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "people:\n  - {id: mother, role: parent, name: Dana Reyes}\n"
        "  - {id: p2, role: father, name: James Reyes}\n"
        "goals:\n  - James will attend an anger management class every week.\n"
        "  - Ms. Reyes will attend a parenting class every week.\n"
        "  - Mr. Reyes will submit to a drug screen every Monday.\n"
        "  - Dana will take the children to every medical appointment.\n"
        "  - Father will call the children every Sunday.\n"
        "  - Dana and James will meet the caseworker once a month.\n"
        "  - Attend every court hearing.\n",
        encoding="utf-8",
    )
    said = {}
    for parent in ("mother", "p2"):
        out = tmp_path / f"{parent}.md"
        args = ["handout", str(plan), "-o", str(out), "--parent", parent, "--draft"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        said[parent] = out.read_text(encoding="utf-8")
    assert "You will attend a parenting class every week." in said["mother"]
    assert "You will take the children to every medical appointment." in said["mother"]
    for his in ("anger management", "drug screen", "call the children"):
        assert his not in said["mother"] and his in said["p2"], his
    assert "You will attend an anger management class" in said["p2"]
    assert "You will submit to a drug screen" in said["p2"]
    assert "parenting class" not in said["p2"] and "medical appointment" not in said["p2"]
    for text in said.values():
        assert "meet the caseworker once a month" in text and "court hearing" in text


def test_a_childs_goal_keeps_the_childs_pronouns(tmp_path: Path) -> None:
    """A child's goal in a parent's handout is about the child: its "his" is the child's,
    never "your" because the parent is a man too."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "people:\n  - {id: dad, role: father, name: Andre Green}\n"
        "  - {id: kid, role: child, name: Jayden}\n"
        "goals:\n  - {id: g1, responsible: kid, statement: Jayden will attend individual"
        " counseling weekly to address his trauma.}\n"
        "  - {id: g2, responsible: dad, statement: Mr. Green will drive Jayden to his"
        " counseling every week.}\n",
        encoding="utf-8",
    )
    text = _draft_handout(tmp_path, plan)
    assert "Jayden will attend individual counseling weekly to address his trauma." in text
    assert "You will drive Jayden to" in text


def test_a_childs_goal_in_the_childs_own_words_is_said_of_the_child(tmp_path: Path) -> None:
    """A youth's goal in the youth's voice ("I will go to school ... my homework") is the
    child's in the parent's handout, never "You will ... your homework"; and the action a
    rewrite adds to a child's goal is the child's too."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "people:\n  - {id: mom, role: mother, name: Crystal Hayes}\n"
        "  - {id: kid, role: child, name: Marcus Hayes}\n"
        "goals:\n  - {id: g1, responsible: kid, statement: I will go to school every day and"
        " turn in my homework on time.}\n"
        "  - {id: g2, responsible: kid, statement: Marcus will learn to manage his anger.}\n"
        "  - {id: g3, responsible: mom, statement: I will call my caseworker every Monday.}\n",
        encoding="utf-8",
    )
    text = _draft_handout(tmp_path, plan)
    assert "Marcus will go to school every day and turn in their homework on time." in text
    assert "Marcus will learn to manage his anger. Marcus will **[action" in text
    assert "**What Marcus will do:** Marcus will go to school" in text
    assert "You will call your caseworker every Monday." in text  # the parent's own voice


def test_a_child_said_in_the_third_person() -> None:
    assert third_person("If I miss school, I call my aunt.", "Your child") == (
        "If your child misses school, your child calls their aunt."
    )
    assert third_person("I'm going to try my best.", "Ruby") == "Ruby is going to try their best."


def test_a_first_name_that_is_a_word_stays_a_word(tmp_path: Path) -> None:
    """A parent named "Will Smith" is "you" as "Will Smith" and "Mr. Smith", never as
    "will": "Father will attend" is not "You you attend"."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "people:\n  - {id: father, role: parent, name: Will Smith}\n"
        "goals:\n  - Mr. Smith will attend every visit with the children.\n",
        encoding="utf-8",
    )
    text = _draft_handout(tmp_path, plan)
    assert "You will attend every visit with the children." in text


def _draft_handout(tmp_path: Path, plan: Path) -> str:
    """The draft handout `reunify handout --draft` writes for a plan file."""
    out = tmp_path / "handout.md"
    result = runner.invoke(app, ["handout", str(plan), "-o", str(out), "--draft"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_plan_says_which_parent_is_you(ruleset: Ruleset, tmp_path: Path) -> None:
    """The parent's gender comes from the plan's person (here the id "mother") before the
    statement's words: "him" stays the other person's though no word of the parent's own
    comes before it."""
    (said,) = rows_of(anas_handout(ruleset, tmp_path, "Keep him away from the house."))
    assert said["What you will do"] == "You will keep him away from the house."


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-o", "x.pdf"], "written as .html, .docx or .md"),
        (["-o", "x.html", "--from", "July"], "--from must be a date"),
        (["-o", "x.html", "--parent", "dad"], "no parent with that id"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], says: str) -> None:
    result = runner.invoke(app, ["handout", str(FAMILY), *args])
    assert result.exit_code == 2
    assert says in result.output


def test_markdown_handout(ruleset: Ruleset) -> None:
    text = handout_md.render(made(ruleset))
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# Your family plan: Maria"
    assert "## What we will do to help you" in headings
    assert text.count("| March 2 |") == 1


def test_docx_handout_headings_tables_checkboxes(tmp_path: Path) -> None:
    out = tmp_path / "handout.docx"
    args = ["handout", str(FAMILY), "-o", str(out), "--from", "2026-03-02"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    document = Document(str(out))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == ("Title", "Your family plan: Maria")
    assert ("Heading 1", "Your steps") in headings
    assert ("Heading 1", "What we will do to help you") in headings
    assert ("Heading 1", "Your checklist for each week") in headings
    assert next(h for h in headings if h[0] == "Heading 2")[1].startswith("Step 1")
    for name, text in headings:
        if name == "Heading 1":
            paragraph = next(p for p in document.paragraphs if p.text == text)
            assert paragraph.paragraph_format.page_break_before  # each section on a new page
    (table,) = document.tables
    assert table.rows[0].cells[0].text == "Week of"
    assert len(table.rows) == 1 + 18  # March 2 to June 29
    w14 = "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"
    boxes = list(document.element.body.iter(w14))
    assert len(boxes) == 18 * (3 + 2 + 2)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "housing-assistance program" in body


def test_handout_of_a_word_plan(tmp_path: Path) -> None:
    out = tmp_path / "h.md"
    args = ["handout", str(EXAMPLES / "case-plan.docx"), "-o", str(out), "--draft"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Your family plan: Maria")
    assert "Monday, August 3, 2026" in text
    help_part = text.split("## What we will do to help you")[1].split("## Your week")[0]
    assert "housing" in help_part.lower()
    steps_part = text.split("## Your steps")[1].split("## What we will do")[0]
    assert "housing" not in steps_part.lower()


def test_a_step_done_to_the_parent_is_said_as_written(ruleset: Ruleset, tmp_path: Path) -> None:
    """A step whose action is done to the parent by someone else ("Meet with the parent",
    "forbidding the father to have contact") is said in the plan's words, never "You will
    meet with you"; and where the plan does not say whether the parent is a mother or a
    father, the whole goal says it, not the words of its action alone ("The mother shall
    keep the father informed": "You will keep the father informed", not "keep you")."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "people:\n  - {id: p1, role: parent, name: Sam}\ngoals:\n"
        "  - statement: Meet with the parent and the child every month.\n"
        "  - statement: forbidding the father to have any contact with the children\n"
        "  - statement: The mother shall keep the father informed of any parenting issues.\n"
        "  - statement: I was referred to a course, and if I didn't comply my daughter would be"
        " taken from me.\n"
        "  - statement: In addition, a parent or guardian must accompany you to your hearings.\n"
        "  - statement: contact you as soon as possible where they have spoken to your child.\n",
        encoding="utf-8",
    )
    said = [row["What you will do"] for row in rows_of(made(ruleset, plan, draft=True))]
    assert said[0].startswith("Meet with you and the child every month.")
    assert said[1].startswith("Forbidding you to have any contact with the children.")
    assert said[2].startswith("You will keep the father informed of any")
    # a passive done to the parent's child: the goal's whole words, not "You will be taken
    # from you" nor "Be taken from you"
    assert said[3].startswith(
        "You were referred to a course, and if you didn't comply your daughter would be taken"
        " from you."
    )
    # (real text) with who does it, never "Accompany you to your hearings."; and as the
    # rewrite left the words, their "as soon as possible" asked ("within [how many ...")
    assert said[4].startswith("In addition, a parent or guardian must accompany you to your")
    assert said[5].startswith("Contact you within [how many hours or days] where they")


def test_the_parent_hears_how_a_childs_goal_is_going(ruleset: Ruleset, tmp_path: Path) -> None:
    """A child's goal in the parent's handout tells the parent how the child is doing, not
    the child; a template slot's possessor is not who acts ("[the child]'s mother, [mother],
    was ordered ..." is the mother's duty)."""
    school, ordered = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "The child will attend school every day.",
            '"[the child]\'s mother, [mother], was ordered to undergo a drug assessment."',
        )
    )
    heard = "When you will hear how you are doing"
    assert "tell you whether the child is on track" in school[heard]
    assert "tell you whether you are on track" in ordered[heard]
    assert "the child" not in ordered[heard]


def test_a_steps_domain_is_the_one_its_words_name(ruleset: Ruleset, tmp_path: Path) -> None:
    """The worker's visits to the home are not family time, hair strand testing and urine
    screens are drug testing, and a goal about the home's condition is offered the
    caseworker's checklist as its record, never "copies of housing applications" (a housing
    requirement)."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Mother will allow announced and unannounced visits to the home.",
        "Mother will complete hair strand testing by March 1.",
        "Mother will keep the home clean and free from hazards.",
        "Mother will register with a GP and attend an appointment about her low mood.",
        "Mother will attend the Freedom Programme weekly and complete all 12 sessions.",
        "Mother will attend a support group for survivors of domestic abuse.",
        "Mother agrees to provide random urine screens at Dynacare within 24 hours of a request.",
    )
    home_visits, hair, clean, gp, freedom, abuse, urine = handout.steps
    assert not home_visits.title.endswith("Visits and family time")
    assert hair.title.endswith("Drug and alcohol testing")
    known = {r.label: r.value for r in clean.rows}["How we will know"]
    assert "home-visit checklist" in known and "housing applications" not in known
    # registering with a doctor is no court matter; UK names of domestic violence work
    assert gp.title.endswith("Medical care and medication")
    assert freedom.title.endswith("Domestic violence (survivor and offender services)")
    assert abuse.title.endswith("Domestic violence (survivor and offender services)")
    assert urine.title.endswith("Drug and alcohol testing")  # "urine screens", a lab's name


def test_how_often_is_the_goals_frequency_not_its_first_measure(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """A goal that names a one-off task before its frequency ("is enrolled in preschool
    and attends at least 3 days a week") says how often by the frequency; a first measure
    that counts ("12 sessions") stays the one said."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Mother will ensure Ruby is enrolled in preschool and attends at least 3 days a week.",
            "Mother will sign all releases and attend therapy every week.",
            "Mother will complete 12 sessions of the parenting class, attending weekly.",
            "Stay in touch with your Family Service Worker.",
            "Mother will provide negative hair strand tests at 3 monthly intervals.",
        )
    )
    assert rows[0]["How often"] == "At least 3 days a week."
    assert rows[1]["How often"] == "Every week."
    assert rows[2]["How often"] == "12 sessions."
    # the verb a measure opens with is the step's already (was "How often: Attend three
    # sober support meetings each week."), not a noun before its verb ("Contact is ...")
    (meetings,) = rows_of(
        anas_handout(
            ruleset, tmp_path, "Participants must attend three sober support meetings each week."
        )
    )
    assert meetings["How often"] == "Three sober support meetings each week."
    # the action a fix puts in a phrase's place is still the parent's
    assert rows[3]["What you will do"].startswith("You will [call or meet - how often] with")
    assert rows[4]["How often"] == "At 3 monthly intervals."  # UK: every three months


def test_a_blanks_example_sets_no_checklist_cadence(ruleset: Ruleset, tmp_path: Path) -> None:
    """The examples in the blanks a draft marks ("[how often, e.g. every two weeks]", "[do
    what with, e.g. meet once a month with]") are not the plan's: they give the checklist
    no column, while a frequency the goal says does."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Attendance at regular court appearances",
        'A condition of her release was to "cooperate with DCF".',
        "Attend weekly therapy sessions.",
    )
    assert [task.name for task in handout.tasks] == ["Attend weekly therapy sessions"]


def test_a_need_listed_among_conditions_is_help_beside_the_step(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """A goal that lists counseling and housing gives the parent a step for the counseling
    and lists the housing under the help, which is not a test: the counseling is never
    told as help, nor the housing as a condition."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Mother must participate in anger management counseling and maintain stable housing.",
    )
    (step,) = rows_of(handout)
    assert step["What you will do"] == "You will attend anger management counseling."
    (help_given,) = handout.help
    assert "so that you can maintain [say what stable means here] housing" in help_given.what
    assert "counseling" not in help_given.what


def test_the_help_beside_a_revised_goal_stays_in_the_handout(
    ruleset: Ruleset, tmp_path: Path
) -> None:
    """A revised plan keeps the help a split goal gives in its `support` field: the
    handout made from that plan still lists it, beside the step."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(NEED_AMONG_CONDITIONS, encoding="utf-8")
    report = rewrite_plan(parse_plan(str(plan), plan.read_text(encoding="utf-8")), ruleset)
    revised = tmp_path / "revised.yaml"
    rewrites = {g.goal.index: g.rewrite for g in report.goals if g.rewrite is not None}
    revised.write_text(
        revise(str(plan), plan.read_text(encoding="utf-8"), rewrites), encoding="utf-8"
    )
    assert "support: " in revised.read_text(encoding="utf-8")
    handout = made(ruleset, revised, draft=True)
    assert rows_of(handout)[0]["What you will do"] == "You will attend anger management counseling."
    (help_given,) = handout.help
    assert "so that you can maintain [say what stable means here] housing" in help_given.what


def test_a_step_said_of_parents_or_opened_by_an_adverb(ruleset: Ruleset, tmp_path: Path) -> None:
    """A goal said of parents in the plural (or of "They") is the reader's, their children
    too ("Parents should seek medical care when their children are ill": "when your
    children are ill");
    an adverb that opens the sentence with a comma is not the action ("Also, the law
    recommends ...", never "You will also, the law ..."); a count per annum is how often."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Parents should always seek medical care when their children are ill.",
            "Also, the law recommends that the parent education course be completed soon.",
            "Mother will have 7 contacts per annum with the children.",
            "They must attend all visits with their children.",
            "The participant will complete the questionnaire and return it to their case manager.",
            "Parents should keep their phones switched off during the visit.",
            "Visitors should keep their phones switched off in the visiting room.",
        )
    )
    # a visitor at the centre is the parent too (was "keep their phones")
    assert rows[6]["What you will do"] == (
        "You will keep your phones switched off in the visiting room."
    )
    # what is asked of parents in the plural is the reader's too (was "You will use their
    # own insurance")
    (asked,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "DCFS expects parents to use their own insurance or privately pay for therapy.",
        )
    )
    assert asked["What you will do"].startswith("You will use your own insurance")
    # what a parent carries is theirs too (was "keep their phones switched off")
    assert rows[5]["What you will do"] == "You will keep your phones switched off during the visit."
    assert rows[0]["What you will do"].startswith(
        "You will always seek medical care when your children are ill."
    )
    # "They", the parents the step is said to: their children are "your children"
    assert rows[3]["What you will do"] == "You will attend all visits with your children."
    # a program's participant is the parent too, and their case manager is yours
    assert rows[4]["What you will do"] == (
        "You will complete the questionnaire and return it to your case manager."
    )
    assert rows[1]["What you will do"].startswith("Also, the law recommends that the parent")
    assert rows[2]["How often"] == "7 contacts per annum."
    # what their plan has them do is the reader's too (was "to discuss their progress",
    # "all of their scheduled visits")
    hearing, visits = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "Participants must attend a hearing each week with the presiding judge to discuss"
            " their progress.",
            "Parents must attend all of their scheduled visits each week.",
        )
    )
    assert hearing["What you will do"].endswith("judge to discuss your progress.")
    assert visits["What you will do"] == "You will attend all of your scheduled visits each week."


def test_the_other_parents_act_is_not_said_as_yours(ruleset: Ruleset, tmp_path: Path) -> None:
    """In the handout of a plan whose one parent is a mother, an order's ban on the father
    is his, said in its own words (it was "You will forbid the father to have any contact
    with the children")."""
    (step,) = rows_of(
        anas_handout(
            ruleset, tmp_path, "forbidding the father to have any contact with the children"
        )
    )
    assert step["What you will do"] == (
        "Forbidding the father to have any contact with the children."
    )


def test_a_step_the_goal_allows_is_not_asked(ruleset: Ruleset, tmp_path: Path) -> None:
    """What a goal allows is said as allowed ("You can end this arrangement whenever you
    wish", never "You will end ..."), a ban as a ban ("may not bring pets": "You will not
    bring pets"); a sentence about parents that is no step keeps its "their"; and a
    deadline stops at the sentence's own verb ("within 5 days of the absence", not "...
    will be marked unlawful")."""
    rows = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            "You can end this arrangement whenever you wish.",
            "Ana may request additional visits from the worker.",
            "Mother may not bring pets to visits.",
            "Parents have a legal duty to ensure their child receives a full-time education.",
            "Absences not excused in writing within 5 days of the absence will be marked unlawful.",
            "You have the right to appeal the decision within 28 days.",
        )
    )
    assert rows[0]["What you will do"].startswith("You can end this arrangement whenever you wish.")
    assert rows[1]["What you will do"].startswith("You may request additional visits")
    assert rows[2]["What you will do"].startswith("You will not bring pets to visits.")
    assert "ensure their child receives" in rows[3]["What you will do"]
    assert rows[4]["By when"] == "within 5 days of the absence"
    # a right is had, never asked (was "You will have the right to appeal ...")
    assert rows[5]["What you will do"].startswith("You have the right to appeal the decision")


def test_by_when_does_not_say_by_twice(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text) A deadline in the goal's words is said under "By when" without its own
    "by": "By when: 5:00 PM", never "By when: by 5:00 PM"; a deadline of another kind keeps
    its word ("before signing ...")."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Complete the parenting class by the next court date.",
        "Speak to a lawyer before signing any kind of agreement with the agency.",
    )
    by, before = rows_of(handout)
    assert by["By when"] == "the next court date"
    assert before["By when"].startswith("before signing")


def test_how_often_says_every_day_of_the_month_named(ruleset: Ruleset, tmp_path: Path) -> None:
    """(real text) "on the second and fourth Thursday of every month" is how often, whole:
    never "How often: Fourth Thursday of every month." (the last day named alone)."""
    handout = anas_handout(
        ruleset,
        tmp_path,
        "Attend check-in with drug court on the second and fourth Thursday of every month"
        " at 5:00 p.m.",
    )
    (step,) = rows_of(handout)
    assert step["How often"] == "Second and fourth Thursday of every month."


def test_a_quote_closed_after_its_stop_ends_the_step(ruleset: Ruleset, tmp_path: Path) -> None:
    """A finding quoted whole, its full stop inside the quote, ends the step's words there:
    never the closing quote again as a sentence of its own (was 'the incidents". ".')."""
    (row,) = rows_of(
        anas_handout(
            ruleset,
            tmp_path,
            '"[mother] didn\\u2019t \\u201cappear to have accepted responsibility for her past'
            ' actions or gained any insight into the incidents.\\u201d"',
        )
    )
    assert row["What you will do"].startswith(
        "You didn\u2019t \u201cappear to have accepted responsibility for your past actions"
        " or gained any insight into the incidents\u201d. You will [action, e.g. "
    )


def test_a_plural_noun_of_something_leads_no_step(ruleset: Ruleset) -> None:
    """ "Details of any services to be provided ...": a noun "of" follows, no act (the step
    was "You will detail of [each service, by name] ..."); "Attends all visits" is one.
    Nor are the nouns of a subject ("Work and conversations ... should begin")."""
    from reunify_cli.rewrite.handout import _verb_led

    lexicon = ruleset.analyzer.lexicon
    assert not _verb_led("Details of any services to be provided to the child.", lexicon)
    assert _verb_led("Attends all scheduled visits with the children.", lexicon)
    # ... nor a verb-like noun joined to another before a modal (was "You will work and
    # conversations about leaving care should begin ...")
    work = "Work and conversations about leaving care should begin when the youth turns 15."
    assert not _verb_led(work, lexicon)
    assert _verb_led("Attend and complete all classes.", lexicon)
