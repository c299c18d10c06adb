"""Write rewrites into the plan's YAML text without disturbing anything else.

Edits are made at the exact source positions of the node tree (yamlio keeps the start and
end of every node): the statement's value is replaced, `original_statement` and the
structured fields are inserted beside it, a goal written as a plain string becomes a
mapping. Every other byte - comments, key order, quoting, blank lines - stays as it was.
The result is parsed again and compared with the original before it is returned.

Line breaks are YAML's (LF, CRLF, old-Mac CR; lines added use the file's own), and a goal
that spells its statement more than one way (`statement:` and `goal:`) has the one the
analysis read rewritten: the first of STATEMENT_KEYS, as plans.py reads it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..io.plans import STATEMENT_KEYS
from ..io.yamlio import LINE_BREAK, Lines, Node, key_node, parse
from ..model import LoadError, ReunifyError

ADDED_FIELDS = ("behavior", "measure", "due", "evidence", "cadence", "feedback", "support")


def _fields(rewrite: Mapping[str, Any]) -> list[str]:
    """The structured fields a rewrite fills (a completed goal leaves some empty)."""
    return [k for k in ADDED_FIELDS if rewrite.get(k) is not None]


WIDTH = 88
_PLAIN_SAFE = re.compile(r"[A-Za-z0-9(][^\n#:]*[^\s:]|[A-Za-z0-9]")
_NOT_STRINGS = re.compile(
    r"(?i:y|yes|n|no|true|false|on|off|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+)"
)


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # string offsets into the original text
    end: int
    text: str


def revise(path: str, text: str, rewrites: Mapping[int, Mapping[str, Any]]) -> str:
    """The plan text with each goal (by index) rewritten; raises ReunifyError if a goal's
    YAML cannot be edited safely (then nothing should be written)."""
    if not rewrites:
        return text
    root = parse(path, text)
    goals = _goals_node(root)
    if goals is None:
        raise ReunifyError(LoadError(path, "no goals to rewrite"))
    lines = Lines(text)
    first_break = LINE_BREAK.search(text)
    newline = first_break.group() if first_break and first_break.group() in NEWLINES else "\n"
    edits: list[tuple[int, Edit]] = []
    for index, rewrite in sorted(rewrites.items()):
        node = goals.items[index]
        flow = _is_flow(text, lines, goals) or (node.kind == "map" and _is_flow(text, lines, node))
        if node.kind == "scalar":
            edits.append((index, _string_goal(path, text, lines, node, rewrite, flow, newline)))
        else:
            made = _mapping_goal(path, text, lines, node, rewrite, flow, newline)
            edits.extend((index, edit) for edit in made)
    revised = _apply(text, [edit for _, edit in edits])
    try:
        verify(path, text, revised, rewrites)
    except _Unparsable as bad:  # our edit broke the YAML: say which goal, in the user's file
        index = _goal_of(edits, bad.offset, len(revised) - len(text))
        node = goals.items[index]
        raise _unsafe(path, node, "the result would not be valid YAML") from None
    return revised


NEWLINES = ("\r\n", "\n", "\r")


def _line_end(text: str, position: int) -> tuple[int, int]:
    """Where the line holding `position` ends: the start and end of its line break (both
    len(text) on the last line without one)."""
    found = LINE_BREAK.search(text, position)
    return (found.start(), found.end()) if found else (len(text), len(text))


def _goal_of(edits: Sequence[tuple[int, Edit]], offset: int, growth: int) -> int:
    """The goal whose edit comes at or before `offset` of the revised text."""
    shift = 0
    chosen = edits[0][0]
    for index, edit in sorted(edits, key=lambda e: e[1].start):
        if edit.start + shift > offset:
            break
        chosen = index
        shift += len(edit.text) - (edit.end - edit.start)
    return chosen


def _goals_node(root: Node | None) -> Node | None:
    if root is None:
        return None
    if root.kind == "seq":
        return root
    goals = root.get("goals") if root.kind == "map" else None
    return goals if goals is not None and goals.kind == "seq" else None


def _is_flow(text: str, lines: Lines, node: Node) -> bool:
    return text[lines.offset(*node.start) : lines.offset(*node.start) + 1] in ("[", "{")


def _unsafe(path: str, node: Node, why: str) -> ReunifyError:
    return ReunifyError(
        LoadError(path, f"cannot rewrite this goal in place: {why}", node.line, node.column)
    )


def _string_goal(
    path: str,
    text: str,
    lines: Lines,
    node: Node,
    rewrite: Mapping[str, Any],
    flow: bool,
    newline: str,
) -> Edit:
    """A goal written as a plain string becomes a mapping in the same place."""
    start, end = lines.offset(*node.start), lines.offset(*node.end)
    raw = text[start:end]
    if raw[:1] in ("&", "!", "*"):
        raise _unsafe(path, node, "the statement carries a YAML anchor or tag")
    kept = raw.rstrip()
    original = kept if "\n" not in kept and node.style in ("", "'", '"') else None
    pairs = [("statement", None), ("original_statement", original)]
    pairs += [(k, None) for k in _fields(rewrite)]
    values = {"statement": rewrite["statement"], "original_statement": node.value}
    values.update({k: str(rewrite[k]) for k in _fields(rewrite)})
    if rewrite.get("kind") == "support":
        pairs.append(("kind", None))
        values["kind"] = "support"
    indent = " " * node.start[1]
    if flow:
        body = ", ".join(f"{k}: {raw_value or _quoted(values[k])}" for k, raw_value in pairs)
        return Edit(start, start + len(kept), "{" + body + "}")
    line_end, _ = _line_end(text, start + len(kept))
    comment = text[start + len(kept) : line_end]
    out = []
    for key, raw_value in pairs:
        if key == "statement" and comment.strip():  # keep a trailing comment on this line
            out.append(f"statement: {_quoted(values[key])}{comment}")
            continue
        prefix = "" if key == "statement" else indent
        value = raw_value or _block_value(values[key], key, indent, newline)
        out.append(f"{prefix}{key}: {value}")
    return Edit(start, start + len(kept) + len(comment), newline.join(out))


def _mapping_goal(
    path: str,
    text: str,
    lines: Lines,
    node: Node,
    rewrite: Mapping[str, Any],
    flow: bool,
    newline: str,
) -> list[Edit]:
    key = next((k for k in (key_node(node, name) for name in STATEMENT_KEYS) if k), None)
    value = node.get(key.value) if key is not None else None
    if key is None or value is None or value.kind != "scalar":
        raise _unsafe(path, node, "no statement text")
    start, end = lines.offset(*value.start), lines.offset(*value.end)
    if start < lines.offset(*key.end) or text[start : start + 1] in ("&", "!", "*"):
        raise _unsafe(path, value, "the statement is a YAML alias, anchor or tag")
    raw = text[start:end]
    kept = raw.rstrip()
    present = {k.value for k, _ in node.pairs if k.kind == "scalar"}
    added = [k for k in ("original_statement", *_fields(rewrite)) if k not in present]
    if rewrite.get("kind") == "support" and "kind" not in present:
        added.append("kind")
    values = {"original_statement": kept, "kind": "support"}
    values.update({k: str(rewrite[k]) for k in _fields(rewrite)})
    line_end, next_line = _line_end(text, start + len(kept))
    rest_of_line = text[start + len(kept) : line_end]
    if flow:
        new_value = _quoted(rewrite["statement"])
        extra = "".join(
            f", {k}: {values[k] if k == 'original_statement' else _quoted(values[k])}"
            for k in added
        )
        return [Edit(start, start + len(kept), new_value + extra)]
    indent = " " * key.start[1]
    if rest_of_line.strip():  # a comment follows on the same line: stay on one line
        new_value = _quoted(rewrite["statement"])
    else:
        new_value = _block_value(rewrite["statement"], "statement", indent, newline)
    inserted = "".join(
        f"{indent}{k}: "
        f"{values[k] if k == 'original_statement' else _block_value(values[k], k, indent, newline)}"
        f"{newline}"
        for k in added
    )
    if next_line == len(text) and line_end == len(text):  # last line, no final line break
        return [
            Edit(start, start + len(kept), new_value),
            Edit(len(text), len(text), newline + inserted.rstrip()),
        ]
    return [Edit(start, start + len(kept), new_value), Edit(next_line, next_line, inserted)]


def _block_value(value: str, key: str, indent: str, newline: str) -> str:
    """A value for block context: plain when YAML reads it back unchanged, a folded block
    when long, else double-quoted."""
    plain = _PLAIN_SAFE.fullmatch(value) and not _NOT_STRINGS.fullmatch(value)
    if plain and (key != "statement" or len(indent) + len(key) + 2 + len(value) <= WIDTH):
        return value
    if key == "statement" and value == " ".join(value.split()) and value:
        return (
            ">-"
            + newline
            + newline.join(indent + "  " + line for line in _wrap(value, WIDTH - len(indent) - 2))
        )
    return _quoted(value)


def _wrap(value: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _apply(text: str, edits: Sequence[Edit]) -> str:
    out = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[position : edit.start])
        out.append(edit.text)
        position = edit.end
    out.append(text[position:])
    return "".join(out)


class _Unparsable(ReunifyError):
    """The revised text does not parse; `offset` is where in it (the error would point at
    lines of the revision, which the user's file does not have)."""

    def __init__(self, path: str, offset: int) -> None:
        message = "rewrite aborted, nothing written: the result would not be valid YAML"
        super().__init__(LoadError(path, message))
        self.offset = offset


def verify(path: str, before: str, after: str, rewrites: Mapping[int, Mapping[str, Any]]) -> None:
    """The revision must parse, change only the rewritten goals, and keep their data."""
    old = parse(path, before)
    try:
        new = parse(path, after)
    except ReunifyError as exc:
        error = exc.error
        where = len(after)
        if error.line is not None:
            where = Lines(after).offset(error.line - 1, (error.column or 1) - 1)
        raise _Unparsable(path, where) from None
    old_goals, new_goals = _goals_node(old), _goals_node(new)
    problem = None
    if old_goals is None or new_goals is None or len(old_goals.items) != len(new_goals.items):
        problem = "the goals list changed"
    else:
        for index, (a, b) in enumerate(zip(old_goals.items, new_goals.items, strict=True)):
            if index not in rewrites:
                if a.to_python() != b.to_python():
                    problem = f"goal {index + 1} changed"
                continue
            if not _kept(a.to_python(), b.to_python(), rewrites[index]):
                problem = f"goal {index + 1} lost data"
    if problem is None and old is not None and new is not None and old.kind == "map":
        rest_a = {k: v for k, v in old.to_python().items() if k != "goals"}
        rest_b = {k: v for k, v in new.to_python().items() if k != "goals"}
        if rest_a != rest_b:
            problem = "keys outside the goals changed"
    if problem is not None:
        raise ReunifyError(LoadError(path, f"rewrite aborted, nothing written: {problem}"))


def _kept(before: Any, after: Any, rewrite: Mapping[str, Any]) -> bool:
    if not isinstance(after, dict):
        return False
    if isinstance(before, str):
        before = {"statement": before}
    statement_key = next((k for k in STATEMENT_KEYS if k in before), "statement")
    if after.get(statement_key) != rewrite["statement"]:
        return False
    if after.get("original_statement") != before[statement_key]:
        return False
    return all(after.get(k) == v for k, v in before.items() if k != statement_key)
