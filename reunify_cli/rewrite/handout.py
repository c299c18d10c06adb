"""The parent's handout: the plan and its rewrites said to the parent, in plain words.

`build` is pure: (plan, its analysed report with rewrites, domain names, glossary, the
first week of the checklist) -> `Handout`, which the renderers (handout_html, _docx, _md)
only lay out. Every sentence the tool writes itself is in `OWN` below (or built from its
labels) and kept at reading grade 6 or below (a test measures each); the plan's own words
are said in the second person, with dates as people write them and abbreviations spelled
out from the packs' glossary. Which goals are the parent's steps and which are help:

* help ("What we will do to help you"): a rewrite of kind `support` (a poverty need made
  agency support), a goal that answers a concern of kind `other`, a goal flagged as a
  poverty condition, and the duties of the agency, a provider or a caregiver;
* steps: the parent's goals; a goal of another parent in the plan is left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from ..analysis.glossary import spell_out
from ..analysis.reading import Lexicon, Reading, Token, read, tokenize
from ..model import FileReport, GoalReport, Person, Plan
from . import fixes
from .additions import EVIDENCE_OPENINGS, own_and_added, say_cadence
from .handoutwords import (
    HARM,
    MONTHS,
    NOT_A_VERB,
    ROLE_GENDER,
    WEEKS_A_MONTH,
    dates_in_words,
    gender_of,
    people_date,
    per_week,
    second_person,
    third_person,
    without_event_days,
)
from .policy import Names, names_in
from .statement import iso_date

Say = Callable[[str], str]  # the plan's words -> said to the parent
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
PLACEHOLDER = fixes.PLACEHOLDER  # the rewriter's: a long "[help, e.g. ...]" is one too
MAX_WEEKS = 60
OWN = {
    "title": "Your family plan",
    "intro": "This is your plan. It says what you will do, and what we will do to help.",
    "contact": "Call or write to your caseworker any time you have a question.",
    "steps": "Your steps",
    "steps_intro": "Each step below says what to do, how often, and by when.",
    "safety": "This step is about your children's safety.",
    "help": "What we will do to help you",
    "help_intro": "This help is not a test. Your children's return does not depend on it.",
    "no_help": "Ask your caseworker what help you can get.",
    "checklist": "Your checklist for each week",
    "checklist_intro": "Tick a box each time you do the task.",
    "no_checklist": "Your plan has no tasks that repeat each week.",
    "words": "Words in your plan",
    "draft": "Draft: fill in the marked parts before you give this out.",
}
LABELS = {
    "behavior": "What you will do",
    "measure": "How often",
    "due": "By when",
    "evidence": "How we will know",
    "feedback": "When you will hear how you are doing",
}
# a time in the goal's own words is a deadline ("within 30 days", "before the visit"), an
# occasion ("during the visit", "at your review") or a length of time ("for six months",
# "up to 28 days"): its row says which, not "By when: during the visit"
DUE_LABELS = {
    "occasion": "When",
    "until": "Until",
    "length": "For how long",
    "ahead": "How far ahead",
    "start": "Starting",
}
# notice given, or something done, ahead of what it is for: "two weeks' notice", "24 hours
# advance notice", "one week in advance", "in advance of the visit" (not "within 15 days of
# receiving notice of it": a deadline)
_AHEAD = re.compile(
    r"(?:(?:at\s+least|no\s+less\s+than)\s+)?(?:[\w()-]+\s+){1,3}?(?:hours?|days?|weeks?|months?)"
    r"['\u2019]?s?['\u2019]?\s+(?:(?:advance|prior|written)\s+)*notice\b"
    r"|(?:[\w()-]+\s+){0,4}?in\s+advance\b|(?:[\w()-]+\s+){0,3}?ahead\b"
    r"|(?:[\w()-]+\s+){1,3}?(?:early|earlier)\b"  # "arrive 15 minutes early"
    # "arrive at least 10 minutes prior to your visitation time"
    r"|(?:(?:at\s+least|no\s+less\s+than)\s+)?[\w()-]+\s+minutes\s+(?:prior\s+to|before)\b",
    re.IGNORECASE,
)
# a prohibition's time is when it holds, not a deadline: "not take drugs before your
# contact" (When: before your contact; "avoid coaching the child before or after visits")
_BANNED = re.compile(r"(?:not|never|avoid|refrain)\b", re.IGNORECASE)
_OCCASION = re.compile(  # (with "promptly" before it: "promptly at the end of the visit")
    r"(?:(?:promptly|immediately)\s+(?=at|upon|on))?"
    r"(?:during|while|whenever|when|on(?!\s+or\s+before)|upon|between|from"
    r"|at(?!\s+(?:least|most|the\s+latest)\b))\b",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    r"(?:for|over|throughout|up\s+to|until|till|a\s+(?:minimum|maximum))\b"
    # an amount of time and nothing after it ("at least 30 days", "no longer than three
    # months"; "at least 24 hours before the visit" is a deadline)
    r"|(?:at\s+least|no\s+(?:less|more|longer)\s+than|not\s+(?:less|more)\s+than)\s+\S+\s+"
    r"(?:\S+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)(?:\W*$|\s+of\b)"  # "... days of
    # consecutive negative urine screens": how long it lasts
    # ... and a time of being sober ("6 months sobriety", "94 days of sobriety", "30 days'
    # sobriety")
    r"|\S+\s+(?:hours?|days?|weeks?|months?|years?)['\u2019]?\s+(?:of\s+)?(?:continuous\s+)?"
    r"(?:sobriety|abstinence|clean\s+time|clean\s+drug\s+screens)\b",
    re.IGNORECASE,
)
# ... and none at all: "prior approval", a deadline word alone ("by", "before"), a time
# gone by ("last year"), an age ("over 21 years" of age), the period a cap counts in ("not
# exceed one in any calendar month")
_NO_TIME = re.compile(
    r"(?:(?:prior|advance)\s+(?:written\s+)?(?:consent|approval|agreement|permission|"
    r"authori[sz]ation)|pre-?approved|by|before|within|until|after|prior(?:\s+to)?|last\s+.*|"
    r"in\s+(?:any|each|every)\s+(?:calendar\s+)?(?:day|week|fortnight|month|year|period)|"
    r"(?:for\s+)?day-to-day)\W*",  # ("for day-to-day care": no time)
    re.IGNORECASE,
)
# a placeholder that asks a time ("[date]", "[by when]", "[how many days]")
_A_TIME_ASKED = re.compile(
    r"date|when|day|week|month|year|hour|time|review|deadline|how\s+long", re.IGNORECASE
)
_OF_AGE = re.compile(r"\s*(?:of\s+age|old|older|or\s+older|and\s+older)\b", re.IGNORECASE)
# ... or a date of birth: "the child, [the child] born 18 | April 2010", "born in | 2014"
_BORN = re.compile(r"\b(?:born|birth)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
ACTOR_WORDS = (
    ("agency", r"agency|department|county|cws|cps|dcfs|child welfare|case ?worker|worker|court"),
    ("provider", r"therapist|provider|counselor|program|lab|facilitator|clinic|doctor|dr\."),
    ("caregiver", r"foster|caregiver|relative|kin"),
    ("child", r"child|children|youth"),
)


@dataclass(frozen=True, slots=True)
class Row:
    label: str  # ours
    value: str  # from the plan


@dataclass(frozen=True, slots=True)
class Step:
    title: str  # ours
    rows: tuple[Row, ...]
    safety: bool
    grade: float  # reading grade of the plan's words for this step
    day: date | None = None  # the date it is due or happens on (not the day it starts)


@dataclass(frozen=True, slots=True)
class Help:
    what: str  # the plan's words: they say who helps


@dataclass(frozen=True, slots=True)
class Task:
    name: str
    per_week: float


@dataclass(frozen=True, slots=True)
class Handout:
    parent: str
    contacts: tuple[Row, ...]
    dates: tuple[Row, ...]
    steps: tuple[Step, ...]
    help: tuple[Help, ...]
    weeks: tuple[date, ...]
    tasks: tuple[Task, ...]
    words: tuple[Row, ...]  # abbreviations the handout spells out, with their meaning
    placeholders: tuple[str, ...]
    draft: bool = False
    review_passed: str | None = None  # the plan's next review, before the first week
    steps_passed: tuple[int, ...] = ()  # numbers of steps due or happening before week one

    def own_sentences(self) -> list[str]:
        """Every sentence the tool wrote itself (not the plan's words), for the grade
        check; headings and labels are in `own_labels`."""
        return [v for k, v in OWN.items() if v.endswith(".") and (k != "draft" or self.draft)]

    def own_labels(self) -> list[str]:
        """Headings and labels the tool wrote (a step's title may name its domain)."""
        labels = [v for v in OWN.values() if not v.endswith(".")] + list(LABELS.values())
        labels += list(DUE_LABELS.values())
        labels += [r.label for r in self.contacts + self.dates] + [s.title for s in self.steps]
        return [*labels, "Week of"]


def actor_of(report: GoalReport, plan: Plan) -> str:
    """Who must act: the report's `actor` when the analysis gives one, else from the
    responsible person's role or name, else from the words the statement starts with."""
    given = getattr(report, "actor", None)
    if isinstance(given, str) and given:
        return given
    responsible = report.goal.responsible or ""
    person = next((p for p in plan.people if p.id == responsible), None)
    words = " ".join(filter(None, (person.role if person else None, responsible)))
    if re.search(r"\b(parent|mother|father|mom|dad)\b", words, re.I):
        return "parent"
    start = words or " ".join(report.goal.statement.text.split()[:4])
    agency = plan.case.get("agency", "")
    if agency and report.goal.statement.text.lower().startswith(agency.lower()):
        return "agency"
    for actor, pattern in ACTOR_WORDS:
        if re.match(rf"\s*(?:the\s+|a\s+)?(?:{pattern})\b", start, re.I):
            return actor
    return "parent"


def is_help(report: GoalReport, plan: Plan) -> bool:
    rewrite = report.rewrite or {}
    concern = next((c for c in plan.concerns if c.id == report.goal.concern), None)
    return (
        rewrite.get("kind") == "support"
        or report.goal.fields.get("kind") == "support"
        or (concern is not None and concern.kind == "other")
        # a need listed among conditions is help beside them (the rewrite's "support")
        or (bool(report.flags.get("poverty_condition")) and not _support_beside(report))
        or actor_of(report, plan) in ("agency", "provider", "caregiver")
    )


def _support_beside(report: GoalReport) -> str | None:
    """The help a goal gives beside its conditions (the rewrite's `support`, or the field
    a revised plan keeps): "... so that they can maintain stable housing"."""
    support = (report.rewrite or {}).get("support") or report.goal.fields.get("support")
    return str(support) if support else None


def parents(plan: Plan) -> list[Person]:
    return [
        p
        for p in plan.people
        if re.fullmatch(r"parent|mother|father|mom|dad", (p.role or "").strip(), re.I)
    ]


def _gender(parent: Person | None) -> str | None:
    """ "she" for a mother, "he" for a father, as the plan says of the parent (pronouns,
    role, id), else None (the plan's words tell)."""
    if parent is None:
        return None
    said = (parent.pronouns or "").strip().lower()
    for pronoun in ("she", "he"):
        if said.startswith(pronoun):
            return pronoun
    if said:
        return None  # "they/them": neither set of pronouns is theirs for sure
    words = ((parent.role or "").strip().lower(), parent.id.strip().lower())
    return next((ROLE_GENDER[w] for w in words if w in ROLE_GENDER), None)


def build(
    plan: Plan,
    report: FileReport,
    domain_names: Mapping[str, str],
    glossary: Mapping[str, str],
    start: date,
    parent: Person | None,
    draft: bool = False,
    lexicon: Lexicon | None = None,
) -> Handout:
    from ..analysis.readability import grade

    name = (parent.name if parent else None) or "[parent's name]"
    gender = _gender(parent)
    names = [name, parent.id if parent else "", *_also_called(parent, gender, lexicon)]
    others = {p.id for p in parents(plan)} - ({parent.id} if parent else set())
    seen: set[str] = set()

    def say(
        text: str, addressed: bool = False, gender: str | None = gender, writer: bool = False
    ) -> str:
        said = second_person(text, names, gender, addressed, writer)
        return spell_out(dates_in_words(said), glossary, seen)

    case = plan.case
    contacts = [Row("Your caseworker", case.get("caseworker") or "[caseworker's name]")]
    contacts.append(Row("Phone", case.get("caseworker_phone") or "[caseworker's phone]"))
    if case.get("caseworker_email"):
        contacts.append(Row("Email", case["caseworker_email"]))
    if case.get("agency"):
        contacts.append(Row("Agency", say(case["agency"])))
    dates = [Row("Next review of your plan", people_date(case.get("next_review") or "[date]"))]
    if case.get("permanency_hearing"):
        dates.append(
            Row(
                "Court hearing about where your children will live",
                people_date(case["permanency_hearing"]),
            )
        )
    steps: list[Step] = []
    helps: list[Help] = []
    tasks: list[Task] = []
    for goal in report.goals:
        if goal.goal.responsible in others or _said_of_another(goal, plan, parent, lexicon):
            continue  # the other parent's handout
        statement = goal.goal.statement.text
        # the parent's gender as the whole goal says, when the plan does not: "The mother
        # shall keep the father informed" is said of its words "keep the father informed";
        # a child's goal's he and she are the child's ("Jayden will attend counseling to
        # address his trauma", never "your trauma" in his father's handout)
        said = partial(
            say,
            addressed=speaks_to_parent(statement) or actor_of(goal, plan) == "child",
            gender=gender_of(statement, gender),
            writer=writers_i(statement),
        )
        if is_help(goal, plan):
            helps.append(_help(goal, said))
            continue
        support = _support_beside(goal)
        if support:
            helps.append(Help(said(support)))
        step = _step(goal, plan, len(steps) + 1, domain_names, said, grade, lexicon)
        steps.append(step)
        task = _task(goal, step, lexicon)
        if task is not None:
            tasks.append(task)
    monday = start - timedelta(days=start.weekday())
    review = _date(case.get("next_review"))
    passed = review is not None and review < monday
    # a review that has passed gives no weeks: the checklist then runs twelve weeks, as
    # for a plan without one (the command tells the caseworker)
    end = review if review is not None and not passed else start + timedelta(weeks=12)
    weeks = tuple(
        monday + timedelta(weeks=n) for n in range(MAX_WEEKS) if monday + timedelta(weeks=n) <= end
    )
    texts = [name, *(r.value for r in contacts + dates)]
    texts += [r.value for s in steps for r in s.rows] + [h.what for h in helps]
    placeholders = tuple(
        dict.fromkeys(
            p
            for t in texts
            for p in [*PLACEHOLDER.findall(t), *(b.strip("_ ") or "___" for b in _BLANK.findall(t))]
        )
    )
    words = tuple(Row(k, glossary[k]) for k in sorted(seen) if k in glossary)
    return Handout(
        name,
        tuple(contacts),
        tuple(dates),
        tuple(steps),
        tuple(helps),
        weeks,
        tuple(tasks) if weeks else (),
        words,
        placeholders,
        draft,
        str(case.get("next_review")) if passed else None,
        tuple(n for n, s in enumerate(steps, 1) if s.day is not None and s.day < monday),
    )


def _said_of_another(
    goal: GoalReport, plan: Plan, parent: Person | None, lexicon: Lexicon | None
) -> bool:
    """Is a goal with no `responsible:` the other parent's, by its subject ("James will
    attend an anger management class" in Dana's plan with James), not this parent's nor
    both's ("Dana and James will ...")?"""
    if parent is None or lexicon is None or goal.goal.responsible:
        return False
    text = goal.goal.statement.text
    reading = read(text, lexicon)
    if reading.subject is None:
        return False
    mine = _words_for(parent)
    theirs = set().union(*(_words_for(p) for p in parents(plan) if p.id != parent.id))
    said = _subject_words(text, reading) - (mine & theirs)  # (a surname both have)
    return bool(said & theirs) and not said & mine


def _subject_words(text: str, reading: Reading) -> set[str]:
    """The words of a statement's subject, in lower case ("Dana and James" -> dana, and,
    james)."""
    subject = text[slice(*reading.subject)] if reading.subject else ""
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", subject)}


def _words_for(person: Person) -> set[str]:
    """The words that name a person: their id, their name's words, their role when it
    says which parent ("father"), and the titles of their gender ("Mr.")."""
    words = {person.id, *(person.name or "").split(), *_TITLES.get(_gender(person) or "", ())}
    if (person.role or "").lower() != "parent":
        words.add(person.role or "")
    return {w.strip(".,").lower() for w in words if len(w.strip(".,")) > 1}


_TITLES = {"she": ("Ms", "Mrs", "Miss"), "he": ("Mr",)}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NAMES_THAT_ARE_WORDS = frozenset(
    [*(m.lower() for m in MONTHS), *_WEEKDAYS, "will", "may", "can", "must"]
)  # (and the words the reading knows)


def _a_word(name: str, lexicon: Lexicon) -> bool:
    """Is a first name also a word a goal may use ("Will", "May", "June", "Mark")?"""
    low = name.lower()
    return low in _NAMES_THAT_ARE_WORDS or low in lexicon.keys or low in lexicon.determiners


def _also_called(parent: Person | None, gender: str | None, lexicon: Lexicon | None) -> list[str]:
    """The other ways a plan calls the parent named "Tanya Brooks": "Tanya", and by the
    titles of the parent's gender, "Ms. Brooks", "Mrs Brooks" (no first name that is also
    a word: "Will Smith" is never "Will" - "will")."""
    words = (parent.name or "").split() if parent else []
    if len(words) < 2:
        return []
    first, last = words[0], words[-1]
    called = [] if lexicon is None or _a_word(first, lexicon) else [first]
    titles = _TITLES.get(gender or "", ())
    return called + [f"{t}{dot} {last}" for t in titles for dot in (".", "")]


def speaks_to_parent(statement: str) -> bool:
    """Does a goal say "you" to the parent ("Do not question your child or tell him/her
    what to say"), or the parent speak in it ("Pick up my (son/daughter)'s homework if
    (he/she) will be out of school")? Then its he, she, him and her are someone else's."""
    return bool(_YOU.search(statement) or _SPEAKER.search(statement))


def writers_i(statement: str) -> bool:
    """Are a goal's "I" and "my" its writer's, who speaks to the parent or of them: "...
    that you do services that I've already discussed", "I worked with the mother for
    months" (never "You worked with you")?"""
    return bool(
        (_YOU.search(statement) or _PARENT_NAMED.search(statement)) and _SPEAKER.search(statement)
    )


# the parent named in the third person ("the mother", "[the father]"), not someone's ("my
# mother") nor the speaker ("I am the mother of two")
_PARENT_NAMED = re.compile(
    r"(?<!\bmy\s)(?<!\bour\s)(?<!\bam\s)\bthe\s+(?:mother|father|parent|mom|mum|dad)s?\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"(?i:\b(?:my|me|myself|mine)\b)|\bI(?:\s+[a-z]|['\u2019](?:m|ve|ll|d)\b)")


def _date(text: str | None) -> date | None:
    from .handoutwords import as_date

    return as_date(text)


def _step(
    goal: GoalReport,
    plan: Plan,
    number: int,
    domain_names: Mapping[str, str],
    say: Say,
    grade: Callable[[str], float],
    lexicon: Lexicon | None = None,
) -> Step:
    rewrite = goal.rewrite
    concern = next((c for c in plan.concerns if c.id == goal.goal.concern), None)
    fields: dict[str, Any] = dict(goal.goal.fields)
    if rewrite is not None:
        fields.update({k: v for k, v in rewrite.items() if v is not None})
    due = fields.get("due") or goal.goal.due
    rows = []
    day = None
    behavior = fields.get("behavior")
    doer = _child_doing(goal, plan)  # a child's goal: the child does it, not "you"
    adder = doer or _child_added(goal)  # ... and the action a rewrite adds for the child
    if not behavior:  # a goal with nothing to rewrite: its words, a command said to "you"
        what = goal.goal.statement.text
        if (
            lexicon is not None
            and not _NOT_A_COMMAND.match(what)
            and (_verb_led(what, lexicon) or _nominal_act(what) is not None)
            and not _named_someone_else(goal, plan, lexicon)
        ):  # "Meeting with a parenting coach ..." -> "You will meet with ..."
            what = _what(what.rstrip().removesuffix("."), lexicon, doer)
    elif _named_someone_else(goal, plan, lexicon) or _PERMITTED.match(goal.goal.statement.text):
        # "the CAS can take your child away from you": said with who does it, never "You
        # will take your child away from you"; "You can end this arrangement whenever you
        # wish" is allowed, not asked: never "You will end this arrangement"
        own, added = own_and_added(str(behavior))
        whole = _up_to(own, goal) or goal.goal.statement.text
        whole = whole.rstrip(" ;:,")  # a list item's "... for services;"
        added_what = [_what(added, lexicon, adder)] if added else []
        what = " ".join([_with_later(_sentence(whole), goal, plan, lexicon), *added_what])
    else:  # the goal's own words, then the action a rewrite added to them
        own, added = own_and_added(str(behavior))
        if own and lexicon is not None and not _verb_led(own, lexicon) and not _nominal_act(own):
            # words that are no action of a verb the lists know ("You're responsible for |
            # solving problems ..."): with what comes before them, never cut to "Solving ..."
            own = _up_to(own, goal) or own
        first = _with_later(_what(own, lexicon, doer) if own else "", goal, plan, lexicon)
        what = " ".join([first, *([_what(added, lexicon, adder)] if added else [])]).strip()
        if doer is None and what.startswith("You will"):
            what = _their_said_to_you(what, goal.goal.statement.text)
    if doer is not None:  # the child's own voice: "I will ... my homework"
        what = third_person(what, doer)
    said = say(what)
    if said.startswith("You will "):  # "... until she had completed treatment": a step
        said = _HAD_DONE.sub(r"\1 you have", said)  # to come, "until you have completed"
        if lexicon is not None:  # "when you changed your address": "when you change"
            said = _PAST_DONE.sub(lambda m: _present(m, lexicon), said)
    if behavior and _DONE_TO_YOU.match(said):  # "support you as you move": someone else's
        # act, said with who does it ("Your caseworker will support you ...", "a parent or
        # guardian must accompany you to your hearings", never "Accompany you to ...")
        own, added = own_and_added(str(behavior))
        whole = _up_to(own, goal) or goal.goal.statement.text  # ("be taken from me")
        first = _with_later(_sentence(whole.rstrip(" ;:,")), goal, plan, lexicon)
        said = say(" ".join([first, *([_what(added, lexicon, adder)] if added else [])]))
    label = LABELS["behavior"] if doer is None else f"What {_mid(doer)} will do"
    rows.append(Row(label, said))
    for key in ("measure", "due", "evidence", "feedback"):
        value = due if key == "due" else fields.get(key)
        if key == "measure" and not says_how_often(
            without_event_days(str(value or ""), goal.goal.statement.text)
        ):
            continue  # "each child", "must be completed": no answer to "How often"
        if key == "measure" and value:  # "attend a hearing each week": "How often: A
            value = _without_its_verb(str(value), lexicon)  # hearing each week."
        if key == "evidence" and value:  # "sign the plan": "the signed plan"
            value = _thing_shown(str(value), lexicon, goal.goal.statement.text)
        if key == "due" and value and _no_time(str(value), goal.goal.statement.text):
            continue  # "By when: prior approval", "For how long: over 21 years" (of age)
        if key == "feedback" and value and actor_of(goal, plan) == "child":
            value = _heard_by_the_parent(str(value), names_in(goal, plan))
        if value:
            label = LABELS[key]
            if key != "due":
                text = say(_sentence(str(value)))
            elif _date(str(value)) is not None:
                text = people_date(str(value))
                label = _date_label(str(value), goal.goal.statement.text, rewrite)
                if label != DUE_LABELS["start"]:
                    day = _date(str(value))
            else:  # the goal's own words: "before his visits" is "before your visits"
                value = _with_its_opener(str(value), goal.goal.statement.text)
                text = say(value)
                if doer is None and said.startswith("You will"):  # "on the day of their
                    # child's absence", in a step said to the parents: "your child's"
                    text = _their_said_to_you(text, goal.goal.statement.text)
                label = _due_label(value)
                label = _month_label(str(value), goal.goal.statement.text, label)
                awaited = _awaited(value, rewrite, say, lexicon)
                if (
                    PLACEHOLDER.fullmatch(value)
                    and rewrite
                    and f"until {value}" in str(rewrite["statement"])
                ):  # "not bring candy to visits until [date]": how long it holds, as the
                    label = DUE_LABELS["until"]  # rewrite says (was "When: [date]")
                elif awaited is not None:  # "Do not sign any papers until you get your
                    # lawyer's advice": until then (was "When: [date]", "By when: [date]")
                    label, text = DUE_LABELS["until"], awaited
                elif label == LABELS["due"] and _BANNED.match(str(behavior or "")):
                    label = DUE_LABELS["occasion"]  # "not take drugs | before your contact"
                if label == LABELS["due"]:  # "By when: 5:00 PM", never "By when: by 5:00 PM"
                    text = _BY.sub("", text, count=1)
            rows.append(Row(label, text))
    domain = domain_names.get(str((rewrite or {}).get("domain", "")), "")
    title = f"Step {number}" + (
        f": {domain}" if domain and not domain.startswith("General") else ""
    )
    source = str(rewrite["statement"]) if rewrite else goal.goal.statement.text
    safety = concern is not None and concern.kind == "safety"
    return Step(title, tuple(rows), safety, grade(source), day)


def _awaited(
    due: str,
    rewrite: Mapping[str, Any] | None,
    say: Say,
    lexicon: Lexicon | None,
) -> str | None:
    """What a goal kept up until an event waits for, said to the parent as the sentence
    says it, with the date the rewrite asks it be expected by ("you get your lawyer's
    advice, expected by [date]"; "until she had completed treatment": "you have
    completed"), when the rewrite asks one."""
    if rewrite is None or not PLACEHOLDER.fullmatch(due):
        return None
    waits = rf"\buntil\s+((?:(?!\buntil\b)[^.;])+?, expected by {re.escape(due)})"
    found = re.search(waits, str(rewrite["statement"]))
    if found is None:
        return None
    said = _HAD_DONE.sub(r"\1 you have", say(found.string[: found.end()]))
    if lexicon is not None:
        said = _PAST_DONE.sub(lambda m: _present(m, lexicon), said)
    again = re.search(rf"{waits}$", said, re.IGNORECASE)
    if again is None or _NO_EVENT.match(again.group(1)):
        return None  # "up until then": no event the parent can read
    return again.group(1)


# what "until" points back to, naming no event ("until then", "till now")
_NO_EVENT = re.compile(r"(?:then|now|that\s+time|this\s+time|that\s+date),", re.IGNORECASE)


# the "by" of a deadline the row's label already says
_BY = re.compile(r"^by\s+(?=\S)", re.IGNORECASE)
# a time clause of a narrative's past ("until she had completed"), in a step to come
_HAD_DONE = re.compile(r"\b(until|unless|when|after|once|before|if)\s+you\s+had\b(?=\s+\w+ed\b)")
# ... or a verb of it in the past ("notify the officer when she changed her address")
_PAST_DONE = re.compile(
    r"\b(until|unless|when|whenever|after|once|before|if)\s+you\s+(?!used\s+to\b)([a-z]+)\b"
)


def _present(match: re.Match[str], lexicon: Lexicon) -> str:
    """A time clause's past verb said in the present: "when you were done" -> "when you
    are done", "once you completed" -> "once you complete"."""
    word = match.group(2)
    lemma, form = lexicon.key(word)
    if form != "ed" or word in ("had", "did"):
        return match.group()  # ("until you had completed": see _HAD_DONE)
    said = "are" if lemma == "be" else lemma
    return f"{match.group(1)} you {said}"


# what opens a goal that is no command to say after "You will" as it is ("Do not ...")
def _up_to(own: str, goal: GoalReport) -> str:
    """The goal's words (as the rewrite left them) up to the end of `own`, its own words
    in the behavior; "" when they are not found."""
    rewrite = goal.rewrite
    statement = str(rewrite["statement"]) if rewrite else goal.goal.statement.text
    at = statement.find(own) if own else -1
    if at < 0 and own:  # the words open the statement, capitalised ("Contact you within ...")
        at = 0 if statement.startswith(own[:1].upper() + own[1:]) else -1
    occasion = fixes.OCCASION_FIRST.match(statement) if at < 0 and own else None
    told_after = f" {fixes.mid_sentence(occasion.group(1))}" if occasion else ""
    if told_after and own.endswith(told_after):  # the occasion it opens with, said after
        # the act ("contact the parent by phone after one unexcused absence"): the words
        # without it, which hold it already
        return _up_to(own.removesuffix(told_after), goal)
    return statement[: at + len(own)] if at >= 0 else ""


_NOT_A_COMMAND = re.compile(r"\s*(?:do|don't|don\u2019t|never|not|please|no|if|when)\b", re.I)


def _with_later(first: str, goal: GoalReport, plan: Plan, lexicon: Lexicon | None) -> str:
    """The step's first sentence, then the goal's own words after it, as the rewrite left
    them: the step's action is read from the first ("Find a safe place to go during
    arguments. Avoid rooms with no exits ..."), and the parent must still read the rest.
    What the rewrite added after the goal's words (the action it asks, the evidence, the
    reporting, the feedback, the help beside it: statement.py) is not the goal's: those are
    rows or help of their own, and the first of them ends the goal's words. A list after a
    semicolon or a colon stays joined to its sentence ("Develop a safety plan for your
    children; how to call 000, ...")."""
    rewrite = goal.rewrite
    if rewrite is None or lexicon is None:
        return first
    statement = str(rewrite["statement"])
    end = fixes.first_sentence_end(statement, lexicon)
    names = names_in(goal, plan)
    _, action = own_and_added(str(rewrite.get("behavior") or ""))
    evidence, cadence = (
        value if PLACEHOLDER.fullmatch(value := str(rewrite.get(k) or "")) else None
        for k in ("evidence", "cadence")
    )
    added = [str(rewrite.get(k) or "") for k in ("feedback", "support")]
    if action:
        who = (names.person, names.agency, "the provider", "I", "We")
        added += [f"{w} will {action}" for w in who]
    if evidence:
        added += [f"{opening} {evidence}" for opening in EVIDENCE_OPENINGS]
    if cadence:
        added.append(say_cadence(cadence, names, goal.actor, str(rewrite.get("kind"))))
    folded = statement.casefold()
    starts = [folded.find(a.casefold(), end) for a in added if a]
    cut = min((at for at in starts if at >= 0), default=len(statement))
    rest = statement[end:cut].rstrip()
    words = rest.lstrip(" .;:,!?")
    if not words.strip('"\u201d\u2019) '):
        return first  # (the quote a sentence's stop came before: '... on the child."')
    if words.rstrip(" .").casefold() in first.casefold():
        return first  # the step holds them already: its own words were the goal's whole
    mark = rest.lstrip()[:1]
    if mark in (";", ":") and first.endswith("."):  # the words as they were, ended
        return f"{first[:-1]}{mark} {words if fixes.ended(words) else words + '.'}"
    return f"{first} {_sentence(words)}".strip()


def _named_someone_else(goal: GoalReport, plan: Plan, lexicon: Lexicon | None) -> bool:
    """Does the goal name, as its subject, someone whose duty it is and who is not the
    parent: an agency, a provider, a caregiver ("In some cases, the CAS can take your child
    away from you", "a judge may hold the party in contempt"), people other than the
    parent ("Any other visitors must be agreed ..."), a parent no parent of the plan is
    ("forbidding the father to have any contact" in a plan whose one parent is a mother),
    or a name that no parent of a plan naming its parents has ("Clothes must be in good
    condition", read as a name)?
    Its action is then theirs, though the goal is in the parent's steps."""
    if lexicon is None:
        return False
    text = goal.goal.statement.text
    reading = read(text, lexicon)
    if _names_another(reading):
        return True
    subject = text[slice(*reading.subject)] if reading.subject else ""
    if _OTHERS.search(subject):
        return True  # "Any other visitors must be agreed ...", "anyone else in the home"
    roles = {ROLE_GENDER[w] for w in _subject_words(text, reading) if w in ROLE_GENDER}
    genders = {_gender(p) for p in parents(plan)}
    if roles and genders and None not in genders and not roles & genders:
        return True  # "forbidding the father to have any contact ..." in a mother's plan
    known = set().union(*(_words_for(p) for p in parents(plan) if p.name))
    if (
        reading.person
        and known
        and "[" not in subject
        and not _subject_words(text, reading) & known
    ):
        return True  # a name that is no parent's of the plan
    # ... or names them in the clause of the action the step would give the parent
    # ("Parents are entitled to an attorney, and if they cannot afford one, | the court may
    # appoint counsel")
    own, _ = own_and_added(str((goal.rewrite or {}).get("behavior") or ""))
    statement = str((goal.rewrite or {}).get("statement") or "")
    at = statement.find(own) if own else -1
    if at <= 0:
        return False
    masked = fixes.PLACEHOLDER.sub(lambda m: "x" * len(m.group()), statement)  # its commas
    clause = max(masked.rfind(",", 0, at), masked.rfind(";", 0, at)) + 1
    return clause > 0 and _names_another(read(statement[clause : at + len(own)], lexicon))


# a subject that is people other than the one the plan addresses: "Any other visitors",
# "Other adults in the home", "anyone else living there", "Any new partners"
_OTHERS = re.compile(
    r"^(?:(?:any|all|the|every|each|no)\s+)?others?\b"
    r"|\b(?:anyone|anybody|someone|somebody|everyone|everybody)\s+else\b"
    r"|\bnew\s+(?:partners?|boyfriends?|girlfriends?|paramours?|spouses?|husbands?|wife|wives)\b",
    re.IGNORECASE,
)


def _names_another(reading: Reading) -> bool:
    return reading.explicit and reading.actor in ("agency", "provider", "caregiver")


def _heard_by_the_parent(feedback: str, names: Names) -> str:
    """A child's goal in the parent's handout: the parent is the one told how the child is
    doing ("tell the child whether they are on track" -> "tell you whether the child is on
    track"), never the child."""
    return re.sub(
        rf"\btell {re.escape(names.person)} whether {names.pronoun} (?:are|is) on track\b",
        f"tell you whether {names.person} is on track",
        feedback,
    )


# a step whose action is done to the parent ("You will support you", "You will meet with
# you and your child", "You will forbid you to ..."): someone else does it, so the plan's
# words are said as written ("Support you as you move to independent living.")
_DONE_TO_YOU = re.compile(
    r"You will (?:not )?(?!(?:ensure|show|prove|demonstrate) you\b)"
    r"(?:be \w+ (?:from|by|to|with|for) |\w+ (?:(?:with|to|about|for) )?)you\b(?!r)"
)  # (and "You will be taken from you": a passive said of the parent's child; not "You will
# ensure you send your children to school", the parent's own act)


_TIME_WORDS = (
    r"day|days|week|weeks|month|months|year|years|morning|evening|night|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|visit|session|meeting|"
    r"hearing|test|time"
)
# "a week" says how often only after what it counts ("a few days a week"), never alone
# ("request a visit appointment", "attend a hearing": one task)
_PER_UNITS = r"times|hours|days|nights|minutes|sessions|visits|calls|meetings|tests|screens|groups"
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|ninety|hundred"
)
_HOW_OFTEN = re.compile(
    r"\[|\d|\b(?:once|twice|thrice|times|daily|weekly|monthly|quarterly|annually|yearly|"
    r"fortnightly|bi-?weekly|bi-?monthly|nightly|hourly|per|always|at all times|"
    rf"{_NUMBER_WORDS}|(?:one|(?:{_PER_UNITS})\s+an?)\s+(?:{_TIME_WORDS}|hours?|minutes?)|"
    rf"(?:every|each)\s+(?:other\s+|second\s+|\w+\s+)?(?:{_TIME_WORDS}))\b",
    re.IGNORECASE,
)
# an age ("at least 21 years old"), a sum ("$25") or a share ("100%" of the costs) alone
# is no answer to "How often"
_AGE = re.compile(  # (and "a child who is 14 or older")
    r"\byears?\s+(?:old|older|of\s+age)\b|\bage\s+(?:of\s+)?\d"
    r"|\b\d+\s+(?:years?\s+)?or\s+(?:older|over|above|younger|under)\b",
    re.IGNORECASE,
)
_SUM = re.compile(r"[$\u00a3\u20ac]\s?[\d,.]+|\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)")
_SUM_PER = re.compile(
    f"(?:{_SUM.pattern})" + rf"\s+(?:an?|per|each|every)\s+(?:{_TIME_WORDS})\b", re.I
)
# ... nor a time of day ("from 9:00am until 4:00pm", "by 3 pm")
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|o'clock\b)", re.IGNORECASE)
# ... nor a phone number ("call 724-2256 to schedule a time", "(555) 123-4567")
_PHONE = re.compile(  # (and an emergency number: "call 911 or contact ...")
    r"(?:\(?\b\d{3}\)?[\s.-]?)?\b\d{3}[.-]\d{4}\b|\b(?:911|999|988)\b(?!\s*times)"
)
# ... nor a year ("at the March 23, 2017 adjudication hearing", "a 1985 treatment plan")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!\s*(?:x\b|times\b|%))")
# ... nor is a length of time alone ("12 months", "18 years", "at least 80 hours", "(30)
# days"): how long, not how often - the step's words say it
_NUMBER = rf"(?:\d+(?:\.\d+)?|\(\d+\)|one|{_NUMBER_WORDS})"
# ... nor a count of people or of things that are no occasions ("two individuals", "at
# least three references", "two unexcused absences"), or some of them ("at least one of
# their 0-16 year-old children", "one of your parents")
_NOT_OCCASIONS = re.compile(
    rf"\b(?:{_NUMBER}|all)\s+(?:of\s+(?:the|their|his|her|your|my|our)\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:individuals|people|persons|references|children|members|parties|adults|siblings|"
    r"relatives|friends|absences|dependants|dependents|referees|parents|guardians|carers|"
    r"caregivers)\b",
    re.IGNORECASE,
)
# ... nor a size or an amount of a sample ("at least 3 cm long", "at least 30
# milliliters"), a test's panels ("a standard 5 panel hair screen"), "three way calling", or
# the notice given ("at least 10 working days notice": how far ahead)
_NO_RATE = re.compile(
    rf"\b{_NUMBER}\s*(?:cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?|inch(?:es)?|ml|"
    r"millilit(?:er|re)s?|ounces?|oz|grams?)(?![\w-])"
    rf"|\b{_NUMBER}[\s-]+panel\b|\bthree[\s-]+way\b"
    r"|\b(?:days?|weeks?|hours?|months?)['\u2019]?\s+(?:advance\s+)?(?:written\s+)?notice\b",
    re.IGNORECASE,
)
# a thing's length, as one word: "a two-hour class", "a 12-week program"
_LENGTH_OF = re.compile(
    rf"\b{_NUMBER}-(?:hours?|minutes?|days?|weeks?|months?|years?)\b", re.IGNORECASE
)
_COUNT = rf"(?:{_NUMBER}\s*){{1,2}}"  # "12", "six (6)"
_KIND_OF_DAY = r"(?:calendar\s+|working\s+|business\s+|judicial\s+|school\s+|consecutive\s+)?"
_UNITS = r"(?:days?|weeks?|months?|years?|hours?|hrs|minutes?|mins)"
_DURATION = re.compile(
    r"\W*(?:(?:at\s+least|up\s+to|no\s+more\s+than|about|approximately|a\s+minimum\s+of)\s+)?"
    rf"{_COUNT}(?:(?:-|\u2013|\u2014|to)\s*{_COUNT})?{_KIND_OF_DAY}{_UNITS}"
    rf"(?:\s+and\s+{_COUNT}{_UNITS})?\W*",  # "two years and ten months"
    re.IGNORECASE,
)

# ... nor the days a deadline gives ("24 hours of being called", "30 days after placement"),
# nor how far ahead ("at least 10 minutes prior to your visitation time")
_DAYS_OF = re.compile(
    rf"\W*{_COUNT}{_KIND_OF_DAY}(?:days?|weeks?|months?|hours?)\s+(?:of|after|from|before|prior)\b"
    r"|\W*(?:(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+)?"
    rf"{_COUNT}{_KIND_OF_DAY}(?:days?|weeks?|hours?|minutes?)\s+"
    r"(?:before|prior|early|earlier|ahead|in\s+advance)\b",
    re.IGNORECASE,
)


# an evidence that says nothing without its subject ("How we will know: Be signed.")
_SUBJECTLESS = re.compile(r"\s*(?:be|is|are|was|were|been|being)\b", re.IGNORECASE)


# after a verb, what makes it a verb phrase: its object ("sign it", "provide the report")
# or a particle ("filed with the court", "documented in", "write down")
_AFTER_A_VERB = frozenset({"it", "them", "him", "her", "you", "us", "me", "into", "with", "to",
                           "in", "down", "up", "back", "out", "by"})  # fmt: skip
# words that are verbs and the things that show a step was done too ("record of the
# meeting", "progress report", "clean drug tests", "discharge summary"): a verb only
# before an object that opens with a determiner ("record the visit")
_THINGS_TOO = frozenset({"record", "report", "file", "document", "plan", "log", "note",
                         "copy", "proof", "test", "progress", "clean", "letter", "notice",
                         "form", "order", "summary", "schedule", "contract", "petition",
                         "map", "check", "screen", "verification", "discharge",
                         "visit", "practice", "fingerprint"})  # fmt: skip
_DONE = {"sign": " signed", "complete": " completed"}
# (or a few words after "not" in the same clause, with no modal of another duty between:
# "A child shall not be used to exchange documents" shows nothing by its documents; "who
# do not attend must provide a doctor's note" does, and so does what allows what is
# banned: "not leave the State without the written permission of the Secretary")
_NONE_OF = re.compile(
    r"\b(?:no|not|never|without)\s+$"
    r"|\b(?:not|never)\s+(?:(?!(?:must|will|shall|should|and|but|or|without|unless|if|when|"
    r"because)\b)[^\s,;:.]+\s+){1,5}$",
    re.IGNORECASE,
)


# an act said with who does it ("agency shall document", "should record", "He noted"), or a
# result that shows the opposite of the step done ("a positive test"): no thing shown
_NO_THING = re.compile(
    r"\b(?:will|shall|must|should|can|may|would)\b|\bpositive\b|^\W*(?:he|she|they|you|i|we)\s",
    re.IGNORECASE,
)


# a condition the clause opens with, before its "not"
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless)\b[^,;:.]*$", re.IGNORECASE)


def _thing_shown(evidence: str, lexicon: Lexicon | None, statement: str = "") -> str | None:
    """An evidence in the goal's own words as the thing that shows the step was done: a
    verb phrase's object ("provide a copy of the order" -> "a copy of the order", "sign the
    plan" -> "the signed plan", "provide proof of income" -> "proof of income"), None for
    a verb phrase without one ("sign it", "documented in", "go to court": the step says
    it already); a thing as it is ("written service plan", "signed consent", "record of
    the meeting"). A passive without its subject ("be signed") says nothing, a thing the
    goal says there must be none of ("have no positive screens", "shall not be used to
    exchange documents") shows nothing, and neither does an act said with who does it
    ("the worker must document") or a failed result ("a positive test"): None."""
    at = statement.find(evidence)
    none = _NONE_OF.search(statement, 0, at) if at > 0 else None
    if (
        none is not None
        and len(none.group().split()) > 1
        and _CONDITION.search(statement, 0, none.start())
    ):  # "If a party has not filed the verification, ... complete the verification"
        none = None
    if _SUBJECTLESS.match(evidence) or none is not None or _NO_THING.search(evidence):
        return None
    if at > 0 and _RULED_AS.search(statement, 0, at):  # "a no-show will be considered a
        return None  # positive result": a ruling on what counts, nothing that shows it
    if _NOTED_NOT_SHOWN.search(evidence) or (
        at >= 0 and _SAYS.search(evidence) and _NOTED_THAT.match(statement, at + len(evidence))
    ):  # "unless otherwise noted", "The court noted that ...": what was said, no record
        return None
    if at > 0 and statement.rfind("(", 0, at) > statement.rfind(")", 0, at):
        return None  # an example in brackets: "important papers (birth certificates, ...)"
    if lexicon is None or evidence.startswith("["):
        return evidence
    if _NOT_A_THING.match(evidence):  # a manner says how, not what: "In writing." alone
        return "it is in writing" if _IN_WRITING.fullmatch(evidence) else None
    shown = _thing_of_verb(evidence, lexicon)
    if shown is None or at < 0:
        return shown
    # what the thing is of, from the goal's words: "provide verification of attendance"
    # -> "verification of attendance", not "verification"
    of = _OF_WHAT.match(statement, at + len(evidence))
    shown = shown + of.group() if of else shown
    if _DANGLING.search(shown):  # "a written report of all | that took place during the
        # visit", "proof of | it": said to its clause's end, else without the words left
        # hanging (never "How we will know: A written report of all.")
        rest = _ITS_FEW_WORDS.match(statement, at + len(evidence)) if not of else None
        cut = _DANGLING.sub("", shown)
        if rest:
            shown += rest.group()
        elif not _CUT_AT_A_VERB.search(cut):  # (never "... why visitation is not.")
            shown = cut
    return shown or None


# what is said, not recorded: "Unless otherwise noted", "[the magistrate] also noted that",
# "The court noted the mother's engagement"
_NOTED_NOT_SHOWN = re.compile(r"\b(?:otherwise|also)\s+(?:noted|stated|specified)\b", re.I)
_NOTED_THAT = re.compile(r"\s+(?:that|the|an?|his|her|their|its|how|whether)\b", re.I)
# (a verb that says, not a thing: "a report that provides ..." is one)
_SAYS = re.compile(
    r"^(?!\s*(?:an?|the)\s)(?:.*\s)?(?:noted|notes|noting|reported|records|recorded|documents|"
    r"documented|reviews|certifies)$",
    re.IGNORECASE,
)
_RULED_AS = re.compile(
    r"\b(?:considered|deemed|treated\s+as|counted\s+as|regarded\s+as)\s+(?:an?\s+)?$", re.I
)
# "of" and the words it governs, up to a comma or a word that starts another clause
_OF_WHAT = re.compile(
    r"\s+of\s+(?:(?!(?:so|that|which|who|when|if|to|and|or|within|by|before|after|until|"
    r"for|from|as|unless|because|while)\b)[\w'\u2019/-]+\s*){1,6}(?<!\s)",
    re.IGNORECASE,
)
# a time or a manner, not a thing: "in writing", "upon receipt" (of the referral)
_NOT_A_THING = re.compile(r"(?:in|upon|on|following|after|at|by|within)\b", re.IGNORECASE)
_IN_WRITING = re.compile(r"\s*in\s+writing\W*", re.IGNORECASE)
# verbs whose thing comes after "with": "Provide the agency with documentation"
_WITH_THING = frozenset({"provide", "supply", "furnish", "present"})


def _thing_of_verb(evidence: str, lexicon: Lexicon) -> str | None:
    """The thing an evidence in the goal's words names: a verb phrase's object, None for a
    verb phrase without one, else the evidence as it is (see `_thing_shown`)."""
    words = tokenize(evidence, lexicon)[:2]
    if not words or words[0].key not in lexicon.verbs or words[0].form not in ("base", "ed"):
        return evidence
    if len(words) == 1:
        return None  # "Document.", "Record."
    verb, after = words
    if re.match(r"\s*any\s+and\s+all\b", evidence[after.start :], re.I):  # "sign any and
        return _thing_of_verb(  # all consent forms": "all signed consent forms"
            evidence[: after.start] + evidence[after.start :].split(None, 2)[2], lexicon
        )
    if verb.key in _WITH_THING:  # "Provide the agency with documentation": "documentation"
        with_ = re.search(r"\swith\s+(?=\w)", evidence)
        if with_ is not None:
            return evidence[with_.end() :]
    determiner = after.low in lexicon.determiners and after.low != "that"  # "plan that is"
    if verb.form == "base" and (verb.low not in _THINGS_TOO or determiner):
        if after.low in _AFTER_A_VERB or after.low in ("and", "or"):
            return None
        done = _DONE.get(verb.key, "")
        if not determiner:  # "sign releases" -> "signed releases"
            return done.strip() + " " + evidence[after.start :] if done else evidence[after.start :]
        said = "a" if done and after.low == "an" else evidence[after.start : after.end]
        return said + done + evidence[after.end :]  # "an application": "a completed ..."
    if after.low in _AFTER_A_VERB or determiner:
        return None  # "filed with the court", "given a copy"
    return evidence


# an age reached ("turn 18", "reaches the age of 21"), said with the words that make it a
# time: "when they turn 18", "until he or she reaches the age of 21"
_REACHED = re.compile(r"(?:turn|reach|attain)(?:s|es|ed|ing)?\b", re.IGNORECASE)
_OPENER_BEFORE = re.compile(
    r"\b(?:when|whenever|until|till|once|upon|before|after|by\s+the\s+time)\s+(?:[\w/]+\s+){0,3}$",
    re.IGNORECASE,
)


# an amount of time, and the "for" before it that makes it a length: "not drink alcohol
# for | 24 hours before contact"
_AN_AMOUNT = re.compile(
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\(\d+\)\s+)?(?:hours?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:at\s+least\s+)?$", re.IGNORECASE)
# a time said as one word, and what it counts ("within a six-month | period", "within a
# two-hour | time limit", "beyond an initial thirty (30)-day | plan")
_UNIT_COMPOUND = re.compile(  # (or a figure's unit without its hyphen: "the 90 day | period")
    r"-(?:hours?|days?|weeks?|months?|years?)$|(?<=\d)\s+(?:hour|day|week|month|year)$",
    re.IGNORECASE,
)
_COUNTED_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|of|to|the|a|an)\b)[\w-]+){0,3}?\s+(?:period|time\s+limit|time\s*frame"
    r"|window|plan|placement)\b",
    re.IGNORECASE,
)
# a cap on how long ("may not exceed 180 days", "(not exceeding 6 months)")
_EXCEED = re.compile(r"exceed(?:s|ing)?\s+(.+)", re.IGNORECASE | re.DOTALL)
_NOT_BEFORE = re.compile(r"\bnot\s+(?:to\s+)?$", re.IGNORECASE)
# an event cut off at its verb ("before the judge | will order the child to be returned",
# "until a new placement | is available", "before visitations | can begin"): said whole, to
# the clause's end (never "By when: before the judge"); not "prior to" (no clause follows
# it) nor a time of the subject ("after the initial 30 days | shall be based upon ...")
_EVENT_CUT = re.compile(r"(?:before|after|until|till|once)(?:\s+[^\s\d]+){1,4}", re.IGNORECASE)
_ITS_VERB = re.compile(  # (after the one it names or another: "before the child | or
    # young person can be returned", "before he | or she is appointed")
    r"(?:\s+or(?!\s+(?:it|they|you|we)\b)(?:\s+[\w'\u2019-]+){1,2}?(?=\s+(?:will|would|can|could|may|might|must"
    r"|is|are|was|were|has|have|had)\b))?"
    r"\s+(?:will|would|can|could|may|might|must|is|are|was|were|has|have|had|decides?"
    r"|agrees?|approves?|orders?)\b"
    r"(?:(?!\s+(?:then|(?:they|he|she|you|we|it)\s+(?:will|must|shall|may|can|should)))[^,.;:()])*",
    re.IGNORECASE,
)
# "promptly" said with the moment it is at ("leave promptly | at the end of the visit",
# "arrive promptly | at the scheduled time of the visit"), never "By when: promptly" alone;
# not a place ("arrive promptly at the Children's Justice Center")
_PROMPT = re.compile(r"(?:promptly|immediately)", re.IGNORECASE)
_ITS_MOMENT = re.compile(
    r"\s+(?:at|upon|on)\s+(?:the\s+)?(?:end|start|beginning|close|conclusion|scheduled|appointed"
    r"|agreed|specified|designated)\b(?:(?!\s+(?:to|and|or)\s)[^,.;()])*",
    re.IGNORECASE,
)

# a day or a time cut off before the clause that says which ("21 days from the date | the
# child is placed in their care", "during the time | they spend with their children"): said
# to the clause's end (a stop, a new clause after "or"/"and", or a verb's "to": "... in
# their care | to apply for ..."), at most 14 words, never "By when: 21 days from the date"
# (not a part of a day: "confirm before the end of the day | that they have received it")
_A_DAY_CUT = re.compile(r"(?<!\bof\s)\bthe\s+(?:date|time|day)$", re.IGNORECASE)
_CLAUSE_ENDS_AT = (  # (a stop, or a new clause after "or" or "and")
    r"\s*(?:[,.;:()!?]|$)|\s+(?:or|and|but)\s+(?:the|a|an|from|if|when|where|you|he|she|they"
    r"|it|we|i)\b"
)
_CLAUSE_STOP = (
    rf"(?:{_CLAUSE_ENDS_AT}"
    r"|\s+to\s+(?!(?:the|a|an|his|her|their|your|its|school|court|home|work|care)\b))"
)


def _words_to(stop: str, most: int) -> re.Pattern[str]:
    """One to `most` words, none of them past `stop`, that end where `stop` starts."""
    return re.compile(rf"(?:(?!{stop})\s+[^\s,.;:()!?]+){{1,{most}}}(?={stop})", re.IGNORECASE)


_WHICH_DAY = _words_to(_CLAUSE_STOP, 14)
# ... and an event told by someone's verb or a gerund, cut after it ("before you commit |
# to anything", "before you go | to live with your foster carer", "before speaking | to
# your child"): said to its clause's end, at most eight words more ("Before you speak to
# Children's Aid or to the police consult ..." is left as it was)
_SOMEONE_DOES = re.compile(
    r"(?:before|after|until|till|once|when)\s+(?:(?:you|he|she|they|we|it|i)\s+[a-z]+"
    r"|[a-z]+ing)",
    re.IGNORECASE,
)
_ITS_CLAUSE = _words_to(_CLAUSE_ENDS_AT, 8)
# the words a thing shown cannot end on, and the few words to its clause's end that it
# may be said with ("... not in the | child's best interest")
_DANGLING = re.compile(
    r"(?:\s+(?:of|in|on|by|with|to|for|at|from|the|a|an|all|any|accordance))+$", re.IGNORECASE
)
_CUT_AT_A_VERB = re.compile(r"\b(?:not|no|is|are|was|were|be|been)$", re.IGNORECASE)
_ITS_FEW_WORDS = _words_to(_CLAUSE_ENDS_AT, 4)


# a time allowed to act, said as the time ("have 24 hours to attend at a GP", "given
# twenty-four (24) hours to make up")
_TIME_ALLOWED = re.compile(
    r"(?:have|has|had|having|given|give|gives|allow|allows|allowed|get|gets)\s+"
    r"(?:(?:the\s+)?[a-z]+\s+)??((?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:(?:calendar|business|working)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?))\s+(?:in\s+which\s+)?to\s+\w+",
    re.IGNORECASE,
)


def _without_its_verb(measure: str, lexicon: Lexicon | None) -> str:
    """A measure without the verb it opens with in its base form, which the step says
    already: "attend three sober support meetings each week" -> "three sober support
    meetings each week"."""
    verb, _, rest = measure.partition(" ")
    if lexicon is None:
        return measure
    key, form = lexicon.key(verb.lower())
    if not rest or key not in lexicon.verbs or form not in ("", "base"):
        return measure
    # (not a noun before its verb: "contact is always supervised")
    return measure if rest.split()[0].lower() in _FINITE_ONE else rest


def _with_its_opener(due: str, statement: str) -> str:
    """A deadline in the goal's words, with the "when they" or "until he" before an age it
    names ("turn 18" in "when they turn 18"), the "for" before an amount of time ("for
    24 hours before contact": how long, not by when), what a time said as one word counts
    ("within a six-month period"), the verb of an event ("before visitations can begin")
    the moment "promptly" is at ("promptly at the end of the visit") or the clause that says
    which day ("21 days from the date the child is placed in their care") or the rest of an
    event someone's verb tells ("before you commit to anything"); a cap as how long
    at most ("may not exceed 180 days": "no more than 180 days"); else as it is."""
    allowed = _TIME_ALLOWED.fullmatch(due)
    if allowed:  # "have 24 hours to attend": within 24 hours
        return f"within {allowed.group(1)}"
    at = statement.find(due)
    if at < 0:
        return due
    if _A_DAY_CUT.search(due):  # "21 days from the date | the child is placed ..."
        which = _WHICH_DAY.match(statement, at + len(due))
        due = due + which.group() if which else due
    if _UNIT_COMPOUND.search(due):  # "within a six-month | period": what it counts
        counted = _COUNTED_AFTER.match(statement, at + len(due))
        return due + counted.group() if counted else due
    exceed = _EXCEED.fullmatch(due)
    if exceed and _NOT_BEFORE.search(statement, 0, at):  # "may not exceed 180 days": how
        return f"no more than {exceed.group(1)}"  # long at most (never "When: exceed ...")
    if _SOMEONE_DOES.fullmatch(due):
        clause = _ITS_CLAUSE.match(statement, at + len(due))
        return due + clause.group() if clause else due
    if _EVENT_CUT.fullmatch(due):
        told = _ITS_VERB.match(statement, at + len(due))
        return due + told.group().rstrip() if told else due
    if _PROMPT.fullmatch(due):
        moment = _ITS_MOMENT.match(statement, at + len(due))
        return due + moment.group() if moment else due
    if _AN_AMOUNT.match(due):
        lead = _FOR_BEFORE.search(statement, 0, at)
        return statement[lead.start() : at] + due if lead else due
    if not _REACHED.match(due):
        return due
    opener = _OPENER_BEFORE.search(statement, 0, at)
    return statement[opener.start() : at] + due if opener else due


def _no_time(due: str, statement: str) -> bool:
    """Is a time in the goal's words none to keep to: "prior approval", "pre-approved",
    "last year", an age ("over 21 years" in "over 21 years of age") or a date of birth
    ("born 18 April 2010")?"""
    if _NO_TIME.fullmatch(due):
        return True
    if PLACEHOLDER.fullmatch(_BY.sub("", due)) and not _A_TIME_ASKED.search(due):
        return True  # "the recommended therapy by [the therapist]": who, no time
    at = statement.find(due)
    return at >= 0 and bool(
        _OF_AGE.match(statement, at + len(due))
        or (_BORN.search(statement, 0, at) and re.search(r"\b\d{4}\b", due))
    )


_A_DATE = (
    r"([A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d)"
)
# a date something starts on, in the goal's words: "beginning February 1, 2027",
# "starting on 3/1/2027", "effective 2027-02-01", "orders issued on or after January 1,
# 1994" (a day written before its month, "From 1 July 2019", comes as its month and year:
# see _month_label)
_STARTING = (
    r"\b(?:beginning|starting|commencing|effective|as\s+of|from|after|since|on\s+or\s+after)"
)
_START_DATE = re.compile(_STARTING + r"\s+(?:on\s+)?" + _A_DATE, re.I)
# ... and a month or a year so named ("since September 2013"), or one a thing happened in
# ("In October 1998, [the worker] received a referral": no deadline)
_STARTING_BEFORE = re.compile(_STARTING + r"\s+$", re.I)
_IN_BEFORE = re.compile(
    r"\b(?:in|during|throughout|on|dated|made|filed|between|as\s+at)\s+(?:the\s+)?$", re.I
)
# the day of a month whose month and year are the goal's time ("On 21 | October 2013")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")
_MONTH_OR_YEAR = re.compile(r"(?:[A-Z][a-z]+\.?,?\s+)?\d{4}")
# the day a thing happens, not a deadline: "On March 30, 2021, ...", "the hearing on
# January 5, 2027", "an appointment scheduled for February 24" (but "on or before January
# 5, 2027" is a deadline)
_UNTIL_DATE = re.compile(r"\b(?:until|till|through)\s+" + _A_DATE, re.I)
_ON_DATE = re.compile(
    r"(?:\bon|\b(?:scheduled|set|listed|fixed|booked)\s+for"
    # (or the day a paper was made: "The case plan was filed October 8, 2021", "By an
    # order dated March 19, 2019")
    r"|\b(?:dated|filed|entered|issued|signed))\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    + _A_DATE
    # ... or the day that names an event or a paper ("At a June 21, 2002 drug court
    # hearing", "the June 29, 2002 service plan"), or a record's entry ("March 5, 2023:
    # Father completed ...")
    + r"|(?<!\bby\s)(?<!\bbefore\s)(?<!\buntil\s)\b"
    + _A_DATE
    + r"(?:\s+(?:[a-z-]+\s+){0,3}(?:hearings?|orders?|plans?|reviews?|meetings?|conferences?"
    r"|reports?|petitions?|decisions?|judgments?|rulings?)\b|\s*:)",
    re.I,
)


def _date_label(due: str, statement: str, rewrite: Mapping[str, Any] | None = None) -> str:
    """How the goal's date (ISO) is labelled: "Starting" for the day something starts
    ("beginning February 1"), "When" for the day it happens ("on January 5"), "Until" for
    the day a thing kept up ends ("visit every week until June 30", or the rewrite's
    "until [the next review]"), else "By when"."""
    if any(iso_date(m.group(1)) == due for m in _START_DATE.finditer(statement)):
        return DUE_LABELS["start"]
    if any(iso_date(m.group(1) or m.group(2)) == due for m in _ON_DATE.finditer(statement)):
        return DUE_LABELS["occasion"]
    said = [statement, str(rewrite["statement"])] if rewrite else [statement]
    if any(iso_date(m.group(1)) == due for text in said for m in _UNTIL_DATE.finditer(text)):
        return DUE_LABELS["until"]
    return LABELS["due"]


def _month_label(due: str, statement: str, label: str) -> str:
    """A month or a year in the goal's words is when a thing starts ("since September
    2013", "from 1 March 2026") or happens ("In October 1998, ... received a referral", "On
    21 October 2013 the Supreme Court dissolved ..."), not a deadline, when that is what
    the words before it say."""
    at = statement.find(due)
    if at < 0 or not _MONTH_OR_YEAR.fullmatch(due):
        return label
    day = _DAY_BEFORE.search(statement, 0, at)
    at = day.start() if day else at
    if _STARTING_BEFORE.search(statement, 0, at):
        return DUE_LABELS["start"]
    return DUE_LABELS["occasion"] if _IN_BEFORE.search(statement, 0, at) else label


def _due_label(due: str) -> str:
    """ "By when" for a deadline in the goal's words, "When" for an occasion ("during the
    visit"), "For how long" for a length of time ("for six months", "until the child turns
    18"), "How far ahead" for notice ("two weeks' notice", "24 hours in advance")."""
    if _AHEAD.match(due):
        return DUE_LABELS["ahead"]
    if _OCCASION.match(due):
        return DUE_LABELS["occasion"]
    if _LENGTH.match(due):
        return DUE_LABELS["length"]
    return LABELS["due"]


def says_how_often(measure: str) -> bool:
    """Does a goal's measure answer "How often" (or how many): "weekly", "at least once a
    month", "8 sessions", a placeholder - not "each child", "every one", "in writing",
    "must be completed", a sum ("$25"), a share ("100%"), an age ("at least 21 years old")
    or a length of time alone ("12 months", "one hour")?"""
    if _AGE.search(measure) or _DURATION.fullmatch(measure):
        return False
    if _DAYS_OF.match(measure) and not _IN_EACH_PERIOD.search(measure):
        return False  # ("five days of treatment each week" is how often)
    if _PERIOD_ALONE.fullmatch(measure):
        return False  # "as many sessions per week as ...": no count, "How often: Per week."
    if _NOT_OCCASIONS.search(measure) or _NO_RATE.search(measure):
        return False
    if _SUM_PER.search(measure):
        return True  # "$50 a month"
    for not_often in (_PHONE, _CLOCK, _SUM, _LENGTH_OF, _YEAR):
        measure = not_often.sub("", measure)
    return bool(_HOW_OFTEN.search(measure))


# ... a period a length recurs in, at the measure's end ("15 hours of training each year")
_IN_EACH_PERIOD = re.compile(
    r"\b(?:each|every|per|a)\s+(?:day|week|fortnight|month|year)\W*$", re.IGNORECASE
)
# a period with nothing counted in it ("per week", "a month")
_PERIOD_ALONE = re.compile(r"\s*(?:per|a)\s+(?:day|week|fortnight|month|year)\W*", re.IGNORECASE)


# what a goal allows rather than asks ("You can end this arrangement", "Parents may
# request extra visits"; not "may not", a ban)
_PERMITTED = re.compile(
    r"\s*(?:(?:the|a)\s+)?(?:[A-Za-z][\w.'\u2019-]*\s+){1,2}?"
    # (a subject with what qualifies it: "Parents of minor children may also be ordered")
    r"(?:(?:of|with|in|from)\s+(?:[\w'\u2019-]+\s+){1,3}?)?(?:(?:can|may|could|might)\s+(?!not\b|never\b)"
    r"|(?:also\s+)?ha(?:ve|s)\s+(?:the|a)\s+right\s+to\b)"  # "You have the right to appeal"
)
# a goal said of parents in the plural, and what is theirs that is the reader's once the
# goal speaks to one parent ("Parents should seek medical care when their children are ill")
# (or "They", the parents a step is said to: "They must attend all visits with their
# children", or a program's participant or client)
_PARENTS_SUBJECT = re.compile(
    r"\s*(?:(?:the\s+|all\s+|both\s+|each\s+)?(?:parents|parent\(s\)|parents?/(?:guardians?|caregivers?)"
    r"|participants?|clients?|visitors|parties|(?:each|either)\s+party|families)|they"
    r"|everyone|everybody)\b",
    re.I,
)
# ... or asked of parents in the plural ("DCFS expects parents to use their own insurance",
# "It is the intent of the general assembly that parents cooperate ...")
_PARENTS_ASKED = re.compile(
    r"\b(?:(?:expects?|expected|requires?|required|asks?|asked|orders?|ordered|directs?|"
    r"directed|encourages?|encouraged|compels?|compelled|obliges?|obliged)\s+"
    r"(?:the\s+|all\s+|both\s+)?parents\s+to"
    r"|that\s+(?:the\s+|all\s+|both\s+)?parents)\b",
    re.IGNORECASE,
)
# (and the parent's own workers: "The participant will return this to their case manager",
# and what they carry: "Parents should keep their phones switched off")
_THEIR_FAMILY = re.compile(
    r"\btheir\s+((?:scheduled\s+)?(?:children|child|kids|son|sons|daughter|daughters|baby|babies"
    r"|family|home"
    r"|case\s+manager|caseworker|case\s+worker|social\s+worker|worker|attorney|lawyer"
    r"|therapist|counselor|counsellor|sponsor|probation\s+officer|referrer"
    r"|(?:mobile\s+|cell\s+)?phones?|belongings|bags?|coats?|cars?|vehicles?|photo\s+ID|own"
    # (and what a program asks of them: "for the duration of their treatment", "depending
    # on their phase"; what the law gives them: "be aware of their rights and
    # responsibilities")
    r"|treatment|recovery|phase|case\s+plan|finances|income|medications?|appointments?|rights|"
    r"responsibilities|duties|obligations"
    # (and what their plan has them do: "discuss their progress", "all of their scheduled
    # visits")
    r"|progress|goals|visits?|visitation|sessions|meetings|hearings|classes|choice"
    r"|drug\s+(?:tests|screens)))\b"
)


# ... or one parent, by the singular "they", in a goal that names no other people it could
# mean ("The resident parent must leave their phone number when they do not stay")
_A_PARENT_SUBJECT = re.compile(
    r"\s*(?:(?:in\s+theory|in\s+practice|generally|usually|typically|however|also|then|"
    r"first|next|finally"
    # (or a phrase of its own: "In the instance of occasional absence from school, the
    # parent must comply with their ... obligation")
    # (one that names no person: "After the mother's death, the father ..." is no parent
    # said to by "they")
    r"|(?:in|on|at|for|during|after|before|upon|with)\s+"
    r"(?![^,;:()]*\b(?:mother|father|parent|mum|mom|dad|child|children)\b)[^,;:()]{3,80}?),\s+)?"
    r"(?:the\s+|each\s+|a\s+|any\s+)?(?:(?:resident|non-resident|visiting|custodial"
    r"|non-?custodial|birth|biological)\s+)?(?:parent|mother|father|mum|mom|dad)\b(?!s)",
    re.IGNORECASE,
)
# what is one's own, named by "their" ("their children", "their child's absence")
_THEIR_OWN = re.compile(r"\btheir\s+(?:own\s+)?[\w'\u2019]+", re.IGNORECASE)
_OTHERS_NAMED = re.compile(
    r"\b(?:children|child\(ren\)|kids|siblings|others|people|visitors|staff|workers|"
    r"grandparents|relatives|friends|carers|caregivers|foster\s+parents|parents)\b",
    re.IGNORECASE,
)
# the child named as such ("the child will remain ..., after which they ..."; not "their
# child", the parents')
_THE_CHILD = re.compile(
    r"\b(?:the|a)\s+(?:child|children|kids?|youth|minors?|young\s+person)\b", re.IGNORECASE
)
# the parents a step is said of, again by pronoun ("Parents should notify the centre in
# advance if they cannot attend"): the reader, as the step says "You will"
_THEY = re.compile(r"\b(?:they|themselves)\b", re.IGNORECASE)


def _their_said_to_you(what: str, statement: str) -> str:
    """A step said to the parents of a goal about them, whose pronouns are the reader's too:
    "Parents should notify the centre if they cannot attend" -> "... if you cannot attend",
    "their children" -> "your children"; one parent's singular "they" and "their" where the
    goal names nobody else they could mean ("The resident parent must leave their phone
    number when they do not stay"). Other steps as they are."""
    parents = _PARENTS_SUBJECT.match(statement) or _PARENTS_ASKED.search(statement)
    one = _A_PARENT_SUBJECT.match(statement) and not _OTHERS_NAMED.search(
        _THEIR_OWN.sub("", statement)  # (not their own: "the parent must ensure their
    )  # children attend school")
    if not parents and not one:
        if _OTHERS_NAMED.search(statement) or _THE_CHILD.search(statement):
            return _THEIR_FAMILY.sub(lambda m: _yours_if_no_one_before(m, what), what)
        # a step that names no one else whose family it could be ("taking their child to a
        # friend or family member when the parent goes to work"): the reader's
        return _THEIR_FAMILY.sub(r"your \1", what)
    what = _THEIR_FAMILY.sub(r"your \1", what)  # "Parents should ... their children"
    what = _THEY.sub(lambda m: _you_for_they(m, what), what)  # "... if they cannot attend"
    if not parents:  # one parent's "their" is the reader's: "leave their phone number"
        what = re.sub(r"\btheir\b", "your", what)
    return what


# a person a "their" could point back to ("the participant", "parents", "the child", "he")
_A_PERSON = re.compile(
    r"\b(?:child(?:ren)?|kids?|youth|minors?|bab(?:y|ies)|sons?|daughters?|parents?|mothers?|"
    r"fathers?|mum|mom|dad|participants?|clients?|persons?|people|famil(?:y|ies)|siblings?|"
    r"carers?|caregivers?|staff|(?:case\s*)?workers?|others|visitors|grandparents|relatives|"
    r"friends|members|men|women|guardians?|officers?|therapists?|he|she|him|her|his|they|"
    r"them)\b",
    re.IGNORECASE,
)


def _yours_if_no_one_before(match: re.Match[str], what: str) -> str:
    """ "your" for a step's "their" whose only person before it is the reader ("You will
    wait with their children until the contact parent arrives", from "Resident parents must
    wait ..."), never one that follows another person ("You will assist the participant to
    reunite with their children", "You will take the child to their therapist")."""
    start = what.rfind("You will", 0, match.start())
    if start < 0 or "." in what[start : match.start()]:
        return match.group()
    before = PLACEHOLDER.sub("", what[start + len("You will") : match.start()])
    if _A_PERSON.search(before):  # (not a placeholder's example: "[do what, e.g. take the
        return match.group()  # children to each visit] to support their children's ...")
    return f"your {match.group(1)}"


def _you_for_they(match: re.Match[str], what: str) -> str:
    """ "you" for the parents' "they", not for the child's its sentence names before it ("If a
    parent fails to attend on time the child will remain at the centre ..., after which they
    will be returned to their placement")."""
    sentence = what.rfind(". ", 0, match.start()) + 1
    if _THE_CHILD.search(what, sentence, match.start()):
        return match.group()
    word = "yourself" if match.group().lower() == "themselves" else "you"
    return word.capitalize() if match.group()[0].isupper() else word


# a ban said by what is not allowed ("Not allowed to smoke in the building", "not
# permitted to bring food"): the act banned, "not smoke"
_NOT_ALLOWED = re.compile(
    r"^((?:[Nn]ot|[Nn]ever))\s+(?:be\s+)?(?:allowed|permitted)\s+to\s+(?=[a-z])"
)


def _what(behavior: str, lexicon: Lexicon | None, doer: str | None = None) -> str:
    """What the parent (or `doer`, a child) will do, as a sentence: "You will attend ...",
    or the goal's words as they are when they do not start with an action ("domestic
    violence classes")."""
    behavior = _NOT_ALLOWED.sub(r"\1 ", behavior)  # "Not allowed to smoke": "not smoke"
    directed = _HEREBY_DIRECTED.match(behavior)  # a court's "be and is hereby directed to"
    if directed is not None and lexicon is not None:
        action = _to_joined_dropped(behavior[directed.end() :], lexicon)
        return f"{doer or 'You'} will {fixes.mid_sentence(action)}."
    if lexicon is None or _verb_led(behavior, lexicon):
        action = _base_first(_emphasis_dropped(behavior, lexicon), lexicon)
        action = _LATER_DONT.sub(r"\1not ", action)  # "be polite, don't smoke": "not smoke"
        return f"{doer or 'You'} will {fixes.mid_sentence(_to_joined_dropped(action, lexicon))}."
    nominal = _nominal_act(behavior)
    if nominal is not None:  # "Payment of court costs" -> "You will pay court costs"
        return f"{doer or 'You'} will {nominal}".rstrip(". ") + "."
    return _sentence(behavior)


# the words a court directs with ("That the Respondent be and is hereby directed to,
# forthwith, ... take the children to school"): after "You will", the act alone (was "You
# will be and is hereby directed to, forthwith, ...")
_HEREBY_DIRECTED = re.compile(
    r"^be\s+and\s+(?:is|are)\s+hereby\s+(?:directed|ordered|required)\s+to\b,?\s*", re.I
)
# a later command of a list said with its "don't" ("be polite, don't use curse words, don't
# smoke"): after "You will", its "not" ("You will be polite, not use curse words, ...")
_LATER_DONT = re.compile(r"((?:,|\band|\bor)\s+)(?:do\s+not|don['\u2019]t)\s+(?=[a-z])", re.I)


def _nominal_act(words: str) -> str | None:
    """An act said by its noun, as its verb and the rest of the words ("Payment of court
    costs" -> "pay court costs", "Performance of public service by the parent" -> "perform
    public service"); None for other words, or when they go on to say something of the act
    ("Payment of child support is due on the 1st")."""
    words = _BY_THE_PARENT.sub("", words)
    nominal = _NOMINAL.match(words)
    if nominal is None or _A_FINITE.search(words, nominal.end()):
        return None
    verb = _NOMINAL_VERBS[" ".join(nominal.group(1).lower().split())]
    return f"{verb} {words[nominal.end() :].strip()}"


# an act named by its noun, as court orders and forms list them ("Payment of court costs",
# "Performance of community service", "Completion of a parenting class"): its verb
_NOMINAL_VERBS = {
    "payment of": "pay",
    "completion of": "complete",
    "performance of": "perform",
    "submission of": "submit",
    "attendance at": "attend",
    "attendance in": "attend",
    "participation in": "take part in",
    "enrollment in": "enroll in",
    "enrolment in": "enrol in",
    "provision of": "provide",
}
# the parent named as the doer of an act said by its noun: the step says "You" already
_BY_THE_PARENT = re.compile(
    r"(?<=\w)\s+by\s+(?:the\s+)?(?:parents?|mother|father|respondent)\b(?=\s+(?:in|of|at)\b|\W*$)",
    re.IGNORECASE,
)
_A_FINITE = re.compile(r"\b(?:is|are|was|were|will|shall|must|should|may|can|has|have)\b", re.I)
_NOMINAL = re.compile(
    r"\s*(?:(?:the|successful|full|timely|regular|consistent)\s+)*"
    r"(" + "|".join(k.replace(" ", r"\s+") for k in _NOMINAL_VERBS) + r")\s+(?=\S)",
    re.IGNORECASE,
)


def _mid(name: str) -> str:
    """A doer's words inside a sentence: "Marcus", "your child"."""
    return "your child" if name == "Your child" else name


# a template's blank left in the plan ("attend ___ sessions", "by (date)", "(name of
# program)"): like a [placeholder], to be filled in before the parent has the handout
_BLANK = re.compile(
    r"_{3,}|\((?:date|number|insert\b[^()]*|indicate\b[^()]*|specify\b[^()]*|name\s+of\b[^()]*)\)",
    re.IGNORECASE,
)


def _child_doing(goal: GoalReport, plan: Plan) -> str | None:
    """Who does a goal the plan makes a child's (`responsible:` a child), as the parent's
    handout says it: the child's first name ("Marcus will attend ..."), "Your child" when
    the plan does not name them; None for any other goal (its rewrite's added action is
    the parent's: "[child] needs ... The parent will [action]")."""
    person = next((p for p in plan.people if p.id == goal.goal.responsible), None)
    if person is None or person.role != "child":
        return None
    name = (person.name or "").split()
    return name[0] if name else "Your child"


def _child_added(goal: GoalReport) -> str | None:
    """ "Your child" when the action a rewrite added to a goal is the child's ("Youth will
    understand ... The child will [action, e.g. ...]"): the parent's handout says so, never
    "You will [action, ...]"; None when it is the parent's."""
    rewrite = goal.rewrite or {}
    _, added = own_and_added(str(rewrite.get("behavior") or ""))
    if added is None or f"The child will {added}" not in str(rewrite.get("statement") or ""):
        return None
    return "Your child"


def _sentence(text: str) -> str:
    text = text.strip()
    # a sentence that opens with a placeholder: "[Always, or say when not], you will ..."
    # (not a placeholder alone, "[how often, e.g. once a week]", as the plan has it)
    at = 1 if text.startswith("[") and not re.fullmatch(r"\[[^\]]*\]\W*", text) else 0
    text = text[: at + 1].upper() + text[at + 1 :]
    return text if fixes.ended(text) else text + "."


def _help(goal: GoalReport, say: Say) -> Help:
    rewrite = goal.rewrite
    return Help(say(str(rewrite["statement"]) if rewrite else goal.goal.statement.text))


def _task(goal: GoalReport, step: Step, lexicon: Lexicon | None) -> Task | None:
    fields = goal.rewrite or goal.goal.fields
    text = " ".join(str(fields.get(k) or "") for k in ("measure", "behavior"))
    # a blank's example is not the plan's: "[how often, e.g. every two weeks]", "[do what
    # with, e.g. meet once a month with]" say nothing yet of how often the task recurs
    text = without_event_days(text, goal.goal.statement.text)
    times = per_week(PLACEHOLDER.sub(" ", text)) or per_week(goal.goal.statement.text)
    if times is None:
        return None
    what = step.rows[0].value
    _, action = own_and_added(str(fields.get("behavior") or ""))
    if action is not None and PLACEHOLDER.fullmatch(str(fields.get("measure") or "")):
        what = action  # the "[how often, e.g. once a week]" a rewrite adds is its action's
    what = re.sub(r"^You will\s+", "", what)
    name = _first_clause(what)
    if lexicon is not None and _OPENING.match(name) and not _NOT_AN_OPENING.search(name):
        main = _first_clause(_YOU_WILL.sub("", what[len(name) :].lstrip(", ")))
        if _is_clause(PLACEHOLDER.sub("x", main), lexicon) and not _OPENING.match(main):
            name = main  # "During the 90 day period ..., you will make ...": when, not what
    return Task(name[:1].upper() + name[1:], times)


def _first_clause(text: str) -> str:
    """The text to its first comma, semicolon, full stop or "until", not cut inside a
    "[placeholder, e.g. ...]"."""
    masked = PLACEHOLDER.sub(lambda m: "x" * len(m.group()), text)
    cut = re.search(r"[.;,]\s|\s+until\s", masked)
    return (text[: cut.start()] if cut else text).rstrip(".")


# a first clause that says when, where or on what terms, not what ("During the 90 day
# period before you leave foster care, you will make a transition plan"; "For non-school
# aged children, complete ..."): a task is then named by the clause after it
_OPENING = re.compile(
    r"(?:if|when|whenever|where|wherever|after|before|during|despite|once|upon|on|at|in"
    r"|for|as|while|although|though|because|since|following|within|with|by|unless|until"
    r"|throughout|prior|between|starting|beginning|from)\b",
    re.IGNORECASE,
)
# (not one that says what itself, "For the first 3-5 months a participant will be tested
# ...", nor one cut inside brackets)
_NOT_AN_OPENING = re.compile(r"\b(?:will|must|shall|should)\b|\([^)]*$", re.IGNORECASE)


def _is_clause(text: str, lexicon: Lexicon) -> bool:
    """Does the text say what someone does, in three words or more: an imperative ("complete
    and return the form"), or a subject and its verb ("parents will have a screen", "the
    caseworker conducts the visits")? Not a list's next items ("supportive visitation and
    therapy", "including drug tests"), nor a date's year."""
    tokens = [t for t in tokenize(text, lexicon) if t.text[:1].isalpha()]
    if len(tokens) < 3 or not text[:1].isalpha() or tokens[0].low in _NOT_A_SUBJECT:
        return False
    if tokens[0].form == "base" and tokens[0].key in lexicon.verbs:
        return True
    return any(
        t.low in _AUXILIARIES or (t.form in ("s", "ed") and t.key in lexicon.verbs)
        for t in tokens[1:]
    )


_NOT_A_SUBJECT = frozenset({"including", "such", "perhaps", "especially", "and", "or", "but",
                            "then"})  # fmt: skip
_YOU_WILL = re.compile(
    r"^(?:\[?you\]?)\s+(?:will|must|should|shall|need\s+to|have\s+to|are\s+to)\s+",
    re.IGNORECASE,
)


# words that start an action though the word lists hold no verb for them (adverbs, "do")
# (not "each", "only", "please": "Each missed course must be made up", "Only approved
# visitors are allowed", "Please remember that ..." are said as they are)
_ACTION_OPENERS = frozenset({"not", "never", "always", "also", "regularly", "consistently",
                             "immediately", "promptly", "do", "agree"})  # fmt: skip


# adverbs a modal's action may open with ("will likely only have ...", "will still need to")
_HEDGED = frozenset({"likely", "probably", "possibly", "only", "still", "just"})
_FINITE_BE = frozenset({"is", "are", "was", "were", "am"})
# a participle saying from when ("Commencing on ...", "Beginning from ...")
_FROM_WHEN = frozenset({"commencing", "beginning", "starting", "effective"})
_TIME_AFTER = frozenset({"on", "from", "at", "in", "immediately", "today", "tomorrow", "no",
                         "this", "next", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday"})  # fmt: skip
_CAUSE_TO = re.compile(
    r"(?:cause\s+(?:[\w'\u2019-]+\s+){1,4}?|subject\s+(?:himself|herself|themselves|"
    r"yourself|myself)\s+)to\s+[a-z]",
    re.IGNORECASE,
)
# what only a court or the agency does to a parent's rights ("suspending her visitation
# rights", "terminating the mother's parental rights", "award sole custody to the father")
# or for their protection ("issuing a restraining order protecting [mother] from him")
_TAKEN_OR_GIVEN = re.compile(
    r"\W*(?:(?:(?:suspend|terminat|revok|restrict|reduc|modif|vacat|reinstat)\w*\s+"
    r"(?:(?:the\s+)?(?:mother|father|parent|respondent)s?['\u2019]s?|her|his|their)\s+"
    r"|(?:grant|award)\w*\s+(?:[\w'\u2019-]+\s+){0,3}?)"
    r"(?:[\w-]+\s+){0,2}?(?:rights|custody|visitation|parenting\s+time|guardianship)\b"
    # ... or an order only a court makes ("issuing a restraining order protecting ...")
    r"|(?:issu|grant)\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:restraining|protective|"
    r"protection|no[\s-]contact)\s+order)",
    re.IGNORECASE,
)


# words after an -ing word that make it a subject ("Smoking is ..."), not an action
_NOT_AN_OBJECT = frozenset({"be", "will", "must", "shall", "should", "can", "may", "have",
                            "need", "do"})  # fmt: skip


# -ing words that open a sentence as prepositions, not as the action asked
_PREPOSITIONS = frozenset({"following", "pending", "regarding", "concerning", "according",
                           "notwithstanding", "considering", "excluding", "including",
                           "barring", "during"})  # fmt: skip


def _verb_led(behavior: str, lexicon: Lexicon) -> bool:
    """Does the behavior start with what the parent does ("attend ...", "[take part how, e.g.
    attend] ...", "not use ...") rather than a thing or someone ("domestic violence
    classes", "Clients in the program attend ...")?"""
    if behavior.startswith("["):  # the rewrite's "[action, e.g. ...]": said as an action,
        # not "[The Mother] and [The Father] ..."
        return bool(fixes.ACTION_PLACEHOLDER.match(behavior))
    tokens = tokenize(behavior, lexicon)
    words = tokens[:2]
    if not words:
        return False
    first = words[0]
    if _ACRONYM.fullmatch(first.text) and first.low != "do" and not words[-1].text.isupper():
        return False  # "ACT testing should be done": a name in capitals, no action
    if (
        first.low in ("not", "never", "has", "had")
        and len(words) > 1
        and (words[1].form == "ed" or words[1].low in ("not", "never"))
    ):  # "never attended any visits", "has not completed ...": what was not done, no action
        return False
    if first.form == "ed" or first.low in _FINITE_BE:
        return False  # "Signed waivers of confidentiality", "is employed for ..."
    if first.low in _FROM_WHEN and len(words) > 1 and words[1].low in _TIME_AFTER:
        return False  # "Commencing on Saturday 31 October, 2009, the father spend time
        # ...": when it starts, never "You will commence on Saturday ..."
    if _CAUSE_TO.match(behavior):
        return True  # "cause the child concerned to attend ...", "subject himself to a
        # test": a verb the lists lack
    if HARM.match(behavior):
        return False  # "committing family violence against the protected person": an act
        # an order bans, listed without its "not": never "You will commit family violence"
    if _TAKEN_OR_GIVEN.match(behavior):
        return False  # "suspending her visitation rights": the court's act, never "You will"
    if first.form in ("s", "ing") and _subject_of_verb(tokens):
        return False  # "Notes from parents shall be accepted": no "You will note from"
    if first.form == "s" and len(words) > 1 and words[1].low == "of":
        return False  # "Details of any services to be provided": no "You will detail of"
    if first.form == "ing" and len(words) > 1 and _compound(first, words[1]):
        return False  # "Sleeping arrangements", "Meeting minutes": things, no action
    if first.form == "ing" and len(words) > 1 and words[1].key in _NOT_AN_OBJECT:
        return False  # "Smoking is not allowed ...": the -ing word is what it is about
    if first.key in lexicon.verbs and len(words) > 1 and words[1].low in _FINITE_AFTER:
        return False  # "Progress is monitored by the Judge": a noun, what the finite verb is of
    if first.low in _PREPOSITIONS:
        return False  # "Following graduation, [Student] will use ...": no "You will follow"
    if first.low in _ACTION_OPENERS and len(words) > 1 and words[1].text == ",":
        return False  # "Also, the law recommends ...": the sentence's adverb, no "You will also,"
    if first.low in _HEDGED:  # "likely only have six months to ...": the verb after them
        rest = list(itertools.dropwhile(lambda t: t.low in _HEDGED, tokenize(behavior, lexicon)))
        return bool(rest) and rest[0].form == "base" and rest[0].key in lexicon.verbs
    if first.key in lexicon.verbs and _passive_of_subject(behavior, lexicon):
        return False  # "Telephone communication with the child ... shall be conducted"
    if (
        first.key in lexicon.verbs
        and len(tokens) > 2
        and words[1].low in ("and", "or")
        and tokens[2].key not in lexicon.verbs  # (not "Visit and call the children ...")
    ):
        reading = read(behavior, lexicon)  # "Work and conversations about leaving care
        if reading.form in ("modal", "passive") and reading.subject and not reading.subject[0]:
            return False  # should begin ...": the subject's nouns, no "You will work and"
    return first.key in lexicon.verbs or first.low in _ACTION_OPENERS


def _passive_of_subject(behavior: str, lexicon: Lexicon) -> bool:
    """Is the behavior a passive said of the words it opens with (its verb-like first word
    a noun's: "Telephone communication ... shall be conducted at reasonable hours")?"""
    reading = read(behavior, lexicon)
    return reading.form == "passive" and reading.subject is not None and reading.subject[0] == 0


# what ends the clause an -s or -ing word opens (a new clause has its own subject: "until
# the children are returned", "while you are in care"), and the finite verbs that make it
# their subject (a plural one for an -s word: "Notes ... shall", never "Notes ... is")
_CLAUSE_END = frozenset({",", ";", ":", "(", "[", "that", "who", "which", "if", "when",
                         "where", "why", "what", "how", "whether", "until", "before", "after",
                         "while", "as", "because", "since", "unless", "once", "so", "than",
                         "i", "you", "he", "she", "it", "we", "they"})  # fmt: skip
_FINITE = frozenset({"will", "must", "shall", "should", "can", "may", "would", "are", "were"})
_FINITE_ONE = _FINITE | {"is", "was", "isn't", "isn"}
_AUXILIARIES = _FINITE_ONE | {"could", "might", "has", "have", "had"}  # (see `_is_clause`)
# after a verb's word: it is their subject ("Progress is monitored ...", "Access remained
# suspended ...")
_FINITE_AFTER = _FINITE_ONE | {"shall", "has", "remained", "became", "seemed", "occurred",
                               "happened", "ended", "ceased", "resumed"}  # fmt: skip
# verbs whose object is a clause with its own verb ("Ensuring children are protected")
_CLAUSE_OBJECT = frozenset({"ensure", "make", "see", "help", "check", "confirm", "verify",
                            "show", "tell", "know", "understand", "demonstrate",
                            "prove"})  # fmt: skip


# -ing words of verbs that take no object: a plural noun after one is a thing it names
# ("Sleeping arrangements", "Coping skills", "Living conditions"; not "Living in ...")
_NO_OBJECT = frozenset({"sleep", "live", "cope", "wait", "sit", "arrive", "rest", "belong"})
# nouns that an -ing word names rather than acts on: a singular count noun needs "a" or
# "the" to be an object ("Meeting minutes", "Visiting schedule", "Cleaning supplies")
_NAMED_BY_ING = frozenset({"arrangement", "arrangements", "schedule", "plan", "log", "room",
                           "area", "environment", "space", "minutes", "supplies", "quarters",
                           "facilities", "materials", "worksheet", "worksheets", "blocks",
                           "order", "centre", "center", "site"})  # fmt: skip


def _compound(first: Token, second: Token) -> bool:
    """Does an -ing word and the noun after it name a thing ("Sleeping arrangements",
    "Visiting schedule") rather than an action and its object ("Keeping appointments")?"""
    if second.low in _NAMED_BY_ING:
        return True
    plural = second.low.endswith("s") and not second.form and len(second.low) > 4
    return first.key in _NO_OBJECT and plural and second.low not in NOT_A_VERB


def _subject_of_verb(tokens: Sequence[Token]) -> bool:
    """Is the -s or -ing word opening these words the subject (with what follows it) of a
    verb further on ("Notes from parents shall be accepted", "Shouting or yelling at anyone
    ... is not allowed", "Visits between parents and children at the centre") rather than
    the action ("Attends all visits", "visits with minor", "Phoning or writing to the
    applicant", "Attends all visits and will call", "Ensuring children are protected")?"""
    first = tokens[0]
    if first.form == "s" and len(tokens) > 1 and tokens[1].low == "between":
        return True  # "Visits between", "Contacts between": who meets whom, no action
    if first.key in _CLAUSE_OBJECT:
        return False
    finite = _FINITE if first.form == "s" else _FINITE_ONE
    # (a parenthesis says more of it: "Taking Children in the Middle (or a similar
    # court-approved class) is required")
    words: list[Token] = []
    depth = 0
    for token in tokens[:24]:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            words.append(token)
    words = words[:16]
    for before, token in itertools.pairwise(words):
        if token.low in finite:
            return before.low not in ("and", "or")  # "... and will call": the same subject's
        if first.form == "ing" and token.low in _SAID_OF_AN_ACT and before.low.isalpha():
            return before.low not in ("and", "or", "the", "a", "an")  # "Reporting Probation
            # requires that ...", "Preparing the child involves ...": what it is about
        if token.low in _CLAUSE_END:
            return False
    return False


# verbs in -s that an act named in -ing is the subject of ("Preparing the child involves
# ensuring ...", "Achieving closure generally requires ...")
_SAID_OF_AN_ACT = frozenset({"requires", "involves", "includes", "means", "creates", "ensures",
                             "allows", "entails"})  # fmt: skip


_ACRONYM = re.compile(r"[A-Z]{2,}")


def _emphasis_dropped(behavior: str, lexicon: Lexicon | None) -> str:
    """The "DO" of a list of dos and don'ts dropped before its verb: "DO respond to your
    child's questions" -> "respond to ...", never "You will DO respond"; and the "Do" of
    "Do not ignore ..." ("You will not ignore ...")."""
    words = tokenize(behavior, lexicon)[:2] if lexicon is not None else []
    if lexicon is None or len(words) < 2 or words[0].low != "do":
        return behavior
    if words[1].low == "not":  # what follows "Do not" is a verb, known or not
        return behavior[words[1].start :]
    verb = words[1]
    if verb.key not in lexicon.verbs or verb.form != "base":
        return behavior
    return behavior[verb.start :]


def _base_first(behavior: str, lexicon: Lexicon | None) -> str:
    """The behavior's first verb in the form "You will" takes: "submits to drug testing"
    -> "submit to drug testing", "refraining from" -> "refrain from"."""
    first = tokenize(behavior, lexicon)[:2] if lexicon is not None else []
    if lexicon is not None and len(first) == 2 and first[0].low in ("not", "never"):
        # "not using alcohol or drugs", "not being loud": "not use alcohol or drugs"; a
        # heading's capital goes ("Don't Investigate": "not investigate")
        rest = behavior[first[1].start :]
        if first[1].text.istitle() and len(first[1].text) > 1:
            rest = rest[0].lower() + rest[1:]
        return first[0].text + " " + _base_first(rest, lexicon)
    first = first[:1]
    if lexicon is None or not first or first[0].key not in lexicon.verbs:
        return behavior
    if first[0].form in ("s", "ing"):  # (a step, so not "Smoking is ...": see _verb_led)
        return first[0].key + _joined_verb(behavior[first[0].end :], first[0].form, lexicon)
    return behavior


# a verb joined to the first by "and to" ("contact FRC within four days and to schedule an
# intake", left from "ordered to contact ..."): after "You will" the "to" goes
_AND_TO = re.compile(r"(,?\s+(?:and/or|and|or)\s+|,\s+)(to|must|shall|should|will)\s+(?=[a-z])")


# ... and the "and to" still to come that shows a comma's "to" is a list's
_AND_TO_LATER = re.compile(r"\s(?:and/or|and|or)\s+to\s+(?=[a-z])")


# a condition the joined modal is in ("if you have an emergency and | must be late"), with
# no comma closing it (but "phone if you must cancel and | to leave the visit room": the
# list's "to")
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|when|whenever|because|while)\s[^,;:]*$", re.I)


def _to_joined_dropped(action: str, lexicon: Lexicon | None) -> str:
    """ "contact FRC and to schedule an intake" -> "contact FRC and schedule an intake"
    (and "remain drug free ... and must test negative" -> "... and test negative"; each of
    a list: "be on time, to phone ... and to leave ..." -> "be on time, phone ... and leave
    ..."); not when a "to" before it led a verb the joined one may go with ("permit the
    Secretary to visit the child and to carry out ..." is the Secretary's)."""
    if lexicon is None:
        return action
    at = 0
    while (joined := _AND_TO.search(action, at)) is not None:
        at = joined.end()
        verb = [t for t in tokenize(action[joined.end() :], lexicon)[:2] if t.low != "not"][:1]
        if not verb or verb[0].form != "base" or verb[0].key not in lexicon.verbs:
            continue
        if joined.group(2) != "to" and _CONDITION_BEFORE.search(action, 0, joined.start()):
            continue  # "call ... if you have an emergency and must be late": the
            # condition's own verb, never "and be late"
        if joined.group(1).strip() == "," and not _AND_TO_LATER.search(action, joined.end()):
            continue  # a comma alone is a list's only with an "and to" to come: "permit a
            # parent, or a person entitled to visitation, to visit the child" is theirs
        before = tokenize(action[: joined.start()], lexicon)
        if joined.group(2) == "to" and any(
            word.low == "to" and after.form == "base" and after.key in lexicon.verbs
            for word, after in itertools.pairwise(before)
        ):
            return action
        action = action[: joined.start()] + joined.group(1) + action[joined.end() :]
        at = joined.start() + len(joined.group(1))
    return action


def _joined_verb(rest: str, form: str, lexicon: Lexicon) -> str:
    """The verb joined to the first takes its form too: "Phoning or writing to" -> "phone
    or write to"."""
    joined = re.match(r"\s+(?:and/or|and|or)\s+", rest)
    if joined is None:
        return _later_joined(rest, form, lexicon) if form in ("s", "ing") else rest
    second = tokenize(rest[joined.end() :], lexicon)[:1]
    if not second or second[0].form != form or second[0].key not in lexicon.verbs:
        return rest
    return joined.group() + second[0].key + rest[joined.end() + second[0].end :]


# a verb's -s form joined after the first verb's object ("requests custody of the child |
# and agrees to cooperate"), before what such a verb takes
_LATER_JOINED = re.compile(
    r"^[^.;:!?]*?\s(?:and|or)\s+([a-z]+s)(?=\s+(?:to|the|a|an|all|any|every|each|with|his|"
    r"her|their|your|him|them|it|that|in|on|for|by|up|out|back|regular|weekly|daily)\b)"
)


# ... or its -ing form after a first verb in -ing, before a word ("visiting their children
# and | correcting conditions ..."), but for the -ing words that name a thing ("parenting
# classes", "living conditions", "visiting hours")
# (or a placeholder: "submitting to an assessment and | completing [each recommendation,
# written out]")
_LATER_JOINED_ING = re.compile(r"^[^.;:!?]*?\s(?:and|or)\s+([a-z]+ing)(?=\s+[a-z\[])")
_THINGS_IN_ING = frozenset(
    {"parenting", "counseling", "counselling", "housing", "training", "cleaning", "visiting",
     "meeting", "funding", "ongoing", "following", "remaining", "existing", "pending",
     "convincing", "impending", "drinking", "learning", "living", "working", "nursing",
     "planning", "caring", "building", "clothing", "understanding", "screening", "testing",
     "monitoring", "mentoring", "coaching", "schooling", "boarding", "waiting", "opening",
     "closing", "booking", "hearing", "reporting", "offending", "sleeping", "eating"}
)  # fmt: skip


# ... and a joined "is" or "has" ("appears every 60 days | and is | active in treatment"),
# not one of a clause of its own ("a program which meets weekly and is run by ...")
_LATER_BE = re.compile(
    r"^(?:(?!\b(?:which|that|who|where)\b)[^.;:!?])*?\s(?:and|or)\s+(is|has)\b", re.I
)


def _later_joined(rest: str, form: str, lexicon: Lexicon) -> str:
    """ "... custody of the child and agrees to ..." -> "... and agree to ..." after "You
    will request"; "... and is active in treatment" -> "... and be active ..."; after a
    first verb in -ing, "... their children and correcting conditions" -> "... and correct
    conditions"."""
    be = _LATER_BE.match(rest) if form == "s" else None
    if be is not None:
        return rest[: be.start(1)] + ("be" if be.group(1) == "is" else "have") + rest[be.end(1) :]
    joined = (_LATER_JOINED if form == "s" else _LATER_JOINED_ING).match(rest)
    if joined is None or joined.group(1) in _THINGS_IN_ING:
        return rest
    (verb,) = tokenize(joined.group(1), lexicon)[:1] or (None,)
    if verb is None or verb.form != form or verb.key not in lexicon.actions:
        return rest
    return rest[: joined.start(1)] + verb.key + rest[joined.end(1) :]


def checkbox_count(task: Task, week_index: int, week: date) -> int:
    """Boxes for a task in a week: its times a week, one for monthly tasks in the week
    a month starts in (two for twice a month: one every other week), one every other
    week for fortnightly ones, one every n weeks for rarer ones ("every three months")."""
    if task.per_week >= 1:
        return int(task.per_week)
    if task.per_week >= 0.5:
        return 1 if week_index % 2 == 0 else 0
    if task.per_week == 1 / WEEKS_A_MONTH:
        return 1 if week.day <= 7 else 0
    return 1 if week_index % round(1 / task.per_week) == 0 else 0
