"""The config file: discovery, validation with positions, the merge, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli.cli import app
from reunify_cli.io.config import find_config, load_config
from reunify_cli.io.walk import is_excluded
from reunify_cli.model import ReunifyError
from reunify_cli.settings import Settings, merge

runner = CliRunner()


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


# -- merge: built-in defaults < config file < flags ---------------------------------------


def test_merge_later_layers_win_for_plain_keys() -> None:
    merged = merge(Settings(), {"fail_on": "error", "select": ("vague",)}, {"fail_on": "info"})
    assert merged.fail_on == "info"
    assert merged.select == ("vague",)
    assert merge(Settings(), {"select": ("vague",)}, {"select": ("missing",)}).select == (
        "missing",
    )


def test_merge_adds_rules_ignore_exclude_and_merges_severities() -> None:
    merged = merge(
        Settings(),
        {"rules": ("a.yaml",), "ignore": ("plain",), "severities": {"x.a": "info", "x.b": "info"}},
        {"rules": ("b.yaml",), "ignore": ("vague",), "severities": {"x.b": "error"}},
    )
    assert merged.rules == ("a.yaml", "b.yaml")
    assert merged.ignore == ("plain", "vague")
    assert dict(merged.severities) == {"x.a": "info", "x.b": "error"}


def test_merge_with_no_layers_is_the_defaults() -> None:
    assert merge(Settings()) == Settings()
    with pytest.raises(ValueError, match="unknown setting"):
        merge(Settings(), {"colour": True})


# -- discovery -------------------------------------------------------------------------------


def test_found_upward_from_the_linted_path(repo: Path) -> None:
    (repo / "plans" / "2026").mkdir(parents=True)
    config = repo / ".reunify.yaml"
    config.write_text("fail-on: error\n")
    assert find_config(repo / "plans" / "2026") == config
    assert find_config(repo / "plans" / "2026" / "a.yaml") == config


def test_nearest_wins_and_pyproject_needs_its_table(repo: Path) -> None:
    sub = repo / "sub"
    sub.mkdir()
    (repo / ".reunify.yaml").write_text("fail-on: error\n")
    (sub / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(sub) == repo / ".reunify.yaml"  # no [tool.reunify]: keep looking
    (sub / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.reunify]\nfail-on = 'info'\n"
    )
    assert find_config(sub) == sub / "pyproject.toml"


def test_search_stops_at_the_repository_root(repo: Path) -> None:
    inner = repo / "inner"
    (inner / ".git").mkdir(parents=True)
    (repo / ".reunify.yaml").write_text("fail-on: error\n")
    assert find_config(inner) is None


# -- loading and errors ----------------------------------------------------------------------


def test_yaml_values(repo: Path) -> None:
    config = repo / ".reunify.yaml"
    config.write_text(
        "rules: [packs/ours.yaml]\nselect: vague\nignore: [plain.abbreviation]\n"
        "severity: {missing.cadence: info}\nfail-on: never\n"
        "exclude: [drafts/, '*.tmpl.yaml', old/2025]\n"
        "max-file-size: 1000\n"
    )
    layer = load_config(config)
    assert layer["rules"] == (str(repo / "packs" / "ours.yaml"),)
    assert layer["select"] == ("vague",)
    assert layer["severities"] == {"missing.cadence": "info"}
    assert layer["fail_on"] == "never"
    assert layer["max_file_size"] == 1000
    excluded = [
        str(p)
        for p in (
            repo / "drafts" / "a.yaml",  # a name matches at any depth
            repo / "x" / "drafts" / "a.yaml",
            repo / "x" / "b.tmpl.yaml",
            repo / "old" / "2025" / "c.yaml",  # a path is relative to the config file
        )
    ]
    kept = [str(repo / "x" / "drafts.yaml"), str(repo / "x" / "old" / "2025" / "c.yaml")]
    assert [is_excluded(p, layer["exclude"]) for p in excluded] == [True] * 4
    assert [is_excluded(p, layer["exclude"]) for p in kept] == [False] * 2
    assert not is_excluded(str(repo.parent / "drafts" / "x.yaml"), layer["exclude"])


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("fail-on: error\ncolour: red\n", 2, 1, "unknown key 'colour'"),
        ("fail-on: sometimes\n", 1, 10, "`fail-on` must be one of"),
        ("select:\n  - vague\n  - 3\n", 3, 5, "`select` must be a list of non-empty strings"),
        ("severity:\n  vague.x: loud\n", 2, 3, "severity must be one of error, warning, info"),
        ("max-file-size: -1\n", 1, 16, "`max-file-size` must be a positive number"),
        ("- a\n- b\n", 1, 1, "must be a mapping"),
    ],
)
def test_yaml_errors_name_file_line_and_column(
    repo: Path, text: str, line: int, column: int, words: str
) -> None:
    config = repo / ".reunify.yaml"
    config.write_text(text)
    with pytest.raises(ReunifyError) as info:
        load_config(config)
    assert str(info.value).startswith(f"{config}:{line}:{column}: ")
    assert words in str(info.value)


def test_pyproject_errors_name_the_line_when_it_can(repo: Path) -> None:
    pyproject = repo / "pyproject.toml"
    pyproject.write_text("[project]\nname = 'x'\n\n[tool.reunify]\nfail-on = 'error'\nfoo = 1\n")
    with pytest.raises(ReunifyError) as info:
        load_config(pyproject)
    assert str(info.value).startswith(f"{pyproject}:6: [tool.reunify] unknown key 'foo'")


def test_pyproject_values(repo: Path) -> None:
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(
        "[tool.reunify]\nignore = ['plain']\n\n"
        "[tool.reunify.severity]\n'missing.cadence' = 'info'\n"
    )
    assert load_config(pyproject) == {
        "ignore": ("plain",),
        "severities": {"missing.cadence": "info"},
    }


# -- through the command line ----------------------------------------------------------------


def test_cli_uses_the_config_found_and_flags_override_it(repo: Path) -> None:
    write_pack(repo)
    (repo / ".reunify.yaml").write_text(
        "rules: [cipack.yaml]\nselect: [cipack]\nfail-on: error\nexclude: [drafts/]\n"
        "severity: {cipack.info: error}\n"
    )
    plans = repo / "plans"
    (plans / "drafts").mkdir(parents=True)
    plan(plans, "a.yaml", "Mother will wobble and fizz.")
    plan(plans / "drafts", "b.yaml", "Mother will kaboom.")
    result = runner.invoke(app, ["lint", str(plans), "-f", "json"])
    doc = json.loads(result.stdout)
    assert [Path(f["path"]).name for f in doc["files"]] == ["a.yaml"]  # drafts/ excluded
    found = {f["rule"]: f["severity"] for f in doc["files"][0]["goals"][0]["findings"]}
    assert found == {"cipack.warn": "warning", "cipack.info": "error"}
    assert result.exit_code == 1  # fail-on: error, and cipack.info is an error here
    assert runner.invoke(app, ["lint", str(plans), "--fail-on", "never"]).exit_code == 0
    ignored = runner.invoke(app, ["lint", str(plans), "--ignore", "cipack.info"])
    assert ignored.exit_code == 0  # only the warning is left, below fail-on: error


def test_cli_config_option_replaces_discovery(repo: Path) -> None:
    write_pack(repo)
    (repo / ".reunify.yaml").write_text("fail-on: never\n")
    other = repo / "ci.yaml"
    other.write_text("rules: [cipack.yaml]\nselect: [cipack]\n")
    path = plan(repo, "a.yaml", "Mother will wobble.")
    assert runner.invoke(app, ["lint", str(path)]).exit_code == 0
    assert runner.invoke(app, ["lint", str(path), "--config", str(other)]).exit_code == 1


def test_cli_bad_config_is_exit_2_one_line(repo: Path) -> None:
    (repo / ".reunify.yaml").write_text("fail-on: error\nselct: [vague]\n")
    path = plan(repo, "a.yaml", "Mother will attend.")
    result = runner.invoke(app, ["lint", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"reunify: error: {repo / '.reunify.yaml'}:2:1: unknown key 'selct'; expected one of: "
        "rules, select, ignore, severity, fail-on, exclude, force-exclude, max-file-size, "
        "feedback-days, locale, reading-grade, respect-gitignore, skip-non-plans, "
        "per-file-ignores, rule-options\n"
    )
    missing = runner.invoke(app, ["lint", str(path), "--config", str(repo / "nope.yaml")])
    assert missing.exit_code == 2
    assert "nope.yaml: no such file" in missing.stderr


def test_config_max_file_size_applies(repo: Path) -> None:
    (repo / ".reunify.yaml").write_text("max-file-size: 20\n")
    path = plan(repo, "a.yaml", "Mother will attend every weekly session.")
    result = runner.invoke(app, ["lint", str(path)])
    assert result.exit_code == 2
    assert "larger than the limit of 20 bytes" in result.stdout + result.stderr
