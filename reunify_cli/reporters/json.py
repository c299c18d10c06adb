"""`--format json`: the single JSON document of SPEC.md."""

from __future__ import annotations

import json

from ..model import Report
from .records import report_document


def render(report: Report) -> str:
    return json.dumps(report_document(report), indent=2, ensure_ascii=False) + "\n"
