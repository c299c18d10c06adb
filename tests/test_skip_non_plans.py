"""`--skip-non-plans`: pre-commit sends every YAML file of a repository (workflows, rule
packs, configs); what is not a plan at all is skipped with a note, not an error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from reunify_cli.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
GOOD = (
    "goals:\n  - Mother will attend every weekly session until 2026-06-30; the therapist "
    "sends the attendance log monthly to the caseworker.\n"
)
NOT_PLANS = {
    ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n",
    ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks: []\n",
    ".pre-commit-hooks.yaml": "- id: x\n  name: x\n  entry: x\n  language: system\n",
    "policy/pack.yaml": (ROOT / "docs" / "user-pack" / "county-x.yaml").read_text("utf-8"),
    ".reunify.yaml": "rules: [policy/pack.yaml]\nfail-on: warning\n",
    "k8s/deploy.yaml": "kind: Service\n---\nkind: Deployment\n",
    "empty.yaml": "",
    "version.yaml": "1.0\n",
}


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    for name, text in {**NOT_PLANS, "plans/good.yaml": GOOD}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def hook_args() -> list[str]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = next(h for h in hooks if h["id"] == "reunify")["entry"]
    return str(entry).split()[1:]  # after `reunify`


def test_the_hook_passes_a_repository_with_other_yaml(repo: Path) -> None:
    files = [*NOT_PLANS, "plans/good.yaml"]
    result = runner.invoke(app, [*hook_args(), *files, "--select", "vague", "--select", "missing"])
    assert result.exit_code == 0, result.output
    assert "plans/good.yaml" not in result.stderr
    notes = result.stderr.splitlines()
    assert len(notes) == len(NOT_PLANS)
    for name, note in zip(NOT_PLANS, notes, strict=True):
        assert re.fullmatch(rf"reunify: info: {re.escape(name)}: not a plan, skipped \(.+\)", note)
    assert "1 file(s), 1 goal(s)" in result.stdout  # the skipped ones are not counted


def test_without_it_other_yaml_is_an_error(repo: Path) -> None:
    result = runner.invoke(app, ["lint", ".github/workflows/ci.yml", "plans/good.yaml"])
    assert result.exit_code == 2
    assert "ci.yml:1:1: no `goals:` key" in result.stdout


def test_skipped_files_in_json_and_the_config_key(repo: Path) -> None:
    (repo / ".reunify.yaml").write_text("skip-non-plans: true\n")
    result = runner.invoke(app, ["lint", "policy/pack.yaml", "plans/good.yaml", "-f", "json", "-q"])
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    assert [f["path"] for f in document["files"]] == ["plans/good.yaml"]
    assert document["summary"]["files"] == 1
    assert document["skipped"] == [
        {"path": "policy/pack.yaml", "reason": "no `goals:` key: a plan needs a list of goals"}
    ]
    assert result.stderr == ""  # --quiet: no notes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("case:\n  caseworker: A\ngoal:\n  - Mother will attend.\n", "no `goals:` key"),
        ("goals: Mother will attend.\n", "`goals:` must be a list"),
        ("- Mother will attend.\n- {id: x}\n", "goal 2 has no `statement:`"),
        ("goals: [unclosed\n", "invalid YAML"),
    ],
)
def test_a_broken_plan_is_still_an_error(repo: Path, text: str, words: str) -> None:
    (repo / "plans" / "broken.yaml").write_text(text)
    result = runner.invoke(app, [*hook_args(), "plans/broken.yaml", "plans/good.yaml"])
    assert result.exit_code == 2
    assert words in result.stdout
    assert "skipped" not in result.stderr
