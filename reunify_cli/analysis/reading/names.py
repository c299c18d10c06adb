"""Who a run of tokens names: the actors and things of the lexicon, the longest
phrase first."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from .lexicon import CITATION_WORDS, COORDINATORS, PREPOSITIONS, Lexicon, Token
from .tokens import match_any

# per table: (the table, the words of its longest phrase, the first words of its phrases)
_SHAPES: dict[int, tuple[Mapping[tuple[str, ...], str], int, frozenset[str]]] = {}


def _first_named(
    tokens: Sequence[Token], table: Mapping[tuple[str, ...], str]
) -> tuple[int, str, int] | None:
    """The first phrase of `table` in the words that is not a possessor ('the mother's
    therapist' names a therapist, "[the child]'s mother" a mother), longest phrases
    first: (position, actor, end)."""
    known = _SHAPES.get(id(table))
    if known is None or known[0] is not table:
        longest = max((len(p) for p in table), default=1)
        known = _SHAPES[id(table)] = (table, longest, frozenset(p[0] for p in table if p))
    _, longest, firsts = known
    k = 0
    while k < len(tokens):
        if tokens[k].key not in firsts and tokens[k].low not in firsts:
            k += 1  # no phrase of the table starts with this word
            continue
        for size in range(min(longest, len(tokens) - k), 0, -1):
            phrase = tuple(t.key for t in tokens[k : k + size])
            actor = table.get(phrase)
            if actor is None and size == 1:
                actor = table.get((tokens[k].low,))
            if actor is not None:
                after = k + size
                if after < len(tokens) and tokens[after].low == "]":
                    after += 1  # a template slot's possessor: "[the child]'s mother"
                possessor = after < len(tokens) and tokens[after].low in ("'s", "'")
                if not possessor:
                    return k, actor, k + size
                k += size
                break
        else:
            k += 1
    return None


def actor_in(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    found = _first_named(tokens, lexicon.actors)
    return found[1] if found else None


def names_person_at(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Is the noun at `k`, with the words before it, a person ("the mother", "the social
    worker")? Not a thing a person's word modifies ("the Family Treatment Plan")."""
    for size in (3, 2, 1):
        start = k - size + 1
        if start < 0:
            continue
        phrase = tuple(t.key for t in tokens[start : k + 1])
        if phrase in lexicon.actors or (size == 1 and (tokens[k].low,) in lexicon.actors):
            return True
    return False


def thing_in(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    found = _first_named(tokens, lexicon.things)
    return found[1] if found else None


_NOT_IN_COMPOUND = frozenset({"'s", "'", "between", "among", "against", "without", "under"})


def subject_actor(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[str | None, bool]:
    """Whom a subject names: a person (the first one), or a thing whose duty it is
    ("Visits between the children and parents" are the agency's). (actor, is a thing)."""
    person = _first_named(tokens, lexicon.actors)
    if person is not None:
        person = _compound_head(tokens, person, lexicon)
    thing = _first_named(tokens, lexicon.things)
    if thing is not None and person is not None:
        first, last = sorted((thing[0], person[0]))
        if last - first <= 2 and not any(
            t.low in COORDINATORS or t.low in PREPOSITIONS or t.low in _NOT_IN_COMPOUND
            for t in tokens[first + 1 : last]
        ):  # a compound names the last noun: "Family visits" (a visit), "Visit participants"
            return (thing[1], True) if thing[0] > person[0] else (person[1], False)
    if thing is not None and (person is None or thing[0] < person[0]):
        return thing[1], True
    if person is not None and _of_someone(tokens[: person[0]], lexicon):
        return None, False  # "The status of all children shall be reviewed": not the children
    return (person[1] if person else None), False


def _compound_head(
    tokens: Sequence[Token], found: tuple[int, str, int], lexicon: Lexicon
) -> tuple[int, str, int]:
    """A person's word that modifies a later one in the same compound names the later one:
    "The Family Court", "the family court judge", "Family Preservation staff". Not across
    a preposition, a conjunction, a comma or a possessive ("Mother and the caseworker")."""
    while True:
        rest = tokens[found[2] :]
        later = _first_named(rest, lexicon.actors)
        if later is None or any(
            (not t.low.isalpha() or t.low in _NOT_COMPOUNDED or t.low in lexicon.determiners)
            and not (later[1] == "agency" and _inside_a_name(rest, k))
            for k, t in enumerate(rest[: later[2]])
        ):
            return found
        found = (found[2] + later[0], later[1], found[2] + later[2])


def _inside_a_name(tokens: Sequence[Token], k: int) -> bool:
    """ "and", "&" or "of" between two capitalised words of one name: "the Child Care and
    Protection Agency" is an agency, never the child (an agency's name only: "Mother and
    Child" are two people)."""
    return (
        tokens[k].low in ("and", "of", "&")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].text[:1].isupper()
        and tokens[k + 1].text[:1].isupper()
        and tokens[k - 1].low not in ("and", "of")
    )


_NOT_COMPOUNDED = PREPOSITIONS | COORDINATORS | {"who", "whom", "that", "which", "will"}


# a word before "of" that leaves the people after it the subject: "each of the parents",
# "members of the family", "It is the responsibility of the social worker to ..."
_PART_OF = frozenset({"each", "all", "both", "one", "two", "three", "either", "neither",
                      "any", "some", "none", "most", "many", "several", "member", "members",
                      "majority", "rest", "half", "every", "who", "whom", "responsibility",
                      "responsibilities", "duty", "duties", "job", "role", "task", "tasks",
                      "obligation", "obligations", "part"})  # fmt: skip


def _of_someone(before: Sequence[Token], lexicon: Lexicon) -> bool:
    """Do the words before a person name something of theirs ("The status of", "The
    needs of"): a noun, then "of", then the person."""
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k].low == "of"), None)
    if at is None or at == 0:
        return False
    head = before[at - 1].low
    return head.isalpha() and head not in lexicon.determiners and head not in _PART_OF


_NO_ONE = frozenset({"it", "this", "that", "there", "these", "those", "which", "what"})


def _initialism(text: str) -> bool:
    """An initialism: "CEO", "DFS", "ISPs" (two capitals or more, a plural's "s" aside)."""
    letters = text[:-1] if text.endswith("s") else text
    return len(letters) >= 2 and letters.isupper()


def _in_capitals(tokens: Sequence[Token]) -> bool:
    """Is most of a sentence written in capitals?"""
    words = [t.text for t in tokens if len(t.text) > 1 and t.text.isalpha()]
    return bool(words) and 2 * sum(w.isupper() for w in words) > len(words)


# endings of nouns, never of names: "Investigations will be initiated", "Assessments shall be
# completed", "Supervision must be ..." ("-ance" and "-ity" are left out: Florence, Charity)
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ances", "ences", "ities",
                 "ships", "isms")  # fmt: skip


def names_someone(tokens: Sequence[Token], lexicon: Lexicon, sentence: Sequence[Token]) -> bool:
    """A subject that is a person's name ("Jane", "Ms. R.", "Jane Doe") or a bracketed role
    ("[mother]"): capitalised words, one of them unknown to the lexicon. A word in capitals
    is an initialism ("The CEO must ...", "DFS shall ...", "ISPs will be reviewed"): an
    office or a document, not a person - unless the whole `sentence` is in capitals
    ("LUIS TO ADDRESS ..."). In a sentence typed all in lower case, one word unknown to the
    lexicon ("tanya will attend ...") is a name."""
    if any(t.low == "[" for t in tokens):
        if not _slots_only(tokens):
            return True
        tokens = _outside_slots(tokens)  # "[Say exactly what] access provides ...": a slot
        # a rewrite left to be filled, not a role; what stands beside it says who it is
    words = [t for t in tokens if t.low.isalpha() and t.low not in lexicon.determiners]
    if not words or any(t.low in _NO_ONE for t in words):  # "It will be noted ...": a thing
        return False
    if any(a.text in CITATION_WORDS and b.low == "." for a, b in itertools.pairwise(tokens)):
        return False  # a statute cited ("Per Neb. Rev. Stat. § 43-1303 the Office"), no name
    if not words[0].text[:1].isupper():
        if any(t.text[:1].isupper() for t in sentence):
            return False
        return (  # typed all in lower case
            len(words) == 1
            and words[0].low not in lexicon.keys
            and not words[0].low.endswith(("s", "ly", "ed", "ing"))
        )
    return all(t.text[:1].isupper() for t in words) and any(
        t.low not in lexicon.keys
        and not t.low.endswith(("ly", "ed", "ing", *_NOUN_ENDINGS))
        and not (_initialism(t.text) and not _in_capitals(sentence))
        and not (  # "Written Undertakings", "Court Hearings": things, not "Ms Jennings"
            t.low.endswith("ings")
            and k > 0
            and words[k - 1].low in lexicon.keys
            and words[k - 1].low not in _TITLES
        )
        for k, t in enumerate(words)
    )


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})


# the first words of a rewrite's slots ("[Say exactly what]", "[Which steps]", "[By when]",
# "[How often]"), never of a role or a name put in brackets ("[the child]", "[mother]")
_SLOT_WORDS = frozenset({"say", "which", "what", "when", "how", "by", "until", "where", "date",
                         "action", "evidence", "help", "each", "always", "do", "did", "take",
                         "taking", "takes", "took", "taken", "call", "asked", "seen",
                         "behavior"})  # fmt: skip


def _slots(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The brackets among the tokens, as (the position of "[", of "]" or the end)."""
    found, k = [], 0
    while k < len(tokens):
        if tokens[k].low == "[":
            close = next((j for j in range(k + 1, len(tokens)) if tokens[j].low == "]"), None)
            found.append((k, len(tokens) if close is None else close))
            k = len(tokens) if close is None else close
        k += 1
    return found


def _slots_only(tokens: Sequence[Token]) -> bool:
    """Is every bracket a rewrite's slot, its first word one a slot opens with? (Not
    "[Person-first words, e.g. the parent who used violence]": a person, if put so.)"""
    return all(
        end > start + 1 and tokens[start + 1].low in _SLOT_WORDS for start, end in _slots(tokens)
    )


def _outside_slots(tokens: Sequence[Token]) -> list[Token]:
    inside = {k for start, end in _slots(tokens) for k in range(start, end + 1)}
    return [t for k, t in enumerate(tokens) if k not in inside]


def youth(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    return any(match_any(tokens, k, lexicon.youth_cues) for k in range(len(tokens)))
