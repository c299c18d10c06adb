"""Batch runs: folder walking, --jobs, streaming formats, progress, statistics."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from pathlib import Path

import pytest
from generator import load_generator
from typer.testing import CliRunner

from reunify_cli import progress
from reunify_cli.analysis.engine import Ruleset
from reunify_cli.cli import app
from reunify_cli.io.walk import anchor_pattern, walk
from reunify_cli.model import Element, LoadError
from reunify_cli.reporters import text as text_reporter
from reunify_cli.runner import lint_batch
from reunify_cli.settings import Settings
from reunify_cli.stats import Statistics, tally

runner = CliRunner()
VAGUE = "Parent must make progress in individual therapy."
GOOD = (
    "Parent must gain a better understanding of her own trauma contributing to her drug "
    "abuse and the impact of her drug abuse on the kids. This will be demonstrated through "
    "the mother's completion of a responsibility letter to each child and monthly reports "
    "from her therapist to the Child Welfare Services worker. Child Welfare Services worker "
    "will inform parent if and why she is not on track within a week of reviewing the "
    "monthly report."
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plans")
    load_generator().generate(folder, 40, seed=3)
    (folder / "office-00" / "broken.yaml").write_text("goals: [unclosed\n")
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- walking -------------------------------------------------------------------------


def test_walk_order_hidden_globs_and_exclude(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", "notes.txt", ".hidden.yaml", "sub/c.yaml", "sub/z/d.yaml"):
        write(tmp_path / name, "goals: []\n")
    write(tmp_path / ".git" / "e.yaml", "goals: []\n")
    write(tmp_path / "drafts" / "f.yaml", "goals: []\n")
    drafts = anchor_pattern(str(tmp_path), "drafts")
    rel = [os.path.relpath(str(p), tmp_path) for p in walk([str(tmp_path)], exclude=[drafts])]
    assert rel == ["a.yml", "b.yaml", "sub/c.yaml", "sub/z/d.yaml"]
    only_yml = [os.path.relpath(str(p), tmp_path) for p in walk([str(tmp_path)], globs=["*.yml"])]
    assert only_yml == ["a.yml"]
    by_path = walk([str(tmp_path)], exclude=[anchor_pattern(str(tmp_path), "sub/z/*"), drafts])
    assert [os.path.basename(str(p)) for p in by_path] == ["a.yml", "b.yaml", "c.yaml"]
    named_paths = [str(tmp_path / "drafts" / "f.yaml"), str(tmp_path / "b.yaml")]
    named = walk(named_paths, exclude=[drafts])  # a file named is checked (ruff's convention)
    assert [os.path.basename(str(p)) for p in named] == ["f.yaml", "b.yaml"]
    forced = walk(named_paths, exclude=[drafts], force_exclude=True)
    assert [os.path.basename(str(p)) for p in forced] == ["b.yaml"]


def test_walk_reports_symlink_loop_and_lints_each_file_once(tmp_path: Path) -> None:
    write(tmp_path / "plans" / "a.yaml", "goals: []\n")
    os.symlink(tmp_path / "plans", tmp_path / "plans" / "loop")
    entries = list(walk([str(tmp_path / "plans"), str(tmp_path / "plans" / "a.yaml")]))
    assert entries[0] == str(tmp_path / "plans" / "a.yaml")
    assert isinstance(entries[1], LoadError) and "loop" in entries[1].message
    assert len(entries) == 2  # the file named again is not linted twice


def test_cli_symlink_loop_is_reported_and_batch_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", f"goals: ['{VAGUE}']\n")
    os.symlink(tmp_path, tmp_path / "again")
    result = runner.invoke(app, ["lint", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["goals"][0]["flags"]["vague"] is True
    assert "symbolic link loop" in lines[1]["error"]["message"]


def test_cli_glob_and_exclude_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.plan", f"goals: ['{VAGUE}']\n")
    write(tmp_path / "b.yaml", f"goals: ['{VAGUE}']\n")
    write(tmp_path / "old" / "c.plan", f"goals: ['{VAGUE}']\n")
    write(tmp_path / "new" / "d.plan", f"goals: ['{VAGUE}']\n")
    args = ["lint", str(tmp_path), "-f", "jsonl", "--glob", "*.plan", "--exclude", "old"]
    result = runner.invoke(app, args)
    names = [Path(json.loads(x)["path"]).name for x in result.stdout.splitlines()]
    assert names == ["a.plan", "d.plan"]
    monkeypatch.chdir(tmp_path)  # a pattern with a slash is relative to the working folder
    args = ["lint", ".", "-f", "jsonl", "--glob", "*.plan", "--exclude", "new/*"]
    result = runner.invoke(app, args)
    names = [Path(json.loads(x)["path"]).name for x in result.stdout.splitlines()]
    assert names == ["a.plan", "c.plan"]


# --- parallel, streaming, identical output -------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "text"])
def test_output_is_identical_whatever_the_jobs(generated: Path, fmt: str) -> None:
    outputs = []
    for jobs in ("1", "2", "3"):
        result = runner.invoke(app, ["lint", str(generated), "-f", fmt, "--jobs", jobs])
        assert result.exit_code == 2  # the broken file
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 1000


def test_jobs_counts_the_parent_which_lints_its_share(
    ruleset: Ruleset, generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs N is N processes doing the work: the parent lints every N-th chunk itself
    (not only the first, before the workers fork) beside N - 1 workers."""
    from reunify_cli import batch

    log = tmp_path / "pids"
    linted = batch.lint_chunk

    def logged(paths, ruleset, settings):  # type: ignore[no-untyped-def]
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return linted(paths, ruleset, settings)

    monkeypatch.setattr(batch, "lint_chunk", logged)
    paths = [str(p) for p in sorted(generated.rglob("*.yaml"))]
    outcomes = list(batch.run(paths, ruleset, Settings(), jobs=2, chunk_files=2))
    assert len(outcomes) == len(paths)
    pids = log.read_text().split()
    assert len(set(pids)) == 2  # the parent and one worker
    assert pids.count(str(os.getpid())) >= len(pids) // 2  # the first chunk and every 2nd


def test_jsonl_is_the_json_documents_files_one_per_line(generated: Path) -> None:
    doc = json.loads(runner.invoke(app, ["lint", str(generated), "-f", "json"]).stdout)
    lines = runner.invoke(app, ["lint", str(generated), "-f", "jsonl"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == doc["files"]
    assert len(lines) == 41


def test_csv_has_one_row_per_goal(generated: Path) -> None:
    doc = json.loads(runner.invoke(app, ["lint", str(generated), "-f", "json"]).stdout)
    result = runner.invoke(app, ["lint", str(generated), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    goals = [(f["path"], g) for f in doc["files"] for g in f["goals"]]
    assert len([r for r in rows if not r["error"]]) == len(goals)
    for row, (path, goal) in zip([r for r in rows if not r["error"]], goals, strict=True):
        assert row["file"] == path and row["line"] == str(goal["line"])
        assert row["goal_id"] == (goal["id"] or "")
        assert row["behavioral"] == str(goal["elements"]["behavioral"]).lower()
        assert row["vague"] == str(goal["flags"]["vague"]).lower()
        assert row["rules"].split() == sorted({f["rule"] for f in goal["findings"]})
    broken = [r for r in rows if r["error"]]
    assert len(broken) == 1 and broken[0]["file"].endswith("broken.yaml")
    assert "invalid YAML" in broken[0]["error"]


def test_csv_neutralises_formula_cells(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", f"goals:\n  - id: '=HYPERLINK(1)'\n    statement: {VAGUE}\n")
    rows = list(
        csv.reader(io.StringIO(runner.invoke(app, ["lint", str(tmp_path), "-f", "csv"]).stdout))
    )
    assert rows[1][1] == "'=HYPERLINK(1)"


def test_streamed_text_equals_the_text_reporter(ruleset: Ruleset, generated: Path) -> None:
    from reunify_cli.api import lint_paths

    report = lint_paths([str(generated)], Settings(), ruleset)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        lint_batch([str(generated)], Settings(), ruleset, "text", lambda r: "", statistics=False)
    assert out.getvalue() == text_reporter.render(report)


def test_memory_stays_bounded_as_the_batch_grows(
    ruleset: Ruleset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Peak Python memory of a streamed run (no workers) must not grow with the batch:
    8x the files may cost at most 1.3x the peak (collecting the reports, as the json
    format does, measured 1.8x). The run's caches of analysed statements are bounded, so
    they are made small here: what must not grow is everything else."""
    import tracemalloc

    from reunify_cli.analysis import engine, nlp, readability

    monkeypatch.setattr(ruleset.analyzer, "cache_statements", 50)
    monkeypatch.setattr(nlp, "CACHE_STATEMENTS", 50)  # also bounds the abbreviations
    monkeypatch.setattr(engine, "CACHE_MATCHES", 50)  # also bounds elements_of's
    monkeypatch.setattr(readability, "CACHE_TEXTS", 50)
    generator = load_generator()
    peaks = []
    for plans in (40, 320):
        folder = tmp_path / str(plans)
        generator.generate(folder, plans, seed=5)
        out = tmp_path / f"{plans}.jsonl"
        tracemalloc.start()
        lint_batch([str(folder)], Settings(), ruleset, "jsonl", lambda r: "", output=out)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert len(out.read_text().splitlines()) == plans
    assert peaks[1] < 1.3 * peaks[0], peaks


# --- progress and statistics ---------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_for_more_than_a_handful() -> None:
    assert progress.wanted(progress.HANDFUL + 1, FakeTerminal())
    assert not progress.wanted(progress.HANDFUL, FakeTerminal())
    assert not progress.wanted(1000, io.StringIO())


def test_progress_bar_draws_on_a_terminal(ruleset: Ruleset, generated: Path) -> None:
    err = FakeTerminal()
    lint_batch([str(generated)], Settings(), ruleset, "jsonl", lambda r: "", stderr=err)
    assert "linting" in err.getvalue() and "goals" in err.getvalue()


def test_report_redirected_to_a_file_stays_out_of_the_terminal(
    ruleset: Ruleset, generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reunify lint plans/ > report.txt` on a terminal: the bar on the screen, the report
    (and its summary) in the file, nothing of the report on the screen."""
    out, err = io.StringIO(), FakeTerminal()
    monkeypatch.setattr("sys.stdout", out)
    lint_batch([str(generated)], Settings(), ruleset, "text", lambda r: "", stderr=err)
    assert "linting" in err.getvalue()
    assert "missing:" not in err.getvalue() and "goal(s)" not in err.getvalue()
    assert "missing:" in out.getvalue() and "goal(s)" in out.getvalue()


def test_piped_run_shows_no_progress(generated: Path) -> None:
    result = runner.invoke(app, ["lint", str(generated), "-f", "jsonl"])
    assert "linting" not in result.stderr and "\x1b[" not in result.stderr
    assert "files/s" not in result.stderr


def known_batch(tmp_path: Path) -> Path:
    write(tmp_path / "a.yaml", f"goals:\n  - '{VAGUE}'\n  - '{VAGUE}'\n")
    write(tmp_path / "b.yaml", f'goals:\n  - id: g1\n    statement: "{GOOD}"\n')
    write(tmp_path / "c.yaml", "goals: [unclosed\n")
    return tmp_path


def test_statistics_numbers_on_a_known_batch(ruleset: Ruleset, tmp_path: Path) -> None:
    from reunify_cli.api import lint_paths

    report = lint_paths([str(known_batch(tmp_path))], Settings(), ruleset)
    stats = Statistics()
    for file in report.files:
        stats.add(tally(file))
    summary = stats.snapshot()
    assert (summary.files, summary.load_errors, summary.goals) == (3, 1, 3)
    missing = {element.value: n for element, n in summary.missing}
    # the seed's vague goal has none of the five elements; its rewrite has all but maybe
    # a number (SPEC's seed example)
    for element in ("behavioral", "time_limited", "evidence_source", "reporting_cadence"):
        assert missing[element] == 2
    good_measurable = report.files[1].goals[0].elements[Element.MEASURABLE]
    assert missing["measurable"] == 2 + (not good_measurable)
    assert dict(summary.flagged) == {
        "vague": 2,
        "judgmental_language": 0,
        "poverty_condition": 0,
    }
    assert dict(summary.top_rules)["vague.make-progress"] == 2
    assert summary.top_files[0] == (str(tmp_path / "a.yaml"), len(report.files[0].all_findings))
    assert summary.findings == sum(len(f.all_findings) for f in report.files)


def test_statistics_table_in_text_and_on_stderr_for_machine_formats(tmp_path: Path) -> None:
    folder = str(known_batch(tmp_path))
    result = runner.invoke(app, ["lint", folder, "--statistics"])
    assert "Goals missing each element" in result.stdout
    assert "66.7%" in result.stdout  # 2 of 3 goals miss an observable action
    assert "vague.make-progress" in result.stdout
    assert "could not be read" in result.stdout
    machine = runner.invoke(app, ["lint", folder, "--statistics", "-f", "jsonl"])
    assert "Goals missing each element" in machine.stderr
    assert all(json.loads(line) for line in machine.stdout.splitlines())
    quiet = runner.invoke(app, ["lint", folder])
    assert "Goals missing each element" not in quiet.stdout  # 3 files: not a batch yet


def test_summary_table_by_default_for_a_batch_in_text(generated: Path) -> None:
    result = runner.invoke(app, ["lint", str(generated)])
    assert "Files with the most findings" in result.stdout
    result = runner.invoke(app, ["lint", str(generated), "--no-statistics"])
    assert "Files with the most findings" not in result.stdout


def test_output_file_is_written_whole(generated: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.jsonl"
    result = runner.invoke(app, ["lint", str(generated), "-f", "jsonl", "-o", str(out)])
    assert result.stdout == ""
    assert len(out.read_text().splitlines()) == 41
