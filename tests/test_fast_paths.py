"""The speed-ups give the same results as the plain ways they replace."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from generator import load_generator
from hypothesis import given, settings
from hypothesis import strategies as st

from reunify_cli.analysis.engine import Ruleset, build_ruleset
from reunify_cli.analysis.nlp import make_pipeline
from reunify_cli.io import packcache, packs
from reunify_cli.io.plans import _line_col, locate, parse_plan
from reunify_cli.model import ScalarSource, Span, TextField


def locate_reference(field: TextField, start: int, end: int) -> Span | None:
    """The greedy character alignment, as first written (no shortcuts)."""
    source = field.source
    if source is None or end <= start:
        return None
    raw = source.raw
    pos = 0
    if source.style in ("|", ">"):
        pos = raw.find("\n") + 1 if "\n" in raw else len(raw)
    elif source.style in ("'", '"'):
        pos = 1
    first = last = -1
    for index, char in enumerate(field.text[:end]):
        if char.isspace():
            continue
        hit = raw.find(char, pos)
        if hit == -1:
            return None
        pos = hit + 1
        if index >= start and first == -1:
            first = hit
        last = hit
    if first == -1:
        return None
    return Span(*_line_col(source, first), *_line_col(source, last + 1))


WORDS = st.text(alphabet="abcé 'x:\"\\\t\u2003-#", min_size=0, max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=12),
    style=st.sampled_from([None, "'", '"', "|", ">"]),
    width=st.integers(min_value=10, max_value=60),
    cut=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_locate_matches_the_greedy_alignment(
    words: list[str], style: str | None, width: int, cut: tuple[int, int]
) -> None:
    text = " ".join(words).strip() or "x"
    doc = yaml.dump(
        {"goals": [{"statement": text}]}, default_style=style, width=width, allow_unicode=True
    )
    try:
        plan = parse_plan("p.yaml", doc)
    except Exception:
        return  # a text PyYAML writes in a form our reader refuses: nothing to compare
    field = plan.goals[0].statement
    start, end = sorted(cut)
    assert locate(field, start, end) == locate_reference(field, start, end)
    length = len(field.text)
    assert locate(field, 0, length) == locate_reference(field, 0, length)


def test_locate_as_is_and_escaped_sources() -> None:
    plain = TextField("Mother  will attend", ScalarSource("Mother  will attend", 3, 5, ""))
    escaped = TextField("caf\u00e9 now", ScalarSource('"caf\\u00e9 now"', 3, 5, '"'))
    for field in (plain, escaped):
        for start in range(len(field.text)):
            for end in range(start, len(field.text) + 2):
                assert locate(field, start, end) == locate_reference(field, start, end)


def test_default_pipeline_shortcuts_find_the_same_hits(ruleset: Ruleset) -> None:
    """Word lists as lexeme flags and bulk lemmas (default pipeline) against spaCy's own
    lemmatizer and set predicates (the path taken for a pipeline passed in)."""
    plain = build_ruleset(packs.load_packs(), nlp=make_pipeline())
    assert ruleset.analyzer.lexical is not None and plain.analyzer.lexical is None
    texts = [t for r in ruleset.rules for t in (*r.examples.fail, *r.examples.passing)]
    generator = load_generator()
    rng = random.Random(11)
    texts += [generator.goal_text(rng) for _ in range(400)]
    texts += ["", "   ", "ATTEND 3 SESSIONS WEEKLY", "within 2 business days, by 2026-05-01"]
    fast = list(ruleset.analyzer.hits(texts))
    slow = list(plain.analyzer.hits(texts))
    assert fast == slow
    assert sum(map(len, fast)) > 1000


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REUNIFY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("REUNIFY_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_pack_cache_is_reused_and_rebuilt_when_broken(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = packcache.load_packs_cached()
    entries = list(cache.glob("packs-*.json"))
    assert len(entries) == 1

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("packs loaded again")

    monkeypatch.setattr(packcache, "load_packs", no_loading)
    assert packcache.load_packs_cached() == first
    monkeypatch.undo()
    monkeypatch.setenv("REUNIFY_CACHE_DIR", str(cache))
    entries[0].write_bytes(b"not a cache entry")
    assert packcache.load_packs_cached() == first


def test_pack_cache_key_follows_the_pack_files(cache: Path, tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(
        "pack: mine\nversion: 1\ndescription: x\nrules:\n"
        "  - id: mine.x\n    category: vague\n    severity: warning\n"
        "    message: m\n    rationale: r\n    match: {phrases: [foo]}\n"
    )
    one = packcache.load_packs_cached([str(pack)])
    pack.write_text(pack.read_text().replace("foo", "bar"))
    two = packcache.load_packs_cached([str(pack)])
    assert one[-1].rules[0].match != two[-1].rules[0].match
    assert len(list(cache.glob("packs-*.json"))) == 2


def test_no_cache_when_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REUNIFY_NO_CACHE", "1")
    packcache.load_packs_cached()
    assert not cache.exists()


def test_cached_lemma_table_is_the_shipped_one(cache: Path) -> None:
    """The lemma table is spacy-lookups-data's English table, shipped in reunify_cli/data
    (that package is no longer installed): the same lemmas, from the cache or not."""
    import gzip
    import json
    from importlib import resources

    data = resources.files("reunify_cli.data").joinpath("en_lemma_lookup.json.gz")
    table = json.loads(gzip.decompress(data.read_bytes()))
    assert len(table) > 40_000
    words = "attended sessions went children made making better was drugs screens meetings"
    expected = [table.get(w, w) for w in words.split()]
    assert expected == [
        "attend", "session", "go", "child", "make", "make", "well", "be", "drug", "screen",
        "meeting",
    ]  # fmt: skip
    for _ in range(2):  # cache miss, then hit
        assert [t.lemma_ for t in make_pipeline()(words)] == expected
    assert len(list(cache.glob("lemma-lookup-*.bin"))) == 1


def test_regex_needs_never_skip_a_match(ruleset: Ruleset) -> None:
    """Every pack regex, on ASCII texts that it matches, passes the quick test."""
    import re

    from reunify_cli.analysis.regexes import may_match, required_words

    generator = load_generator()
    rng = random.Random(5)
    texts = [generator.goal_text(rng) for _ in range(600)]
    texts += [t for r in ruleset.rules for t in (*r.examples.fail, *r.examples.passing)]
    texts += ["Out Of 10", "12 OF 14 sessions", "ALCOHOLICS", "[name]", "50 %", "Sept. 3rd"]
    patterns = [p for r in ruleset.rules if r.match for p in r.match.regex]
    patterns += [p for pack in packs.load_packs() for d in pack.detectors for p in d.match.regex]
    patterns += [regex.pattern for _, regex, _ in ruleset.analyzer.regexes]  # domains' too
    texts += ["The mother will attend.", "Mother will attend.", "They must go", "Dr. Lee"]
    assert len(patterns) > 5
    checked = 0
    for pattern in patterns:
        regex, needs = re.compile(pattern, re.IGNORECASE), required_words(pattern)
        for text in texts:
            if text.isascii() and regex.search(text):
                assert may_match(needs, text.lower()), (pattern, text)
                checked += 1
    assert checked > 200


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bfoo(?:bar|qux)\b", (("foo",), ("bar", "qux"))),
        (r"\bfoo(?:bar|baz)\b", (("fooba",),)),  # the parser factors out "ba"
        (r"(?-i:IOP)", (("iop",),)),  # case-sensitive: in an ASCII text, "iop" lower-cased
        (r"(?<=\bwill\s)[^.;]+", (("will",),)),  # what a look-behind sees is in the text
        (r"\d+(?=\s+(?:days|weeks))", (("days", "weeks"),)),
        (r"(?<!will\s)go(?!ne)", (("go",),)),  # negative look-arounds need nothing
        (r"a?b", (("b",),)),
        (r"(x|y+)z", (("z",),)),
        (r"caf\u00e9", ()),  # non-ASCII word: no requirement
    ],
)
def test_required_words(pattern: str, needs: tuple[tuple[str, ...], ...]) -> None:
    from reunify_cli.analysis.regexes import required_words

    assert required_words(pattern) == needs


def test_statement_cache_keeps_what_recurs_and_shares_equal_hits(
    ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's template sentence, met again and again, stays cached while one-off
    statements come and go; equal hits of different statements are one object."""
    analyzer = ruleset.analyzer
    monkeypatch.setattr(analyzer, "cache_statements", 3)
    template = "Mother will attend every scheduled visit with the children."
    (first,) = analyzer.hits([template])
    for n in range(6):  # one-off statements, the template again after each
        list(analyzer.hits([f"Father will call the worker {n} times."]))
        (again,) = analyzer.hits([template])
        assert again is first  # not analysed again: still cached
    # (room for both statements' hits: the shared objects are dropped when they pass
    # four times the statements kept)
    monkeypatch.setattr(analyzer, "cache_statements", 100)
    one, two = analyzer.hits(["Mother will attend AA.", "Mother will attend NA."])
    shared = [h for h in one if h in two]
    assert shared and all(any(h is k for k in two) for h in shared)
    assert list(analyzer.hits([template])) == [first]


def test_the_words_a_regex_needs_come_from_the_cache_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reunify_cli.analysis import nlp
    from reunify_cli.analysis.regexes import required_words

    monkeypatch.setenv("REUNIFY_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REUNIFY_NO_CACHE", raising=False)
    patterns = [r"\bfoo\s+(?:report|send)\b", r"(?<=x)y", r"[a-z]+", r"\bsend\w*\s+weekly\b"]
    first = nlp.cached_needs(patterns)
    assert first == [required_words(p) for p in patterns]
    assert first[0] == (("foo",), ("report", "send"))
    assert len(list(tmp_path.glob("regex-needs-*.bin"))) == 1
    monkeypatch.setattr(nlp, "required_words", lambda p: pytest.fail("parsed again"))
    assert nlp.cached_needs(patterns) == first


def test_scalar_tags_remembered_across_files_are_the_resolvers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Plain scalars' tags are kept for the run (yamlio._TAGS): each is the tag PyYAML's
    composer gives, in every file, long or short, also once the memo has been emptied."""
    from reunify_cli.io import yamlio

    monkeypatch.setattr(yamlio, "TAGS_KEPT", 8)
    values = ["yes", "no", "1", "0x1f", "1.5", "~", "null", "2026-01-02", "True", "on"]
    values += ["text", "1_000", ".inf", "1" * 80, "x" * 80, "12:30", "0o17"]
    for _ in range(2):  # the second time from the memo (or after it was emptied)
        for value in values:
            doc = f"a: {value}\nb: [{value}]\n"
            root = yamlio.parse("p.yaml", doc)
            assert root is not None
            expected = yaml.compose(doc, Loader=yaml.SafeLoader)
            want = expected.value[0][1].tag
            assert root.pairs[0][1].tag == want
            assert root.pairs[1][1].items[0].tag == want
        assert len(yamlio._TAGS) <= 8


_TOKEN_PIECES = [*"abnNtTsSlLdmIé_09 ()-.'\u2019\t,;/"]
_TOKEN_PIECES += ["n't", "N\u2019T", "(s)", "(ren)", "'ll", "'RE"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=16))
def test_token_shortcut_finds_the_same_tokens(pieces: list[str]) -> None:
    """The reading tokenizer's first branch (a word no joiner follows) is a shortcut:
    without it, the same tokens at the same places."""
    import re

    from reunify_cli.analysis.reading.lexicon import TOKEN

    shortcut, rest = TOKEN.pattern.split("|", 1)
    assert shortcut == r"\w++(?![(\-.'\u2019])"
    plain = re.compile(rest, TOKEN.flags)
    text = "".join(pieces)
    assert [m.span() for m in TOKEN.finditer(text)] == [m.span() for m in plain.finditer(text)]


_SHORTHAND_PIECES = [*"aeKkmoswyt \t()/-.1", "\u212a", "\u017f", "wk", "MO", "mth", "mnth", "hr"]
_SHORTHAND_PIECES += ["yr", "min", "wkly", "bi-WKLY", "mthly", "mnthly", "qtrly", "w/in", "per "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SHORTHAND_PIECES), max_size=12))
def test_shorthand_quick_tests_skip_no_edit(pieces: list[str]) -> None:
    """readcopy's quick tests (_UNIT, _RATE_WORDS) only skip texts its patterns would not
    change: the same edits as without them."""
    import re

    from reunify_cli.analysis import readcopy

    text = "".join(pieces)
    found = list(readcopy._edits(text, lambda word: False))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(readcopy, "_UNIT", re.compile(""))
        patched.setattr(readcopy, "_RATE_WORDS", ("",))
        assert list(readcopy._edits(text, lambda word: False)) == found


def _first_follower_reference(table: Any, verb: str, window: list[Any]) -> int | None:
    """predicate.first_follower as first written: every phrase tried at every word."""
    from reunify_cli.analysis.reading.lexicon import PREPOSITIONS
    from reunify_cli.analysis.reading.tokens import starts_with

    found: int | None = None
    for phrase in table.get(verb, ()):
        if len(phrase) == 1 and phrase[0] in PREPOSITIONS:
            if window and window[0].low == phrase[0]:
                return 0
            continue
        k = next((k for k in range(len(window)) if starts_with(window, k, phrase)), None)
        if k is not None and (found is None or k < found):
            found = k
    return found


_FOLLOWER_WORDS = ["to", "for", "with", "a", "record", "safe", "home", "log", "of", "the"]


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.lists(st.sampled_from(_FOLLOWER_WORDS), max_size=3), max_size=6),
    words=st.lists(st.tuples(st.sampled_from(_FOLLOWER_WORDS), st.sampled_from(_FOLLOWER_WORDS))),
)
def test_first_follower_finds_what_every_phrase_finds(
    phrases: list[list[str]], words: list[tuple[str, str]]
) -> None:
    """The verb's phrases by first word find the place trying every phrase finds."""
    from reunify_cli.analysis.reading.lexicon import Token
    from reunify_cli.analysis.reading.predicate import first_follower

    table = {"keep": tuple(dict.fromkeys(tuple(p) for p in phrases)), "other": (("log",),)}
    window = [Token(low, low, key, "", 0, 0) for low, key in words[:5]]
    for verb in ("keep", "other", "absent"):
        expected = _first_follower_reference(table, verb, window)
        assert first_follower(table, verb, window) == expected


def test_shorthand_matched_through_unicode_case_folding_is_read_not_crashed() -> None:
    """The case-insensitive patterns match a long s as "s" and a Kelvin sign as "K": "1
    wk\u017f" is read as weeks (it raised KeyError), and a fold with no shorthand is left."""
    from reunify_cli.analysis.readcopy import reading_copy

    assert reading_copy("Attend 1 wk\u017f")[0] == "Attend 1 weeks"
    assert reading_copy("Call 2x wk\u017fly")[0].startswith("Call 2x ")
