"""The RE2 pre-pass (regexset.py) never rules out a pattern that matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml
from generator import load_generator
from hypothesis import given, settings
from hypothesis import strategies as st

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.analysis.regexset import PatternSet, loose

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts() -> list[str]:
    """The fictional corpus, the first real held-out set and every third statement of
    dev.yaml (4,600 real ones: all 13,800, each tried against every pattern, took a
    minute of CI for no other form of words)."""
    texts = []
    for name in ("goals.yaml", "holdout.yaml", "real/dev.yaml", "real/holdout.yaml"):
        text = (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        goals = data.get("goals") or [g for d in data["documents"] for g in d["goals"]]
        texts += [g["text"] for g in goals][:: 3 if name == "real/dev.yaml" else 1]
    return texts


def matches(pattern: str, text: str) -> bool:
    return any(m.end() > m.start() for m in re.finditer(pattern, text, re.IGNORECASE))


def test_every_builtin_pattern_has_a_loose_form(ruleset: Ruleset) -> None:
    patterns = [regex.pattern for _, regex, _ in ruleset.analyzer.regexes]
    assert len(patterns) > 30
    assert [p for p in patterns if loose(p) is None] == []
    assert ruleset.analyzer.regex_set.always == frozenset()


def test_the_set_never_rules_out_a_builtin_pattern_that_matches(ruleset: Ruleset) -> None:
    patterns = [regex.pattern for _, regex, _ in ruleset.analyzer.regexes]
    found = PatternSet(patterns)
    generator = load_generator()
    rng = random.Random(3)
    texts = corpus_texts() + [generator.goal_text(rng) for _ in range(600)]
    texts += [t for r in ruleset.rules for t in (*r.examples.fail, *r.examples.passing)]
    texts += ["by", "Attend by\n", "UA's x 90 days", "2x/wk", "___ times", "[number]", "ALL"]
    checked = ruled_out = 0
    for text in texts:
        may = found.candidates(text)
        if may is None:
            assert not text.isascii()
            continue
        for index, pattern in enumerate(patterns):
            if matches(pattern, text):
                assert index in may, (pattern, text)
                checked += 1
            elif index not in may:
                ruled_out += 1
    assert checked > 2000 and ruled_out > 10 * checked  # it does rule most patterns out


TRICKY = [
    r"\bfoo\b(?!\s+bar)",
    r"(?<!no\s)\bbar",
    r"(?-i:AB)c",
    r"x\s*$",
    r"^\s*go",
    r"[^.;]{0,5}end",
    r"[^a-c]z",
    r"[\W\d]q",
    r"[^\s]+!",
    r"\d{2,}",
    r"(?:ab|a)+c",
    r"a{2}b{1,3}?",
    r"(?s:.)k",
    r"(?i)ab|CD",
    r"[A-Z]{2,5}-\d",
    r"\Ast",
    r"en\Z",
    r"\Bi\B",
    r"_{2,}\s*x",
    r"(?:ab){2,12}c",
    r"[a-c]{0,30}?k",
    r"q{10}",
    r"\d{3,5}\s?z",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdefgknoqrstxzABCDK-_.;!? \t\n\v\x1c019", max_size=24))
def test_loose_forms_match_wherever_the_pattern_does(text: str) -> None:
    found = PatternSet(TRICKY)
    assert found.always == frozenset()
    may = found.candidates(text)
    assert may is not None
    for index, pattern in enumerate(TRICKY):
        if matches(pattern, text):
            assert index in may, (pattern, text, loose(pattern))


TWINNED = [
    r"\bchild's\b",
    r"[^']{2}x",
    r"[^\"-]+y",
    r"[^ ]z",
    r"[^!-/]q",
    r"a\s+b",
    r"\bk\b",
    r"[\w'\u2019]+s\b",
    r"[\w\u2013-]{3}",
    r"--",
    r"x.?y",
    r"[^a]\W",
]


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet="abkqsxyz'\"- !\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u202f", max_size=16)
)
def test_typographic_twins_never_rule_out_a_pattern_that_matches(text: str) -> None:
    """A statement with curly quotes, long dashes or no-break spaces is scanned with each
    read as its ASCII twin; a pattern that tells the twins apart runs whenever one was."""
    found = PatternSet(TWINNED)
    may = found.candidates(text)
    assert may is not None
    for index, pattern in enumerate(TWINNED):
        if matches(pattern, text):
            assert index in may, (pattern, text, loose(pattern))


def test_a_text_with_typographic_quotes_is_scanned_not_run_through_every_pattern() -> None:
    found = PatternSet([r"\bchild's\b", r"\bcourt\b", r"[^']x"])
    assert found.candidates("the child\u2019s plan") == frozenset({0, 2})  # [^'] told apart
    assert found.candidates("the child's plan") == frozenset({0})
    assert found.candidates("the court\u2019s plan") == frozenset({1, 2})
    assert found.candidates("the child\u2019s plan\u00e9") is None  # not a twin: no answer


def test_a_long_counted_repeat_is_loosened_to_an_unbounded_one() -> None:
    assert loose(r"a{0,80}b") == "(?:a){0,}b"
    assert loose(r"a{20}b") == "(?:a){8,}b"
    assert loose(r"a{2,8}b") == "(?:a){2,8}b"
    found = PatternSet([r"\bx(?:\s\w+){0,40}?\s+y\b"])
    assert found.candidates("x " + "w " * 60 + "y") == frozenset({0})  # wider: fine
    assert found.candidates("x w y") == frozenset({0})
    assert found.candidates("x w z") == frozenset()


@pytest.mark.parametrize(
    "pattern",
    [r"(a)\1", r"(?P<x>a)(?P=x)", r"(a)?(?(1)b|c)", "caf\u00e9", r"\u00e9t\u00e9"],
)
def test_patterns_it_cannot_judge_always_run(pattern: str) -> None:
    assert loose(pattern) is None
    found = PatternSet([r"\bfoo\b", pattern])
    assert found.always == frozenset({1})
    assert found.candidates("nothing here") == frozenset({1})
    assert found.candidates("foo") == frozenset({0, 1})


def test_a_class_member_no_ascii_text_can_hold_is_left_out_of_the_loose_form() -> None:
    pattern = r"\bwith\s+the\s+[\w'\u2019]+\s+court\b"
    found = PatternSet([pattern])
    assert loose(pattern) is not None and found.always == frozenset()
    assert found.candidates("filed with the children's court") == frozenset({0})
    assert found.candidates("filed with the clerk") == frozenset()
    assert loose(r"[a\u017f]x") is None  # long s folds to "s": ASCII text can hold it


def test_patterns_with_a_run_of_almost_any_character_get_a_set_of_their_own() -> None:
    from reunify_cli.analysis.regexset import _loose

    runs = [r"\btest\b[^.;]*\bnegative\b", r"\bsee\b.*\bweekly\b", r"\bx\S+y"]
    others = [r"\bfoo\b", r"\bat\s+(?:\w+\s+){0,2}review\b", r"[^.]{2,5}z", r"\bq\s+\w+"]
    assert [_loose(p)[2] for p in runs] == [True, True, True]
    assert [_loose(p)[2] for p in others] == [False, False, False, False]
    found = PatternSet([others[0], runs[0], others[1], runs[1]])
    assert found._sets is not None and [entries for _, entries in found._sets] == [
        [-1, 0, 2],
        [-1, 1, 3],
    ]
    assert found.candidates("test was negative, see foo weekly") == frozenset({0, 1, 3})
    assert found.candidates("at the next review") == frozenset({2})
    assert found.candidates("nothing") == frozenset()


def test_no_answer_for_non_ascii_text_or_a_failed_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    found = PatternSet([r"\bfoo\b"])
    assert found.candidates("caf\u00e9 foo") is None
    assert found.candidates("foo") == frozenset({0})

    class Failing:
        def Match(self, text: str) -> None:  # what RE2 answers when it runs out of memory
            return None

    assert found._sets is not None
    monkeypatch.setattr(found, "_sets", (*found._sets, (Failing(), [-1])))
    assert found.candidates("foo") is None


def test_the_set_is_built_once_a_run_has_enough_statements() -> None:
    """A one-plan run does not pay for the set; a batch uses it, with the same hits."""
    from reunify_cli.analysis.engine import build_ruleset
    from reunify_cli.analysis.nlp import SET_AFTER
    from reunify_cli.io import packs

    analyzer = build_ruleset(packs.load_packs()).analyzer
    texts = [
        f"Mother will attend {n} parenting classes and follow all recommendations."
        for n in range(SET_AFTER + 5)
    ]
    first = list(analyzer.hits(texts[:SET_AFTER]))
    assert analyzer._regex_set is None
    later = list(analyzer.hits(texts[SET_AFTER:]))
    assert analyzer._regex_set is not None and analyzer._regex_set.size > 30
    without_set = [(h.key, h.start, h.end) for h in first[0]]
    with_set = [(h.key, h.start, h.end) for h in later[0]]
    assert [key for key, _, _ in with_set] == [key for key, _, _ in without_set]
    assert any(key.startswith("rule:") for key, _, _ in with_set)
