"""`--format jsonl`: one JSON object per line and per file (the `files[]` record of the JSON
document), written as each file is done, so big batches stream. No summary line: the last
line is a file like the others, so `wc -l` counts files."""

from __future__ import annotations

import json

from ..model import FileReport, Report
from .records import file_record


def render_file(report: FileReport) -> str:
    """One line (with its newline) for one file."""
    return json.dumps(file_record(report), ensure_ascii=False, separators=(",", ":")) + "\n"


def render(report: Report) -> str:
    return "".join(render_file(f) for f in report.files)
