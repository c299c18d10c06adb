"""Validate a plan's structure against schemas/plan.schema.json (shipped, also for editors).

plans.py gives its own friendlier messages for the common mistakes first; this check then
catches the rest (a list where a date belongs, a number as a caseworker's name...) with
file, line, key and what was expected.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..model import LoadError
from .schemafast import Check, compile_schema
from .yamlio import Node, key_node, node_at

TYPE_NAMES = {
    dict: "a mapping",
    list: "a list",
    str: "text",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "nothing (null)",
}


@cache
def _schema() -> Any:
    text = resources.files("reunify_cli.schemas").joinpath("plan.schema.json")
    return json.loads(text.read_text(encoding="utf-8"))


@cache
def _validator() -> Any:
    import jsonschema  # imported only for a plan the fast check does not pass

    return jsonschema.Draft202012Validator(_schema())


@cache
def _fast_check() -> Check | None:
    return compile_schema(_schema())


def schema_error(path: str, root: Node) -> LoadError | None:
    """The first structural problem of a parsed plan, or None."""
    data = root.to_python()
    fast = _fast_check()
    if fast is not None and fast(data):  # valid: jsonschema would find nothing
        return None
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is None:
        return None
    location = tuple(error.absolute_path)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in location).lstrip(".")
    node = node_at(root, location)
    if error.validator == "required":
        message = f"{where or 'plan'}: {error.message.replace(' is a required property', '')}"
        message += f" is missing; expected {error.schema.get('description', 'it')}"
    else:
        expected = error.schema.get("description") or error.message
        got = TYPE_NAMES.get(type(error.instance), "something else")
        if error.validator == "enum":
            got = repr(error.instance)
        elif error.validator == "minLength":
            got = "empty text"
        message = f"{where or 'plan'}: expected {expected}, got {got}"
    if location and isinstance(location[-1], str) and node is not None:
        parent = node_at(root, location[:-1])
        key = key_node(parent, location[-1]) if parent is not None else None
        node = key or node
    if node is None:
        return LoadError(path, message)
    return LoadError(path, message, node.line, node.column)
