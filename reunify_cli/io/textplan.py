"""Plans as a caseworker pastes them: a `.txt` or `.md` list of goals, one per line or item.

* Each bullet (`-`, `*`, `+`, `•`) or numbered item (`1.`, `1)`, `a.`, `(a)`, `A)`; not
  `A.`, which starts a name like "J. Alvarez" as often as an item) is a goal;
  the marker is trimmed. Lines that continue an item (indented, or any non-blank line
  right below it that is no new item) are joined to it with a space.
* A file with no list item at all: every line is a goal, with the same joining for an
  indented line or a line that starts in lower case after one that does not end a
  sentence and was wrapped (it fills the width, or stops on a word no statement ends
  with, like "until" or "the"): text wrapped by an e-mail program.
* Not goals: blank lines, Markdown headings (`# Goals`), lines and items ending in `:`
  ("Goals for the next six months:", "- Mom will:" above its sub-items), rules (`---`),
  and, in a file with list items, paragraphs outside them (a title, a note). A few
  `Label: value` lines before the first goal fill the plan's case details (see
  HEADER_LABELS): `Caseworker: J. Alvarez`, `Next review: July 15, 2026`.
* Positions are kept: each goal's text is mapped back to its line and column in the file,
  so findings point into it like they do into YAML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..model import Goal, LoadError, Person, Plan, ReunifyError, ScalarSource, Span, TextField
from .yamlio import LINE_BREAK

_ITEM = re.compile(
    r"(?P<indent>[ \t]*)(?P<marker>[-*+•‣◦▪]|\(?(?:\d{1,3}|[a-z])[.)]|\(?[A-Z]\))"
    r"[ \t]+(?P<body>\S.*)"
)
_HEADING = re.compile(r"[ \t]{0,3}(?:#{1,6}(?:[ \t].*)?|[-=_*]{3,}[ \t]*)")
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z' ]{1,30}?)[ \t]*:[ \t]+(?P<value>\S.*?)\s*")
_ENDS_SENTENCE = re.compile(r"[.!?;:)\"'”]\s*$")
WRAP_WIDTH = 60  # a line this long may have been wrapped by an e-mail program
_OPEN_END = re.compile(
    r"(?:\b(?:and|or|but|nor|to|of|in|on|at|by|for|with|from|into|until|than|as|if|when|"
    r"the|a|an|your|his|her|their|its|my|our|this|that|these|those|which|who|each|every|"
    r"all|any|no|not|be|will|shall|must|should|may|can|is|are|was|were)|[,\-\u2013\u2014&/])"
    r"\s*$",
    re.IGNORECASE,
)
_BLANKS = re.compile(r"_{2,}")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")

# `Label: value` lines before the first goal -> the plan's case keys ("parent" names the
# parent). Labels are compared in lower case, with spaces squeezed.
HEADER_LABELS: Mapping[str, str] = {
    "case": "id",
    "case id": "id",
    "case number": "id",
    "case no": "id",
    "caseworker": "caseworker",
    "case worker": "caseworker",
    "social worker": "caseworker",
    "worker": "caseworker",
    "caseworker phone": "caseworker_phone",
    "worker phone": "caseworker_phone",
    "phone": "caseworker_phone",
    "caseworker email": "caseworker_email",
    "worker email": "caseworker_email",
    "email": "caseworker_email",
    "e-mail": "caseworker_email",
    "agency": "agency",
    "parent": "parent",
    "parent's name": "parent",
    "parent name": "parent",
    "plan date": "plan_date",
    "date of plan": "plan_date",
    "next review": "next_review",
    "next review date": "next_review",
    "review date": "next_review",
    "permanency hearing": "permanency_hearing",
    "permanency hearing date": "permanency_hearing",
}
DATE_KEYS = ("plan_date", "next_review", "permanency_hearing")


@dataclass(frozen=True, slots=True)
class Piece:
    """One line's share of a goal: where its text starts in the file, and the text."""

    offset: int  # index into the file's text
    line: int  # 1-based
    column: int  # 1-based
    text: str


def header_value(label: str) -> str | None:
    """The case key a `Label:` names (None when it names none)."""
    return HEADER_LABELS.get(" ".join(label.lower().split()))


def case_from_labels(path: str, pairs: Sequence[tuple[str, str]]) -> tuple[dict[str, str], str]:
    """Case keys and the parent's name from `(label, value)` pairs; dates as YYYY-MM-DD."""
    from ..rewrite.statement import iso_date

    case: dict[str, str] = {}
    parent = ""
    for label, written in pairs:
        key = header_value(label)
        value = _BLANKS.sub(" ", written).strip()
        if key is None or not re.search(r"[^\W_]", value) or re.search(r"[A-Za-z]:(\s|$)", value):
            continue  # a form's empty line to sign on ("Parent: ______  Caseworker: ____")
        if key == "parent":
            parent = value
        elif key in DATE_KEYS:
            case[key] = iso_date(value)
        else:
            case[key] = value
    return case, parent


PARENT_WORDS = frozenset({"parent", "mother", "father", "mom", "dad", "parents"})


def plan_with_case(path: str, goals: tuple[Goal, ...], pairs: Sequence[tuple[str, str]]) -> Plan:
    """The plan, with the parent named in a `Parent:` label as person `parent`, who is then
    the one responsible for goals whose `responsible` is a parent word or that name."""
    case, parent = case_from_labels(path, pairs)
    if not parent:
        return Plan(path=path, case=case, goals=goals)
    names = PARENT_WORDS | {parent.lower()}
    goals = tuple(
        replace(g, responsible="parent")
        if g.responsible and g.responsible.strip().lower() in names
        else g
        for g in goals
    )
    return Plan(path=path, case=case, people=(Person("parent", "parent", parent),), goals=goals)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its break) for every line, breaks counted as YAML counts them."""
    starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]
    ends = [m.start() for m in LINE_BREAK.finditer(text)] + [len(text)]
    return [(s, text[s:e]) for s, e in zip(starts, ends, strict=True)]


def _is_skipped(line: str) -> bool:
    stripped = line.strip()
    return not stripped or bool(_HEADING.fullmatch(line)) or stripped.endswith(":")


def parse_text_plan(path: str, text: str) -> Plan:
    """Goals of a text or Markdown list; raises ReunifyError when there is none."""
    if text.startswith("\ufeff"):
        text = text[1:]  # positions count from after a byte-order mark, as editors do
    lines = _lines(text)
    listed = any(_ITEM.fullmatch(line) for _, line in lines)
    items: list[list[Piece]] = []
    labels: list[tuple[str, str]] = []
    current: list[Piece] | None = None
    for number, (offset, line) in enumerate(lines, start=1):
        item = _ITEM.fullmatch(line)
        if item is not None and item.group("body").rstrip().endswith(":"):
            current = None  # a lead-in ("- Mom will:"): its sub-items are the goals
            continue
        if item is not None:
            start = item.start("body")
            current = [Piece(offset + start, number, start + 1, item.group("body"))]
            items.append(current)
            continue
        if not line.strip():
            current = None
            continue
        label = _LABEL.fullmatch(line)
        if not items and label is not None and header_value(label.group("label")):
            labels.append((label.group("label"), label.group("value")))
            continue
        if _is_skipped(line):
            current = None
            continue
        start = len(line) - len(line.lstrip())
        piece = Piece(offset + start, number, start + 1, line.strip())
        if current is not None and _continues(current[-1].text, line, listed):
            current.append(piece)
        elif not listed:
            current = [piece]
            items.append(current)
    goals = tuple(_goal(index, pieces, text) for index, pieces in enumerate(items))
    goals = tuple(g for g in goals if g.statement.text)
    if not goals:
        raise ReunifyError(
            LoadError(
                path, "no goals found: write one goal per line, bullet or numbered item", 1, 1
            )
        )
    goals = tuple(
        Goal(index=i, id=g.id, statement=g.statement, span=g.span) for i, g in enumerate(goals)
    )
    return plan_with_case(path, goals, labels)


def _continues(previous: str, line: str, listed: bool) -> bool:
    if listed or line[:1] in (" ", "\t"):
        return True
    if _ENDS_SENTENCE.search(previous) or not line.lstrip()[:1].islower():
        return False
    # wrapped, not a new goal in lower case: the line before filled the width, or stopped
    # where no statement ends ("... every week until" / "the next review.")
    return len(previous.rstrip()) >= WRAP_WIDTH or bool(_OPEN_END.search(previous))


def _goal(index: int, pieces: Sequence[Piece], text: str) -> Goal:
    """A goal whose statement keeps its source: the file's text from the first to the last
    character of the item, so `plans.locate` maps offsets back to lines and columns."""
    first, last = pieces[0], pieces[-1]
    end = last.offset + len(last.text)
    statement = _EMPHASIS.sub(r"\2", " ".join(p.text for p in pieces))
    raw = text[first.offset : end]
    source = ScalarSource(raw, first.line, first.column, "")
    span = Span(first.line, first.column, last.line, last.column + len(last.text))
    return Goal(index=index, id=None, statement=TextField(statement, source), span=span)
