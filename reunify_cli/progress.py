"""The batch progress bar: on standard error, only when it is a terminal and the batch is
more than a handful of files; nothing at all otherwise (rich is not even imported)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Protocol

HANDFUL = 5  # batches of more files than this get a progress bar and a summary table


class Advance(Protocol):
    def __call__(self, files: int, goals: int) -> None: ...


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def wanted(files: int, stream: IO[str] | None = None) -> bool:
    return files > HANDFUL and _is_tty(stream if stream is not None else sys.stderr)


def _nothing(files: int, goals: int) -> None:
    return None


@contextmanager
def bar(total: int, enabled: bool, stream: IO[str] | None = None) -> Iterator[Advance]:
    """Yield `advance(files, goals)`; draws a bar (files, goals, rate, time left) when enabled."""
    if not enabled:
        yield _nothing
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} files/s" if speed else "- files/s", style="cyan")

    console = Console(file=stream if stream is not None else sys.stderr)
    progress = Progress(
        TextColumn("[bold]linting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[goals]:,} goals"),
        Rate(),
        TimeElapsedColumn(),
        TextColumn("·"),
        TimeRemainingColumn(),
        TextColumn("left"),
        console=console,
        transient=True,
        # Output printed while the bar runs is moved above it only when it goes to the
        # same terminal; a report sent to a file or pipe must not end up on the screen.
        redirect_stdout=_is_tty(sys.stdout),
        redirect_stderr=False,
    )
    task = progress.add_task("lint", total=total, goals=0)
    goals_done = 0

    def advance(files: int, goals: int) -> None:
        nonlocal goals_done
        goals_done += goals
        progress.update(task, advance=files, goals=goals_done)

    with progress:
        yield advance
