"""`--format github`: GitHub Actions workflow commands (annotations).

    ::warning file=plans/a.yaml,line=12,col=28,endColumn=41,title=vague.make-progress::...

GitHub shows only the first ten annotations of each level per step, so they must count:
a goal's missing elements are one annotation, listing them (`g1: missing a deadline, who
shows it was done`, titled with their rule ids, at the worst of their severities); every
other finding (vague, judgment, poverty, plan structure...) is its own annotation.

Chosen automatically when GITHUB_ACTIONS=true and no --format is given. Values are
escaped as the Actions runner expects: `%`, CR and LF everywhere, plus `:` and `,` in
properties, so a message cannot end the command or forge another one.
"""

from __future__ import annotations

from typing import Any

from ..model import Category, Report
from ..printable import one_line
from .records import MISSING_WORDS, display_path, finding_record, load_errors, missing_in_order

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def annotation_records(report: Report) -> list[dict[str, Any]]:
    """One record per annotation (finding_record's keys plus `path`), sorted by path,
    line, column and rule: each finding, except that a goal's missing elements are one."""
    records: list[dict[str, Any]] = []
    for file in report.files:
        path = display_path(file.path)
        records.extend({**finding_record(f), "path": path} for f in file.findings)
        for goal in file.goals:
            missing = [f for f in goal.findings if f.category is Category.MISSING_ELEMENT]
            others = [f for f in goal.findings if f.category is not Category.MISSING_ELEMENT]
            records.extend({**finding_record(f), "path": path} for f in others)
            if missing:
                missing = missing_in_order(missing)
                label = one_line(goal.goal.id or f"goal {goal.goal.index + 1}")
                words = ", ".join(MISSING_WORDS.get(f.rule, f.rule) for f in missing)
                worst = max(missing, key=lambda f: f.severity.rank)
                records.append(
                    {
                        **finding_record(missing[0]),
                        "path": path,
                        "rule": ", ".join(f.rule for f in missing),
                        "severity": worst.severity.value,
                        "message": f"{label}: missing {words}",
                    }
                )
    return sorted(records, key=lambda r: (r["path"], r["line"], r["column"], r["rule"]))


def render(report: Report) -> str:
    """One workflow command per annotation, then one per unreadable file (last, so that a
    batch writes each file's annotations as they come)."""
    lines = []
    for record in annotation_records(report):
        props: dict[str, object] = {
            "file": record["path"],
            "line": record["line"],
            "col": record["column"],
        }
        if record["end_line"] != record["line"]:
            props["endLine"] = record["end_line"]
        props["endColumn"] = record["end_column"]
        props["title"] = record["rule"]
        lines.append(command(COMMANDS[record["severity"]], props, record["message"]))
    for error in load_errors(report):
        props = {"file": error["path"]}
        if error["line"] is not None:
            props["line"] = error["line"]
            if error["column"] is not None:
                props["col"] = error["column"]
        props["title"] = "reunify: cannot read plan"
        lines.append(command("error", props, error["message"]))
    return "".join(line + "\n" for line in lines)
