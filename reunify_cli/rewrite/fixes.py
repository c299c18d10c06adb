"""Fixes: the small, local edits a rule proposes for the words it flagged.

A rule's `fix:` (pack data, see docs/domain-packs.md) says what replaces its words:
`with:` one text, `phrases:` a text per flagged phrase (matched whatever the inflection
or letter case), `keep: true` (the words stay; the rewrite adds what shows them), or
`negate: true` ("refrain from using drugs" -> "not use drugs"). Replacements are plain
words or `[placeholders]` for what only the caseworker can fill in; a placeholder may show
a suggestion ("[how often - e.g. once a week]"), never a value written in as fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..analysis.readcopy import whole_words
from ..analysis.reading import Lexicon, tokenize

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,200}\]")  # as structure.unfilled-placeholder
# what replaces flagged words of a category whose rule has no fix of its own
DEFAULTS = {
    "vague": "[say exactly what will be done]",
    "judgmental": "[what was seen or heard, and when]",
}
_NEGATED = re.compile(
    r"^(?:refrain|abstain|desist)\w*\s+from(?:\s+|$)|^avoid\w*(?:\s+|$)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # offsets into the text the edit applies to
    end: int
    text: str
    rule: str = ""


def apply(text: str, edits: Iterable[Edit]) -> str:
    """The text with every edit applied; an edit overlapping an earlier one is dropped."""
    result, at = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
        if edit.start < at:
            continue
        result += [text[at : edit.start], edit.text]
        at = edit.end
    return tidy("".join([*result, text[at:]]))


def tidy(text: str) -> str:
    """One space between words, none before punctuation, no doubled punctuation."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"\.\s*\.(?!\.)", ".", text)
    # a modal left before "to" when the words between were dropped ("will [be willing] to")
    text = re.sub(r"\b(will|shall|must|should|can|may|agrees?) to\b", r"\1", text)
    return text.strip()


def phrase_key(words: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Words as base forms, whatever their inflection or letter case."""
    return tuple(t.key for t in tokenize(words, lexicon) if t.low.isalnum() or "-" in t.low)


def replacement(
    fix: Mapping[str, Any] | None, category: str, excerpt: str, lexicon: Lexicon
) -> str | None:
    """What replaces `excerpt`, flagged by a rule of `category` with this `fix:`; None
    when the words are kept. A phrase of `phrases:` wins, then `keep:`, `negate:`, `with:`."""
    if fix is None:
        return DEFAULTS.get(category)
    excerpt = whole_words(excerpt)  # "par-\nticipate in" is "participate in"
    phrases = {str(p): str(t) for p, t in dict(fix.get("phrases") or {}).items()}
    said = " ".join(excerpt.lower().split())
    if said in phrases:  # the form written wins: "tested dirty" -> "tested positive"
        return phrases[said]
    wanted = phrase_key(excerpt, lexicon)
    for phrase, text in phrases.items():
        if phrase_key(phrase, lexicon) == wanted:
            return text
    if fix.get("keep"):
        return None
    if fix.get("negate"):
        return None if kept_as_ban(excerpt) else negated(excerpt, lexicon)
    words = {str(w).lower() for w in fix.get("words") or ()}
    if words and "with" in fix:  # only the listed words go: "[...] boundaries"
        kept = [w for w in excerpt.split() if w.lower().strip(",.;") not in words]
        return " ".join([str(fix["with"]), *kept])
    if "with" in fix:
        return str(fix["with"])
    return DEFAULTS.get(category)


def kept_as_ban(excerpt: str) -> bool:
    """Does a `negate:` rule's excerpt keep its words? A ban written as one already ("not
    allow", "stay away from") does, and so does one led by a gerund ("help the child in
    avoiding ...": no place for a "not"); "refrain from using" becomes "not use"."""
    banned = _NEGATED.match(excerpt)
    return banned is None or banned.group().split()[0].lower().endswith("ing")


def negated(excerpt: str, lexicon: Lexicon, after: str = "") -> str:
    """'refrain from using drugs' -> 'not use drugs'; 'abstain from alcohol' -> 'not use
    alcohol'; 'avoid adult conversations' -> 'not have adult conversations': a ban written
    as one. `after` is the text that follows the excerpt (its object, when the excerpt
    ends at the verb)."""
    rest = _NEGATED.sub("", excerpt).split()
    if rest and lexicon.key(rest[0].lower())[1] == "ing":
        return " ".join(["not", _base(rest[0], lexicon), *rest[1:]])
    objects = [w.strip(",.;:()").lower() for w in (rest or after.split())[:3]]
    verb = "not use" if any(w in _SUBSTANCES for w in objects) or not objects else "not have"
    return " ".join([verb, *rest])


_SUBSTANCE_WORDS = """
    alcohol alcoholic drink drinks drinking drug drugs substance substances marijuana
    cannabis weed opioids opiates heroin cocaine methamphetamine meth amphetamines
    narcotics intoxicants illegal illicit nonprescribed non-prescribed mood-altering
    mind-altering controlled prescription medication medications pills tobacco
"""
_SUBSTANCES = frozenset(_SUBSTANCE_WORDS.split())


def agree(new: str, old: str, after: str, lexicon: Lexicon) -> str:
    """Fit a replacement to its place: a plural stays plural ("clean drug tests" ->
    "negative drug tests"), and "attend" needs something to attend ("be involved in the
    decisions" is not "attend the decisions")."""
    after = whole_words(after)  # "individual ther-\napy" is therapy
    if new.startswith("[do what with"):  # "cooperate with the goals": not a person
        ahead = tokenize(after, lexicon)[:5]
        if not any(lexicon.key(t.low)[0] in {a[0] for a in lexicon.actors} for t in ahead):
            return "[do what, e.g. complete each step of]"
    if new == "attend" or new.endswith(" attend"):
        ahead = tokenize(after, lexicon)[:5]
        if not any(t.key in {a[0] for a in lexicon.activities if len(a) == 1} for t in ahead):
            return "[take part how, e.g. attend]"
    last_old, last_new = old.split()[-1:] or [""], new.split()[-1:] or [""]
    plural = lexicon.key(last_old[0].lower())[1] == "s" and last_old[0].lower().endswith("s")
    if plural and last_new[0].isalpha() and not last_new[0].endswith("s"):
        return new + "s"
    return new


def _base(word: str, lexicon: Lexicon) -> str:
    """A verb's base form ("using" -> "use"), other words as they are."""
    key, form = lexicon.key(word.lower())
    return key if form == "ing" and key in lexicon.verbs else word


def placeholders(text: str) -> tuple[str, ...]:
    """The `[placeholders]` in a text, without their brackets, in order, once each."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text):
        seen.setdefault(match.group()[1:-1], None)
    return tuple(seen)


def plain(text: str) -> str:
    """A suggestion to show inside a placeholder: no brackets of its own ("[therapist's
    name]" reads "the therapist")."""
    text = re.sub(r"\[([^\[\]]*?)'s name\]", r"the \1", text)
    return re.sub(r"\[([^\[\]]*)\]", r"\1", text)


_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]|\be\.g|\bi\.e|\bDr|\bMr|\bMs|\bMrs|\bMx|\bSt|\bNo)\.$"
)


def sentence_case(text: str) -> str:
    """Capitalise the first letter of every sentence - not inside a placeholder, not
    after an initial or "e.g."."""
    out: list[str] = []
    depth, start = 0, True
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        if start and char.isalpha():
            if depth == 0 or (out and out[-1] == "["):
                char = char.upper()
            start = False
        elif char in ".!?" and depth == 0:
            start = not _ABBREVIATION_END.search("".join(out[-5:]) + char)
        elif not char.isspace() and char != "[":
            start = False
        out.append(char)
    return "".join(out)


def ends(text: str) -> str:
    """The text as a finished sentence: a period unless it already ends one."""
    text = text.rstrip().rstrip(";,:")
    return text if text.endswith((".", "!", "?")) else text + "."


def first_sentence_end(text: str, lexicon: Lexicon) -> int:
    """Where the first sentence's words end (before its closing punctuation)."""
    from ..analysis.reading import sentences

    tokens = tokenize(text, lexicon)
    parts = sentences(tokens, lexicon)
    if not parts or not parts[0]:
        return len(text.rstrip(" .;:!?"))
    last = parts[0][-1]
    end = last.end
    while end > 0 and text[end - 1] in ".;:,!? ":
        end -= 1
    return end


def insert(text: str, at: int, words: Sequence[str]) -> str:
    """Insert words at a position, each after one space."""
    added = "".join(f" {w}" for w in words if w)
    return tidy(text[:at] + added + text[at:])
