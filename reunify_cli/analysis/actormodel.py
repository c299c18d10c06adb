"""Who must act, weighed: a small linear model over a statement's words and its reading.

The reading's rules (reading/actor.py, `goal_actor`) name the actor a statement's form
gives: its subject, a passive's agent, whom a plan mostly addresses. Real documents
often leave that to the genre: "Refer the family to family group conferencing" in a
manual is the caseworker's, "Complete a parenting class" in a plan is the parent's, and
"The date by which the parent must complete each task" in a policy is what the agency's
plan must contain. People read that from the words around the duty, so this model does:
a multinomial logistic regression over the words of the statement, the reading's
features and the rules' own answer, trained on the statements of the development part of
the corpus of real statements (tests/corpus/real/dev.yaml), and never on its held-out
parts. It decides goals that name nobody and the ones that name a role elsewhere than as
the subject they open with, with the rules' answer among what it weighs; a statement that
opens with its actor ("Mother will ...", "Sam will ...") keeps the rules' answer, and a
plan's `responsible:` key still decides when the statement names nobody.

It is deterministic (the weights ship with the package in `data/actor-model.json.gz`)
and needs nothing beyond the standard library to run (training uses numpy, which spaCy
brings). Retrain after a change to the corpus or the reading:

    python -m reunify_cli.analysis.actormodel

`tests/test_actor_model.py` fails when the shipped model was trained on other samples
than the current code and corpus give.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .nlp import Hit

if TYPE_CHECKING:
    from .engine import Ruleset

MODEL_FILE = "actor-model.json.gz"
MIN_COUNT = 3  # a feature met in fewer training statements is left out
L2 = 5.0
ITERATIONS = 4000  # 2000 left it short of converged: dev cross-validated 0.7011 -> 0.7025
STEP = 0.5
DIGITS = 4  # weights are rounded so that the file is the same wherever it is trained

# How the rules found the actor, when the model decides it instead. Also when the statement
# names a role elsewhere than as the subject it opens with: the named actor is the model's
# strongest cue (`rule:parent:named`), but such a role is not always the one who acts
# ("a calendar be provided to her client", "sign-in sheet to SW at each CFT"), and
# weighing them took dev's cross-validated actor accuracy from 0.71 to 0.74. Not when the
# statement opens with its actor as an active duty's subject (`subject`: "Mother will give
# the SW her pay stubs" is the mother's, whatever the words around it), a person's name
# included ("Sam will ...": the corpus has no names, so the model never met one), nor
# when the plan's `responsible:` key says who.
WEIGHED = frozenset({"implied", "plan", "named"})

_WORD = re.compile(r"[a-z]+")
STEM = 5  # a longer word also counts by its first five letters: "attends", "attending"


def word_features(words: Iterable[str]) -> set[str]:
    """Each word (`w:`) and each longer word's first `STEM` letters (`s:`), as both models
    weigh them: a form the training never met is read by the forms it shares them with."""
    found: set[str] = set()
    for word in words:
        found.add(f"w:{word}")
        if len(word) > STEM:
            found.add(f"s:{word[:STEM]}")
    return found


# What a whole document is about, by the words of its statements: a foster carers'
# handbook says "foster" or "carer" in many of them, a youth's transition page "youth" or
# "young person". Its statements that name nobody ("You must provide references") are
# then read with that in view, as a reader of the document would.
CUES: Mapping[str, frozenset[str]] = {
    "carer": frozenset({"foster", "carer", "carers", "caregiver", "caregivers", "kinship",
                        "fostering", "resource"}),
    "youth": frozenset({"youth", "young", "teen", "teens", "adolescent", "adolescents"}),
    "parent": frozenset({"parent", "parents", "mother", "father", "mom", "dad", "mum"}),
    "court": frozenset({"court", "judge", "ordered", "order", "hearing"}),
}  # fmt: skip
CUE_GOALS = 2  # statements of the document that use a cue's words, at least ...
CUE_SHARE = 0.25  # ... and this share of its statements


def plan_cues(texts: Sequence[str]) -> tuple[str, ...]:
    """The `CUES` a document's statements use often enough to say what it is about."""
    counts = dict.fromkeys(CUES, 0)
    for text in texts:
        words = set(_WORD.findall(text.lower()))
        for cue, cue_words in CUES.items():
            counts[cue] += not words.isdisjoint(cue_words)
    floor = max(CUE_GOALS, CUE_SHARE * len(texts))
    return tuple(cue for cue, n in counts.items() if n >= floor)


def actor_features(
    text: str,
    hits: Iterable[Hit],
    rule_actor: str,
    source: str,
    addressed: str | None,
    cues: Sequence[str] = (),
) -> list[str]:
    """What the model weighs: the statement's words (each longer word's first letters
    too, `s:`), its first, second and last words ("Ensure the ...", "the worker will ...",
    "... by the parent"), what the reading found (`read:action`, `read:ban`, ...), the
    actor the rules give and how they got it (`implied` or `plan`: see `goal_actor`), whom
    the plan addresses, and what the whole plan is about (`plan_cues`)."""
    words = _WORD.findall(text.lower())
    found = word_features(words)
    if words:
        found.update((f"first:{words[0]}", f"last:{words[-1]}"))
    if len(words) > 1:
        found.add(f"second:{words[1]}")
    for hit in hits:
        if hit.key.startswith(("read:", "actor:", "actor~:")):
            found.add(hit.key)
    found.add(f"rule:{rule_actor}")
    found.add(f"rule:{rule_actor}:{source}")
    found.add(f"plan:{addressed or 'none'}")
    found.update(f"doc:{cue}" for cue in cues)
    return sorted(found)


@dataclass(frozen=True, slots=True)
class ActorModel:
    actors: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    def predict(self, features: Iterable[str]) -> str:
        scores = list(self.bias)
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        best = max(range(len(scores)), key=scores.__getitem__)  # a tie: the first actor
        return self.actors[best]


def weight_rows(data: Mapping[str, Any]) -> dict[str, tuple[float, ...]]:
    """A model file's weights, a row per feature: read at every start, so the rows are taken
    as JSON gives them (`rounded` wrote floats) rather than converted number by number."""
    return {feature: tuple(row) for feature, row in data["weights"].items()}


def model_from_data(data: Mapping[str, Any]) -> ActorModel:
    actors = tuple(str(a) for a in data["actors"])
    return ActorModel(
        actors=actors,
        bias=tuple(float(w) for w in data["bias"]),
        weights=weight_rows(data),
    )


def read_shipped(name: str) -> dict[str, Any]:
    """A model file shipped in the package (`reunify_cli/data/`), as its trainer saved it."""
    raw = resources.files("reunify_cli.data").joinpath(name).read_bytes()
    data: dict[str, Any] = json.loads(gzip.decompress(raw))
    return data


@cache
def shipped_data() -> dict[str, Any]:
    return read_shipped(MODEL_FILE)


@cache
def shipped_model() -> ActorModel:
    return model_from_data(shipped_data())


def fingerprint(samples: Sequence[tuple[Sequence[str], str]]) -> str:
    """What a model was trained on, in one digest: the features and actor of each sample."""
    digest = hashlib.sha256()
    for features, actor in samples:
        digest.update(("\t".join([actor, *features]) + "\n").encode())
    return digest.hexdigest()


def design(
    feature_lists: Sequence[Iterable[str]], min_count: int
) -> tuple[dict[str, int], Any, Any]:
    """The features met in at least `min_count` of the samples, each given a column, and
    the (sample, column) of each of their occurrences, as two numpy index arrays."""
    import numpy as np

    counts: dict[str, int] = {}
    for features in feature_lists:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: k for k, f in enumerate(vocab)}
    rows, cols = [], []
    for r, features in enumerate(feature_lists):
        for feature in sorted(set(features)):
            if feature in column:
                rows.append(r)
                cols.append(column[feature])
    return column, np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def spread(values: Any, index: Any, size: int) -> Any:
    """Sum the rows of a 2-D numpy array by `index` into `size` rows."""
    import numpy as np

    return np.stack([np.bincount(index, values[:, k], size) for k in range(values.shape[1])], 1)


def rounded(column: Mapping[str, int], weights: Any, bias: Any) -> dict[str, Any]:
    """A trained model's weights and bias as the file keeps them: rounded to `DIGITS`, so
    that it is the same wherever it is trained, and without the features left at zero."""
    return {
        "bias": [round(float(b), DIGITS) for b in bias],
        "weights": {
            f: [round(float(w), DIGITS) for w in weights[k]]
            for f, k in column.items()
            if any(abs(w) >= 10**-DIGITS for w in weights[k])
        },
    }


def train(samples: Sequence[tuple[Sequence[str], str]], actors: Sequence[str]) -> dict[str, Any]:
    """Fit the model to (features, actor) samples by gradient descent (softmax, L2)."""
    import numpy as np

    column, row_of, col_of = design([features for features, _ in samples], MIN_COUNT)
    n = len(samples)
    target = np.zeros((n, len(actors)))
    target[np.arange(n), [actors.index(a) for _, a in samples]] = 1.0
    weights = np.zeros((len(column), len(actors)))
    bias = np.zeros(len(actors))
    for _ in range(ITERATIONS):
        scores = spread(weights[col_of], row_of, n) + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        error = probs - target
        grad = spread(error[row_of], col_of, len(column))
        weights -= STEP * (grad / n + L2 * weights / n)
        bias -= STEP * error.mean(axis=0)
    return {
        "actors": list(actors),
        **rounded(column, weights, bias),
        "samples": n,
        "fingerprint": fingerprint(samples),
    }


def training_parser(description: str, model_file: str) -> Any:
    """The command line of a model's trainer: the corpus, where the model goes, `--cv`."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", default="tests/corpus/real/dev.yaml")
    parser.add_argument(
        "--out", default=str(Path(__file__).resolve().parent.parent / "data" / model_file)
    )
    parser.add_argument(
        "--cv", action="store_true", help="only cross-validate (5 folds of documents)"
    )
    return parser


def save(data: dict[str, Any], corpus: str, out: str) -> None:
    """Write a trained model as the package ships it (gzip, no timestamp) and say so."""
    from pathlib import Path

    data["trained_on"] = Path(corpus).as_posix()
    text = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    Path(out).write_bytes(gzip.compress(text, mtime=0))
    print(f"{out}: {data['samples']} statements, {len(data['weights'])} features")


def corpus_samples(path: str, ruleset: Ruleset | None = None) -> list[tuple[list[str], str]]:
    """(features, actor) of the labelled statements of a real corpus file whose actor the
    model decides (`WEIGHED`), read as `reunify rules evaluate` reads them (each source
    document one plan), by the rules alone."""
    return [sample for _, _, sample in document_samples(path, ruleset)]


def document_samples(
    path: str, ruleset: Ruleset | None = None
) -> list[tuple[str, str, tuple[list[str], str]]]:
    """`corpus_samples`, each with the id of the document it was quoted from and the
    rules' own answer."""
    from ..api import load_ruleset
    from ..settings import Settings
    from .engine import actor_readings
    from .evaluate import document_plans, read_corpus

    ruleset = ruleset or load_ruleset(Settings())  # actor_readings is the rules' answer
    corpus = read_corpus(path)
    found: list[tuple[str, str, tuple[list[str], str]] | None] = [None] * len(corpus)
    for indexes, plan in document_plans(path, corpus):
        hits = list(ruleset.analyzer.hits(g.statement.text for g in plan.goals))
        readings = actor_readings(plan, hits, ruleset.analyzer.lexicon)
        for i, (rules, source, features) in zip(indexes, readings, strict=True):
            actor = corpus[i].actor
            if actor is not None and source in WEIGHED:
                found[i] = (str(corpus[i].document), rules, (features, actor))
    return [s for s in found if s is not None]


def cross_validate(path: str, folds: int = 5) -> tuple[float, float]:
    """The model's accuracy on the statements it decides, each fold of documents predicted
    by a model trained on the others (statements of one document never on both sides),
    beside the rules' own answer on the same statements: (model, rules)."""
    from .reading import ACTORS

    samples = document_samples(path)
    documents = sorted({d for d, _, _ in samples})
    fold_of = {d: k % folds for k, d in enumerate(documents)}
    right = 0
    for fold in range(folds):
        train_on = [s for d, _, s in samples if fold_of[d] != fold]
        model = model_from_data(train(train_on, ACTORS))
        tested = [s for d, _, s in samples if fold_of[d] == fold]
        right += sum(model.predict(features) == actor for features, actor in tested)
    rules = sum(answer == actor for _, answer, (_, actor) in samples)
    return right / len(samples), rules / len(samples)


def main(argv: Sequence[str] | None = None) -> int:
    from .reading import ACTORS

    args = training_parser("Train the actor model on a real corpus.", MODEL_FILE).parse_args(argv)
    if args.cv:
        model, rules = cross_validate(args.corpus)
        print(f"{args.corpus}: cross-validated {model:.3f} (the rules alone: {rules:.3f})")
        return 0
    save(train(corpus_samples(args.corpus), ACTORS), args.corpus, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
