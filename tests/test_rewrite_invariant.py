"""The invariant of `reunify rewrite`, over every shipped example plan and every rule
example: linting a rewrite finds it not vague, with all five elements; unfilled
placeholders and info notes are its only findings. The rewrites go through the revised
YAML, so the writer is tested too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_texts import CASE

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_text
from reunify_cli.io.packs import load_packs
from reunify_cli.io.plans import parse_plan
from reunify_cli.model import Severity
from reunify_cli.rewrite.revise import revise
from reunify_cli.rewrite.statement import rewrite_plan

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))
RULE_EXAMPLES = sorted(
    {t for p in load_packs() for r in p.rules for t in (*r.examples.fail, *r.examples.passing)}
)


def as_bare_plan(texts: list[str]) -> str:
    """A top-level list of strings: nothing known but the statements."""
    return "".join(f"- {json.dumps(t)}\n" for t in texts)


def as_full_plan(texts: list[str]) -> str:
    goals = "".join(
        f"  - id: g{i}\n    responsible: mother\n    statement: {json.dumps(t)}\n"
        for i, t in enumerate(texts)
    )
    return CASE + goals


def check_invariant(ruleset: Ruleset, path: str, text: str) -> int:
    """Rewrite, write the revised YAML, lint it: rewritten goals must be clean. Returns the
    number of goals rewritten."""
    report = rewrite_plan(parse_plan(path, text), ruleset)
    rewrites = {g.goal.index: g.rewrite for g in report.goals if g.rewrite is not None}
    revised = revise(path, text, rewrites)
    relinted = lint_text(revised, path, ruleset=ruleset)
    problems = []
    for goal in relinted.goals:
        if goal.goal.index not in rewrites:
            continue
        assert goal.goal.rewritten
        rules = sorted(  # unfilled placeholders and info notes (an abbreviation) are allowed
            {f.rule for f in goal.findings if f.severity is not Severity.INFO}
            - {"structure.unfilled-placeholder"}
        )
        absent = [e.value for e, present in goal.elements.items() if not present]
        if rules or absent or goal.flags["vague"]:
            problems.append(f"{goal.goal.statement.text!r}: findings {rules}, missing {absent}")
    assert problems == []
    again = rewrite_plan(parse_plan(path, revised), ruleset)
    assert all(g.rewrite is None for g in again.goals), "a rewrite was rewritten"
    return len(rewrites)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_invariant_on_shipped_examples(ruleset: Ruleset, example: Path) -> None:
    check_invariant(ruleset, str(example), example.read_text(encoding="utf-8"))


@pytest.mark.parametrize("shape", [as_bare_plan, as_full_plan], ids=["bare", "full"])
def test_invariant_on_every_rule_example(ruleset: Ruleset, shape: object) -> None:
    assert callable(shape)
    rewritten = check_invariant(ruleset, "examples.yaml", shape(RULE_EXAMPLES))
    assert rewritten > len(RULE_EXAMPLES) // 2  # most examples are flagged by some rule


def test_rewriting_is_deterministic_over_all_examples(ruleset: Ruleset) -> None:
    text = as_full_plan(RULE_EXAMPLES)

    def revised() -> str:
        report = rewrite_plan(parse_plan("p.yaml", text), ruleset)
        return revise("p.yaml", text, {g.goal.index: g.rewrite for g in report.goals if g.rewrite})

    assert revised() == revised()
