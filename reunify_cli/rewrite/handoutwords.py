"""Words for the parent's handout: dates as people write them, the plan's third person
turned into "you", and how often a task recurs (for the checklist). Pure functions."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from .fixes import PLACEHOLDER

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NOUN_AFTER = re.compile(
    r"\b(her|his)\b(?=\s+(?!to\b|about\b|within\b|whether\b|if\b|that\b|the\b|a\b|and\b|at\b|"
    r"in\b|on\b|of\b|by\b|for\b|with\b|when\b|each\b|every\b|know\b|"
    # ... nor a word that follows an object: "prohibited her from", "left her alone", "would
    # make her liable", "hold him responsible"
    r"(?:from|into|out|off|or|but|than|until|during|again|alone|liable|responsible|"
    r"accountable|aware|eligible|ineligible)(?![\w-])|"
    # a verb no possessive comes before: "her" is the object ("help her understand")
    r"(?:understand|feel|learn|become|be|get|find|stay|go|cope|achieve|obtain|improve|"
    r"maintain|remain|comply|participate|engage|complete|develop|identify|prepare|manage|"
    r"gain|recogni[sz]e|accept|reach|reali[sz]e|see)\b)(?:[A-Za-z\x00]|\d+-))",
    re.I,
)
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([\u201c\"]?)(you|your)\b")  # and after a quote mark
NUMBERS = {"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "four": 4, "five": 5}
_PER_WEEK = re.compile(
    r"\b(\d|one|two|three|four|five|once|twice)\s*(?:times?\s*|x\s*|[a-z]+\s+)?"
    r"(?:(?:a|per|each|every|/)\s*week|weekly\b)",  # "twice a week", "twice weekly"
    re.I,
)
_WEEKLY = re.compile(
    r"\b(weekly|every week|each week|once a week|every (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b",
    re.I,
)
# days of the week named together: "every Tuesday and Thursday", "on Mondays, Wednesdays
# and Fridays" (as many times a week as days)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
MORE_DAYS = rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*){WEEKDAY}\b)+"  # "| and Thursday"
# words that say how often: "twice", "weekly", "per", "3 times", "a week", "every Tuesday",
# "every other week", "3 days a week" (not "once you have completed", "at set times",
# "each child", "spent a month")
OFTEN = re.compile(
    r"\b(?:once(?=\s+(?:a|an|per|every|each|in|weekly|daily|monthly)\b)|twice|thrice|daily|"
    r"nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|bi-?weekly|bi-?monthly|per|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|multiple)\s+"
    r"times|(?<=s\s)an?\s+(?:day|week|fortnight|month|year)|(?:each|every)\s+"
    r"(?:(?:other|second|third|fourth|alternate|scheduled|\w+ly|\d+|two|three|four|six|"
    r"eight|ten|twelve|few)\s+)?(?:day|night|week|"
    rf"weekend|fortnight|month|year|morning|evening|visit|session|meeting|hearing|{WEEKDAY})s?)\b",
    re.IGNORECASE,
)
_WEEKDAYS = re.compile(rf"\b(?:every|each|on)\s+{WEEKDAY}{MORE_DAYS}", re.I)
# a day that counts an event, not the calendar: "$25 for each day of unexcused absence",
# "test on each day that is called" (but "every day of the week" is daily)
_DAY_OF_EVENT = re.compile(
    r"\b(?:each|every|per)\s+day\b(?=\s+(?:of\s+(?!the\s+week\b)|that\b|when\b|on\s+which\b))"
    # "on each day the lab calls her": the days an event happens, said with its clause
    r"|(?<=\bon\s)(?:each|every)\s+day\b(?=\s+(?:the|a|an|your|his|her|their)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:\w+s|is|are|was|were|has|have)\b)",
    re.I,
)
_DAILY = re.compile(rf"\bdaily\b|(?!{_DAY_OF_EVENT.pattern})\b(?:every|each)\s+day\b", re.I)
_EACH_DAY = re.compile(r"\b(?:each|every|per)\s+day\b", re.I)


def without_event_days(text: str, statement: str) -> str:
    """`text` (a goal's measure or words) without its "each day" when the goal's statement
    counts days of an event ("for each day of unexcused absence"): no daily task then."""
    if _DAY_OF_EVENT.search(statement):
        return _EACH_DAY.sub(" ", text)
    return text


_MONTHLY = re.compile(r"\b(monthly|every month|each month|once a month)\b", re.I)


def people_date(iso: str) -> str:
    """2026-07-15 as "Wednesday, July 15, 2026" (English names, whatever the locale);
    anything that is not such a date is returned as it is."""
    parsed = as_date(iso)
    if parsed is None:
        return iso
    return f"{DAYS[parsed.weekday()]}, {MONTHS[parsed.month - 1]} {parsed.day}, {parsed.year}"


def short_date(day: date) -> str:
    """ "July 6" (for the checklist's weeks)."""
    return f"{MONTHS[day.month - 1]} {day.day}"


def as_date(text: str | None) -> date | None:
    match = ISO_DATE.fullmatch((text or "").strip()[:10]) if text else None
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def dates_in_words(text: str) -> str:
    """Every YYYY-MM-DD in a text written as people write dates."""
    return ISO_DATE.sub(lambda m: people_date(m.group()), text)


# the role words and pronouns of a mother and of a father: the parent's own are said as
# "you", the other's stay ("she will not allow him into the house")
_GENDERED = {  # role words, then subject, object, possessive and reflexive pronouns
    "she": (
        ("the mother", "the mom", "the mum", "mother", "mom", "mum"),
        "she",
        "her",
        "her",
        "herself",
    ),
    "he": (("the father", "the dad", "father", "dad"), "he", "him", "his", "himself"),
}
ROLE_GENDER = {word: gender for gender, said in _GENDERED.items() for word in said[0]}
_FIRST_GENDERED = re.compile(  # group 1: a mother's word
    r"\b(?:({})|{})\b".format(
        *("|".join(dict.fromkeys([*said[0], *said[1:]])) for said in _GENDERED.values())
    ),
    re.I,
)
# a role word naming a thing: "parent-child visits", "a Parent Education Seminar", "engage
# in parent education", "your parent aide", "the parent/caretaker goals", "the
# child-parent relationship", "parent/child interaction"
_NAMED_BY_ROLE = re.compile(
    r"(?<=\w[-\u2010\u2013])(?:parent|mother|father)\b|"  # "the child-parent relationship"
    r"\b(?:parent|mother|father)(?=[-\u2010\u2013]\w|/child|(?:/\w+)?\s+(?:education|training|program|programme|class|classes|"
    r"seminar|course|group|support|center|centre|café|cafe|partners?|aids?|aides?|advocates?|network|"
    r"project|coach(?:ing)?|mentors?|educators?|line|child|conference|handbook|portal|"
    r"engagement|involvement|participation|goals|skills|liaison|navigators?|leaders?|"
    r"excuses?|signatures?|permission|consent|orientation|surveys?|interviews?|sessions?|"
    r"intake|forms?|questionnaires?|packets?|agreements?|worksheets?|checklists?)\b)",
    re.IGNORECASE,
)
# a party to a case named with the role ("Respondent-father", "appellant-mother"): the role
_PARTY = re.compile(
    r"(\b(?:the|a|an|this|that|said)\s+)?"
    r"\b(?:respondent|appellant|petitioner|applicant|defendant|plaintiff)[-\u2010\u2013]"
    r"(?=(?:mother|father|parent)\b)",
    re.IGNORECASE,
)


def _the_party(match: re.Match[str]) -> str:
    """ "the father" for "Respondent-father": "The" opening a sentence, its own article kept."""
    if match.group(1):
        return match.group(1)
    before = match.string[: match.start()].rstrip()
    return "The " if not before or before[-1] in ".!?:;" else "the "


# a quoted word whose first letter the quoting changed ("[t]he trial court", "[h]er")
_ALTERED_WORD = re.compile(r"\[[A-Za-z]\][a-z]+\b")
# a day named for mothers or fathers is the calendar's ("on Father's Day"), never "your Day"
# (but "the father's day-to-day care" is his)
_PARENTS_DAY = re.compile(r"\b(?:[Mm]other|[Ff]ather)s?['\u2019]?s?\s+Day\b(?!-)")
# "he/she", "his or her", "s/he": anyone's pronoun, the parent's too
_PAIRS = (
    (re.compile(r"\b(?:he\s*(?:/|\bor\b)\s*she|she\s*(?:/|\bor\b)\s*he|s/he)\b", re.I), "he"),
    (re.compile(r"\b(?:him\s*(?:/|\bor\b)\s*her|her\s*(?:/|\bor\b)\s*him)\b", re.I), "him"),
    (re.compile(r"\b(?:his\s*(?:/|\bor\b)\s*her|her\s*(?:/|\bor\b)\s*his)\b", re.I), "his"),
    (
        re.compile(
            r"\b(?:himself\s*(?:/|\bor\b)\s*herself|herself\s*(?:/|\bor\b)\s*himself)\b", re.I
        ),
        "himself",
    ),
)
_SHE_OF_HE = {"he": "she", "him": "her", "his": "her", "himself": "herself"}


def gender_of(text: str, known: str | None = None) -> str | None:
    """Whether the parent is a mother ("she") or a father ("he"): as the plan says of the
    person (`known`), else by the first role word or pronoun of the text that is not half of
    "he/she" ("she will not allow him": "she"); None when nothing says."""
    if known in _GENDERED:
        return known
    for pair, _ in _PAIRS:
        text = pair.sub(" ", text)
    first = _FIRST_GENDERED.search(text)
    if first is None:
        return None
    return "she" if first.group(1) else "he"


# the verb after the parent, agreeing with "you"
_AGREE = (("must|shall|needs to|is to|has to", "will"), ("is", "are"), ("has", "have"),
          ("was", "were"), ("does", "do"), ("doesn't", "don't"),
          ("doesn\u2019t", "don\u2019t"))  # fmt: skip


def _slot(
    match: re.Match[str],
    keep: Callable[[re.Match[str]], str],
    names: Iterable[str],
    gender: str | None,
) -> str:
    """A placeholder's words when it holds the parent's place ("[the mother] should have an
    assessment": the parent, said as "you" with the rest, "You should have an assessment",
    never "[you] should"), else kept out of the words said to the parent."""
    inner = match.group()[1:-1].strip()
    own = inner.lower() in {w.lower() for w in _own_words(names, gender)}
    return inner if own else keep(match)


# "the parent/guardian", "parent or legal guardian": the parent, as one
_OR_GUARDIAN = tuple(
    f"{parent}{joint}{other}"
    for parent in ("the parent", "parent")
    for joint in ("/", " / ", " or ", " and/or ")
    for other in ("guardian", "legal guardian", "caregiver", "caretaker", "custodian", "carer")
)


def _own_words(names: Iterable[str], gender: str | None) -> list[str]:
    """The words for the parent, longest first: name, id, "the parent" (or "the
    parent/guardian"), and the role words of a mother or a father as the parent is one
    (both when nothing says)."""
    roles = [w for g in _GENDERED if gender in (None, g) for w in _GENDERED[g][0]]
    own = {n for n in names if n} | {"the parent", "parent", *_OR_GUARDIAN, *roles}
    return sorted(own, key=len)[::-1]


# a role word after these is someone's, not the parent's: "the other parent", "each
# parent", "a father of two", "the visiting parent", "the child's mother", "your parent",
# "three (3) parent notes"
_SOMEONES_ROLE = re.compile(r"(\S+)(\s+)(parent|mother|father|mom|mum|dad)\b", re.I)
# ... but the children's mother, or father, named as such in the sentence that names them
# ("The children were having video calls with their mother") is the reader of that role
_THEIR_ROLE = {
    role: re.compile(
        rf"(\b(?:children|kids|sons|daughters)\b[^.;:!?]*?\b)their\s+{role}\b(?!\s+and\b)",
        re.IGNORECASE,
    )
    for role in ("mother", "father")
}
# ... and one a description picks out ("a good parent", "the positively tested parent"):
# anyone who is such, not the reader (not "the said mother", who is)
_DESCRIBED_ROLE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Ss]uch)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:the|an?|his|her|their|your|my|our|its|and|or|nor|but|to|of|for|with|by|as|if|"
    r"said|named|above|above-named|aforementioned|same)\b)"
    r"[A-Za-z][a-z-]*\s+(?i:parent|mother|father|mom|mum|dad)\b"
    r"|\b[Tt]he\s+(?i:parent|mother|father)(?=\s+with\s+whom\b)"
    # (and a father whose paternity is not settled, however said: "Parent, alleged father
    # or relative provided ...", never "alleged you")
    r"|\b(?i:alleged|putative|presumed|presumptive)\s+(?i:fathers?|parents?)\b"
)  # (a role's name in capitals too, and its definition: "The Carer Parent (the parent with
# whom the child resides)")
# ... and one of those a law names together: "the parent, guardian or custodian of the
# child may petition the court" says who may, not "You, guardian or custodian"; so do "the
# parent, guardian, or other person having custody", "the parent's, guardian's, or other
# person's choice", "the parent, foster parent or other substitute care provider"
_ROLE_LIST = re.compile(
    r"\b(?:[Tt]he\s+|[Aa]\s+|[Aa]ny\s+)?(?i:parents?|mothers?|fathers?)(?:['\u2019]s?)?,\s+"
    r"(?i:(?:or|and/or|and)\s+)?(?i:(?:legal|indian|foster|other)\s+)?(?i:guardians?|"
    r"custodians?|caregivers?|carers?|caretakers?|parents?|famil(?:y|ies)|relatives?)"
    r"(?:['\u2019]s?)?(?!\w)"
)
# ... and one before "meetings", "trainings": it names things ("Parent meetings are held")
_ROLE_OF_THINGS = re.compile(
    r"\b(?:parent|mother|father)(?=\s+(?!(?:brings|sings|clings)\b)[a-z]+ings\b)", re.I
)
# ... and one said as a role ("as the parent undergoing evaluation", "as a parent")
# (not "as long as the mother provides", "as soon as": a condition the parent meets)
_AS_A_ROLE = re.compile(
    r"(?<!\blong\s)(?<!\bsoon\s)(?<!\bwell\s)\bas\s+(?:the|a)\s+(?:parent|mother|father|mom|mum|dad)\b",
    re.I,
)
# ... and one that is a verb ("you parent your child", "will parent", "learn how to parent
# a toddler"; not "explain to parent", "speak to mother weekly")
_MODAL_WORDS = ("will", "must", "shall", "can", "could", "should", "may", "would", "might",
                "cannot")  # fmt: skip
_VERB_BEFORE = (*_MODAL_WORDS, "you", "i", "we", "they")
_ABLE_TO = ("ability", "capacity", "right", "able", "unable", "how", "skills", "fitness",
            "learn", "learning", "inability")  # fmt: skip
_ROLE_AS_VERB = re.compile(
    "(?:{})(?:parent|mother|father)\\b".format("|".join(rf"(?<=\b{w}\s)" for w in _VERB_BEFORE))
    + r"|(?<=\bto\s)(?:parent|mother|father)(?=\s+(?:a|an|the|his|her|their|your|my|our|this|"
    r"these|those|them|him|it|children|child|kids|without|"
    r"(?!(?:week|month|dai|year|quarter|night|hour|on|ear)ly)[a-z]+ly)\b)"  # "effectively"
    # ... and after a modal and its adverb: "they couldn't safely parent", "to safely parent"
    r"|(?:\b(?:to|not|{})|n['\u2019]t)\s+[a-z]+ly\s+(?:parent|mother|father)\b".format(
        "|".join(_MODAL_WORDS)
    )
    # ... and one able to, or with the right to, with nothing after it ("affects their
    # ability to parent", "increased capacity to parent and to assure ...", "a fundamental
    # right to parent.")
    + "|(?:{})parent\\b(?=\\s*(?:[.,;:!?)]|$|and\\b|or\\b))".format(
        "|".join(rf"(?<=\b{w}\sto\s)" for w in _ABLE_TO)
    ),
    re.I,
)
# "You, the parent, should ...": the parent is the "you" already said
_YOU_AGAIN = re.compile(r"\b([Yy]ou)\s*,\s*you\s*,")
_YOU_DEFINED = re.compile(r"\b([Yy]ou)\s*\(\s*you\s*\)(?:(\s+)(is|was|has|[a-z]+[^s\W]s)\b)?")
# "the parent and child" said to the parent: "you and your child", never "you and child"
_YOU_AND_CHILD = re.compile(r"\b([Yy]ou and) (child|children|youth|student|kids|family)\b")
_MODIFIERS = frozenset({"other", "another", "each", "every", "any", "a", "an", "one", "either",
                        "neither", "no", "some", "contact", "family", "foster", "birth",
                        "step", "single", "teen", "young", "resource", "kinship", "relative",
                        "primary", "non-custodial", "your", "my", "his", "her", "their",
                        "our", "whose", "this", "particular", "certain", "such",
                        "same", "own", "home"})  # fmt: skip


def _someones_role(match: re.Match[str], hold: Callable[[str], str]) -> str:
    """The role word held out of "you" when the word before it makes it someone's."""
    word = match.group(1).lower().strip('("\u201c').rsplit("/", 1)[-1]  # "his/her parent"
    modifier = word in _MODIFIERS or word.endswith(
        ("ing", "sive", "tive", "ent", "al", "'s", "\u2019s")
    )
    if word in ("either", "neither") and re.match(r"\s+n?or\b", match.string[match.end() :]):
        modifier = False  # "neither Mother nor Father may": the parent, one of two
    if word == "that" and match.group(3).lower() == "parent":
        modifier = True  # "the Court may hold that parent in contempt": the one a clause
        # before picks out, never "that you" (while "order that Mother attend" is the reader)
    child = _CHILD_BEFORE.get(word)
    if child is not None and child.search(match.string, 0, match.start()):
        return hold(match.group())  # "an 11-year-old girl and her father": the girl's
        # father, never "your father" said to the mother
    if not modifier and not word.rstrip(")").isdigit():
        return match.group()
    return match.group(1) + match.group(2) + hold(match.group(3))


def _pair_of(match: re.Match[str], said: str, hold: Callable[[str], str]) -> str:
    """ "he or she" as the parent's pronoun, `said`; held as written when the person its
    sentence names last before it is a child ("Where a child is absent from the school at
    which he or she is registered": the child's, never "at which you are registered") or
    someone who works with the family, where no parent nor child is ("Once the caseworker
    has completed this process, he or she must ...": the caseworker's)."""
    before = match.string[: match.start()]
    sentence = before[max(before.rfind(". "), before.rfind("; ")) + 1 :]
    named = _NAMED.findall(sentence) or _CLIENT.findall(sentence)
    if named:  # ("The parent will meet the caseworker and he or she will sign": the parent's)
        return said if named[-1].lower() in _PARENT_WORDS else hold(match.group())
    return hold(match.group()) if _WORKER.search(sentence) else said


_NAMED = re.compile(
    r"\b(child|children|youth|student|pupil|minor|juvenile|kid|baby|infant|son|daughter|"
    r"parents?|mother|father|mom|mum|dad|you)\b",
    re.IGNORECASE,
)
_PARENT_WORDS = frozenset({"parent", "parents", "mother", "father", "mom", "mum", "dad", "you",
                           "client"})  # fmt: skip
# someone who works with the family or decides on it, named as anyone is ("an investigator",
# "the foster parent applicant"): whose "he or she" is when no parent or child is named
_WORKER = re.compile(
    r"\b(?:(?:case)?workers?|investigators?|officers?|judges?|magistrates?|courts?|"
    r"therapists?|counsell?ors?|psychologists?|doctors?|providers?|supervisors?|advocates?|"
    r"volunteers?|applicants?|teachers?|nurses?|guardians? ad litem|professionals?)\b",
    re.IGNORECASE,
)
_CLIENT = re.compile(r"\b(client)s?\b", re.IGNORECASE)  # a program's client: the parent


# a girl or a boy named just before "her" or "his" ("between an 11-year-old girl and | her
# father"), or a child of either sex ("the child be placed with his mother", "A toddler ...
# was returned to her mother"): whose the role after it is (the child's parent, never "your
# mother")
_EITHER_SEX = "child|toddler|baby|infant|youngster"
_CHILD_BEFORE = {
    pronoun: re.compile(
        rf"\b(?:{nouns})\b(?:\s+[\w'\u2019-]+){{0,4}}?\s+(?:and|with|to|of|from)?\s*$",
        re.IGNORECASE,
    )
    for pronoun, nouns in (
        ("her", f"girl|daughter|granddaughter|niece|sister|{_EITHER_SEX}"),
        ("his", f"boy|son|grandson|nephew|brother|{_EITHER_SEX}"),
    )
}


# words that open a clause: the word after them can be its subject ("If I ...", "ensure that
# Mother attends ...")
_CLAUSE_OPENERS = frozenset({"that", "if", "when", "whenever", "while", "because", "unless",
                             "until", "whether", "where", "which", "who", "once", "and", "but",
                             "so", "as", "after", "before", "since", "then", "what", "how",
                             "ensure", "ensures", "ensuring", "not", "believe", "believes",
                             "believed", "feel", "feels", "felt", "think", "thinks",
                             "thought"})  # fmt: skip
# ("not": "whether or not the parent attends"; "We believe the mother needs treatment":
# "We believe you need treatment")
# the first person of a goal in the parent's own voice ("I will attend all visits with my
# children"): "I" as a subject only, not "Phase I of the program" or "Title I funds"
_I = re.compile(r"\bI(?:\s+(am|was)\b|(['\u2019](?:m|ve|ll|d))\b|(?=\s+[a-z]))")
# (a capital inside a sentence is a name's: "the Me and My World Review", "'All About Me'")
_MY = re.compile(r"(?:^|(?<=[.!?]\s))(My|Myself)\b|\b(my|me|myself|mine(?!\s+\w))\b")
_YOUR = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours"}


# words quoted inside a goal are someone's own ("such as “next time I see you I will bring
# you a present”"): their first person stays
_QUOTED = re.compile(r"(\u201c[^\u201d]*\u201d|\"[^\"]*\")")


_THEIR = {"my": "their", "me": "them", "myself": "themselves", "mine": "theirs"}
_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might",
                     "must", "was", "did", "need", "ought"})  # fmt: skip
_I_VERB = re.compile(r"\bI(?:['\u2019](m|ve|ll|d)\b|\s+([a-z]+)\b)")


def third_person(text: str, name: str) -> str:
    """A child's own words ("I will go to school and turn in my homework") said of the
    child in the parent's handout: "Marcus will go to school and turn in their homework"
    (`name` the child's first name, or "Your child")."""

    def said(match: re.Match[str]) -> str:
        who = name
        if name == "Your child" and not _SENTENCE_OPEN.search(text, 0, match.start()):
            who = "your child"  # "If your child misses school"
        short, verb = match.group(1), match.group(2)
        if short is not None:
            return who + {"m": " is", "ve": " has", "ll": " will", "d": " would"}[short]
        if verb == "am":
            return f"{who} is"
        if verb in _MODALS or verb.endswith("ed"):
            return f"{who} {verb}"
        return f"{who} {_third_s(verb)}"

    text = _I_VERB.sub(said, text)
    return _MY.sub(
        lambda m: _THEIR[m.group().lower()].capitalize() if m.group(1) else _THEIR[m.group()], text
    )


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+)$")


def _third_s(verb: str) -> str:
    """ "go" -> "goes", "try" -> "tries", "have" -> "has", "call" -> "calls"."""
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _unquoted(text: str, change: Callable[[str], str]) -> str:
    """`change` made outside the words the text quotes (a court's "shall not have parenting
    time" stays as the court wrote it), or to all of it when the quote is all of it."""
    pieces = _QUOTED.split(text)
    if len(pieces) == 1 or not "".join(pieces[::2]).strip(" .;,"):
        return change(text)
    return "".join(p if i % 2 else change(p) for i, p in enumerate(pieces))


def _first_person(text: str) -> str:
    """ "I will call my caseworker" -> "you will call your caseworker"; not inside words the
    goal quotes (unless the quote is all of it)."""
    return _unquoted(text, _first_person_of)


# a judge's or a worker's first person, by what only they do ("I ordered the continuation
# of the existing access arrangements", "I approve a plan whereby ...", "I am satisfied
# that ..."): never the parent's own voice
DECIDING_I = re.compile(
    r"\bI\s+(?:(?:have|had|also|therefore|now|hereby|further|accordingly)\s+)*"
    r"(?:order(?:ed)?|direct(?:ed)?|"
    r"approve[ds]?|grant(?:ed)?|dismiss(?:ed)?|adjourn(?:ed)?|(?:am|was)\s+satisfied|"
    r"determined|conclude[ds]?|recommend(?:ed)?|declined?|made\s+an?\s+order)\b"
)


# the writer's view ("We feel strongly both parents need treatment", "I believe the
# mother needs help") or advice ("We encourage visiting parents to switch off their
# phones"): said as written, never the parent's act "You will feel ..." or "You will
# encourage visiting parents ..."
OUR_VIEW = re.compile(
    r"\W*(?:we|I)\s+(?:(?:strongly|firmly|really|also|still|do)\s+)?(?:feel|believe|think|"
    r"suspect|worry|hope|(?:ask|request)\s+that|"  # (what "we ask that" another do)
    r"encourage|urge|advise|recommend|"
    r"(?:are|am)\s+(?:concerned|worried|of\s+the\s+(?:view|opinion)))\b",
    re.IGNORECASE,
)


def _first_person_of(text: str) -> str:
    if DECIDING_I.search(text):
        return text

    def said(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        word = before[-1] if before else ""
        if (
            word[:1].isupper()
            and word[-1:].isalnum()
            and word.lower() not in _CLAUSE_OPENERS
            and word.lower() not in _OPENING_ADVERBS  # "Later I can talk with ..."
        ):
            return match.group()  # "Phase I of ...": a name's numeral
        if match.group(1):
            return "you are" if match.group(1) == "am" else "you were"
        return "you" + (match.group(2) or "").replace("m", "re")

    text = _I.sub(said, text)
    return _MY.sub(
        lambda m: _YOUR[m.group().lower()].capitalize() if m.group(1) else _YOUR[m.group()], text
    )


# adverbs a sentence opens with before "I" ("Later I can talk", "Sometimes I feel")
_OPENING_ADVERBS = frozenset({"later", "today", "tomorrow", "tonight", "next", "soon", "now",
                              "then", "here", "sometimes", "also", "first", "always",
                              "usually", "often", "still", "instead", "otherwise",
                              "afterwards", "together"})  # fmt: skip
# a verb said of the parent ("Mother attends", "she always calls"), where "Mother" is the
# subject: a sentence's first words, or after a comma or a word that opens a clause (not
# "provide the mother services")
_ADVERBS = ("always", "never", "also", "often", "usually", "regularly", "consistently",
            "sometimes", "still", "only", "now", "currently", "routinely", "promptly",
            "immediately", "then", "actively", "voluntarily", "fully", "successfully",
            "first", "personally", "directly")  # fmt: skip
_SUBJECT_PLACE = "(?:{})".format(
    "|".join([r"^", r"(?<=[.;:!?,]\s)", *(rf"(?<=\b{w}\s)" for w in sorted(_CLAUSE_OPENERS))])
)
NOT_A_VERB = frozenset({"always", "sometimes", "towards", "afterwards", "besides", "unless",
                         "perhaps", "thus", "this", "his", "hers", "yours", "ours", "theirs",
                         "plus", "less", "across", "regardless", "nevertheless", "news",
                         "means", "series", "its", "whereas", "as", "us"})  # fmt: skip


def _base_verb(verb: str) -> str:
    """ "attends" -> "attend", "tries" -> "try", "misses" -> "miss", "goes" -> "go"."""
    low = verb.lower()
    if low in NOT_A_VERB or low.endswith(("ss", "us", "is", "ings")):
        return verb  # "access", "status", "parent meetings": no -s of a verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _agreed(text: str, who: str, pronouns: str) -> str:
    """The parent's verb in agreement with "you": "Mother attends all visits and she calls
    weekly" -> "you attend all visits and you call weekly" (the subject said as "you")."""
    adverb = r"(?:(?:{})\s+)?".format("|".join(_ADVERBS))
    said = rf"({adverb})([a-z]{{2,}}s)\b"

    def agreed(match: re.Match[str]) -> str:
        return f"you {match.group(1)}{_base_verb(match.group(2))}"

    def named(match: re.Match[str]) -> str:  # the parent named as a subject wherever a
        # clause starts ("the undertaking the father undertakes to ...": "you undertake"),
        # never the object of a word before ("Contact with the mother takes place")
        if _OBJECT_BEFORE.search(text, 0, match.start()):
            return match.group()
        return agreed(match)

    text = re.sub(rf"\b(?:{who})\s+{said}", named, text, flags=re.I)
    if pronouns:  # (else the goal's pronouns are someone else's)
        text = re.sub(rf"\b(?:{pronouns})\s+{said}", agreed, text, flags=re.I)
    # ... and the verb joined to it: "you love your children and misses them" -> "... and
    # miss them" (never after a "you" that is no subject: "tells you about it and gives";
    # nor in a clause of its own: "wear clothing that fits and covers your underwear")
    return _JOINED_TO_YOU.sub(
        lambda m: (
            m.group() if _NOUNS_JOINED.search(m.group(1)) else m.group(1) + _base_verb(m.group(2))
        ),
        text,
    )


# things joined, not acts: "go to all the activities or | programs their officer says to"
_NOUNS_JOINED = re.compile(r"(?:ies\s+(?:and|or)|s\s+or)\s+$", re.IGNORECASE)
_JOINED_TO_YOU = re.compile(
    _SUBJECT_PLACE
    + r"(you\s+(?:[a-z]+\s+)?[a-z]+(?:\s+(?!(?:that|which|who|whom|whose|where|when|if|while|"
    r"because)\b)[\w'\u2019-]+){0,5}?\s+(?:and|or)\s+)([a-z]{2,}s)"
    r"(?=\s+(?:them|him|her|it|me|us|the|a|an|his|their|your)\b)",
    re.IGNORECASE,
)


def second_person(
    text: str,
    names: Iterable[str],
    gender: str | None = None,
    addressed: bool = False,
    writer: bool = False,
) -> str:
    """The plan's words about the parent, said to the parent: "Loraine will attend" ->
    "You will attend", "tell Loraine whether they are on track" -> "tell you whether you
    are on track", "her therapist" -> "your therapist". `names` are the parent's name and
    id; role words (the parent, and Mother or Father as the parent is one) count too, and
    the parent's pronouns: those of the other parent stay theirs ("she will not allow him
    into the house"). `gender` is "she" or "he" when the plan says; else the text tells,
    else every pronoun is the parent's. `addressed`: the goal already speaks to the parent
    as "you", so its he, she, him and her are someone else's ("Do not question your child
    or tell him/her what to say"). `writer`: its "I" and "my" are the writer's, who says
    "you" to the parent ("services that I've already discussed"). "must" and "shall"
    become "will"."""
    gender = gender_of(text, gender)
    kept: list[str] = []

    def hold(words: str) -> str:
        kept.append(words)
        return f"\x00{len(kept) - 1}\x00"

    def keep(match: re.Match[str]) -> str:
        return hold(match.group())

    # a placeholder speaks to the caseworker ("[..., e.g. a parent who used violence]")
    # unless it only holds the parent's place ("[mother]"); "parent-child visits" and "a
    # Parent Education Seminar" name things: all these stay as written
    out = _PARTY.sub(_the_party, text)  # "Respondent-father was ordered": the father
    out = _PARENT_OF_CHILD.sub(r"\1", out)  # "the parent of such child shall": the parent
    out = _ALTERED_WORD.sub(keep, out)  # "[t]he trial court": a quote's word, never "[t]you"
    out = _PARENTS_DAY.sub(keep, out)
    out = _NAMED_BY_ROLE.sub(keep, PLACEHOLDER.sub(lambda m: _slot(m, keep, names, gender), out))
    out = _DESCRIBED_ROLE.sub(keep, out)
    out = _ROLE_LIST.sub(keep, out)
    role = {"she": "mother", "he": "father"}.get(gender or "")
    if role is not None:  # "The children were having video calls with their mother": the
        out = _THEIR_ROLE[role].sub(rf"\1{role}", out)  # reader's role word, said as "you"
    out = _SOMEONES_ROLE.sub(lambda m: _someones_role(m, hold), out)
    out = _ROLE_OF_THINGS.sub(keep, out)
    out = _AS_A_ROLE.sub(keep, out)  # "as the parent undergoing evaluation": a role, not you
    out = _ROLE_AS_VERB.sub(keep, out)  # "learn how to parent a toddler": a verb, not you
    who = "(?:" + "|".join(re.escape(w) for w in _own_words(names, gender)) + ")"
    own = [] if addressed else [g for g in _GENDERED if gender in (None, g)]
    for g in own:  # "She advised the mother to ...": "She advised you to ...", never "You"
        out = _someone_else_first(out, _GENDERED[g][1], who, hold)
    if own:  # "if the youth believes that he has been denied ...": the youth's, not yours
        out = _childs_pronouns(out, own, who, hold, kept)
    for pair, single in _PAIRS if own else ():  # "he/she" is anyone's, the parent's too,
        said = _SHE_OF_HE[single] if gender == "she" else single  # but a child's named
        out = pair.sub(functools.partial(_pair_of, said=said, hold=hold), out)  # nearer
    out = re.sub(rf"\b(?:{who})['\u2019]s\b", "your", out, flags=re.I)
    subject = "|".join([who, *(_GENDERED[g][1] for g in own)])
    for verb, agreed in _AGREE:
        out = _subject_agreed(out, subject, verb, agreed)
    # "shall" said plainly, of anyone: "You will keep in contact and will advise ...",
    # "Your visits will be supervised"
    out = _unquoted(
        out, lambda t: _SHALL.sub(lambda m: "Will" if m.group()[0] == "S" else "will", t)
    )
    pronouns = "|".join(_GENDERED[g][1] for g in own)
    out = _agreed(out, who, pronouns)  # "Mother attends", "she always calls": "you attend"
    # the parent named before what is theirs, without "'s" ("Mother refusal to test"):
    # "your refusal", never "you refusal"
    out = re.sub(rf"\b(?:{who})\s+(?={_THEIR_ACTS})", "your ", out, flags=re.I)
    out = re.sub(rf"\b(?:{subject})\b", "you", out, flags=re.I)
    if not writer:
        out = _first_person(out)  # the parent's own voice: "I will ... my children"
    out = _YOU_AGAIN.sub(r"\1", out)
    out = _YOU_AND_CHILD.sub(r"\1 your \2", out)
    # a name's defined term said once ("Appellant [mother] (Mother) appeals": "you appeal",
    # never "you (you) appeals"), its verb agreeing with "you"
    out = _YOU_DEFINED.sub(_said_once, out)
    # "You, who lives in Ohio, must attend": "who" agrees with "you" too
    out = _YOU_WHO.sub(lambda m: m.group(1) + _agreeing(m.group(2)), out)
    # ... and so does a verb joined to the parent's ("You had met a psychiatrist and was
    # due to attend", "You pleaded guilty and was sentenced")
    out = _YOU_AND.sub(lambda m: m.group(1) + _agreeing(m.group(2)), out)
    # "by the parent(s)": "by you", never "by you(s)"; "the parent(s)'s lawyer": "your";
    # "the parent(s) is incarcerated": "you are", never "you is"
    out = re.sub(
        r"\b([Yy]ou)(?:\(s\)|/s\b)(?:(['\u2019]s\b)|(\s+)(is|has|was|does)\b)?",
        _you_of_parents,
        out,
    )
    # a duty said as "Kelly to attend ...", the parent named: "You will attend", never
    # "You to attend"
    out = _YOU_TO.sub(r"\1\2 will ", out)
    # whether the parent is on track; another's ("tell the caregiver whether they are")
    out = re.sub(
        r"(\btells? you\b[^.]{0,60}?\bwhether )(?:they|she|he)\s+(?:are|is)\s+on track\b",
        r"\1you are on track",
        out,
    )
    # help given to the parent: "will give you [help] ... so that they can obtain housing"
    out = re.sub(
        r"(\bgive you\b(?:[^.]|\.(?!\s+[A-Z]))*?\bso that )(?:they|she|he) can\b", r"\1you can", out
    )
    if own:
        out = _own_pronouns(out, own)
    return capitalised(re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], out))


def _said_once(match: re.Match[str]) -> str:
    """ "you (you)" as "you", the verb after it agreeing ("you (you) appeals": "you appeal")."""
    you, space, verb = match.groups()
    return you if verb is None else f"{you}{space}{_agreeing(verb)}"


def _you_of_parents(match: re.Match[str]) -> str:
    """ "you(s)" as "you", its "'s" as "your", and a verb after it agreeing with "you" (not
    after "by you", the object: "Compliance by you is reported")."""
    you, possessive, space, verb = match.groups()
    if possessive:
        return you + "r"
    if verb is None:
        return you
    if _OBJECT_BEFORE.search(match.string, 0, match.start()) is None:
        verb = _agreeing(verb)
    return f"{you}{space}{verb}"


# "you" as the object of a word before it ("Compliance by you is reported"): the verb after
# it agrees with what came before, not with "you"
_OBJECT_BEFORE = re.compile(r"\b(?:by|to|with|for|of|from|about|at|on|than)\s+$", re.I)


def _subject_agreed(text: str, subject: str, verb: str, agreed: str) -> str:
    """`text` with the parent's `verb` said as "you" says it ("the mother was": "you
    were"), where the parent is its subject: not after a word whose object they are
    ("Contact for the mother was restricted": "Contact for you was", never "you were")."""

    def said(match: re.Match[str]) -> str:
        if agreed != "will" and _OBJECT_BEFORE.search(text, 0, match.start()):
            return match.group()
        return f"you {agreed}"

    return re.sub(rf"\b(?:{subject})\s+(?:{verb})\b", said, text, flags=re.I)


def _agreeing(verb: str) -> str:
    """An -s verb as it agrees with "you": "lives" -> "live", "has" -> "have", "is" -> "are"."""
    return dict(_AGREE[1:]).get(verb, _base_verb(verb))


def _childs_pronouns(
    text: str, own: Sequence[str], who: str, hold: Callable[[str], str], kept: Sequence[str]
) -> str:
    """`text` with each pronoun the parent's gender allows held as written where its
    sentence names one child before it ("the youth", "a minor"), no one else, and no one
    after it ("The opportunity for a fair hearing if the youth believes that he has been
    denied services": the youth's, never "you have been denied"), as `_pair_of` holds "he
    or she". (Not "her children", "his daughter": a child named as someone's points to the
    parent the pronoun is.)"""
    words = "|".join(w for g in own for w in _GENDERED[g][1:])
    people = re.compile(rf"(?:{_NAMED.pattern})|\b(?:{who})\b|\x00(\d+)\x00", re.IGNORECASE)

    def slot(found: re.Match[str]) -> str | None:
        """What a person held in a placeholder is ("[the child]", "[mother]": "child",
        "person"), "-" for anything else held, None for a word as written."""
        if found.group(found.re.groups) is None:
            return None
        held = kept[int(found.group(found.re.groups))]
        if not held.startswith("["):
            return "-"  # (a word held as someone else's: "with his | mother")
        return "child" if _CHILD_SLOT.match(held) else "person" if _NAMED.search(held) else "-"

    def a_child(found: re.Match[str], start: int) -> bool:
        kind = slot(found)
        return (
            kind == "child" if kind is not None else bool(_A_CHILD.search(text, start, found.end()))
        )

    def said(match: re.Match[str]) -> str:
        sentence = _SENTENCE_BEFORE.search(text, 0, match.start())
        start = sentence.start(1) if sentence else 0
        named = [m for m in people.finditer(text, start, match.start()) if slot(m) != "-"]
        after = re.split(r"[.!?;](?:\s|$)", text[match.end() :], maxsplit=1)[0]
        if (
            named
            and all(a_child(m, start) for m in named)
            and not any(slot(m) != "-" for m in people.finditer(after))
            # (nor after the parent's own pronoun: "She was banned from relocating with
            # the child outside her local area")
            and not re.search(rf"\b(?:{words})\b", text[start : named[0].start()], re.I)
        ):
            return hold(match.group())
        return match.group()

    return re.sub(rf"\b(?:{words})\b", said, text, flags=re.IGNORECASE)


# one child held in a placeholder: "[the child]", "[Child 1]", "[the younger child]"
_CHILD_SLOT = re.compile(
    r"\[(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:child|youth|son|daughter|minor|juvenile|baby|"
    r"infant|boy|girl|student)(?:\s*\d+)?\]",
    re.IGNORECASE,
)
# one child, named as anyone's: "the youth", "a minor", "any juvenile", "the 13-year-old child"
_A_CHILD = re.compile(
    r"\b(?:the|a|an|any|each|every|no|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:child|youth|student|pupil|minor|juvenile|kid|baby|infant|boy|girl)$",
    re.IGNORECASE,
)


def _someone_else_first(text: str, pronoun: str, who: str, hold: Callable[[str], str]) -> str:
    """`text` with `pronoun`, where a sentence opens with it as the subject of an act of
    authority ("She then ordered him to pay"), or names the parent after it ("She advised
    the mother to co-operate with the plan", "He told the father to call"), held as someone
    else's: one cannot name whom a subject means after it in its own clause (not in the
    next: "She attends and the mother calls")."""
    return re.sub(
        rf"(?:^|(?<=[.!?]\s))(\W*)({pronoun})(?=\s+(?:[a-z]+ly\s+|then\s+|also\s+)?"
        rf"(?:{_AUTHORITY}\b|[a-z]+(?:ed|s)\b"
        rf"(?:(?!\b(?:and|but|or|while|whereas|because)\b)[^.!?;,])*?\b{who}\b))",
        lambda m: m.group(1) + hold(m.group(2)),
        text,
        flags=re.IGNORECASE,
    )


# what only a court or a professional does, said of "she" or "he" ("She then ordered him to
# pay maintenance", "She recommended psychotherapy"): never the parent's
_AUTHORITY = (
    r"(?:ordered|directed|ruled|granted|recommended|sentenced|adjudicated|dismissed|"
    r"prescribed|diagnosed)"
)


_SHALL = re.compile(r"\bshall\b", re.IGNORECASE)
_YOU_AND = re.compile(
    r"(\b[Yy]ou\s+(?!will\b|must\b|should\b|can\b|may\b)"
    r"(?:(?!\b(?:who|which|that|whom|whose|when|if|because|while)\b)[^.;:!?,])*?\band\s+)"
    r"(was|is|has)\b"
)
_YOU_WHO = re.compile(r"(\b[Yy]ou,?\s+who\s+(?:(?:always|never|also|still)\s+)?)([a-z]{2,}s)\b")
_THEIR_ACTS = (
    r"(?:refusal|failure|attendance|participation|engagement|compliance|non-?compliance|"
    r"cooperation|behaviou?r|conduct|progress|history)\b"
)
# the parent named by whose parent they are ("the parent of such child shall ...", "the
# parents of the child", "the parent or guardian of the child"): the reader, said as "you"
# (never "you of such child")
# (or one without "the" who opens the sentence: "Mother of the child in her reply said")
_PARENT_OF_CHILD = re.compile(
    r"((?:\b[Tt]he\s+(?:parents?|mother|father)|^\W*(?:Parents?|Mother|Father))"
    r"(?:\s*(?:/|or|and/or)\s*(?:legal\s+)?(?:guardian|"
    r"custodian|caregiver|caretaker|carer))?)\s+of\s+(?:the|such|a|an|that|this|any|each|"
    r"every|said|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?(?:child|children|minor|minors|"
    r"student|pupil|boy|boys|girl|girls|son|sons|daughter|daughters|baby|infant|toddler|kid|"
    r"kids)\b"
    r"(?!['\u2019])"
)
_YOU_TO = re.compile(r"(^|[.!?;]\s+)([Yy]ou) to (?=[a-z])")


def _own_pronouns(text: str, own: Sequence[str]) -> str:
    """The parent's reflexive, possessive and object pronouns said to the parent:
    "herself" -> "yourself", "her classes" -> "your classes", "tell him" -> "tell you"."""
    reflexive = "|".join(_GENDERED[g][4] for g in own)
    text = re.sub(rf"\b(?:{reflexive})\b", "yourself", text, flags=re.I)
    possessive = "|".join(_GENDERED[g][3] for g in own)
    text = _NOUN_AFTER.sub(
        lambda m: (
            "your"
            if re.fullmatch(possessive, m.group(1), re.I)
            and not _PARENTS_AFTER.match(text, m.end())
            else m.group()
        ),
        text,
    )
    objects = "|".join(_GENDERED[g][2] for g in own)

    def said(match: re.Match[str]) -> str:
        if _PARENTS_AFTER.match(text, match.end()):
            return match.group()  # "a teenage girl ... could have access with her parents":
            # the girl's parents, never "your parents" said to the mother
        sentence = _SENTENCE_BEFORE.search(text, 0, match.start())
        if sentence and _YOUR_OWN_CLAUSE.fullmatch(sentence.group(1)):
            return match.group()  # "You will ... notify her": someone else, never you
        return "you"

    return re.sub(rf"\b(?:{objects})\b", said, text, flags=re.I)


# a parent's "her" or "his" is never before "parents" or "grandparents": a child's
_PARENTS_AFTER = re.compile(
    r"\s+(?:birth\s+)?(?:parents|parent\(s\)|grandparents)\b", re.IGNORECASE
)
# the words of a sentence before a place in it; and a clause whose subject is the parent,
# said as "you", that runs on to a verb's object with no other subject between: its
# object pronoun is someone else ("you will call the worker and notify her of ...")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?;]\s+)([^.!?;]*)$")
_YOUR_OWN_CLAUSE = re.compile(
    r"\s*you\s+(?:will|must|shall|can|should|may)\s+"
    r"(?:(?!\b(?:to(?!\s+(?:the|a|an|his|her|their|your|my|our|its|this|that|school|court|work|"
    r"church|bed|hospital|nursery|preschool|daycare|class|group|visits?|appointments?)\b)|"
    r"that|who|whom|which|when|if|so|because|until|while|unless|where|whether|"
    r"let|help|ask|allow|have|make|or|"
    # (a thing or another that directs: "follow any directions given by the supervisor
    # requiring him to attend", "do what the supervisor tells him": the parent, directed)
    r"requiring|requires|ordering|orders|directing|directs|instructing|instructs|tells|"
    r"permitting|permits|allowing|allows|"
    # ("on each day the lab calls her": a clause of its own, its subject after "day")
    r"(?:each|every)\s+(?:day|time)\s+(?:the|a|an|your|his|her|their)|"
    # ("to" a place or a thing, not "to" a verb of another's: "ask the worker to call
    # her"; through commas, "bring Cian to school each day, on time, and collect him", while no
    # other subject or verb of its own starts a clause: "..., and the worker will tell her")
    r"he|she|they|we|it|i|will|must|shall|can|should|may|would|is|are|was|were)\b)"
    r"[^:()\x00])*?\s",
    re.IGNORECASE,
)


def capitalised(text: str) -> str:
    """ "you" or "your" opening a sentence written with a capital."""
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).capitalize(), text)


def per_week(text: str) -> float | None:
    """How many times a week a task recurs (0.25 for monthly), None when it does not say."""
    days = _WEEKDAYS.search(text)
    if days is not None:
        return float(len({d.rstrip("s") for d in re.findall(WEEKDAY, days.group().lower())}))
    match = _PER_WEEK.search(text)
    if match is not None:
        word = match.group(1).lower()
        return float(NUMBERS.get(word, int(word) if word.isdigit() else 1))
    if _DAILY.search(text):
        return 7.0
    if _WEEKLY.search(text):
        return 1.0
    every = _EVERY_N.search(text)  # "every two weeks", "at 3 monthly intervals", "six-monthly"
    if every is not None:
        word = (every.group(1) or every.group(3) or every.group(5)).lower()
        unit = (every.group(2) or every.group(4) or every.group(6)).lower()
        n = int(word) if word.isdigit() else _EVERY_COUNT[word]
        return 1 / (max(n, 1) * (1 if unit == "week" else WEEKS_A_MONTH))
    if _FORTNIGHTLY.search(text):
        return 0.5
    twice = _PER_MONTH.search(text)  # "twice a month", "3 times per month"
    if twice is not None:
        word = twice.group(1).lower()
        return NUMBERS.get(word, int(word) if word.isdigit() else 1) / WEEKS_A_MONTH
    if _MONTHLY.search(text):
        return 0.25
    if _QUARTERLY.search(text):
        return 1 / (3 * WEEKS_A_MONTH)
    return None


_EVERY_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12}
WEEKS_A_MONTH = 4.0  # a month's tasks are ticked once in the week a month starts in
_UNIT = r"(week|month)"
_N = r"(\d+|{})".format("|".join(_EVERY_COUNT))
_EVERY_N = re.compile(
    rf"\bevery\s+{_N}\s+{_UNIT}s\b|\b{_N}[-\s]{_UNIT}ly\s+intervals\b|\b{_N}-{_UNIT}ly\b", re.I
)
_FORTNIGHTLY = re.compile(r"\b(?:fortnightly|bi-?weekly|every\s+other\s+week)\b", re.I)
_PER_MONTH = re.compile(
    r"\b(\d|one|two|three|four|once|twice)\s*(?:times?\s*|x\s*)?(?:a|per|each|every|/)\s*month\b",
    re.I,
)
_QUARTERLY = re.compile(r"\bquarterly\b", re.I)


# a harm no plan asks of anyone, listed as an order's banned acts are ("committing family
# violence against the protected person", "harassing, stalking or threatening ..."), or a
# failure a finding lists
HARM = re.compile(
    # (with how it is done: "intentionally damaging the protected person's property")
    r"\W*(?:(?:intentionally|deliberately|knowingly|wil+ful+y|recklessly)\s+)?"
    r"(?:commit(?:s|ted|ting)?\s+(?:an?\s+|any\s+)?(?:(?:further|family|domestic|"
    r"sexual|physical|criminal)\s+)*(?:violence|abuse|offen[cs]es?|crimes?|assaults?|acts?\s+of)"
    r"|(?:abus|harass|threaten|stalk|assault|molest|intimidat|injur|harm|kidnap|batter|"
    r"strik|hit|hurt|beat|damag|destroy)(?:e|es|ed|ing|s|ting)?\b"
    # ... or an act on the person an order protects, listed by its -ing ("attempting to
    # locate or follow the protected person ...", "contacting the protected person",
    # "Phoning or writing to the applicant", the one who applied for the order), not the
    # distance kept ("staying away from the protected person")
    r"|(?!(?:stay|keep|remain)ing\b)[a-z]+ing\s+(?:[\w'\u2019-]+,?\s+){0,8}?(?:the\s+)?"
    r"(?:protected\s+(?:person|party|parties)|applicant|aggrieved)\b"
    # ... or getting others to do what the order bans ("Encouraging other people to do any
    # of these prohibited things", "causing another person to engage in conduct prohibited
    # under the order")
    r"|[a-z]+ing\s+(?:[\w'\u2019-]+,?\s+){0,8}?(?:(?:prohibited|banned|forbidden)\s+"
    r"(?:things?|acts?|conduct|behaviou?rs?)|conduct\s+(?:that\s+is\s+)?prohibited)\b"
    # ... or a failure, listed as a finding's are ("missing over 50 drug screens"), never
    # asked as "You will miss ..." ("failing to attend" keeps its words in the behavior:
    # statement._REFUSED)
    r"|missing\s+(?!no\b|none\b)(?:[\w-]+\s+){0,3}?(?:screens?|tests?|visits?|appointments?|"
    r"sessions?|meetings?|hearings?|classes|groups?|court)\b)",
    re.IGNORECASE,
)
