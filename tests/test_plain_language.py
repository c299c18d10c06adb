"""Plain language in lint: the reading grade of each goal, abbreviations with their meaning
from the packs' glossary."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_texts import CASE
from typer.testing import CliRunner

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.analysis.glossary import meaning, spell_out
from reunify_cli.analysis.readability import grade, sentences
from reunify_cli.api import lint_text, load_ruleset
from reunify_cli.cli import app
from reunify_cli.settings import Settings

runner = CliRunner()
HARD = (
    "Mother will demonstrate comprehensive understanding of developmentally appropriate "
    "expectations through consistent utilization of therapeutic interventions."
)
EASY = "Mom will go to each class until July 15."


def plan(*goals: str) -> str:
    return CASE + "".join(f"  - {g}\n" for g in goals)


def findings(report: object, rule: str) -> list[object]:
    return [f for g in report.goals for f in g.findings if f.rule == rule]  # type: ignore[attr-defined]


def test_reading_grade_is_info_above_8_with_the_grade_in_the_message(ruleset: Ruleset) -> None:
    report = lint_text(plan(HARD, EASY), ruleset=ruleset)
    (found,) = [f for f in report.findings if f.rule == "plain.reading-grade"]
    assert found.goal_index == 0  # the hard goal; reported with the plan's findings
    assert found.severity.value == "info"
    assert f"Reading grade {grade(HARD):.1f} (above 8)" in found.message
    assert (found.span.line, found.span.column) == (8, 5)  # the statement, where it starts
    assert grade(HARD) > 8 >= grade(EASY)


def test_a_hard_to_read_sound_goal_still_keeps_its_words(ruleset: Ruleset) -> None:
    from reunify_cli.io.plans import parse_plan
    from reunify_cli.rewrite.statement import rewrite_plan

    sound = (
        "Loraine will complete 8 sessions of the home-safety course by April 30, 2026, "
        "shown by the certificate of completion."
    )
    assert grade(sound) > 8
    rewrite = rewrite_plan(parse_plan("p.yaml", plan(sound)), ruleset).goals[0].rewrite
    assert rewrite is not None and str(rewrite["statement"]).startswith(sound)


def test_reading_grade_threshold_from_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(plan("Mother will call her worker every Monday by phone."), encoding="utf-8")
    score = grade("Mother will call her worker every Monday by phone.")
    assert 3 < score <= 8
    args = ["lint", str(path), "--select", "plain.reading-grade"]
    assert "plain.reading-grade" not in runner.invoke(app, args).output
    (tmp_path / ".reunify.yaml").write_text("reading-grade: 3\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert f"Reading grade {score:.1f} (above 3)" in result.output
    (tmp_path / ".reunify.yaml").write_text("reading-grade: high\n", encoding="utf-8")
    bad = runner.invoke(app, args)
    assert bad.exit_code == 2
    assert "`reading-grade` must be a reading grade" in bad.output


def test_abbreviations_reported_with_their_meaning(ruleset: Ruleset) -> None:
    report = lint_text(
        plan("Mother will attend IOP and give UAs weekly until [date]."), ruleset=ruleset
    )
    messages = {f.excerpt: f.message for f in findings(report, "plain.abbreviation")}
    assert "intensive outpatient program" in messages["IOP"]
    assert "urine drug tests" in messages["UAs"]


def test_an_abbreviation_spelled_out_in_the_goal_is_not_reported(ruleset: Ruleset) -> None:
    goal = "Mother will attend the intensive outpatient program (IOP) 3 times a week."
    assert not findings(lint_text(plan(goal), ruleset=ruleset), "plain.abbreviation")


def test_a_users_pack_adds_to_the_glossary(tmp_path: Path) -> None:
    pack = tmp_path / "county.yaml"
    pack.write_text(
        "pack: county\nversion: '1'\ndescription: d\nglossary:\n"
        "  WRAP: Wellness Recovery Action Plan\n  IOP: the county's evening program\n",
        encoding="utf-8",
    )
    ruleset = load_ruleset(Settings(rules=(str(pack),)))
    report = lint_text(plan("Mother will write her WRAP and attend IOP."), ruleset=ruleset)
    messages = {f.excerpt: f.message for f in findings(report, "plain.abbreviation")}
    assert "Wellness Recovery Action Plan" in messages["WRAP"]
    assert "the county's evening program" in messages["IOP"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("glossary: [IOP]\n", "glossary: expected a mapping"),
        ("glossary:\n  IOP: 3\n", "glossary.IOP"),
    ],
)
def test_a_bad_glossary_is_a_pack_error(tmp_path: Path, text: str, why: str) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text(f"pack: bad\nversion: '1'\ndescription: d\n{text}", encoding="utf-8")
    result = runner.invoke(app, ["rules", "validate", str(pack)])
    assert result.exit_code == 2
    assert f"{pack}:" in result.output and why in result.output


def test_spell_out_first_time_with_the_abbreviation_then_words_alone() -> None:
    glossary = {"IOP": "intensive outpatient program", "UA": "urine drug test"}
    seen: set[str] = set()
    first = spell_out("Go to IOP. Give UAs.", glossary, seen)
    assert first == "Go to intensive outpatient program (IOP). Give urine drug tests (UAs)."
    assert spell_out("IOP again, and a UA.", glossary, seen) == (
        "intensive outpatient program again, and a urine drug test."
    )
    assert meaning("IOPs", glossary) == "intensive outpatient programs"
    assert meaning("XYZ", glossary) is None


def test_sentences_do_not_split_at_initials() -> None:
    assert sentences("You will hear from J. Alvarez soon. Call Dr. Ruiz today!") == [
        "You will hear from J. Alvarez soon.",
        "Call Dr. Ruiz today!",
    ]


def test_reading_grade_needs_no_network(no_network: None) -> None:
    assert grade("You will go to each weekly class until July 15.") < 6


def test_a_few_words_are_not_graded(tmp_path: Path) -> None:
    """Flesch-Kincaid says little of three long words ("Attend parenting classes." scores
    grade 13): statements under `min-words` words (default 6) are not graded."""
    path = tmp_path / "plan.yaml"
    path.write_text(plan("Attend parenting classes."), encoding="utf-8")
    assert grade("Attend parenting classes.") > 8
    args = ["lint", str(path), "--select", "plain.reading-grade"]
    assert "plain.reading-grade" not in runner.invoke(app, args).output
    (tmp_path / ".reunify.yaml").write_text(
        "rule-options:\n  plain.reading-grade: {min-words: 0}\n", encoding="utf-8"
    )
    assert "Reading grade 13.1 (above 8)" in runner.invoke(app, args).output


def test_an_abbreviation_already_spelled_out_is_not_spelled_out_again() -> None:
    """ "guardian ad litem (GAL)" was "guardian ad litem (guardian ad litem (a person ...)
    (GAL))" in a handout: the words are kept, with what the glossary says it is."""
    glossary = {
        "GAL": "guardian ad litem (a person the court names to speak for your child)",
        "IOP": "intensive outpatient program",
    }
    seen: set[str] = set()
    said = spell_out(
        "The guardian ad litem (GAL) and the Intensive Outpatient Program (IOP).", glossary, seen
    )
    assert said == (
        "The guardian ad litem (GAL, a person the court names to speak for your child)"
        " and the Intensive Outpatient Program (IOP)."
    )
    assert spell_out("Clean urinalysis test results (UAs).", {"UA": "urine drug test"}, seen) == (
        "Clean urinalysis test results (UAs)."
    )
    assert spell_out("Ask the GAL.", glossary, seen) == (
        "Ask the guardian ad litem (a person the court names to speak for your child)."
    )
