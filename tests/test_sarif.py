"""SARIF for code scanning: fingerprints that survive unrelated edits, links to the rules,
and no plan text unless asked for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ci_helpers import write_pack
from typer.testing import CliRunner

from reunify_cli import HOMEPAGE, RULE_SOURCE
from reunify_cli.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))

PLAN = """\
goals:
  - id: g1
    statement: Mother Zebulon will make progress and wobble, then wobble again.
  - id: g2
    statement: Father will wobble.
"""
EDITED = """\
# reviewed 2026-02-01: a goal added, comments moved things down
case:
  caseworker: J. Alvarez
goals:
  - id: g0
    statement: Grandmother will wobble.
  - id: g1
    # the statement is unchanged
    statement: Mother Zebulon will make progress and wobble, then wobble again.
  - id: g2
    statement: Father will wobble.
"""


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    write_pack(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif(path: str, *args: str) -> dict[str, Any]:
    result = runner.invoke(
        app,
        ["lint", path, "-f", "sarif", "--rules", "cipack.yaml", *args],
    )
    assert result.exit_code in (0, 1), result.output
    log: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(log)
    return log


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    return log["runs"][0]["results"]


def lines(log: dict[str, Any]) -> set[int]:
    return {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results(log)}


def by_rule(path: str) -> dict[str, str]:
    return {
        r["ruleId"]: r["partialFingerprints"]["reunify/v1"]
        for r in results(sarif(path, "--select", "cipack"))
    }


def marks(log: dict[str, Any]) -> dict[tuple[str, str, int], str]:
    """(rule, goal, n-th of that pair) -> fingerprint; and the lines, to see them move."""
    seen: dict[tuple[str, str], int] = {}
    found = {}
    for r in results(log):
        key = (str(r["ruleId"]), str(r["properties"]["goal"]))
        seen[key] = seen.get(key, 0) + 1
        found[(*key, seen[key])] = r["partialFingerprints"]["reunify/v1"]
    return found


def test_fingerprints_survive_edits_elsewhere_in_the_plan(repo: Path) -> None:
    path = repo / "plan.yaml"
    path.write_text(PLAN)
    before = sarif("plan.yaml", "--select", "cipack", "--select", "vague")
    path.write_text(EDITED)
    after = sarif("plan.yaml", "--select", "cipack", "--select", "vague")
    old, new = marks(before), marks(after)
    assert len(set(old.values())) == len(old) == 4  # every finding its own fingerprint
    assert ("cipack.warn", "g1", 2) in old  # the same words twice in one goal: two
    assert {k: new[k] for k in old} == old  # the same findings, the same fingerprints
    assert len(new) == 5 and new[("cipack.warn", "g0", 1)] not in old.values()
    assert not lines(before) & lines(after)  # every finding moved down


def test_fingerprints_of_goals_without_ids_follow_their_statement(repo: Path) -> None:
    path = repo / "plan.yaml"
    path.write_text("- Mother will wobble.\n- Father will kaboom.\n")
    before = by_rule("plan.yaml")
    path.write_text("- Aunt will fizz.\n- Mother will wobble.\n- Father will kaboom.\n")
    after = by_rule("plan.yaml")
    assert after["cipack.warn"] == before["cipack.warn"]
    assert after["cipack.err"] == before["cipack.err"]
    path.write_text("- Mother will wobble today.\n- Father will kaboom.\n")
    edited = by_rule("plan.yaml")
    assert edited["cipack.warn"] != before["cipack.warn"]  # that goal itself changed


def test_rules_link_to_their_definition_and_the_driver_to_the_project(repo: Path) -> None:
    (repo / "plan.yaml").write_text(PLAN)
    log = sarif("plan.yaml", "--select", "cipack", "--select", "vague.make-progress")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == HOMEPAGE
    rules = {r["id"]: r for r in driver["rules"]}
    assert "helpUri" not in rules["cipack.warn"]  # a user's pack: no address known
    vague = (ROOT / "rules" / "vague.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(vague, 1) if "id: vague.make-progress" in text)
    assert rules["vague.make-progress"]["helpUri"] == RULE_SOURCE.format(
        file="vague.yaml", line=line
    )


def test_no_plan_text_unless_asked(repo: Path) -> None:
    (repo / "plan.yaml").write_text(PLAN)
    plain = json.dumps(sarif("plan.yaml", "--select", "cipack", "--select", "missing"))
    assert "Zebulon" not in plain and "wobble," not in plain
    assert all("excerpt" not in r["properties"] for r in json.loads(plain)["runs"][0]["results"])
    with_text = sarif("plan.yaml", "--select", "cipack", "--include-text")
    excerpts = [r["properties"]["excerpt"] for r in results(with_text)]
    assert excerpts[0] == "wobble"
