"""Regular expressions from rule packs: checked when a pack loads, bounded when they run.

A backtracking engine can take exponential (or high-polynomial) time on a long statement
when a pattern is ambiguous, and pack authors are policy staff, not regex experts. Two
layers, so that no pattern can hang a batch:

1. At load, `problem(pattern)` walks the parsed pattern and rejects the shapes that cause
   it: a repeat inside a repeat (`(a+)+`, `(\\w+\\s?)*`), a repeat over alternatives that can
   start alike (`(a|a)*`), and two unbounded repeats in a row that can match the same
   characters (`\\s*\\s*`, `.*.*`, `\\w+\\s*\\w+`). The check is conservative by design.
2. At run time every pattern runs through the `regex` module (re-compatible, version 0
   semantics) with a timeout (`TIMEOUT`), so a shape the check misses cannot hang a run:
   the file gets a clear error naming the rule instead (see nlp.py).

Compiling can exhaust memory too: the `regex` module expands counted repeats, so
`(?:(?:(?:a{100}){100}){100}){100}` asks for 10^8 copies of `a`. Before anything is
compiled, the total size of a pattern with its counted repeats expanded (`expanded_size`)
must stay within `MAX_EXPANDED`; a MemoryError while compiling is an error too.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import regex

TIMEOUT = 1.0  # seconds one pattern may spend on one statement
LARGE = 100  # a repeat allowing more than this many iterations counts as unbounded
MAX_EXPANDED = 50_000  # pattern size with counted repeats expanded (built-in packs: < 2,500)

_parser: Any = importlib.import_module("re._parser")  # the stdlib's own pattern parser
_c: Any = importlib.import_module("re._constants")

Chars = frozenset[int] | None  # None: could be (almost) any character

_DIGITS = frozenset(range(ord("0"), ord("9") + 1))
_WORD = _DIGITS | frozenset(ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_SPACE = frozenset(ord(c) for c in " \t\n\r\f\v")


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """The runtime form of a pack regex (case-insensitive, like the statement matching)."""
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)


def problem(pattern: str) -> str | None:
    """Why a pattern cannot be used (invalid, too large or catastrophic backtracking), or
    None."""
    try:
        tree = _parser.parse(pattern)  # parsing expands nothing; compiling may
        size = expanded_size(list(tree))
        if size > MAX_EXPANDED:
            return (
                f"regex too large: its counted repeats expand to {size:,} characters or more "
                f"(at most {MAX_EXPANDED:,}); use smaller counts or an unbounded repeat"
            )
        re.compile(pattern)
        compile_pattern(pattern)
    except (re.error, regex.error) as exc:
        return f"invalid regex: {exc}"
    except (RecursionError, OverflowError, ValueError) as exc:  # absurd nesting or counts
        return f"invalid regex: {exc}"
    except MemoryError:
        return "regex too large: compiling it ran out of memory"
    try:
        reason = _check(list(tree), None)
    except RecursionError:
        reason = "groups nested too deeply"
    if reason is None:
        return None
    return (
        f"regex can take exponential time on a long statement ({reason}); "
        "rewrite it without that, or use phrases or token patterns"
    )


def expanded_size(items: list[Any]) -> int:
    """Characters (and classes, anchors) a pattern holds once every counted repeat is
    written out: `a{3}` is 3, `(?:ab){2,5}` is 10, an unbounded repeat counts its minimum
    (at least once). Stops counting past MAX_EXPANDED."""
    total = 0
    for op, av in items:
        if _is_repeat(op):
            low, high, body = av
            count = max(low, 1) if high == _c.MAXREPEAT else high
            total += count * max(expanded_size(list(body)), 1)
        else:
            children = _children(op, av)
            total += sum(expanded_size(c) for c in children) if children else 1
        if total > MAX_EXPANDED:
            return total
    return total


def _is_repeat(op: Any) -> bool:
    return op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _large(maximum: int) -> bool:
    return bool(maximum == _c.MAXREPEAT or maximum > LARGE)


# Inside a repeat: (its maximum count, the characters that can follow the current sequence
# within one iteration or start the next one).
Context = tuple[int, Chars] | None


def _check(items: list[Any], inside: Context) -> str | None:
    pending: Chars | bool = False  # chars of the unbounded repeats just before this item
    for index, (op, av) in enumerate(items):
        follow = _follow(items[index + 1 :], inside)
        if _is_repeat(op):
            low, high, body = av
            reason = _check_repeat(list(body), low, high, follow, inside)
            if reason:
                return reason
            chars = _chars(list(body))
            if _large(high) and low != high:
                if pending is not False and _overlap(pending, _first(list(body))):
                    return "two unbounded repeats in a row over the same characters"
                pending = chars if pending is False or low > 0 else _union(pending, chars)
            elif low > 0:
                pending = False
        else:
            if not _nullable(op, av):
                pending = False
            context = (inside[0], follow) if inside is not None else None
            for child in _children(op, av):
                reason = _check(child, context)
                if reason:
                    return reason
    return None


def _check_repeat(
    body: list[Any], low: int, high: int, follow: Chars, inside: Context
) -> str | None:
    """A repeat is ambiguous inside another one when what it matches can also be matched
    by what follows it (the rest of the iteration, or the next iteration): `(a+)+`,
    `(\\w+\\s?)*`; `(?:\\w+\\s+)*` is fine, a word cannot run into the spaces after it."""
    if inside is not None and high > 1 and low != high:
        outer = inside[0]
        many = _large(outer) or _large(high) or outer * high > LARGE
        if many and _overlap(_chars(body), follow):
            return "a repeat inside a repeat"
    if high > 1 and _large(high) and _overlapping_branches(body):
        return "a repeat over alternatives that can match the same text"
    if high <= 1:
        return _check(body, inside if inside is None else (inside[0], follow))
    again = _first(body)
    next_up = _union(again, follow) if inside is not None else again
    return _check(body, (high, next_up))


def _follow(rest: list[Any], inside: Context) -> Chars:
    """Characters that can come right after a position: the rest of the sequence, and what
    follows the sequence (within an enclosing repeat) when the rest can match nothing."""
    first = _first(rest)
    if inside is not None and all(_nullable(o, a) for o, a in rest):
        return _union(first, inside[1])
    return first


def _children(op: Any, av: Any) -> list[list[Any]]:
    if op is _c.SUBPATTERN:
        return [list(av[-1])]
    if op is _c.BRANCH:
        return [list(b) for b in av[1]]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [list(av[1])]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return [list(av)]
    if op is _c.GROUPREF_EXISTS:
        return [list(b) for b in av[1:] if b is not None]
    return []


def _nullable(op: Any, av: Any) -> bool:
    """Whether an item can match the empty string (so repeats around it stay adjacent)."""
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    if _is_repeat(op):
        return bool(av[0] == 0) or all(_nullable(o, a) for o, a in av[2])
    children = _children(op, av)
    if children:
        return any(all(_nullable(o, a) for o, a in child) for child in children)
    return False


def _overlapping_branches(items: list[Any]) -> bool:
    for op, av in items:
        if op is _c.BRANCH:
            starts = [_first(list(b)) for b in av[1]]
            empty = [all(_nullable(o, a) for o, a in b) for b in av[1]]
            if sum(empty) > 1:  # two alternatives that can both match nothing
                return True
            for i, a in enumerate(starts):
                if any(_overlap(a, b) for b in starts[i + 1 :]):
                    return True
        elif op is _c.SUBPATTERN and _overlapping_branches(list(av[-1])):
            return True
    return False


def _first(items: list[Any]) -> Chars:
    """Characters a sequence can start with (empty set: it can only match nothing)."""
    found: Chars = frozenset()
    for op, av in items:
        found = _union(found, _first_of(op, av))
        if not _nullable(op, av):
            break
    return found


def _first_of(op: Any, av: Any) -> Chars:
    """Characters one item can start with (a group: what its content starts with)."""
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset()
    if _is_repeat(op):
        return _first(list(av[2]))
    children = _children(op, av)
    if children:
        found: Chars = frozenset()
        for child in children:
            found = _union(found, _first(child))
        return found
    return _chars([(op, av)])


def _union(a: Chars | bool, b: Chars) -> Chars:
    if a is None or b is None:
        return None
    if a is False or a is True:
        return b
    return a | b


def _overlap(a: Chars | bool, b: Chars) -> bool:
    if a is False or a is True:
        return False
    if a is None:
        return b is None or bool(b)
    if b is None:
        return bool(a)
    return bool(a & b)


def _chars(items: list[Any]) -> Chars:
    """Characters a sequence may consume (an over-estimate, lower and upper case)."""
    found: Chars = frozenset()
    for op, av in items:
        if op is _c.LITERAL:
            char = chr(av)
            found = _union(found, frozenset({av, ord(char.lower()[0]), ord(char.upper()[0])}))
        elif op is _c.IN:
            found = _union(found, _set_chars(av))
        elif op in (_c.ANY, _c.NOT_LITERAL, _c.GROUPREF):
            return None
        elif _is_repeat(op):
            found = _union(found, _chars(list(av[2])))
        else:
            for child in _children(op, av):
                if op in (_c.ASSERT, _c.ASSERT_NOT):
                    continue
                found = _union(found, _chars(child))
        if found is None:
            return None
    return found


def _set_chars(members: list[Any]) -> Chars:
    found: set[int] = set()
    for op, av in members:
        if op is _c.NEGATE:
            return None
        if op is _c.LITERAL:
            char = chr(av)
            found |= {av, ord(char.lower()[0]), ord(char.upper()[0])}
        elif op is _c.RANGE:
            low, high = av
            if high - low > 512:
                return None
            found |= set(range(low, high + 1))
            found |= {ord(chr(c).lower()[0]) for c in range(low, high + 1)}
            found |= {ord(chr(c).upper()[0]) for c in range(low, high + 1)}
        elif op is _c.CATEGORY:
            name = str(av)
            if "NOT" in name:
                return None
            if "DIGIT" in name:
                found |= _DIGITS
            elif "SPACE" in name:
                found |= _SPACE
            elif "WORD" in name:
                found |= _WORD
            else:
                return None
        else:
            return None
    return frozenset(found)
