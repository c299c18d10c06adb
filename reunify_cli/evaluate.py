"""Measure the rules against a hand-labelled corpus: precision and recall of the vague flag
and of each of the five elements. Pure computation; `reunify rules evaluate` prints it.

A corpus is YAML: `goals:` a list of `{text, vague: bool, elements: [names present]}`
(optional `domain:` for the per-domain breakdown). See tests/corpus/goals.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .engine import Ruleset, analyse_plan
from .model import Element, GoalReport, LoadError, ReunifyError
from .selftest import plan_of_texts
from .yamlio import Node, parse

LABELS = ("vague", *(e.value for e in Element))


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    labels: frozenset[str]  # the labels that are true ("vague" and/or element names)
    domain: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Score:
    label: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    """One disagreement: the corpus says `expected` for `label`, the tool said otherwise."""

    item: Labelled
    label: str
    expected: bool


@dataclass(frozen=True, slots=True)
class Evaluation:
    path: str
    size: int
    scores: tuple[Score, ...]
    misses: tuple[Miss, ...]


def _bad(path: str, message: str, node: Node) -> ReunifyError:
    return ReunifyError(LoadError(path, message, node.line, node.column))


def parse_corpus(path: str, text: str) -> tuple[Labelled, ...]:
    """Read a labelled corpus; raises ReunifyError (file, line) for anything malformed."""
    root = parse(path, text)
    goals = root.get("goals") if root is not None and root.kind == "map" else None
    if root is None or goals is None or goals.kind != "seq":
        raise ReunifyError(LoadError(path, "a corpus needs a `goals:` list", 1, 1))
    items = []
    for node in goals.items:
        data = node.to_python() if node.kind == "map" else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise _bad(path, "each corpus goal needs `text:`, `vague:` and `elements:`", node)
        if not isinstance(data.get("vague"), bool):
            raise _bad(path, "`vague:` must be true or false", node.get("vague") or node)
        elements = data.get("elements")
        if not isinstance(elements, list) or not set(elements) <= set(LABELS[1:]):
            raise _bad(
                path,
                f"`elements:` must be a list of: {', '.join(LABELS[1:])}",
                node.get("elements") or node,
            )
        labels = set(elements) | ({"vague"} if data["vague"] else set())
        domain = data.get("domain")
        items.append(
            Labelled(data["text"], frozenset(labels), str(domain) if domain else None, node.line)
        )
    return tuple(items)


def predicted(report: GoalReport) -> frozenset[str]:
    labels = {element.value for element, present in report.elements.items() if present}
    if report.flags.get("vague"):
        labels.add("vague")
    return frozenset(labels)


def evaluate(path: str, corpus: Sequence[Labelled], ruleset: Ruleset) -> Evaluation:
    report = analyse_plan(plan_of_texts([item.text for item in corpus], path), ruleset)
    counts = {label: [0, 0, 0, 0] for label in LABELS}  # tp, fp, fn, tn
    misses = []
    for item, goal in zip(corpus, report.goals, strict=True):
        found = predicted(goal)
        for label in LABELS:
            expected, got = label in item.labels, label in found
            if expected and got:
                counts[label][0] += 1
            elif got:
                counts[label][1] += 1
            elif expected:
                counts[label][2] += 1
            else:
                counts[label][3] += 1
            if expected != got:
                misses.append(Miss(item, label, expected))
    scores = tuple(Score(label, *counts[label]) for label in LABELS)
    return Evaluation(path, len(corpus), scores, tuple(misses))
