"""`--format csv`: one row per goal, for a spreadsheet. A file that could not be read gets
one row with its error. Booleans are `true` / `false`; rule ids are separated by spaces.
Plan-level findings (not about one goal) are in the other formats only. Text cells that a
spreadsheet would run as a formula (starting with = + @) are prefixed with a quote. Line
breaks and control characters in cells are shown as symbols (printable.one_line), and
the file name that begins each row as printable.line_start gives it, so that no line of
the file begins with text from a plan (a CI log may run such a line as a command)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Element, FileReport, Report
from ..printable import line_start, one_line
from .records import file_record

ELEMENT_NAMES = tuple(e.value for e in Element)
FLAG_NAMES = ("vague", "judgmental_language", "poverty_condition")
COLUMNS = ("file", "goal_id", "goal_index", "line", "column", *ELEMENT_NAMES, *FLAG_NAMES)
COLUMNS += ("rules", "error")


def _rows(text: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(text)
    return buffer.getvalue()


def _cell(value: Any) -> str:
    text = "" if value is None else one_line(str(value))
    return "'" + text if text[:1] in ("=", "+", "@", "\t", "\r") else text


def _path(path: str) -> str:
    return _cell(line_start(path, path=True))


def _bool(value: Any) -> str:
    return "true" if value else "false"


def header() -> str:
    return _rows([COLUMNS])


def render_file(report: FileReport) -> str:
    """The rows of one file (no header)."""
    record = file_record(report)
    if record["error"] is not None:
        message = str(report.error) if report.error is not None else ""
        return _rows([[_path(record["path"]), *[""] * (len(COLUMNS) - 2), _cell(message)]])
    rows = []
    for goal in record["goals"]:
        rules = sorted({f["rule"] for f in goal["findings"]})
        rows.append(
            [
                _path(record["path"]),
                _cell(goal["id"]),
                goal["index"],
                goal["line"],
                goal["column"],
                *(_bool(goal["elements"][e]) for e in ELEMENT_NAMES),
                *(_bool(goal["flags"][f]) for f in FLAG_NAMES),
                " ".join(rules),
                "",
            ]
        )
    return _rows(rows)


def render(report: Report) -> str:
    return header() + "".join(render_file(f) for f in report.files)
