"""The plan schema: shipped, valid, used at load with precise one-line errors."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from reunify_cli.io.plans import parse_plan
from reunify_cli.model import ReunifyError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def shipped(name: str) -> dict[str, object]:
    text = resources.files("reunify_cli.schemas").joinpath(name).read_text(encoding="utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema


@pytest.mark.parametrize("name", ["plan.schema.json", "rulepack.schema.json"])
def test_schemas_are_shipped_and_valid(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(shipped(name))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_example_plans_pass_the_schema(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(data, default=str)), shipped("plan.schema.json"))
    parse_plan(str(path), path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("goals:\n  - statement: Attend.\n    due: [1, 2]\n", 3, "goals[0].due: expected a date"),
        ("case:\n  caseworker: [a, b]\ngoals: [x]\n", 2, "case.caseworker: expected"),
        ("people:\n  - id: m\n    name: {first: A}\ngoals: [x]\n", 3, "people[0].name"),
        ("goals:\n  - statement: ''\n", 2, "got empty text"),
        ("goals:\n  - statement: Attend.\n    responsible: [m]\n", 3, "goals[0].responsible"),
    ],
)
def test_structure_errors_name_file_line_key_and_expectation(
    text: str, line: int, words: str
) -> None:
    with pytest.raises(ReunifyError) as info:
        parse_plan("bad.yaml", text)
    error = info.value.error
    assert (error.path, error.line) == ("bad.yaml", line)
    assert words in error.message
    assert "\n" not in str(error)


def test_unknown_keys_stay_allowed() -> None:
    plan = parse_plan("p.yaml", "county: X\ngoals:\n  - statement: Attend.\n    note: {a: 1}\n")
    assert plan.goals[0].statement.text == "Attend."


def test_empty_optional_fields_and_listed_structured_fields_are_accepted() -> None:
    text = (
        "case:\n  next_review:\n  caseworker:\npeople:\n  - {id: m, name: }\n"
        "goals:\n  - statement: Attend.\n    due:\n    evidence: [a, b]\n    measure: 12\n"
    )
    assert parse_plan("p.yaml", text).goals[0].statement.text == "Attend."
