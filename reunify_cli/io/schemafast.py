"""A fast yes/no check of plain data against a JSON Schema, to skip jsonschema when valid.

jsonschema walks the schema anew for every document (references resolved, validators
evolved per keyword): a quarter of a batch's time went there, for plans that are nearly
always valid. `compile_schema` turns a schema into nested Python closures once. It knows
only the keywords our schemas use (draft 2020-12 semantics); a schema with any other
keyword, or a reference other than `#/$defs/...`, compiles to None and jsonschema does all
the work. A check that says False only means "ask jsonschema" (which finds the message),
so what counts is that True is never said of data jsonschema rejects: every keyword here
rejects whatever it is unsure of (tests/test_schemafast.py compares both on many documents).

Why not fastjsonschema (measured 2026-11, fastjsonschema 2.22.3, on 454 generated plans):
it agrees with jsonschema on the same property test and checks a plan in 6 us (this: 3 us),
but importing it and compiling the plan schema to code takes 25 ms at every start (this:
0.4 ms), about 2% of a one-plan run, whose start is already above its target; and it
knows draft-07, not the 2020-12 our schemas declare.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "$comment"})
KEYWORDS = frozenset(
    {"type", "required", "properties", "items", "$ref", "if", "then", "else", "anyOf", "enum"}
    | {"minLength"}
)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class Unsupported(Exception):
    """The schema uses something this checker does not know: use jsonschema alone."""


def compile_schema(schema: Mapping[str, Any]) -> Check | None:
    """A check equivalent to (or stricter than) validating with jsonschema, or None."""
    defs = schema.get("$defs", {})
    compiled: dict[str, Check] = {}

    def ref(target: Any) -> Check:
        prefix = "#/$defs/"
        if not isinstance(target, str) or not target.startswith(prefix):
            raise Unsupported(target)
        name = target[len(prefix) :]
        if name not in defs or "/" in name or "~" in name:
            raise Unsupported(target)

        def check(value: Any) -> bool:  # looked up when used: definitions may recurse
            return compiled[name](value)

        return check

    def build(node: Any) -> Check:
        if node is True:
            return lambda value: True
        if not isinstance(node, dict):
            raise Unsupported(node)
        unknown = set(node) - KEYWORDS - ANNOTATIONS
        if unknown:
            raise Unsupported(unknown)
        checks: list[Check] = []
        if "type" in node:
            checks.append(_types(node["type"]))
        if "enum" in node:
            checks.append(_enum(node["enum"]))
        if "minLength" in node:
            checks.append(_min_length(node["minLength"]))
        if "required" in node:
            checks.append(_required(node["required"]))
        if "properties" in node:
            checks.append(_properties({k: build(v) for k, v in node["properties"].items()}))
        if "items" in node:
            checks.append(_items(build(node["items"])))
        if "$ref" in node:
            checks.append(ref(node["$ref"]))
        if "anyOf" in node:
            checks.append(_any_of([build(s) for s in node["anyOf"]]))
        if "if" in node:
            then = build(node.get("then", True))
            otherwise = build(node.get("else", True))
            checks.append(_if(build(node["if"]), then, otherwise))
        elif "then" in node or "else" in node:
            raise Unsupported("then/else without if")
        return _all(checks)

    try:
        for name, definition in defs.items():
            compiled[name] = build(definition)
        return build(schema)
    except Unsupported:
        return None


CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "number": (int, float),  # not bool (a subclass of int): tested apart
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}


def _all(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    return lambda value: all(check(value) for check in checks)


def _types(spec: Any) -> Check:
    names = [spec] if isinstance(spec, str) else spec
    if not isinstance(names, list) or not all(n in TYPES for n in names):
        raise Unsupported(spec)
    if "integer" in names:  # a float can be an integer: the general test
        tests = [TYPES[n] for n in names]
        return lambda value: any(test(value) for test in tests)
    classes = tuple(c for n in names for c in CLASSES[n])
    if "boolean" in names or "number" not in names:  # isinstance alone is exact
        return lambda value: isinstance(value, classes)
    return lambda value: isinstance(value, classes) and value.__class__ is not bool


def _enum(members: Any) -> Check:
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        raise Unsupported(members)  # only text members: equality is then plain ==
    allowed = frozenset(members)
    return lambda value: isinstance(value, str) and value in allowed


def _min_length(limit: Any) -> Check:
    if not _is_integer(limit):
        raise Unsupported(limit)
    return lambda value: not isinstance(value, str) or len(value) >= limit


def _required(names: Any) -> Check:
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise Unsupported(names)
    return lambda value: not isinstance(value, dict) or all(n in value for n in names)


def _properties(checks: dict[str, Check]) -> Check:
    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for key, item in value.items():  # plans have fewer keys than the schema names
            test = checks.get(key) if isinstance(key, str) else None
            if test is not None and not test(item):
                return False
        return True

    return check


def _items(test: Check) -> Check:
    return lambda value: not isinstance(value, list) or all(map(test, value))


def _any_of(tests: list[Check]) -> Check:
    if not tests:
        raise Unsupported("empty anyOf")
    return lambda value: any(test(value) for test in tests)


def _if(condition: Check, then: Check, otherwise: Check) -> Check:
    return lambda value: then(value) if condition(value) else otherwise(value)
