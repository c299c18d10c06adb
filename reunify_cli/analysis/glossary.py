"""Abbreviations and what they stand for: the packs' `glossary:` (packs.glossary_of).

Pure functions over a mapping such as {"IOP": "intensive outpatient program"}: find the
abbreviations in a text, say what one stands for (a plural "UAs" from "UA"), and spell
them out for a parent ("intensive outpatient program (IOP)" the first time, the words
alone after that).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, MutableSet

_PATTERNS: dict[int, tuple[Mapping[str, str], int, re.Pattern[str] | None]] = {}


def pattern(glossary: Mapping[str, str]) -> re.Pattern[str] | None:
    """A regex matching any abbreviation of the glossary (and its plural), as written."""
    # A run's glossary is one mapping, never changed: its regex is built once (kept with
    # the mapping itself, so that its id cannot be reused by another one).
    known = _PATTERNS.get(id(glossary))
    if known is not None and known[0] is glossary and known[1] == len(glossary):
        return known[2]
    compiled = None
    if glossary:
        words = "|".join(re.escape(k) for k in sorted(glossary, key=len, reverse=True))
        compiled = re.compile(rf"(?<![\w-])(?:{words})s?(?![\w-])")
    if len(_PATTERNS) > 64:
        _PATTERNS.clear()
    _PATTERNS[id(glossary)] = (glossary, len(glossary), compiled)
    return compiled


def meaning(term: str, glossary: Mapping[str, str]) -> str | None:
    """What `term` stands for; a plural ("UAs") from its singular, the last word plural."""
    if term in glossary:
        return glossary[term]
    if term.endswith("s") and term[:-1] in glossary:
        words = glossary[term[:-1]]
        return words if words.endswith("s") else words + "s"
    return None


def found(text: str, glossary: Mapping[str, str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, abbreviation) for each glossary abbreviation in the text."""
    regex = pattern(glossary)
    if regex is None:
        return
    for match in regex.finditer(text):
        yield match.start(), match.end(), match.group()


def spell_out(text: str, glossary: Mapping[str, str], seen: MutableSet[str]) -> str:
    """The text with every abbreviation in words: "words (ABBR)" the first time (`seen`
    remembers which were explained across calls), the words alone after that."""
    regex = pattern(glossary)
    if regex is None:
        return text

    def words(match: re.Match[str]) -> str:
        term = match.group()
        said = meaning(term, glossary)
        if said is None:
            return term
        base = term[:-1] if term not in glossary else term
        head, _, note = said.partition(" (")
        before = text[: match.start()].lower()
        if before.endswith("(") and text[match.end() : match.end() + 1] == ")":
            # already spelled out by the words before it: "guardian ad litem (GAL)" keeps
            # its words, with what it is ("(GAL, a person the court names ...)"), never
            # "guardian ad litem (guardian ad litem (a person ...) (GAL))"; "clean
            # urinalysis test results (UAs)" as written
            seen.add(base)
            if before.endswith(f"{head.lower()} (") and note.endswith(")"):
                return f"{term}, {note[:-1]}"
            return term
        if base in seen:
            return said
        seen.add(base)
        return f"{said} ({term})"

    return regex.sub(words, text)
