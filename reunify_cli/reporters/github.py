"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::warning file=plans/a.yaml,line=12,col=28,endColumn=41,title=vague.make-progress::...

Chosen automatically when GITHUB_ACTIONS=true and no --format is given. Values are
escaped as the Actions runner expects: `%`, CR and LF everywhere, plus `:` and `,` in
properties, so a message cannot end the command or forge another one.
"""

from __future__ import annotations

from ..model import Report
from .records import flat_findings, load_errors

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def render(report: Report) -> str:
    lines = []
    for error in load_errors(report):
        props: dict[str, object] = {"file": error["path"]}
        if error["line"] is not None:
            props["line"] = error["line"]
            if error["column"] is not None:
                props["col"] = error["column"]
        props["title"] = "reunify: cannot read plan"
        lines.append(command("error", props, error["message"]))
    for finding in flat_findings(report):
        props = {"file": finding["path"], "line": finding["line"], "col": finding["column"]}
        if finding["end_line"] != finding["line"]:
            props["endLine"] = finding["end_line"]
        props["endColumn"] = finding["end_column"]
        props["title"] = finding["rule"]
        lines.append(command(COMMANDS[finding["severity"]], props, finding["message"]))
    return "".join(line + "\n" for line in lines)
