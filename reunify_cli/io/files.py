"""Writing files safely: a failed write never leaves a half file, and only what was asked
for is replaced.

Outputs (`--output`, `rewrite -o`, reports) go through `atomic_writer`:

* a new name or a regular file: the text goes to a temporary file in the same folder,
  which is renamed over the target only when the whole text is written and synced. A
  replaced file's mode is kept (and its owner and group, where the user may set them).
* a symbolic link is written through to its file, and stays a link.
* a character device or a named pipe (`-o /dev/null`, a FIFO) is opened and written to as
  the shell's `>` would: it is never replaced by a regular file.
* a folder, a socket or a block device is refused.

The plan itself (`rewrite --in-place`) goes through `replace_plan`, which is stricter: see
its docstring.

The temporary file is unnamed where the system allows it (Linux's O_TMPFILE: even
`kill -9` leaves nothing behind) and is given a name only for the final rename; elsewhere
it is a hidden `.NAME.XXXX.tmp` created with O_EXCL | O_NOFOLLOW. It is removed on every
exit path Python can catch: errors, Ctrl-C, and SIGTERM / SIGHUP while it exists.
"""

from __future__ import annotations

import errno
import os
import secrets
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import IO, Any

from ..model import LoadError, ReunifyError

_O_TMPFILE = getattr(os, "O_TMPFILE", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)
PERMISSIONS = 0o777


def write_atomic(path: Path | str, text: str) -> None:
    """Write text to path (see the module's docstring for what is replaced and how)."""
    with atomic_writer(path) as handle:
        handle.write(text)


def write_atomic_bytes(path: Path | str, data: bytes) -> None:
    """Write bytes to path, atomically as write_atomic does."""
    with atomic_writer(path, binary=True) as handle:
        handle.write(data)


@contextmanager
def atomic_writer(path: Path | str, binary: bool = False) -> Iterator[IO[Any]]:
    """A text (or, with `binary`, bytes) handle whose content replaces `path` only when
    the block ends without error (also for outputs written piece by piece, e.g. a streamed
    report)."""
    target = os.fspath(path)
    if os.path.islink(target):
        target = os.path.realpath(target)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
            raise _not_regular(target, st)
        fd = os.open(target, os.O_WRONLY | _O_NOCTTY)  # as `>` does: the device stays
        with open(fd, *_mode(binary)) as device:
            yield device
        return
    with _Temporary(target) as tmp:
        with open(tmp.fd, *_mode(binary), closefd=False) as handle:
            yield handle
        os.fsync(tmp.fd)
        tmp.adopt(st, strict=False)
        tmp.commit(target)


def _mode(binary: bool) -> tuple[str, int, str | None, str | None, str | None]:
    """open()'s mode, buffering, encoding, errors and newline for text or bytes."""
    return ("wb", -1, None, None, None) if binary else ("w", -1, "utf-8", None, "")


def _not_regular(path: str, st: os.stat_result) -> OSError:
    if stat.S_ISDIR(st.st_mode):
        return IsADirectoryError(errno.EISDIR, "Is a directory", path)
    kind = "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file"
    return OSError(errno.EINVAL, f"{kind}; not replaced", path)


class _Temporary:
    """A new file in the target's folder that becomes the target only by `commit`, and is
    removed otherwise (see the module's docstring)."""

    def __init__(self, target: str) -> None:
        self.folder = os.path.dirname(target) or "."
        self.name = os.path.basename(target)
        self.path: str | None = None  # its name while it has one
        self._signals = _RemoveOnSignal(self)
        self.fd = self._open()

    def _open(self) -> int:
        if _O_TMPFILE and os.path.isdir("/proc/self/fd"):
            try:
                return os.open(self.folder, _O_TMPFILE | os.O_RDWR, 0o600)
            except OSError as exc:  # not on this file system: a named file instead
                if exc.errno in (errno.EACCES, errno.EPERM, errno.ENOENT, errno.EROFS):
                    raise
        return self._named()

    def __enter__(self) -> _Temporary:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            os.close(self.fd)
        finally:
            self.remove()
            self._signals.restore()

    def remove(self) -> None:
        if self.path is not None:
            with suppress(FileNotFoundError):
                os.unlink(self.path)
            self.path = None

    def write(self, data: bytes, sync: bool = True) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]
        if sync:
            os.fsync(self.fd)

    def adopt(self, st: os.stat_result | None, strict: bool) -> None:
        """Give the file the mode, owner and group of the file it replaces (`st`). With
        `strict`, a owner or group that cannot be kept is an error; else it is kept where
        the user may set it."""
        if st is None:
            return
        mine = os.fstat(self.fd)
        if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
            try:
                os.fchown(self.fd, st.st_uid, st.st_gid)
            except PermissionError:
                if strict:
                    raise
                with suppress(PermissionError):  # a group of the user's can still be kept
                    os.fchown(self.fd, -1, st.st_gid)
        os.fchmod(self.fd, st.st_mode & PERMISSIONS)

    def commit(self, target: str) -> None:
        """Rename the file over `target` (the name itself: a link there is replaced, not
        followed)."""
        if self.path is None:  # unnamed: give it a fresh name for the rename
            self._name_it()
        assert self.path is not None
        os.replace(self.path, target)
        self.path = None

    def _name_it(self) -> None:
        name = f".{self.name}.{secrets.token_hex(6)}.tmp"
        folder_fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:  # with dst_dir_fd, os.link is linkat(..., AT_SYMLINK_FOLLOW), as O_TMPFILE needs
            os.link(f"/proc/self/fd/{self.fd}", name, dst_dir_fd=folder_fd)
            self.path = os.path.join(self.folder, name)
            self._signals.install()
            return
        except OSError:  # linking refused here: copy into a named file instead
            pass
        finally:
            os.close(folder_fd)
        anonymous = self.fd
        st = os.fstat(anonymous)
        self.fd = self._named()
        try:
            os.lseek(anonymous, 0, os.SEEK_SET)
            while chunk := os.read(anonymous, 1 << 20):
                self.write(chunk, sync=False)
            os.fsync(self.fd)
            self.adopt(st, strict=True)
        finally:
            os.close(anonymous)

    def _named(self) -> int:
        fd, self.path = tempfile.mkstemp(prefix=f".{self.name}.", suffix=".tmp", dir=self.folder)
        self._signals.install()
        return fd


class _RemoveOnSignal:
    """While a named temporary file exists, SIGTERM and SIGHUP (when nothing else handles
    them) end the program through Python, so that the file is removed on the way out."""

    SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))

    def __init__(self, temporary: _Temporary) -> None:
        self.temporary = temporary
        self.saved: dict[int, Any] = {}
        self.pid = os.getpid()

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for number in self.SIGNALS:
            if signal.getsignal(number) is signal.SIG_DFL:
                self.saved[number] = signal.signal(number, self._handle)

    def restore(self) -> None:
        for number, handler in self.saved.items():
            signal.signal(number, handler)
        self.saved.clear()

    def _handle(self, number: int, frame: FrameType | None) -> None:
        if os.getpid() != self.pid:  # a forked worker: die as it would have
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        self.temporary.remove()
        raise SystemExit(128 + number)


# -- the plan itself -------------------------------------------------------------------------


def plan_changed(path: str) -> ReunifyError:
    return ReunifyError(LoadError(path, "plan changed while rewriting; nothing written"))


def _refuse(path: str, why: str) -> ReunifyError:
    return ReunifyError(LoadError(path, f"{why}; nothing written"))


def check_plan_file(path: str) -> os.stat_result:
    """The plan's status if `--in-place` may replace it: a regular file (through a
    symbolic link) with no other hard link. Raises ReunifyError."""
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except OSError as exc:
        raise _refuse(path, f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(path, "not a regular file: --in-place rewrites only regular files")
    if st.st_nlink > 1:
        raise _refuse(
            path,
            f"the plan has {st.st_nlink} hard links, which --in-place would split; "
            "write the revision with -o instead",
        )
    return st


def check_backup(backup: str, overwrite: bool) -> None:
    """An existing backup is replaced only with `overwrite`, and only if it is a regular
    file (a symbolic link there is never followed). Raises ReunifyError."""
    try:
        st = os.lstat(backup)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _refuse(backup, f"cannot check the backup: {exc.strerror or exc}") from None
    if stat.S_ISLNK(st.st_mode):
        raise _refuse(backup, "the backup path is a symbolic link, not followed")
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(backup, "the backup path is not a regular file")
    if not overwrite:
        raise ReunifyError(
            LoadError(backup, "backup already exists; remove it or pass --overwrite-backup")
        )


def replace_plan(
    path: str, original: bytes, revised: bytes, backup: str, overwrite_backup: bool
) -> None:
    """`rewrite --in-place`: keep `original` in `backup`, then put `revised` in place of
    the plan at `path` (through a symbolic link).

    Both files are written in full and synced before either is renamed into place; each
    gets the plan's mode, owner and group (so the backup is no more readable than the
    plan), or nothing is written. Just before the renames the plan is read again: if it is
    no longer the file and the bytes that were rewritten (someone saved it meanwhile),
    nothing is written. Raises ReunifyError (nothing written) or OSError.
    """
    st = check_plan_file(path)
    check_backup(backup, overwrite_backup)
    real = os.path.realpath(path)
    with _Temporary(real) as new, _Temporary(backup) as old:
        new.write(revised)
        old.write(original)
        try:
            new.adopt(st, strict=True)
            old.adopt(st, strict=True)
        except PermissionError:
            raise _refuse(
                path, f"cannot keep the plan's owner and group ({st.st_uid}:{st.st_gid})"
            ) from None
        if not _unchanged(real, original, st):
            raise plan_changed(path)
        check_backup(backup, overwrite_backup)
        old.commit(backup)
        new.commit(real)


def _unchanged(path: str, original: bytes, before: os.stat_result) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        now = os.fstat(fd)
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            return False
        with open(fd, "rb", closefd=False) as handle:
            return handle.read(len(original) + 1) == original
    finally:
        os.close(fd)
