"""Bad plan files: each gets one clear line (file, line) and exit 2, and the rest of the
batch is still checked. Also the OS-level problems: missing, unreadable, folders, loops."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from shared_texts import TOO_DEEP, says
from typer.testing import CliRunner

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_text
from reunify_cli.cli import app
from reunify_cli.io import yamlio
from reunify_cli.io.plans import parse_plan
from reunify_cli.model import ReunifyError

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("reuse_builtin_ruleset")


GOOD = b"goals:\n  - Parent must make progress in individual therapy.\n"


def _billion_laughs() -> bytes:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return ("\n".join(lines) + "\ngoals: [x]\n").encode()


def _scalar_alias_flood() -> bytes:
    return b"a: &a lol\ngoals: [" + b", ".join([b"*a"] * 5000) + b"]\n"


# (name, content, fragment of the message, line of the error or None)
BAD_PLANS: list[tuple[str, bytes, str, int | None]] = [
    ("tabs", b"goals:\n\t- Attend therapy.\n", "tab", 2),
    ("bad-indent", b"goals:\n  - Attend therapy.\n - Call weekly.\n", "invalid YAML", 3),
    ("unclosed-quote", b'goals:\n  - "Attend therapy.\n', "quoted scalar that starts at line 2", 3),
    ("empty", b"", "empty file", 1),
    ("only-comments", b"# nothing yet\n", "empty file", 1),
    ("numbers", b"- 1\n- 2\n", "goal 1 must be a text statement", 1),
    ("no-goals", b"case: {id: x}\n", "no `goals:`", 1),
    ("scalar-root", b"just some words\n", "must be a mapping", 1),
    ("goals-mapping", b"case: {id: x}\ngoals: {a: 1}\n", "`goals:` must be a list", 2),
    ("goals-number", b"goals: 3\n", "`goals:` must be a list", 1),
    ("goal-list", b"goals:\n  - [a, b]\n", "goal 1 must be a statement", 2),
    ("statement-list", b"goals:\n  - statement: [a]\n", "the statement must be text", 2),
    ("duplicate-goals", b"goals: [Attend.]\ngoals: [Call.]\n", "duplicate key 'goals'", 2),
    ("duplicate-inner", b"goals:\n  - id: g1\n    id: g2\n    statement: x\n", "duplicate", 3),
    ("latin-1", b"goals:\n  - Caf\xe9 visits weekly.\n", "not valid UTF-8 (byte 0xe9)", 2),
    ("utf-16", "goals:\n  - Attend.\n".encode("utf-16"), "UTF-16", 1),
    ("binary", b"\x7fELF\x02\x01\x01\x00\x00\x00" * 40, "binary file", 1),
    ("control-char", b"goals: [Attend\x01]\n", "U+0001", 1),
    ("python-tag", b"goals: !!python/object/apply:os.system ['true']\n", "not allowed", 1),
    ("python-name", b"goals: [!!python/name:os.system x]\n", "not allowed", 1),
    ("billion-laughs", _billion_laughs(), "aliases of lists or mappings", 2),
    ("alias-flood", _scalar_alias_flood(), "too many aliases", 2),
    ("deep-flow", b"goals: " + b"[" * 100_000 + b"\n", TOO_DEEP, 1),
    ("deep-block", "".join("  " * i + "a:\n" for i in range(200)).encode(), "nesting", 65),
    ("two-documents", b"goals: [a]\n---\ngoals: [b]\n", "more than one YAML document", 2),
]


@pytest.mark.parametrize(
    ("name", "content", "fragment", "line"), BAD_PLANS, ids=[c[0] for c in BAD_PLANS]
)
def test_bad_plan_is_one_line_exit_2_and_batch_goes_on(
    tmp_path: Path, name: str, content: bytes, fragment: str | re.Pattern[str], line: int | None
) -> None:
    (tmp_path / "a-good.yaml").write_bytes(GOOD)
    bad = tmp_path / f"b-{name}.yaml"
    bad.write_bytes(content)
    (tmp_path / "c-good.yaml").write_bytes(GOOD)
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert [f["error"] is None for f in files] == [True, False, True]
    assert all(f["goals"][0]["flags"]["vague"] for f in (files[0], files[2]))
    error = files[1]["error"]
    assert says(fragment, error["message"])
    assert error["line"] == line
    assert "\n" not in error["message"]
    err_lines = result.stderr.splitlines()
    assert len(err_lines) == 1
    assert err_lines[0].startswith(f"reunify: error: {bad}:{line}:" if line else str(bad))


def test_bom_is_accepted(tmp_path: Path) -> None:
    plan = tmp_path / "bom.yaml"
    plan.write_bytes(b"\xef\xbb\xbf" + GOOD)
    result = runner.invoke(app, ["lint", str(plan), "--format", "json"])
    assert result.exit_code == 1
    goal = json.loads(result.stdout)["files"][0]["goals"][0]
    assert goal["text"] == "Parent must make progress in individual therapy."
    assert goal["line"] == 2


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    """A side-effect canary: the tag would create a file if anything constructed it."""
    canary = tmp_path / "canary"
    for key in ("goals", "statement"):
        plan = tmp_path / f"{key}.yaml"
        plan.write_text(
            f"goals:\n  - {key}: !!python/object/apply:os.system ['touch {canary}']\n"
            if key == "statement"
            else f"goals: !!python/object/apply:os.system ['touch {canary}']\n"
        )
        result = runner.invoke(app, ["lint", str(plan)])
        assert result.exit_code == 2
        assert "not allowed" in result.output
    pack = tmp_path / "pack.yaml"
    pack.write_text(f"pack: !!python/object/apply:os.system ['touch {canary}']\n")
    result = runner.invoke(app, ["lint", str(tmp_path / "goals.yaml"), "--rules", str(pack)])
    assert result.exit_code == 2
    assert not canary.exists()


def test_very_deep_flow_nesting_does_not_crash_the_c_parser(tmp_path: Path) -> None:
    """100k open brackets through libyaml in a separate process: an error, not a crash."""
    plan = tmp_path / "deep.yaml"
    plan.write_bytes(b"goals: " + b"[" * 100_000)
    code = "from reunify_cli.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, "lint", str(plan)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert says(TOO_DEEP, done.stdout)
    assert f"{plan}:1:" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_file_size_limit_is_clear_and_configurable(tmp_path: Path) -> None:
    plan = tmp_path / "big.yaml"
    plan.write_bytes(GOOD + b"# padding\n" * 200)
    small = runner.invoke(app, ["lint", str(plan), "--max-file-size", "100"])
    assert small.exit_code == 2
    assert "larger than the limit of 100 bytes" in small.output
    assert "--max-file-size" in small.output
    assert runner.invoke(app, ["lint", str(plan), "--max-file-size", "100000"]).exit_code == 1
    assert runner.invoke(app, ["lint", str(plan), "--max-file-size", "0"]).exit_code == 2
    with pytest.raises(ReunifyError, match="larger than the limit"):
        yamlio.read_text(str(plan), max_bytes=10)


def test_statement_of_100k_characters_works(ruleset: Ruleset) -> None:
    statement = "Parent must make progress in individual therapy and " * 1924
    assert len(statement) > 100_000
    report = lint_text(f'goals:\n  - "{statement}"\n', ruleset=ruleset)
    goal = report.goals[0]
    assert goal.goal.statement.text == statement
    assert goal.flags["vague"]
    assert any(f.rule == "vague.make-progress" for f in goal.findings)


def test_missing_path_is_reported_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_bytes(GOOD)
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(
        app, ["lint", str(missing), str(tmp_path / "good.yaml"), "--format", "json"]
    )
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert files[0]["error"]["message"] == "no such file"
    assert files[1]["error"] is None
    assert result.stderr.strip() == f"reunify: error: {missing}: no such file"


def test_directory_where_a_file_was_expected(tmp_path: Path) -> None:
    folder = tmp_path / "plan.yaml"
    folder.mkdir()
    with pytest.raises(ReunifyError, match="is a directory"):
        yamlio.read_text(str(folder))
    good = tmp_path / "good.yaml"
    good.write_bytes(GOOD)
    result = runner.invoke(app, ["lint", str(good), "--output", str(folder)])
    assert result.exit_code == 2
    assert f"{folder}: cannot write output" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.yaml", "plan.yaml"]


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, simulated (the tests may run as root, who can read anything)."""
    (tmp_path / "a.yaml").write_bytes(GOOD)
    locked = tmp_path / "b.yaml"
    locked.write_bytes(GOOD)
    real_open = os.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert files[0]["error"] is None
    assert files[1]["error"]["message"] == "permission denied"


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root reads anything")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_bytes(GOOD)
    locked.chmod(0)
    result = runner.invoke(app, ["lint", str(locked)])
    assert result.exit_code == 2
    assert "permission denied" in result.output


def test_symlink_loops_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_bytes(GOOD)
    (tmp_path / "loop1.yaml").symlink_to(tmp_path / "loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to(tmp_path / "loop1.yaml")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop: reported, not followed
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    names = [Path(f["path"]).name for f in files]
    assert names == ["good.yaml", "loop1.yaml", "loop2.yaml", "up"]
    assert files[0]["error"] is None
    assert all("symbolic links" in f["error"]["message"] for f in files[1:3])
    assert "symbolic link loop" in files[3]["error"]["message"]


@pytest.mark.parametrize(
    "where", ["missing-folder/out.json", "good.yaml/out.json", "read-only/out.json"]
)
def test_output_path_that_cannot_be_written(tmp_path: Path, where: str) -> None:
    good = tmp_path / "good.yaml"
    good.write_bytes(GOOD)
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o500)
    target = tmp_path / where
    if where.startswith("read-only") and os.access(read_only, os.W_OK):
        read_only.chmod(0o700)
        pytest.skip("running as root: a read-only folder is still writable")
    result = runner.invoke(app, ["lint", str(good), "-o", str(target), "-f", "json"])
    read_only.chmod(0o700)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert f"{target}: cannot write output" in result.output
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["good.yaml", "read-only"]


def test_output_write_failing_midway_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full while writing: no half report, no temp file, the old report untouched."""
    good = tmp_path / "good.yaml"
    good.write_bytes(GOOD)
    report = tmp_path / "report.json"
    report.write_text("previous report\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = runner.invoke(app, ["lint", str(good), "-o", str(report), "-f", "json"])
    assert result.exit_code == 2
    assert "No space left on device" in result.output
    assert report.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.yaml", "report.json"]


def test_parse_plan_errors_are_one_line_for_every_case() -> None:
    for name, content, fragment, _ in BAD_PLANS:
        try:
            text = yamlio.decode(f"{name}.yaml", content)
            parse_plan(f"{name}.yaml", text)
        except ReunifyError as exc:
            assert says(fragment, exc.error.message)
            assert "\n" not in str(exc.error)
        else:
            pytest.fail(f"{name} was accepted")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_positions_with_other_line_breaks(ruleset: Ruleset, newline: str) -> None:
    """Old-Mac CR, Windows CRLF and Unicode line separators: YAML counts each as a line
    break, and so do the positions reunify reports (found by the fuzz tests)."""
    text = newline.join(["case: {id: x}", "goals:", "  - Parent must make progress."]) + "\n"
    report = lint_text(text, ruleset=ruleset)
    finding = next(f for f in report.goals[0].findings if f.rule == "vague.make-progress")
    line = yamlio.LINE_BREAK.split(text)[finding.span.line - 1]
    assert finding.span.line == 3
    assert line[finding.span.column - 1 : finding.span.end_column - 1] == "make progress"


def test_unreadable_subfolder_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.walk skips folders it cannot list unless asked; a batch must say so (simulated)."""
    (tmp_path / "a.yaml").write_bytes(GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden-from-us.yaml").write_bytes(GOOD)
    (tmp_path / "z.yaml").write_bytes(GOOD)
    real_scandir = os.scandir

    def guarded_scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert [(Path(f["path"]).name, f["error"] is None) for f in files] == [
        ("a.yaml", True),
        ("z.yaml", True),
        ("locked", False),
    ]
    assert files[2]["error"]["message"] == "cannot read folder: Permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_in_a_folder_does_not_hang_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes(GOOD)
    os.mkfifo(tmp_path / "b.yaml")  # nobody writes to it: opening it normally would block
    (tmp_path / "c.yaml").write_bytes(GOOD)
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert [f["error"] is None for f in files] == [True, False, True]
    assert files[1]["error"]["message"] == "not a regular file (a named pipe): not read"


OSC_TITLE = "\x1b]0;pwned\x07"  # an escape sequence that would retitle the terminal


@pytest.mark.parametrize("color", [False, True])
def test_terminal_escapes_in_a_plan_are_shown_not_sent(ruleset: Ruleset, color: bool) -> None:
    from reunify_cli.model import Report
    from reunify_cli.reporters import text as text_reporter

    plan = (
        'goals:\n  - id: "g\\e]0;x\\a"\n'
        '    statement: "Make progress \\e]0;pwned\\a \\u202e now."\n'
    )
    report = lint_text(plan, ruleset=ruleset)
    assert OSC_TITLE in report.goals[0].goal.statement.text  # the data itself is kept
    out = text_reporter.render(Report(files=(report,)), color=color)
    assert "\x1b]" not in out
    assert "\x07" not in out
    assert "\u202e" not in out
    assert "␛]0;pwned␇" in out


def test_terminal_escapes_in_error_lines_are_shown_not_sent(tmp_path: Path) -> None:
    weird = tmp_path / f"plan{OSC_TITLE}.yaml"
    result = runner.invoke(app, ["lint", str(weird), "--format", "json"])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "plan␛]0;pwned␇.yaml: no such file" in result.stderr


@pytest.mark.parametrize(
    "name", ["billion-laughs", "alias-flood", "deep-flow", "deep-block", "two-documents"]
)
def test_hostile_yaml_is_refused_in_bounded_memory(name: str) -> None:
    """Memory, not time, is asserted: the parser stops at the limit instead of building."""
    import tracemalloc

    content = next(c for n, c, _, _ in BAD_PLANS if n == name)
    text = content.decode()
    tracemalloc.start()
    try:
        with pytest.raises(ReunifyError):
            parse_plan(f"{name}.yaml", text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024 + 2 * len(text)


@pytest.mark.parametrize("run", ["(", ":)", '"', "([{", "!?"])
def test_long_punctuation_runs_are_tokenized_in_pieces(ruleset: Ruleset, run: str) -> None:
    """spaCy's tokenizer is quadratic on a long run of punctuation (20,000 '(' took half a
    minute): the copy it tokenizes gets a space every 8th character of such a run."""
    from reunify_cli.analysis.nlp import MAX_TEXT, _break_punctuation_runs

    statement = run * (MAX_TEXT // len(run)) + " make progress"
    broken = _break_punctuation_runs(statement)
    assert len(broken) == len(statement)
    assert max(len(word) for word in broken.split()) <= 8
    assert _break_punctuation_runs("Attend (weekly) sessions.") == "Attend (weekly) sessions."
    report = lint_text(f"goals:\n  - {json.dumps(statement)}\n", ruleset=ruleset)
    assert report.goals[0].goal.statement.text == statement


def test_a_linked_plan_is_shown_where_the_link_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plan that is a symbolic link to another file of the repository is reported at the
    link's path (what a GitHub annotation must name), not at its target's."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "base.txt").write_bytes(b"goals:\n  - Mother will cooperate.\n")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "linked.yaml").symlink_to(tmp_path / "templates" / "base.txt")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lint", "plans", "--format", "github"])
    assert result.exit_code == 1
    assert "file=plans/linked.yaml," in result.stdout
    assert "templates" not in result.stdout
