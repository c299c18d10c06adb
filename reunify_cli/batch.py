"""Lint many files: in chunks, in worker processes, streamed in order with bounded memory.

A chunk of files is read and parsed, then the statements of all its plans go through
spaCy's `nlp.pipe` together (batching across files), then each plan is analysed. Each
worker process holds one compiled ruleset: inherited from the parent where processes fork,
built once by the pool initializer elsewhere. Results come back chunk by chunk in input
order, with at most a few chunks per worker in flight, so memory does not grow with the
batch; the output is the same whatever the number of jobs.

Per file, the worker returns an `Outcome`: the file's rendered output (when the format
streams), its statistics tally, and the FileReport itself only when asked (formats that
need the whole report).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice

from .analysis.engine import Ruleset, analyse_plan
from .io import pickling  # noqa: F401  (reports cross processes)
from .model import FileReport, LoadError, Plan, ReunifyError
from .settings import Settings
from .stats import FileTally, tally

CHUNK_FILES = 16  # files per task: enough goals for nlp.pipe, small enough to stream
IN_FLIGHT = 3  # chunks queued per worker
GC_THRESHOLD = 50_000  # allocations between young-generation collections during a batch

Renderer = Callable[[FileReport], str]


@dataclass(frozen=True, slots=True)
class Outcome:
    tally: FileTally
    text: str | None = None  # the file's output, when the format streams
    report: FileReport | None = None  # when the caller keeps reports
    skipped: LoadError | None = None  # not a plan, skipped (--skip-non-plans): why


_worker_ruleset: Ruleset | None = None
_worker_settings: Settings | None = None


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity, where the system tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def lint_chunk(
    paths: Sequence[str | LoadError], ruleset: Ruleset, settings: Settings
) -> list[FileReport]:
    """Lint a few files, analysing all their statements in one `nlp.pipe` pass."""
    from .api import load_plan, unread

    loaded: list[Plan | FileReport] = []
    for path in paths:
        if isinstance(path, LoadError):
            loaded.append(FileReport(path=path.path, error=path))
            continue
        try:
            loaded.append(load_plan(path, settings))
        except ReunifyError as exc:
            loaded.append(unread(path, exc, settings))
    texts = [g.statement.text for p in loaded if isinstance(p, Plan) for g in p.goals]
    try:
        hits = iter(list(ruleset.analyzer.hits(texts)))
    except ReunifyError:  # a pack regex ran out of time: plan by plan, to say on which
        from .api import analyse_or_report

        return [i if isinstance(i, FileReport) else analyse_or_report(i, ruleset) for i in loaded]
    reports = []
    for item in loaded:
        if isinstance(item, FileReport):
            reports.append(item)
        else:
            reports.append(analyse_plan(item, ruleset, list(islice(hits, len(item.goals)))))
    return reports


def _outcomes(
    reports: Iterable[FileReport],
    render: Renderer | None,
    keep: bool,
    group_by: str | None,
    keep_errors: bool = False,
) -> list[Outcome]:
    return [
        Outcome(tally(r), skipped=r.skipped)
        if r.skipped is not None
        else Outcome(
            tally(r, group_by),
            render(r) if render is not None else None,
            r if keep or (keep_errors and r.error is not None) else None,
        )
        for r in reports
    ]


def _init_worker(settings: Settings) -> None:
    global _worker_ruleset, _worker_settings
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_settings = settings
    if _worker_ruleset is None:  # not inherited from the parent (spawn start method)
        from .api import load_ruleset

        _worker_ruleset = load_ruleset(settings)


def _work(
    paths: list[str | LoadError],
    render: Renderer | None,
    keep: bool,
    group_by: str | None,
    keep_errors: bool,
) -> list[Outcome]:
    assert _worker_ruleset is not None and _worker_settings is not None
    reports = lint_chunk(paths, _worker_ruleset, _worker_settings)
    return _outcomes(reports, render, keep, group_by, keep_errors)


def _chunks(items: Iterable[str | LoadError], size: int) -> Iterator[list[str | LoadError]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run(
    paths: Sequence[str | LoadError],
    ruleset: Ruleset,
    settings: Settings,
    jobs: int = 1,
    render: Renderer | None = None,
    keep: bool = False,
    chunk_files: int = CHUNK_FILES,
    group_by: str | None = None,
    keep_errors: bool = False,
) -> Iterator[Outcome]:
    """Lint `paths` (from walk.walk) and yield one Outcome per file, in input order.

    `render` must be a picklable (module-level) function when jobs > 1. `group_by`
    (`case.KEY`): each tally carries the plan's value of it. `keep_errors`: the report of
    a file that could not be read comes back even without `keep`.
    """
    chunks = _chunks(paths, chunk_files)
    n_chunks = -(-len(paths) // chunk_files)
    jobs = max(1, min(jobs, n_chunks))
    # A batch makes many short-lived objects and few cycles, and keeps caches of analysed
    # statements: collect less often (3-5% of a run's time, measured), as before after it.
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_THRESHOLD), *thresholds[1:])
    try:
        if jobs == 1:
            for chunk in chunks:
                reports = lint_chunk(chunk, ruleset, settings)
                yield from _outcomes(reports, render, keep, group_by, keep_errors)
            return
        yield from _run_pool(chunks, ruleset, settings, jobs, render, keep, group_by, keep_errors)
    finally:
        gc.set_threshold(*thresholds)


def _run_pool(
    chunks: Iterator[list[str | LoadError]],
    ruleset: Ruleset,
    settings: Settings,
    jobs: int,
    render: Renderer | None,
    keep: bool,
    group_by: str | None = None,
    keep_errors: bool = False,
) -> Iterator[Outcome]:
    global _worker_ruleset
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        _worker_ruleset = ruleset  # workers inherit the compiled ruleset: nothing to rebuild
        # The parent lints the first chunk before the workers fork: what that first use
        # builds (lazily compiled regexes, the RE2 set, new words, cached statements) is
        # then made once and shared, not once per worker (-40 MB at the start of two).
        first = next(chunks, None)
        if first is not None:
            reports = lint_chunk(first, ruleset, settings)
            yield from _outcomes(reports, render, keep, group_by, keep_errors)
    try:
        # `jobs` processes do the work: the parent and jobs - 1 workers. The parent lints
        # every jobs-th chunk itself when its turn in the output comes, while the workers
        # go on with the chunks queued behind it: one process fewer to hold a ruleset and
        # a statement cache (-40 MB at two jobs), and no idle parent waiting on results.
        with context.Pool(jobs - 1, initializer=_init_worker, initargs=(settings,)) as pool:
            pending: deque[Callable[[], list[Outcome]]] = deque()  # each chunk's outcomes
            for index, chunk in enumerate(chunks):
                task = (chunk, render, keep, group_by, keep_errors)
                if index % jobs == jobs - 1:
                    pending.append(partial(_here, ruleset, settings, task))
                else:
                    pending.append(pool.apply_async(_work, task).get)
                if len(pending) >= jobs * IN_FLIGHT:
                    yield from pending.popleft()()
            while pending:
                yield from pending.popleft()()
    finally:
        _worker_ruleset = None


def _here(
    ruleset: Ruleset,
    settings: Settings,
    task: tuple[list[str | LoadError], Renderer | None, bool, str | None, bool],
) -> list[Outcome]:
    """The parent's own chunk, linted when its turn in the output comes."""
    chunk, render, keep, group_by, keep_errors = task
    return _outcomes(lint_chunk(chunk, ruleset, settings), render, keep, group_by, keep_errors)
