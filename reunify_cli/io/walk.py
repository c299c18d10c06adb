"""Find the plan files of a batch: folders walked recursively, in a stable order.

* Files and folders named on the command line are linted as given (even when a glob would
  not match, or an exclude pattern would: ruff's convention), unless `force_exclude`.
* Folders are walked for names matching the globs (default `*.yaml`, `*.yml`); hidden
  files and folders (starting with `.`) are skipped, and so is what git ignores
  (`.gitignore`, see gitignore.py) unless `gitignore=False`; a folder named on the
  command line that git ignores is walked all the same, without its ignore rules.
* Exclude patterns are anchored, as .gitignore reads them (`anchor_pattern`): one
  without `/` matches a file or folder name at any depth below its base, one with `/` is
  a path below the base. Excluded folders are not entered; excluded files are skipped.
  (Same rules as the config file's `exclude`.)
* Symbolic links to folders are followed once: a link that leads back to a folder being
  walked (a loop) or to one walked already is reported as an error entry, never followed.
* Inside a folder, a name matching the globs that is not a regular file (a named pipe,
  a device, a socket) is reported as an error entry and never opened: a FIFO with a
  writer would otherwise hold up the batch. (Named on the command line, it is read, with
  a time limit: see yamlio.read_bytes.)
* Order: arguments in the order given; inside a folder, entries sorted by name. A file
  reached twice (two arguments, or through a link) is linted once.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import LoadError

if TYPE_CHECKING:
    from .gitignore import GitIgnore

DEFAULT_GLOBS = ("*.yaml", "*.yml")


def anchor_pattern(base: str, pattern: str) -> str:
    """An absolute pattern, as .gitignore reads them: one with a `/` inside is relative to
    `base`; one without (`drafts/`, `*.tmpl.yaml`) matches a file or folder name at any
    depth below `base`, written `base/**/name`."""
    stripped = pattern.strip().rstrip("/")
    root = Path(base).as_posix().rstrip("/")
    if "/" not in stripped:
        return f"{root}/**/{stripped}"
    return f"{root}/{stripped.lstrip('/')}"


def is_excluded(path: str, patterns: Sequence[str]) -> bool:
    """Whether a plan file matches an anchored `exclude` pattern (see anchor_pattern)."""
    if not patterns:
        return False
    absolute = Path(os.path.abspath(path)).as_posix()
    for pattern in patterns:
        base, deep, name = pattern.partition("/**/")
        if deep and "/" not in name:
            if absolute.startswith(base + "/"):
                below = absolute[len(base) + 1 :].split("/")
                if any(fnmatch.fnmatch(part, name) for part in below):
                    return True
        elif fnmatch.fnmatch(absolute, pattern) or fnmatch.fnmatch(absolute, pattern + "/*"):
            return True
    return False


def cli_pattern(pattern: str) -> str:
    """`--exclude` on the command line: a name matches anywhere, a path is relative to
    the working folder."""
    base = "/" if "/" not in pattern.strip().rstrip("/") else os.getcwd()
    return anchor_pattern(base, pattern)


def _matches(name: str, globs: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, g) for g in globs)


def _not_regular(entry: os.DirEntry[str]) -> LoadError | None:
    """An error entry for a plan name that is not a regular file (through links)."""
    try:
        if entry.is_file():
            return None
        mode = entry.stat().st_mode
    except OSError:  # a broken link or a loop: the reader reports it
        return None
    if stat.S_ISFIFO(mode):
        kind = "a named pipe"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return LoadError(entry.path, f"not a regular file ({kind}): not read")


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def walk(
    paths: Sequence[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    exclude: Sequence[str] = (),
    force_exclude: bool = False,
    gitignore: bool = False,
) -> Iterator[str | LoadError]:
    """Plan paths to lint, and LoadErrors for what cannot be walked (links in a loop,
    unreadable folders). Paths that do not exist are yielded as given, to be reported.
    `gitignore`: skip in folders what git ignores."""
    from .gitignore import GitIgnore

    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    git = GitIgnore() if gitignore else None
    for raw in paths:
        if force_exclude and is_excluded(raw, exclude):
            continue
        if not os.path.isdir(raw):
            key = _identity(raw)
            if key is None or key not in seen_files:
                if key is not None:
                    seen_files.add(key)
                yield raw
            continue
        named_ignored = git is not None and git.ignored(raw, True)
        yield from _walk_folder(
            raw, globs, exclude, seen_files, seen_dirs, None if named_ignored else git
        )


def _walk_folder(
    root: str,
    globs: Sequence[str],
    exclude: Sequence[str],
    seen_files: set[tuple[int, int]],
    seen_dirs: set[tuple[int, int]],
    git: GitIgnore | None = None,
) -> Iterator[str | LoadError]:
    root_id = _identity(root)
    if root_id is None or root_id in seen_dirs:
        return
    seen_dirs.add(root_id)
    # Depth-first with an explicit stack (no recursion limit); each entry carries the
    # identities of the folders above it, so a link back to one of them is a loop.
    stack: list[tuple[str, tuple[tuple[int, int], ...]]] = [(root, (root_id,))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield LoadError(folder, f"cannot read folder: {exc.strerror or exc}")
            continue
        subfolders: list[tuple[str, tuple[tuple[int, int], ...]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if exclude and is_excluded(entry.path, exclude):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            wanted = is_dir or _matches(entry.name, globs)
            if git is not None and wanted and git.ignored(entry.path, is_dir):
                continue
            if is_dir:
                ident = _identity(entry.path)
                if ident is None:
                    continue
                if ident in ancestors:
                    yield LoadError(
                        entry.path, "symbolic link loop: leads back to a folder above it"
                    )
                    continue
                if ident in seen_dirs:  # reached before through another link: walk once
                    continue
                seen_dirs.add(ident)
                subfolders.append((entry.path, (*ancestors, ident)))
            elif _matches(entry.name, globs):
                refused = _not_regular(entry)
                if refused is not None:
                    yield refused
                    continue
                ident = _identity(entry.path)
                if ident is not None and ident in seen_files:
                    continue
                if ident is not None:
                    seen_files.add(ident)
                yield entry.path
        stack.extend(reversed(subfolders))
