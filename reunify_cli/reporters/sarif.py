"""`--format sarif`: SARIF 2.1.0 for code-scanning dashboards (one run, every rule).

Upload it with github/codeql-action/upload-sarif. Columns count Unicode code points
(`columnKind`), artifact URIs are relative to the working directory, and files that could
not be read are tool notifications of the run's invocation.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from ..model import Report
from .records import flat_findings, load_errors, rule_record, tool_record

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report) -> str:
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report) -> dict[str, Any]:
    rules = [rule_record(r) for r in sorted(report.rules, key=lambda r: r.id)]
    index = {r["id"]: i for i, r in enumerate(rules)}
    tool = tool_record()
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": tool["name"],
                        "version": tool["version"],
                        "rules": [_descriptor(r) for r in rules],
                    }
                },
                "invocations": [_invocation(report)],
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index) for f in flat_findings(report)],
            }
        ],
    }


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


def _descriptor(rule: dict[str, Any]) -> dict[str, Any]:
    help_lines = [rule["rationale"]]
    if rule["suggestion"]:
        help_lines.append(f"Suggestion: {rule['suggestion']}")
    help_lines += [f"Flagged: {text}" for text in rule["examples"]["fail"]]
    help_lines += [f"Fine: {text}" for text in rule["examples"]["pass"]]
    return {
        "id": rule["id"],
        "shortDescription": {"text": _first_sentence(rule["message"])},
        "fullDescription": {"text": rule["message"]},
        "help": {"text": "\n".join(help_lines)},
        "defaultConfiguration": {"level": LEVELS[rule["severity"]]},
        "properties": {"category": rule["category"], "pack": rule["pack"]},
    }


def _uri(path: str) -> str:
    """Relative paths stay relative (to the working directory); others become file: URIs."""
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    region = {"startLine": line, "startColumn": column}
    if end_line != line:
        region["endLine"] = end_line
    region["endColumn"] = max(end_column, column)
    return region


def _result(finding: dict[str, Any], index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding["rule"],
        "level": LEVELS[finding["severity"]],
        "message": {"text": finding["message"]},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding["path"])},
                    "region": _region(
                        finding["line"],
                        finding["column"],
                        finding["end_line"],
                        finding["end_column"],
                    ),
                }
            }
        ],
        "properties": {
            "category": finding["category"],
            "goal": finding["goal"],
            "excerpt": finding["excerpt"],
        },
    }
    if finding["rule"] in index:
        result["ruleIndex"] = index[finding["rule"]]
    if finding["suggestion"]:
        result["properties"]["suggestion"] = finding["suggestion"]
    return result


def _invocation(report: Report) -> dict[str, Any]:
    errors = load_errors(report)
    notifications = []
    for error in errors:
        location: dict[str, Any] = {"artifactLocation": {"uri": _uri(error["path"])}}
        if error["line"] is not None:
            location["region"] = {"startLine": error["line"]}
            if error["column"] is not None:
                location["region"]["startColumn"] = error["column"]
        notifications.append(
            {
                "level": "error",
                "message": {"text": error["message"]},
                "locations": [{"physicalLocation": location}],
            }
        )
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
