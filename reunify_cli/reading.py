"""Read the form of a goal statement: who must act, what they must do, what it bans.

Real plans write goals in many forms: "Mother will attend ...", imperatives ("Attend
..."), first person ("I will ..."), duties of the caseworker or a provider, passives
("Visits will occur ...", "Mother will be referred to ..."), fragments from forms ("Random
drug screens", "Proof of income") and prohibitions ("No further violence in the home",
"will not argue in front of the children"). `read()` finds, sentence by sentence, the
subject and the modal, the predicates (each verb, observable or not, negated or not) and
what a fragment names, and from them the actor.

Pure Python over a tokenizer of its own (no spaCy): the word lists come from the packs'
`lexicon:` sections (rules/reading.yaml), compiled once into a `Lexicon` whose tables know
every inflection of every listed word, so matching does not depend on letter case or on
a lemma table.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

ACTORS = ("parent", "child", "caregiver", "agency", "provider", "unknown")
FEATURES = ("action", "state", "ban", "activity", "once")  # what `match: {reading: [...]}` may name

# words (letters, digits, inner hyphens, dots and apostrophes), "'s" and "n't" on their
# own, and every other character that is not a space on its own
_TOKEN = re.compile(
    r"\w+\((?:s|es|ren|ies)\)"  # "parent(s)", "child(ren)": one word
    r"|\w+(?:[-.]\w+)*(?=n['\u2019]t\b)|n['\u2019]t\b|['\u2019]s\b|\w+(?:[-.'\u2019]\w+)*"
    r"|[^\w\s]",
    re.UNICODE,
)
_PLURAL_MARK = re.compile(r"\((?:s|es|ren|ies)\)$")
_VOWELS = frozenset("aeiou")
_SENTENCE_END = frozenset({".", "!", "?", ";", "•", "·"})
_BOUNDARY = frozenset(
    {",", ";", ":", "(", ")", "-", "\u2013", "\u2014", "if", "when", "whenever", "once", "after",
     "before", "until", "unless", "that", "because", "while", "so", "then", "where",
     "which", "who", "since", "whereas", "and/or"}
)  # fmt: skip
_COORDINATORS = frozenset({"and", "or", ",", "&", "/", "then", "and/or", "but", "nor"})
_PREPOSITIONS = frozenset(
    {"for", "to", "in", "with", "on", "at", "from", "through", "by", "out", "up", "away",
     "into", "of", "about", "after", "off", "over", "around", "along", "behind"}
)  # fmt: skip
_PREPOSITION_BEFORE_MAY = frozenset(
    {"by", "in", "of", "until", "since", "before", "after", "through", "from", "to", "during",
     "end", "early", "late", "mid", "thru", "till"}
)  # fmt: skip
_FIRST_PERSON = frozenset({"i", "we", "me", "my", "myself"})
_FILLERS = frozenset(
    {"and", "also", "please", "then", "-", "\u2013", "\u2014", "*", "\u2022", "\u00b7", ")",
     "(", ":", ",", "\"", "'", "\u201c", "\u201d", "additionally", "furthermore", "finally",
     "lastly", "first", "second", "third", "next", "including"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
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


# --- the lexicon -------------------------------------------------------------------------


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
    return tuple(m.group().lower() for m in _TOKEN.finditer(phrase))


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
    verbs |= set(_words(data.get("notice_verbs")))
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


# --- tokens and sentences -------------------------------------------------------------------


def tokenize(text: str, lexicon: Lexicon) -> list[Token]:
    tokens = []
    keys = lexicon.keys
    for m in _TOKEN.finditer(text):
        surface = m.group()
        low = surface.lower().replace("\u2019", "'")
        if ")" in low:  # "parent(s)": the only tokens _PLURAL_MARK can change
            low = _PLURAL_MARK.sub("", low)
        key, form = keys.get(low) or (low, "")
        tokens.append(Token(surface, low, key, form, *m.span()))
    return tokens


def sentences(tokens: Sequence[Token], lexicon: Lexicon) -> list[list[Token]]:
    """Split at . ! ? ; and bullets; a period after an abbreviation or an initial does not
    end a sentence."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        if token.low in _SENTENCE_END:
            if token.low == "." and i > 0:
                before = tokens[i - 1].low
                if before in lexicon.abbreviations or (len(before) == 1 and before.isalpha()):
                    current.append(token)
                    continue
            if current:
                found.append(current)
            current = []
        else:
            current.append(token)
    if current:
        found.append(current)
    return found


def _starts_with(tokens: Sequence[Token], at: int, phrase: Sequence[str]) -> bool:
    if at + len(phrase) > len(tokens):
        return False
    return all(tokens[at + k].key == w or tokens[at + k].low == w for k, w in enumerate(phrase))


_Phrases = Collection[tuple[str, ...]]
_INDEXES: dict[int, tuple[_Phrases, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _index(phrases: _Phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of a word list by their first word, longest first: built once per list
    (the lists live in the frozen Lexicon), so a lookup tries only the phrases that can
    start at a word instead of every phrase of the list."""
    entry = _INDEXES.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        if phrase:
            table.setdefault(phrase[0], []).append(phrase)
    index = {word: tuple(found) for word, found in table.items()}
    _INDEXES[id(phrases)] = (phrases, index)
    return index


def _match_any(tokens: Sequence[Token], at: int, phrases: _Phrases) -> Sequence[str] | None:
    """The longest phrase of the list that starts at `at`, or None."""
    if at >= len(tokens):
        return None
    index = _index(phrases)
    token = tokens[at]
    candidates = index.get(token.key, ())
    if token.low != token.key and token.low in index:
        candidates = tuple(sorted({*candidates, *index[token.low]}, key=lambda p: (-len(p), p)))
    for phrase in candidates:
        if len(phrase) == 1 or _starts_with(tokens, at, phrase):
            return phrase
    return None


# --- reading a sentence -----------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    form: str = "fragment"
    subject: list[Token] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    activity: tuple[int, int] | None = None
    ban: tuple[int, int] | None = None
    agent: str | None = None  # "by the agency" in a passive or fragment
    once: tuple[int, int] | None = None  # a fragment naming a one-off task
    given: bool = False  # a passive whose subject receives a service ("be referred")


def _find_modal(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[int, int] | None:
    for i, token in enumerate(tokens):
        phrase = _match_any(tokens, i, lexicon.modals)
        if phrase is None:
            continue
        if token.low == "may" and (
            (i > 0 and tokens[i - 1].low in _PREPOSITION_BEFORE_MAY)
            or (i + 1 < len(tokens) and tokens[i + 1].low[:1].isdigit())
            or (token.text == "May" and i > 0)
        ):
            continue  # the month
        if token.low in ("can", "will") and i > 0 and tokens[i - 1].key in lexicon.determiners:
            continue  # "a can", "her will"
        end = i + len(phrase)
        if (
            len(phrase) > 1
            and end < len(tokens)
            and (tokens[end].key in lexicon.determiners or not tokens[end].low.isalpha())
        ):
            continue  # "concerns that you have to the worker"
        return i, end
    return None


def _denied(tokens: Sequence[Token], modal: tuple[int, int]) -> bool:
    """Is the modal itself negated: "cannot", "can't", "won't"?"""
    return any(t.low in ("cannot", "n't", "not") for t in tokens[modal[0] : modal[1]])


def _skip(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> tuple[int, bool]:
    """Skip adverbs and negations from `at`; return the new position and whether a
    negation was passed."""
    negated = False
    while at < len(tokens):
        token = tokens[at]
        negation = _match_any(tokens, at, lexicon.negations)
        if negation is not None:
            negated = True
            at += len(negation)
            continue
        adverb = _match_any(tokens, at, lexicon.adverbs)
        if adverb is not None:
            at += len(adverb)
            continue
        if token.low.endswith("ly") and len(token.low) > 4 and token.key not in lexicon.verbs:
            at += 1
            continue
        if token.low in (",", "or"):
            at += 1
            continue
        break
    return at, negated


def _observable(verb: str, tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Is `verb` (at tokens[at]) an observable action here? States are not, unless the
    words after them say what is done ("maintain a record"); actions are, unless the words
    after them name a state ("provide a safe home", "meet the children's needs")."""
    window = tokens[at + 1 : at + 6]

    def followed_by(table: Mapping[str, tuple[tuple[str, ...], ...]]) -> bool:
        """One of the verb's phrases follows it within a few words; a lone preposition
        ("live at", "provide for") only right after it."""
        for phrase in table.get(verb, ()):
            if len(phrase) == 1 and phrase[0] in _PREPOSITIONS:
                if window and window[0].low == phrase[0]:
                    return True
            elif any(_starts_with(window, k, phrase) for k in range(len(window))):
                return True
        return False

    if verb in lexicon.through:  # "ensure (that) the children attend school"
        clause = tokens[at + 1 : at + 9]
        if any(t.key in lexicon.actions and t.form in ("base", "s") for t in clause):
            return True
    if verb in lexicon.states:
        return followed_by(lexicon.observable_with) or _by_doing(tokens, at, lexicon)
    if verb not in lexicon.actions:
        return False  # an unknown verb: observable only when the lists say so
    return not followed_by(lexicon.state_with)


def _by_doing(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """A state shown by doing something: "monitor the quality of care by reviewing the
    reports", "as evidenced by attending every session"."""
    for k in range(at + 1, min(len(tokens) - 1, at + 12)):
        if tokens[k].low in _SENTENCE_END:
            return False
        if tokens[k].low in ("by", "through"):
            after = tokens[k + 1]
            return after.form == "ing" and after.key in lexicon.actions
    return False


def _verb_at(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    return at < len(tokens) and tokens[at].key in lexicon.verbs


def _predicate(
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
_QUALIFIERS = frozenset({"as", "when", "where", "if", "whenever", "wherever", "upon", "on", "at"})
_OPEN_ENDED = frozenset(
    {"asked", "requested", "needed", "necessary", "appropriate", "possible", "required",
     "directed", "feasible", "deemed", "applicable", "desired", "recommended", "warranted",
     "indicated", "request", "instructed", "advised", "practicable"}
)  # fmt: skip
_LEFT_OPEN = _OPEN_ENDED - {"possible", "practicable", "applicable"}
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
        t.low in _CONDITIONS and (k + 1 >= len(tokens) or tokens[k + 1].low not in _OPEN_ENDED)
        for k, t in enumerate(tokens[: at + 25])
        if k != at
    ):  # "Take the child to the emergency room if ...", "When violence happens, go to ..."
        return True  # (not "when asked", "if needed": those leave it open)
    if any(
        _match_any(tokens, k, lexicon.occasions) is not None
        for k in range(at + 1, min(len(tokens), at + 25))
    ):  # "confirmed before being presented", "upon exiting care", "during the meeting"
        return True
    window = tokens[at + 1 : at + 6]
    stop = next((k for k, t in enumerate(window) if t.low in _BOUNDARY), len(window))
    window = window[:stop]
    if verb in lexicon.notice_verbs and any(
        _match_any(tokens, k, lexicon.triggers) is not None
        for k in range(at + 1, min(len(tokens), at + 25))
    ):
        return True
    if any(_match_any(window, k, lexicon.one_off_objects) for k in range(len(window))):
        return True
    if verb not in lexicon.one_off:
        # any other action on a definite object is done once: "review the section on
        # animal safety", "write down the dates of your hearings", "reschedule the visit"
        return verb in lexicon.actions and verb not in lexicon.ongoing and _definite(window)
    if verb == "submit" and window and window[0].low == "to":
        return False  # "submit to random drug screens": ongoing
    head = next((t for t in window if t.low not in lexicon.determiners), None)
    bare = bool(window) and window[0].low not in _DETERMINERS_ONE
    if head is not None and head.low in _ONGOING:
        return False
    return not (bare and head is not None and head.form == "s" and verb != "complete")


_PARTICLES = frozenset({"down", "up", "out", "off", "back", "over", "together", "in"})


def _definite(window: Sequence[Token]) -> bool:
    """Does the window open with a definite object ("the dates", "a note", "her ID")?"""
    at = 0
    while at < len(window) and window[at].low in _PARTICLES:
        at += 1
    if at >= len(window) or window[at].low not in _DETERMINERS_ONE:
        return False
    return window[at].low not in ("any", "all", "every", "each")


def _participle(token: Token, lexicon: Lexicon) -> bool:
    """A past participle: of a known verb, or an unknown word that looks like one
    ("noted", "uploaded")."""
    if token.key in lexicon.verbs:
        return token.form == "ed"
    word = token.low.replace("-", "")  # "re-evaluated"
    return word.isalpha() and word.endswith(("ed", "en")) and len(word) > 4


def _after_modal(
    sentence: _Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon, denied: bool = False
) -> int:
    """Read the predicate that starts at `at` (just after a modal or at an imperative's
    first word); return where it ends. `denied`: the modal itself was negated ("cannot")."""
    at, negated = _skip(tokens, at, lexicon)
    negated = negated or denied
    if at < len(tokens) and tokens[at].low == "to":  # "not to hit", "to not hit"
        at, also = _skip(tokens, at + 1, lexicon)
        negated = negated or also
    if at >= len(tokens):
        return at
    if tokens[at].key not in lexicon.verbs and not _participle(tokens[at], lexicon):
        ahead = next(
            (
                k
                for k in range(at + 1, min(at + 10, len(tokens)))
                if tokens[k].key in lexicon.verbs and tokens[k].form == "base"
            ),
            None,
        )
        if ahead is not None and not any(t.low in _BOUNDARY - {","} for t in tokens[at:ahead]):
            at = ahead
    token = tokens[at]
    if token.key == "be":
        after, neg2 = _skip(tokens, at + 1, lexicon)
        negated = negated or neg2
        # "will be referred", "will be drug tested": a passive
        for k in (after, after + 1):
            if k < len(tokens) and _participle(tokens[k], lexicon):
                passive = _predicate(tokens, k, negated, lexicon, passive=True)
                if passive.verb in lexicon.done_to or passive.verb not in lexicon.verbs:
                    # "be made available", "be noted in the plan", "be observed": an act
                    # that someone does
                    passive = replace(passive, observable=True)
                sentence.predicates.append(passive)
                sentence.given = tokens[k].key in lexicon.given_to
                if negated:  # "cannot be refused", "should not be brought to sessions"
                    _negated_ban(sentence, tokens, k, lexicon)
                return k + 1
        if at + 1 < len(tokens) and tokens[at + 1].low == "no":  # "there will be no violence"
            _ban(sentence, tokens, at + 1, lexicon)
            return len(tokens)
        sentence.predicates.append(_predicate(tokens, at, negated, lexicon))  # "be on time"
        if negated:
            _negated_ban(sentence, tokens, at, lexicon)
        return at + 1
    if token.key == "have" and at + 1 < len(tokens) and tokens[at + 1].low == "no":
        _ban(sentence, tokens, at + 1, lexicon)  # "will have no contact with ..."
    sentence.predicates.append(_predicate(tokens, at, negated, lexicon))
    if negated:
        _negated_ban(sentence, tokens, at, lexicon)
    return at + 1


def _negated_ban(sentence: _Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon) -> None:
    """A negated verb bans an observable act when the verb is observable ("will not
    argue") or its object is an act ("will not use drugs", "may not have contact")."""
    if sentence.ban is not None:
        return
    if sentence.predicates[-1].observable:
        sentence.ban = (tokens[at].start, tokens[at].end)
        return
    for k in range(at + 1, min(at + 7, len(tokens))):
        if tokens[k].low in _BOUNDARY:
            return
        if _match_any(tokens, k, lexicon.acts) is not None:
            sentence.ban = (tokens[at].start, tokens[k].end)
            return


def _ban(sentence: _Sentence, tokens: Sequence[Token], at: int, lexicon: Lexicon) -> None:
    """'No X' at `at`: a ban on an observable act when X names one."""
    for k in range(at + 1, min(at + 7, len(tokens))):
        t = tokens[k]
        if (
            _match_any(tokens, k, lexicon.acts) is not None
            or _match_any(tokens, k, lexicon.activities) is not None
            or (t.form == "ing" and t.key in lexicon.actions)
        ):
            sentence.ban = (tokens[at].start, t.end)
            return


def _coordinated(
    sentence: _Sentence, tokens: Sequence[Token], start: int, lexicon: Lexicon
) -> None:
    """Further verbs of the sentence: 'attend X, submit to Y and complete Z', 'agree to
    call', 'and will sign'."""
    first_form = "base"
    for k in range(start, len(tokens)):
        before = tokens[k - 1].low if k > 0 else ""
        again = (  # "... and will sign", not "... which must occur"
            k >= 2
            and tokens[k - 2].low in _COORDINATORS
            and _match_any(tokens, k - 1, lexicon.modals) is not None
        )
        if before not in _COORDINATORS and not again:
            continue
        at, negated = _skip(tokens, k, lexicon)
        if not _verb_at(tokens, at, lexicon):
            continue
        token = tokens[at]
        if token.form not in ("base", first_form) or (
            at > 0 and tokens[at - 1].key in lexicon.determiners
        ):
            continue
        if any(p.start == token.start for p in sentence.predicates):
            continue
        if token.key == "be":
            _after_modal(sentence, tokens, at, lexicon)
            continue
        sentence.predicates.append(_predicate(tokens, at, negated, lexicon))
        if negated:
            _negated_ban(sentence, tokens, at, lexicon)


def _fragment(sentence: _Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> None:
    """A noun phrase: does it name an activity ("random drug screens") or an action noun
    ("completion of ...")?"""
    for k, token in enumerate(tokens):
        if token.key in lexicon.nominal_actions and sentence.activity is None:
            if token.key in ("completion", "attendance", "submission", "payment",
                             "enrollment", "enrolment"):  # fmt: skip
                sentence.activity = (token.start, token.end)
            if token.key in ("completion", "abstinence") and sentence.once is None:
                sentence.once = (token.start, token.end)  # "Abstinence from ...": total
            continue
        phrase = _match_any(tokens, k, lexicon.activities)
        if phrase is not None and sentence.activity is None:
            last = tokens[k + len(phrase) - 1]
            sentence.activity = (token.start, last.end)
        if sentence.once is None and (
            token.key in ("completion", "abstinence")
            or _match_any(tokens, k, lexicon.one_off_objects) is not None
        ):  # "Medical evaluation", "Referral to ...", "Successful completion of ..."
            sentence.once = (token.start, token.end)
        if token.low == "by" and k + 1 < len(tokens):
            agent = _actor_in(tokens[k + 1 : k + 1 + lexicon.longest + 1], lexicon)
            if agent is not None:
                sentence.agent = agent


def _opening(tokens: Sequence[Token]) -> int:
    """Where the sentence starts after bullets, list numbers ("1)", "a)", "2."), and
    words that only join it to the list ("and", "also", "then")."""
    begin = 0
    while begin < len(tokens):
        token = tokens[begin]
        after = tokens[begin + 1].low if begin + 1 < len(tokens) else ""
        numbered = (token.low.isdigit() and after in (")", ".")) or (
            len(token.low) == 1 and after == ")"
        )
        if token.low not in _FILLERS and not numbered:
            break
        begin += 1
    colon = next(
        (k for k in range(begin, min(begin + 6, len(tokens))) if tokens[k].low == ":"), None
    )
    if colon is not None and colon + 1 < len(tokens):  # a label: "Task 3:", "Parents:"
        return _opening(tokens[colon + 1 :]) + colon + 1
    return begin


def _read_sentence(tokens: Sequence[Token], lexicon: Lexicon) -> _Sentence:
    sentence = _Sentence()
    body = tokens[_opening(tokens) :]
    if not body:
        return sentence
    main = _after_clause(body, lexicon)
    if main:  # "If it is safe, phone the police": the main clause says what to do
        inner = _read_sentence(body[main:], lexicon)
        if inner.predicates or inner.ban:
            if body[0].low in _TRIGGERS and body[1].low not in _OPEN_ENDED:
                inner.predicates = [replace(p, once=True) for p in inner.predicates]
            return inner
    modal = _find_modal(body, lexicon)
    if (
        modal is not None
        and _imperative(body, 0, lexicon)
        and (
            any(t.low in _BOUNDARY for t in body[1 : modal[0]])
            or (body[0].key in lexicon.actions and body[1].low in _OBJECT_OPENERS)
        )
    ):
        # "Ask questions if you are not clear on what you need to do", "Tell your
        # caseworker about difficulties you may have": the modal is in a clause
        modal = None
    # a negation or "no" opening the sentence: "No further violence", "Never leave ..."
    if body[0].low in ("no", "zero") or (body[0].low == "there" and modal is None):
        sentence.form = "fragment"
        _ban(sentence, body, 0, lexicon)
        _fragment(sentence, body, lexicon)
        return sentence
    if modal is not None and modal[0] > 0:
        sentence.subject = _subject(body, modal[0], lexicon)
        if not sentence.subject:
            sentence.form = "imperative"
        elif sentence.subject[0].low in _FIRST_PERSON:
            sentence.form = "first-person"
        else:
            sentence.form = "modal"
        end = _after_modal(sentence, body, modal[1], lexicon, _denied(body, modal))
        head = sentence.predicates[0] if sentence.predicates else None
        if head is not None and head.verb == "be" and not head.observable:
            at = next(k for k in range(modal[1], len(body)) if body[k].key == "be")
            kept = sentence.predicates
            sentence.predicates = []
            if _extraposed(sentence, body, at + 1, lexicon):
                return sentence  # "It will be important for her to receive ..."
            sentence.predicates = kept
        if sentence.predicates and sentence.predicates[0].passive:
            sentence.form = "passive"
            _one_thing(sentence, lexicon)
        _coordinated(sentence, body, end, lexicon)
        _fragment_agent(sentence, body, lexicon)
        return sentence
    if modal is not None:  # "Will attend ...", "Must complete ..."
        sentence.form = "imperative"
        end = _after_modal(sentence, body, modal[1], lexicon, _denied(body, modal))
        _coordinated(sentence, body, end, lexicon)
        return sentence
    first = body[0]
    if first.low in _FIRST_PERSON and len(body) > 1 and _verb_at(body, 1, lexicon):
        sentence.form = "first-person"
        sentence.subject = [first]
        end = _after_modal(sentence, body, 1, lexicon)
        _coordinated(sentence, body, end, lexicon)
        return sentence
    if first.low == "to" and _verb_at(body, 1, lexicon):  # "To attend all visits"
        sentence.form = "imperative"
        end = _after_modal(sentence, body, 1, lexicon)
        _coordinated(sentence, body, end, lexicon)
        return sentence
    lead, negated = _skip(body, 0, lexicon)
    if lead < len(body) and body[lead].low == "to":  # "not to administer ..."
        lead, _ = _skip(body, lead + 1, lexicon)
    if _imperative(body, lead, lexicon) or (negated and lead < len(body)):
        # an imperative ("Attend ...", "Never leave ...", "Not to hit ...") or a gerund
        # ("Attending ...", "Knocking on the door ...")
        sentence.form = "imperative"
        end = _after_modal(sentence, body, 0, lexicon)
        _coordinated(sentence, body, end, lexicon)
        return sentence
    if lead == 0 and body[0].form == "s" and body[0].key in lexicon.verbs:
        sentence.form = "declarative"  # a duty listed under "The worker:" - "Negotiates ..."
        end = _after_modal(sentence, body, 0, lexicon)
        _coordinated(sentence, body, end, lexicon)
        return sentence
    declared = _declarative(sentence, body, lexicon)
    if declared:
        return sentence
    sentence.form = "fragment"
    _fragment(sentence, body, lexicon)
    return sentence


_SUBORDINATORS = _BOUNDARY - {",", "(", ")", "-", "\u2013", "\u2014", "and/or"}


_OBJECT_OPENERS = frozenset({"the", "a", "an", "your", "his", "her", "their", "my", "our",
                             "all", "any", "every", "each", "him", "them", "us", "you", "me",
                             "this", "these", "those"})  # fmt: skip
_OPENERS = frozenset({"if", "when", "whenever", "once", "after", "before", "unless", "while",
                      "upon", "until", "should"})  # fmt: skip
_TRIGGERS = _OPENERS - {"while", "until"}
_FINITE = frozenset({"is", "are", "am", "was", "were", "'s", "'re", "'m", "has", "have", "had",
                     "do", "does", "did", "it's", "that's", "there's", "he's", "she's",
                     "they're", "you're", "i'm", "we're"})  # fmt: skip


def _after_clause(tokens: Sequence[Token], lexicon: Lexicon) -> int:
    """Where the main clause starts after an opening subordinate clause ("If it is safe,
    phone the police", "When this occurs call your social worker"), or 0 if none."""
    if len(tokens) < 4 or tokens[0].low not in _OPENERS:
        return 0
    comma = next((k for k in range(2, min(len(tokens) - 1, 24)) if tokens[k].low == ","), None)
    if comma is not None:
        return comma + 1
    if _find_modal(tokens, lexicon) is not None:
        return 0  # "If I am hurt I will tell ...": read as it stands
    finite = False
    for k in range(1, min(len(tokens), 14)):
        token = tokens[k]
        if (
            finite
            and k >= 3
            and token.form == "base"
            and token.key in lexicon.actions
            and _imperative(tokens, k, lexicon)
            and tokens[k - 1].low not in _NOT_BEFORE_VERB
        ):
            return k
        finite = finite or token.low in _FINITE or (token.form in ("s", "ed") and k > 1)
    return 0


_NOT_BEFORE_VERB = frozenset({"to", "i", "you", "we", "they", "he", "she", "it", "not", "n't"})


def _subject(tokens: Sequence[Token], modal: int, lexicon: Lexicon) -> list[Token]:
    """The words before the modal that name who acts. Back from the modal to a
    subordinator ("if", "that", "when") or a semicolon; an appositive or a list between
    commas ("The DHS-66, Updated Service Plan (USP), must ...") belongs to the subject,
    unless the words next to the modal are a pronoun ("..., it will be noted")."""
    start = modal
    while start > 0 and tokens[start - 1].low not in _SUBORDINATORS:
        start -= 1
    span = list(tokens[start:modal])
    near = modal
    while near > start and tokens[near - 1].low not in (",", "(", ")"):
        near -= 1
    nearest = list(tokens[near:modal])
    if nearest and (nearest[0].low in ("it", "this", "there", "that", "i", "we", "you")
                    or _subject_actor(nearest, lexicon)[0] is not None
                    or _named(nearest, lexicon)):  # fmt: skip
        return nearest
    return [t for t in span if t.low not in (",", "(", ")")] or nearest


def _imperative(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Does a verb open the sentence at `at`: a known verb in its base or -ing form that
    is not a noun here ("Visit schedule for ...", "Contact with the children"), or an
    unknown -ing word before a preposition or article ("Knocking on the door")?"""
    if at >= len(tokens):
        return False
    token, after = tokens[at], tokens[at + 1].low if at + 1 < len(tokens) else ""
    if token.key in lexicon.verbs:
        return token.form in ("base", "ing") and after not in ("of", "between", "'s")
    return (
        token.low.endswith("ing")
        and token.low.isalpha()
        and after in ("on", "in", "at", "to", "the", "a", "an", "with", "your", "their", "all")
    )


def _declarative(sentence: _Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """'Mother attends weekly AA', 'Father has completed ...', 'Visits are supervised'."""
    for k in range(0, min(len(tokens), 9)):
        token = tokens[k]
        if token.low in _BOUNDARY and token.low not in ("-", ","):
            return False  # (a list may be the subject: "Whispering, passing notes, and ...")
        plural_have = token.low == "have" and k > 0 and _actor_in(tokens[:k], lexicon) is not None
        if (
            token.key in ("have", "be")
            and (token.form in ("s", "ed") or plural_have)  # "Foster parents have ..."
            and k + 1 < len(tokens)
        ):
            after, negated = _skip(tokens, k + 1, lexicon)
            sentence.subject = list(tokens[:k])
            sentence.form = "declarative"
            if (
                after < len(tokens)
                and tokens[after].form in ("ed", "ing")
                and (_verb_at(tokens, after, lexicon) or _participle(tokens[after], lexicon))
            ):
                passive = token.key == "be" and tokens[after].form == "ed"
                sentence.form = "passive" if passive else "declarative"
                predicate = _predicate(tokens, after, negated, lexicon, passive)
                if passive and predicate.verb in lexicon.done_to:
                    predicate = replace(predicate, observable=True)  # "a plan is developed"
                sentence.predicates.append(predicate)
                if negated:  # "Whispering and hand signals are not allowed"
                    _negated_ban(sentence, tokens, after, lexicon)
                sentence.given = passive and tokens[after].key in lexicon.given_to
                if passive:
                    _one_thing(sentence, lexicon)
                _coordinated(sentence, tokens, after + 1, lexicon)
                _fragment_agent(sentence, tokens, lexicon)
            elif token.key == "be" and k == 1 and _extraposed(sentence, tokens, k + 1, lexicon):
                pass  # "It is the responsibility of the worker to inform ..."
            else:  # "Case plans are focused ...", "Mother has a car": a state
                sentence.predicates.append(_predicate(tokens, k, negated, lexicon))
                if negated:
                    _negated_ban(sentence, tokens, k, lexicon)
            return True
        if k == 0:
            continue
        if (
            k == 1
            and token.form == "base"
            and tokens[0].low in ("you", "they")
            and (token.key in lexicon.verbs)
        ):  # "(It is important that) you talk to your PA ..."
            sentence.subject = [tokens[0]]
            sentence.form = "declarative"
            sentence.predicates.append(_predicate(tokens, k, False, lexicon))
            _coordinated(sentence, tokens, k + 1, lexicon)
            return True
        if (
            token.form == "s"
            and token.key in lexicon.verbs
            and tokens[k - 1].form not in ("s", "ing")  # "passing notes": a noun
            and tokens[k - 1].low not in lexicon.determiners
        ):
            subject = tokens[:k]
            if _actor_in(subject, lexicon) is None and not _named(subject, lexicon):
                return False
            sentence.subject = list(tokens[:k])
            sentence.form = "declarative"
            sentence.predicates.append(_predicate(tokens, k, False, lexicon))
            _coordinated(sentence, tokens, k + 1, lexicon)
            return True
    return False


_EXTRAPOSED_SUBJECTS = frozenset({"it", "this"})


def _extraposed(sentence: _Sentence, tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """A duty after "it is ...": "It is the responsibility of the worker to inform ...",
    "It is important for you to attend ...", "It is important that you talk to your PA".
    Reads the duty into `sentence` (its subject: whoever the words before it name)."""
    if len(sentence.subject) != 1 or sentence.subject[0].low not in _EXTRAPOSED_SUBJECTS:
        return False
    for k in range(start, min(len(tokens) - 1, start + 10)):
        low = tokens[k].low
        if low in _SENTENCE_END or low == ",":
            return False
        if low == "to" and _verb_at(tokens, k + 1, lexicon) and tokens[k + 1].form == "base":
            named = [t for t in tokens[start:k] if _actor_in([t], lexicon) is not None]
            sentence.subject = list(tokens[start:k]) if named else []
            sentence.form = "modal" if named else "imperative"
            end = _after_modal(sentence, tokens, k + 1, lexicon)
            _coordinated(sentence, tokens, end, lexicon)
            return True
        if low == "that" and k > start:
            inner = _read_sentence(tokens[k + 1 :], lexicon)
            if not inner.predicates:
                return False
            sentence.form, sentence.subject = inner.form, inner.subject
            sentence.predicates, sentence.ban = inner.predicates, inner.ban
            sentence.given, sentence.agent = inner.given, inner.agent
            return True
    return False


_DEFINITE = frozenset({"the", "a", "an", "this", "that", "your", "his", "her", "their", "its",
                       "my", "our"})  # fmt: skip


def _one_thing(sentence: _Sentence, lexicon: Lexicon) -> None:
    """A passive whose subject is one definite thing is done to it once: "A note of the
    meeting will be taken", "The planning meeting should be chaired", "This agreement will
    be reviewed". Not "Visits will be supervised", nor a person ("The mother will be
    referred")."""
    subject, first = sentence.subject, sentence.predicates[0]
    if not subject or subject[0].low not in _DEFINITE or not first.observable:
        return
    head = subject[-1]
    for k, token in enumerate(subject[1:], 1):
        if token.low in ("of", "for", "from", "with", ",", "(", "which", "that", "who"):
            head = subject[k - 1]
            break
    plural = head.form == "s" or (head.low.endswith("s") and not head.low.endswith("ss"))
    if not plural and _actor_in(subject, lexicon) is None:
        sentence.predicates[0] = replace(first, once=True)


def _fragment_agent(sentence: _Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> None:
    """The agent of a passive: 'will be supervised by the agency'."""
    for k, token in enumerate(tokens):
        if token.low == "by" and k + 1 < len(tokens):
            agent = _actor_in(tokens[k + 1 : k + 2 + lexicon.longest], lexicon)
            if agent is not None:
                sentence.agent = agent
                return


# --- the actor ------------------------------------------------------------------------------


_LONGEST: dict[int, tuple[Mapping[tuple[str, ...], str], int]] = {}  # words in a table's phrases


def _first_named(
    tokens: Sequence[Token], table: Mapping[tuple[str, ...], str]
) -> tuple[int, str] | None:
    """The first phrase of `table` in the words that is not a possessor ('the mother's
    therapist' names a therapist), longest phrases first: (position, actor)."""
    known = _LONGEST.get(id(table))
    if known is None or known[0] is not table:
        known = _LONGEST[id(table)] = (table, max((len(p) for p in table), default=1))
    longest = known[1]
    k = 0
    while k < len(tokens):
        for size in range(min(longest, len(tokens) - k), 0, -1):
            phrase = tuple(t.key for t in tokens[k : k + size])
            actor = table.get(phrase)
            if actor is None and size == 1:
                actor = table.get((tokens[k].low,))
            if actor is not None:
                possessor = k + size < len(tokens) and tokens[k + size].low in ("'s", "'")
                if not possessor:
                    return k, actor
                k += size
                break
        else:
            k += 1
    return None


def _actor_in(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    found = _first_named(tokens, lexicon.actors)
    return found[1] if found else None


def _thing_in(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    found = _first_named(tokens, lexicon.things)
    return found[1] if found else None


_NOT_IN_COMPOUND = frozenset({"'s", "'", "between", "among", "against", "without", "under"})


def _subject_actor(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[str | None, bool]:
    """Whom a subject names: a person (the first one), or a thing whose duty it is
    ("Visits between the children and parents" are the agency's). (actor, is a thing)."""
    person = _first_named(tokens, lexicon.actors)
    thing = _first_named(tokens, lexicon.things)
    if thing is not None and person is not None:
        first, last = sorted((thing[0], person[0]))
        if last - first <= 2 and not any(
            t.low in _COORDINATORS or t.low in _PREPOSITIONS or t.low in _NOT_IN_COMPOUND
            for t in tokens[first + 1 : last]
        ):  # a compound names the last noun: "Family visits" (a visit), "Visit participants"
            return (thing[1], True) if thing[0] > person[0] else (person[1], False)
    if thing is not None and (person is None or thing[0] < person[0]):
        return thing[1], True
    return (person[1] if person else None), False


def _named(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A subject that is a person's name ("Jane", "Ms. R.", "Jane Doe") or a bracketed role
    ("[mother]"): capitalised words, one of them unknown to the lexicon."""
    if any(t.low == "[" for t in tokens):
        return True
    words = [t for t in tokens if t.low.isalpha() and t.low not in lexicon.determiners]
    return (
        bool(words)
        and all(t.text[:1].isupper() for t in words)
        and any(
            t.low not in lexicon.keys and not t.low.endswith(("ly", "ed", "ing")) for t in words
        )
    )


def _youth(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    return any(_match_any(tokens, k, lexicon.youth_cues) for k in range(len(tokens)))


def read(text: str, lexicon: Lexicon, responsible: str | None = None) -> Reading:
    """Read a statement. `responsible` is the actor the plan names for the goal (its
    `responsible:` key, as an actor), used when the statement names nobody."""
    tokens = tokenize(text, lexicon)
    parts = [_read_sentence(s, lexicon) for s in sentences(tokens, lexicon)]
    actor, explicit = _actor(parts, tokens, lexicon, responsible)
    first = next((p for p in parts if p.predicates or p.activity or p.ban), None)
    subject = next((p.subject for p in parts if p.subject), None)
    return Reading(
        actor=actor,
        form=first.form if first is not None else "fragment",
        subject=(subject[0].start, subject[-1].end) if subject else None,
        predicates=tuple(p for part in parts for p in part.predicates),
        activity=next((p.activity for p in parts if p.activity), None),
        ban=next((p.ban for p in parts if p.ban), None),
        once=next((p.once for p in parts if p.once and not p.predicates), None),
        explicit=explicit,
    )


def _actor(
    parts: Sequence[_Sentence],
    tokens: Sequence[Token],
    lexicon: Lexicon,
    responsible: str | None,
) -> tuple[str, bool]:
    colon = next((k for k, t in enumerate(tokens[:6]) if t.low == ":"), None)
    if colon:  # "Foster parents: let us know ...", "Parents: a 24 hour notice is required"
        named = _actor_in(tokens[:colon], lexicon)
        if named is not None:
            return named, True
    for part in parts:
        if part.form == "first-person":
            if (
                part.subject
                and part.subject[0].low == "we"
                and (
                    any(t.low in ("you", "your") for t in tokens)
                    or _addressee(tokens, lexicon) == "agency"
                )
            ):  # "We will let you know ...", "we will work with the family": the agency
                return "agency", False
            return ("child" if _youth(tokens, lexicon) else responsible or "parent"), False
        if part.form in ("modal", "declarative", "passive") and part.subject:
            named, thing = _subject_actor(part.subject, lexicon)
            if part.given:  # "Mother will be referred": someone does it for her
                return part.agent or "agency", True
            if named is not None:
                return (part.agent or named) if thing else named, True
            if _named(part.subject, lexicon):
                return responsible or "parent", False
            if part.agent is not None:
                return part.agent, True
            if part.form == "passive":  # "It will be noted in the plan"
                return "agency", False
            if part.subject[0].low in ("it", "this", "there"):
                continue
            return responsible or "unknown", False
        if part.form == "fragment" and part.agent is not None:
            return part.agent, True
        if part.form == "fragment" and (part.activity or part.ban or part.once):
            owner = _thing_in(tokens, lexicon)
            if responsible:
                return responsible, False
            addressee = _addressee(tokens, lexicon) or owner or _cared_for(tokens, lexicon)
            return addressee or "parent", False
        if part.form in ("imperative", "declarative") and part.predicates:
            addressee = _addressee(tokens, lexicon) or _cared_for(tokens, lexicon)
            return responsible or addressee or "parent", False
    if responsible:
        return responsible, False
    return ("parent" if parts else "unknown"), False


def _addressee(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    """Whom an imperative or a fragment addresses, by what it is about: a foster child
    or "the child placed in your home" (a caregiver), a case record or "develop the case
    plan with the family" (the agency). None when nothing tells."""
    for actor, cues in lexicon.addressed:
        if any(_match_any(tokens, k, cues) for k in range(len(tokens))):
            return actor
    return None


def _cared_for(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    """A caregiver, when the words name one child in the third person ("Provide a safe
    home for the child"; not "[the child]", a name left out), else None."""
    for k in range(len(tokens)):
        if _match_any(tokens, k, lexicon.cared_for) and (k == 0 or tokens[k - 1].low != "["):
            return "caregiver"
    return None


def actor_of_role(role: str | None, lexicon: Lexicon) -> str | None:
    """The actor a plan's `people:` role or `responsible:` value names ("foster parent" is
    a caregiver), or None when the lexicon does not know it."""
    if not role:
        return None
    if role in ACTORS:
        return role
    return _actor_in(tokenize(role, lexicon), lexicon)
