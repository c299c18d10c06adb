"""Load case plans (SPEC 'The plan file') into `Plan`, keeping positions for every goal."""

from __future__ import annotations

import re

from ..model import (
    Comment,
    Concern,
    Goal,
    LoadError,
    MultipleDocuments,
    NotAPlan,
    Person,
    Plan,
    ReunifyError,
    ScalarSource,
    Span,
    TextField,
)
from .yamlio import Lines, Node, line_col, parse, scalar_value, scan_comments

STATEMENT_KEYS = ("statement", "goal", "text")
STRUCTURED_FIELDS = ("behavior", "measure", "evidence", "cadence", "feedback", "kind", "support")
_NON_SPACE = re.compile(r"\S")
CASE_KEYS = (
    "id",
    "caseworker",
    "caseworker_phone",
    "caseworker_email",
    "agency",
    "plan_date",
    "next_review",
    "permanency_hearing",
)


def _fail(path: str, message: str, node: Node | None) -> ReunifyError:
    if node is None:
        return ReunifyError(LoadError(path, message))
    return ReunifyError(LoadError(path, message, node.line, node.column))


def _span(node: Node) -> Span:
    end_line, end_col = node.end
    return Span(node.line, node.column, end_line + 1, end_col + 1)


def _text(node: Node | None) -> str | None:
    if node is None or node.kind != "scalar":
        return None
    value = scalar_value(node)
    return None if value is None else str(value)


def _text_field(node: Node, lines: Lines) -> TextField:
    raw = lines.slice(node)
    return TextField(node.value, ScalarSource(raw, node.line, node.column, node.style))


PLAN_KEYS = ("goals", "case", "people", "concerns")


def parse_plan(path: str, text: str) -> Plan:
    """Parse plan text; raises ReunifyError (with file and line) for anything unusable:
    NotAPlan for YAML that is no plan at all (a workflow, a pack: see `_not_a_plan`)."""
    try:
        root = parse(path, text)
    except MultipleDocuments as exc:
        raise NotAPlan(exc.error) from None
    lines = Lines(text)
    if root is None:
        raise NotAPlan(LoadError(path, "empty file: a plan needs a `goals:` list", 1, 1))
    comments = tuple(Comment(*c) for c in scan_comments(text, root))
    if root.kind == "seq":
        try:
            listed = _goals(path, root, lines)
        except ReunifyError as exc:  # not one item is a statement: a list, but no plan
            if not any(map(_goal_like, root.items)):
                raise NotAPlan(exc.error) from None
            raise
        return _checked(path, root, Plan(path=path, goals=listed, comments=comments))
    if root.kind != "map":
        message = "a plan must be a mapping with `goals:` or a list of goal statements"
        raise NotAPlan(LoadError(path, message, root.line, root.column))
    goals_node = root.get("goals")
    if goals_node is None:
        error = _fail(path, "no `goals:` key: a plan needs a list of goals", root)
        if not any(root.get(key) is not None for key in PLAN_KEYS):
            raise NotAPlan(error.error)  # a workflow, a rule pack, a config file
        raise error  # `case:` or `concerns:` without goals: a plan, broken
    if goals_node.kind == "scalar" and goals_node.tag.endswith(":null"):
        goals: tuple[Goal, ...] = ()
    elif goals_node.kind != "seq":
        raise _fail(path, "`goals:` must be a list of goals", goals_node)
    else:
        goals = _goals(path, goals_node, lines)
    case_node = root.get("case")
    case: dict[str, str] = {}
    if case_node is not None:
        if case_node.kind != "map":
            raise _fail(path, "`case:` must be a mapping", case_node)
        for key in CASE_KEYS:
            value = _text(case_node.get(key))
            if value is not None:
                case[key] = value
        for key_node, value_node in case_node.pairs:  # others (a unit, an office): kept
            value = _text(value_node)  # for `lint --group-by case.KEY`
            if key_node.kind == "scalar" and value is not None:
                case.setdefault(str(key_node.value), value)
    plan = Plan(
        path=path,
        case=case,
        people=_people(path, root.get("people")),
        concerns=_concerns(path, root.get("concerns")),
        goals=goals,
        comments=comments,
    )
    return _checked(path, root, plan)


def _goal_like(node: Node) -> bool:
    """A list item that could be a goal: text, or a mapping with a statement key."""
    if node.kind == "scalar":
        return node.tag.endswith(":str")
    return node.kind == "map" and any(node.get(key) is not None for key in STATEMENT_KEYS)


def _checked(path: str, root: Node, plan: Plan) -> Plan:
    """The plan, once its structure also passes schemas/plan.schema.json."""
    from .planschema import schema_error

    error = schema_error(path, root)
    if error is not None:
        raise ReunifyError(error)
    return plan


def _people(path: str, node: Node | None) -> tuple[Person, ...]:
    if node is None or (node.kind == "scalar" and node.tag.endswith(":null")):
        return ()
    if node.kind != "seq":
        raise _fail(path, "`people:` must be a list", node)
    people = []
    for item in node.items:
        if item.kind != "map":
            raise _fail(path, "each person must be a mapping with `id:`", item)
        pid = _text(item.get("id"))
        if not pid:
            raise _fail(path, "a person needs an `id:`", item)
        people.append(
            Person(
                pid,
                _text(item.get("role")),
                _text(item.get("name")),
                _text(item.get("pronouns")),
            )
        )
    return tuple(people)


def _concerns(path: str, node: Node | None) -> tuple[Concern, ...]:
    if node is None or (node.kind == "scalar" and node.tag.endswith(":null")):
        return ()
    if node.kind != "seq":
        raise _fail(path, "`concerns:` must be a list", node)
    concerns = []
    for item in node.items:
        if item.kind != "map":
            raise _fail(path, "each concern must be a mapping with `id:` and `kind:`", item)
        cid = _text(item.get("id"))
        if not cid:
            raise _fail(path, "a concern needs an `id:`", item)
        kind = _text(item.get("kind")) or "safety"
        if kind not in ("safety", "other"):
            raise _fail(
                path, f"concern kind must be 'safety' or 'other', not '{kind}'", item.get("kind")
            )
        concerns.append(Concern(cid, kind, _text(item.get("statement")) or "", _span(item)))
    return tuple(concerns)


def _goals(path: str, seq: Node, lines: Lines) -> tuple[Goal, ...]:
    return tuple(_goal(path, index, item, lines) for index, item in enumerate(seq.items))


def _goal(path: str, index: int, node: Node, lines: Lines) -> Goal:
    if node.kind == "scalar":
        if not node.tag.endswith(":str"):
            raise _fail(
                path, f"goal {index + 1} must be a text statement, not '{node.value}'", node
            )
        return Goal(index=index, id=None, statement=_text_field(node, lines), span=_span(node))
    if node.kind != "map":
        raise _fail(
            path, f"goal {index + 1} must be a statement or a mapping with `statement:`", node
        )
    statement_node = next((n for n in map(node.get, STATEMENT_KEYS) if n is not None), None)
    if statement_node is None:
        raise _fail(path, f"goal {index + 1} has no `statement:` (or `goal:` / `text:`)", node)
    if statement_node.kind != "scalar" or statement_node.tag.endswith(":null"):
        raise _fail(path, f"goal {index + 1}: the statement must be text", statement_node)
    fields = {
        key: value for key in STRUCTURED_FIELDS if (value := _text(node.get(key))) is not None
    }
    due_node = node.get("due")
    return Goal(
        index=index,
        id=_text(node.get("id")),
        statement=_text_field(statement_node, lines),
        span=_span(node),
        concern=_text(node.get("concern")),
        responsible=_text(node.get("responsible")),
        due=_text(due_node),
        due_span=_span(due_node) if due_node is not None else None,
        fields=fields,
        rewritten=node.get("original_statement") is not None,
    )


def locate(field: TextField, start: int, end: int) -> Span | None:
    """Map [start, end) offsets of a scalar's value back to file positions.

    Non-space characters of the value appear, in order, in the scalar's source for plain,
    quoted, literal and folded styles; we align them greedily. Escapes that change
    characters (e.g. '\\u00e9') end the alignment: the caller then points at the scalar.
    """
    source = field.source
    if source is None or end <= start:
        return None
    raw = source.raw
    quote = 1 if source.style in ("'", '"') else 0
    as_is = source.style in ("", "'", '"') and len(raw) == len(field.text) + 2 * quote
    if as_is and raw[quote : len(raw) - quote] == field.text:  # offsets map 1:1
        return _span_as_is(source, field.text, start, end, quote)
    pos = 0
    if source.style in ("|", ">"):
        pos = raw.find("\n") + 1 if "\n" in raw else len(raw)
    elif source.style in ("'", '"'):
        pos = 1
    if _squeeze(raw[pos:]).startswith(_squeeze(field.text)):
        return _span_by_rank(source, field.text, start, end, pos)
    first = last = -1
    for index, char in enumerate(field.text[:end]):
        if char.isspace():
            continue
        hit = raw.find(char, pos)
        if hit == -1:
            return None
        pos = hit + 1
        if index >= start and first == -1:
            first = hit
        last = hit
    if first == -1:
        return None
    return Span(*_line_col(source, first), *_line_col(source, last + 1))


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _span_by_rank(source: ScalarSource, text: str, start: int, end: int, pos: int) -> Span | None:
    """`locate` when the source, from `pos`, holds the value's non-space characters in order
    with only spaces between them (block scalars, quoted text without escapes, folded
    lines): the greedy alignment then maps the k-th non-space character of the value to
    the k-th non-space character of the source."""
    head = text[:end]
    first = next((i for i in range(start, len(head)) if not head[i].isspace()), -1)
    if first == -1:
        return None
    last = len(head.rstrip()) - 1
    rank_first = len(_squeeze(head[:first]))
    rank_last = len(_squeeze(head[:last]))
    places = _non_space(source.raw, pos)
    raw_first, raw_last = places[rank_first], places[rank_last]
    return Span(*_line_col(source, raw_first), *_line_col(source, raw_last + 1))


_PLACES: dict[tuple[str, int], list[int]] = {}


def _non_space(raw: str, pos: int) -> list[int]:
    """Indexes of the non-space characters of `raw` from `pos` (kept for the last sources:
    a goal's findings are located one after the other)."""
    places = _PLACES.get((raw, pos))
    if places is None:
        places = _PLACES[raw, pos] = [m.start() for m in _NON_SPACE.finditer(raw, pos)]
        if len(_PLACES) > 64:
            del _PLACES[next(iter(_PLACES))]
    return places


def _span_as_is(source: ScalarSource, text: str, start: int, end: int, quote: int) -> Span | None:
    """`locate` for a one-line scalar whose source is its value (what the alignment finds:
    the first and last non-space characters of [start, end))."""
    first = next((i for i in range(start, min(end, len(text))) if not text[i].isspace()), -1)
    if first == -1:
        return None
    last = next(i for i in range(min(end, len(text)) - 1, first - 1, -1) if not text[i].isspace())
    return Span(*_line_col(source, first + quote), *_line_col(source, last + 1 + quote))


def _line_col(source: ScalarSource, raw_index: int) -> tuple[int, int]:
    raw = source.raw
    if raw.isascii() and "\n" not in raw and "\r" not in raw:  # one line (as line_col says)
        return source.line, source.column + raw_index
    lines_down, column = line_col(raw, raw_index)
    if lines_down == 1:
        return source.line, source.column + raw_index
    return source.line + lines_down - 1, column
