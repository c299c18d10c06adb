"""Bad rule packs: a clear one-line error naming file, line and key, exit 2; regexes that
would backtrack catastrophically are refused at load or stopped when they run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reunify_cli.analysis import regexguard
from reunify_cli.api import lint_paths
from reunify_cli.cli import app
from reunify_cli.io.packs import parse_pack
from reunify_cli.model import ReunifyError
from reunify_cli.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
GOOD_PLAN = ROOT / "examples" / "good-plan.yaml"
runner = CliRunner()

HEAD = "pack: mine\nversion: 1\ndescription: My agency's words.\n"


def _rule(match: str = "{phrases: [be good]}", extra: str = "") -> str:
    return (
        "rules:\n"
        "  - id: mine.rule\n"
        "    category: vague\n"
        "    severity: warning\n"
        "    message: Say what.\n"
        "    rationale: Because.\n"
        f"    match: {match}\n"
        f"{extra}"
    )


# (name, pack text, fragment of the message, line)
BAD_PACKS: list[tuple[str, str, str, int | None]] = [
    ("invalid-regex", HEAD + _rule("{regex: ['(unclosed']}"), "invalid regex", 10),
    ("nested-quantifier", HEAD + _rule("{regex: ['(a+)+$']}"), "a repeat inside a repeat", 10),
    ("overlapping-alternation", HEAD + _rule("{regex: ['(x|x?)+y']}"), "alternatives", 10),
    ("adjacent-repeats", HEAD + _rule("{regex: ['\\s*\\s*$']}"), "two unbounded repeats", 10),
    ("unknown-key", HEAD + _rule(extra="    colour: red\n"), "unknown key 'colour'", 11),
    ("unknown-top-key", HEAD + "extra: 1\n" + _rule(), "unknown key 'extra'", 4),
    ("unknown-match-key", HEAD + _rule("{words: [x]}"), "unknown key 'words'", 10),
    ("rules-not-a-list", HEAD + "rules: {a: 1}\n", "rules: expected a list", 4),
    ("severity-wrong", HEAD + _rule().replace("warning", "loud"), "severity", 7),
    ("message-a-list", HEAD + _rule().replace("Say what.", "[a, b]"), "message", 8),
    ("regex-a-number", HEAD + _rule("{regex: [7]}"), "regex[0]: expected text, got 7", 10),
    ("no-version", "pack: mine\ndescription: x\n", "'version' is a required property", 1),
    ("empty", "", "a rule pack must be a mapping", 1),
    ("a-list", "- a\n- b\n", "a rule pack must be a mapping", 1),
    ("duplicate-key", HEAD + "pack: other\n", "duplicate key 'pack'", 4),
    ("duplicate-rule", HEAD + _rule() + _rule().replace("rules:\n", ""), "duplicate rule id", 11),
    ("bad-yaml", HEAD + "rules: [\n", "invalid YAML", 5),
    ("python-tag", HEAD + "rules: !!python/object/apply:os.getcwd []\n", "not allowed", 4),
]


@pytest.mark.parametrize(
    ("name", "text", "fragment", "line"), BAD_PACKS, ids=[c[0] for c in BAD_PACKS]
)
def test_bad_pack_is_one_line_with_file_and_line(
    tmp_path: Path, name: str, text: str, fragment: str, line: int | None
) -> None:
    pack = tmp_path / f"{name}.yaml"
    pack.write_text(text)
    with pytest.raises(ReunifyError) as info:
        parse_pack(str(pack), text)
    error = info.value.error
    assert fragment in error.message
    assert error.line == line
    assert "\n" not in str(error)
    result = runner.invoke(app, ["lint", str(GOOD_PLAN), "--rules", str(pack)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"reunify: error: {pack}:{line}:")
    assert "Traceback" not in result.output


def test_pack_that_is_binary_or_missing(tmp_path: Path) -> None:
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["lint", str(GOOD_PLAN), "--rules", str(binary)])
    assert result.exit_code == 2
    assert "binary file" in result.output
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(app, ["lint", str(GOOD_PLAN), "--rules", str(missing)])
    assert result.exit_code == 2
    assert f"{missing}: no such file" in result.output


def test_pack_folder_skips_subfolders_named_like_packs(tmp_path: Path) -> None:
    (tmp_path / "sub.yaml").mkdir()
    (tmp_path / "mine.yaml").write_text(HEAD + _rule())
    result = runner.invoke(app, ["lint", str(GOOD_PLAN), "--rules", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_built_in_regexes_pass_the_guard() -> None:
    from reunify_cli.io.packs import load_packs

    patterns = [
        p
        for pack in load_packs()
        for m in [r.match for r in pack.rules] + [d.match for d in pack.detectors]
        if m is not None
        for p in m.regex
    ]
    assert patterns
    assert [p for p in patterns if regexguard.problem(p)] == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\d{1,3}\s?%",
        r"(?:\d{1,2}/){2}",
        r"(?:ab|cd)+",
        r"\bfoo\b.*\bbar\b",
        r"(?!x)\w+",
        r"(?:\w+\s+)*done",  # a word cannot run into the spaces after it: unambiguous
        r"to\s+the\s+(?:(?:monthly|weekly)\s+)*visit",
        r"(?:x+y)+",
        r"(?:\s+(?:and\s+)?[a-z][\w'.-]*){0,2}?",  # the optional group starts with a letter
    ],
)
def test_ordinary_patterns_are_allowed(pattern: str) -> None:
    assert regexguard.problem(pattern) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(\w+\s?)*$",
        r"(.*)*",
        r"(?:\s+|\w+)*x",
        r".*.*=.*",
        r"\w+\s*\w+$",
        r"(?:\w+,?\s*)+$",
        r"(?:\d+(?:st|nd)?|x)*",
        r"(?:a+a)*",
        "(" * 300 + ")" * 300,
    ],
)
def test_catastrophic_patterns_are_refused(pattern: str) -> None:
    problem = regexguard.problem(pattern)
    assert problem is not None
    assert "rewrite it" in problem


def test_a_runaway_regex_the_check_misses_is_stopped_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    """`.*a.*a.*a.*b(?!x)` passes the static check but is O(n^4) on a long run of 'a' whose
    only 'b' after it is followed by 'x': the time bound turns it into that file's error;
    the next file is still analysed. (Through the batch path too, which analyses several
    plans in one pass.) The RE2 pre-pass cannot spare it: its loose form, without the
    look-ahead, matches that statement."""
    pattern = ".*a.*a.*a.*b(?!x)"
    assert regexguard.problem(pattern) is None
    pack = tmp_path / "rules" / "mine.yaml"
    pack.parent.mkdir()
    pack.write_text(HEAD + _rule("{regex: ['" + pattern + "']}"))
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a.yaml").write_text("goals:\n  - b " + "a" * 19_000 + " bx\n")  # has its words
    (plans / "b.yaml").write_text("goals:\n  - Parent must make progress in therapy.\n")
    report = lint_paths([str(plans)], Settings(rules=(str(pack),)))
    first, second = report.files
    assert first.error is not None
    assert "mine.rule" in first.error.message
    assert "catastrophic backtracking" in first.error.message
    assert second.error is None
    assert second.goals[0].flags["vague"]
    for jobs in ("1", "2"):  # in-process, and in worker processes
        args = ["lint", str(plans), "--rules", str(pack), "-f", "json", "--jobs", jobs]
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        files = json.loads(result.stdout)["files"]
        assert [f["error"] is None for f in files] == [False, True]
