"""`reunify rules list --format json`, and the JSON Schema of the config file
(`reunify rules schema config`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from reunify_cli.cli import app
from reunify_cli.io.config import KEYS, load_config

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
COUNTY = str(ROOT / "docs" / "user-pack" / "county-x.yaml")


def test_rules_list_as_json_matches_the_table() -> None:
    result = runner.invoke(app, ["rules", "list", "--format", "json", "--rules", COUNTY])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["tool"]["name"] == "reunify"
    rules = {r["id"]: r for r in document["rules"]}
    table = runner.invoke(app, ["rules", "list", "--rules", COUNTY]).stdout.splitlines()[1:]
    rows = {line.split()[0]: line.split()[1:] for line in table}
    assert list(rules) == list(rows)  # the same rules, in the same order
    for rule_id, (category, severity, pack) in rows.items():
        assert [rules[rule_id][k] for k in ("category", "severity", "pack")] == [
            category,
            severity,
            pack,
        ]
    off = rules["plain.abbreviation"]  # county-x disables it
    assert (off["enabled"], off["severity"], off["default_severity"]) == (False, "off", "info")
    assert rules["missing.cadence"]["severity"] == "error"  # county-x raises it
    assert rules["structure.due-after-hearing"]["options"] == ["max-months"]
    assert rules["county-x.wellness-plan"]["help_uri"] is None  # a user's pack
    assert rules["vague.make-progress"]["examples"]["fail"]


def test_rules_list_statistics_as_json() -> None:
    result = runner.invoke(app, ["rules", "list", "--statistics", "-f", "json"])
    document = json.loads(result.stdout)
    assert document["total"]["rules"] == sum(p["rules"] for p in document["packs"])
    assert {"pack", "rules", "phrasings", "evidence", "fixes", "domain"} <= set(
        document["packs"][0]
    )


def test_rules_list_bad_format() -> None:
    result = runner.invoke(app, ["rules", "list", "-f", "yaml"])
    assert result.exit_code == 2
    assert "--format 'yaml' is not one of the choices: text or json" in result.stderr


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    result = runner.invoke(app, ["rules", "schema", "config"])
    assert result.exit_code == 0
    loaded: dict[str, object] = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def test_the_config_schema_names_every_key(schema: dict[str, object]) -> None:
    assert set(schema["properties"]) == set(KEYS)  # type: ignore[call-overload]


def readme_config() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Config file") :]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


def test_the_readme_config_is_valid_for_the_schema_and_the_loader(
    schema: dict[str, object], tmp_path: Path
) -> None:
    text = readme_config()
    assert "per-file-ignores" in text and "rule-options" in text
    jsonschema.validate(yaml.safe_load(text), schema)
    config = tmp_path / ".reunify.yaml"
    config.write_text(text)
    assert load_config(config)["per_file_ignores"]


@pytest.mark.parametrize(
    "text",
    [
        "colour: red\n",
        "fail-on: sometimes\n",
        "max-file-size: -1\n",
        "select: [[a]]\n",
        "severity: {vague.x: loud}\n",
        "per-file-ignores: [a]\n",
        "rule-options: {structure.due-after-hearing: {max-months: 0}}\n",
        "rule-options: {plain.reading-grade: {max-grades: 6}}\n",
        "respect-gitignore: maybe\n",
    ],
)
def test_what_the_loader_refuses_the_schema_refuses(
    schema: dict[str, object], text: str, tmp_path: Path
) -> None:
    data = yaml.safe_load(text)
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".reunify.yaml").write_text(text)
    plan = tmp_path / "plan.yaml"
    plan.write_text("goals:\n  - Mother will attend.\n")
    assert runner.invoke(app, ["lint", str(plan)]).exit_code == 2
