"""Inline suppressions: `# reunify: ignore[...]` per goal, `ignore-file[...]`, unused ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from ci_helpers import write_pack

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_text, load_ruleset
from reunify_cli.io.yamlio import parse, scan_comments
from reunify_cli.model import FileReport
from reunify_cli.settings import Settings

UNUSED = "structure.unused-suppression"


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Ruleset:
    pack = write_pack(tmp_path_factory.mktemp("pack"))
    return load_ruleset(Settings(rules=(str(pack),), select=("cipack", UNUSED)))


def found(report: FileReport) -> list[tuple[str, int, int]]:
    return sorted((f.rule, f.span.line, f.span.column) for f in report.all_findings)


def test_comments_are_found_outside_scalars_only() -> None:
    text = (
        "# top\n"
        "a: 'x # not a comment'  # real one\n"
        "b: |\n"
        "  # inside a block scalar\n"
        "c: d#e\n"
        "f: [1, 2]  # flow\n"
    )
    assert scan_comments(text, parse("t", text)) == [
        (1, 1, " top"),
        (2, 25, " real one"),
        (6, 12, " flow"),
    ]


def test_ignore_on_the_id_line_or_the_statement_line(rules: Ruleset) -> None:
    text = (
        "goals:\n"
        "  - id: g1  # reunify: ignore[cipack.warn]\n"
        "    statement: Mother will wobble and kaboom.\n"
        "  - id: g2\n"
        "    statement: Mother will wobble and kaboom.  # reunify: ignore[cipack.err]\n"
        "  - id: g3\n"
        "    statement: Mother will wobble and kaboom.\n"
    )
    assert found(lint_text(text, "p.yaml", ruleset=rules)) == [
        ("cipack.err", 3, 39),
        ("cipack.err", 7, 39),
        ("cipack.warn", 5, 28),
        ("cipack.warn", 7, 28),
    ]


def test_ignore_on_the_last_line_of_a_multiline_statement(rules: Ruleset) -> None:
    text = (
        "goals:\n"
        "  - id: g1\n"
        "    statement: Mother will wobble\n"
        "      and then kaboom.  # reunify: ignore[cipack]\n"
        "  - Mother will fizz.  # reunify: ignore[plain-language]\n"
    )
    assert found(lint_text(text, "p.yaml", ruleset=rules)) == []


def test_ignore_file_prefix_and_category(rules: Ruleset) -> None:
    text = (
        "# reunify: ignore-file[cipack.warn, judgmental]\n"
        "goals:\n"
        "  - Mother will wobble, kaboom and fizz.\n"
        "  - Father will wobble.\n"
    )
    assert found(lint_text(text, "p.yaml", ruleset=rules)) == [("cipack.info", 3, 36)]


def test_unused_and_unknown_entries_are_reported_where_written(rules: Ruleset) -> None:
    text = (
        "# reunify: ignore-file[cipack.info, cipack.nope]\n"
        "goals:\n"
        "  - id: g1  # reunify: ignore[cipack.err, cipack.warn]\n"
        "    statement: Mother will wobble.\n"
    )
    report = lint_text(text, "p.yaml", ruleset=rules)
    assert found(report) == [(UNUSED, 1, 24), (UNUSED, 1, 37), (UNUSED, 3, 31)]
    messages = {f.excerpt: f.message for f in report.all_findings}
    assert "suppresses nothing" in messages["cipack.info"]
    assert "suppresses nothing" in messages["cipack.err"]
    assert "not a rule id" in messages["cipack.nope"]
    assert report.goals[0].findings[0].rule == UNUSED  # the goal's own comment: its finding


def test_entries_for_rules_turned_off_in_this_run_are_not_reported(
    tmp_path: Path, rules: Ruleset
) -> None:
    text = "goals:\n  - Mother will attend.  # reunify: ignore[vague.make-progress]\n"
    assert found(lint_text(text, "p.yaml", ruleset=rules)) == []  # a known rule, not selected


def test_unused_suppression_rule_can_be_ignored(tmp_path: Path) -> None:
    pack = write_pack(tmp_path)
    ruleset = load_ruleset(Settings(rules=(str(pack),), select=("cipack",)))
    text = "goals:\n  - Mother will attend.  # reunify: ignore[cipack.nope]\n"
    assert found(lint_text(text, "p.yaml", ruleset=ruleset)) == []


def test_flags_follow_the_findings_left(rules: Ruleset) -> None:
    text = "goals:\n  - Mother will kaboom.  # reunify: ignore[cipack.err]\n"
    goal = lint_text(text, "p.yaml", ruleset=rules).goals[0]
    assert goal.findings == ()
    assert goal.flags["judgmental_language"] is False
