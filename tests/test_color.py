"""Colour: --color always|never|auto, FORCE_COLOR (force-color.org), and NO_COLOR only when
set to something (no-color.org: an empty NO_COLOR= does not turn colour off)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli import cli
from reunify_cli.cli import app

runner = CliRunner()
ESC = "\x1b["


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    write_pack(tmp_path)
    return plan(tmp_path, "p.yaml", "Mother will wobble.")


def output(path: Path, env: dict[str, str | None], *args: str, command: str = "lint") -> str:
    base: dict[str, str | None] = {"NO_COLOR": None, "FORCE_COLOR": None, **env}
    pack = str(path.parent / "cipack.yaml")
    result = runner.invoke(app, [command, str(path), "--rules", pack, *args], env=base)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize(
    ("env", "args", "colored"),
    [
        ({}, (), False),  # not a terminal
        ({"FORCE_COLOR": "1"}, (), True),
        ({"FORCE_COLOR": ""}, (), False),  # empty: not set
        ({"FORCE_COLOR": "1", "NO_COLOR": ""}, (), True),  # empty NO_COLOR: not set
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, (), False),  # NO_COLOR wins
        ({}, ("--color", "always"), True),
        ({"NO_COLOR": "1"}, ("--color", "always"), True),  # the flag wins
        ({"FORCE_COLOR": "1"}, ("--color", "never"), False),
        ({"FORCE_COLOR": "1"}, ("--color", "auto"), True),
    ],
)
def test_lint_colour(path: Path, env: dict[str, str], args: tuple[str, ...], colored: bool) -> None:
    shown = output(path, env, "--select", "cipack", *args)
    assert "cipack.warn" in shown
    assert (ESC in shown) is colored


def test_rewrite_colour(path: Path) -> None:
    assert ESC in output(path, {}, "--color", "always", command="rewrite")
    assert ESC in output(path, {"FORCE_COLOR": "1"}, command="rewrite")
    assert ESC not in output(path, {"FORCE_COLOR": "1"}, "--color", "never", command="rewrite")


def test_colour_never_goes_into_an_output_file_unless_forced(path: Path) -> None:
    target = path.parent / "report.txt"
    output(path, {"FORCE_COLOR": "1"}, "--select", "cipack", "-o", str(target))
    assert "cipack.warn" in target.read_text() and ESC not in target.read_text()
    output(path, {}, "--select", "cipack", "-o", str(target), "--color", "always")
    assert ESC in target.read_text()


def test_an_empty_no_color_keeps_colour_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setitem(cli._COLOR, "when", "auto")
    monkeypatch.setenv("NO_COLOR", "")
    assert cli.use_color(None) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.use_color(None) is False


def test_a_bad_color_value_is_a_usage_error(path: Path) -> None:
    result = runner.invoke(app, ["lint", str(path), "--color", "sometimes"])
    assert result.exit_code == 2
    assert result.stderr.startswith("reunify: error: --color 'sometimes' is not one of the ")
    assert all(word in result.stderr for word in ("auto", "always", "never"))
