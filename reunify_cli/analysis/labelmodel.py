"""What a statement has, weighed: a small linear model over its words and what the rules
found in it, deciding the five elements and whether it is vague.

The packs' detectors find an element by a phrase ("weekly", "by March 1", "a certificate
of completion"), and the rules call a goal vague when no detector finds a measure or a
vague phrase matches. On statements quoted from real plans that reads about seven goals
in ten right: the same words count in one form and not in another ("attend weekly
sessions" has a measure, "participate in services as needed" has none, "as recommended"
sometimes fixes a frequency), and real plans say much with words no list foresaw. People
read that from the whole statement, so this model does: one logistic regression per label
over the statement's words, the keys of every rule, detector and reading that matched it
(`rule:...`, `det:...`, `read:...`, ...) and the actor who must act, each weighted so
that a label's presence and absence count alike (balanced accuracy is what
`reunify rules evaluate` reports). It is trained on the statements of the development
part of the corpus of real statements (tests/corpus/real/dev.yaml) and never on its
held-out parts.

The rules keep the last word where the model could not know better:
* a time limit, an evidence source or a reporting cadence a detector finds is kept: the
  model adds those the detectors miss, and removing found ones gained nothing on dev
  (five-fold cross-validation) - the detectors' phrases for them are precise, it is their
  reach that is short; behaviour and measure are the model's alone, both ways;
* a reporting cadence is added only to a statement that speaks of something reported,
  reviewed or checked (`REPORTED`): the model learned frequencies as cadences, and "attend
  weekly therapy" says how often the parent attends, not how often anyone hears of it
  (LABELS.md); the gate kept 88 of the 111 cadences the model adds rightly on dev and
  dropped 191 of its 472 wrong ones (cross-validated);
* a detector the model never met (a pack of one's own) finds its element as before;
* a goal is vague only when the model says so and the rules give a reason a reader can
  see: no measure (the `missing.*` finding says so) or a vague phrase (its finding).

It is deterministic (the weights ship in `data/label-model.json.gz`) and needs only the
standard library to run (training uses numpy, which spaCy brings). Retrain after a change
to the corpus, the packs, the reading or the actor model (in that order: the actor is one
of its features):

    python -m reunify_cli.analysis.actormodel
    python -m reunify_cli.analysis.labelmodel

`tests/test_label_model.py` fails when the shipped model was trained on other samples
than the current code and corpus give.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..model import Element
from .actormodel import (
    design,
    read_shipped,
    rounded,
    save,
    spread,
    training_parser,
    weight_rows,
    word_features,
)
from .nlp import Hit
from .readcopy import reading_copy

if TYPE_CHECKING:
    from .engine import Ruleset

MODEL_FILE = "label-model.json.gz"
LABELS = (*(e.value for e in Element), "vague")
MIN_COUNT = 3  # a feature met in fewer training statements is left out
L2 = 5.0
ITERATIONS = 3000  # 600 left it short of converged: dev cross-validated vague 0.7819 -> 0.7876
STEP = 1.0

# the elements whose presence the model decides alone; it only adds the others (above)
DECIDES = frozenset({Element.BEHAVIORAL, Element.MEASURABLE})

_TOKEN = re.compile(r"[a-z]+|[0-9]+")

# what a reporting cadence is the cadence of: a report, a review, a check, a hearing ...
# or contact with the people who hear how it goes, an appearance before them ("see their
# supervising officer twice a week", "weekly contact with the case worker", "appear in
# the courtroom every week"): cross-validated on dev, cadence 0.8572 -> 0.8659 (F1 0.5996
# -> 0.6031)
REPORTED = re.compile(
    r"\b(?:report\w*|review\w*|inform\w*|updat\w*|notif\w*|hearings?|court|check\w*"
    r"|monitor\w*|progress|results?|tell|told|send|sent|submit\w*|staffing\w*|feedback"
    r"|share\w*|discuss\w*|assess\w*|evaluat\w*|reassess\w*|verif\w*|advis\w*"
    r"|documentation|logs?|records?"
    r"|(?:officer|agent|worker|caseworker|supervisor|judge)s?|courtroom|appear\w*)\b"
)


def label_features(text: str, hits: Iterable[Hit], actor: str) -> list[str]:
    """What the model weighs: the words of the statement as the analysis reads it (with
    shorthand written out: readcopy.py), each longer word's first letters too (`s:`), its
    first word (an imperative, a subject, a heading), whether it has a number and the word
    after each number ("3 times", "90 days"), the keys of what matched it (rules,
    detectors, domains, the reading) and who must act."""
    tokens = _TOKEN.findall(reading_copy(text)[0].lower())
    words = [t for t in tokens if not t.isdigit()]
    found = word_features(words)
    if words:
        found.add(f"first:{words[0]}")
    found.update(f"n:{after}" for before, after in pairwise(tokens) if before.isdigit())
    if len(words) < len(tokens):
        found.add("num")
    found.update(hit.key for hit in hits)
    found.add(f"actor={actor}")
    return sorted(found)


@dataclass(frozen=True, slots=True)
class LabelModel:
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    detectors: frozenset[str]  # the `det:` keys the training statements met

    def predict(self, features: Iterable[str]) -> dict[str, bool]:
        weights = self.weights
        rows = [row for f in features if (row := weights.get(f)) is not None]
        sums = [sum(column) for column in zip(*rows, strict=True)] or [0.0] * len(self.labels)
        return {
            label: bias + total > 0
            for label, bias, total in zip(self.labels, self.bias, sums, strict=True)
        }


def model_from_data(data: Mapping[str, Any]) -> LabelModel:
    return LabelModel(
        labels=tuple(str(label) for label in data["labels"]),
        bias=tuple(float(w) for w in data["bias"]),
        weights=weight_rows(data),
        detectors=frozenset(str(d) for d in data["detectors"]),
    )


@cache
def shipped_data() -> dict[str, Any]:
    return read_shipped(MODEL_FILE)


@cache
def shipped_model() -> LabelModel:
    return model_from_data(shipped_data())


def weigh(
    model: LabelModel,
    text: str,
    hits: Sequence[Hit],
    actor: str,
    elements: Mapping[Element, bool],
    detector_elements: Mapping[str, Element],
) -> tuple[dict[Element, bool], bool]:
    """The elements the model finds (and those a detector it never met finds), and
    whether it reads the statement as vague."""
    said = model.predict(label_features(text, hits, actor))
    decided = {
        element: said[element.value] or (element not in DECIDES and elements[element])
        for element in Element
    }
    if not elements[Element.REPORTING_CADENCE] and not REPORTED.search(text.lower()):
        decided[Element.REPORTING_CADENCE] = False
    for hit in hits:
        if hit.key.startswith("det:") and hit.key not in model.detectors:
            element = detector_elements.get(hit.key[4:])
            if element is not None and elements[element]:
                decided[element] = True
    return decided, said["vague"]


def fingerprint(samples: Sequence[tuple[Sequence[str], Sequence[str]]]) -> str:
    """What a model was trained on, in one digest: the features and labels of each sample."""
    digest = hashlib.sha256()
    for features, labels in samples:
        digest.update(("\t".join([",".join(labels), *features]) + "\n").encode())
    return digest.hexdigest()


def train(samples: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict[str, Any]:
    """Fit one logistic regression per label to (features, labels present) samples by
    gradient descent (L2), each label's presence and absence weighted alike."""
    import numpy as np

    column, row_of, col_of = design([features for features, _ in samples], MIN_COUNT)
    n, width = len(samples), len(LABELS)
    target = np.array([[label in labels for label in LABELS] for _, labels in samples], float)
    share = target.mean(axis=0).clip(1 / n, 1 - 1 / n)  # each label's share of the samples
    balance = np.where(target == 1, 0.5 / share, 0.5 / (1 - share))
    weights = np.zeros((len(column), width))
    bias = np.zeros(width)
    for _ in range(ITERATIONS):
        scores = spread(weights[col_of], row_of, n) + bias
        error = (1 / (1 + np.exp(-scores)) - target) * balance
        grad = spread(error[row_of], col_of, len(column))
        weights -= STEP * (grad / n + L2 * weights / n)
        bias -= STEP * error.mean(axis=0)
    met = {feature for features, _ in samples for feature in features}
    return {
        "labels": list(LABELS),
        **rounded(column, weights, bias),
        "detectors": sorted(f for f in met if f.startswith("det:")),
        "samples": n,
        "fingerprint": fingerprint(samples),
    }


def document_samples(
    path: str, ruleset: Ruleset | None = None
) -> list[tuple[str, tuple[list[str], list[str]]]]:
    """(features, labels present) of each labelled statement of a real corpus file, read
    as `reunify rules evaluate` reads them (each source document one plan) with the rules
    alone deciding the labels, each with the id of the document it was quoted from."""
    from ..api import load_ruleset
    from ..settings import Settings
    from .engine import analyse_plan
    from .evaluate import document_plans, read_corpus

    ruleset = replace(ruleset or load_ruleset(Settings()), label_model=False)
    corpus = read_corpus(path)
    found: list[tuple[str, tuple[list[str], list[str]]] | None] = [None] * len(corpus)
    for indexes, plan in document_plans(path, corpus):
        hits = list(ruleset.analyzer.hits(g.statement.text for g in plan.goals))
        report = analyse_plan(plan, ruleset, hits)
        for i, goal, goal_hits in zip(indexes, report.goals, hits, strict=True):
            item = corpus[i]
            features = label_features(goal.goal.statement.text, goal_hits, goal.actor)
            labels = [label for label in LABELS if label in item.labels]
            found[i] = (str(item.document), (features, labels))
    return [s for s in found if s is not None]


def corpus_samples(path: str, ruleset: Ruleset | None = None) -> list[tuple[list[str], list[str]]]:
    return [sample for _, sample in document_samples(path, ruleset)]


def balanced_accuracy(right: Sequence[tuple[bool, bool]]) -> float:
    """(truth, answer) pairs -> their balanced accuracy, as `reunify rules evaluate` counts it."""
    from .evaluate import Score

    def count(truth: bool, answer: bool) -> int:
        return sum(pair == (truth, answer) for pair in right)

    return Score(
        "", count(True, True), count(False, True), count(True, False), count(False, False)
    ).balanced_accuracy


def cross_validate(path: str, folds: int = 5) -> dict[str, tuple[float, float]]:
    """Each label's balanced accuracy with each fold of documents predicted by a model
    trained on the others, beside the rules' own: {label: (model, rules)}."""
    from ..api import load_ruleset
    from ..settings import Settings
    from .engine import analyse_plan, flags_of
    from .evaluate import document_plans, read_corpus

    samples = document_samples(path)
    documents = sorted({d for d, _ in samples})
    fold_of = {d: k % folds for k, d in enumerate(documents)}
    answers: list[dict[str, bool]] = [{} for _ in samples]
    for fold in range(folds):
        model = model_from_data(train([s for d, s in samples if fold_of[d] != fold]))
        for k, (d, (features, _)) in enumerate(samples):
            if fold_of[d] == fold:
                answers[k] = model.predict(features)
    ruleset = replace(load_ruleset(Settings()), label_model=False)
    corpus = read_corpus(path)
    rules: list[dict[str, bool]] = [{} for _ in corpus]
    for indexes, plan in document_plans(path, corpus):
        for i, goal in zip(indexes, analyse_plan(plan, ruleset).goals, strict=True):
            rules[i] = {e.value: p for e, p in goal.elements.items()} | {
                "vague": goal.flags["vague"]
            }
            # as the engine decides: the elements found kept where the model only adds,
            # and vague only with a reason the rules give
            for e in Element:
                answers[i][e.value] |= e not in DECIDES and goal.elements[e]
            if not goal.elements[Element.REPORTING_CADENCE]:
                answers[i]["reporting_cadence"] &= bool(REPORTED.search(corpus[i].text.lower()))
            answers[i]["vague"] = (
                answers[i]["vague"]
                and flags_of(goal.findings, {e: answers[i][e.value] for e in Element})["vague"]
            )
    result = {}
    for label in LABELS:
        truths = [label in labels for _, (_, labels) in samples]
        result[label] = (
            balanced_accuracy(list(zip(truths, (a[label] for a in answers), strict=True))),
            balanced_accuracy(list(zip(truths, (r[label] for r in rules), strict=True))),
        )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = training_parser("Train the label model on a real corpus.", MODEL_FILE).parse_args(argv)
    if args.cv:
        for label, (model, rules) in cross_validate(args.corpus).items():
            print(f"{label}: cross-validated {model:.4f} (the rules alone: {rules:.4f})")
        return 0
    save(train(corpus_samples(args.corpus)), args.corpus, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
