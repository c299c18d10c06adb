"""A selector that matches no rule is a usage error (exit 2), as in ruff: `--select vagu`
must not select nothing and turn CI green."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli.api import lint_paths
from reunify_cli.cli import app
from reunify_cli.model import ReunifyError
from reunify_cli.settings import Settings

runner = CliRunner()


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the config search stops here
    write_pack(tmp_path)
    return tmp_path


def run(repo: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--rules", str(repo / "cipack.yaml")])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("flag", "given", "suggested"),
    [
        ("--select", "vagu", "vague"),  # a category or id prefix, misspelt
        ("--select", "cipack.wran", "cipack.warn"),  # a rule id
        ("--ignore", "missing.dedline", "missing.deadline"),
        ("--ignore", "judgemental", "judgmental"),  # a category
    ],
)
def test_unknown_selector_on_the_command_line_is_a_usage_error(
    repo: Path, flag: str, given: str, suggested: str
) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    code, out, err = run(repo, "lint", str(path), flag, given, "-f", "json")
    assert code == 2
    assert out == ""  # nothing linted
    assert err.count("\n") == 1
    assert err.startswith(f"reunify: error: {flag}: no rule id, id prefix or category '{given}'")
    assert suggested in err.split("did you mean", 1)[1]


def test_nothing_close_gets_no_suggestion(repo: Path) -> None:
    code, _, err = run(repo, "lint", str(plan(repo, "p.yaml", "x")), "--select", "zzzzzz")
    assert code == 2
    assert "'zzzzzz'" in err and "did you mean" not in err


def test_selectors_that_match_are_accepted(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    for selector in ("cipack", "cipack.", "cipack.warn", "vague", "missing", "plain-language"):
        code, out, _ = run(repo, "lint", str(path), "--select", selector, "-f", "json")
        assert code in (0, 1), selector
        assert json.loads(out)["summary"]["files"] == 1


def test_a_rule_of_a_user_pack_is_known_only_with_that_pack(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    result = runner.invoke(app, ["lint", str(path), "--select", "cipack"])
    assert result.exit_code == 2
    assert "'cipack'" in result.stderr


@pytest.mark.parametrize(
    ("config", "line", "column", "key", "given", "suggested"),
    [
        ("select: [vague, vagu]\n", 1, 17, "select", "vagu", "vague"),
        (
            "ignore:\n  - plain.abbreviation\n  - cipack.wrn\n",
            3,
            5,
            "ignore",
            "cipack.wrn",
            "cipack.warn",
        ),
        (
            "severity:\n  cipack.info: warning\n  cipack.wrn: info\n",
            3,
            3,
            "severity",
            "cipack.wrn",
            "cipack.warn",
        ),
    ],
)
def test_unknown_selector_in_the_config_names_file_line_and_column(
    repo: Path, config: str, line: int, column: int, key: str, given: str, suggested: str
) -> None:
    (repo / ".reunify.yaml").write_text(config)
    path = plan(repo, "p.yaml", "Mother will wobble.")
    code, out, err = run(repo, "lint", str(path))
    assert code == 2
    assert out == ""
    where = f"{repo / '.reunify.yaml'}:{line}:{column}"
    assert err.startswith(f"reunify: error: {where}: `{key}`: no rule"), err
    assert f"'{given}'" in err
    assert suggested in err.split("did you mean", 1)[1]


def test_unknown_selector_in_pyproject_names_the_line(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.reunify]\nfail-on = 'error'\nselect = ['vagu']\n")
    code, _, err = run(repo, "lint", str(plan(repo, "p.yaml", "x")))
    assert code == 2
    assert err.startswith(f"reunify: error: {repo / 'pyproject.toml'}:3: `select`: no rule ")


def test_rewrite_checks_selectors_too(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mother will wobble.")
    code, _, err = run(repo, "rewrite", str(path), "--ignore", "vagu")
    assert code == 2
    assert "--ignore: no rule id, id prefix or category 'vagu'" in err


def test_the_api_raises_for_an_unknown_selector(tmp_path: Path) -> None:
    path = plan(tmp_path, "p.yaml", "Mother will make progress.")
    with pytest.raises(ReunifyError) as info:
        lint_paths([str(path)], Settings(select=("vagu",)))
    assert "'vagu'" in str(info.value)
