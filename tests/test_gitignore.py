"""Folder walks skip what git ignores, as ruff does by default; a file or folder named on
the command line is still read; `--no-respect-gitignore` (or the config key) turns it off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reunify_cli.cli import app
from reunify_cli.io.walk import walk

runner = CliRunner()
PLAN = "goals:\n  - Mother will attend every weekly session until 2026-06-30.\n"


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("private/\n")
    (tmp_path / ".gitignore").write_text("# generated\nbuild/\n*.tmp.yaml\n!keep.tmp.yaml\n")
    for name in (
        "plans/a.yaml",
        "plans/c.tmp.yaml",
        "plans/keep.tmp.yaml",
        "build/b.yaml",
        "plans/build/deep.yaml",  # `build/` matches a folder at any depth
        "sub/local.yaml",
        "sub/other.yaml",
        "private/p.yaml",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PLAN)
    (tmp_path / "sub" / ".gitignore").write_text("local.yaml\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def linted(*args: str) -> list[str]:
    result = runner.invoke(app, ["lint", *args, "-f", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return [file["path"] for file in json.loads(result.stdout)["files"]]


def test_folder_walks_skip_what_git_ignores(repo: Path) -> None:
    assert linted(".") == ["./plans/a.yaml", "./plans/keep.tmp.yaml", "./sub/other.yaml"]


def test_it_can_be_turned_off(repo: Path) -> None:
    everything = sorted(str(p.relative_to(repo)) for p in repo.rglob("*.yaml"))
    assert len(everything) == 8
    found = linted(".", "--no-respect-gitignore")
    assert sorted(p.removeprefix("./") for p in found) == everything
    (repo / ".reunify.yaml").write_text("respect-gitignore: false\n")
    assert len(linted(".")) == 8
    assert len(linted(".", "--respect-gitignore")) == 3  # the flag wins


def test_named_files_and_folders_are_read(repo: Path) -> None:
    assert linted("build/b.yaml", "plans/c.tmp.yaml") == ["build/b.yaml", "plans/c.tmp.yaml"]
    assert linted("build") == ["build/b.yaml"]


def test_outside_a_git_work_tree_gitignore_means_nothing(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*.yaml\n")
    (tmp_path / "a.yaml").write_text(PLAN)
    assert list(walk([str(tmp_path)], gitignore=True)) == [str(tmp_path / "a.yaml")]
