"""The data of a reading (Token, Predicate, Reading) and the Lexicon: the packs' word
lists compiled once, every inflection of every listed word known."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

ACTORS = ("parent", "child", "caregiver", "agency", "provider", "unknown")
FEATURES = ("action", "state", "ban", "activity", "once")  # what `match: {reading: [...]}` may name

# words (letters, digits, inner hyphens, dots and apostrophes), "'s" and "n't" on their
# own, and every other character that is not a space on its own. The first branch is a
# shortcut, not a rule: a run of word characters that no "(", "-", "." or apostrophe
# follows is the word the later branches find, but without their backtracking (each
# tried every shorter run first): half the time of the reading's tokenizer.
TOKEN = re.compile(
    r"\w++(?![(\-.'\u2019])"
    r"|\w+\((?:s|es|ren|ies)\)"  # "parent(s)", "child(ren)": one word
    r"|\w+(?:[-.]\w+)*(?=(?i:n['\u2019]t)\b)|(?i:n['\u2019]t)\b|['\u2019](?i:s)\b"
    r"|\w+(?=['\u2019](?i:ll|re|ve|d|m)\b)|['\u2019](?i:ll|re|ve|d|m)\b"  # "I'll", "WE'RE"
    r"|\w+(?:[-.'\u2019]\w+)*"
    r"|[^\w\s]",
    re.UNICODE,
)
PLURAL_MARK = re.compile(r"\((?:s|es|ren|ies)\)$")
_VOWELS = frozenset("aeiou")
SENTENCE_END = frozenset({".", "!", "?", ";", "•", "·"})
BOUNDARY = frozenset(
    {",", ";", ":", "(", ")", "-", "\u2013", "\u2014", "if", "when", "whenever", "once", "after",
     "before", "until", "unless", "that", "because", "while", "so", "then", "where",
     "which", "who", "since", "whereas", "whereby", "and/or"}
)  # fmt: skip
# words that link a sentence to the one before, said before its opening clause ("Further,
# if ...", "However, when ...", "But after ...")
LINKS = frozenset({"further", "furthermore", "also", "however", "moreover", "additionally",
                   "finally", "lastly", "then", "otherwise", "again", "next", "and", "but",
                   "so"})  # fmt: skip
COORDINATORS = frozenset({"and", "or", ",", "&", "/", "then", "and/or", "but", "nor"})
PREPOSITIONS = frozenset(
    {"for", "to", "in", "with", "on", "at", "from", "through", "by", "out", "up", "away",
     "into", "of", "about", "after", "off", "over", "around", "along", "behind"}
)  # fmt: skip
PREPOSITION_BEFORE_MAY = frozenset(
    {"by", "in", "of", "until", "since", "before", "after", "through", "from", "to", "during",
     "end", "early", "late", "mid", "thru", "till"}
)  # fmt: skip
# nouns that take an act with "to" ("Failure by the parent | to attend", "The right of the
# mother | to appeal"): a subject they head is that act, no one who must do it
ACT_NOUNS = frozenset({"failure", "refusal", "inability", "unwillingness", "willingness",
                       "ability", "right", "responsibility", "duty", "obligation",
                       "opportunity", "decision", "request", "attempt", "consent",
                       "permission", "agreement", "need", "intention", "choice"})  # fmt: skip
FIRST_PERSON = frozenset({"i", "we", "me", "my", "myself"})
# the words of a bound on a time or an amount after "no" ("no less than", "no later
# than"): no ban, and no "no one may"
COMPARATIVES = frozenset(
    {"less", "more", "later", "earlier", "sooner", "fewer", "greater", "longer", "shorter"}
)
# the abbreviated words of a statute's name, as written ("Neb. Rev. Stat.", "Tex. Fam.
# Code", "Ill. Adm. Code", "Wis. Admin. Code", "Mass. Gen. Laws"): their periods end no
# sentence (capitalised only: "the child is ill." does)
CITATION_WORDS = frozenset(
    {"Ala", "Ariz", "Ark", "Cal", "Calif", "Colo", "Conn", "Fla", "Ill", "Ind", "Kan", "Kans",
     "Ky", "La", "Mass", "Md", "Mich", "Minn", "Mont", "Neb", "Nev", "Okla", "Or", "Ore", "Pa",
     "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "Adm", "Admin", "Fam", "Rev", "Stat", "Gen",
     "Ann", "Comp", "Civ", "Crim", "Proc", "Regs", "Supp"}
)  # fmt: skip
FILLERS = frozenset(
    {"and", "also", "please", "then", "-", "\u2013", "\u2014", "*", "\u2022", "\u00b7", ")",
     "(", ":", ",", "\"", "'", "\u201c", "\u201d", "additionally", "furthermore", "finally",
     "lastly", "first", "second", "third", "next", "including"}
)  # fmt: skip


class Token(NamedTuple):  # made for every word of every statement: a tuple is fastest
    text: str  # as written
    low: str  # lower case
    key: str  # the base form when the lexicon knows the word, else `low`
    form: str  # "base", "s", "ed", "ing", or "" (not an inflection of a known word)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Predicate:
    verb: str  # base form
    start: int  # character offsets of the verb in the statement
    end: int
    observable: bool
    negated: bool
    passive: bool = False
    once: bool = False  # a one-off task, plainly done or not ("sign the release")


@dataclass(frozen=True, slots=True)
class Reading:
    actor: str  # one of ACTORS
    form: str  # "modal", "imperative", "first-person", "passive", "fragment", "declarative"
    subject: tuple[int, int] | None  # character span of the subject words, if any
    predicates: tuple[Predicate, ...] = ()
    activity: tuple[int, int] | None = None  # a fragment naming an activity: its noun
    ban: tuple[int, int] | None = None  # a prohibition of an observable act: its span
    once: tuple[int, int] | None = None  # a fragment naming a one-off task: its noun
    explicit: bool = False  # the statement itself names the actor
    person: bool = False  # its subject is someone the lexicon does not know ("Sam will ...")
    opening: bool = False  # it opens with the actor it names, an active duty's subject

    def features(self) -> dict[str, tuple[int, int]]:
        """Named features with the span each one stands on (for `match: {reading: ...}`)."""
        found: dict[str, tuple[int, int]] = {}
        for p in self.predicates:
            if p.observable and not p.negated:
                found.setdefault("action", (p.start, p.end))
                if p.once:
                    found.setdefault("once", (p.start, p.end))
            elif not p.observable and not p.negated:
                found.setdefault("state", (p.start, p.end))
        if self.ban is not None:
            found["ban"] = self.ban
        if self.activity is not None:
            found["activity"] = self.activity
        if self.once is not None:
            found.setdefault("once", self.once)
        return found


def _verb_forms(word: str) -> dict[str, str]:
    """Regular inflections of a verb: {surface: form}. Over-generation is harmless."""
    forms = {word: "base"}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms[word + "es"] = "s"
    elif word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        forms[word[:-1] + "ies"] = "s"
    else:
        forms[word + "s"] = "s"
    if word.endswith("e"):
        forms[word + "d"] = "ed"
        if not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
            forms[word[:-1] + "ing"] = "ing"
        forms.setdefault(word + "ing", "ing")
    elif word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        forms[word[:-1] + "ied"] = "ed"
        forms[word + "ing"] = "ing"
    else:
        forms[word + "ed"] = "ed"
        forms[word + "ing"] = "ing"
        if (
            len(word) >= 3
            and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        ):  # submit -> submitted, plan -> planning, refer -> referred
            forms[word + word[-1] + "ed"] = "ed"
            forms[word + word[-1] + "ing"] = "ing"
    return forms


def _noun_forms(word: str) -> dict[str, str]:
    forms = {word: "base"}
    if word.endswith("s") and len(word) <= 4:
        return forms  # an initialism ("CAS", "DCFS"): "cases" is no plural of "CAS"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms[word + "es"] = "s"
    elif word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        forms[word[:-1] + "ies"] = "s"
    else:
        forms[word + "s"] = "s"
    return forms


def _words(raw: Any) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in raw or ()) if isinstance(raw, list) else ()


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in TOKEN.finditer(phrase))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled word lists. `keys` maps every known surface form to (base, form)."""

    keys: Mapping[str, tuple[str, str]]
    modals: tuple[tuple[str, ...], ...]
    adverbs: tuple[tuple[str, ...], ...]
    negations: tuple[tuple[str, ...], ...]
    actions: frozenset[str]
    states: frozenset[str]
    observable_with: Mapping[str, tuple[tuple[str, ...], ...]]
    state_with: Mapping[str, tuple[tuple[str, ...], ...]]
    one_off: frozenset[str]
    ongoing: frozenset[str]
    one_off_objects: tuple[tuple[str, ...], ...]
    notice_verbs: frozenset[str]
    triggers: tuple[tuple[str, ...], ...]
    occasions: tuple[tuple[str, ...], ...]
    activities: frozenset[tuple[str, ...]]
    acts: frozenset[tuple[str, ...]]
    actors: Mapping[tuple[str, ...], str]  # phrase (of keys) -> actor
    things: Mapping[tuple[str, ...], str]
    given_to: frozenset[str]
    nominal_actions: frozenset[str]
    through: frozenset[str]
    documents: tuple[tuple[str, ...], ...]
    open_standards: frozenset[str]
    contents: frozenset[str]
    prohibiting: frozenset[str]
    document_making: frozenset[str]
    written_parts: frozenset[str]
    done_to: frozenset[str]
    youth_cues: tuple[tuple[str, ...], ...]
    cared_for: tuple[tuple[str, ...], ...]
    addressed: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    determiners: frozenset[str]
    abbreviations: frozenset[str]
    longest: int = 4  # words in the longest phrase of `actors` / `things` / lists
    verbs: frozenset[str] = field(default=frozenset())

    def key(self, low: str) -> tuple[str, str]:
        return self.keys.get(low, (low, ""))


def merge_lexicons(parts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Lists of later packs extend earlier ones; mappings merge key by key."""
    merged: dict[str, Any] = {}
    for part in parts:
        for name, value in part.items():
            if isinstance(value, Mapping):
                inner = dict(merged.get(name, {}))
                for k, v in value.items():
                    inner[k] = [*inner.get(k, []), *v] if isinstance(v, list) else v
                merged[name] = inner
            else:
                merged[name] = [*merged.get(name, []), *value]
    return merged


def compile_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Compile merged `lexicon:` data (see rules/reading.yaml) into lookup tables."""
    keys: dict[str, tuple[str, str]] = {}
    verbs = set(_words(data.get("actions"))) | set(_words(data.get("states")))
    verbs |= set(_words(data.get("given_to"))) | set(_words(data.get("one_off")))
    verbs |= set(_words(data.get("notice_verbs"))) | set(_words(data.get("contents")))
    verbs |= set(_words(data.get("prohibiting")))
    for name in ("observable_with", "state_with"):
        verbs |= {str(k) for k in data.get(name, {})}
    verbs = {v for v in verbs if " " not in v}
    for base, forms in dict(data.get("irregular", {})).items():
        for surface in _words(forms):
            if surface == base:
                continue  # "put", "read", "set": the base form comes from the verb lists
            form = "s" if surface.endswith("s") else "ing" if surface.endswith("ing") else "ed"
            keys.setdefault(surface, (str(base), form))
    for verb in sorted(verbs):
        if " " in verb:
            continue
        for surface, form in _verb_forms(verb).items():
            keys.setdefault(surface, (verb, form))
    nouns: set[str] = set()
    for name in ("activities", "acts", "nominal_actions"):
        nouns |= {w for phrase in _words(data.get(name)) for w in _split(phrase)}
    for group in ("actors", "things"):
        for words in dict(data.get(group, {})).values():
            nouns |= {w for phrase in _words(words) for w in _split(phrase)}
    for noun in sorted(nouns):
        for surface, form in _noun_forms(noun).items():
            if surface not in keys and not (form == "s" and surface in verbs):
                keys[surface] = (noun, form if noun in verbs else "")

    def phrase(text: str) -> tuple[str, ...]:
        return tuple(keys.get(w, (w, ""))[0] for w in _split(text))

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        found = {phrase(p) for p in _words(data.get(name))}
        return tuple(sorted(found, key=lambda p: (-len(p), p)))

    def grouped(name: str) -> dict[tuple[str, ...], str]:
        table: dict[tuple[str, ...], str] = {}
        for group, words in dict(data.get(name, {})).items():
            for p in _words(words):
                table.setdefault(phrase(p), str(group))
        return table

    def objects(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        return {
            str(verb): tuple(sorted({phrase(w) for w in _words(objs)}, key=len, reverse=True))
            for verb, objs in dict(data.get(name, {})).items()
        }

    actors, things = grouped("actors"), grouped("things")
    states = frozenset(_words(data.get("states")))
    return Lexicon(
        keys=keys,
        modals=phrases("modals"),
        adverbs=phrases("adverbs"),
        negations=phrases("negations"),
        actions=frozenset(_words(data.get("actions"))) - states,
        states=states,
        observable_with=objects("observable_with"),
        state_with=objects("state_with"),
        one_off=frozenset(_words(data.get("one_off"))),
        ongoing=frozenset(_words(data.get("ongoing"))),
        one_off_objects=phrases("one_off_objects"),
        notice_verbs=frozenset(_words(data.get("notice_verbs"))),
        triggers=phrases("triggers"),
        occasions=phrases("occasions"),
        activities=frozenset(phrase(p) for p in _words(data.get("activities"))),
        acts=frozenset(phrase(p) for p in _words(data.get("acts"))),
        actors=actors,
        things=things,
        given_to=frozenset(_words(data.get("given_to"))),
        nominal_actions=frozenset(_words(data.get("nominal_actions"))),
        through=frozenset(_words(data.get("through"))),
        documents=phrases("documents"),
        open_standards=frozenset(_words(data.get("open_standards"))),
        contents=frozenset(_words(data.get("contents"))),
        prohibiting=frozenset(_words(data.get("prohibiting"))),
        document_making=frozenset(_words(data.get("document_making"))),
        written_parts=frozenset(_words(data.get("written_parts"))),
        done_to=frozenset(_words(data.get("done_to"))),
        youth_cues=phrases("youth_cues"),
        cared_for=phrases("cared_for"),
        addressed=tuple(
            (str(actor), tuple(sorted({phrase(w) for w in _words(cues)}, key=len, reverse=True)))
            for actor, cues in dict(data.get("addressed", {})).items()
        ),
        determiners=frozenset(_words(data.get("determiners"))),
        abbreviations=frozenset(_words(data.get("abbreviations"))),
        longest=max((len(p) for p in [*actors, *things]), default=1),
        verbs=frozenset(verbs),
    )
