"""Predicates: the modal, the verbs after it (observable or not, negated or not), bans,
one-off tasks, coordination and fragments."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .lexicon import (
    BOUNDARY,
    COORDINATORS,
    FILLERS,
    PREPOSITION_BEFORE_MAY,
    PREPOSITIONS,
    SENTENCE_END,
    Lexicon,
    Predicate,
    Token,
)
from .names import actor_in, names_person_at
from .tokens import match_any, starts_with


@dataclass(slots=True)
class Sentence:
    form: str = "fragment"
    subject: list[Token] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    activity: tuple[int, int] | None = None
    ban: tuple[int, int] | None = None
    agent: str | None = None  # "by the agency" in a passive or fragment
    once: tuple[int, int] | None = None  # a fragment naming a one-off task
    given: bool = False  # a passive whose subject receives a service ("be referred")


_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", ")", "”"})  # not ",": "may, however, ..."


def find_modal(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[int, int] | None:
    for i, token in enumerate(tokens):
        phrase = match_any(tokens, i, lexicon.modals)
        if phrase is None:
            continue
        if token.low == "may" and (
            (i > 0 and tokens[i - 1].low in PREPOSITION_BEFORE_MAY)
            or (i + 1 < len(tokens) and tokens[i + 1].low[:1].isdigit())
            or (token.text == "May" and i > 0)
        ):
            continue  # the month
        if token.low in ("can", "will") and i > 0 and tokens[i - 1].key in lexicon.determiners:
            continue  # "a can", "her will"
        if token.low == "should" and i + 1 < len(tokens) and tokens[i + 1].low in _SHOULD_IF:
            continue  # a condition: "a resource available to a youth after exit should the
            # youth encounter difficulties", "Should a student accumulate 3 absences"
        back = i - 1
        while back > 1 and tokens[back].low in ("have", "has", "had"):
            back -= 1  # (its perfect: "Parents who have | been ordered to participate")
        if i > 1 and tokens[back].low in ("who", "which", "that"):
            continue  # a relative clause: "the youth who must be an active participant"
        if i > 2 and tokens[i - 1].low in _PRONOUNS and tokens[i - 2].low in _ASKING:
            continue  # a question told inside the sentence: "let your Personal Advisor
            # know who you would like to attend", "ask them whether they would like to"
            # (not one that opens it: "What you'll need to do is ... follow the rules")
        if _things_they_do(tokens, i, lexicon):
            continue  # what a noun names, done by someone: "name specific actions they
            # will take", "learns the things they need to succeed"
        if _in_condition(tokens, i):
            continue  # a condition's own: "(call ahead) if you need to | cancel", "(get your
            # own lawyer) even if you want to | make an agreement"
        end = i + len(phrase)
        if end >= len(tokens) or tokens[end].low in _CLAUSE_ENDS:
            continue  # nothing follows: "as soon as you can.", "if you will;"
        if (
            len(phrase) > 1
            and end < len(tokens)
            and (tokens[end].key in lexicon.determiners or not tokens[end].low.isalpha())
        ):
            continue  # "concerns that you have to the worker"
        if phrase[-1] == "to" and tokens[end].low in _NO_ACT_AFTER_TO:
            continue  # "do not agree to anything you are unable to do": "to" a thing
        if tokens[i].key == "agree" and tokens[end].low in _AGREED_BY_OR_IN:
            continue  # "as mutually agreed to | by the Mother and Father", "the activities
            # agreed to | in their RSP": what was agreed, no duty
        return i, end
    return _required_later(tokens, lexicon)


def _things_they_do(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Is the modal at `at` in a clause that tells of the things a plan names, its subject
    a pronoun: "the services that you must complete", "specific actions they will take"
    (after a verb: "name | specific actions they will take")? Not a sentence's own subject
    after what opens it ("In these programs they will ...")."""
    if at < 3 or tokens[at - 1].low not in _PRONOUNS:
        return False
    k = at - 2
    relative = tokens[k].low in ("that", "which", "whom")
    if relative:
        k -= 1
    if tokens[k].low not in _THINGS_DONE:
        return False
    if relative:
        return True
    for before in range(k - 1, -1, -1):
        word = tokens[before]
        if not word.low.isalpha() or word.low in PREPOSITIONS:
            return False  # ("In such cases they will ...", ", parents they must")
        if word.key in lexicon.verbs:
            return True
    return False


# the things a plan names that someone does ("the services that you must complete")
_THINGS_DONE = frozenset({"things", "steps", "actions", "tasks", "goals", "requirements",
                          "changes", "services", "activities", "conditions", "programs",
                          "programmes", "classes", "courses", "sessions",
                          "assignments"})  # fmt: skip
_CONDITIONS = frozenset({"if", "unless", "when", "whenever"})
_SHOULD_IF = frozenset({"the", "a", "an", "any", "this", "that", "there"})
_AGREED_BY_OR_IN = frozenset({"by", "in", "with", "between", "among", "at", "on", "upon",
                              "during", "under"})  # fmt: skip
_PRONOUNS = frozenset({"you", "they", "he", "she", "we", "i", "it"})
# the words that open a question told inside a sentence ("know who you would like ...")
_ASKING = frozenset({"who", "whom", "what", "whether", "how", "which"})


def _in_condition(tokens: Sequence[Token], at: int) -> bool:
    """Whether the modal at `at` is the verb of a condition: "if", "unless", "when" or
    "whenever" and at most three words of its subject just before it."""
    for k in range(at - 1, max(-1, at - 5), -1):
        if tokens[k].low in _CONDITIONS:
            return k < at - 1  # (a subject between: "if you | need to")
        if not tokens[k].low.isalpha() or tokens[k].low in ("and", "or", "but"):
            return False
    return False


# what follows a modal's "to" and is no act: a thing or a person ("agree to anything")
_NO_ACT_AFTER_TO = frozenset({"anything", "something", "everything", "nothing", "it", "this",
                              "them", "him", "me", "us"})  # fmt: skip


_REQUIRED = frozenset({"required", "expected", "ordered", "asked", "directed", "encouraged"})


def _required_later(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[int, int] | None:
    """'is required on a daily basis to call ...', 'were ordered by the court to attend
    ...', 'are each ordered to contact ...': the modal phrase with words between its parts."""
    for i in range(len(tokens) - 3):
        if tokens[i].key != "be" or (i > 0 and tokens[i - 1].low in ("who", "which", "that")):
            continue  # (not a relative clause's: "A person who | is required to attend ...")
        if _things_they_do(tokens, i, lexicon):
            continue  # ("the services that he | was ordered to perform")
        word = i + 1
        while word < i + 3 and _between_be_and_required(tokens[word], lexicon):
            word += 1
        if tokens[word].low not in _REQUIRED:
            continue
        for k in range(word + 1, min(word + 8, len(tokens) - 1)):
            if tokens[k].low in BOUNDARY - {","}:
                break
            if tokens[k].low == "to" and tokens[k + 1].key in lexicon.verbs:
                return i, k + 1
    return None


_BEFORE_REQUIRED = frozenset(
    {"each", "both", "all", "also", "further", "then", "now", "still", "later", "again",
     "therefore", "thus", "first", "hereby"}
)  # fmt: skip


def _between_be_and_required(token: Token, lexicon: Lexicon) -> bool:
    """A word between "is" and "required": "are each required", "is then required", "was
    ultimately ordered"."""
    low = token.low
    return low in _BEFORE_REQUIRED or (_adverb_like(low) and token.key not in lexicon.verbs)


# nouns that end like an adverb: "family support team meetings" opens with no adverb
_LY_NOUNS = frozenset({"family", "assembly", "supply", "reply", "ally", "anomaly", "bully",
                       "rally", "july", "italy", "monopoly", "homily"})  # fmt: skip


def _adverb_like(low: str) -> bool:
    """Does the word look like an adverb ("regularly", "ultimately"), not a noun?"""
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def is_denied(tokens: Sequence[Token], modal: tuple[int, int]) -> bool:
    """Is the modal itself negated: "cannot", "can't", "won't"?"""
    return any(t.low in ("cannot", "n't", "not") for t in tokens[modal[0] : modal[1]])


def skip_fillers(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> tuple[int, bool]:
    """Skip adverbs and negations from `at`; return the new position and whether a
    negation was passed."""
    negated = False
    while at < len(tokens):
        token = tokens[at]
        negation = match_any(tokens, at, lexicon.negations)
        if negation is not None:
            negated = True
            at += len(negation)
            continue
        adverb = match_any(tokens, at, lexicon.adverbs)
        if adverb is not None and not _act_before_a_thing(tokens, at, adverb):
            at += len(adverb)
            continue
        if _adverb_like(token.low) and token.key not in lexicon.verbs:
            at += 1
            continue
        if token.low in (",", "or", ":", "-", "\u2013", "\u2014"):
            at += 1  # ("The Plan must \u2013 Include a named lead professional")
            continue
        break
    return at, negated


def _act_before_a_thing(tokens: Sequence[Token], at: int, adverb: Sequence[str]) -> bool:
    """Is a bare "start" or "begin" the act itself, a thing begun after it ("begin drug
    rehabilitation", "start counseling sessions"), not an act's beginning ("begin attending",
    "start to attend")? And is a phrase that ends with "to" or "for" said of a thing ("agree
    to the terms of FRC", "have to agree to it", "be responsible for the full-time care"),
    its own verb the act, not skipped to the thing?"""
    if at + len(adverb) >= len(tokens):
        return False
    after = tokens[at + len(adverb)]
    if adverb[-1] in ("to", "for"):
        return after.low in _THING_AFTER
    if tuple(adverb) not in (("start",), ("begin",)):
        return False
    return after.form != "ing" and after.low.isalpha() and after.low != "to"


# what opens a thing, never an act, after "agree to", "be responsible for" ...
_THING_AFTER = frozenset({"the", "a", "an", "it", "this", "that", "these", "those", "them",
                          "him", "her", "any", "all", "their", "his", "its", "your", "my",
                          "our", "such", "each", "every"})  # fmt: skip


_NOT_OBJECT = PREPOSITIONS | {"under", "as", "which", "that", "when", "where", "if"}


def _observable(verb: str, tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Is `verb` (at tokens[at]) an observable action here? States are not, unless the
    words after them say what is done ("maintain a record"); actions are, unless the words
    after them name a state ("provide a safe home", "meet the children's needs")."""
    window = tokens[at + 1 : at + 6]

    def followed_by(table: Mapping[str, tuple[tuple[str, ...], ...]]) -> bool:
        """One of the verb's phrases follows it within a few words; a lone preposition
        ("live at", "provide for") only right after it."""
        return first_follower(table, verb, window) is not None

    if verb in lexicon.through:  # "ensure (that) the children attend school"
        clause = tokens[at + 1 : at + 9]
        if any(
            t.key in lexicon.actions
            and (t.form in ("base", "s") or (t.form == "ed" and k and clause[k - 1].key == "be"))
            for k, t in enumerate(clause)
        ):  # "ensure that the minutes are circulated": done, by whoever
            return True
    if verb == "carry" and window and window[0].low == "out":
        # "carry out an assessment", "Police checks will be carried out": an activity done
        # (not "carry out the plan", "carry out their duties")
        done = list(window[1:5])
        done = done[: next((k for k, t in enumerate(done) if t.low in _NOT_OBJECT), len(done))]
        if tokens[at].form == "ed":
            done += tokens[max(0, at - 12) : at]
        if any(match_any(done, k, lexicon.activities) is not None for k in range(len(done))):
            return True
    if verb in lexicon.states:
        return (
            followed_by(lexicon.observable_with)
            or _by_doing(tokens, at, lexicon)
            or (verb == "have" and _names_document(window, lexicon))
        )
    if verb not in lexicon.actions:
        return False  # an unknown verb: observable only when the lists say so
    if len(window) > 1 and window[0].low == "[" and window[1].low != "]":
        return True  # its object a slot the plan fills in: "take [which steps] to ..."
        # (not a quotation's "follow[] all recommendations")
    state = first_follower(lexicon.state_with, verb, window)
    if state is None:
        return True
    return record_first(window, state, lexicon)


_Phrases = tuple[tuple[str, ...], ...]


class _Followers(NamedTuple):
    """A verb's phrases in a table (observable_with, state_with), as `first_follower` looks
    them up."""

    lone: frozenset[str]  # lone prepositions: they count only right after the verb
    by_first: dict[str, _Phrases]  # the other phrases, by their first word
    empty: bool  # an empty phrase (a pack's ""): found right after the verb


# id(table) -> (table, {verb: its followers}); the tables live in the frozen Lexicon
_FOLLOWERS: dict[int, tuple[object, dict[str, _Followers]]] = {}


def _followers(table: Mapping[str, _Phrases], verb: str) -> _Followers:
    """Made once per table and verb, so that `first_follower` passes over a word that
    starts none of the verb's phrases at once instead of trying every phrase at every
    word."""
    entry = _FOLLOWERS.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _FOLLOWERS[id(table)] = (table, {})
    known = entry[1].get(verb)
    if known is None:
        phrases = table.get(verb, ())
        lone = {p for p in phrases if len(p) == 1 and p[0] in PREPOSITIONS}
        by_first: dict[str, _Phrases] = {}
        for phrase in phrases:
            if phrase and phrase not in lone:
                by_first[phrase[0]] = (*by_first.get(phrase[0], ()), phrase)
        empty = () in phrases
        known = entry[1][verb] = _Followers(frozenset(p[0] for p in lone), by_first, empty)
    return known


def first_follower(table: Mapping[str, _Phrases], verb: str, window: Sequence[Token]) -> int | None:
    """Where in `window` the first of the verb's phrases in `table` starts (a lone
    preposition only at its start), or None."""
    if not window or verb not in table:
        return None
    lone, by_first, empty = _followers(table, verb)
    if empty or window[0].low in lone:
        return 0
    for k, token in enumerate(window):
        phrases = by_first.get(token.key, ())
        if token.low != token.key:
            phrases += by_first.get(token.low, ())
        if phrases and any(starts_with(window, k, phrase) for phrase in phrases):
            return k
    return None


def _names_document(window: Sequence[Token], lexicon: Lexicon) -> bool:
    """Does the object name a document ("have a Care Plan", "must have a written
    agreement"): a determiner, at most two words, then the document's name?"""
    if not window or window[0].low not in _DETERMINERS_ONE:
        return False
    return any(match_any(window, k, lexicon.documents) for k in range(1, min(4, len(window))))


def record_first(words: Sequence[Token], state: int, lexicon: Lexicon) -> bool:
    """Is a record named at or before `state` (where a state's word stands)? Then the
    record is what is handed over: "provide a copy of the Safety Plan", "A copy of the care
    plan will be provided"."""
    return any(
        match_any(words, k, lexicon.one_off_objects) or match_any(words, k, lexicon.documents)
        for k in range(min(state + 1, len(words)))
    )


def _by_doing(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """A state shown by doing something: "monitor the quality of care by reviewing the
    reports", "as evidenced by attending every session"."""
    for k in range(at + 1, min(len(tokens) - 1, at + 12)):
        if tokens[k].low in SENTENCE_END:
            return False
        if tokens[k].low in ("by", "through"):
            after = tokens[k + 1]
            return after.form == "ing" and after.key in lexicon.actions
    return False


def verb_at(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    return at < len(tokens) and tokens[at].key in lexicon.verbs


def read_predicate(
    tokens: Sequence[Token], at: int, negated: bool, lexicon: Lexicon, passive: bool = False
) -> Predicate:
    token = tokens[at]
    return Predicate(
        verb=token.key,
        start=token.start,
        end=token.end,
        observable=_observable(token.key, tokens, at, lexicon),
        negated=negated,
        passive=passive,
        once=_once(tokens, at, lexicon),
    )


_CONDITIONS = frozenset({"if", "when", "whenever", "upon", "unless"})  # not "once": a frequency


def _particle(tokens: Sequence[Token], k: int) -> bool:
    """Is the word at `k` an "upon" that ends its clause ("Visit with your child as agreed
    upon"): no condition nor occasion follows it."""
    return tokens[k].low == "upon" and (k + 1 == len(tokens) or tokens[k + 1].low in _CLAUSE_ENDS)


_QUALIFIERS = frozenset({"as", "when", "where", "if", "whenever", "wherever", "upon", "on", "at"})
OPEN_ENDED = frozenset(
    {"asked", "requested", "needed", "necessary", "appropriate", "possible", "required",
     "directed", "feasible", "deemed", "applicable", "desired", "recommended", "warranted",
     "indicated", "request", "instructed", "advised", "practicable"}
)  # fmt: skip
_LEFT_OPEN = OPEN_ENDED - {"possible", "practicable", "applicable"}
_ONGOING = frozenset(
    {"information", "supervision", "transportation", "housing", "employment", "income", "care",
     "support", "services", "service", "treatment", "counseling", "counselling", "therapy",
     "help", "assistance", "updates", "reports", "documentation", "feedback", "guidance"}
)  # fmt: skip
_DETERMINERS_ONE = frozenset(
    {
        "a",
        "an",
        "the",
        "one",
        "this",
        "that",
        "his",
        "her",
        "their",
        "your",
        "my",
        "our",
        "its",
        "each",
        "every",
        "all",
        "any",
    }
)


def _once(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Is the verb at `at` a one-off task: done once and plainly done or not?"""
    verb = tokens[at].key
    if any(
        t.low in _QUALIFIERS and k + 1 < len(tokens) and tokens[k + 1].low in _LEFT_OPEN
        for k, t in enumerate(tokens)
    ):  # "Submit to drug testing as requested", "Refer ... where required": left open
        return False
    if any(
        t.low in _CONDITIONS
        and not _particle(tokens, k)
        and (k + 1 >= len(tokens) or tokens[k + 1].low not in OPEN_ENDED)
        and (k == 0 or tokens[k - 1].low != "only")
        for k, t in enumerate(tokens[: at + 25])
        if k != at
    ):  # "Take the child to the emergency room if ...", "When violence happens, go to ..."
        return True  # (not "when asked", "if needed": those leave it open; nor "visit the
        # children only when supervised": a limit on what is done again and again)
    if any(
        match_any(tokens, k, lexicon.occasions) is not None and not _particle(tokens, k)
        for k in range(at + 1, min(len(tokens), at + 25))
    ):  # "confirmed before being presented", "upon exiting care", "during the meeting"
        return True
    window = tokens[at + 1 : at + 6]
    stop = next((k for k, t in enumerate(window) if t.low in BOUNDARY), len(window))
    window = window[:stop]
    if any(t.low in lexicon.open_standards for t in window):
        return False  # "move to acceptable housing", "complete several evaluations"
    if verb in lexicon.notice_verbs and any(
        match_any(tokens, k, lexicon.triggers) is not None
        for k in range(at + 1, min(len(tokens), at + 25))
    ):
        return True
    if any(match_any(window, k, lexicon.one_off_objects) for k in range(len(window))):
        return True
    if verb in _HANDING and _handed_a_thing(tokens, at, lexicon):
        return True  # "provide the parents with a copy of the case plan"
    if verb == "take" and window and window[0].low in ("a", "an", "one"):
        # "take a parenting class", "take a urinalysis test": one of them, done or not
        head = next((t for t in window[1:] if t.low not in lexicon.determiners), None)
        return head is None or head.low not in _ONGOING
    if verb in _ACQUIRE and any(t.low in _ACQUIRED for t in window[:3]):
        return True  # "find employment", "obtain housing and income": had by then, or not
    if verb == "attend" and _one_occasion(tokens[at + 1 : at + 8]):
        return True  # "attend the Conference", "attend for the case conference"
    if verb not in lexicon.one_off:
        # any other action on a definite object is done once: "review the section on
        # animal safety", "write down the dates of your hearings", "reschedule the visit"
        if verb not in lexicon.actions:
            return False
        if verb not in lexicon.ongoing:
            return _definite(window)
        # ("call the pediatrician by May 1", "meet with the counselor by 5/1": an action
        # that goes on, done once by a date)
        if window and window[0].low in ("with", "to"):
            window = window[1:]
        return _definite(window) and _by_a_date(tokens, at)
    if verb == "submit" and window and window[0].low == "to":
        # "submit to random drug screens": ongoing; "submit to a hair follicle test": once
        return len(window) > 1 and window[1].low in ("a", "an", "one")
    head = next((t for t in window if t.low not in lexicon.determiners), None)
    bare = bool(window) and window[0].low not in _DETERMINERS_ONE
    if head is not None and head.low in _ONGOING:
        return False
    return not (bare and head is not None and head.form == "s" and verb != "complete")


_HANDING = frozenset({"provide", "give", "supply", "furnish", "present"})
_ACQUIRE = frozenset({"obtain", "find", "gain", "secure", "get", "acquire", "establish", "locate"})
_ACQUIRED = frozenset({"employment", "job", "work", "housing", "residence", "income",
                       "apartment", "accommodation", "tenancy"})  # fmt: skip


_OCCASIONS = frozenset({"conference", "hearing", "meeting", "orientation", "interview",
                        "appointment", "intake", "review", "trial", "mediation"})  # fmt: skip


def _one_occasion(window: Sequence[Token]) -> bool:
    """Is the object one occasion, named as such ("the Conference", "for the case
    conference"), not a series ("all meetings", "parenting classes", "a 12-step meeting")?"""
    words = [t.low for t in window]
    stop = next((k for k, w in enumerate(words) if w in BOUNDARY), len(words))
    words = words[:stop]
    if words[:1] == ["for"]:
        words = words[1:]
    if words[:1] in (["a"], ["an"], ["one"]):  # an event held once for each person: "attend
        # an orientation", "attend an Information Session" (not "a 12-step meeting")
        named = words[1:5]
        return any(w in _ONE_EVENT for w in named) or "information session" in " ".join(named)
    if not words or words[0] not in ("the", "this", "that", "their", "his", "her", "your", "my",
                                      "our"):  # fmt: skip
        return False  # ("attend a 12-step meeting": one of a kind, again and again)
    return any(w in _OCCASIONS for w in words[1:6])


_ONE_EVENT = frozenset({"orientation", "induction", "intake", "interview", "assessment",
                        "evaluation"})  # fmt: skip


def _handed_a_thing(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Is someone handed one thing ("provide you with a Parent Binder", "provide the court
    with the costs", "with written information")? Not an open standard ("with
    appropriate care") nor a state ("with an understanding of ...")."""
    for k in range(at + 1, min(len(tokens) - 1, at + 7)):
        if tokens[k].low in BOUNDARY:
            return False
        if tokens[k].low != "with":
            continue
        opener = tokens[k + 1].low
        if opener not in ("a", "an", "the", "written", "copies", "copy", "their", "his", "her"):
            return False
        return not any(  # ("understanding", "support": states)
            t.low in lexicon.open_standards or t.key in lexicon.states or t.low == "opportunity"
            for t in tokens[k + 2 : k + 5]
        )
    return False


_PARTICLES = frozenset({"down", "up", "out", "off", "back", "over", "together", "in"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "jan", "feb", "mar",
                     "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})  # fmt: skip
_DATE = re.compile(r"\d{1,4}(?:[/-]\d{1,2}){1,2}(?:[/-]\d{2,4})?")  # 5/1, 2026-05-01, 5-1-26


def _by_a_date(tokens: Sequence[Token], at: int) -> bool:
    """Is a date the deadline of the verb at `at` ("by May 1", "by 5/1", "by [date]", "no
    later than June 30")? A date only: "by the worker" names who acts."""
    for k in range(at + 1, min(len(tokens) - 1, at + 25)):
        low, after = tokens[k].low, tokens[k + 1].low
        if low in BOUNDARY and low != ",":
            return False
        if not (low == "by" or (low == "than" and tokens[k - 1].low == "later")):
            continue
        slashed = k + 2 < len(tokens) and tokens[k + 2].low == "/"  # "5/1": three tokens
        if (
            after in _MONTHS
            or after == "["
            or _DATE.fullmatch(after)
            or (after.isdigit() and slashed)
        ):
            return True
    return False


def _definite(window: Sequence[Token]) -> bool:
    """Does the window open with a definite object ("the dates", "a note", "her ID")?"""
    at = 0
    while at < len(window) and window[at].low in _PARTICLES:
        at += 1
    if at >= len(window) or window[at].low not in _DETERMINERS_ONE:
        return False
    return window[at].low not in ("any", "all", "every", "each")


def is_participle(token: Token, lexicon: Lexicon) -> bool:
    """A past participle: of a known verb, or an unknown word that looks like one
    ("noted", "uploaded")."""
    if token.key in lexicon.verbs:
        return token.form == "ed"
    word = token.low.replace("-", "")  # "re-evaluated"
    return word.isalpha() and word.endswith(("ed", "en")) and len(word) > 4


def _in_noun_phrase(tokens: Sequence[Token], k: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the word at `k` (a verb's form) is a noun after a determiner: "extend the
    voluntary | care arrangement", "end the | visit", "do a | report"; "be" after its
    subject is a verb ("recommend the services | be entered")."""
    if tokens[k].key == "be":
        return False
    before = [t.low for t in tokens[max(start, k - 2) : k]]
    return bool(before) and (
        before[-1] in lexicon.determiners
        or (len(before) == 2 and before[0] in lexicon.determiners and before[1] != "to")
    )


# words a verb ahead may follow ("order the mother | to complete", "design and | make",
# "we | request", "shall therefore | need"): after any other word it is a noun's last word
# ("raise objections to a reunification case | plan", "re-enter foster | care")
_BEFORE_A_VERB = COORDINATORS | FILLERS | {
    "to", "not", "never", "i", "we", "you", "he", "she", "they", "is", "was", "will", "shall",
    "must", "should", "may", "can", "could", "would", "might", "even", "however", "therefore",
    "otherwise", "henceforth", "sometimes", "still", "always", "likely", "only", "just",
}  # fmt: skip


def _placed_as_verb(tokens: Sequence[Token], k: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the verb's form at `k`, words after an unknown word at `start`, stands where
    a verb stands: after "to", "and", a subject pronoun, a modal or an adverb; "be" after
    its subject ("recommend the services | be entered"); or after an aside that opens with a
    preposition and goes on ("in its written order of disposition | include the ...")."""
    before = tokens[k - 1].low
    if tokens[k].key == "be" or not before.replace("-", "").isalnum():
        return True  # ("\u201c | arrange", "[to] | reside")
    if before in _BEFORE_A_VERB or _adverb_like(before):
        return True
    goes_on = k + 1 < len(tokens) and tokens[k + 1].low not in SENTENCE_END
    return tokens[start].low in PREPOSITION_BEFORE_MAY | PREPOSITIONS and goes_on


def inverted(
    tokens: Sequence[Token], modal: tuple[int, int], lexicon: Lexicon
) -> tuple[int, bool] | None:
    """Where the verb of a sentence whose modal comes before its subject stands, and
    whether the opening negates it: "In no case shall | a petition | be filed" (negated),
    "Only in rare circumstances can | the Division | outright prohibit you"; None if the
    words before the modal do not turn it round ("Only people named on the form | will be
    admitted") or no verb follows a subject."""
    opening = [t.low for t in tokens[: modal[0]]]
    if len(opening) < 2 or modal[1] - modal[0] != 1:
        return None
    negative = _negative_opening(opening)
    if not (negative or (opening[0] == "only" and opening[1] in _TURNING)):
        return None
    verb = _verb_after_modal_subject(tokens, modal, lexicon)
    return None if verb is None else (verb, negative)


def _verb_after_modal_subject(
    tokens: Sequence[Token], modal: tuple[int, int], lexicon: Lexicon
) -> int | None:
    """The verb after the subject that follows the modal: "be" if it comes before the
    clause ends, else the first base verb that follows a subject."""
    last = min(len(tokens) - 1, modal[1] + 25)
    ends = next(
        (k for k in range(modal[1] + 1, last) if tokens[k].low in BOUNDARY - {",", "(", ")"}),
        last,
    )
    clause = range(modal[1] + 1, ends)
    be = next((k for k in clause if tokens[k].key == "be"), None)
    if be is not None:  # "At no time may a member of another family | be in the frame"
        return be
    return next((k for k in clause if _verb_after_subject(tokens, k, lexicon)), None)


# what turns a sentence round after "only" ("Only in rare circumstances | can the ...")
_TURNING = PREPOSITIONS | {"under", "when", "if", "after", "once", "then", "where"}


def _negative_opening(opening: Sequence[str]) -> bool:
    """ "In no event", "Under no circumstances", "At no time": an opening that negates the
    duty after it."""
    return opening[0] in ("in", "under", "at", "on") and opening[1] == "no"


def _verb_after_subject(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Is the base verb at `k` one that follows its subject ("a child's plan | remain
    undetermined", "the parents | attend classes"), not a word of a noun phrase ("a status |
    review hearing", "in foster | care")?"""
    token = tokens[k]
    if token.key not in lexicon.verbs or token.form != "base":
        return False
    before = (tokens[k - 2].low, tokens[k - 1].low)
    if any(word in PREPOSITIONS for word in before) or before[1] in lexicon.determiners:
        return False
    after = tokens[k + 1]
    return (
        names_person_at(tokens, k - 1, lexicon)  # ("the parents | attend classes")
        or not after.low.isalpha()
        or after.low in _THING_AFTER | {"you", "me", "us"}
        or after.low in PREPOSITIONS
        or _adverb_like(after.low)
        or is_participle(after, lexicon)
    )


def _past_aside(tokens: Sequence[Token], at: int) -> int:
    """Past an aside between commas right after the modal ("shall, | subject to subsection
    (5), | be treated"): its words are no action."""
    if at >= len(tokens) or tokens[at].low != ",":
        return at
    # (a longer one when it opens as a time or a manner does: "shall, | within ten days
    # after initiating or being served with initial documents in a case ..., | contact")
    reach = 30 if at + 1 < len(tokens) and tokens[at + 1].low in _ASIDE_OPENERS else 14
    for k in range(at + 2, min(at + reach, len(tokens) - 1)):
        if tokens[k].low in SENTENCE_END or tokens[k].low == ":":
            return at
        if tokens[k].low == ",":
            return k + 1
    return at


_ASIDE_OPENERS = frozenset({"within", "in", "upon", "on", "after", "before", "at", "by",
                            "following", "during", "subject", "pursuant", "notwithstanding",
                            "except", "unless", "where", "if", "when", "as"})  # fmt: skip


def after_modal(
    sentence: Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon, denied: bool = False
) -> int:
    """Read the predicate that starts at `at` (just after a modal or at an imperative's
    first word); return where it ends. `denied`: the modal itself was negated ("cannot")."""
    at = _past_aside(tokens, at)
    at, negated = skip_fillers(tokens, at, lexicon)
    negated = negated or denied
    if at < len(tokens) and tokens[at].low == "to":  # "not to hit", "to not hit"
        at, also = skip_fillers(tokens, at + 1, lexicon)
        negated = negated or also
    at = _past_joined_auxiliary(tokens, at, lexicon)
    if (
        at + 1 < len(tokens)
        and tokens[at].low in ("but", "and")
        and tokens[at + 1].low in PREPOSITIONS | {"within", "no", "not"}
    ):  # a bound joined to the time before it: "shall as soon as possible | but in not
        at += 1  # more than 24 hours report ..." (never the verb "but")
    if at >= len(tokens):
        return at
    if tokens[at].key not in lexicon.verbs and not is_participle(tokens[at], lexicon):
        ahead = next(
            (
                k
                for k in range(at + 1, min(at + 10, len(tokens)))
                if tokens[k].key in lexicon.verbs
                and tokens[k].form == "base"
                and not _in_noun_phrase(tokens, k, at, lexicon)
                and _placed_as_verb(tokens, k, at, lexicon)
            ),
            None,
        )
        if ahead is not None and not any(t.low in BOUNDARY - {","} for t in tokens[at:ahead]):
            at = ahead
    token = tokens[at]
    if token.key == "be":
        after, neg2 = skip_fillers(tokens, at + 1, lexicon)
        negated = negated or neg2
        # "will be referred", "will be drug tested": a passive
        for k in (after, after + 1):
            if k < len(tokens) and is_participle(tokens[k], lexicon):
                passive = read_predicate(tokens, k, negated, lexicon, passive=True)
                if passive.verb in lexicon.done_to or passive.verb not in lexicon.verbs:
                    # "be made available", "be noted in the plan", "be observed": an act
                    # that someone does
                    passive = replace(passive, observable=True)
                sentence.predicates.append(passive)
                sentence.given = tokens[k].key in lexicon.given_to
                if negated:  # "cannot be refused", "should not be brought to sessions"
                    negated_ban(sentence, tokens, k, lexicon)
                return k + 1
        if at + 1 < len(tokens) and tokens[at + 1].low == "no":  # "there will be no violence"
            read_ban(sentence, tokens, at + 1, lexicon)
            return len(tokens)
        sentence.predicates.append(read_predicate(tokens, at, negated, lexicon))  # "be on time"
        if negated:
            negated_ban(sentence, tokens, at, lexicon)
        return at + 1
    if token.key == "have" and at + 1 < len(tokens) and tokens[at + 1].low == "no":
        read_ban(sentence, tokens, at + 1, lexicon)  # "will have no contact with ..."
    if token.key not in lexicon.verbs and not is_participle(token, lexicon):
        _activity_object(sentence, tokens, at, lexicon)
    adverb = match_any(tokens, at, lexicon.adverbs)
    if (
        adverb is not None
        and adverb[-1] in ("to", "for")
        and _act_before_a_thing(tokens, at, adverb)
    ):
        # agreeing to a thing is no act one can see ("agree to the terms of FRC"), unless
        # the thing is one ("agree to the attendance of a key worker once weekly")
        _activity_object(sentence, tokens, at + len(adverb), lexicon)
        agreed = read_predicate(tokens, at, negated, lexicon)
        sentence.predicates.append(replace(agreed, observable=False))
        if negated:
            negated_ban(sentence, tokens, at, lexicon)
        return at + 1
    sentence.predicates.append(read_predicate(tokens, at, negated, lexicon))
    if negated:
        negated_ban(sentence, tokens, at, lexicon)
    return at + 1


def _past_joined_auxiliary(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> int:
    """Past "and" and the auxiliary a modal is joined to: "can and normally does | require",
    "were required to and did | complete", "can and | is taken" (its "is" read as a
    passive's)."""
    if at + 2 >= len(tokens) or tokens[at].low != "and":
        return at
    k, _ = skip_fillers(tokens, at + 1, lexicon)
    if k + 1 < len(tokens) and tokens[k].low in ("do", "does", "did"):
        return k + 1
    if k + 1 < len(tokens) and tokens[k].low in ("is", "are", "was", "were"):
        return k
    return at


def _activity_object(
    sentence: Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon
) -> None:
    """No verb after the modal, but an activity named just after it: "parents will have to
    agree to random drug testing", "agreed to a psychological evaluation"."""
    for k in range(at, min(at + 4, len(tokens))):
        if tokens[k].low in BOUNDARY:
            return
        phrase = match_any(tokens, k, lexicon.activities)
        if phrase is not None:
            if sentence.activity is None:
                sentence.activity = (tokens[k].start, tokens[k + len(phrase) - 1].end)
            return


def negated_ban(sentence: Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon) -> None:
    """A negated verb bans an observable act when the verb is observable ("will not
    argue") or its object is an act ("will not use drugs", "may not have contact")."""
    if sentence.ban is not None:
        return
    if sentence.predicates[-1].observable:
        sentence.ban = (tokens[at].start, tokens[at].end)
        return
    for k in range(at + 1, min(at + 7, len(tokens))):
        if tokens[k].low in BOUNDARY:
            return
        if match_any(tokens, k, lexicon.acts) is not None:
            sentence.ban = (tokens[at].start, tokens[k].end)
            return


def read_ban(sentence: Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon) -> None:
    """'No X' at `at`: a ban on an observable act when X names one."""
    for k in range(at + 1, min(at + 7, len(tokens))):
        t = tokens[k]
        if (
            match_any(tokens, k, lexicon.acts) is not None
            or match_any(tokens, k, lexicon.activities) is not None
            or (t.form == "ing" and t.key in lexicon.actions)
        ):
            sentence.ban = (tokens[at].start, t.end)
            return


def coordinated(sentence: Sentence, tokens: Sequence[Token], start: int, lexicon: Lexicon) -> None:
    """Further verbs of the sentence: 'attend X, submit to Y and complete Z', 'agree to
    call', 'and will sign'."""
    first_form = "base"
    for k in range(start, len(tokens)):
        before = tokens[k - 1].low if k > 0 else ""
        again = (  # "... and will sign", not "... which must occur"
            k >= 2
            and tokens[k - 2].low in COORDINATORS
            and match_any(tokens, k - 1, lexicon.modals) is not None
        )
        if before not in COORDINATORS and not again:
            continue
        at, negated = skip_fillers(tokens, k, lexicon)
        if not verb_at(tokens, at, lexicon):
            continue
        token = tokens[at]
        if token.form not in ("base", first_form) or (
            at > 0 and tokens[at - 1].key in lexicon.determiners
        ):
            continue
        if any(p.start == token.start for p in sentence.predicates):
            continue
        if token.key == "be":
            after_modal(sentence, tokens, at, lexicon)
            continue
        sentence.predicates.append(read_predicate(tokens, at, negated, lexicon))
        if negated:
            negated_ban(sentence, tokens, at, lexicon)


def read_fragment(sentence: Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> None:
    """A noun phrase: does it name an activity ("random drug screens") or an action noun
    ("completion of ...")?"""
    head = next((k for k, t in enumerate(tokens[:3]) if t.low not in lexicon.determiners), 0)
    if (
        head + 1 < len(tokens)
        and tokens[head].low in lexicon.written_parts
        and tokens[head + 1].low in ("of", "for")
    ):  # an item of what a plan must hold: "A timetable for ...", "Details of ..."
        sentence.activity = sentence.once = (tokens[head].start, tokens[head].end)
    for k, token in enumerate(tokens):
        if sentence.activity is None and _makes_document(tokens, k, lexicon):
            sentence.activity = sentence.once = (token.start, token.end)
            continue
        if token.key in lexicon.nominal_actions and sentence.activity is None:
            if token.key in ("completion", "attendance", "submission", "payment",
                             "enrollment", "enrolment"):  # fmt: skip
                sentence.activity = (token.start, token.end)
            if token.key in ("completion", "abstinence", "abstention") and sentence.once is None:
                sentence.once = (token.start, token.end)  # "Abstinence from ...": total
            continue
        phrase = match_any(tokens, k, lexicon.activities)
        if phrase is not None and sentence.activity is None:
            last = tokens[k + len(phrase) - 1]
            sentence.activity = (token.start, last.end)
        if sentence.once is None and (
            token.key in ("completion", "abstinence")
            or match_any(tokens, k, lexicon.one_off_objects) is not None
        ):  # "Medical evaluation", "Referral to ...", "Successful completion of ..."
            sentence.once = (token.start, token.end)
        if token.low == "by" and k + 1 < len(tokens):
            agent = actor_in(tokens[k + 1 : k + 1 + lexicon.longest + 1], lexicon)
            if agent is not None:
                sentence.agent = agent


def _makes_document(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """'Development of a safety plan', 'Signature(s) of the parent(s) and the SSCM' (a
    signature is made on the document), 'preparation of the court report'."""
    if tokens[k].key not in lexicon.document_making:
        return False
    if tokens[k].key in ("signature", "signatures"):
        return True
    after = tokens[k + 1 : k + 7]
    if not after or after[0].low != "of":
        return False
    return any(match_any(after, j, lexicon.documents) is not None for j in range(1, len(after)))


def opening_end(tokens: Sequence[Token]) -> int:
    """Where the sentence starts after bullets, list numbers ("1)", "a)", "2."), and
    words that only join it to the list ("and", "also", "then")."""
    begin = 0
    while begin < len(tokens):
        token = tokens[begin]
        after = tokens[begin + 1].low if begin + 1 < len(tokens) else ""
        numbered = (token.low.isdigit() and after in (")", ".")) or (
            len(token.low) == 1 and after == ")"
        )
        if token.low not in FILLERS and not numbered:
            break
        begin += 1
    colon = next(
        (k for k in range(begin, min(begin + 6, len(tokens))) if tokens[k].low == ":"), None
    )
    # a label ("Task 3:", "Parents:"), not a list the sentence goes on to ("Provide
    # documentation of: proof of employment", "Mail court order to: Family Services")
    if colon is not None and colon + 1 < len(tokens) and tokens[colon - 1].low not in PREPOSITIONS:
        return opening_end(tokens[colon + 1 :]) + colon + 1
    return begin
