"""`reunify lint` in CI: exit codes, --fail-on, --select/--ignore, --quiet, --output, GitHub."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli.cli import app

runner = CliRunner()


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the config search stops here
    write_pack(tmp_path)
    return tmp_path


def lint(
    repo: Path, *args: str, env: dict[str, str] | None = None, select: str = "cipack"
) -> tuple[int, str, str]:
    """Lint with the CI test pack only (`select`: which of all loaded rules to use)."""
    pack = str(repo / "cipack.yaml")
    result = runner.invoke(app, ["lint", *args, "--rules", pack, "--select", select], env=env or {})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("statement", "fail_on", "code"),
    [
        ("Mother will attend.", None, 0),  # clean
        ("Mother will wobble.", None, 1),  # warning-only, default fail level warning
        ("Mother will wobble.", "error", 0),
        ("Mother will wobble.", "never", 0),
        ("Mother will kaboom.", None, 1),  # error
        ("Mother will kaboom.", "error", 1),
        ("Mother will kaboom.", "never", 0),
        ("Mother will fizz.", None, 0),  # info only
        ("Mother will fizz.", "info", 1),
    ],
)
def test_exit_codes(repo: Path, statement: str, fail_on: str | None, code: int) -> None:
    path = plan(repo, "p.yaml", statement)
    args = [str(path)] + (["--fail-on", fail_on] if fail_on else [])
    assert lint(repo, *args)[0] == code


def test_broken_input_exits_2_even_with_fail_on_never(repo: Path) -> None:
    good = plan(repo, "a.yaml", "Mother will kaboom.")
    broken = repo / "b.yaml"
    broken.write_text("goals: [unclosed\n")
    code, out, err = lint(repo, str(good), str(broken), "--fail-on", "never", "-f", "json")
    assert code == 2
    doc = json.loads(out)
    assert [f["error"] is None for f in doc["files"]] == [True, False]
    assert doc["files"][0]["goals"][0]["findings"][0]["rule"] == "cipack.err"
    assert re.fullmatch(
        rf"reunify: error: {re.escape(str(broken))}:\d+:\d+: invalid YAML: .*\n", err
    )


def test_bad_fail_on_is_usage_error(repo: Path) -> None:
    code, _, err = lint(repo, str(plan(repo, "p.yaml", "x")), "--fail-on", "sometimes")
    assert code == 2
    assert "--fail-on must be one of" in err


def test_select_and_ignore_take_prefixes_and_categories(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble, kaboom and fizz.")

    def rules(*args: str, select: str = "cipack") -> list[str]:
        _, out, _ = lint(repo, str(path), "-f", "json", *args, select=select)
        return [f["rule"] for f in json.loads(out)["files"][0]["goals"][0]["findings"]]

    assert rules() == ["cipack.warn", "cipack.err", "cipack.info"]  # an id prefix selects
    assert rules(select="cipack.") == ["cipack.warn", "cipack.err", "cipack.info"]
    assert rules(select="cipack.info") == ["cipack.info"]  # an exact id
    # a prefix ends at a dot: `cipack.in` selects no rule, which is a usage error
    assert lint(repo, str(path), select="cipack.in")[0] == 2
    assert rules("--ignore", "judgmental") == ["cipack.warn", "cipack.info"]  # a category
    assert rules("--ignore", "cipack.warn", "--ignore", "plain-language") == ["cipack.err"]
    found = rules(select="vague")  # a category selects, with the built-in vague rules
    assert "cipack.warn" in found and "cipack.err" not in found


def test_quiet_prints_only_findings(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    _, loud, _ = lint(repo, str(path))
    _, quiet, _ = lint(repo, str(path), "--quiet")
    assert "cipack.warn" in quiet
    assert "finding(s)" in loud and "finding(s)" not in quiet
    _, clean, _ = lint(repo, str(plan(repo, "q.yaml", "Mother will attend.")), "-q")
    assert clean == ""


def test_output_file(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    target = repo / "out" / "report.sarif"
    target.parent.mkdir()
    code, out, _ = lint(repo, str(path), "-f", "sarif", "--output", str(target))
    assert code == 1
    assert out == ""
    assert json.loads(target.read_text())["runs"][0]["results"][0]["ruleId"] == "cipack.warn"


def test_unwritable_output_is_exit_2_one_line(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    target = repo / "no" / "such" / "folder" / "report.json"
    code, _, err = lint(repo, str(path), "-f", "json", "--output", str(target))
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith(f"reunify: error: {target}: cannot write output")
    assert not target.exists()


def test_github_format_is_automatic_in_github_actions(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    _, out, _ = lint(repo, str(path), env={"GITHUB_ACTIONS": "true"})
    assert out.startswith("::warning file=")
    _, explicit, _ = lint(repo, str(path), "-f", "text", env={"GITHUB_ACTIONS": "true"})
    assert not explicit.startswith("::")
    _, local, _ = lint(repo, str(path), env={"GITHUB_ACTIONS": "false"})
    assert not local.startswith("::")


def test_findings_are_sorted_by_file_line_column(repo: Path) -> None:
    (repo / "b").mkdir()
    plan(repo / "b", "z.yaml", "Mother will fizz.", "Mother will kaboom and then wobble.")
    plan(repo, "a.yaml", "Mother will wobble.")
    _, out, _ = lint(repo, str(repo / "b"), str(repo / "a.yaml"), "-f", "github")
    keys = []
    for line in out.splitlines():
        props = dict(p.split("=", 1) for p in line.split(" ", 1)[1].split("::")[0].split(","))
        keys.append((props["file"], int(props["line"]), int(props["col"])))
    assert len(keys) == 4
    assert keys == sorted(keys)


def test_pre_commit_hook_definition() -> None:
    root = Path(__file__).resolve().parents[1]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "reunify")
    # pre-commit names each file; the repository's other YAML is not an error
    assert hook["entry"] == "reunify lint --force-exclude --skip-non-plans"
    assert hook["language"] == "python"
    assert hook["types"] == ["yaml"]  # pre-commit's own test: .yaml and .yml files
    assert "files" not in hook
    assert hook["require_serial"] is True  # one process: reunify runs its own workers
    scripts = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'reunify = "reunify_cli.cli:main"' in scripts  # the entry's command is installed
