"""The public Python API: `import reunify`, `reunify.lint(...)`, `reunify.rewrite(...)`,
returning SPEC's JSON document, typed and documented."""

from __future__ import annotations

import inspect
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pytest

import reunify

ROOT = Path(__file__).resolve().parents[1]
VAGUE = ROOT / "examples" / "vague-plan.yaml"


def check_shape(value: Any, hint: Any, where: str = "result") -> None:
    """`value` has exactly the keys and value types `hint` (a TypedDict, list[...],
    X | None, Literal[...]) says."""
    origin = typing.get_origin(hint)
    if typing.is_typeddict(hint):
        hints = typing.get_type_hints(hint)
        required = hint.__required_keys__
        assert isinstance(value, dict), where
        assert required <= set(value) <= set(hints), (where, set(value) ^ set(hints))
        for key, item in value.items():
            check_shape(item, hints[key], f"{where}.{key}")
    elif origin is list:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            check_shape(item, typing.get_args(hint)[0], f"{where}[{i}]")
    elif origin in (typing.Union, types.UnionType):
        errors = []
        for option in typing.get_args(hint):
            try:
                check_shape(value, option, where)
                return
            except AssertionError as exc:
                errors.append(exc)
        raise AssertionError(where, errors)
    elif origin is typing.Literal:
        assert value in typing.get_args(hint), where
    elif origin is dict:
        assert isinstance(value, dict), where
    elif hint is type(None):
        assert value is None, where
    elif hint is Any:
        return
    else:
        assert isinstance(value, hint) and not (hint is int and isinstance(value, bool)), where


def test_import_is_light() -> None:
    code = "import sys, reunify; print('spacy' in sys.modules, reunify.__version__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", reunify.__version__]


def test_lint_returns_the_spec_document(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("goals: [\n")
    result = reunify.lint([VAGUE, broken], isolated=True)
    check_shape(result, reunify.LintResult)
    first, second = result["files"]
    assert first["path"] == str(VAGUE) and first["error"] is None
    assert first["goals"][0]["flags"]["vague"] is True
    assert first["goals"][0]["rewrite"] is None
    assert second["error"] is not None and second["error"]["line"] == 2
    assert result["summary"]["files"] == 2 and result["summary"]["load_errors"] == 1
    assert reunify.lint(str(VAGUE), isolated=True)["files"][0] == first  # one path


def test_rewrite_fills_the_rewrites_and_writes_nothing(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(VAGUE.read_bytes())
    before = sorted(tmp_path.iterdir())
    result = reunify.rewrite(plan, isolated=True)
    check_shape(result, reunify.LintResult)
    goals = result["files"][0]["goals"]
    rewritten = [g for g in goals if g["rewrite"] is not None]
    assert rewritten and all(g["rewrite"]["statement"] for g in rewritten)  # type: ignore[index]
    assert plan.read_bytes() == VAGUE.read_bytes() and sorted(tmp_path.iterdir()) == before


def test_options_and_config(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".reunify.yaml").write_text("ignore: [missing]\n")
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(VAGUE.read_bytes())

    def rules(result: reunify.LintResult) -> set[str]:
        return {f["rule"] for g in result["files"][0]["goals"] for f in g["findings"]}

    assert not any(r.startswith("missing.") for r in rules(reunify.lint(plan)))
    assert any(r.startswith("missing.") for r in rules(reunify.lint(plan, isolated=True)))
    assert rules(reunify.lint(plan, select=["vague.make-progress"])) == {"vague.make-progress"}
    pack = tmp_path / "notes.yaml"
    pack.write_text("name: not a plan\n")
    skipped = reunify.lint([plan, pack], skip_non_plans=True)
    assert skipped["skipped"] == [{"path": str(pack), "reason": skipped["skipped"][0]["reason"]}]


def test_usage_errors_raise(tmp_path: Path) -> None:
    with pytest.raises(reunify.ReunifyError) as info:
        reunify.lint(VAGUE, select=["vagu"], isolated=True)
    assert info.value.error.message.startswith("no rule id, id prefix or category 'vagu'")
    with pytest.raises(TypeError):
        reunify.lint(VAGUE, select="vague")  # type: ignore[arg-type]
    with pytest.raises(reunify.ReunifyError):
        reunify.lint([])


def test_the_api_is_typed_and_documented() -> None:
    assert reunify.__doc__ and "reunify.lint" in reunify.__doc__
    for name in reunify.__all__:
        item = getattr(reunify, name)
        if inspect.isfunction(item) or typing.is_typeddict(item):
            assert inspect.getdoc(item), name
    for function in (reunify.lint, reunify.rewrite):
        hints = typing.get_type_hints(function)
        parameters = inspect.signature(function).parameters
        assert set(hints) == {*parameters, "return"}
        assert hints["return"] is reunify.LintResult
    assert (ROOT / "reunify" / "py.typed").is_file()
