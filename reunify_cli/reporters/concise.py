"""`--format concise`: one line per finding, for editors and grep (ruff's `concise`,
yamllint's `parsable`, Vale's `line`):

    plans/a.yaml:12:28: vague.make-progress "Progress" is not defined: name the actions ...

`path:line:column: rule message`, sorted by line, column and rule within each file, files
in the order they were checked; a file that could not be read is one line
`path:line:column: error: message` (1:1 when the error has no position). Nothing else:
no summary, no colour, so every line is a location an editor can jump to. Streams file
by file. Paths are relative to the working directory; text from a plan goes through
printable.one_line, so a line cannot be broken or begin with a CI command.
"""

from __future__ import annotations

from ..model import FileReport, Report
from ..printable import line_start, one_line
from .records import display_path


def render_file(report: FileReport) -> str:
    """The lines of one file (each with its newline)."""
    path = line_start(display_path(report.path), path=True)
    if report.error is not None:
        error = report.error
        return f"{path}:{error.line or 1}:{error.column or 1}: error: {one_line(error.message)}\n"
    findings = sorted(
        report.all_findings, key=lambda f: (f.span.line, f.span.column, f.rule, f.span.end_column)
    )
    return "".join(
        f"{path}:{f.span.line}:{f.span.column}: {one_line(f.rule)} {one_line(f.message)}\n"
        for f in findings
    )


def render(report: Report) -> str:
    return "".join(render_file(f) for f in report.files)
