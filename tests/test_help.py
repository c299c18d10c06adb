"""Every command's --help shows what a user types (no Python types, no braces), and a bad
choice is one plain line naming what was given and the choices."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from reunify_cli.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
PLAN = str(ROOT / "examples" / "good-plan.yaml")


def command_paths() -> Iterator[tuple[str, ...]]:
    def walk(command: object, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        yield path
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, (*path, name))

    yield from walk(typer.main.get_command(app), ())


COMMANDS = list(command_paths())


def test_every_command_is_checked() -> None:
    assert {("lint",), ("rewrite",), ("handout",), ("rules", "schema")} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "reunify" for p in COMMANDS])
def test_help_shows_values_as_the_user_types_them(path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    shown = result.output
    assert re.search(r"<(bool|str|int|path|list\[|float)", shown) is None, shown
    assert "{" not in shown and "}" not in shown, shown  # no `{paths}...`
    usage = next(line for line in shown.splitlines() if "Usage:" in line).rstrip()
    assert re.search(r"\[OPTIONS\]( [A-Z]|$| \[[A-Z]| COMMAND| plan\|)", usage), usage


def test_usage_names_arguments_in_capitals() -> None:
    usages = {}
    for path in (("lint",), ("rewrite",), ("rules", "test"), ("handout",)):
        shown = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"}).output
        usages[path] = next(line for line in shown.splitlines() if "Usage:" in line).strip()
    assert usages[("lint",)] == "Usage: reunify lint [OPTIONS] PATH..."
    assert usages[("rewrite",)] == "Usage: reunify rewrite [OPTIONS] PATH..."
    assert usages[("rules", "test")] == "Usage: reunify rules test [OPTIONS] [PACK]..."
    assert usages[("handout",)] == "Usage: reunify handout [OPTIONS] PLAN"


def test_square_brackets_in_help_are_shown() -> None:
    shown = runner.invoke(app, ["handout", "--help"], env={"COLUMNS": "200"}).output
    assert "unfilled [placeholders], marked" in shown


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        ("lint", ["text", "json", "sarif", "github", "junit", "jsonl", "csv"]),
        ("rewrite", ["text", "json", "jsonl"]),
    ],
)
def test_a_bad_format_says_what_was_given_and_the_choices(command: str, choices: list[str]) -> None:
    result = runner.invoke(app, [command, PLAN, "--format", "jsn"])
    assert result.exit_code == 2
    assert result.stdout == ""
    error = result.stderr
    assert error.count("\n") == 1, error
    assert error.startswith("reunify: error: --format 'jsn' is not one of the choices: ")
    assert all(choice in error for choice in choices)
    assert "did you mean json?" in error
    assert "Value error" not in error and "Traceback" not in error
