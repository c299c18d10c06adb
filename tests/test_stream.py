"""Whole-document formats over a batch are joined from per-file parts (reporters/stream.py):
the document is the one rendering the whole report gives, and no report is kept."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from generator import load_generator
from hypothesis import given
from hypothesis import strategies as st

from reunify_cli import batch
from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_paths
from reunify_cli.reporters import RenderOptions, render
from reunify_cli.runner import lint_batch
from reunify_cli.settings import Settings


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plans")
    load_generator().generate(root, 30, seed=9)
    (root / "office-01" / "broken.yaml").write_text("goals: [unclosed\n")
    (root / "office-00" / "a-b").mkdir()  # sorts before office-00/unit-0 by path
    (root / "office-00" / "a-b" / "x.yaml").write_text("goals:\n  - Attend DV classes.\n")
    (root / "office-00" / "empty.yaml").write_text("goals: []\n")
    (root / "zz-not-a-plan.yaml").write_text("just: text\n")
    return root


def batch_output(
    folder: Path,
    ruleset: Ruleset,
    fmt: str,
    jobs: int,
    settings: Settings | None = None,
    include_text: bool = False,
) -> str:
    """What `reunify lint FOLDER --format FMT` writes (a whole report is never rendered
    for a batch: the parts are)."""
    out = io.StringIO()
    single = folder.is_file()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", out)
        lint_batch(
            [str(folder)],
            settings or Settings(),
            ruleset,
            fmt,
            (lambda r: render(r, fmt)) if single else (lambda r: pytest.fail("kept")),
            jobs=jobs,
            include_text=include_text,
        )
    return out.getvalue()


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "junit"])
def test_document_from_parts_is_the_whole_reports(
    folder: Path, ruleset: Ruleset, fmt: str, jobs: int
) -> None:
    whole = render(lint_paths([str(folder)], Settings(), ruleset), fmt)
    joined = batch_output(folder, ruleset, fmt, jobs)
    if fmt == "json":
        assert json.loads(joined) == json.loads(whole)
        lines = joined.splitlines()  # a line per file, C-encoded, not indented
        assert lines[0].startswith('{"tool":') and lines[-1].startswith('],"summary":')
        assert len(lines) == 2 + json.loads(whole)["summary"]["files"]
    else:
        assert joined == whole
    assert "broken.yaml" in joined


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_parts_keep_skipped_files_and_flagged_words(
    folder: Path, ruleset: Ruleset, fmt: str
) -> None:
    """--skip-non-plans lists the skipped files in JSON; --include-text puts the flagged
    words in SARIF: the same document as the whole report's."""
    settings = Settings(skip_non_plans=True)
    options = RenderOptions(include_text=True)
    whole = render(lint_paths([str(folder)], settings, ruleset), fmt, options)
    joined = batch_output(folder, ruleset, fmt, 1, settings, include_text=True)
    assert json.loads(joined) == json.loads(whole)
    if fmt == "json":
        skipped = json.loads(joined)["skipped"]
        assert [Path(s["path"]).name for s in skipped] == ["zz-not-a-plan.yaml"]
    else:
        results = json.loads(joined)["runs"][0]["results"]
        assert results and all("excerpt" in r["properties"] for r in results)


def test_one_file_is_rendered_as_before(folder: Path, ruleset: Ruleset) -> None:
    plan = folder / "office-00" / "a-b" / "x.yaml"
    whole = render(lint_paths([str(plan)], Settings(), ruleset), "json")
    assert batch_output(plan, ruleset, "json", 1) == whole
    assert whole.startswith('{\n  "tool"')  # indented, as before


def test_reports_are_not_kept(
    folder: Path, ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = []
    run = batch.run

    def spy(*args: object, **kwargs: object) -> object:
        for outcome in run(*args, **kwargs):  # type: ignore[arg-type]
            if outcome.report is not None:
                kept.append(outcome.report)
            yield outcome

    monkeypatch.setattr(batch, "run", spy)
    for fmt in ("json", "sarif", "github", "junit"):
        batch_output(folder, ruleset, fmt, 1)
    assert kept and all(r.error is not None for r in kept)  # only unreadable files'


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_files_in_path_order_stream_and_others_are_sorted(
    tmp_path: Path, ruleset: Ruleset, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files that come in path order (a folder walked in order) have their SARIF results
    or GitHub lines written as each file is done, none kept to the end; files named out of
    order are kept and listed in path order. Either way the document is the whole
    report's, unreadable files last."""
    from reunify_cli.reporters import stream

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.yaml").write_text(f"goals:\n  - Mother will cooperate ({name}).\n")
    (tmp_path / "b2.yaml").write_text("goals: [unclosed\n")
    held: list[int] = []
    finish = stream.DocumentWriter.finish

    def spy(self: stream.DocumentWriter, *args: object, **kwargs: object) -> None:
        held.append(len(self._held))
        finish(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stream.DocumentWriter, "finish", spy)
    named = [str(tmp_path / n) for n in ("c.yaml", "b2.yaml", "b.yaml", "a.yaml")]
    for paths in ([str(tmp_path)], named):
        out = io.StringIO()
        monkeypatch.setattr("sys.stdout", out)
        lint_batch(paths, Settings(), ruleset, fmt, lambda r: pytest.fail("kept"))
        whole = render(lint_paths(sorted(paths), Settings(), ruleset), fmt)
        assert out.getvalue() == whole
        order = [whole.index(f"{n}.yaml") for n in ("a", "b", "c")]
        assert order == sorted(order) and whole.rindex("b2.yaml") > order[-1]
    assert held == [0, 3]  # streamed; then a, b and c kept (b2 is an unreadable file)


@given(st.lists(st.text(max_size=300), max_size=40), st.integers(1, 64))
def test_parts_kept_in_one_stream_come_back_one_by_one(parts: list[str], chunk: int) -> None:
    from reunify_cli.reporters import stream

    packed = stream._Packed()
    packed.CHUNK = chunk  # decompressed a few bytes at a time: every boundary is met
    for order, part in enumerate(parts):
        packed.add(f"p{order:03d}", order, part)
    back = [
        (path, order, text.decode("utf-8", "surrogatepass")) for path, order, text in packed.parts()
    ]
    assert back == [(f"p{i:03d}", i, part) for i, part in enumerate(parts)]


def test_json_part_is_the_encoded_file_record(folder: Path, ruleset: Ruleset) -> None:
    """json_part writes each file's record from pieces: byte for byte what json.dumps
    gives for records.file_record, for linted plans and for the odd values (no goal id,
    a suggestion, a rewrite, quotes, control and non-ASCII characters, an unreadable file)."""
    from dataclasses import replace
    from types import MappingProxyType

    from reunify_cli.model import FileReport, LoadError
    from reunify_cli.reporters.records import file_record
    from reunify_cli.reporters.stream import json_part

    def encoded(report: FileReport) -> str:
        return json.dumps(file_record(report), ensure_ascii=False, separators=(",", ":"))

    reports = list(lint_paths([str(folder)], Settings(), ruleset).files)
    assert sum(len(g.findings) for r in reports for g in r.goals) > 50
    odd = next(r for r in reports if r.goals and r.goals[0].findings)
    goal = odd.goals[0]
    text = 'Attend "DV" classes\t\u2014 caf\u00e9 \u2028 \\ \x01 \U0001f600'
    finding = replace(goal.findings[0], excerpt=text, suggestion='say "weekly"\n', message=text)
    statement = replace(goal.goal.statement, text=text)
    odd_goal = replace(
        goal,
        goal=replace(goal.goal, id=None, statement=statement),
        findings=(finding, *goal.findings),
        rewrite=MappingProxyType({"text": text, "grade": 7.5, "kept": [1, None, True]}),
    )
    reports.append(replace(odd, path=f"plans/{text}.yaml", goals=(odd_goal,), findings=(finding,)))
    reports.append(FileReport(path="bad.yaml", error=LoadError("bad.yaml", text, 3, None)))
    for report in reports:
        assert json_part(report) == encoded(report)
