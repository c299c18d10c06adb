"""A quick test that a regular expression cannot match a text, to skip running it.

From the parsed pattern we collect the words it needs: runs of literal characters and
alternations of them (`(?:report|send|...)`) in its top-level sequence, each of which any
match must contain. If an ASCII text (lower-cased) lacks every alternative of one such
group, the pattern - compiled with IGNORECASE - cannot match it. Groups count whatever
their inline flags (a word matched case-sensitively in an ASCII text is in it lower-cased
too), and so do look-aheads and look-behinds (what they look at is in the text); repeats,
negative look-arounds and non-ASCII letters give no requirement (never a wrong skip).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Needs = tuple[tuple[str, ...], ...]


def _leading_literals(items: Sequence[Any], literal: Any) -> str:
    run = []
    for op, value in items:
        if op is not literal:
            break
        run.append(chr(value))
    return "".join(run)


def _needs(items: Sequence[Any], parser: Any) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, value in items:
        if op is parser.LITERAL:
            run.append(chr(value))
            continue
        if run:
            groups.append(("".join(run),))
            run = []
        if op is parser.BRANCH:
            alternatives = tuple(_leading_literals(alt, parser.LITERAL) for alt in value[1])
            if all(alternatives):
                groups.append(alternatives)
        elif op is parser.SUBPATTERN:  # whatever its flags (see the module's docstring)
            groups.extend(_needs(value[3], parser))
        elif op is parser.ASSERT:  # a look-ahead or look-behind looks at the text too
            groups.extend(_needs(value[1], parser))
    if run:
        groups.append(("".join(run),))
    return groups


def required_words(pattern: str) -> Needs:
    """Groups of lower-case words: a match contains at least one word of every group."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]

        tree = parser.parse(pattern, re.IGNORECASE)
    except Exception:  # another Python's internals, or a pattern it cannot parse: no test
        return ()
    return tuple(
        tuple(word.lower() for word in group)
        for group in _needs(list(tree), parser)
        if all(word.isascii() for word in group)
    )


def may_match(needs: Needs, lowered_ascii: str) -> bool:
    """False when the (lower-cased, ASCII) text lacks every word of some group."""
    contains = lowered_ascii.__contains__  # map() over it: a third faster than generators
    for group in needs:  # noqa: SIM110 - a loop, not all(...): the generator costs 40%
        if not any(map(contains, group)):
            return False
    return True
