"""The fast schema check says "valid" exactly when jsonschema finds no error.

Plan loading trusts it to skip jsonschema, so it must never pass a document jsonschema
rejects; it should also pass what jsonschema accepts (else nothing is gained).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reunify_cli.io.schemafast import compile_schema

ROOT = Path(__file__).resolve().parent.parent
PLAN_SCHEMA = json.loads(
    resources.files("reunify_cli.schemas").joinpath("plan.schema.json").read_text("utf-8")
)
FAST = compile_schema(PLAN_SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(PLAN_SCHEMA)

KEYS = [
    "goals", "case", "people", "concerns", "id", "kind", "statement", "goal", "text",
    "role", "name", "caseworker", "agency", "plan_date", "next_review", "responsible",
    "concern", "original_statement", "behavior", "measure", "due", "evidence", "cadence",
    "feedback", "other",
]  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["", "safety", "other", "Attend weekly.", "2026-01-01"])
    | st.text(max_size=5)
)
KEY = st.sampled_from(KEYS) | st.text(max_size=3) | st.integers(0, 2) | st.none()
DATA = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEY, inner, max_size=5),
    max_leaves=25,
)
GOAL = st.one_of(
    st.text(max_size=4),
    st.dictionaries(st.sampled_from(KEYS), DATA, max_size=5),
)
PLAN = st.fixed_dictionaries(
    {"goals": st.lists(GOAL, max_size=4) | DATA},
    optional={
        "case": st.dictionaries(st.sampled_from(KEYS), DATA, max_size=4) | DATA,
        "people": st.lists(st.dictionaries(st.sampled_from(KEYS), DATA, max_size=3)) | DATA,
        "concerns": st.lists(st.dictionaries(st.sampled_from(KEYS), DATA, max_size=3)) | DATA,
    },
)


def agree(data: Any) -> None:
    assert FAST is not None
    assert FAST(data) == VALIDATOR.is_valid(data), data


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(PLAN | DATA | st.lists(GOAL, max_size=4))
def test_fast_check_agrees_with_jsonschema(data: Any) -> None:
    agree(data)


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_fast_check_passes_the_examples(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    agree(json.loads(json.dumps(data, default=str)))
    assert FAST is not None and FAST(json.loads(json.dumps(data, default=str)))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^a"},  # a keyword it does not know
        {"$ref": "other.json#/x"},  # a reference it cannot follow
        {"$defs": {"a": {"format": "date"}}, "$ref": "#/$defs/a"},
        {"enum": [1, "a"]},  # non-text members: JSON equality rules
        {"type": "decimal"},
        False,
    ],
)
def test_unknown_schemas_are_left_to_jsonschema(schema: Any) -> None:
    assert compile_schema(schema if isinstance(schema, dict) else {"anyOf": [schema]}) is None
