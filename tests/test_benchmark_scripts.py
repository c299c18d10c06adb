"""The benchmark scripts a README section quotes still run, on a corpus of three statements."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CORPUS = """\
documents:
  - id: d
    title: "three goals"
    url: "https://example.org/"
    kind: plan
    jurisdiction: US
    goals:
      - text: "Do not use drugs."
        actor: parent
        vague: true
        elements: []
      - text: "the mother submits to drug testing of urine"
        actor: parent
        vague: true
        elements: [behavioral]
      - text: "Mother will attend parenting class."
        actor: parent
        vague: true
        elements: [behavioral]
"""


def test_handout_steps_counts_the_steps_of_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location(
        "handout_steps", ROOT / "benchmarks" / "handout_steps.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = tmp_path / "corpus.yaml"
    corpus.write_text(CORPUS, encoding="utf-8")
    assert module.main([str(corpus), "--show", "1"]) == 0
    out = capsys.readouterr().out
    assert "3 steps from rewritten goals, 1 with a negated action" in out
    assert "0  prohibition said as its opposite" in out
    assert "0  verb form after 'You will'" in out
