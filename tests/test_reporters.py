"""Machine formats: SARIF against the official schema, GitHub escaping, JUnit structure."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_paths
from reunify_cli.commands.lint import Format
from reunify_cli.model import Report
from reunify_cli.reporters import REPORTERS, github, junit, render, sarif
from reunify_cli.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def report(ruleset: Ruleset) -> Iterator[Report]:
    """All shipped examples plus a broken file, linted from the repository root."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        yield lint_paths(["examples", "tests/data/no-such-plan.yaml"], Settings(), ruleset)


def test_every_format_has_a_reporter() -> None:
    assert {f.value for f in Format} <= set(REPORTERS)


def test_sarif_validates_against_the_official_schema(report: Report) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        log = json.loads(render(report, "sarif"))
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(r.id for r in report.rules)
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert len(run["results"]) == sum(len(f.all_findings) for f in report.files)
    first = run["results"][0]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].startswith("examples/")
    assert set(location["region"]) >= {"startLine", "startColumn", "endColumn"}
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notice = invocation["toolExecutionNotifications"][0]
    assert notice["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "tests/data/no-such-plan.yaml"
    )


def test_sarif_schema_rejects_a_broken_log() -> None:
    """The shipped schema really constrains SARIF (so the test above can fail)."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": [{}]}]}
    assert len(list(validator.iter_errors(bad))) >= 2


def test_sarif_uri_is_relative_and_percent_encoded(tmp_path: Path, ruleset: Ruleset) -> None:
    folder = tmp_path / "my plans"
    folder.mkdir()
    (folder / "a plan.yaml").write_text("goals:\n  - Parent must make progress.\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        log = sarif.sarif_log(lint_paths([str(folder)], Settings(), ruleset))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"my%20plans/a%20plan.yaml"}


def test_github_escaping() -> None:
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = github.command("warning", {"file": "a,b.yaml", "title": "x:y"}, "m: n, o\n::error::")
    assert line == "::warning file=a%2Cb.yaml,title=x%3Ay::m: n, o%0A::error::"
    assert "\n" not in line


def test_github_lines(report: Report) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        lines = github.render(report).splitlines()
    assert lines[-1].startswith("::error file=tests/data/no-such-plan.yaml,title=")  # last
    # one annotation per finding, except a goal's missing elements: one for them all
    missing = "missing-element"
    findings = sum(len(f.all_findings) for f in report.files)
    missing_findings = sum(
        f.category.value == missing for file in report.files for f in file.all_findings
    )
    goals_missing = sum(
        any(f.category.value == missing for f in g.findings)
        for file in report.files
        for g in file.goals
    )
    assert goals_missing and missing_findings > goals_missing
    assert len(lines) == findings - missing_findings + goals_missing + 1
    for line in lines[:-1]:
        assert line.split(" ", 1)[0] in ("::error", "::warning", "::notice")
        props = line.split(" ", 1)[1].split("::", 1)[0]
        keys = [p.split("=", 1)[0] for p in props.split(",")]
        assert keys[:3] == ["file", "line", "col"] and keys[-2:] == ["endColumn", "title"]


def test_junit_one_testcase_per_goal(report: Report) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        root = ET.fromstring(junit.render(report))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    for file in report.files:
        name = os.path.relpath(file.path, ROOT) if os.path.isabs(file.path) else file.path
        suite = suites[name]
        cases = suite.findall("testcase")
        if file.error is not None:
            assert cases[0].find("error") is not None
            continue
        plan_case = 1 if file.findings else 0
        assert len(cases) == len(file.goals) + plan_case
        failed = sum(bool(g.findings) for g in file.goals) + plan_case
        assert int(suite.get("failures", "-1")) == failed
        assert sum(c.find("failure") is not None for c in cases) == failed
    assert int(root.get("tests", "0")) == sum(int(s.get("tests", "0")) for s in suites.values())


def test_junit_stays_valid_xml_with_control_characters(tmp_path: Path, ruleset: Ruleset) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text('goals:\n  - id: "g\\x07<1>"\n    statement: Parent must make progress.\n')
    root = ET.fromstring(junit.render(lint_paths([str(plan)], Settings(), ruleset)))
    case = root.find("testsuite/testcase")
    assert case is not None and case.get("name", "").startswith("g\ufffd<1> (line 3)")
    assert case.find("failure") is not None


def test_sarif_uri_outside_the_working_directory_is_a_file_uri(
    tmp_path: Path, ruleset: Ruleset
) -> None:
    (tmp_path / "plan.yaml").write_text("goals:\n  - Parent must make progress.\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        log = sarif.sarif_log(lint_paths([str(tmp_path)], Settings(), ruleset))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == (tmp_path / "plan.yaml").as_uri()
