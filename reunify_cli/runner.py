"""`reunify lint` over a batch: walk, lint in parallel, stream the output, show progress,
end with the summary, and return the exit code. All printing of a lint run happens here.

Streaming formats (text, jsonl, csv) write each file's output as soon as it and the files
before it are done. The whole-document formats (json, sarif, github, junit) are joined
from each file's part, rendered where the file was analysed (reporters/stream.py); a run
of one file gets the whole Report at the end (`render_report`), as written before.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import IO

from . import batch, progress
from .analysis.engine import Ruleset
from .io.walk import walk
from .model import FileReport, LoadError, Report, ReunifyError
from .settings import Settings
from .stats import Statistics, Summary

STREAMING = ("text", "jsonl", "csv", "concise")


def text_file(report: FileReport, color: bool) -> str:
    """The text output of one file (what `reporters.text.render` prints for it)."""
    from .reporters import text

    buffer = io.StringIO()
    text.render_file(text.make_console(color=color, width=100, file=buffer), report)
    return buffer.getvalue()


def text_summary_line(summary: Summary, color: bool) -> str:
    """The closing line of the text format, from running totals."""
    from rich.text import Text

    from .reporters import text

    errors, warnings, info = summary.severities
    line = (
        f"{summary.files} file(s), {summary.goals} goal(s), {summary.flagged[0][1]} vague; "
        f"{summary.findings} finding(s): {errors} error(s), "
        f"{warnings} warning(s), {info} info"
    )
    if summary.load_errors:
        line += f"; {summary.load_errors} file(s) could not be read"
    buffer = io.StringIO()
    text.make_console(color=color, width=100, file=buffer).print(Text(line, style="bold"))
    return buffer.getvalue()


def _streamer(fmt: str, color: bool) -> tuple[str, batch.Renderer] | None:
    """Header and per-file renderer of a streaming format (None: the format collects)."""
    if fmt == "text":
        return "", partial(text_file, color=color)
    if fmt == "jsonl":
        from .reporters import jsonl

        return "", jsonl.render_file
    if fmt == "csv":
        from .reporters import csv

        return csv.header(), csv.render_file
    if fmt == "concise":
        from .reporters import concise

        return "", concise.render_file
    return None


@contextmanager
def _output(path: Path | None) -> Iterator[Callable[[str], object]]:
    if path is None:
        # look sys.stdout up at each write: the progress bar redirects it while it runs
        yield lambda text: sys.stdout.write(text)
        return
    from .io.files import atomic_writer

    with atomic_writer(path) as handle:
        yield handle.write


def skipped_line(why: LoadError) -> str:
    """`file: not a plan, skipped (why)`, one line that begins with the file's name."""
    from .printable import line_start, one_line

    return f"{line_start(why.path, path=True)}: not a plan, skipped ({one_line(why.message)})"


def _refuse_input_as_output(output: Path, entries: Sequence[str | LoadError]) -> None:
    """--output naming a plan that is being checked would replace the plan by the report:
    refused before anything is read or written (ReunifyError, exit 2)."""
    try:
        target = os.stat(output)
    except OSError:
        return  # not there yet: nothing to lose
    for entry in entries:
        path = entry.path if isinstance(entry, LoadError) else entry
        try:
            found = os.stat(path)
        except (OSError, ValueError):
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            message = "--output names a plan being checked; the report would replace it"
            raise ReunifyError(LoadError(str(output), message))


def lint_batch(
    paths: Sequence[str],
    settings: Settings,
    ruleset: Ruleset,
    fmt: str,
    render_report: Callable[[Report], str],
    jobs: int = 1,
    statistics: bool | None = None,
    output: Path | None = None,
    color: bool = False,
    stderr: IO[str] | None = None,
    quiet: bool = False,
    group_by: str | None = None,
    include_text: bool = False,
) -> int:
    """Lint, write the report, and return the exit code (0, 1 or 2).

    `statistics`: True shows the summary tables - in the text format instead of the
    findings (as ruff's --statistics), on standard error after a machine format's output
    -, False never, None for batches of more than a handful of files in the text format
    (after the findings, and not with `quiet`). `group_by` (`case.KEY`) adds a table of
    the plans grouped by that field. `include_text`: SARIF results carry the flagged
    words. Raises OSError when the output cannot be written.
    """
    err = stderr if stderr is not None else sys.stderr
    import gc

    # The ruleset (spaCy, compiled rules) lives as long as the run: keep the garbage
    # collector from scanning it again and again, and forked workers from copying it.
    gc.freeze()
    entries = list(
        walk(
            paths,
            settings.globs,
            settings.exclude,
            settings.force_exclude,
            gitignore=settings.respect_gitignore,
        )
    )
    if output is not None:
        _refuse_input_as_output(output, entries)
    only_tables = fmt == "text" and statistics is True
    streamer = None if only_tables else _streamer(fmt, color)
    part = None
    if streamer is None and not only_tables and len(entries) > 1:  # one document, in parts
        from .reporters import stream

        part = stream.part_renderer(fmt, ruleset.rules, include_text)
    stats = Statistics(group_by)
    errors: list[str] = []
    kept: list[FileReport] = []
    skipped: list[LoadError] = []
    show_bar = progress.wanted(len(entries), err)
    with _output(output) as write, progress.bar(len(entries), show_bar, err) as advance:
        if streamer is not None:
            write(streamer[0])
        document = None
        if part is not None:
            document = stream.DocumentWriter(
                fmt, write, ruleset.rules, settings.config_files, _in_path_order(entries)
            )
            document.start()
        outcomes = batch.run(
            entries,
            ruleset,
            settings,
            jobs=jobs,
            render=streamer[1] if streamer is not None else part,
            keep=streamer is None and part is None and not only_tables,
            group_by=group_by,
            keep_errors=part is not None,
        )
        for outcome in outcomes:
            advance(1, outcome.tally.goals)
            if outcome.skipped is not None:  # said after the progress bar is gone
                skipped.append(outcome.skipped)
                continue
            stats.add(outcome.tally)
            if document is not None:
                document.add(outcome.tally.path, outcome.text or "", outcome.report)
            elif outcome.text:
                write(outcome.text)
            if outcome.report is not None and document is None:
                kept.append(outcome.report)
            if outcome.tally.error is not None and (fmt != "text" or only_tables):
                errors.append(outcome.tally.error)
        if document is not None:
            document.finish(stats.snapshot(), tuple(skipped))
        elif streamer is None and not only_tables:
            report = Report(tuple(kept), ruleset.rules, settings.config_files, tuple(skipped))
            write(render_report(report))
        summary = stats.snapshot()
        if fmt == "text" and not quiet and not only_tables:
            write(text_summary_line(summary, color))
        batch_size = summary.files > progress.HANDFUL
        if statistics or (statistics is None and fmt == "text" and batch_size and not quiet):
            from .reporters import summary as summary_reporter

            tables = summary_reporter.render(summary, color=color and fmt == "text")
            if fmt == "text":
                write(tables if only_tables else "\n" + tables)
            else:
                err.write(tables)
    for why in skipped if not quiet else ():
        err.write(f"reunify: info: {skipped_line(why)}\n")
    for error in errors:
        err.write(f"reunify: error: {error}\n")
    if stats.load_errors:
        return 2
    return 1 if stats.fails(settings.fail_on) else 0


def _in_path_order(entries: Sequence[str | LoadError]) -> bool:
    """Do the files come in the order the whole-document formats list them (by path as
    shown)? Then their parts are written as they come, not kept until the end."""
    from .reporters.records import display_path

    shown = [display_path(e) for e in entries if isinstance(e, str)]  # errors come last
    return all(a <= b for a, b in pairwise(shown))
