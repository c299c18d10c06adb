"""The fictional labelled corpora: well-formed, and the rules reach sensible floors on them.

goals.yaml and holdout.yaml are sentences we wrote ourselves, labelled for `vague` and the
five elements under the first labelling guide (before the real corpus's rulings on
prohibitions, fragments and template slots, so a few of their labels differ on purpose).
The corpus that measures the analysis is tests/corpus/real/ (tests/test_real_corpus.py);
these floors only guard against regressions on our own style of writing. Since the label
model (labelmodel.py) weighs the elements and vagueness as real plans are labelled, it reads
some of our sentences less strictly than their first-guide labels (goals.yaml: vague recall
0.93 -> 0.76, reporting_cadence precision 0.77 -> 0.73), while on the real held-out parts every
element and vague rose by 0.04-0.09: goals.yaml's floor went from 0.75 to 0.72.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.analysis.evaluate import ELEMENTS, Labelled, evaluate, parse_corpus, read_corpus
from reunify_cli.model import ReunifyError

CORPUS = Path(__file__).resolve().parent / "corpus"
FLOORS = {"goals.yaml": 0.72, "holdout.yaml": 0.72}


def load(name: str) -> tuple[Labelled, ...]:
    return read_corpus(str(CORPUS / name))


def test_dev_corpus_is_large_varied_and_balanced() -> None:
    items = load("goals.yaml")
    assert len(items) >= 150
    assert len({i.text for i in items}) == len(items)
    domains = Counter(i.domain for i in items)
    assert len(domains) >= 12 and min(domains.values()) >= 10
    vague = sum("vague" in i.labels for i in items)
    assert 0.3 < vague / len(items) < 0.7


def test_corpora_do_not_overlap() -> None:
    assert not {i.text for i in load("goals.yaml")} & {i.text for i in load("holdout.yaml")}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_recall_reach_floors(ruleset: Ruleset, name: str) -> None:
    result = evaluate(name, load(name), ruleset)
    assert [s.label for s in result.scores] == ["vague", *ELEMENTS]  # what they label
    assert result.actor_accuracy is None  # no actor labels in the fictional corpora
    floor = FLOORS[name]
    low = [
        f"{s.label}: precision {s.precision:.2f}, recall {s.recall:.2f}"
        for s in result.scores
        if s.precision < floor or s.recall < floor
    ]
    assert low == [], f"below {floor} on {name}"


def test_scores_count_every_item(ruleset: Ruleset) -> None:
    items = load("holdout.yaml")
    for score in evaluate("h", items, ruleset).scores:
        assert score.tp + score.fp + score.fn + score.tn == len(items)
        assert score.tp + score.fn == sum(score.label in i.labels for i in items)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("goals: 3\n", "`goals:` or `documents:` list"),
        ("goals:\n  - text: x\n    vague: maybe\n    elements: []\n", "`vague:`"),
        ("goals:\n  - text: x\n    vague: true\n    elements: [kind]\n", "`elements:`"),
        ("documents:\n  - {id: a, title: t, url: u}\n", "`goals:` list"),
        (
            "documents:\n  - id: a\n    title: t\n    url: u\n    goals:\n"
            "      - {text: x, vague: true, elements: [], actor: judge}\n",
            "`actor:` must be one of",
        ),
        (
            "documents:\n  - id: a\n    title: t\n    url: u\n    goals:\n"
            "      - {text: x, vague: true, elements: [], flags: [rude]}\n",
            "`flags:` must be a list of",
        ),
    ],
)
def test_malformed_corpus_is_a_one_line_error(text: str, words: str) -> None:
    with pytest.raises(ReunifyError) as info:
        parse_corpus("c.yaml", text)
    assert words in info.value.error.message
    assert "\n" not in info.value.error.message
