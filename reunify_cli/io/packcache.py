"""A cache of validated rule packs (and of spaCy's lemma table), for a fast start.

Loading packs means parsing their YAML, validating it against the JSON schema (importing
jsonschema) and checking every spaCy token pattern and regex: a measurable part of a
one-plan run. The result depends only on the pack files, the schema, the code that checks
them and the versions of reunify, spaCy and Python, so it is kept under a key made of
their hashes.

Where: `$REUNIFY_CACHE_DIR`, else `$XDG_CACHE_HOME/reunify`, else `~/.cache/reunify`.
What: rule packs (rules, their examples, domain knowledge) as JSON, and the English lemma
lookup table (reunify_cli/data) in spaCy's format - plain data, never code, never plan text.
Off: `REUNIFY_NO_CACHE=1`.

Trust: the cache is read only from a folder the user owns that no one else can write to
(created 0700; checked through an open descriptor before every read, without following a
symbolic link), and only entries that are regular files owned by the user, not writable
by others, whose header checksum matches their content. Entries are written under a new
name with O_EXCL | O_NOFOLLOW and renamed into place. Anything else - a foreign, planted,
truncated or malformed entry, a folder that is not private - is a miss: the packs are
loaded from their files (and the entry rebuilt when the folder is the user's own). Where
the system cannot make these checks (no `geteuid`, no `dir_fd`), no cache is used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import json
import os
import stat
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import Detector, Domain, Examples, Match, Rule, RulePack
from .packs import builtin_pack_paths, expand_pack_paths, load_packs

FORMAT = 2
LOADER_MODULES = (  # under reunify_cli/
    "io/packs.py",
    "analysis/regexguard.py",
    "model.py",
    "io/yamlio.py",
    "io/packcache.py",
)
MAX_ENTRY_BYTES = 64 * 1024 * 1024
_MAGIC = b"reunify-cache/2 sha256="
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_SUPPORTED = hasattr(os, "geteuid") and bool(_O_NOFOLLOW) and os.open in os.supports_dir_fd


def cache_dir() -> Path | None:
    if os.environ.get("REUNIFY_NO_CACHE") or not _SUPPORTED:
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


def pack_entry_name(key: str) -> str:
    return f"packs-{key[:32]}.json"


def load_packs_cached(extra: Sequence[str] = ()) -> tuple[RulePack, ...]:
    """`packs.load_packs(extra)`, from the cache when the same files were loaded before."""
    folder = cache_dir()
    key = cache_key(builtin_pack_paths() + expand_pack_paths(extra)) if folder else None
    if folder is None or key is None:
        return load_packs(extra)
    name = pack_entry_name(key)
    payload = read_entry(folder, name)
    if payload is not None:
        try:
            return decode_packs(payload)
        except _Malformed:
            pass  # rebuilt below
    packs = load_packs(extra)
    try:
        encoded = encode_packs(packs)
    except _Malformed:  # data JSON cannot hold exactly (say integer keys): no cache entry
        return packs
    write_entry(folder, name, encoded)
    return packs


def cached_bytes(name: str, parts: Sequence[str], build: Callable[[], bytes]) -> bytes:
    """`build()`, kept under a key made of `name`, `parts` and the Python version."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = hashlib.sha256("\0".join((str(FORMAT), sys.version, *parts)).encode()).hexdigest()
    entry = f"{name}-{key[:32]}.bin"
    data = read_entry(folder, entry)
    if data is not None:
        return data
    data = build()
    write_entry(folder, entry, data)
    return data


# -- the folder and its entries ------------------------------------------------------------


def _uid() -> int:
    return os.geteuid()


def _private(st: os.stat_result) -> bool:
    """Owned by the user running reunify, writable by no one else."""
    return st.st_uid == _uid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _open_folder(folder: Path, create: bool) -> int | None:
    """A descriptor of the cache folder if it is the user's private folder, else None."""
    if create:
        try:
            folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return None
    try:
        fd = os.open(folder, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW)
    except OSError:  # missing, a symbolic link, not a folder
        return None
    st = os.fstat(fd)
    if stat.S_ISDIR(st.st_mode) and _private(st):
        return fd
    os.close(fd)
    return None


def read_entry(folder: Path, name: str) -> bytes | None:
    """The payload of a cache entry, or None for a miss (see the module's docstring)."""
    folder_fd = _open_folder(folder, create=False)
    if folder_fd is None:
        return None
    try:
        fd = os.open(name, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK, dir_fd=folder_fd)
    except OSError:
        return None
    finally:
        os.close(folder_fd)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > MAX_ENTRY_BYTES:
            return None
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return _unwrap(data)


def _wrap(payload: bytes) -> bytes:
    return _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def _unwrap(data: bytes) -> bytes | None:
    head, newline, payload = data.partition(b"\n")
    if not newline or not head.startswith(_MAGIC):
        return None
    if hashlib.sha256(payload).hexdigest().encode() != head[len(_MAGIC) :]:
        return None  # truncated or changed since it was written
    return payload


def write_entry(folder: Path, name: str, payload: bytes) -> None:
    """Store an entry: a new file (O_EXCL | O_NOFOLLOW: never through a planted link),
    renamed into place. Nothing is written unless the folder is the user's own."""
    folder_fd = _open_folder(folder, create=True)
    if folder_fd is None:
        return
    tmp = f"{name}.{os.getpid()}.tmp"
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW
        fd = os.open(tmp, flags, 0o600, dir_fd=folder_fd)
    except OSError:  # taken (a stale or planted name): no entry this time
        os.close(folder_fd)
        return
    try:
        with open(fd, "wb") as handle:
            handle.write(_wrap(payload))
        os.replace(tmp, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=folder_fd)
        if not isinstance(exc, OSError):
            raise
    finally:
        os.close(folder_fd)


# -- packs as JSON ---------------------------------------------------------------------------


class _Malformed(Exception):
    """A cache entry that does not decode to exactly the types of model.py."""


_TYPES: dict[str, type[Any]] = {
    cls.__name__: cls for cls in (RulePack, Rule, Match, Examples, Detector, Domain)
}


def encode_packs(packs: tuple[RulePack, ...]) -> bytes:
    """Packs as JSON; raises _Malformed unless the JSON decodes back to equal packs."""
    try:
        payload = json.dumps(_plain(packs), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise _Malformed(str(exc)) from None
    if decode_packs(payload) != packs:
        raise _Malformed("packs do not survive a JSON round trip")
    return payload


def decode_packs(payload: bytes) -> tuple[RulePack, ...]:
    """Packs from `encode_packs` JSON, every value checked against the model's types."""
    try:
        data = json.loads(payload)
        return tuple(_typed(data, tuple[RulePack, ...]))
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        raise _Malformed(str(exc)) from None


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {_key(k): _plain(v) for k, v in value.items()}
    return value


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise _Malformed(f"a mapping key that is not text: {key!r}")
    return key


def _typed(value: Any, hint: Any) -> Any:
    """`value` (decoded JSON) as an instance of `hint`; raises on any mismatch."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _typed(value, inner)
    if origin is tuple:
        _expect(value, list)
        return tuple(_typed(v, args[0]) for v in value)
    if origin in (Mapping, dict):
        _expect(value, dict)
        return types.MappingProxyType({_key(k): _typed(v, args[1]) for k, v in value.items()})
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(hint, type) and hint.__name__ in _TYPES:
        _expect(value, dict)
        fields = _fields(hint)
        if value.keys() != fields.keys():
            raise TypeError(f"{hint.__name__}: fields {sorted(value)}")
        return hint(**{n: _typed(value[n], t) for n, t in fields.items()})
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected a number, got {value!r}")
        return value
    _expect(value, hint)
    return value


@functools.cache
def _fields(cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _expect(value: Any, kind: type[Any]) -> None:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
