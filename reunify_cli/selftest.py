"""Run every rule's own examples: `fail` texts must be flagged by the rule, `pass` texts not."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .analysis.engine import Ruleset, analyse_plan
from .model import Goal, Plan, Rule, Span, TextField


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule: str
    pack: str
    kind: str  # "fail" | "pass"
    text: str
    ok: bool
    found: tuple[str, ...]  # rule ids found on the text


def plan_of_texts(texts: Sequence[str], path: str = "<examples>") -> Plan:
    goals = tuple(
        Goal(index=i, id=None, statement=TextField(t, None), span=Span(i + 1, 1, i + 1, 1))
        for i, t in enumerate(texts)
    )
    return Plan(path=path, goals=goals)


def run_examples(ruleset: Ruleset, rules: Sequence[Rule] | None = None) -> Iterator[ExampleResult]:
    """Check the examples of `rules` (default: every rule of the ruleset with examples)."""
    chosen = [
        r
        for r in (rules if rules is not None else ruleset.rules)
        if r.examples.fail or r.examples.passing
    ]
    cases = [
        (rule, kind, text)
        for rule in chosen
        for kind, texts in (("fail", rule.examples.fail), ("pass", rule.examples.passing))
        for text in texts
    ]
    # each example is read alone, as a plan of its one goal (what the examples of other
    # packs say must not change whom it is read as addressed to); one spaCy pass for all
    hits = list(ruleset.analyzer.hits(text for _, _, text in cases))
    for (rule, kind, text), text_hits in zip(cases, hits, strict=True):
        report = analyse_plan(plan_of_texts([text]), ruleset, [text_hits])
        own = {f.rule for f in report.goals[0].findings}
        own |= {f.rule for f in report.findings if f.goal_index is not None}  # reading grade
        found = tuple(sorted(own))
        flagged = rule.id in found
        yield ExampleResult(rule.id, rule.pack, kind, text, flagged == (kind == "fail"), found)
