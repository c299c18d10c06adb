"""Writing files safely: atomic replace, so a failed write never leaves a half file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def write_atomic(path: Path | str, text: str) -> None:
    """Write text to path via a temporary file in the same folder and a rename."""
    with atomic_writer(path) as handle:
        handle.write(text)


def write_atomic_bytes(path: Path | str, data: bytes) -> None:
    """Write bytes to path, atomically as write_atomic does."""
    with atomic_writer(path, binary=True) as handle:
        handle.write(data)


@contextmanager
def atomic_writer(path: Path | str, binary: bool = False) -> Iterator[IO[Any]]:
    """A text handle whose content replaces `path` only when the block ends without error
    (also for outputs written piece by piece, e.g. a streamed report). A symbolic link is
    written through to its file, and stays a link."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        text: dict[str, Any] = {"encoding": "utf-8", "newline": ""}
        handle: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", **text)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
