"""Bad config files (.reunify.yaml, [tool.reunify] in pyproject.toml): one line naming
file and line, exit 2, never a traceback, never executed, never silently ignored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_texts import TOO_DEEP, says
from typer.testing import CliRunner

from reunify_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "examples" / "good-plan.yaml").read_bytes()
runner = CliRunner()

# (name, content of .reunify.yaml, fragment of the message, line)
BAD_YAML: list[tuple[str, bytes, str, int | None]] = [
    ("tabs", b"fail-on: error\n\tignore: [x]\n", "tab", 2),
    ("unclosed-quote", b'fail-on: "error\n', "quoted scalar that starts at line 1", 2),
    ("a-list", b"- vague\n", "must be a mapping", 1),
    ("unknown-key", b"fail-on: error\ncolour: red\n", "unknown key 'colour'", 2),
    ("fail-on-number", b"fail-on: 3\n", "`fail-on` must be one of", 1),
    ("rules-number", b"rules: 3\n", "`rules` must be a list of strings", 1),
    ("nested-list", b"ignore: [[a]]\n", "`ignore` must be a list of non-empty strings", 1),
    ("size-text", b"max-file-size: big\n", "`max-file-size` must be a positive number", 1),
    ("size-negative", b"max-file-size: -1\n", "`max-file-size` must be a positive number", 1),
    ("severity-wrong", b"severity: {vague.make-progress: loud}\n", "not 'loud'", 1),
    ("duplicate-key", b"ignore: [a]\nignore: [b]\n", "duplicate key 'ignore'", 2),
    ("latin-1", b"ignore: [caf\xe9]\n", "not valid UTF-8", 1),
    ("utf-16", "ignore: [a]\n".encode("utf-16"), "UTF-16", 1),
    ("binary", b"\x00\x01" * 50, "binary file", 1),
    ("python-tag", b"ignore: !!python/object/apply:os.getcwd []\n", "not allowed", 1),
    ("deep", b"ignore: " + b"[" * 100_000, TOO_DEEP, 1),
    ("too-large", b"# padding\n" * 110_000, "larger than the limit of 1,048,576 bytes", None),
]


def _run(folder: Path, *args: str) -> tuple[int, str]:
    plan = folder / "plans" / "plan.yaml"
    plan.parent.mkdir(exist_ok=True)
    plan.write_bytes(PLAN)
    result = runner.invoke(app, ["lint", str(plan), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("name", "content", "fragment", "line"), BAD_YAML, ids=[c[0] for c in BAD_YAML]
)
def test_bad_yaml_config_found_or_named(
    tmp_path: Path, name: str, content: bytes, fragment: str | re.Pattern[str], line: int | None
) -> None:
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".reunify.yaml"
    config.write_bytes(content)
    for args in ((), ("--config", str(config))):
        code, err = _run(tmp_path, *args)
        assert code == 2
        assert err.count("\n") == 1
        assert err.startswith(f"reunify: error: {config}{f':{line}:' if line else ': '}")
        assert says(fragment, err)
        if name == "too-large":
            assert "--max-file-size" not in err  # that flag is about plans, not the config


def test_empty_config_is_fine(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".reunify.yaml").write_bytes(b"# nothing configured yet\n")
    assert _run(tmp_path)[0] == 0


def test_python_tag_in_config_is_never_executed(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    canary = tmp_path / "canary"
    (tmp_path / ".reunify.yaml").write_text(
        f"ignore: !!python/object/apply:os.system ['touch {canary}']\n"
    )
    assert _run(tmp_path)[0] == 2
    assert not canary.exists()


# (name, pyproject.toml content, fragment, line)
BAD_TOML: list[tuple[str, bytes, str, int | None]] = [
    ("broken-header", b"[tool.reunify\nfail-on = 'error'\n", "invalid TOML", 1),
    ("broken-value", b"[tool.reunify]\nfail-on = 'error\n", "invalid TOML", 2),
    ("wrong-type", b"[tool.reunify]\nfail-on = 1\n", "`fail-on` must be one of", 2),
    ("unknown-key", b"[tool.reunify]\ncolour = 'red'\n", "unknown key 'colour'", 2),
    ("list-of-numbers", b"[tool.reunify]\nignore = [1]\n", "non-empty strings", 2),
    ("latin-1", b"[tool.reunify]\nignore = ['caf\xe9']\n", "not valid UTF-8", 2),
]


@pytest.mark.parametrize(
    ("name", "content", "fragment", "line"), BAD_TOML, ids=[c[0] for c in BAD_TOML]
)
def test_bad_pyproject_table_is_reported_not_skipped(
    tmp_path: Path, name: str, content: bytes, fragment: str | re.Pattern[str], line: int | None
) -> None:
    (tmp_path / ".git").mkdir()
    config = tmp_path / "pyproject.toml"
    config.write_bytes(content)
    code, err = _run(tmp_path)
    assert code == 2, f"{name}: the broken config was ignored"
    assert err.count("\n") == 1
    assert err.startswith(f"reunify: error: {config}:{line}:")
    assert fragment in err


def test_config_that_is_a_folder_or_missing(tmp_path: Path) -> None:
    folder = tmp_path / "conf.yaml"
    folder.mkdir()
    code, err = _run(tmp_path, "--config", str(folder))
    assert code == 2
    assert err == f"reunify: error: {folder}: is a directory, expected a file\n"
    code, err = _run(tmp_path, "--config", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert err.endswith("nope.yaml: no such file\n")


def test_config_naming_a_catastrophic_pack_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    pack = tmp_path / "policy" / "ours.yaml"
    pack.parent.mkdir()
    pack.write_text(
        "pack: ours\nversion: 1\ndescription: x\nrules:\n"
        "  - id: ours.x\n    category: vague\n    severity: warning\n"
        "    message: m\n    rationale: r\n    match: {regex: ['(\\w+\\s?)*$']}\n"
    )
    (tmp_path / ".reunify.yaml").write_text("rules: [policy/ours.yaml]\n")
    code, err = _run(tmp_path)
    assert code == 2
    assert err.startswith(f"reunify: error: {pack}:10:")
    assert "a repeat inside a repeat" in err


def test_pyproject_whose_tool_is_not_a_table(tmp_path: Path) -> None:
    """Found by the fuzz tests: `tool = 0` crashed the loader (AttributeError)."""
    config = tmp_path / "pyproject.toml"
    config.write_text("tool = 0\n")
    code, err = _run(tmp_path, "--config", str(config))
    assert code == 2
    assert err == f"reunify: error: {config}: [tool.reunify] must be a table\n"
