"""Every shipped rule's `examples:` run as tests (sqlfluff-style fail / pass cases)."""

from __future__ import annotations

import pytest

from reunify_cli.api import load_ruleset
from reunify_cli.io.packs import load_packs
from reunify_cli.selftest import ExampleResult, run_examples
from reunify_cli.settings import Settings

_CASES = [
    pytest.param(rule.id, kind, text, id=f"{rule.id}-{kind}-{i}")
    for pack in load_packs()
    for rule in pack.rules
    for kind, texts in (("fail", rule.examples.fail), ("pass", rule.examples.passing))
    for i, text in enumerate(texts)
]


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, str, str], ExampleResult]:
    ruleset = load_ruleset(Settings())
    return {(r.rule, r.kind, r.text): r for r in run_examples(ruleset)}


@pytest.mark.parametrize(("rule_id", "kind", "text"), _CASES)
def test_rule_example(
    results: dict[tuple[str, str, str], ExampleResult], rule_id: str, kind: str, text: str
) -> None:
    result = results[(rule_id, kind, text)]
    verb = "flag" if kind == "fail" else "not flag"
    assert result.ok, f"{rule_id} should {verb}: {text!r} (found: {', '.join(result.found)})"


def test_every_text_rule_has_examples() -> None:
    missing = [
        r.id
        for p in load_packs()
        for r in p.rules
        if r.check is None and not (r.examples.fail and r.examples.passing)
    ]
    assert missing == []
