"""Where a plan comes from: a YAML file, a text or Markdown list, a Word document, or
standard input (`-`). The file name (or `--stdin-filename`) decides how it is read.

Every problem is a ReunifyError with a one-line LoadError naming the file, as for YAML.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath

from ..model import LoadError, Plan, ReunifyError
from ..settings import Settings

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DOCX_SUFFIXES = (".docx",)
DOCX_FACTOR = 10  # a .docx may be this many times --max-file-size (images make it big)
_YAML_KEY = re.compile(r"^(goals|case|people|concerns)\s*:", re.M)


def kind_of(name: str) -> str:
    """ "docx", "text" or "yaml" by the file name's suffix (any other name is YAML)."""
    suffix = PurePath(name).suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "yaml"


def sniff(data: bytes) -> str:
    """The kind of unnamed standard input: a zip is a .docx, a YAML plan has `goals:` (or
    `case:`, ...) at the start of a line, anything else is a text list of goals."""
    if data.startswith(b"PK") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return "docx"
    head = data[:65536].decode("utf-8", "replace")
    return "yaml" if _YAML_KEY.search(head) else "text"


def display_name(path: str, settings: Settings) -> str:
    if path != STDIN:
        return path
    return settings.stdin_name or "<stdin>"


def read_data(path: str, settings: Settings) -> bytes:
    """The raw bytes of a plan (standard input as read by the command)."""
    from .yamlio import read_bytes

    if path == STDIN:
        data = settings.stdin or b""
        name = display_name(path, settings)
        limit = settings.max_file_size * (
            DOCX_FACTOR if _kind(path, data, settings) == "docx" else 1
        )
        if len(data) > limit:
            raise ReunifyError(
                LoadError(name, f"input is larger than the limit of {limit:,} bytes")
            )
        return data
    limit = settings.max_file_size * (DOCX_FACTOR if kind_of(path) == "docx" else 1)
    return read_bytes(path, limit, SIZE_HINT)


SIZE_HINT = " (raise it with --max-file-size or max-file-size in the config file)"


def _kind(path: str, data: bytes, settings: Settings) -> str:
    if path == STDIN:
        return kind_of(settings.stdin_name) if settings.stdin_name else sniff(data)
    return kind_of(path)


def parse_data(path: str, data: bytes, settings: Settings) -> Plan:
    """A plan from bytes, read as its name says; raises ReunifyError."""
    from .yamlio import decode

    name = display_name(path, settings)
    kind = _kind(path, data, settings)
    if kind == "docx":
        from .docxplan import parse_docx_plan

        return parse_docx_plan(name, data, settings.max_file_size)
    if kind == "text":
        from .textplan import parse_text_plan

        try:
            text = decode(name, data)
        except ReunifyError as exc:  # the same checks, in words for a text file
            error = exc.error
            message = error.message.replace("a YAML text file", "a text file")
            raise ReunifyError(replace(error, message=message)) from None

        return parse_text_plan(name, text)
    from .plans import parse_plan

    return parse_plan(name, decode(name, data))


def load_plan(path: str, settings: Settings) -> Plan:
    return parse_data(path, read_data(path, settings), settings)
