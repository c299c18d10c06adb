"""Fuzzing (hypothesis): whatever text, bytes or YAML-shaped data a user hands over, the
loaders (plans, rule packs, config files) return data or a ReunifyError (one line), never
another exception, and every position they report lies inside the file; the engine
analyses any statement."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reunify_cli.analysis.engine import Ruleset, statement_span
from reunify_cli.api import lint_text
from reunify_cli.io import config
from reunify_cli.io.packs import parse_pack
from reunify_cli.io.plans import parse_plan
from reunify_cli.io.yamlio import LINE_BREAK, decode
from reunify_cli.model import LoadError, Plan, ReunifyError, Span


def fuzz(examples: int) -> settings:
    """No deadline (CI machines vary), no example database written to disk."""
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


# Any code point, lone surrogates included (they cannot come from a file, but may from an API).
any_text = st.text(st.characters(exclude_categories=()), max_size=200)
yamlish = st.text(
    st.sampled_from(list("ab:- \n\t[]{},'\"&*!|>?#%@`\\0xé\x00\x01\ufeff\u2028\U0001f600")),
    max_size=120,
)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40)
)
data = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["goals", "statement", "id", "case", "x"]), inner),
    ),
    max_leaves=20,
)


def _lines_of(text: str) -> int:
    """Lines as YAML counts them (CR, NEL, LS and PS break lines too)."""
    return len(LINE_BREAK.findall(text)) + 1


def _inside(span: Span, text: str) -> bool:
    if not 1 <= span.line <= span.end_line <= _lines_of(text) + 1:
        return False
    return span.column >= 1 and span.end_column >= 1


def _check_error(error: LoadError, text: str) -> None:
    assert "\n" not in str(error)
    if error.line is not None:
        assert 1 <= error.line <= _lines_of(text) + 1
        assert error.column is None or error.column >= 1


def _check_plan(plan: Plan, text: str) -> None:
    for goal in plan.goals:
        assert _inside(goal.span, text)
        assert _inside(statement_span(goal), text)


def _load(text: str) -> None:
    try:
        plan = parse_plan("fuzz.yaml", text)
    except ReunifyError as exc:
        _check_error(exc.error, text)
    else:
        _check_plan(plan, text)
    try:
        parse_pack("fuzz-pack.yaml", text)
    except ReunifyError as exc:
        _check_error(exc.error, text)
    for name, read in (
        ("fuzz/.reunify.yaml", config._from_yaml),
        ("fuzz/pyproject.toml", config._from_toml),
    ):
        try:
            read(name, text)
        except ReunifyError as exc:
            _check_error(exc.error, text)


@fuzz(1500)
@given(any_text)
def test_loaders_on_any_text(text: str) -> None:
    _load(text)


@fuzz(1500)
@given(yamlish)
def test_loaders_on_yaml_punctuation(text: str) -> None:
    _load(text)


@fuzz(1000)
@given(st.binary(max_size=200))
def test_loaders_on_any_bytes(raw: bytes) -> None:
    try:
        text = decode("fuzz.yaml", raw)
    except ReunifyError as exc:
        assert "\n" not in str(exc.error)
        return
    _load(text)


@fuzz(1000)
@given(data, st.booleans(), st.booleans())
def test_loaders_on_yaml_shaped_data(value: Any, flow: bool, unicode: bool) -> None:
    text = yaml.safe_dump(value, default_flow_style=flow, allow_unicode=unicode)
    _load(text)


@fuzz(500)
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=5), st.booleans())
def test_canonical_plans_keep_every_statement(statements: list[str], mapping: bool) -> None:
    goals: list[Any] = [{"id": f"g{i}", "statement": s} for i, s in enumerate(statements)]
    text = yaml.safe_dump({"goals": goals if mapping else statements}, allow_unicode=True)
    plan = parse_plan("fuzz.yaml", text)
    assert [g.statement.text for g in plan.goals] == _reference_statements(text)
    _check_plan(plan, text)


def _reference_statements(text: str) -> list[str]:
    """What PyYAML's own safe loader reads (its emitter does not round-trip every string:
    with allow_unicode, '\x85' is written so that any YAML reader gets ' ' back)."""
    goals = yaml.load(text, Loader=yaml.CSafeLoader)["goals"]
    return [g["statement"] if isinstance(g, dict) else g for g in goals]


WORDS = (
    "parent must make progress in therapy attend weekly sessions by 2026-06-30 submit random "
    "drug screens non-compliant housing income 3 times a week monthly report the worker will "
    "inform [name] IOP UAs alcoholic İstanbul ß ﬁ 🙂 , . ; ( )"
)
words = st.sampled_from([*WORDS.split(), "\n", "\t", "\r", "\u2028"])
statements = st.one_of(st.text(max_size=300), st.lists(words, max_size=60).map(" ".join), any_text)


@fuzz(400)
@given(statements)
def test_engine_on_any_statement(ruleset: Ruleset, statement: str) -> None:
    try:
        text = yaml.safe_dump({"goals": [statement]}, allow_unicode=True)
    except yaml.YAMLError:  # a string PyYAML itself cannot write (lone surrogates)
        return
    try:
        report = lint_text(text, ruleset=ruleset)
    except ReunifyError as exc:  # an empty goal; or a lone surrogate written as "\ud800"
        assert statement == "" or any(0xD800 <= ord(c) <= 0xDFFF for c in statement), exc
        return
    assert len(report.goals) == 1
    goal = report.goals[0]
    assert [goal.goal.statement.text] == _reference_statements(text)
    for finding in goal.findings:
        assert _inside(finding.span, text), finding
        assert finding.excerpt in goal.goal.statement.text


toml_values = st.one_of(
    st.integers().map(str),
    st.text(max_size=20).map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'),
    st.sampled_from(["true", "[]", "['a', 1]", "{a = 1}", "1.5", "'error'", "[[1]]", "x"]),
)


@fuzz(500)
@given(
    st.lists(
        st.tuples(st.sampled_from([*config.KEYS, "colour", "tool", '"a b"']), toml_values),
        max_size=4,
    ),
    st.booleans(),
)
def test_config_loader_on_toml_tables(pairs: list[tuple[str, str]], table: bool) -> None:
    body = "".join(f"{key} = {value}\n" for key, value in pairs)
    text = ("[tool.reunify]\n" if table else "") + body
    for name in ("fuzz/pyproject.toml", "fuzz/reunify.toml"):
        try:
            config._from_toml(name, text)
        except ReunifyError as exc:
            _check_error(exc.error, text)
