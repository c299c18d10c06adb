"""`reunify rewrite` over folders and several plans; --format; what folders pick up."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from reunify_cli.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    (root / "north").mkdir(parents=True)
    shutil.copy(EXAMPLES / "vague-plan.yaml", root / "a.yaml")
    shutil.copy(EXAMPLES / "good-plan.yaml", root / "north" / "b.yaml")
    (root / "README.md").write_text("- Parent must make progress in therapy.\n", encoding="utf-8")
    return root


def test_folder_mirrored_into_output_folder(plans: Path, tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in plans.rglob("*") if p.is_file()}
    out = tmp_path / "revised"
    result = runner.invoke(app, ["rewrite", str(plans), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "a.yaml",
        "north/b.yaml",
    ]  # README.md is no plan unless asked for (--glob)
    revised = yaml.safe_load((out / "a.yaml").read_text(encoding="utf-8"))
    assert all("original_statement" in g for g in revised["goals"])
    assert (out / "north" / "b.yaml").read_bytes() == (plans / "north" / "b.yaml").read_bytes()
    assert {p: p.read_bytes() for p in plans.rglob("*") if p.is_file()} == before


def test_folder_in_place_keeps_backups_and_skips_untouched_plans(plans: Path) -> None:
    original = (plans / "a.yaml").read_bytes()
    result = runner.invoke(app, ["rewrite", str(plans), "--in-place"])
    assert result.exit_code == 0, result.output
    assert (plans / "a.yaml.bak").read_bytes() == original
    assert (plans / "a.yaml").read_bytes() != original
    assert not (plans / "north" / "b.yaml.bak").exists()  # nothing to rewrite there
    again = runner.invoke(app, ["rewrite", str(plans), "--in-place"])
    assert again.exit_code == 2
    assert "backup already exists" in again.output


def test_batch_goes_on_past_a_broken_plan(plans: Path, tmp_path: Path) -> None:
    (plans / "broken.yaml").write_text("goals: [unclosed\n", encoding="utf-8")
    out = tmp_path / "revised"
    result = runner.invoke(app, ["rewrite", str(plans), "-o", str(out)])
    assert result.exit_code == 2
    assert next(line for line in result.output.splitlines() if "broken.yaml" in line).startswith(
        "reunify: error: "
    )
    assert (out / "a.yaml").exists() and not (out / "broken.yaml").exists()


def test_documents_in_folders_when_asked_for(plans: Path, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "case-plan.docx", plans / "north" / "c.docx")
    (plans / "goals.txt").write_text("- Mother will cooperate.\n", encoding="utf-8")
    out = tmp_path / "revised"
    args = ["rewrite", str(plans), "-o", str(out), "--glob", "*.yaml", "--glob", "*.docx"]
    args += ["--glob", "*.txt"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "north" / "c.docx").read_bytes()[:2] == b"PK"
    assert "original_statement" in (out / "goals.yaml").read_text(encoding="utf-8")
    lint = runner.invoke(app, ["lint", str(plans), "-f", "json"])
    paths = [f["path"] for f in json.loads(lint.stdout)["files"]]
    assert not any(p.endswith((".md", ".txt", ".docx")) for p in paths)


def test_several_files_json_and_jsonl(plans: Path) -> None:
    files = [str(plans / "a.yaml"), str(plans / "north" / "b.yaml")]
    result = runner.invoke(app, ["rewrite", *files, "-f", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [len(f["goals"]) for f in document["files"]] == [5, 4]
    assert document["files"][0]["goals"][0]["rewrite"]["statement"]
    lines = runner.invoke(app, ["rewrite", *files, "-f", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["path"] for line in lines] == files


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "csv", "yaml"])
def test_other_formats_are_a_usage_error(fmt: str) -> None:
    result = runner.invoke(app, ["rewrite", str(EXAMPLES / "vague-plan.yaml"), "-f", fmt])
    assert result.exit_code == 2
    assert f"--format '{fmt}' is not one of the choices: text, json or jsonl" in result.output


def test_jsonl_for_one_plan() -> None:
    result = runner.invoke(app, ["rewrite", str(EXAMPLES / "vague-plan.yaml"), "-f", "jsonl"])
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["goals"][0]["rewrite"]["statement"].startswith("Parent must attend")


def test_output_folder_must_not_be_a_file(plans: Path, tmp_path: Path) -> None:
    existing = tmp_path / "file.yaml"
    existing.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", str(plans), "-o", str(existing)])
    assert result.exit_code == 2
    assert "-o names a folder" in result.output
