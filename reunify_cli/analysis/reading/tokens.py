"""Tokens and sentences: the reading's own tokenizer (no spaCy), and phrase lookups
over tokens by first word."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .lexicon import CITATION_WORDS, PLURAL_MARK, SENTENCE_END, TOKEN, Lexicon, Token


def tokenize(text: str, lexicon: Lexicon) -> list[Token]:
    tokens = []
    words = _WORDS
    if len(words) > 50_000:
        words.clear()
    new = tuple.__new__  # a Token made as the tuple it is: no Python-level __new__ call
    for m in TOKEN.finditer(text):
        surface = m.group()
        word = words.get(surface)
        if word is None or word[0] is not lexicon:
            word = words[surface] = (lexicon, (surface, *_word(surface, lexicon)))
        tokens.append(new(Token, word[1] + m.span()))
    return tokens


# surface -> (lexicon, (surface, low, key, form)): a batch meets the same words again and
# again
_WORDS: dict[str, tuple[Lexicon, tuple[str, str, str, str]]] = {}


def _word(surface: str, lexicon: Lexicon) -> tuple[str, str, str]:
    low = surface.lower().replace("\u2019", "'")
    if ")" in low:  # "parent(s)": the only tokens PLURAL_MARK can change
        low = PLURAL_MARK.sub("", low)
    key, form = lexicon.keys.get(low) or (low, "")
    return low, key, form


def sentences(tokens: Sequence[Token], lexicon: Lexicon) -> list[list[Token]]:
    """Split at . ! ? ; and bullets; a period after an abbreviation, an initial or a
    statute's abbreviated word ("Neb. Rev. Stat.") does not end a sentence, nor does one
    after initials ("S.S.") that a word in lower case follows ("required S.S. to attend",
    "D.H.'s school"), nor one a comma follows (an abbreviation's: "the child, N.J-A., during
    the period ...")."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        if token.low in SENTENCE_END:
            if token.low == "." and i > 0:
                before = tokens[i - 1].low
                if (
                    before in lexicon.abbreviations
                    or tokens[i - 1].text in CITATION_WORDS
                    or (len(before) == 1 and before.isalpha())
                    or (_INITIALS.fullmatch(before) and _goes_on(tokens, i + 1))
                    or (i + 1 < len(tokens) and tokens[i + 1].low == ",")  # "N.J-A., during"
                ):
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


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _goes_on(tokens: Sequence[Token], at: int) -> bool:
    """Whether the words after a period go on its sentence: the next word is not
    capitalised (a word in lower case, a number, "'s")."""
    return at < len(tokens) and not tokens[at].text[:1].isupper()


def starts_with(tokens: Sequence[Token], at: int, phrase: Sequence[str]) -> bool:
    if at + len(phrase) > len(tokens):
        return False
    for token, word in zip(tokens[at : at + len(phrase)], phrase, strict=True):
        if token.key != word and token.low != word:
            return False
    return True


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


def match_any(tokens: Sequence[Token], at: int, phrases: _Phrases) -> Sequence[str] | None:
    """The longest phrase of the list that starts at `at`, or None."""
    size = len(tokens)
    if at >= size:
        return None
    entry = _INDEXES.get(id(phrases))
    index = entry[1] if entry is not None and entry[0] is phrases else _index(phrases)
    token = tokens[at]
    candidates = index.get(token.key, ())
    if token.low != token.key and token.low in index:
        candidates = tuple(sorted({*candidates, *index[token.low]}, key=lambda p: (-len(p), p)))
    for phrase in candidates:
        length = len(phrase)
        if length == 1:
            return phrase
        if at + length > size:
            continue
        # the first word matches (the index is by it); most phrases fail at the second
        second, word = tokens[at + 1], phrase[1]
        if second.key != word and second.low != word:
            continue
        if length == 2 or starts_with(tokens, at + 2, phrase[2:]):
            return phrase
    return None
