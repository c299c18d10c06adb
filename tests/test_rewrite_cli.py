"""`reunify rewrite` from the command line: report, -o, --in-place, --diff, --interactive, JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from shared_texts import NEED_AMONG_CONDITIONS
from typer.testing import CliRunner

from reunify_cli.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLES / "vague-plan.yaml", target)
    return target


def outside_goals(text: str) -> str:
    """The file before its `goals:` list: must never change."""
    return text[: text.index("\ngoals:")]


def test_report_shows_original_why_and_rewrite_plain_when_piped(plan: Path) -> None:
    before = plan.read_bytes()
    result = runner.invoke(app, ["rewrite", str(plan)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b[" not in out
    assert "original  Parent must make progress in individual therapy." in out
    assert 'why       vague.make-progress "make progress"' in out
    assert "rewrite   Parent must attend individual therapy [how often, e.g. once a week]" in out
    assert "fill in   [how often, e.g. once a week]" in out
    assert "5 goal(s): 5 rewritten" in out
    assert plan.read_bytes() == before  # showing never writes


def test_output_file_keeps_everything_else(plan: Path, tmp_path: Path) -> None:
    before = plan.read_text(encoding="utf-8")
    revised_path = tmp_path / "revised.yaml"
    result = runner.invoke(app, ["rewrite", str(plan), "-o", str(revised_path)])
    assert result.exit_code == 0, result.output
    assert plan.read_text(encoding="utf-8") == before
    revised = revised_path.read_text(encoding="utf-8")
    assert outside_goals(revised) == outside_goals(before)
    goals = yaml.safe_load(revised)["goals"]
    originals = yaml.safe_load(before)["goals"]
    for new, old in zip(goals, originals, strict=True):
        assert new["original_statement"] == old["statement"]
        assert {k: new[k] for k in old if k != "statement"} == {
            k: v for k, v in old.items() if k != "statement"
        }
        assert {"behavior", "due", "evidence", "cadence", "feedback"} <= set(new)
    # lint reports only the placeholders left to fill in
    lint = runner.invoke(app, ["lint", str(revised_path), "--format", "json"])
    goals_found = json.loads(lint.stdout)["files"][0]["goals"]
    rules = {f["rule"] for g in goals_found for f in g["findings"] if f["severity"] != "info"}
    assert rules == {"structure.unfilled-placeholder"}
    # running rewrite again does not rewrite a rewrite
    again = tmp_path / "again.yaml"
    result = runner.invoke(app, ["rewrite", str(revised_path), "-o", str(again)])
    assert result.exit_code == 0
    assert again.read_text(encoding="utf-8") == revised


def test_in_place_keeps_a_backup_and_refuses_to_overwrite_it(plan: Path) -> None:
    before = plan.read_bytes()
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place"])
    assert result.exit_code == 0, result.output
    backup = Path(f"{plan}.bak")
    assert backup.read_bytes() == before
    assert plan.read_bytes() != before
    assert "original_statement:" in plan.read_text(encoding="utf-8")
    rewritten = plan.read_bytes()
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place"])
    assert result.exit_code == 2
    assert f"{backup}: backup already exists" in result.output
    assert "--overwrite-backup" in result.output
    assert plan.read_bytes() == rewritten and backup.read_bytes() == before
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place", "--overwrite-backup"])
    assert result.exit_code == 0
    assert "nothing to rewrite" in result.output
    assert plan.read_bytes() == rewritten


def test_diff_shows_what_o_would_write_and_writes_nothing(plan: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["rewrite", str(plan), "--diff"])
    assert result.exit_code == 0, result.output
    assert f"--- {plan}" in result.stdout
    assert "-    statement: Parent must make progress in individual therapy." in result.stdout
    assert "+    original_statement: Parent must make progress in individual therapy." in (
        result.stdout
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]
    revised = tmp_path / "r.yaml"
    runner.invoke(app, ["rewrite", str(plan), "-o", str(revised)])
    added = [
        line[1:]
        for line in result.stdout.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]
    assert all(line in revised.read_text(encoding="utf-8").splitlines() for line in added)


def test_interactive_accept_edit_skip_quit(plan: Path, tmp_path: Path) -> None:
    revised = tmp_path / "r.yaml"
    answers = "a\ne\nLoraine will call Dr. Ruiz by Friday, 2026-02-06.\nwhat\ns\nq\n"
    result = runner.invoke(app, ["rewrite", str(plan), "-i", "-o", str(revised)], input=answers)
    assert result.exit_code == 0, result.output
    assert result.output.count("Accept, edit, skip or quit?") == 5  # one re-asked
    assert "Please answer" in result.output
    assert "still flagged: missing.cadence, missing.evidence" in result.output
    goals = yaml.safe_load(revised.read_text(encoding="utf-8"))["goals"]
    assert goals[0]["original_statement"] == "Parent must make progress in individual therapy."
    assert goals[1]["statement"] == "Loraine will call Dr. Ruiz by Friday, 2026-02-06."
    assert "original_statement" not in goals[2]  # skipped
    assert "original_statement" not in goals[3]  # quit: the rest is skipped
    assert "original_statement" not in goals[4]
    assert "2 rewritten, 3 skipped" in result.output


def test_interactive_needs_a_destination(plan: Path) -> None:
    result = runner.invoke(app, ["rewrite", str(plan), "--interactive"], input="a\n")
    assert result.exit_code == 2
    assert "-o FILE, --in-place or --diff" in result.output


def test_json_fills_goals_rewrite(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rewrite", str(EXAMPLES / "mixed-plan.yaml"), "-f", "json"])
    assert result.exit_code == 0, result.output
    goals = json.loads(result.stdout)["files"][0]["goals"]
    assert goals[0]["rewrite"] is None  # already concrete
    for goal in goals:  # a rewrite exactly for the goals lint flags
        flagged = any(
            f["category"] in ("vague", "missing-element", "judgmental", "poverty")
            or f["rule"] == "structure.other-concern-as-condition"
            for f in goal["findings"]
        )
        assert (goal["rewrite"] is not None) == flagged
    rewrite = goals[1]["rewrite"]
    assert set(rewrite) >= {
        "statement",
        "behavior",
        "measure",
        "due",
        "evidence",
        "cadence",
        "feedback",
        "placeholders",
    }
    assert isinstance(rewrite["placeholders"], list)
    assert goals[1]["text"].startswith("Father will work on his anger")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.yaml", "--in-place"], "not both"),
        (["--diff", "-f", "json"], "cannot be combined"),
    ],
)
def test_conflicting_options_exit_2(plan: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["rewrite", str(plan), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_output_onto_the_plan_itself_is_refused(plan: Path) -> None:
    result = runner.invoke(app, ["rewrite", str(plan), "-o", str(plan)])
    assert result.exit_code == 2
    assert "--in-place" in result.output


def test_unreadable_plan_is_one_line_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "b.yaml"
    broken.write_text("goals: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", str(broken)])
    assert result.exit_code == 2
    assert result.output.startswith(f"reunify: error: {broken}:")
    assert "Traceback" not in result.output


def test_bom_is_kept(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_bytes(b"\xef\xbb\xbfgoals:\n  - Parent must make progress in therapy.\n")
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place"])
    assert result.exit_code == 0, result.output
    assert plan.read_bytes().startswith(b"\xef\xbb\xbfgoals:\n  - statement: ")
    assert Path(f"{plan}.bak").read_bytes().startswith(b"\xef\xbb\xbfgoals:\n  - Parent")


def test_rewrite_help_does_not_import_spacy() -> None:
    code = (
        "import sys; from reunify_cli.cli import main; sys.argv=['reunify','rewrite','--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_rewrite_reads_the_config_file_as_lint_does(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("goals:\n  - Parent must make progress in therapy.\n", encoding="utf-8")
    (tmp_path / ".reunify.yaml").write_text("ignore: [vague, missing-element]\n", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", str(plan), "--format", "json"])
    assert result.exit_code == 0, result.output
    goal = json.loads(result.stdout)["files"][0]["goals"][0]
    assert goal["findings"] == []
    assert goal["rewrite"] is None  # nothing the team's config flags is rewritten


def test_rewrite_max_file_size(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("goals:\n  - Parent must make progress in therapy.\n", encoding="utf-8")
    result = runner.invoke(app, ["rewrite", str(plan), "--max-file-size", "10"])
    assert result.exit_code == 2
    assert "larger than the limit" in result.output


@pytest.mark.parametrize(("review", "warned"), [("2001-01-15", True), ("2999-01-15", False)])
def test_a_deadline_that_has_passed_is_said(plan: Path, review: str, warned: bool) -> None:
    """A template's old case.next_review gives every rewrite a deadline in the past: the
    caseworker is told (on stderr, once per plan), and the rewrite itself is unchanged."""
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("2026-07-15", review), encoding="utf-8"
    )
    result = runner.invoke(app, ["rewrite", str(plan)])
    assert result.exit_code == 0, result.output
    assert f"until {review}" in result.stdout
    said = f"5 rewrite(s) set a deadline that has passed ({review})"
    assert (said in result.stderr) is warned
    many = runner.invoke(app, ["rewrite", str(plan), str(plan.parent / "plan.yaml")])
    assert (said in many.stderr) is warned


def test_a_need_listed_among_conditions_shows_its_help(tmp_path: Path) -> None:
    """`reunify rewrite` shows the help a goal that lists a need among its conditions
    gives, in the text view and in JSON, beside the parent's own action."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(NEED_AMONG_CONDITIONS, encoding="utf-8")
    text = runner.invoke(app, ["rewrite", str(plan)])
    assert text.exit_code == 0, text.output
    assert "behavior  attend anger management counseling\n" in text.stdout
    assert "support   The agency will give Mother [help, e.g. " in text.stdout
    shown = runner.invoke(app, ["rewrite", str(plan), "-f", "json"])
    rewrite = json.loads(shown.stdout)["files"][0]["goals"][0]["rewrite"]
    assert rewrite["kind"] == "condition"
    assert rewrite["support"].endswith(
        "so that they can maintain [say what stable means here] housing."
    )
