"""A cache of validated rule packs (and of spaCy's lemma table), for a fast start.

Loading packs means parsing their YAML, validating it against the JSON schema (importing
jsonschema) and checking every spaCy token pattern: a measurable part of a one-plan run.
The result depends only on the pack files, the schema and the versions of reunify, spaCy
and Python, so it is pickled once under a key made of their hashes.

Where: `$REUNIFY_CACHE_DIR`, else `$XDG_CACHE_HOME/reunify`, else `~/.cache/reunify`.
What: rule packs (rules, their examples, domain knowledge) and the English lemma lookup
table of spacy-lookups-data - never plan text.
Off: `REUNIFY_NO_CACHE=1`. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from . import __version__, pickling  # noqa: F401  (packs hold read-only mappings)
from .model import RulePack
from .packs import builtin_pack_paths, expand_pack_paths, load_packs

FORMAT = 1
LOADER_MODULES = ("packs.py", "regexguard.py", "model.py", "yamlio.py", "pickling.py")


def cache_dir() -> Path | None:
    if os.environ.get("REUNIFY_NO_CACHE"):
        return None
    if os.environ.get("REUNIFY_CACHE_DIR"):
        return Path(os.environ["REUNIFY_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reunify"


def cache_key(paths: Sequence[str]) -> str | None:
    """Hash of everything a loaded pack depends on; None when a file cannot be read."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    schema = resources.files("reunify_cli.schemas").joinpath("rulepack.schema.json")
    parts = [f"{FORMAT}", __version__, sys.version, version("spacy"), schema.read_text("utf-8")]
    for part in parts:
        digest.update(part.encode() + b"\0")
    for module in LOADER_MODULES:  # a change to how packs are checked invalidates the cache
        digest.update(resources.files("reunify_cli").joinpath(module).read_bytes() + b"\0")
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None  # let the loader report it
        digest.update(os.path.abspath(path).encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def load_packs_cached(extra: Sequence[str] = ()) -> tuple[RulePack, ...]:
    """`packs.load_packs(extra)`, from the cache when the same files were loaded before."""
    folder = cache_dir()
    key = cache_key(builtin_pack_paths() + expand_pack_paths(extra)) if folder else None
    if folder is None or key is None:
        return load_packs(extra)
    entry = folder / f"packs-{key[:32]}.pickle"
    try:
        with open(entry, "rb") as handle:
            packs = pickle.load(handle)
        if isinstance(packs, tuple) and all(isinstance(p, RulePack) for p in packs):
            return packs
    except Exception:  # a broken cache entry is rebuilt, never fatal
        pass
    packs = load_packs(extra)
    _store(entry, packs)
    return packs


def cached_bytes(name: str, parts: Sequence[str], build: Callable[[], bytes]) -> bytes:
    """`build()`, kept under a key made of `name`, `parts` and the Python version."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = hashlib.sha256("\0".join((str(FORMAT), sys.version, *parts)).encode()).hexdigest()
    entry = folder / f"{name}-{key[:32]}.bin"
    try:
        return entry.read_bytes()
    except OSError:
        pass
    data = build()
    _write(entry, data)
    return data


def _store(entry: Path, packs: tuple[RulePack, ...]) -> None:
    _write(entry, pickle.dumps(packs, protocol=pickle.HIGHEST_PROTOCOL))


def _write(entry: Path, data: bytes) -> None:
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the user's own cache
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, entry)
    except OSError:
        pass
