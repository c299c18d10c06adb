"""`reunify lint plan.yaml -o plan.yaml` must not replace the plan by the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reunify_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "examples" / "vague-plan.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("named", ["file", "folder", "link"])
def test_output_that_is_an_input_is_refused(tmp_path: Path, named: str) -> None:
    plan = tmp_path / "plans" / "plan.yaml"
    plan.parent.mkdir()
    plan.write_text(PLAN, encoding="utf-8")
    output = plan
    if named == "link":
        output = tmp_path / "report.json"
        output.symlink_to(plan)
    target = str(plan.parent if named == "folder" else plan)
    result = CliRunner().invoke(app, ["lint", target, "-f", "json", "-o", str(output)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "would replace it" in lines[0]
    assert str(output) in lines[0]
    assert plan.read_text(encoding="utf-8") == PLAN  # the plan is untouched


def test_output_beside_the_plans_is_written(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("old report", encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", str(plan), "-f", "json", "-o", str(report)])
    assert result.exit_code == 1  # the example plan has findings
    assert report.read_text(encoding="utf-8").startswith("{")
    assert plan.read_text(encoding="utf-8") == PLAN
