"""`--format junit`: JUnit XML for CI test dashboards.

One test suite per file, one test case per goal (plus one for plan-level findings when
there are any); a goal with findings fails, listing them. A file that could not be read
is a suite with one erroring test case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from ..model import Report
from .records import display_path, file_record


def render(report: Report) -> str:
    root = ET.Element("testsuites", name="reunify")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for file in sorted(report.files, key=lambda f: display_path(f.path)):
        suite = _suite(_clean(display_path(file.path)), file_record(file))
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


# Characters XML 1.0 cannot hold even escaped (a YAML "\x07" can put them in a plan).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _suite(path: str, record: dict[str, Any]) -> ET.Element:
    suite = ET.Element("testsuite", name=path)
    cases = []
    if record["error"] is not None:
        case = ET.Element("testcase", classname=path, name="read plan")
        error = record["error"]
        where = f"{path}:{error['line']}" if error["line"] is not None else path
        message = _clean(error["message"])
        ET.SubElement(case, "error", message=message).text = f"{_clean(where)}: {message}"
        cases.append(case)
    for goal in record["goals"]:
        label = goal["id"] or f"goal {goal['index'] + 1}"
        cases.append(_case(path, _clean(f"{label} (line {goal['line']})"), goal["findings"]))
    if record["findings"]:
        cases.append(_case(path, "plan", record["findings"]))
    for case in cases:
        suite.append(case)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(c.find("failure") is not None for c in cases)))
    suite.set("errors", str(sum(c.find("error") is not None for c in cases)))
    return suite


def _case(path: str, name: str, findings: list[dict[str, Any]]) -> ET.Element:
    case = ET.Element("testcase", classname=path, name=name)
    if findings:
        rules = sorted({f["rule"] for f in findings})
        failure = ET.SubElement(
            case,
            "failure",
            message=f"{len(findings)} finding(s): {', '.join(rules)}",
            type=max(findings, key=lambda f: _RANK[f["severity"]])["severity"],
        )
        failure.text = _clean(
            "\n".join(
                f"{path}:{f['line']}:{f['column']}: {f['severity']} {f['rule']}: {f['message']}"
                for f in findings
            )
        )
    return case


_RANK = {"info": 1, "warning": 2, "error": 3}
