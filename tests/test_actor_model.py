"""The actor model (reunify_cli/analysis/actormodel.py): trained on what the code and the
development corpus give today, deciding only the goals whose actor the statement does not
name, and used by the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reunify_cli.analysis import engine
from reunify_cli.analysis.actormodel import (
    ActorModel,
    actor_features,
    corpus_samples,
    cross_validate,
    document_samples,
    fingerprint,
    model_from_data,
    plan_cues,
    shipped_data,
    shipped_model,
    train,
)
from reunify_cli.analysis.engine import Ruleset, analyse_plan
from reunify_cli.analysis.reading import ACTORS
from reunify_cli.cli import app
from reunify_cli.model import Goal, Person, Plan, Span, TextField
from reunify_cli.selftest import plan_of_texts

DEV = Path(__file__).resolve().parent / "corpus" / "real" / "dev.yaml"

# The rules read "Consider ..." as the parent's (an imperative names nobody, and nothing in
# it is the agency's paperwork); in the documents the corpus quotes, such a duty is the
# caseworker's. "Submit to random drug screens" stays the parent's either way.
UNNAMED = [
    "Consider whether the services provided to the family were accessible.",
    "Submit to random drug screens.",
]


def test_the_shipped_model_was_trained_on_what_the_code_gives_today(ruleset: Ruleset) -> None:
    samples = corpus_samples(str(DEV), ruleset)
    assert len(samples) == shipped_data()["samples"]
    assert fingerprint(samples) == shipped_data()["fingerprint"], (
        "the reading or dev.yaml changed since the actor model was trained: "
        "run `python -m reunify_cli.analysis.actormodel` and commit the model"
    )


def test_training_learns_the_words_of_each_actor_and_is_repeatable() -> None:
    samples = [
        (["w:refer", "w:the", "w:family", "rule:parent:implied"], "agency"),
        (["w:attend", "w:the", "w:class", "rule:parent:implied"], "parent"),
    ] * 5
    first, second = train(samples, ACTORS), train(samples, ACTORS)
    assert first == second
    model = model_from_data(first)
    assert model.predict(["w:refer", "rule:parent:implied"]) == "agency"
    assert model.predict(["w:attend", "rule:parent:implied"]) == "parent"
    assert model.predict(["w:unseen"]) in ("agency", "parent")  # the bias: a known actor
    assert first["fingerprint"] != train(samples[:2], ACTORS)["fingerprint"]


def test_features_read_word_stems_and_the_first_second_and_last_words() -> None:
    text = "The caseworker will arrange visits for the parent."
    features = set(actor_features(text, [], "agency", "named", None))
    assert {"first:the", "second:caseworker", "last:parent", "s:casew", "s:arran"} <= features
    assert "s:the" not in features  # only words longer than five letters


def test_what_a_document_is_about_is_read_from_its_statements(ruleset: Ruleset) -> None:
    """A carers' handbook says "foster" or "carer" in many statements: its statements that
    name nobody are weighed with `doc:carer`; one mention in a parent's plan is no cue."""
    handbook = [
        "Foster carers must attend training each year.",
        "Tell your fostering social worker about any change in the household.",
        "You must provide references.",
        "Keep medicines locked away.",
    ]
    assert plan_cues(handbook) == ("carer",)
    assert plan_cues(["Visits take place at the foster home.", "Attend every visit."]) == ()
    readings = engine.actor_readings(
        plan_of_texts(handbook),
        list(ruleset.analyzer.hits(handbook)),
        ruleset.analyzer.lexicon,
    )
    assert all("doc:carer" in features for _, _, features in readings)


def test_the_model_decides_unnamed_goals(ruleset: Ruleset) -> None:
    plan = plan_of_texts(UNNAMED)
    weighed = [g.actor for g in analyse_plan(plan, ruleset).goals]
    by_rules = [g.actor for g in analyse_plan(plan, replace(ruleset, actor_model=False)).goals]
    assert weighed == ["agency", "parent"]
    assert by_rules == ["parent", "parent"]


def test_an_opening_subject_and_the_responsible_key_are_not_weighed(
    ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch
) -> None:
    always_agency = ActorModel(ACTORS, tuple(float(a == "agency") for a in ACTORS), {})
    monkeypatch.setattr(engine, "shipped_model", lambda: always_agency)
    # a role or a person's name opening the statement as an active duty's subject: the
    # rules' answer (the corpus has no names, so the model never met one)
    opening = ["Mother will provide a UA sample.", "Sam will attend every visit."]
    # a role named elsewhere, and nobody named: the model's answer
    weighed = ["If she relapses, the mother will call her sponsor.", "Attend every visit."]
    responsible = Goal(
        index=4,
        id=None,
        statement=TextField("Keep the home free of clutter.", None),
        span=Span(5, 1, 5, 1),
        responsible="gran",
    )
    plan = Plan(
        path="plan.yaml",
        goals=(*plan_of_texts([*opening, *weighed]).goals, responsible),
        people=(Person(id="gran", role="kinship caregiver", name=None),),
    )
    actors = [g.actor for g in analyse_plan(plan, ruleset).goals]
    assert actors == ["parent", "parent", "agency", "agency", "caregiver"]


def test_a_named_actor_is_weighed_with_the_rules_answer(ruleset: Ruleset) -> None:
    """The actor the rules find named elsewhere than as the opening subject is weighed
    with the rules' answer among the cues: a parent's duty whose record goes "to SW" is the
    parent's, where the rules alone take it for the worker's."""
    # (a plan's "Dad to attend ..." the rules read right themselves now: "to" after a named
    # person, before a later modal, is the duty's)
    text = (
        "Dad attends AA/NA mtgs 3x per week + get sponsor, sign-in sheet to SW at each CFT"
        " and also will engage in IOP as needed."
    )
    plan = plan_of_texts([text])
    assert [g.actor for g in analyse_plan(plan, ruleset).goals] == ["parent"]
    by_rules = replace(ruleset, actor_model=False)
    assert [g.actor for g in analyse_plan(plan, by_rules).goals] == ["agency"]


def test_lint_reports_the_weighed_actor(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "case: {id: T-1}\ngoals:\n" + "".join(f"  - statement: {t}\n" for t in UNNAMED),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["lint", str(plan), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    goals = json.loads(result.output)["files"][0]["goals"]
    assert [g["actor"] for g in goals] == ["agency", "parent"]


@pytest.mark.parametrize("actor", ACTORS)
def test_the_model_knows_every_actor(actor: str) -> None:
    assert actor in shipped_model().actors


def test_cross_validation_keeps_each_statement_with_its_document(ruleset: Ruleset) -> None:
    """Folds are made of documents: each sample must carry the document its statement was
    quoted from (pairing samples with the wrong documents lets a statement's neighbours
    train the model that predicts it)."""
    import re

    from reunify_cli.analysis.evaluate import read_corpus

    path = str(Path(__file__).resolve().parent / "corpus" / "real" / "fresh3.yaml")
    words_of: dict[str, set[str]] = {}
    for item in read_corpus(path):
        words_of.setdefault(str(item.document), set()).update(
            re.findall(r"[a-z]+", item.text.lower())
        )
    samples = document_samples(path, ruleset)
    assert len({d for d, _, _ in samples}) > 5
    for document, _, (features, _) in samples:
        assert {f[2:] for f in features if f.startswith("w:")} <= words_of[document]
    model, rules = cross_validate(path, folds=3)
    assert 0.0 <= rules <= 1.0 and 0.3 < model <= 1.0


def test_cv_option_prints_the_cross_validated_accuracy(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reunify_cli.analysis import actormodel

    monkeypatch.setattr(actormodel, "cross_validate", lambda path: (0.5, 0.25))
    assert actormodel.main(["some.yaml", "--cv"]) == 0
    assert capsys.readouterr().out == "some.yaml: cross-validated 0.500 (the rules alone: 0.250)\n"
