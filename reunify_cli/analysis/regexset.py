"""One pass over a statement that tells which pack regexes may match it.

A statement is checked against 60-odd pack patterns. Running each with the backtracking
engine (`regex`, with its time limit) costs a full scan per pattern, and most patterns
match nothing. Here every pattern is rewritten into a *looser* form that Google's RE2
accepts, and an `re2.Set` of them scans the statement once, in linear time, naming the
patterns whose loose form matches. Only those run with the exact engine, so hits are
exactly what running every pattern would give:

* the loose form matches wherever the pattern does (it drops look-arounds, widens a few
  character classes, reads `^` / `$` per line, makes long counted repeats unbounded), so
  a pattern the set rules out cannot match;
* the set is used only on ASCII statements, where Python's Unicode classes (`\\w`, `\\d`,
  `\\s`, `\\b`) and case folding agree with the ASCII forms written here, and only for
  ASCII patterns without back-references or conditionals; a statement whose only other
  characters are typographic quotes, dashes and spaces (U+2019, U+2013, U+00A0: real plans
  are full of them) is scanned with each one read as its ASCII twin (', -, space: the
  same length, neither a word character, and a space where it was one), and a pattern
  whose loose form tells those twins apart (a negated class holding one) is run whenever
  the scanned text had one;
* a set that fails (RE2 not installed, a pattern it rejects, its memory limit while
  compiling or scanning) falls back to running every pattern, as before.

The loose forms go into two RE2 sets, not one: those with an unbounded run of almost any
character (`.*`, `[^.;]*`: once started, such a run stays alive to the end of the text)
apart from the rest. In one DFA, each combination of live runs with every other pattern's
progress is a state of its own; two sets scanning the 8,400 distinct statements of 4,000
generated plans cached 3.3-3.7 MB of states instead of 12.5 MB (in every process), and took
less time (0.08-0.10 s against 0.13-0.16 s, two measurements).

No pattern's result ever comes from RE2: the exact engine, with regexguard.py's load-time
checks and time limit, stays the one that finds matches and offsets.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

MAX_MEM = 16 << 20  # bytes RE2 may use for the set (its DFA cache included)
LOOSE_REPEAT = 8  # a counted repeat of more than this is loosened to an unbounded one
_ANY = "(?s:.)"
_CLASSES = {  # Python's Unicode classes, on ASCII text
    "CATEGORY_DIGIT": "0-9",
    "CATEGORY_WORD": "0-9A-Za-z_",
    "CATEGORY_SPACE": "\\x{9}-\\x{d}\\x{1c}-\\x{20}",  # str.isspace() in ASCII
}


class _Unsupported(Exception):
    pass


# typographic characters read as their ASCII twin when the set scans a statement:
# quotes, dashes and spaces, one character for one (offsets stay), none a word character
TWINS = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"),
    **dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " "),
}
_TWIN_OF = {code: ord(twin) for code, twin in TWINS.items()}
_TWIN_CHARS = frozenset(_TWIN_OF.values())
_tells_twins = [False]  # set while a pattern is loosened: a negated class holds a twin
_broad = [0]  # while a pattern is loosened: the almost-any-character items written so far
_runs = [False]  # set while a pattern is loosened: an unbounded repeat of such an item


def loose(pattern: str) -> str | None:
    """An RE2 pattern matching (on ASCII text, case-insensitively) at least wherever
    `pattern` matches, or None when there is none to be had."""
    return _loose(pattern)[0]


def _loose(pattern: str) -> tuple[str | None, bool, bool]:
    """The loose form; whether it may miss a match once typographic characters are read
    as their twins (it tells a twin from what it stands for); and whether it has an
    unbounded run of almost any character (`.*`, `[^.;]*`)."""
    if not pattern.isascii():
        return None, True, False
    _tells_twins[0] = _runs[0] = False
    try:
        tree = _parser.parse(pattern, re.IGNORECASE)
        body = _sequence(list(tree))
    except (_Unsupported, re.error, RecursionError, ValueError, OverflowError):
        return None, True, False
    flags = _flags(tree.state.flags & (re.MULTILINE | re.DOTALL), 0)
    return (f"(?{flags}:{body})" if flags else body), _tells_twins[0], _runs[0]


def _sequence(items: Sequence[Any]) -> str:
    return "".join(_item(op, av) for op, av in items)


def _char(code: int) -> str:
    if code > 127:  # written as an escape: case folding could take it to ASCII (U+017F)
        raise _Unsupported(f"character {code:#x}")
    char = chr(code)
    return char if char.isalnum() else f"\\x{{{code:x}}}"


def _flags(add: int, remove: int) -> str:
    names = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s"}
    on = "".join(v for k, v in names.items() if add & k)
    off = "".join(v for k, v in names.items() if remove & k)
    return on + ("-" + off if off else "")


def _class(members: Sequence[Any]) -> str:
    negated = False
    parts = []
    for op, av in members:
        if op is _c.NEGATE:
            negated = True
        elif op is _c.LITERAL and av > 127 and not negated and _never_ascii(av):
            # the set only reads ASCII text: "[\w'\u2019]" is "[\w']" there, where a
            # typographic character is read as its twin
            if av in _TWIN_OF:
                parts.append(_char(_TWIN_OF[av]))
            continue
        elif op is _c.LITERAL:
            _tells_twins[0] |= negated and av in _TWIN_CHARS
            parts.append(_char(av))
        elif op is _c.RANGE:
            _tells_twins[0] |= negated and any(av[0] <= c <= av[1] for c in _TWIN_CHARS)
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and str(av) in _CLASSES:
            parts.append(_CLASSES[str(av)])
        else:  # a negated category (\W, \S, \D) or anything else: any character
            _broad[0] += 1
            return _ANY
    if not negated:
        return f"[{''.join(parts)}]"
    _broad[0] += 1
    # what a negated set of letters leaves out depends on case folding: widen it
    return _ANY if _has_letter(members) else f"[^{''.join(parts)}]"


def _never_ascii(code: int) -> bool:
    """No case of the character is ASCII (unlike U+017F, long s, which folds to "s")."""
    char = chr(code)
    return all(not c.isascii() for c in (char, char.lower(), char.upper(), char.casefold()))


def _has_letter(members: Sequence[Any]) -> bool:
    for op, av in members:
        if op is _c.LITERAL and chr(av).isalpha():
            return True
        if op is _c.RANGE and any(chr(c).isalpha() for c in range(av[0], av[1] + 1)):
            return True
        if op is _c.CATEGORY:
            return True
    return False


def _item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.NOT_LITERAL:
        _tells_twins[0] |= av in _TWIN_CHARS
        _broad[0] += 1
        return _ANY if chr(av).isalpha() else f"[^{_char(av)}]"
    if op is _c.ANY:
        _broad[0] += 1
        return _ANY
    if op is _c.IN:
        return _class(av)
    if op is _c.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in av[1]) + ")"
    if op is _c.SUBPATTERN:
        _group, add, remove, body = av
        return f"(?{_flags(add, remove)}:{_sequence(body)})"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        broad = _broad[0]
        inner = f"(?:{_sequence(body)})"
        if high == _c.MAXREPEAT or high > LOOSE_REPEAT:
            _runs[0] |= _broad[0] > broad
            # a long counted repeat, `{0,80}`, is as many copies of its body in RE2's
            # program, and a set that large thrashes its DFA cache: unbounded instead
            return inner + f"{{{min(low, LOOSE_REPEAT)},}}"
        return inner + f"{{{low},{high}}}"
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return f"(?:{_sequence(av)})"
    if op is _c.AT:
        return _AT.get(str(av)) or _unsupported(av)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return ""  # a look-around only ever removes matches
    return _unsupported(op)  # back-references, conditionals


_AT = {
    "AT_BEGINNING": "(?m:^)",
    "AT_BEGINNING_LINE": "(?m:^)",
    "AT_BEGINNING_STRING": "\\A",
    "AT_END": "(?m:$)",  # Python's `$` also matches before a final newline
    "AT_END_LINE": "(?m:$)",
    "AT_END_STRING": "\\z",
    "AT_BOUNDARY": "\\b",
    "AT_NON_BOUNDARY": "\\B",
}


def _unsupported(what: Any) -> str:
    raise _Unsupported(str(what))


class PatternSet:
    """The loose forms of some patterns, matched together. `candidates(text)` is the set
    of indexes of patterns that may match an ASCII `text`, or None when the set cannot
    tell (then every pattern must run)."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.size = len(patterns)
        self.always: frozenset[int] = frozenset(range(self.size))  # patterns it cannot judge
        # (RE2 set, set entry -> pattern index (entry 0: the sentinel)): the patterns
        # without an unbounded run of almost any character, then those with one (above)
        self._sets: tuple[tuple[Any, list[int]], ...] | None = None
        self._with_twins: frozenset[int] = self.always
        try:
            import re2
        except ImportError:  # pragma: no cover - google-re2 is a dependency
            return
        options = re2.Options()
        options.case_sensitive = False
        options.max_mem = MAX_MEM
        always = set()
        twins = set()
        groups: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
        for index, pattern in enumerate(patterns):
            form, tells_twins, runs = _loose(pattern)
            if tells_twins:
                twins.add(index)
            if form is None:
                always.add(index)
            else:
                groups[runs].append((index, form))
        sets = []
        try:
            for group in groups:
                found = re2.Set.SearchSet(options)
                found.Add("")  # matches every text: its absence means the scan failed
                entries = [-1]
                for index, form in group:
                    try:
                        found.Add(form)
                    except re2.error:
                        always.add(index)
                        continue
                    entries.append(index)
                if len(entries) > 1:
                    found.Compile()
                    sets.append((found, entries))
        except re2.error:
            return
        self._sets = tuple(sets)
        self.always = frozenset(always)
        self._with_twins = self.always | twins  # run whenever a twin was read

    def candidates(self, text: str) -> frozenset[int] | None:
        if self._sets is None:
            return None
        always = self.always
        if not text.isascii():
            text = text.translate(TWINS)  # "the child\u2019s" is read as "the child's"
            if not text.isascii():
                return None
            always = self._with_twins
        found: list[int] = []
        for patterns, index in self._sets:
            entries = patterns.Match(text)
            if not entries or 0 not in entries:
                return None  # out of memory while scanning: no answer
            found += [index[e] for e in entries if e]
        return always.union(found)
