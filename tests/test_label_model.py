"""The label model (reunify_cli/analysis/labelmodel.py): trained on what the code and the
development corpus give today, deciding the five elements and vagueness, with the rules
keeping the last word where the model cannot know better, and used by the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reunify_cli.analysis import engine
from reunify_cli.analysis.engine import Ruleset, analyse_plan
from reunify_cli.analysis.labelmodel import (
    LABELS,
    LabelModel,
    corpus_samples,
    fingerprint,
    label_features,
    model_from_data,
    shipped_data,
    shipped_model,
    train,
    weigh,
)
from reunify_cli.api import load_ruleset
from reunify_cli.cli import app
from reunify_cli.model import Element
from reunify_cli.selftest import plan_of_texts
from reunify_cli.settings import Settings

DEV = Path(__file__).resolve().parent / "corpus" / "real" / "dev.yaml"

# Quoted from a state statute on foster parents (dev.yaml): "all matters" gives the rules a
# measure, but nothing in it can be checked - people read it as vague, and so does the model.
COMPLY = (
    "Foster parents shall comply with the treatment plan for the child and work cooperatively"
    " with the department or child placing agency in all matters pertaining to the child's"
    " welfare."
)


def test_the_shipped_model_was_trained_on_what_the_code_gives_today(ruleset: Ruleset) -> None:
    samples = corpus_samples(str(DEV), ruleset)
    assert len(samples) == shipped_data()["samples"]
    assert fingerprint(samples) == shipped_data()["fingerprint"], (
        "the packs, the reading, the actor model or dev.yaml changed since the label model "
        "was trained: run `python -m reunify_cli.analysis.labelmodel` and commit the model"
    )


def test_training_learns_each_label_from_the_words_and_is_repeatable() -> None:
    samples = [
        (["w:weekly", "w:attend", "det:measure.frequency"], ["behavioral", "measurable"]),
        (["w:progress", "w:make", "rule:vague.progress"], ["vague"]),
        (["w:by", "w:june", "det:time.date"], ["time_limited", "measurable"]),
    ] * 5
    first, second = train(samples), train(samples)
    assert first == second
    model = model_from_data(first)
    weekly = model.predict(["w:weekly", "w:attend"])
    assert weekly["measurable"] and weekly["behavioral"] and not weekly["vague"]
    progress = model.predict(["w:progress"])
    assert progress["vague"] and not progress["measurable"]
    assert model.detectors == {"det:measure.frequency", "det:time.date"}
    assert first["fingerprint"] != train(samples[:2])["fingerprint"]


def test_features_are_the_words_what_matched_and_the_actor(ruleset: Ruleset) -> None:
    text = "Mother will attend weekly therapy."
    hits = next(iter(ruleset.analyzer.hits([text])))
    features = label_features(text, hits, "parent")
    assert {"w:mother", "w:weekly", "actor=parent"} <= set(features)
    assert any(f.startswith("det:") for f in features)
    assert features == sorted(set(features))


def test_features_read_word_stems_the_first_word_and_numbers() -> None:
    features = set(label_features("Attend 3 sessions of counseling each month.", [], "parent"))
    assert {"first:attend", "s:atten", "s:sessi", "s:couns", "num", "n:sessions"} <= features
    assert not any(f.startswith("s:") and len(f) > 7 for f in features)  # five letters
    unnumbered = set(label_features("Attend sessions of counseling each month.", [], "parent"))
    assert not any(f == "num" or f.startswith("n:") for f in unnumbered)
    # a form the training never met is read by what it shares with the forms it did meet
    samples = [
        (label_features("Parent attends counseling.", [], "parent"), ["behavioral"]),
        (label_features("Parent hopefully improves.", [], "parent"), []),
    ] * 5
    said = model_from_data(train(samples)).predict(
        label_features("Parent attending.", [], "parent")
    )
    assert said["behavioral"]


def test_the_model_reads_as_vague_what_the_rules_took_for_a_measure(ruleset: Ruleset) -> None:
    plan = plan_of_texts([COMPLY])
    (weighed,) = analyse_plan(plan, ruleset).goals
    (by_rules,) = analyse_plan(plan, replace(ruleset, label_model=False)).goals
    assert by_rules.elements[Element.MEASURABLE] and not by_rules.flags["vague"]
    assert not weighed.elements[Element.MEASURABLE] and weighed.flags["vague"]
    # the missing measure is reported, so the reader sees why the goal is vague
    assert "missing.measure" in {f.rule for f in weighed.findings}
    assert "missing.measure" not in {f.rule for f in by_rules.findings}


def _always(present: bool) -> LabelModel:
    return LabelModel(LABELS, tuple(1.0 if present else -1.0 for _ in LABELS), {}, frozenset())


def test_vague_needs_a_reason_the_rules_give(
    ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model calls every goal vague and finds every element: with a measure and no
    vague phrase, nothing tells the reader what is vague, so the goal is not."""
    monkeypatch.setattr(engine, "shipped_label_model", lambda: _always(True))
    monkeypatch.setattr(engine, "_WEIGHED", {})
    goals = analyse_plan(plan_of_texts(["Attend weekly sessions."]), ruleset).goals
    assert goals[0].elements[Element.MEASURABLE]
    assert not goals[0].flags["vague"]


def test_a_cadence_needs_something_reported(
    ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How often the parent attends is no reporting cadence (LABELS.md): the model, which
    here finds every element, adds a cadence only where something is reported or reviewed."""
    monkeypatch.setattr(engine, "shipped_label_model", lambda: _always(True))
    monkeypatch.setattr(engine, "_WEIGHED", {})
    texts = ["Attend weekly sessions.", "Attend weekly sessions; the program sends the log."]
    attend, reported = analyse_plan(plan_of_texts(texts), ruleset).goals
    assert not attend.elements[Element.REPORTING_CADENCE]
    assert reported.elements[Element.REPORTING_CADENCE]
    assert "missing.cadence" in {f.rule for f in attend.findings}


def test_a_detector_the_model_never_met_still_finds_its_element(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack of one's own detects an element: the model, which finds nothing here, does
    not overrule a detector it was never trained with."""
    pack = tmp_path / "local.yaml"
    pack.write_text(
        "pack: local\nversion: '1'\ndescription: Our court's report.\ndetectors:\n"
        "  - id: local.court-report\n    element: evidence_source\n"
        "    match:\n      phrases: [court report]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(engine, "shipped_label_model", lambda: _always(False))
    monkeypatch.setattr(engine, "_WEIGHED", {})
    ruleset = load_ruleset(Settings(rules=(str(pack),)))
    (goal,) = analyse_plan(
        plan_of_texts(["Attend therapy, noted in the court report."]), ruleset
    ).goals
    assert goal.elements[Element.EVIDENCE_SOURCE]
    assert not goal.elements[Element.MEASURABLE]


@pytest.mark.parametrize("label", LABELS)
def test_the_model_knows_every_label(label: str) -> None:
    assert label in shipped_model().labels


def test_lint_reports_the_weighed_labels(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        f"case: {{id: T-1}}\ngoals:\n  - statement: {json.dumps(COMPLY)}\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["lint", str(plan), "--format", "json"])
    assert result.exit_code == 1, result.output
    (goal,) = json.loads(result.output)["files"][0]["goals"]
    assert goal["flags"]["vague"] is True
    assert "missing.measure" in {f["rule"] for f in goal["findings"]}


def test_cv_option_prints_each_labels_cross_validated_accuracy(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reunify_cli.analysis import labelmodel

    monkeypatch.setattr(labelmodel, "cross_validate", lambda path: {"vague": (0.75, 0.5)})
    assert labelmodel.main(["some.yaml", "--cv"]) == 0
    assert capsys.readouterr().out == "vague: cross-validated 0.7500 (the rules alone: 0.5000)\n"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mother will attend weekly therapy.", False),  # how often she attends, not reports
        ("The therapist will send monthly progress reports.", True),
        ("Mother will see her supervising officer twice a week.", True),  # who hears of it
        ("Weekly contact with the case worker.", True),
        ("Mother will appear in the courtroom every week.", True),
    ],
)
def test_a_cadence_the_model_adds_is_of_something_reported(text: str, kept: bool) -> None:
    """The model adds a reporting cadence only where something is reported, reviewed or
    checked, or someone who hears of it is met (an officer, a worker, a judge)."""
    sure = LabelModel(LABELS, tuple(1.0 for _ in LABELS), {}, frozenset())
    none = dict.fromkeys(Element, False)
    decided, _ = weigh(sure, text, [], "parent", none, {})
    assert decided[Element.REPORTING_CADENCE] is kept
