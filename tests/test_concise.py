"""`--format concise`: `file:line:col: rule message`, one line per finding, for editors
and grep."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli.cli import app

runner = CliRunner()
LINE = re.compile(r"(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<rule>\S+) (?P<message>.+)")


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    write_pack(tmp_path)
    monkeypatch.chdir(tmp_path)  # paths are shown relative to the working directory
    return tmp_path


def lint(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["lint", *args, "--rules", "cipack.yaml", "--select", "cipack"])
    return result.exit_code, result.stdout, result.stderr


def test_one_line_per_finding_with_file_line_column_rule_and_message(repo: Path) -> None:
    plan(repo, "b.yaml", "Mother will fizz.", "Mother will kaboom and then wobble.")
    plan(repo, "a.yaml", "Mother will attend.")
    code, out, _ = lint("b.yaml", "a.yaml", "-f", "concise")
    assert code == 1
    assert out.splitlines() == [
        "b.yaml:3:28: cipack.info Fizz is jargon.",
        "b.yaml:5:28: cipack.err Kaboom, with a comma: and a colon.",
        "b.yaml:5:44: cipack.warn Wobbly: say what, exactly.",
    ]
    _, as_json, _ = lint("b.yaml", "a.yaml", "-f", "json")
    findings = [
        (file["path"], f["line"], f["column"], f["rule"], f["message"])
        for file in json.loads(as_json)["files"]
        for goal in file["goals"]
        for f in goal["findings"]
    ]
    parsed = [LINE.fullmatch(line) for line in out.splitlines()]
    assert [
        (m["path"], int(m["line"]), int(m["col"]), m["rule"], m["message"]) for m in parsed if m
    ] == findings


def test_a_clean_run_prints_nothing(repo: Path) -> None:
    plan(repo, "a.yaml", "Mother will attend.")
    assert lint("a.yaml", "-f", "concise")[:2] == (0, "")


def test_an_unreadable_file_is_one_line_too(repo: Path) -> None:
    (repo / "bad.yaml").write_text("goals: [unclosed\n")
    code, out, _ = lint("bad.yaml", "-f", "concise")
    assert code == 2
    assert re.fullmatch(r"bad\.yaml:\d+:\d+: error: invalid YAML: .+\n", out)
    code, out, _ = lint("missing.yaml", "-f", "concise")
    assert code == 2 and out.startswith("missing.yaml:1:1: error: ")


def test_plan_text_cannot_break_or_start_a_line(repo: Path) -> None:
    (repo / "::error x.yaml").write_text('goals:\n  - "Mother will wobble.\\n::error::x"\n')
    code, out, _ = lint("::error x.yaml", "-f", "concise")
    assert code == 1
    assert out.count("\n") == 1
    assert out.startswith("./::error x.yaml:2:")
