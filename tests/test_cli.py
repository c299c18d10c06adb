"""The command line: wiring, output formats and exit codes (CliRunner)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reunify_cli import __version__
from reunify_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_lint_json_matches_spec_shape() -> None:
    result = runner.invoke(app, ["lint", str(EXAMPLES / "vague-plan.yaml"), "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["tool"] == {"name": "reunify", "version": __version__, "config": []}
    file = doc["files"][0]
    assert file["error"] is None
    goal = file["goals"][0]
    assert set(goal) >= {
        "id",
        "index",
        "line",
        "column",
        "text",
        "elements",
        "flags",
        "findings",
        "rewrite",
    }
    assert set(goal["elements"]) == {
        "behavioral",
        "measurable",
        "time_limited",
        "evidence_source",
        "reporting_cadence",
    }
    assert set(goal["flags"]) == {"vague", "judgmental_language", "poverty_condition"}
    finding = goal["findings"][0]
    assert set(finding) >= {
        "rule",
        "category",
        "severity",
        "message",
        "line",
        "column",
        "end_column",
    }
    assert set(doc["summary"]) >= {"files", "goals", "findings", "errors", "warnings", "info"}


def test_clean_plan_exits_0() -> None:
    result = runner.invoke(app, ["lint", str(EXAMPLES / "good-plan.yaml")])
    assert result.exit_code == 0, result.stdout


def test_fail_on_error_ignores_warnings() -> None:
    result = runner.invoke(app, ["lint", str(EXAMPLES / "vague-plan.yaml"), "--fail-on", "error"])
    assert result.exit_code == 0


def test_broken_file_in_batch_exits_2_and_others_still_checked(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("goals:\n  - Parent must make progress.\n")
    (tmp_path / "b.yaml").write_text("goals: [unclosed\n")
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert [f["error"] is None for f in doc["files"]] == [True, False]
    assert doc["files"][0]["goals"][0]["flags"]["vague"] is True


def test_missing_path_is_exit_2_one_line() -> None:
    result = runner.invoke(app, ["lint", "no/such/plan.yaml"])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_text_output_is_plain_when_piped() -> None:
    result = runner.invoke(app, ["lint", str(EXAMPLES / "vague-plan.yaml")])
    assert "\x1b[" not in result.stdout
    assert "vague.make-progress" in result.stdout


def test_bad_rule_pack_is_exit_2_with_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(
        "pack: mine\nversion: 1\ndescription: x\nrules:\n"
        "  - id: mine.x\n    category: vague\n    severity: warn\n"
        "    message: m\n    rationale: r\n    match: {phrases: [x]}\n"
    )
    result = runner.invoke(app, ["lint", str(EXAMPLES / "good-plan.yaml"), "--rules", str(pack)])
    assert result.exit_code == 2
    assert f"{pack}:7:" in result.output
    assert "severity" in result.output


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_do_not_import_spacy(args: list[str]) -> None:
    code = (
        f"import sys; from reunify_cli.cli import main; sys.argv=['reunify', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reunify_cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert __version__ in result.stdout


def test_reader_closing_the_pipe_is_not_an_error_message(tmp_path: Path) -> None:
    """`reunify lint plans/ | head` ends quietly: no traceback, no error line."""
    for i in range(60):  # far more output than a pipe buffers, so the write must fail
        (tmp_path / f"plan-{i:02}.yaml").write_bytes((EXAMPLES / "vague-plan.yaml").read_bytes())
    proc = subprocess.Popen(
        [sys.executable, "-m", "reunify_cli", "lint", str(tmp_path), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away after one line
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 2  # the output is incomplete
    assert "Traceback" not in stderr
    assert "error" not in stderr
