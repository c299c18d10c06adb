"""The benchmark scripts a README section quotes still run, on a corpus of three statements,
and count what they say they count."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

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


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_grammar_scan_counts_what_the_rewrite_broke_not_the_original() -> None:
    """A shape of broken English counts where the rewrite has words the original lacks:
    "agree attend" the original lacks does; "agree until [date]" after a goal
    ending on "agree", "as agreed by the parties" and help given to "the father" do not."""
    broken = _script("rewrite_grammar").broken
    assert broken("Mother will take part in therapy.", "Mother will agree attend therapy.") == [
        "agree without to"
    ]
    assert broken("Such other time as the parties may agree", "... may agree until [date].") == []
    assert broken("Visits as agreed by the parties.", "Visits as agreed by the parties [how") == []
    help_given = "The agency will give the father [help, e.g. a bus pass] within [how many days]"
    assert broken("The father must get a car.", help_given) == []
    clause = "The agency will give could require a parent [help, e.g. a bus pass]"
    assert broken("could require a parent to get a car", clause) == ["help given to no one"]


def test_handout_steps_counts_the_steps_of_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _script("handout_steps")
    corpus = tmp_path / "corpus.yaml"
    corpus.write_text(CORPUS, encoding="utf-8")
    assert module.main([str(corpus), "--show", "1"]) == 0
    out = capsys.readouterr().out
    assert "3 steps from rewritten goals, 1 with a negated action" in out
    assert "0  prohibition said as its opposite" in out
    assert "0  verb form after 'You will'" in out
    assert "0  a step said to no one" in out
    assert "0  a sentence said twice" in out


def test_handout_steps_tells_an_act_done_to_you_from_your_own() -> None:
    """ "You will meet with you" is someone else's act said to the parent; "You will ensure
    you send your children to school" is the parent's own."""
    done_to_you = _script("handout_steps")._DONE_TO_YOU
    assert done_to_you.search("You will meet with you every month.")
    assert not done_to_you.search("You will ensure you send your children to school.")


def test_handout_steps_tells_a_harm_told_from_a_ban() -> None:
    """ "You will commit family violence" tells the parent to do what an order bans; "You
    will not commit ..." and "You will commit to attending" do not."""
    harm = _script("handout_steps")._HARM_TOLD
    assert harm.search("You will commit family violence against the protected person.")
    assert harm.search("You will threaten the children.")
    assert not harm.search("You will not commit family violence.")
    assert not harm.search("You will commit to attending every visit.")
    assert harm.search("You will locate or follow the protected person.")
    assert harm.search("You will miss over 50 drug screens.")
    assert not harm.search("You will stay away from the protected person.")
    assert not harm.search("You will not miss any visits.")


def test_handout_steps_tells_a_sentence_said_twice() -> None:
    """A step that says one of its sentences again is a fault; short words said twice
    ("Yes. Yes.") are not a sentence of the goal's."""
    twice = _script("handout_steps")._twice
    said = "Contact is for one family. Other visitors may attend only with consent."
    assert twice(f"{said} Other visitors may attend only with consent.")
    assert not twice(said)
    assert not twice("Yes. Yes. Call the worker every week.")
