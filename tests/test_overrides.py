"""Config: `per-file-ignores` (ruff's) and `rule-options` (a rule's own settings, such as
the deadline rule's horizon), validated with file:line:column like every other key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli.analysis.checks import add_months
from reunify_cli.cli import app

runner = CliRunner()
HEADER = "case:\n  plan_date: 2026-01-15\n"


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the config search stops here
    write_pack(tmp_path)
    return tmp_path


def rules_found(out: str) -> dict[str, list[str]]:
    """file name -> the rule ids of its findings."""
    found = {}
    for file in json.loads(out)["files"]:
        rules = [f["rule"] for g in file["goals"] for f in g["findings"]]
        found[Path(file["path"]).name] = rules + [f["rule"] for f in file["findings"]]
    return found


def test_per_file_ignores_turn_rules_off_for_matching_files(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / ".reunify.yaml").write_text(
        "per-file-ignores:\n"
        '  "templates/*": [cipack.warn]      # a path: relative to this file\n'
        '  "*.draft.yaml": [judgmental, cipack.info]   # a name: anywhere\n'
    )
    for folder in ("templates", "plans"):
        (repo / folder).mkdir()
    plan(repo / "templates", "a.yaml", "Mother will wobble and kaboom.")
    plan(repo / "plans", "b.yaml", "Mother will wobble and kaboom.")
    plan(repo / "plans", "c.draft.yaml", "Mother will wobble, kaboom and fizz.")
    elsewhere = repo / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # patterns are relative to the config file, not the cwd
    args = [
        "lint",
        str(repo / "templates"),
        str(repo / "plans"),
        "--rules",
        str(repo / "cipack.yaml"),
        "--select",
        "cipack",
    ]
    result = runner.invoke(app, [*args, "-f", "json"])
    assert result.exit_code == 1, result.output
    assert rules_found(result.stdout) == {
        "a.yaml": ["cipack.err"],
        "b.yaml": ["cipack.warn", "cipack.err"],
        "c.draft.yaml": ["cipack.warn"],
    }


def test_per_file_ignores_in_pyproject(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.reunify]\nper-file-ignores = { "*.tmpl.yaml" = ["cipack"] }\n'
    )
    path = plan(repo, "x.tmpl.yaml", "Mother will wobble.")
    args = ["lint", str(path), "--rules", str(repo / "cipack.yaml"), "--select", "cipack"]
    result = runner.invoke(app, [*args, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert rules_found(result.stdout) == {"x.tmpl.yaml": []}


def lint_deadlines(repo: Path, config: str, *dues: str) -> tuple[int, list[str], str]:
    (repo / ".reunify.yaml").write_text(config)
    goals = "".join(
        f"  - id: g{i}\n    statement: Mother will attend.\n    due: {due}\n"
        for i, due in enumerate(dues, start=1)
    )
    path = repo / "plan.yaml"
    path.write_text(HEADER + "goals:\n" + goals)
    args = ["lint", str(path), "--select", "structure.due-after-hearing", "-f", "json"]
    result = runner.invoke(app, args)
    if result.exit_code == 2:
        return 2, [], result.stderr
    goals_out = json.loads(result.stdout)["files"][0]["goals"]
    messages = [f["message"] for g in goals_out for f in g["findings"]]
    return result.exit_code, messages, result.stderr


def test_the_deadline_rule_takes_a_maximum_horizon(repo: Path) -> None:
    dues = ("2026-07-15", "2026-07-16", "2027-03-01")
    code, messages, _ = lint_deadlines(repo, "fail-on: error\n", *dues)
    assert (code, messages) == (0, [])  # no hearing date, no horizon: nothing to say
    config = "rule-options:\n  structure.due-after-hearing: {max-months: 6}\n"
    code, messages, _ = lint_deadlines(repo, config, *dues)
    assert code == 1
    assert len(messages) == 2  # 2026-07-15 is 6 months after 2026-01-15: within
    assert messages[0].startswith("The goal is due more than 6 months after the plan date")
    assert "(due 2026-07-16, plan dated 2026-01-15)" in messages[0]


def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month() -> None:
    from datetime import date

    assert add_months(date(2026, 1, 15), 6) == date(2026, 7, 15)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_reading_grade_option(repo: Path) -> None:
    path = plan(repo, "p.yaml", "Mom will go to each class until July 15.")
    (repo / ".reunify.yaml").write_text("rule-options:\n  plain.reading-grade: {max-grade: 0}\n")
    result = runner.invoke(app, ["lint", str(path), "--select", "plain.reading-grade", "-q"])
    assert "plain.reading-grade" in result.stdout and "(above 0)" in result.stdout


@pytest.mark.parametrize(
    ("config", "line", "column", "words"),
    [
        (
            "rule-options:\n  structure.due-after-hearing: {max-moths: 6}\n",
            2,
            33,
            "rule 'structure.due-after-hearing' has no option 'max-moths'; it has: max-months",
        ),
        (
            "rule-options:\n  structure.due-after-hearing:\n    max-months: 0\n",
            3,
            5,
            "structure.due-after-hearing.max-months must be a whole number of months",
        ),
        ("rule-options:\n  vague.make-progress: {x: 1}\n", 2, 3, "takes no options"),
        ("rule-options:\n  structure.due-after-haring: {max-months: 6}\n", 2, 3, "did you mean"),
        (
            "per-file-ignores:\n  '*.tmpl.yaml': [plain, vagu]\n",
            2,
            26,
            "`per-file-ignores`: no rule id, id prefix or category 'vagu'",
        ),
        ("per-file-ignores:\n  '*.tmpl.yaml': [[x]]\n", 2, 19, "must be a list of non-empty"),
        ("per-file-ignores: [a]\n", 1, 19, "must be a mapping of file glob"),
        ("rule-options:\n  plain.reading-grade: 6\n", 2, 24, "must be a mapping of option"),
    ],
)
def test_bad_overrides_name_file_line_and_column(
    repo: Path, config: str, line: int, column: int, words: str
) -> None:
    code, _, err = lint_deadlines(repo, config, "2026-03-01")
    assert code == 2
    assert err.startswith(f"reunify: error: {repo / '.reunify.yaml'}:{line}:{column}: "), err
    assert words in err
    assert err.count("\n") == 1
