"""What git ignores, for folder walks (ruff's `respect-gitignore`, on by default).

Inside a git work tree (a folder with `.git` above or at it), a file or folder is ignored
as git would ignore it: the `.gitignore` files from the work tree's root down to its
folder (a deeper file wins; within a file the last matching pattern, `!` re-includes),
then `.git/info/exclude`. The user's global excludes file is not read. Outside a work
tree `.gitignore` files mean nothing, as for git. Patterns are matched by pathspec's
`GitIgnoreSpec`, which follows git's own rules.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

MAX_BYTES = 1024 * 1024  # a bigger .gitignore is not read (nor is one that cannot be)


def _read_spec(path: str) -> GitIgnoreSpec | None:
    from pathspec import GitIgnoreSpec

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_BYTES:
        return None
    lines = data.decode("utf-8", "replace").splitlines()
    return GitIgnoreSpec.from_lines(lines) if lines else None


class GitIgnore:
    """Answers `ignored(path, is_dir)`, reading each folder's `.gitignore` once."""

    def __init__(self) -> None:
        self._roots: dict[str, str | None] = {}
        self._specs: dict[str, GitIgnoreSpec | None] = {}

    def root(self, folder: str) -> str | None:
        """The work tree `folder` is in (the nearest folder holding `.git`), or None."""
        if folder in self._roots:
            return self._roots[folder]
        found: str | None = None
        if os.path.lexists(os.path.join(folder, ".git")):
            found = folder
        else:
            parent = os.path.dirname(folder)
            found = self.root(parent) if parent != folder else None
        self._roots[folder] = found
        return found

    def _spec(self, path: str) -> GitIgnoreSpec | None:
        if path not in self._specs:
            self._specs[path] = _read_spec(path)
        return self._specs[path]

    def ignored(self, path: str, is_dir: bool) -> bool:
        """Whether git ignores this file or folder."""
        absolute = os.path.abspath(path)
        folder = os.path.dirname(absolute)
        root = self.root(folder)
        if root is None:
            return False
        sources: list[tuple[str, str]] = []
        current = folder
        while True:
            sources.append((current, os.path.join(current, ".gitignore")))
            if current == root:
                break
            current = os.path.dirname(current)
        sources.append((root, os.path.join(root, ".git", "info", "exclude")))
        for base, source in sources:  # the deepest .gitignore first, info/exclude last
            spec = self._spec(source)
            if spec is None:
                continue
            relative = Path(os.path.relpath(absolute, base)).as_posix() + ("/" if is_dir else "")
            include = spec.check_file(relative).include
            if include is not None:
                return bool(include)
        return False
