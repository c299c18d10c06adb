"""Propose a rewrite for every flagged goal: the original statement plus fixes.

A rewrite changes as little as it must (SPEC "Rewrites"; design: shared/design/
rewrite-as-fixes.md). It starts from the statement and

1. replaces the words each vague or judgmental finding flagged, with the fix of the rule
   that flagged them (`fix:` in the packs; fixes.py);
2. for a poverty condition, turns the statement into help the agency gives, keeping the
   family's need in its own words (`kind: support`);
3. adds only the elements the result still lacks - an action, a measure, a deadline, the
   evidence, the reporting and the feedback - each as a `[placeholder]` unless the plan
   file supplies the value (the caseworker, the person's name, the next review). A
   domain's knowledge appears only as a suggestion inside a placeholder.

Duties of the agency or a provider stay theirs, with their own record; a ban stays a ban
and gains evidence; a sound goal is left alone. Pure: goal + hits + plan + packs -> a
mapping. The structured fields are read off the statement's own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from ..analysis.engine import Ruleset, analyse_plan
from ..analysis.nlp import Hit
from ..analysis.readcopy import broken_words, whole_words
from ..analysis.reading import ACT_NOUNS, Lexicon, Predicate, Reading, read, tokenize
from ..analysis.reading.lexicon import COMPARATIVES
from ..analysis.reading.names import actor_in
from ..model import Element, FileReport, GoalReport, Plan
from . import fixes
from .additions import (
    Added,
    a_record,
    additions_for,
    assemble,
    domain_of,
    elements_of,
    feedback_sentence,
    one_off,
    reads_clean,
    say_cadence,
    with_own_words,
)
from .edits import as_support, condition_words, edits_for, split_needs
from .handoutwords import DECIDING_I, HARM, MORE_DAYS, OFTEN, OUR_VIEW, WEEKDAY
from .policy import (
    DUTIES,
    FIELDS,
    REWRITE_CATEGORIES,
    REWRITE_RULES,
    Names,
    Policy,
    names_in,
    policy_of,
)

__all__ = [
    "FIELDS",
    "Policy",
    "iso_date",
    "needs_rewrite",
    "policy_of",
    "rewrite_goal",
    "rewrite_plan",
]


def needs_rewrite(report: GoalReport) -> bool:
    """Lint flags the goal (vague, missing element, judgment, poverty) and it is no rewrite."""
    if report.goal.rewritten:
        return False
    return any(f.category in REWRITE_CATEGORIES or f.rule in REWRITE_RULES for f in report.findings)


# the days of a month said by their place ("the first and third Monday of the month")
_ORDINALS = r"first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th"
_ORDINAL_FIRST = re.compile(rf"(?:{_ORDINALS})\b", re.IGNORECASE)


def rewrite_plan(plan: Plan, ruleset: Ruleset, policy: Policy | None = None) -> FileReport:
    """Analyse a plan and attach a rewrite to every goal that needs one (others: None)."""
    hits = list(ruleset.analyzer.hits(g.statement.text for g in plan.goals))
    report = analyse_plan(plan, ruleset, hits)
    goals = tuple(
        replace(g, rewrite=rewrite_goal(g, goal_hits, plan, ruleset, policy or Policy()))
        for g, goal_hits in zip(report.goals, hits, strict=True)
    )
    return replace(report, goals=goals)


def rewrite_goal(
    report: GoalReport,
    hits: Sequence[Hit],
    plan: Plan,
    ruleset: Ruleset,
    policy: Policy | None = None,
) -> Mapping[str, Any] | None:
    if not needs_rewrite(report):
        return None
    policy = policy or Policy()
    lexicon = ruleset.analyzer.lexicon
    names = names_in(report, plan)
    domain = domain_of(report, hits, ruleset.domains, lexicon)
    text = report.goal.statement.text.strip()
    edits = edits_for(report, hits, ruleset, lexicon)
    # the rewrite is a new statement: words a PDF broke at a line end are written whole
    edits += [fixes.Edit(start, end, word) for start, end, word, _ in broken_words(text)]
    kind = "support" if report.actor in DUTIES else "condition"
    support = report.flags.get("poverty_condition") or any(
        f.rule in REWRITE_RULES for f in report.findings
    )  # a poverty need, or an `other` concern written as a condition of return
    if support:  # no longer a condition: "before the children can return" goes
        edits += condition_words(report, hits)
    fixed = fixes.apply(text, edits)
    split = split_needs(report, hits, edits, lexicon) if support and kind == "condition" else None
    help_given = None
    if split is not None:  # "attend counseling and maintain stable housing": a condition
        fixed, need, removed = split  # stays one, and the need becomes help (SPEC)
        help_given = fixes.sentence_case(
            fixes.ends(as_support(report, hits, ruleset, need, names, policy, lexicon, part=True))
        )
        hits = [h for h in hits if not any(a <= h.start < b for a, b in removed)]
        domain = domain_of(report, hits, ruleset.domains, lexicon)
    elif support:
        fixed, kind = as_support(report, hits, ruleset, fixed, names, policy, lexicon), "support"
    fixed = fixes.ends(fixed)
    present = dict(elements_of(fixed, ruleset))
    record = not support and a_record(text, lexicon)
    if record:  # "She spent a month in detox": what happened, no goal; the action to come
        present.update(dict.fromkeys(_ASKED_OF_AN_ACTION, False))  # is asked, and its
        # measure and deadline (never "She spent a month in detox until [date]")
    if HARM.match(fixed):  # "committing family violence against the protected person": an
        present[Element.MEASURABLE] = True  # act an order bans, listed; never "[how often]"
    actor = report.actor if kind == "condition" else "agency"
    once = one_off(fixed, lexicon) and not record
    for _ in range(2):
        for knowledge in (domain, None):  # the domain's suggestions, else plain ones
            added = additions_for(actor, present, names, knowledge, once, fixed)
            statement = assemble(
                fixed, added, names, present, lexicon, policy, report.actor, kind, record
            )
            if knowledge is None or reads_clean(statement, fixed, ruleset):
                break
        # the label model weighs the whole statement: an element it read in the goal's
        # words alone ("is recorded in the case file" with a deadline) may not be read
        # beside the additions; then the addition for it is made too
        after = elements_of(statement, ruleset)
        lost = {element for element, found in present.items() if found and not after[element]}
        if not lost:
            break
        present = {element: found and element not in lost for element, found in present.items()}
    if help_given is not None:
        statement = f"{statement} {help_given}"
    result: dict[str, Any] = {
        "statement": fixes.sentence_case(statement),
        **_fields(
            report,
            hits,
            fixed,
            added,
            names,
            present,
            policy,
            kind,
            ruleset.detector_elements,
            frozenset(key for key, _ in ruleset.analyzer.readers),
            lexicon,
            edits,
        ),
        "placeholders": fixes.placeholders(statement),
        "kind": kind,
        **({"support": help_given} if help_given is not None else {}),
        "domain": domain.id if domain is not None else "general",
        "template": "fixes",
    }
    return MappingProxyType(result)


_ASKED_OF_AN_ACTION = (Element.BEHAVIORAL, Element.MEASURABLE, Element.TIME_LIMITED)


# --- the structured fields ------------------------------------------------------------------


def _span_texts(
    text: str,
    hits: Sequence[Hit],
    element_detectors: Sequence[str],
    read: frozenset[str],
    named_only: bool = False,
    clause: bool = False,
) -> list[str]:
    """The goal's own words for an element, each mention with every match that overlaps
    it ("by April" and "April 30, 2026" are one deadline), in order. Words a detector
    names ("8 sessions") come before what the reading implies ("complete" is a one-off),
    which `named_only` leaves out."""
    mentions = [h for h in hits if h.key.startswith("det:") and h.key[4:] in element_detectors]
    named = [h for h in mentions if h.key not in read]
    found = sorted(named or ([] if named_only else mentions), key=lambda h: (h.start, -h.end))
    return [m for chain in _chains(text, found) if (m := _mention(text, chain, clause))]


# the deadline a fix asks for ("timely notice" -> "notice by [date]")
_DEADLINE_ASKED = re.compile(r"\s+by \[date\]")


def _fixed_words(words: str | None, text: str, edits: Sequence[fixes.Edit]) -> str | None:
    """The goal's words for an element with the edits that fall inside them applied, as
    the rewritten statement says them."""
    at = text.find(words) if words else -1
    if words is None or at < 0:
        return words
    inside = [
        replace(e, start=e.start - at, end=e.end - at)
        for e in edits
        if at <= e.start and e.end <= at + len(words)
    ]
    return fixes.apply(words, inside) if inside else words


def _first(mentions: Sequence[str]) -> str | None:
    """An element's first mention in the goal's words, if it has one."""
    return mentions[0] if mentions else None


def _chains(text: str, found: Sequence[Hit]) -> list[list[Hit]]:
    """Matches (in order) grouped into one mention each: overlapping, right after words
    that go on ("at least | two to three times"), or the count's figure in brackets next
    ("every two | (2) weeks")."""
    chains: list[list[Hit]] = []
    end = -1
    for hit in found:
        if chains and (
            hit.start < end
            or hit.start == _figure_next(text, end)
            or (text[end : hit.start].isspace() and _OPEN_END.search(text, 0, end))
            or (text[end : hit.start].isspace() and _TIMES_THEN_PERIOD.match(text, hit.start))
            or (text[end - 1 : end].isdigit() and _MONTH_AFTER.match(text, end))
        ):
            chains[-1].append(hit)
            end = max(end, hit.end)
        else:
            chains.append([hit])
            end = hit.end
    return chains


def _mention(text: str, chain: Sequence[Hit], clause: bool) -> str:
    """The words of one mention: its matches, as far as words that go on run on."""
    start, end = chain[0].start, chain[0].end
    opened = -1  # where words that go on ended, when a match right after them was taken
    for hit in chain[1:]:
        if hit.start >= end and hit.start != _figure_next(text, end):
            opened = end if opened < 0 else opened
        end = max(end, hit.end)
    start, end = _hyphenated(text, start, end)
    end = _phrase_end(text, end, clause)
    if opened >= 0:  # and as far as those words ran on ("at least | four hours of these seminars")
        end = max(end, _phrase_end(text, opened, clause))
    return whole_words(text[start:end]).strip()


_FIGURE_NEXT = re.compile(r"\s+(?=\(\d)")


def _figure_next(text: str, end: int) -> int:
    """Where a figure in brackets starts right after `end`, past the spaces ("two | (2)
    weeks"), else -1."""
    gap = _FIGURE_NEXT.match(text, end)
    return gap.end() if gap else -1


_AGE_AFTER = re.compile(r"\s+years?(?:\s+old|\s+of\s+age)\b", re.IGNORECASE)
# a month after a day's number ("Before 1 | January 2023"): one date
_MONTH_AFTER = re.compile(
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|,|$)", re.I
)
# a period after how many times ("twice | weekly", "three times | monthly"): one frequency
_TIMES_THEN_PERIOD = re.compile(r"(?:weekly|daily|monthly|nightly|a\s+(?:week|day|month))\b", re.I)
_OPEN_END = re.compile(
    r"\b(?:the|a|an|your|his|her|their|its|any|each|all|you|he|she|they|it|we|being|of|"
    r"after|before|to|until|from|following|least|most|than|first|last|next|final|by|or|and)$"
    # (a link the match ended on: "prior to or | at the time of placement"), where a
    # record is kept: "documented on | the phone call logs", "as recorded in | the case plan"
    r"|\b(?:documented|recorded|noted|note|certified|listed|entered|filed|kept)\s+(?:on|in)$"
    # an event said by its verb: "before taking | photographs", "after leaving | the
    # program", "prior to seeking | a resolution"
    r"|\b(?:before|after|upon|while|when|without|prior\s+to|until)\s+[a-z]+ing$"
    # ... or by what the court does: "until the court | is satisfied ...", "until the
    # court|'s jurisdiction has been terminated"
    r"|\b(?:until|till)\s+(?:the\s+)?court$",
    re.IGNORECASE,
)
_OWNER = re.compile(r"['\u2019]s\b")
_CLOCK_END = re.compile(r"\d\s?(?:am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
_DAY_NEXT = re.compile(
    rf"\s+(?:on\s+)?(?:{WEEKDAY}|Christmas\s+(?:Eve|Day)|New\s+Year['\u2019]s\s+(?:Eve|Day))\b",
    re.IGNORECASE,
)
# ... and one whose numbered part follows: "in week | 1", "by Phase | 2" (not "30 days | 2")
_NUMBERED = re.compile(
    r"(?:^|(?<!\S)(?!\d)\S+\s+)(?:week|day|month|phase|step|stage|level|grade|module)$",
    re.IGNORECASE,
)
_DANGLING = frozenset({"the", "a", "an", "your", "his", "her", "their", "its", "any", "each",
                       "of", "to", "in", "on", "for", "with", "by", "than", "from", "at",
                       "no", "later", "not", "like", "as"})  # fmt: skip
# ("no later than" is a deadline's opening, never its end: "... by | no later than")
_RANGE = frozenset({"or", "to", "and"})
# where the words of an event end ("before the child is placed | and ...") ...
_CLAUSE_STOP = frozenset({"and", "or", "but", "to", "that", "which", "who", "whom", "whose",
                          "as", "if", "when", "while", "so", "because", "including",
                          "where", "unless",
                          # the sentence's own verb ("within 5 days of the absence | will be
                          # marked"), never an event's ("before the child can return")
                          "will", "shall", "must", "should", "would"})  # fmt: skip
_MODALS = frozenset({"will", "shall", "must", "should", "would", "can", "may", "could", "might"})
# (a subject before a modal is the next clause's: "Before your Initial Panel | you will")
_SUBJECTS = frozenset({"you", "he", "she", "they", "we", "i"})
# ... and those of a thing counted ("all the services | she needs")
_PHRASE_STOP = _CLAUSE_STOP | _MODALS | _SUBJECTS | {"need", "needs", "is", "are", "was",
                                                     "were", "has", "have", "had", "it", "on",
                                                     "in", "at", "for", "with", "by", "from",
                                                     "during", "until", "within", "before",
                                                     "after", "per"}  # fmt: skip


# ... or ends at a time that is of an event: "until the completion | of treatment",
# "within 30 days | of filing the action"
_EVENT_NOUN = re.compile(
    r"\b(?:start|end|beginning|commencement|completion|conclusion|duration|term|entry|filing"
    r"|expiry|expiration|remainder|date|hours?|days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)
_A_PERIOD = re.compile(
    r"\b(?:for|during|within|throughout|over)\s+(?:the|a|that|this)\s+"
    r"(?:set\s+|specified\s+)?period$",
    re.IGNORECASE,
)
_OF_A_THING = re.compile(r"\s+of\s+(?:the|this|that|his|her|their|its|time)\b", re.I)
# ... or to its length ("for a period | of up to three months", "| not exceeding one year",
# "| of 4 (four) months", "| between 6 months to 3 years")
_NUMBER_WORD = (
    r"\(?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty|thirty|sixty|ninety)\)?"
)
_UNIT = (
    r"(?:(?:calendar|business|working|consecutive)\s+)?"
    r"(?:hours?|days?|nights?|weeks?|months?|years?)\b"
)
_ITS_LENGTH = re.compile(
    r"(?:\s+(?:of|up|to|not|no|exceed|exceeding|in|excess|at|least|most|more|less|than|between"
    rf"|usually|{_NUMBER_WORD})){{0,6}}?\s+{_NUMBER_WORD}\s+{_UNIT}"
    rf"(?:\s+(?:to|and|or)\s+{_NUMBER_WORD}\s+{_UNIT})?",
    re.IGNORECASE,
)
_OF_NEXT = re.compile(r"\s+of\s+(?!age\b)(?=\w)", re.IGNORECASE)  # not "18 years of age"
# (an amount of time is no event's: "at least eight hours | of parenting classes")
_AMOUNT_OF_TIME = re.compile(
    r"\b(?:at\s+least|a\s+minimum\s+of|minimum|no\s+(?:fewer|less)\s+than)\s+\S+\s+"
    r"(?:hours?|days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)


def _phrase_end(text: str, end: int, clause: bool) -> int:
    """A match that stops at a word that needs what follows ("before the | child is
    placed", "all the | services she needs") runs on to the end of what it names: an event's
    clause (`clause`, up to twelve words: "within 30 days of receiving a copy of a child's
    birth certificate"), else a noun phrase (up to eight); a number whole ("before the
    1,000 dollar limit is reached", "prior to the age of 18"), a range too ("within a
    timeframe like 45 or 60 days"), and never ending on "the" or "of"; an event's time
    runs on to what it is of ("until the completion | of treatment"), a period to its
    length ("for a period | of up to three months"), a numbered part to its number ("in
    week | 1")."""
    of_event = clause and (
        (
            _EVENT_NOUN.search(text, 0, end)
            and not _AMOUNT_OF_TIME.search(text, 0, end)
            and _OF_NEXT.match(text, end)
        )
        # ... and a period, to the thing it is of ("for the period | of the order", "during
        # the period | of the adjournment"), not its length ("a period | of up to six months")
        or (_A_PERIOD.search(text, 0, end) and _OF_A_THING.match(text, end))
    )
    if _A_PERIOD.search(text, 0, end) and (length := _ITS_LENGTH.match(text, end)):
        return length.end()
    if _CLOCK_END.search(text, 0, end) and (day := _DAY_NEXT.match(text, end)):
        return day.end()  # a time's day: "from 5pm Friday to 5pm | Sunday"
    if _NUMBERED.search(text, 0, end) and (number := re.match(r"\s+\d+\b", text[end:])):
        return end + number.end()
    if text[end - 1 : end].isdigit() and (age := _AGE_AFTER.match(text, end)):
        return age.end()  # an age: "Before 18 | years old", never "By when: Before 18"
    if not _OPEN_END.search(text, 0, end) and not of_event:
        return end
    stops = _CLAUSE_STOP if clause else _PHRASE_STOP
    if owner := _OWNER.match(text, end):  # "the court|'s jurisdiction"
        end = owner.end()
    ends: list[int] = []
    words: list[str] = []
    for word in re.finditer(r"\s+((?:\d+[.,:](?=\d))*[^\s.,;:!?()]+)", text[end:]):
        if word.start() != (ends[-1] if ends else 0) or len(ends) == (12 if clause else 8):
            break  # punctuation, or far enough
        ranged = word.group(1).lower() in _RANGE and words and words[-1][:1].isdigit()
        if ranged and re.match(r"\s+\d", text[end + word.end() :]):
            pass  # "45 or 60 days": a range of numbers is one
        elif word.group(1).lower() in stops:
            if words and words[-1].lower() in _SUBJECTS and word.group(1).lower() in _MODALS:
                words.pop()  # the next clause's subject: "Before your Initial Panel | you
                ends.pop()  # will have to attend"
            break
        words.append(word.group(1))
        ends.append(word.end())
    while words and (words[-1].lower() in _DANGLING or not re.search(r"\w", words[-1])):
        words.pop()
        ends.pop()
    return end + ends[-1] if ends else end


# the words of a count and of its period, and the words that end the words about it
_SMALL_COUNT = r"one|two|three|four|five|six|seven|eight|nine|ten"
_TIMES = r"once|twice|thrice"
_PERIOD = r"(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year)"
_NOT_COUNTED = r"and|or|but|to|in|at|of|for|with|by|on|the"
# a count's period after it: "twice | a week", "3 times | per month", "one visit | each week",
# "two day-long | sessions per week" (the words of what a count counts between)
_PERIOD_AFTER = re.compile(
    rf"(?P<between>(?:\s*\(\d+\))?(?:\s*(?<=[\s)])(?!(?:{_NOT_COUNTED}|then|if|when|as|than|that"
    r"|which|who|until|within|from|after|before|is|are|be|will|shall|must)\b)[a-z][\w-]*){0,3}?)"
    rf"\s+(?:{_PERIOD}|(?:a|an|per|each|every)\s+weekday)\b",
    re.IGNORECASE,
)
_A_COUNT = re.compile(rf"\d|\b(?:{_SMALL_COUNT}|{_TIMES})\b", re.IGNORECASE)
# ... the rest of a figure before it: "R2, | 000 per month", "$1, | 500"
_FIGURE_BEFORE = re.compile(
    r"(?<!\S)(?:[$\u00a3\u20ac\u20a6]|[A-Za-z]{1,4}\.?)?(?:\d[\d,.]*)?(?<=\S)$"
)
# ... and a sum whose thousands follow a space ("R20 | 000 each month")
_THOUSANDS = re.compile(r"\d{3}\b")
_SUM_SPACED_BEFORE = re.compile(r"(?<!\S)(?:[$\u00a3\u20ac\u20a6]|[A-Z]{1,3})\d{1,3}\s$")
# ... the other days of the week named with a day ("every Tuesday | and Thursday")
_A_DAY = re.compile(rf"\b{WEEKDAY}$", re.IGNORECASE)
_MORE_DAYS = re.compile(MORE_DAYS, re.IGNORECASE)
# ... and the first end of a range before it: "2 - | 3 times", "three or | four times"
_RANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?:\d+|{_SMALL_COUNT})(?:\s*[-\u2013]\s*|\s+(?:to|or)\s+)$", re.IGNORECASE
)
# ... and how many "times" are, before them: "multiple | times per week", "two (2) to three
# (3) | times a week" (never "How often: Times per week.")
_TIMES_ALONE = re.compile(r"times\b", re.IGNORECASE)
_HOW_MANY = (
    rf"(?:(?:(?:{_SMALL_COUNT})\s*)?\(\d+\)|\d+|{_SMALL_COUNT}|several|many|few|multiple|numerous)"
)
_TIMES_COUNTED_BEFORE = re.compile(
    rf"(?<![\w-]){_HOW_MANY}(?:\s*(?:-|\u2013|to|or)\s*{_HOW_MANY})?\s+$", re.IGNORECASE
)
_HOW_MANY_TIMES = re.compile(rf"\b(?:{_TIMES})\b", re.IGNORECASE)
# ... a count's words before its figure: "two | (2) hours", "twenty-four | (24) hours"
_SPELLED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]?)?"
    rf"(?:{_SMALL_COUNT}|eleven|twelve|fifteen)?\s*$",
    re.IGNORECASE,
)
# ... and a period alone with its count before it: "three self-help groups | per week",
# "once | per month" ("How often: Per week." says nothing of how many)
_PERIOD_ALONE = re.compile(_PERIOD, re.IGNORECASE)
_COUNT_BEFORE = re.compile(
    rf"(?<![^\s(])(?:[^\s(]*\d[^\s(]*|(?:{_SMALL_COUNT}|{_TIMES})\b)(?:\s*\(\d+\)\s*)?"
    rf"(?:[\s(]+(?!(?:{_NOT_COUNTED}|per|a|an|each|every)\b)[\w()/-]+){{0,4}}?\s+$",
    re.IGNORECASE,
)


# words that count ("12 sessions", "two hours") or say how often (OFTEN)
_COUNTS = re.compile(rf"\d|\b(?:{_SMALL_COUNT})\b|{OFTEN.pattern}", re.IGNORECASE)
# a sum and the period it is paid in ("$50 a month")
_SUM_PER_PERIOD = re.compile(
    r"\$\s?\d[\d,]*(?:\.\d+)?\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year)\b",
    re.IGNORECASE,
)
# a length of time alone ("up to two hours", "90 minutes"): how long, not how often
_LENGTH_ALONE = re.compile(
    r"(?:(?:at\s+least|up\s+to|about|no\s+more\s+than|a\s+minimum\s+of)\s+)?"
    rf"(?:\d+|{_SMALL_COUNT}|an?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)",
    re.IGNORECASE,
)


def _per_period(text: str, measure: str | None) -> str | None:
    """A measure in the goal's words, whole: with the period its count is in when that
    follows it ("twice" in "visit twice a week" is "twice a week", never "How often:
    Twice." in the parent's handout), with its count when it is a period alone ("three
    groups per week", never "Per week."), and with the whole of its figure ("R2,000 per
    month", "two (2) hours per week", never "000 per month")."""
    at = text.find(measure) if measure else -1
    if measure is None or at < 0:
        return measure
    figure = _FIGURE_BEFORE.search(text, 0, at) if measure[0].isdigit() else None
    if figure is None and _THOUSANDS.match(measure):  # "R20 000", its thousands after a
        figure = _SUM_SPACED_BEFORE.search(text, 0, at)  # space (never "000 each month")
    if figure:  # "R2,000", not "000"
        measure, at = text[figure.start() : at + len(measure)], figure.start()
    counted = _TIMES_COUNTED_BEFORE.search(text, 0, at) if _TIMES_ALONE.match(measure) else None
    if counted:  # "multiple | times per week", "two (2) to three (3) | times a week"
        measure, at = text[counted.start() : at + len(measure)], counted.start()
    days = _MORE_DAYS.match(text, at + len(measure)) if _A_DAY.search(measure) else None
    if days:  # "every Tuesday | and Thursday", never "Every Tuesday." alone
        measure += days.group()
    ranged = _RANGE_BEFORE.search(text, 0, at) if _A_COUNT.match(measure) else None
    if ranged:  # "2 - | 3 times a week", "3 or | 4 times a week": the whole range
        measure, at = text[ranged.start() : at + len(measure)], ranged.start()
    spelled = _SPELLED_BEFORE.search(text, 0, at) if measure.startswith("(") else None
    if spelled and spelled.group().strip():  # "two | (2) hours", "twenty-four | (24) hours"
        measure, at = text[spelled.start() : at + len(measure)], spelled.start()
    if _PERIOD_ALONE.fullmatch(measure):
        count = _COUNT_BEFORE.search(text, max(0, at - 80), at)
        if count is None:
            return measure
        *_, nearest = [count, *_HOW_MANY_TIMES.finditer(text, count.start(), at)]
        return text[nearest.start() : at] + measure  # "children thrice | a week": thrice
    period = _PERIOD_AFTER.match(text, at + len(measure))
    if period and period["between"] and not _A_COUNT.search(measure):
        return measure  # words between follow a count only, not "shall be conducted"
    return measure + period.group() if period else measure


def _hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to the whole of a hyphenated word it is part of: the match
    "twice" in "twice-monthly court appearances" is "twice-monthly", not a new "twice"."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def _fields(
    report: GoalReport,
    hits: Sequence[Hit],
    fixed: str,
    added: Added,
    names: Names,
    present: Mapping[Element, bool],
    policy: Policy,
    kind: str,
    detector_elements: Mapping[str, Element],
    read_by: frozenset[str],
    lexicon: Lexicon,
    edits: Sequence[fixes.Edit] = (),
) -> dict[str, Any]:
    """behavior, measure, due, evidence, cadence, feedback: the goal's own words where it
    has them (as the rewrite fixed them: "provide clean urine tests" gives the evidence
    "negative urine tests"), else what the rewrite added (placeholders included), else the
    goal's own structured field."""
    own = report.goal.fields
    text = report.goal.statement.text
    detectors = {
        element: [d for d, e in detector_elements.items() if e is element] for element in Element
    }
    # an added action is asked beside the goal's own ("Not use any drugs. Sobriety is ...":
    # the parent's handout must still say "not use any drugs")
    behavior = _quotes_closed(_predicate_words(fixed, lexicon))
    if added.behavior:
        behavior = with_own_words(behavior, added.behavior)
    due_words = report.goal.due or (
        _first(_span_texts(text, hits, detectors[Element.TIME_LIMITED], read_by, clause=True))
        if added.due is None
        else added.due
    )
    # a measure in the goal's words ("8 sessions", "every 14 days"), not the one-off task
    # the reading finds measurable by itself ("complete a parenting program": "How often:
    # Complete" in the handout), nor the deadline's days ("within 45 days after ..."); its
    # first mention, unless that counts nothing and a later one says how often ("is
    # enrolled in preschool and attends at least 3 days a week": "at least 3 days a week",
    # not "enrolled in")
    said = [
        _per_period(text, m)
        for m in _span_texts(text, hits, detectors[Element.MEASURABLE], read_by, named_only=True)
    ]
    mentions = [m for m in said if m and not (due_words and m in str(due_words))]
    first = said[0] if said and said[0] in mentions else None
    often = next((m for m in mentions if OFTEN.search(m)), None)
    if first and often and _LENGTH_ALONE.fullmatch(first):  # how long each time is no
        # count: a length is said with how often when that follows it ("up to two hours
        # each Sunday", "15 hours of training each year"), else how often alone
        per = re.search(
            rf"{_LENGTH_ALONE.pattern}(?:\s+of(?:\s+[\w-]+){{1,3}}?)?\s+{re.escape(often)}",
            text,
            re.IGNORECASE,
        )
        first = per.group() if per else None
    measure = added.measure or (first if first and _COUNTS.search(first) else often or first)
    if measure and (sum_per := _SUM_PER_PERIOD.match(measure)):  # "$50 a month", never "$50
        measure = sum_per.group()  # a month on program" (a count of programs, to the reading)
    if measure in mentions:  # a choice is said whole: "check in weekly or monthly", "once
        after = mentions[mentions.index(measure) + 1 :]  # or twice a week"
        measure = next(  # (and a range of how often: "anywhere from weekly to monthly",
            (f"{measure} {link} {m}" for m in after[:1] for link in ("or", "to")  # never
             if f"{measure} {link} {m}" in text  # "6 months to 2 years", how long)
             and (link == "or" or (OFTEN.search(measure) and OFTEN.search(m)))),
            measure,
        )  # fmt: skip
        either = re.search(rf"\b(?:once|one|two|three|four|five|\d+) or {re.escape(measure)}", text)
        measure = either.group() if either else measure
        # so are the days a month names ("the second and fourth Thursday of every month",
        # never "Fourth Thursday of every month")
        days = re.search(rf"\b(?:{_ORDINALS})(?:,\s+(?:{_ORDINALS}))*,?\s+(?:and|or)\s+"
                         rf"{re.escape(measure)}", text, re.IGNORECASE)  # fmt: skip
        measure = days.group() if days and _ORDINAL_FIRST.match(measure) else measure
    if measure and not added.measure and OFTEN.search(measure):  # how often as the rewrite
        measure = _fixed_words(measure, text, edits)  # says it: "multiple times per week" is
        # "[how many] times per week"
    shown = fixes.PLACEHOLDER.search(added.evidence or "")
    evidence = (shown.group() if shown else None) or _fixed_words(
        _first(_span_texts(text, hits, detectors[Element.EVIDENCE_SOURCE], read_by)),
        text,
        edits,
    )
    if evidence:  # "given timely notice" is fixed as "given notice by [date]": the
        evidence = _DEADLINE_ASKED.sub("", evidence)  # deadline is no part of the evidence
    cadence = added.cadence or _fixed_words(
        _first(_span_texts(text, hits, detectors[Element.REPORTING_CADENCE], read_by)),
        text,
        edits,
    )
    duty = kind == "support" or report.actor in DUTIES
    feedback = None
    if added.cadence:
        cadence_sentence = say_cadence(added.cadence, names, report.actor, kind)
        feedback = cadence_sentence if duty else feedback_sentence(names, policy)
    values = {
        "behavior": behavior,
        "measure": measure,
        "due": iso_date(due_words) if due_words else None,
        "evidence": evidence,
        "cadence": cadence,
        "feedback": feedback,
    }
    return {k: own.get(k) or v for k, v in values.items()}


# the "not" of a prohibition, before its verb ("Do not use", "may never allow", "Not to
# carry out", "don't leave", "cannot allow", "are not allowed to speak"), or the words
# that say it ("Avoid coaching the child", "refraining from leaving")
_NEGATION = re.compile(
    r"(?:\b(not|never)|n['\u2019]t|\bcannot|\b(avoid(?:s|ing)?|refrain(?:s|ing)?\s+from))\b",
    re.IGNORECASE,
)
# a negation of the past ("did not | complete", "had never | attended", "hasn't | called",
# "could not | attend"; and "never | attended")
_PAST_NOT = re.compile(
    r"\b(?:(?:did|had|has|have|was|were|could|would)\s+(?:not|never)"
    r"|(?:did|had|has|have|was|were|could|would)n['\u2019]t)\s+$",
    re.IGNORECASE,
)
# ... or what they refused to do ("She refused to | sign forms")
_REFUSED = re.compile(  # (and "fails to", "failing to attend the parenting class")
    r"\b(?:refus|declin|fail|neglect)(?:ed|es|s|ing)\s+to\s+$", re.IGNORECASE
)
# ... with its "has" ("The parent | has failed to meet the conditions", "and you | have
# not done them")
_HAS_REFUSED = re.compile(
    r"(?:has|have|had)\s+(?:(?:refused|declined|failed|neglected)\s+to|not|never)\b",
    re.IGNORECASE,
)
_NEVER = re.compile(r"\bnever\s+$", re.IGNORECASE)
# ... or what someone was doing ("He was currently | undertaking a detoxification programme")
_WAS_DOING = re.compile(
    r"\b(?:was|were)\s+(?:(?:currently|still|already|also|then|now|actively)\s+)?$", re.I
)
_PAST = re.compile(r"[a-z]+ed\b")
_DOING = re.compile(r"[a-z]+ing\b")
_NEGATION_BEFORE = re.compile(
    _NEGATION.pattern + r"\s+(?:(?:be\s+)?(?:allowed|permitted|authori[sz]ed|able)\s+to\s+|"
    r"(?:to|\[to\]|ever|again)\s+)?$",
    re.IGNORECASE,
)


_CONDITION_FIRST = re.compile(rf"\s*(?:{fixes.CONDITION_WORDS}|once|where)\b", re.IGNORECASE)


_SUBJECT_MODAL = re.compile(
    r"^(?:you|he|she|they|we|I)\s+(?:must|will|shall|should|needs?\s+to|is\s+to|are\s+to|"
    r"ha(?:ve|s)\s+to)\s+",
    re.IGNORECASE,
)


def _predicate_words(statement: str, lexicon: Lexicon) -> str:
    """What the goal asks to be done, in its own words: its first sentence from the first
    action ("attend family therapy every week"), without who or the modal but with its "not"
    ("not use drugs"), and with the condition it opens with ("call 911 if you or a child is
    in immediate danger") or the occasion ("attend six months of after-care after
    graduation from ...")."""
    words = _act_words(statement, lexicon)
    occasion = fixes.OCCASION_FIRST.match(statement)
    if occasion is None or not words or statement.startswith(words):
        return words  # (said whole: its occasion is in it)
    return f"{words.rstrip(' .;:,')} {fixes.mid_sentence(occasion.group(1))}"


def _act_words(statement: str, lexicon: Lexicon) -> str:
    end = fixes.first_sentence_end(statement, lexicon)
    reading = read(statement[:end], lexicon)
    predicates = reading.predicates
    condition = fixes.opening_condition(statement[:end]) or _opening_purpose(
        statement[:end], reading
    )
    if condition is not None:
        # the action after the condition (the reading's first verb can be the condition's
        # own: "If you do not complete ..., call the worker")
        predicates = tuple(p for p in predicates if p.start >= condition.end())
    start = 0 if condition is None else condition.end()
    if _someone_else(statement, reading, lexicon):  # "A student ... MUST attend": who too
        return statement[:end].strip()
    opening_slot = fixes.ACTION_PLACEHOLDER.match(statement)
    if opening_slot is not None and (not predicates or predicates[0].start > 0):
        # the act a fix put first, in its slot ("[call or meet - how often] and meet with
        # your attorney, as well as ask ... if you can't afford an attorney"): all of it,
        # never a later clause's verb ("not afford an attorney")
        return statement[:end].strip()
    purpose = _PURPOSE_FIRST.match(statement, 0, end)
    if condition is None and purpose and _ANOTHER_CLAUSE.match(statement, purpose.end(), end):
        # a purpose before someone's act ("To get those children back, California added
        # ..."): whole, never the purpose as the act ("get those children back, ...")
        return statement[:end].strip()
    if reading.subject is not None and DECIDING_I.match(statement, reading.subject[0]):
        # a judge's "I have also determined that ..." is the judge's, whole (never "have
        # also determined ..." said to the parent)
        return statement[:end].strip()
    if predicates and _POSSESSED_BEFORE.search(statement, 0, predicates[0].start):
        # a noun the reading took for a verb ("agreed to cater for the minors' medical |
        # care"): whole, never "care, while ..."
        return statement[:end].strip()
    if predicates and _IF_MODAL.search(statement, start, predicates[0].start):
        # the verb of a condition's own modal ("to phone if you must | cancel and to leave
        # the visit room ..."): whole, never "cancel and leave ..."
        return statement[:end].strip()
    if predicates and (
        _NO_STEP_BEFORE.search(statement, start, predicates[0].start)
        or _NEED_NOT.match(statement, predicates[0].start)
    ):
        # what no one has to do ("You do not have to make a statement to the police"), or
        # it is not right to do, or there must be: whole, never the step "make a statement"
        return statement[:end].strip()
    would = _WOULD_HAVE.search(statement, start) if predicates else None
    if would is not None and would.start() < predicates[0].start:
        # what would have been ("I would have had to pay ..."): whole, never "have had to
        # pay" asked of the parent
        return statement[:end].strip()
    if OUR_VIEW.match(statement, start) and (
        reading.subject is None
        or statement[reading.subject[0] : reading.subject[1]].lower() in ("we", "i")
    ):  # the writer's view ("We feel strongly both parents need treatment"): whole, never
        # "feel strongly ..." asked of the parent (but "We think you should call ...": call)
        return statement[:end].strip()
    if predicates and _HEDGE_FIRST.match(statement, start, predicates[0].start):
        # how often it is asked at all ("Sometimes parents are expected to attend ...",
        # "[Always, or say when not] the mother must attend ..."): whole, never "attend ..."
        return statement[:end].strip()
    if predicates and _ORDERS_ANOTHER.match(statement, start, predicates[0].start):
        # what an order asks of someone not the parent ("requiring an alleged sexual
        # offender to | leave the home"): whole, never the parent's "leave the home"
        return statement[:end].strip()
    if _with_someone_else(statement, reading, lexicon):
        # "Mother and the caseworker | will meet monthly": who meets stays (never "meet
        # monthly" alone)
        return statement[:end].strip()
    if reading.subject is not None and _ABLE.match(statement, reading.subject[1]):
        # what someone can or may do ("... demonstrate to the court's satisfaction that the
        # parent can protect the child"): never asked as "protect the child"
        return statement[:end].strip()
    if reading.subject is not None and _MAY_ORDER.search(statement, 0, reading.subject[1]):
        # what someone may (not must) be ordered to do ("... a justice or municipal court
        # may order the parent to attend a program"): never the step "attend a program"
        return statement[:end].strip()
    if (
        predicates
        and reading.subject is None
        and _MAY_FIRST.fullmatch(statement, start, predicates[0].start)
    ):
        # a power listed without its holder ("May require the child or a guardian of the
        # child to do ... any specified thing"): never the order "Require the child ..."
        return statement[:end].strip()
    if condition is None and _CONDITION_FIRST.match(statement):
        # "If it's safe phone the police": no comma ends the condition, so all of it (never
        # "phone the police" alone, nor the condition's own verb: "If you are asked to do
        # the drug testing program you are not allowed to use ...")
        return statement[:end].strip()
    if predicates and _in_a_relative_clause(statement, predicates[0], lexicon):
        # a duty told of what a noun names ("specific requirements that a parent must |
        # meet to advance ...", "The list of services that you must | complete."): whole,
        # never "meet to advance ..." or "complete." without what is met or completed
        return statement[:end].strip()
    if predicates and _ASKED_TO_LEAVE.search(statement, 0, predicates[0].end):
        # "... is not acceptable and you will be asked to leave": what staff do when a rule
        # is broken, said whole (never the step "You will leave.")
        return statement[:end].strip()
    if predicates:
        action = _action_start(statement, predicates[0], reading, lexicon)
        if action is None:  # said of its subject: the whole sentence
            return statement[:end].strip()
        start = max(start, action)
        start = _from_its_be(statement, start)
    slot = fixes.placeholder_at(statement[:end], start)
    if slot is not None:  # a verb inside "[do what with, e.g. meet ...]": all of it
        start = slot[0]
    sentence = 0 if condition is None else condition.end()
    start, negation = _negated(statement, sentence, start, predicates[:1])
    if (
        _REFUSED.search(statement, sentence, start)
        or _HAS_REFUSED.match(statement, start)
        or (_WAS_DOING.search(statement, sentence, start) and _DOING.match(statement, start))
        or (
            negation
            and (
                _PAST_NOT.search(statement, sentence, start)
                or (_NEVER.search(statement, sentence, start) and _PAST.match(statement, start))
            )
        )
    ):
        # what a parent did not do ("did not complete the therapy required under his case
        # plan", "She refused to sign forms"): a finding, said as written (never the ban
        # "not complete the therapy", nor the duty "sign forms")
        return statement[:end].strip()
    subject = reading.subject
    if not negation and subject and start >= subject[1] and _NO_ONE.match(statement, subject[0]):
        negation = "not"  # "Neither parent shall remove ...": "not remove", never "remove"
    start = _with_its_adverb(statement, sentence, start)
    if statement.count("(", sentence, start) > statement.count(")", sentence, start):
        # an act inside brackets ("put her foot down (after being told to | do so by the
        # caseworker) and ..."): an aside, never the step "do so by the caseworker)"
        return statement[:end].strip()
    words = statement[start:end].strip()
    if _OPENING_ADVERB_WORD.match(words):  # "Only sign ...": "only sign ..." after "will"
        words = words[0].lower() + words[1:]
    reported = _REPORTED_AFTER.search(words)
    if reported is not None:  # "... needed to play an active role in her children's lives
        words = words[: reported.start()]  # | and also said that ...": the speaker's, no act
    if _STRANDED.fullmatch(words) or _WHAT_BEFORE.search(statement, 0, start):
        # "matters the parents needed to work on", "be very clear about what you must
        # complete": what is done is said before the verb, so all of it
        return statement[:end].strip()
    if condition is not None and not predicates:  # the reading stopped at the condition's
        words = _SUBJECT_MODAL.sub("", words)  # list: "you must | report it to DAS"
        words = re.sub(r"^please\s+", "", words, flags=re.I)  # or comma: "..., please call"
    if negation and words:  # "Do not use drugs": "not use drugs", never "use drugs"
        words = f"{negation} {words}"
    qualifier = _participle_of_subject(statement, reading, lexicon)
    if qualifier and words:  # "The parent initiating the call | should bear the expense"
        words = f"{words.rstrip(' .;:,')} when {qualifier}"
    if condition is None:
        return words
    if not words:
        return statement[condition.start(1) : end].strip()
    if condition.re is _PURPOSE_FIRST and ";" in statement[condition.end() :]:
        # a purpose of a list ("To be considered for the program, the parent must be 18
        # years or older; a resident of ...; have ..."): said first, as written
        return statement[:end].strip()
    return f"{words} {fixes.mid_sentence(statement[condition.start(1) : condition.end(1)])}"


# what the one who told the parent went on to say, joined to the act ("He had told the
# mother that she needed to play an active role ... and also said that the state has failed
# the child")
_REPORTED_AFTER = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+)?(?:said|stated|noted|added|explained|warned|"
    r"urged|remarked|observed)\b",
    re.IGNORECASE,
)


# a purpose a sentence opens with, before its comma ("To learn more, | call your child's
# social worker", "To start the intake process, | parents must first observe a session")
_PURPOSE_FIRST = re.compile(r"\s*((?:in\s+order\s+)?to\s+[a-z]+\b[^,;:\[\]]{0,80}),", re.I)


def _opening_purpose(sentence: str, reading: Reading) -> re.Match[str] | None:
    """The purpose `sentence` opens with (group 1, without its comma) when a clause of its
    own follows: an action asked at once ("call ...") or someone's duty ("parents must
    ..."); not a list's first item ("To provide food, clothing, shelter", "To attend, and
    be heard, at court hearings")."""
    purpose = _PURPOSE_FIRST.match(sentence)
    if purpose is None:
        return None
    after = purpose.end()
    acts = [p for p in reading.predicates if p.start >= after]
    if not acts:  # (the reading stops at the comma before "please": "..., please contact")
        return purpose if _PLEASE_ACT.match(sentence, after) else None
    if reading.subject is not None and reading.subject[0] >= after:
        return purpose
    return purpose if _PLEASE.fullmatch(sentence, after, acts[0].start) else None


_PLEASE = re.compile(r"\s*(?:please\s+)?", re.I)
_PLEASE_ACT = re.compile(r"\s*please\s+[a-z]+", re.I)
# ... a clause with a subject of its own after it, which the reading did not take ("To get
# those children back, | California added outpatient treatment ...") - not an aside ("To not
# commit a family offense, | as defined in ...")
_ANOTHER_CLAUSE = re.compile(
    r"\s*(?!(?:as|if|when|unless|where|once|in|of|for|by|with|to|and|or)\s)"
    r"(?:(?:the|a|an|this|that|his|her|their)\s+)?(?:[A-Z][\w-]*|[a-z]+)\s+"
    r"(?:[a-z]+ed|was|were|had|has|have|is|are|will|shall|must|may|can|would|could|should)\b"
)
# an action whose preposition ends the sentence, its object said before it ("the matters
# the parents needed to work on", "what they were asked to deal with")
_STRANDED = re.compile(
    r"[\w-]+(?:\s+[\w-]+)?\s+(?:on|with|about|for|to|at|in|of|from|after|upon)\W*"
    r"|do(?:\s+so|\s+it|\s+this|\s+that)?\W*",  # (or "do" alone: "something that they | do")
    re.I,
)
# ... or its object is "what" before its subject and modal ("about what you must | complete",
# "the specific actions parents must | take to mitigate risks")
_WHAT_BEFORE = re.compile(
    r"\b(?:what|(?:actions?|steps?|things?|tasks?)(?:\s+that|\s+which)?)\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:must|should|shall|will|need\s+to|have\s+to|has\s+to)\s+"
    r"(?:do\s+(?:in\s+order\s+)?to\s+)?$",  # ("what parents must do to | control ...")
    re.I,
)
# a hedge on whether it is asked at all, opening the sentence (or the placeholder that asks
# for one in its place)
_HEDGE_FIRST = re.compile(
    r"\W*(?:(?:sometimes|often|usually|generally|typically|occasionally|normally|ordinarily|"
    r"frequently)\b|in\s+(?:some|most|many)\s+(?:cases|instances)\b|\[always, or say when not\])",
    re.IGNORECASE,
)
# an order, its subject left out, on someone named who is not the reader ("requiring an
# alleged sexual offender to | leave ...", "ordering the respondent to | pay ...")
_ORDERS_ANOTHER = re.compile(
    r"\W*(?:requir|order|direct|instruct|compell?|forc)(?:e|es|ed|ing|s)?\s+"
    r"(?!(?:the\s+|each\s+|both\s+|all\s+)?(?:parents?|mother|father|mom|dad|you|him|her|them|"
    r"client|participants?)\b)(?:[\w'\u2019-]+\s+){1,5}?to\s+$",
    re.IGNORECASE,
)
# a modal of ability or leave, not of duty; or what someone was willing or able to do ("the
# mother | was willing to extend the voluntary care arrangement")
_ABLE = re.compile(
    r"\s*(?:(?:can|could|may|might)\b(?!\s+not\b|\s+never\b|['\u2019]t)|(?:was|were)\s+(?:not\s+)?"
    r"(?:willing|unwilling|ready|prepared|able|unable)\s+to\b)",
    re.I,
)
# ... and what someone may (or would) order, require or direct others to do ("the court may
# order | the parent to attend", "A Parenting Order may require | you to attend", "A
# parenting order would require | a parent to comply")
# (or may not: "The court or the county may not require the parent or guardian to pay any
# fee", never the step "pay any fee"; nor what someone may ask or expect: "DCS may ask the
# parents to sign an Informal Adjustment")
_MAY_ORDER = re.compile(
    r"\b(?:(?:can|could|may|might|would)\s+(?:not\s+|also\s+|[a-z]+ly\s+)?|(?:must|shall|"
    r"will|should)\s+not\s+|cannot\s+|(?:can|won|shouldn|mustn)['\u2019]t\s+)"
    r"(?:order|require|direct|instruct|ask|expect|request|tell)(?:\s+[\w'\u2019,/()-]+){1,8}\s*$",
    re.I,
)
_MAY_FIRST = re.compile(r"\W*(?:can|could|may|might)\s+(?:also\s+)?", re.I)
# a subject that says no one of them may ("Neither parent shall", "Neither the mother nor the
# father shall", "No parent may", "None of the parents will")
# (not a bound on a time or an amount: "That no less than seven days prior to each visit
# the father shall notify ...")
_NO_ONE = re.compile(
    r"\W*(?:neither|no|none\s+of)\s+"
    rf"(?!doubt\b|(?:{'|'.join(sorted(COMPARATIVES))})\b)",
    re.I,
)
# the adverb between a modal (or "not") and the verb: what it says of the act is the act's
# ("shall promptly notify", "will permanently remove", "must only use", "must always call")
_ADVERB_BEFORE = re.compile(
    r"\b(?:will|shall|must|should|may|can|to|not|never)\s+((?:(?!(?:early|only|ever)\b)"
    r"[a-z]+ly\s+|(?:only|always|also)\s+)+)$",
    re.I,
)


# ... or that opens a command: "Only sign the plan if you are sure ...", "Please only bring"
_ADVERB_OPENING = re.compile(r"\W*(?:please\s+)?((?:only|always)\s+)$", re.I)
_OPENING_ADVERB_WORD = re.compile(r"(?:Only|Always)\s")


def _with_its_adverb(statement: str, sentence: int, start: int) -> int:
    """Where an action starting at `start` starts with the adverbs just before its verb."""
    adverbs = _ADVERB_BEFORE.search(statement, sentence, start) or _ADVERB_OPENING.match(
        statement, sentence, start
    )
    return adverbs.start(1) if adverbs else start


_ASKED_TO_LEAVE = re.compile(r"\b(?:be|being)\s+asked\s+to\s+leave$", re.IGNORECASE)
# a relative clause's "that" or "which", its subject and its modal, just before the verb
# read ("requirements that a parent must | meet"), and what follows a verb whose object
# is that noun: nothing, or the purpose it is done for ("| to advance", "| in order to")
_RELATIVE_DUTY = re.compile(
    r"\b([a-z]+)\s+(?:that|which)\s+(?:(?:a|an|the|each|every|his|her|their)\s+)?[a-z]+\s+"
    r"(?:must|will|shall|should|(?:will\s+)?(?:need|have|has)\s+to)\s+$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(r"\s*(?:$|[.;:,)!?]|to\s+[a-z]|in\s+order\b)", re.IGNORECASE)


def _in_a_relative_clause(statement: str, verb: Predicate, lexicon: Lexicon) -> bool:
    """The verb read is a relative clause's, its object the noun before "that" (no verb:
    "The court ordered that the mother must | comply." is the order's own duty)."""
    relative = _RELATIVE_DUTY.search(statement, 0, verb.start)
    if relative is None or not _NO_OBJECT.match(statement, verb.end):
        return False
    before = relative.group(1).lower()
    return not before.endswith("ed") and not lexicon.key(before)[1]


def _quotes_closed(words: str) -> str:
    """Words cut before a sentence's closing quote close it: "focus on \u201cstranger
    danger\u201d", never "\u201cstranger danger" (whose stop stays behind)."""
    if words.count("\u201c") > words.count("\u201d"):
        return words + "\u201d"
    if not words.count("\u201c") and words.count("\u201d") == 1:
        # a quote opened before the words that were cut ('... "shall | report violations
        # of this order to the court".'): its close goes with it
        return re.sub("\u201d(\\W*)$", r"\1", words)
    if words.count('"') % 2:
        if words.count('"') == 1 and re.search(r'"\W*$', words):
            return re.sub(r'"(\W*)$', r"\1", words)
        return words + '"'
    return words


def _negated(
    statement: str, sentence: int, start: int, first: Sequence[Predicate]
) -> tuple[int, str]:
    """Where the words of the action starting at `start` start, with the word that negates
    them ("not", "never"; "" for none, or when they say it themselves: "Avoid coaching the
    child"). The "not" just before the verb, or for a negated action further back in the
    same clause ("Never criticize or | speak negatively ..."; not "if they cannot afford
    one, the court may appoint"), from `sentence` on."""
    negation = _NEGATION_BEFORE.search(statement, 0, start)
    if negation is None and first and first[0].negated:
        before = list(_NEGATION.finditer(statement, sentence, start))
        if before and not re.search(r"[,;:()]", statement[before[-1].end() : start]):
            negation, start = before[-1], before[-1].end()
    if negation is None:
        return start, ""
    if negation.group(2):  # "avoid", "refrain from": the words say it
        return negation.start(), ""
    return start, (negation.group(1) or "not").lower()


_PERSONAL = frozenset({"you", "he", "she", "i", "we", "they"})
_QUALIFIERS = frozenset({"of", "in", "for", "with", "who", "that", "which", "whose", "from"})
_JOINS = frozenset({"or", "and", "/", "and/or", ","})
_AFTER_WHO = frozenset({"also", "do", "not", "never", "will", "shall", "must", "may", "can",
                        "should", "would", "could", "only", "always", "still", "then", "now",
                        "both", "all", "each", "themselves", "herself", "himself", "be",
                        "have", "n't", "cannot"})  # fmt: skip


def _the_parent(statement: str, reading: Reading, lexicon: Lexicon) -> bool:
    """Is the reading's subject the parent ("The parent", "Mother", "You", a name)?"""
    if reading.subject is None:
        return False
    said = statement[slice(*reading.subject)]
    tokens = [t for t in tokenize(said, lexicon) if t.low not in ("[", "]")]  # "[mother]"
    if _POSSESSED.search(said) and actor_in(tokens, lexicon) != "parent":
        return False  # "[the child]'s custody is to return ...": a thing of someone's (the
        # possessor is skipped: "[the child]'s mother" is the parent)
    keys = tuple(t.key for t in tokens)
    if reading.person or (keys and keys[0] in _PERSONAL):
        return True
    if next((t.low for t in tokens if t.low not in lexicon.determiners), "") in ACT_NOUNS:
        return False  # the act itself: "Failure by the parents ... to attend shall be treated"
    # each of the people named before what qualifies them ("The parent or parents | of a
    # child", "The parent/guardian"), by the words it ends with ("This joint family
    # commitment" is a thing; "Parents also | ...", "Mother does not | ...")
    head = next((k for k, key in enumerate(keys) if key in _QUALIFIERS), len(keys))
    while head > 1 and (keys[head - 1] in _AFTER_WHO or keys[head - 1].endswith("ly")):
        head -= 1
    # (or before a participle that qualifies them: "The parent | initiating the call")
    ends = [
        k for k in range(1, head + 1) if k == head or keys[k] in _JOINS or tokens[k].form == "ing"
    ]
    return any(
        lexicon.actors.get(keys[i:end]) == "parent"
        for end in ends
        for i in range(max(0, end - lexicon.longest), end)
    )


# a possessive before the subject's head ("[the child]'s | custody", "the child's | mother")
_POSSESSED = re.compile(r"(?<=[\w\]])['\u2019]s\s+(?=\w)")


def _participle_of_subject(statement: str, reading: Reading, lexicon: Lexicon) -> str | None:
    """The participle or clause that says which parent a sentence is about ("The parent |
    initiating the call | should bear the expense", "Parents | who are prescribed any
    medication | must ensure ...", "Parents | who have concerns | should call ..."): the
    action holds for them only then."""
    if reading.subject is None or not _the_parent(statement, reading, lexicon):
        return None
    begin, end = reading.subject
    tokens = tokenize(statement[begin:end], lexicon)
    at = next((k for k, t in enumerate(tokens) if k > 0 and t.form == "ing"), None)
    # (or a passive said of them: "Parents or carers | who are prescribed any medication")
    who = next((k for k, t in enumerate(tokens) if k > 0 and t.low == "who"), None)
    if at is None and who is not None and who + 2 < len(tokens):
        be, done = tokens[who + 1], tokens[who + 2]
        if be.low in ("is", "are") and (done.form == "ed" or done.low.endswith("ed")):
            return statement[begin + done.start : end].strip(" ,") or None
        # or a clause of their own ("Parents | who have concerns | should call ..."): who
        # they are, said again ("... when they have concerns", "when the parent has ...")
        # (not one between commas, which only describes them: "The mother, who has a
        # history of missed visits, must attend every visit")
        if who > 0 and tokens[who - 1].low != "," and be.low not in ("is", "are", "was", "were"):
            named = statement[begin : begin + tokens[who].start].strip(" ,")
            said = statement[begin + be.start : end].strip(" ,")
            named = fixes.mid_sentence(named) if be.form == "s" else "they"
            return f"{named} {said}" if said else None
    if at is None or lexicon.actors.get(tuple(t.key for t in tokens[at - 1 : at])) is None:
        return None  # "The visiting parent" names the parent; no participle after them
    return statement[begin + tokens[at].start : end].strip(" ,") or None


def _someone_else(statement: str, reading: Reading, lexicon: Lexicon) -> bool:
    """Is the sentence about someone who is neither the parent nor one whose duty the plan
    states ("A student", "The exes"), so that its action needs its subject?"""
    if reading.subject is None or reading.actor in (*DUTIES, "caregiver"):
        return False
    return not _the_parent(statement, reading, lexicon)


_JOINED = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_MOTHER = re.compile(r"\b(?:mother|mum|mom)\b", re.IGNORECASE)
_FATHER = re.compile(r"\b(?:father|dad)\b", re.IGNORECASE)
_DETERMINED = frozenset({"the", "a", "an", "her", "his", "their", "your", "my", "our", "its"})


def _with_someone_else(statement: str, reading: Reading, lexicon: Lexicon) -> bool:
    """Does the parent's subject join someone else to them ("Mother and the caseworker",
    "The mother and her partner"), not the parent's own roles ("Parents and guardians")?"""
    if reading.subject is None or not _the_parent(statement, reading, lexicon):
        return False
    parts = _JOINED.split(statement[slice(*reading.subject)])
    if len(parts) > 1 and _MOTHER.search(" ".join(parts)) and _FATHER.search(" ".join(parts)):
        return True  # "the Mother and the Father have equal shared responsibility": both
    for part in parts if len(parts) > 1 else ():
        tokens = tokenize(part, lexicon)
        keys = tuple(t.key for t in tokens if t.low not in _DETERMINED)
        actor = lexicon.actors.get(keys)
        owned = bool(tokens) and tokens[0].low in ("her", "his", "their")  # "her partner"
        if (actor == "parent" and not owned) or (
            actor == "caregiver" and tokens and tokens[0].low not in _DETERMINED
        ):
            continue
        return True
    return False


# "is to be" works as a modal ("Mother is to be drug tested"), and its "be" is the
# action's: "is to be | honest with the department", "is to be | on time for every visit"
# (whose only verb-like word is "visit")
_TO_BE = re.compile(r"\b(?:is|are)\s+to\s+(be)\s+[^.;:,()]*$", re.IGNORECASE)


def _from_its_be(statement: str, start: int) -> int:
    """An action's start moved back to the "be" of an "is to be" before it, in its clause."""
    be = _TO_BE.search(statement, 0, start)
    return be.start(1) if be else start


# a passive whose own subject is said after "for" ("for an in-home safety plan to be
# developed"), not the parent
_FOR_THEM_TO = re.compile(r"\bfor\s+(?:[\w'\u2019-]+\s+){1,6}to\s+$", re.I)
_BE_BEFORE = re.compile(r"\b(be|is|are|am|was|were|been|being)\s+(?:[\w-]+\s+){0,2}$", re.I)


# a possessive (and a word) before a word: a noun, never the verb ("the minors' medical |
# care", "the mother's | care")
_POSSESSED_BEFORE = re.compile(r"\w(?:['\u2019]s|s['\u2019])\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# a condition's subject and modal just before the verb read ("if you must | cancel")
_IF_MODAL = re.compile(
    r"\b(?:if|unless|whether|in\s+case)\s+(?:you|he|she|they|we|I)\s+(?:must|will|can|should|"
    r"may|need\s+to|have\s+to|has\s+to)\s+(?:not\s+)?$",
    re.IGNORECASE,
)
# what comes before a verb that is no step: no duty at all ("You do not have to | make a
# statement", "The parent need not | be present", "are not required to | be enrolled"), what
# it is not right to do ("It is not appropriate to | use a temporary care agreement"), or
# what there must be ("... to which you answer "No" there must be | a Condition For Return")
_NO_STEP_BEFORE = re.compile(
    r"(?:(?:\b(?:do|does|did|will|would|shall)\s+(?:not|never)|\b(?:don|doesn|didn|won|"
    r"wouldn)['\u2019]t)\s+(?:have|need)\s+to|\bneed\s+not)\s+(?:[a-z]+ly\s+)?$|"
    r"\b(?:not|never)\s+(?:required|obliged|obligated|expected|compelled)\s+to\s+$|"
    r"\bit\s+(?:(?:is|was|would\s+be|will\s+be)\s+not|isn['\u2019]t|wasn['\u2019]t)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+\s+(?:for\s+(?:[\w'\u2019-]+\s+){1,3}?)?to\s+$|"
    # ... or a failure a law names as a ground ("the parent must fail to meet the
    # conditions ..."): never the step "meet the conditions"
    r"\bfail\s+to\s+$|"
    # ... or what it is wrong to do ("It is unacceptable to perform duties for ...")
    r"\bit\s+(?:is|was|would\s+be|will\s+be)\s+(?:unacceptable|unlawful|inappropriate|illegal|"
    r"wrong|forbidden|prohibited|against\s+the\s+(?:law|rules)|an\s+offen[cs]e|a\s+crime)\s+"
    r"(?:for\s+(?:[\w'\u2019-]+\s+){1,3}?)?to\s+$|"
    r"\bthere\s+(?:must|shall|should|will|would|may|can|is\s+to|are\s+to|needs?\s+to|has\s+to|"
    r"have\s+to)\s+(?:not\s+|also\s+|always\s+)?$|"
    # ... or what is yet to be decided ("a conference to decide whether or not your
    # children should | go back onto a child protection plan"): never the step "go back"
    r"\bwhether\s+(?:or\s+not\s+)?(?:(?:[\w'\u2019-]+\s+){0,4}?(?:should|will|would|can|could|"
    r"may|might|must|shall)\s+(?:not\s+)?|to\s+)$|"
    # ... or what a failure leads to ("Failure of the non-custodial parent to arrive ...
    # without calling to let us know that you will | be running late, will result in
    # cancellation")
    r"\A\W*(?:failure|failing)\s+(?:of|to)\b[^.;]*$",
    re.IGNORECASE,
)
_NEED_NOT = re.compile(r"need\s+not\b", re.IGNORECASE)  # ... or "need not" read as the verb
# a modal's perfect before the act ("I would | have had to pay", "could have | attended")
_WOULD_HAVE = re.compile(
    r"\b(?:would|could|should|might|may|must)(?:\s+not)?\s+have\s+(?:been|had|done|gone|"
    r"seen|made|taken|given|known|[a-z]+ed)\b",
    re.IGNORECASE,
)
# a verb the reading does not know before the act it reads ("cause the child to | attend",
# "subject himself to a hair follicle | test")
_CAUSE_BEFORE = re.compile(
    r"\b(?:caus(?:e|es|ing)\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+"
    r"|subject(?:s|ing)?\s+(?:himself|herself|themselves|yourself|myself)\s+to\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?)$",
    re.I,
)
# what someone says is so in a case ("She argues that ...", "The father denies ...")
_CLAIMS = frozenset({"argue", "claim", "contend", "assert", "insist", "allege", "deny"})
# ... or says, in the present, of what they do ("states that he attends", "reports she is")
_TELLS = frozenset({"state", "say", "report", "maintain", "indicate", "explain", "testify"})
_WHAT_IS_TOLD = re.compile(r"\s+(?:that|he|she|they|I)\b", re.IGNORECASE)
# what someone meant to do, told in the past, just before the act ("She wanted to | go")
_MEANT_BEFORE = re.compile(
    r"\b(?:wanted|wished|hoped|intended|planned|desired)\s+to\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
# a verb whose past participle is its base form, after its "has" ("has read", "have put")
_SAME_PARTICIPLE = frozenset(
    {"read", "put", "set", "cut", "hit", "let", "quit", "shut", "spread", "hurt", "upset"}
)


def _action_start(
    statement: str, predicate: Predicate, reading: Reading, lexicon: Lexicon
) -> int | None:
    """Where the words of an action start: at its verb ("attend ..."), at the "be" of a
    passive said of the parent after a modal ("The parent will | be drug tested weekly", not
    "tested weekly"); None when they are said of the subject rather than asked of the parent
    ("Each missed course must be made up", "Mother was referred ...", "Life Skills is a ...
    curriculum", "Mother attended all visits"): then the whole sentence says it."""
    if predicate.passive:
        be = _BE_BEFORE.search(statement, 0, predicate.start)
        if be is None or be.group(1).lower() != "be" or reading.subject is None:
            return None
        if _FOR_THEM_TO.search(statement, 0, be.start()):
            return None  # "willing for a safety plan to | be developed": the plan's
        if _participle_of_subject(statement, reading, lexicon):
            return None  # "Mother following the recommendations will be monitored"
        return be.start(1) if _the_parent(statement, reading, lexicon) else None
    word = statement[predicate.start : predicate.end].lower()
    if lexicon.key(word)[1] == "ed" or (predicate.verb == "be" and word != "be"):
        return None
    if predicate.verb in ("wish", "want", "hope", "desire"):
        return None  # "The parents wish to retain the services of ...": never "You will wish"
    if predicate.verb in _CLAIMS and reading.subject is not None:
        return None  # "She also argues that she has addressed ...": never "You will argue"
    if (
        predicate.verb in _TELLS
        and word.endswith("s")
        and reading.subject is not None
        and _WHAT_IS_TOLD.match(statement, predicate.end)
    ):  # "The father states that he attends NA and AA meetings": what he says he does, as
        return None  # told (never "You will state that you attend ...")
    if _MEANT_BEFORE.search(statement, 0, predicate.start):
        return None  # "She wanted to go all-in ...", "She intended to enter a residential
        # treatment programme": what someone meant to do, as told (never "You will enter")
    cause = _CAUSE_BEFORE.search(statement, 0, predicate.start)
    if cause is not None:  # "shall cause the child concerned to | attend a recognised
        return cause.start()  # school": the parent's act is causing it (never "attend")
    after = re.match(r"\s+([a-z]+)\b", statement[predicate.end :], re.IGNORECASE)
    if word in ("has", "have", "had") and after and after.group(1).lower() in _SAME_PARTICIPLE:
        return None  # "Each parent has read the Agreement": done, as "has completed" is
    if word == "be" and after and lexicon.key(after.group(1).lower())[1] == "ed":
        # a passive the reading took for "be" ("The use of devices ... should be avoided")
        return predicate.start if _the_parent(statement, reading, lexicon) else None
    return predicate.start


def iso_date(text: str) -> str:
    """'June 30, 2026', 'by 6/30/2026' as 2026-06-30 (for the `due` field); else unchanged."""
    bare = re.sub(r"^(?:by|until|before|on|no\s+later\s+than)\s+", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", bare.replace(",", " "))
    cleaned = " ".join(cleaned.split())
    for form in ("%B %d %Y", "%b %d %Y", "%m/%d/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, form).date().isoformat()
        except ValueError:
            continue
    return text
