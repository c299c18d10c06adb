"""Nothing lost, nothing leaked, for `reunify rewrite`: generated plans with arbitrary extra
keys, comments, unicode and quoting keep every byte outside the rewritten goals and every
original statement; writes are atomic; the command opens no socket and writes only the
file it is asked to."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st
from shared_texts import NO_NETWORK, TOO_DEEP, says
from typer.testing import CliRunner

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.cli import app
from reunify_cli.io.plans import parse_plan
from reunify_cli.io.yamlio import Lines, parse, scan_comments
from reunify_cli.model import ReunifyError
from reunify_cli.rewrite.revise import revise
from reunify_cli.rewrite.statement import rewrite_plan

ROOT = Path(__file__).resolve().parents[1]
VAGUE = ROOT / "examples" / "vague-plan.yaml"
runner = CliRunner()


pytestmark = pytest.mark.usefixtures("reuse_builtin_ruleset")


RESERVED = {
    *("statement", "goal", "text", "original_statement", "id", "concern", "responsible"),
    *("behavior", "measure", "due", "evidence", "cadence", "feedback", "rewrite"),
    *("goals", "case", "people", "concerns"),
}
# Printable text YAML keeps as written: no controls, no line or paragraph separators.
printable = st.characters(
    exclude_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"), exclude_characters="\x85\ufeff"
)
words = st.text(printable, min_size=1, max_size=24)
keys = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).filter(
    lambda k: k not in RESERVED
)
VAGUE_STATEMENTS = [
    "Parent must make progress in individual therapy.",
    "Mother will participate in substance abuse treatment and follow all recommendations.",
    "Father will cooperate with the agency and benefit from parenting classes.",
    "Mother will maintain stable housing and demonstrate sobriety.",
    "Parent must gain insight into how her depression affects her children.",
]
CONCRETE = (  # already behavioral, measurable and time-limited: not rewritten
    "Parent must gain a better understanding of her own trauma contributing to her drug "
    "abuse and the impact of her drug abuse on the kids. This will be demonstrated through "
    "the mother's completion of a responsibility letter to each child and monthly reports "
    "from her therapist to the Child Welfare Services worker. Child Welfare Services worker "
    "will inform parent if and why she is not on track within a week of reviewing the "
    "monthly report."
)
statements = st.one_of(st.sampled_from([*VAGUE_STATEMENTS, CONCRETE, CONCRETE]), words)


def _quote(value: str, style: str) -> str:
    if style == "single":
        return "'" + value.replace("'", "''") + "'"
    if style == "double":
        return json.dumps(value, ensure_ascii=False)
    escaped = [  # YAML's own escapes (\U for astral characters, not JSON's surrogate pairs)
        c if " " <= c <= "~" and c not in '"\\' else f"\\U{ord(c):08x}" for c in value
    ]
    return '"' + "".join(escaped) + '"'


quoted = st.builds(_quote, words, st.sampled_from(["single", "double", "ascii"]))
comment = st.one_of(st.just(""), words.map(lambda c: "  # " + c.replace("\n", " ")))


@st.composite
def goal_entry(draw: st.DrawFn, index: int) -> str:
    statement = _quote(draw(statements), draw(st.sampled_from(["single", "double", "ascii"])))
    form = draw(st.sampled_from(["string", "block", "block", "flow"]))
    if form == "string":
        return f"  - {statement}{draw(comment)}\n"
    extra = draw(st.lists(st.tuples(keys, quoted, comment), max_size=3, unique_by=lambda t: t[0]))
    if form == "flow":
        fields = "".join(f", {k}: {v}" for k, v, _ in extra)
        return f"  - {{id: g{index}, statement: {statement}{fields}}}{draw(comment)}\n"
    key = draw(st.sampled_from(["statement", "goal", "text"]))
    lines = [f"  - id: g{index}{draw(comment)}\n", f"    {key}: {statement}{draw(comment)}\n"]
    for name, value, note_ in extra:
        lines.insert(draw(st.integers(1, len(lines))), f"    {name}: {value}{note_}\n")
    return "".join(lines)


@st.composite
def plans(draw: st.DrawFn) -> str:
    head = [f"#{draw(comment)}\n", "case:\n  caseworker: J. Alvarez\n  next_review: 2026-07-15\n"]
    tops = st.lists(st.tuples(keys, quoted, comment), max_size=3, unique_by=lambda t: t[0])
    for name, value, note_ in draw(tops):
        head.append(f"{name}_top: {value}{note_}\n")
    count = draw(st.integers(1, 4))
    goals = "".join(draw(goal_entry(i)) for i in range(count))
    tail = draw(st.sampled_from(["", "# the end\n", "notes: |\n  keep this\n  exactly\n"]))
    return "".join(head) + "goals:\n" + goals + tail


def _goal_slices(text: str) -> list[tuple[int, int]]:
    root = parse("p.yaml", text)
    assert root is not None
    goals = root.get("goals")
    assert goals is not None
    lines = Lines(text)
    return [(lines.offset(*g.start), lines.offset(*g.end)) for g in goals.items]


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(plans())
def test_rewrite_keeps_everything_outside_the_rewritten_goals(ruleset: Ruleset, text: str) -> None:
    original = yaml.safe_load(text)
    plan = parse_plan("p.yaml", text)
    report = rewrite_plan(plan, ruleset)
    rewrites = {g.goal.index: g.rewrite for g in report.goals if g.rewrite is not None}
    note(f"rewritten: {sorted(rewrites)}")
    event(f"goals rewritten: {len(rewrites)} of {len(plan.goals)}")
    try:
        revised = revise("p.yaml", text, rewrites)
    except ReunifyError as exc:  # refused as unsafe to edit: then nothing is written
        event("revise refused")
        assert "nothing written" in exc.error.message or "cannot" in exc.error.message
        return
    slices = _goal_slices(text)
    # bytes before the first goal and after the last goal's line are untouched
    assert revised.startswith(text[: slices[0][0]])
    last = slices[-1][1]
    cut = last if text[last - 1] == "\n" else (text.find("\n", last) + 1 or len(text))
    assert revised.endswith(text[cut:])
    # goals that were not rewritten are the same bytes, in the same order
    position = slices[0][0]
    for index, (start, end) in enumerate(slices):
        if index not in rewrites:
            found = revised.find(text[start:end], position)
            assert found != -1, f"goal {index + 1} changed"
            position = found + (end - start)
    # every comment survives, inside rewritten goals too
    kept = {c for _, _, c in scan_comments(revised, parse("p.yaml", revised))}
    assert {c for _, _, c in scan_comments(text, parse("p.yaml", text))} <= kept
    # the data: everything but the rewritten statements is equal, the originals are kept
    after = yaml.safe_load(revised)
    assert {k: v for k, v in after.items() if k != "goals"} == {
        k: v for k, v in original.items() if k != "goals"
    }
    for index, (old, new) in enumerate(zip(original["goals"], after["goals"], strict=True)):
        if index not in rewrites:
            assert new == old
            continue
        old_map = old if isinstance(old, dict) else {"statement": old}
        key = next(k for k in ("statement", "goal", "text") if k in old_map)
        assert new["original_statement"] == old_map[key]
        assert new[key] == rewrites[index]["statement"]
        assert {k: v for k, v in new.items() if k in old_map and k != key} == {
            k: v for k, v in old_map.items() if k != key
        }


# -- the command: atomic writes, backups, nothing else written, no network ------------------


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_bytes(VAGUE.read_bytes())
    return path


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("failing", [1, 2])
def test_in_place_failing_midway_leaves_the_plan_untouched(
    plan: Path, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    """The disk fills up while the revised plan (1st sync) or the backup (2nd) is
    written: both are written in full before either is renamed, so the plan is byte for
    byte what it was, and no backup or temp file is left."""
    before = plan.read_bytes()
    calls: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == failing:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place"])
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert result.stderr.count("\n") == 1
    assert plan.read_bytes() == before
    assert _snapshot(plan.parent) == {"plan.yaml"}


def test_in_place_failing_on_the_backup_changes_nothing(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = plan.read_bytes()

    def fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place"])
    assert result.exit_code == 2
    assert plan.read_bytes() == before
    assert _snapshot(plan.parent) == {"plan.yaml"}


def test_in_place_refuses_an_existing_backup_and_touches_neither(plan: Path) -> None:
    backup = Path(f"{plan}.bak")
    backup.write_text("an older backup\n")
    before = plan.read_bytes()
    result = runner.invoke(app, ["rewrite", str(plan), "--in-place"])
    assert result.exit_code == 2
    assert "--overwrite-backup" in result.stderr
    assert plan.read_bytes() == before
    assert backup.read_text() == "an older backup\n"


def test_in_place_through_a_symlink_rewrites_the_file_and_keeps_the_link(plan: Path) -> None:
    link = plan.parent / "link.yaml"
    link.symlink_to(plan.name)
    before = plan.read_bytes()
    result = runner.invoke(app, ["rewrite", str(link), "--in-place"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert plan.read_bytes() != before
    assert Path(f"{link}.bak").read_bytes() == before


def test_output_that_cannot_be_written_leaves_the_plan_alone(plan: Path) -> None:
    before = plan.read_bytes()
    target = plan.parent / "missing" / "out.yaml"
    result = runner.invoke(app, ["rewrite", str(plan), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert f"{target}: cannot write" in result.stderr
    assert plan.read_bytes() == before
    assert _snapshot(plan.parent) == {"plan.yaml"}


def test_showing_or_diffing_writes_nothing(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(plan.parent)
    before = _snapshot(plan.parent)
    for args in ([], ["--diff"], ["--format", "json"]):
        result = runner.invoke(app, ["rewrite", str(plan), *args])
        assert result.exit_code == 0, result.output
    assert _snapshot(plan.parent) == before


@pytest.mark.parametrize("mode", ["-o", "--in-place"])
def test_rewrite_opens_no_socket_and_writes_only_what_was_asked(
    plan: Path, tmp_path: Path, mode: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REUNIFY_")}
    env.update(HOME=str(home), TMPDIR=str(home), XDG_CACHE_HOME=str(home), REUNIFY_NO_CACHE="1")
    before = _snapshot(tmp_path)
    args = ["-o", str(tmp_path / "revised.yaml")] if mode == "-o" else ["--in-place"]
    done = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "rewrite", str(plan), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    expected = {"revised.yaml"} if mode == "-o" else {"plan.yaml.bak"}
    assert _snapshot(tmp_path) == before | expected


@pytest.mark.usefixtures("no_network")
def test_rewrite_in_process_opens_no_socket(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "revised.yaml"
    result = runner.invoke(app, ["rewrite", str(plan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "original_statement" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"goals:\n\t- Attend.\n", "tab"),
        (b"goals: [a]\ngoals: [b]\n", "duplicate key 'goals'"),
        (b"goals: !!python/object/apply:os.system ['true']\n", "not allowed"),
        (b"goals: " + b"[" * 100_000, TOO_DEEP),
        (b"\x00\x01" * 40, "binary file"),
        ("goals: [a]\n".encode("utf-16"), "UTF-16"),
        (b"", "empty file"),
    ],
)
def test_bad_plan_for_rewrite_is_one_line_and_writes_nothing(
    tmp_path: Path, content: bytes, fragment: str | re.Pattern[str]
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(content)
    for args in (["-o", str(tmp_path / "out.yaml")], ["--in-place"]):
        result = runner.invoke(app, ["rewrite", str(plan), *args])
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1
        assert says(fragment, result.stderr)
        assert _snapshot(tmp_path) == {"plan.yaml"}
        assert plan.read_bytes() == content
