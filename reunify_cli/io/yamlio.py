"""Safe, position-keeping YAML reading shared by plans, rule packs and config.

We build our own node tree from the parser's events instead of calling `yaml.compose`:
the tree is built iteratively (no recursion, so deep nesting cannot crash), aliases are
counted (no billion-laughs blow-up), duplicate keys and non-standard tags are errors, and
every node keeps its exact start and end position. Only safe_load semantics exist here.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..model import LoadError, MultipleDocuments, ReunifyError

try:  # libyaml's parser is several times faster; the pure-Python one is the fallback
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_NODES = 1_000_000
MAX_ALIASES = 1_000
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to fear
READ_TIMEOUT = 10.0  # seconds a pipe or device named on the command line may stay silent

_RESOLVER: Any = yaml.resolver.Resolver()
_SAFE_TAG_PREFIX = "tag:yaml.org,2002:"
_SAFE_TAGS = {
    _SAFE_TAG_PREFIX + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "binary", "map", "seq", "omap")
}


@dataclass(slots=True)
class Node:
    """A YAML node with its position (0-based line/column, as libyaml reports them)."""

    kind: str  # "scalar" | "seq" | "map"
    tag: str
    start: tuple[int, int]
    end: tuple[int, int]
    value: str = ""  # scalars
    style: str = ""  # scalars: "", "'", '"', "|", ">"
    items: list[Node] = field(default_factory=list)  # seq items
    pairs: list[tuple[Node, Node]] = field(default_factory=list)  # map pairs

    @property
    def line(self) -> int:
        return self.start[0] + 1

    @property
    def column(self) -> int:
        return self.start[1] + 1

    def get(self, key: str) -> Node | None:
        for k, v in self.pairs:
            if k.kind == "scalar" and k.value == key:
                return v
        return None

    def to_python(self) -> Any:
        """Plain data (safe types only; timestamps stay strings as written)."""
        if self.kind == "scalar":
            return scalar_value(self)
        if self.kind == "seq":
            return [item.to_python() for item in self.items]
        return {_key_text(k): v.to_python() for k, v in self.pairs}


def _key_text(node: Node) -> Any:
    return scalar_value(node) if node.kind == "scalar" else repr(node.to_python())


def scalar_value(node: Node) -> Any:
    tag = node.tag
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return node.value.lower() in ("true", "yes", "on", "y")
    if tag.endswith(":int"):
        try:
            return int(node.value.replace("_", ""), 0)
        except ValueError:
            return node.value
    if tag.endswith(":float"):
        try:
            return float(node.value.replace("_", ""))
        except ValueError:
            return node.value
    return node.value


def decode(path: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (a BOM is fine); anything else is a clear error."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReunifyError(LoadError(path, "file is UTF-16 encoded; save it as UTF-8", 1, 1))
    if b"\x00" in data[:8192]:
        raise ReunifyError(LoadError(path, "binary file, not a YAML text file", 1, 1))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReunifyError(
            LoadError(
                path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8", line, col
            )
        ) from None


def _read_bytes(path: str, limit: int) -> bytes:
    """At most `limit` bytes. Opened non-blocking, so that a named pipe cannot hang the
    run: without a writer it reads as empty; with one, a pipe or device is read until its
    end, but never waited on for more than READ_TIMEOUT seconds without data. (Folder
    walks do not even open them: see walk.py.)"""
    fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    try:
        if not _NONBLOCK or stat.S_ISREG(os.fstat(fd).st_mode):
            if _NONBLOCK:
                os.set_blocking(fd, True)
            with open(fd, "rb", closefd=False) as handle:
                return handle.read(limit)
        return _read_stream(fd, limit, READ_TIMEOUT)
    finally:
        os.close(fd)


def _read_stream(fd: int, limit: int, timeout: float) -> bytes:
    """A non-blocking pipe or device, read until its end or `limit` bytes; an OSError
    (ETIMEDOUT) after `timeout` seconds without data."""
    import select

    chunks: list[bytes] = []
    size = 0
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    while size < limit:
        try:
            chunk = os.read(fd, min(1 << 16, limit - size))
        except BlockingIOError:  # a writer holds it open, nothing written yet
            if not poller.poll(timeout * 1000):
                raise TimeoutError(
                    errno.ETIMEDOUT,
                    f"not a regular file, and nothing came from it for {timeout:g} seconds",
                ) from None
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _folder_error(path: str) -> LoadError:
    """A folder where a file was expected; or one that could not be listed (walk errors)."""
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        return LoadError(path, f"cannot read folder: {exc.strerror or exc}")
    return LoadError(path, "is a directory, expected a file")


def read_text(path: str, max_bytes: int = DEFAULT_MAX_BYTES, hint: str = "") -> str:
    """Read a file as text, turning every OS problem into a one-line LoadError."""
    return decode(path, read_bytes(path, max_bytes, hint))


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES, hint: str = "") -> bytes:
    """Read at most `max_bytes` of a file, turning every OS problem (and a bigger file)
    into a one-line LoadError."""
    try:
        data = _read_bytes(path, max_bytes + 1)
    except IsADirectoryError:
        raise ReunifyError(_folder_error(path)) from None
    except FileNotFoundError:
        raise ReunifyError(LoadError(path, "no such file")) from None
    except PermissionError:
        raise ReunifyError(LoadError(path, "permission denied")) from None
    except OSError as exc:
        raise ReunifyError(LoadError(path, f"cannot read: {exc.strerror or exc}")) from None
    if len(data) > max_bytes:
        raise ReunifyError(
            LoadError(
                path,
                f"file is larger than the limit of {max_bytes:,} bytes{hint}",
            )
        )
    return data


def _scalar_tag(event: Any) -> str:
    if event.tag and event.tag != "!":
        return str(event.tag)
    if event.style:  # quoted or block scalars are strings
        return _SAFE_TAG_PREFIX + "str"
    return str(_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit))


def parse(path: str, text: str) -> Node | None:
    """Parse one YAML document into a Node tree; None for an empty document."""
    try:
        return _build(path, yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        raise ReunifyError(_syntax_error(path, text, exc)) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, column = line_col(text, exc.position)
        raise ReunifyError(
            LoadError(
                path,
                f"invalid YAML: character {_char_name(exc.character)}: {exc.reason}",
                line,
                column,
            )
        ) from None
    except yaml.YAMLError as exc:
        raise ReunifyError(LoadError(path, f"invalid YAML: {_one_line(str(exc))}")) from None
    except UnicodeEncodeError as exc:  # lone surrogates: only from text not read from a file
        line, column = line_col(text, exc.start)
        raise ReunifyError(
            LoadError(path, "text contains invalid characters", line, column)
        ) from None


def _syntax_error(path: str, text: str, exc: yaml.MarkedYAMLError) -> LoadError:
    """One line from a parser error: the problem, where it is, and what it was inside."""
    mark = exc.problem_mark or exc.context_mark
    problem = _one_line(exc.problem or exc.context or "invalid YAML")
    tab = mark is not None and _char_at(text, mark.line, mark.column) == "\t"
    if tab and "tab" not in problem:
        problem += " (a tab: indent with spaces)"
    context = exc.context_mark
    if exc.context and context is not None and mark is not None and context.line != mark.line:
        problem += f" ({_one_line(exc.context)} that starts at line {context.line + 1})"
    return LoadError(
        path,
        f"invalid YAML: {problem}",
        mark.line + 1 if mark else None,
        mark.column + 1 if mark else None,
    )


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _char_at(text: str, line0: int, column0: int) -> str:
    lines = Lines(text)
    index = lines.offset(line0, column0)
    return text[index : index + 1]


def _char_name(character: Any) -> str:
    code = ord(character) if isinstance(character, str) else int(character)
    return f"U+{code:04X}"


def _pos(mark: Any) -> tuple[int, int]:
    return (mark.line, mark.column)


_SEQ_TAG = _SAFE_TAG_PREFIX + "seq"
_MAP_TAG = _SAFE_TAG_PREFIX + "map"
_STR_TAG = _SAFE_TAG_PREFIX + "str"


_TAGS: dict[tuple[str, Any], str] = {}  # plain scalar -> its resolved tag, for the run
TAGS_KEPT = 4096
TAG_MEMO_CHARS = 64  # longer plain scalars (statements) are resolved each time


def _build(path: str, events: Iterator[Any]) -> Node | None:
    """The node tree of one document's events (one pass, dispatch on the event type)."""
    stack: list[Node] = []
    pending_key: list[Node | None] = []
    anchors: dict[str, Node] = {}
    resolved = _TAGS
    root: Node | None = None
    documents = 0
    nodes = 0
    aliases = 0

    def error(message: str, mark: Any) -> ReunifyError:
        return ReunifyError(LoadError(path, message, mark.line + 1, mark.column + 1))

    def attach(node: Node, mark: Any) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if parent.kind == "seq":
            parent.items.append(node)
            return
        key = pending_key[-1]
        if key is None:
            if node.kind == "scalar":
                for existing, _ in parent.pairs:
                    if existing.kind == "scalar" and existing.value == node.value:
                        raise error(
                            f"duplicate key '{node.value}' (first at line {existing.line}); "
                            "merge the two entries",
                            mark,
                        )
            pending_key[-1] = node
        else:
            parent.pairs.append((key, node))
            pending_key[-1] = None

    scalar_event, seq_start, map_start = (
        yaml.ScalarEvent,
        yaml.SequenceStartEvent,
        yaml.MappingStartEvent,
    )
    seq_end, map_end = yaml.SequenceEndEvent, yaml.MappingEndEvent
    for event in events:
        kind = type(event)
        if kind is scalar_event:
            nodes += 1
            if nodes > MAX_NODES:
                raise error("document is too large", event.start_mark)
            value = event.value
            if event.tag and event.tag != "!":
                tag = str(event.tag)
            elif event.style:  # quoted or block scalars are strings
                tag = _STR_TAG
            elif len(value) > TAG_MEMO_CHARS:
                tag = _scalar_tag(event)
            else:
                memo = (value, event.implicit)
                known = resolved.get(memo)
                if known is None:
                    if len(resolved) >= TAGS_KEPT:
                        resolved.clear()
                    known = resolved[memo] = _scalar_tag(event)
                tag = known
            if tag not in _SAFE_TAGS:
                raise error(f"tag '{tag}' is not allowed (plain YAML only)", event.start_mark)
            start, end = event.start_mark, event.end_mark
            node = Node(
                "scalar",
                tag,
                (start.line, start.column),
                (end.line, end.column),
                value,
                event.style or "",
            )
            # attach(node, start), its usual cases inline: an item, or a key's value
            parent = stack[-1] if stack else None
            if parent is not None and parent.kind == "seq":
                parent.items.append(node)
            elif parent is not None and (key := pending_key[-1]) is not None:
                parent.pairs.append((key, node))
                pending_key[-1] = None
            else:
                attach(node, start)
            if event.anchor:
                anchors[event.anchor] = node
        elif kind is seq_end or kind is map_end:
            done = stack.pop()
            pending_key.pop()
            end = event.end_mark
            done.end = (end.line, end.column)
        elif kind is seq_start or kind is map_start:
            nodes += 1
            if nodes > MAX_NODES:
                raise error("document is too large", event.start_mark)
            tag = event.tag or ""
            if not tag or tag == "!":
                tag = _SEQ_TAG if kind is seq_start else _MAP_TAG
            if tag not in _SAFE_TAGS:
                raise error(f"tag '{tag}' is not allowed (plain YAML only)", event.start_mark)
            node = Node(
                "seq" if kind is seq_start else "map",
                tag,
                _pos(event.start_mark),
                _pos(event.end_mark),
            )
            attach(node, event.start_mark)
            stack.append(node)
            pending_key.append(None)
            if len(stack) > MAX_DEPTH:
                raise error(f"nesting deeper than {MAX_DEPTH} levels", event.start_mark)
            if event.anchor:
                anchors[event.anchor] = node
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                several = error("more than one YAML document ('---') in the file", event.start_mark)
                raise MultipleDocuments(several.error)
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise error("too many aliases (possible alias bomb)", event.start_mark)
            target = anchors.get(str(event.anchor))
            if target is None:
                raise error(f"unknown alias '*{event.anchor}'", event.start_mark)
            if target.kind != "scalar":
                raise error(
                    "aliases of lists or mappings are not supported in plans; "
                    "write the content out",
                    event.start_mark,
                )
            attach(target, event.start_mark)
    return root


# What YAML (and libyaml's positions) count as a line break: CR LF, CR, LF, NEL, LS, PS.
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a string index, counting breaks as YAML does."""
    index = max(0, min(index, len(text)))
    line, start = 1, 0
    for brk in LINE_BREAK.finditer(text, 0, index):
        if brk.end() > index:
            break
        line, start = line + 1, brk.end()
    return line, index - start + 1


class Lines:
    """Offsets of line starts, to turn (line, column) into a string index and back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [brk.end() for brk in LINE_BREAK.finditer(text)]

    def offset(self, line0: int, column0: int) -> int:
        if line0 >= len(self.starts):
            return len(self.text)
        return min(self.starts[line0] + column0, len(self.text))

    def slice(self, node: Node) -> str:
        return self.text[self.offset(*node.start) : self.offset(*node.end)]


def node_at(root: Node | None, path: tuple[Any, ...]) -> Node | None:
    """The deepest node along a key/index path (for pointing errors at a line)."""
    node = root
    for part in path:
        if node is None:
            return None
        if node.kind == "map" and isinstance(part, str):
            child = node.get(part)
        elif node.kind == "seq" and isinstance(part, int) and 0 <= part < len(node.items):
            child = node.items[part]
        else:
            child = None
        if child is None:
            return node
        node = child
    return node


def key_node(mapping: Node, key: str) -> Node | None:
    for k, _ in mapping.pairs:
        if k.kind == "scalar" and k.value == key:
            return k
    return None


def scan_comments(text: str, root: Node | None) -> list[tuple[int, int, str]]:
    """Comments of a parsed document: (1-based line, column of `#`, text after `#`).

    The parser drops comments, so we scan the text: a `#` at the start of a line or after
    whitespace starts a comment unless it lies inside a scalar (a quoted or block string).
    """
    lines = text.split("\n")
    if not any("#" in line for line in lines):
        return []
    inside: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.kind == "scalar":
            if "#" in node.value or node.style:
                for line0 in range(node.start[0], node.end[0] + 1):
                    inside.setdefault(line0, []).append((node.start, node.end))
        else:
            stack.extend(node.items)
            stack.extend(n for pair in node.pairs for n in pair)
    found = []
    for line0, line in enumerate(lines):
        column = line.find("#")
        while column != -1:
            pos = (line0, column)
            starts_comment = column == 0 or line[column - 1] in " \t"
            if starts_comment and not any(a <= pos < b for a, b in inside.get(line0, ())):
                found.append((line0 + 1, column + 1, line[column + 1 :].rstrip("\r")))
                break
            column = line.find("#", column + 1)
    return found
