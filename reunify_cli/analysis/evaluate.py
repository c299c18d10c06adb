"""Measure the analysis against a hand-labelled corpus: per label precision, recall, F1 and
balanced accuracy, and the accuracy of `actor`. Pure computation; `reunify rules evaluate`
prints it.

Two corpus shapes are read (see tests/corpus/):

* `goals:` a list of `{text, vague, elements: [names present], domain?}` - the fictional
  corpora, labelled for `vague` and the five elements only;
* `documents:` a list of `{id, title, url, kind, jurisdiction, goals: [...]}` whose goals
  are `{text, actor, vague, elements, flags?, note?, rewrite?}` - statements quoted from
  public documents (tests/corpus/real/), labelled also for the flags and the actor.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..io.yamlio import Node, parse, read_text
from ..model import Element, GoalReport, LoadError, Plan, ReunifyError
from ..selftest import plan_of_texts
from .engine import Ruleset, analyse_plan
from .reading import ACTORS

ELEMENTS = tuple(e.value for e in Element)
FLAGS = ("judgmental_language", "poverty_condition")
LABELS = ("vague", *ELEMENTS, *FLAGS)
SHAPE = "each corpus goal needs `text:`, `vague:` and `elements:`"


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    labels: frozenset[str]  # the labels that are true
    domain: str | None
    line: int
    known: frozenset[str] = frozenset(("vague", *ELEMENTS))  # the labels the corpus gives
    actor: str | None = None
    document: str | None = None  # id of the public document it is quoted from
    rewrite: str | None = None  # a reference rewrite written by hand


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

    @property
    def balanced_accuracy(self) -> float:
        """Mean of the true-positive and true-negative rates (0.5 = a constant answer)."""
        negatives = self.tn + self.fp
        specificity = self.tn / negatives if negatives else 1.0
        return (self.recall + specificity) / 2


@dataclass(frozen=True, slots=True)
class Miss:
    """One disagreement: the corpus says `expected` for `label`, the tool said otherwise."""

    item: Labelled
    label: str
    expected: bool | str
    got: bool | str = False


@dataclass(frozen=True, slots=True)
class Evaluation:
    path: str
    size: int
    scores: tuple[Score, ...]
    misses: tuple[Miss, ...]
    actor_accuracy: float | None = None  # None when the corpus does not label actors
    documents: int = 0


def _bad(path: str, message: str, node: Node) -> ReunifyError:
    return ReunifyError(LoadError(path, message, node.line, node.column))


# A labelled corpus is the project's own test data, not a plan: the 5 MB limit on a plan
# (`--max-file-size`) guards against a runaway input, and tests/corpus/real/dev.yaml grew past
# it. A corpus file is still read through the same checks, up to this size.
CORPUS_MAX_BYTES = 64 * 1024 * 1024


def read_corpus(path: str) -> tuple[Labelled, ...]:
    """Read and parse a labelled corpus file; raises ReunifyError (file, line) for anything
    unreadable or malformed."""
    return parse_corpus(path, read_text(path, CORPUS_MAX_BYTES))


def parse_corpus(path: str, text: str) -> tuple[Labelled, ...]:
    """Read a labelled corpus; raises ReunifyError (file, line) for anything malformed."""
    root = parse(path, text)
    if root is not None and root.kind == "map" and root.get("documents") is not None:
        return _documents(path, root.get("documents"))  # type: ignore[arg-type]
    goals = root.get("goals") if root is not None and root.kind == "map" else None
    if root is None or goals is None or goals.kind != "seq":
        raise ReunifyError(LoadError(path, "a corpus needs a `goals:` or `documents:` list", 1, 1))
    return tuple(_goal(path, node, None) for node in goals.items)


def _documents(path: str, documents: Node) -> tuple[Labelled, ...]:
    if documents.kind != "seq":
        raise _bad(path, "`documents:` must be a list", documents)
    items: list[Labelled] = []
    for node in documents.items:
        data = node.to_python() if node.kind == "map" else None
        if not isinstance(data, dict) or not all(data.get(k) for k in ("id", "url", "title")):
            raise _bad(path, "each document needs `id:`, `title:`, `url:` and `goals:`", node)
        goals = node.get("goals")
        if goals is None or goals.kind != "seq":
            raise _bad(path, "each document needs a `goals:` list", node)
        items += [_goal(path, goal, str(data["id"])) for goal in goals.items]
    return tuple(items)


def _goal(path: str, node: Node, document: str | None) -> Labelled:
    data: Any = node.to_python() if node.kind == "map" else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise _bad(path, SHAPE, node)
    if not isinstance(data.get("vague"), bool):
        raise _bad(path, "`vague:` must be true or false", node.get("vague") or node)
    elements = data.get("elements")
    if not isinstance(elements, list) or not set(elements) <= set(ELEMENTS):
        raise _bad(
            path,
            f"`elements:` must be a list of: {', '.join(ELEMENTS)}",
            node.get("elements") or node,
        )
    flags = data.get("flags", [])
    if not isinstance(flags, list) or not set(flags) <= set(FLAGS):
        raise _bad(
            path, f"`flags:` must be a list of: {', '.join(FLAGS)}", node.get("flags") or node
        )
    actor = data.get("actor")
    if actor is not None and actor not in ACTORS:
        raise _bad(path, f"`actor:` must be one of: {', '.join(ACTORS)}", node.get("actor") or node)
    labels = set(elements) | set(flags) | ({"vague"} if data["vague"] else set())
    known = set(LABELS) if document is not None else {"vague", *ELEMENTS}
    domain = data.get("domain")
    rewrite = data.get("rewrite")
    return Labelled(
        text=data["text"],
        labels=frozenset(labels),
        domain=str(domain) if domain else None,
        line=node.line,
        known=frozenset(known),
        actor=str(actor) if actor else None,
        document=document,
        rewrite=str(rewrite) if rewrite else None,
    )


def predicted(report: GoalReport) -> frozenset[str]:
    labels = {element.value for element, present in report.elements.items() if present}
    labels |= {flag for flag, on in report.flags.items() if on}
    return frozenset(labels)


def document_plans(path: str, corpus: Sequence[Labelled]) -> Iterator[tuple[list[int], Plan]]:
    """The items of each source document, read as one plan (as its statements were: whom
    a document addresses is read from all of them), with their indexes in the corpus."""
    groups: dict[str | None, list[int]] = {}
    for index, item in enumerate(corpus):
        groups.setdefault(item.document, []).append(index)
    for indexes in groups.values():
        yield indexes, plan_of_texts([corpus[i].text for i in indexes], path)


def _goals_by_document(path: str, corpus: Sequence[Labelled], ruleset: Ruleset) -> list[GoalReport]:
    """Each item's goal report, the items of one source document read as one plan."""
    goals: list[GoalReport | None] = [None] * len(corpus)
    for indexes, plan in document_plans(path, corpus):
        for i, goal in zip(indexes, analyse_plan(plan, ruleset).goals, strict=True):
            goals[i] = goal
    return [g for g in goals if g is not None]


def evaluate(path: str, corpus: Sequence[Labelled], ruleset: Ruleset) -> Evaluation:
    goals = _goals_by_document(path, corpus, ruleset)
    labels = [label for label in LABELS if any(label in item.known for item in corpus)]
    counts = {label: [0, 0, 0, 0] for label in labels}  # tp, fp, fn, tn
    misses = []
    actors = [0, 0]  # right, labelled
    for item, goal in zip(corpus, goals, strict=True):
        found = predicted(goal)
        for label in labels:
            if label not in item.known:
                continue
            expected, got = label in item.labels, label in found
            counts[label][(0 if got else 2) if expected else (1 if got else 3)] += 1
            if expected != got:
                misses.append(Miss(item, label, expected, got))
        if item.actor is not None:
            actors[1] += 1
            actors[0] += goal.actor == item.actor
            if goal.actor != item.actor:
                misses.append(Miss(item, "actor", item.actor, goal.actor))
    scores = tuple(Score(label, *counts[label]) for label in labels)
    return Evaluation(
        path,
        len(corpus),
        scores,
        tuple(misses),
        actor_accuracy=actors[0] / actors[1] if actors[1] else None,
        documents=len({item.document for item in corpus if item.document}),
    )
