"""`--format sarif`: SARIF 2.1.0 for code-scanning dashboards (one run, every rule).

Upload it with github/codeql-action/upload-sarif. Columns count Unicode code points
(`columnKind`), artifact URIs are relative to the working directory, and files that could
not be read are tool notifications of the run's invocation.

* Each result has `partialFingerprints` (`reunify/v1`, records.fingerprints): rule, goal
  id (or a hash of its statement) and flagged words, never line numbers, so code scanning
  follows a finding across commits that move it.
* The driver names the project (`informationUri`), and each built-in rule links to where
  it is defined, with its message, rationale and examples (`helpUri`).
* No plan text: code-scanning dashboards are read by more people than a case file. The
  flagged words (`properties.excerpt`) are included only when asked (`--include-text`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from .. import HOMEPAGE, RULE_SOURCE
from ..model import Report, Rule
from .records import flat_findings, load_errors, rule_record, tool_record

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "reunify/v1"


def render(report: Report, include_text: bool = False) -> str:
    log = sarif_log(report, include_text)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def rule_index(rules: Iterable[Rule]) -> dict[str, int]:
    """Each rule's place in the log's rule list (sorted by id): a result's ruleIndex."""
    return {rule_id: i for i, rule_id in enumerate(sorted(r.id for r in rules))}


def sarif_results(
    report: Report, index: Mapping[str, int], include_text: bool = False
) -> list[dict[str, Any]]:
    """The log's results for the report's files (a batch renders them file by file)."""
    return [_result(f, index, include_text) for f in flat_findings(report)]


def sarif_log(report: Report, include_text: bool = False) -> dict[str, Any]:
    ordered = sorted(report.rules, key=lambda r: r.id)
    rules = [rule_record(r) for r in ordered]
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
                        "informationUri": HOMEPAGE,
                        "rules": [
                            _descriptor(r, help_uri(rule))
                            for r, rule in zip(rules, ordered, strict=True)
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                # results before the invocation (its notifications name unreadable files):
                # a batch writes each file's results as they come, the notifications last
                "results": sarif_results(report, index, include_text),
                "invocations": [_invocation(report)],
            }
        ],
    }


def help_uri(rule: Rule) -> str | None:
    """Where a built-in rule is defined, in the project's repository (None for the rules
    of a user's own pack: reunify does not know where those are published)."""
    from ..io.packs import builtin_pack_names

    if rule.pack not in builtin_pack_names():
        return None
    return RULE_SOURCE.format(file=f"{rule.pack}.yaml", line=rule.line)


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


def _descriptor(rule: dict[str, Any], uri: str | None) -> dict[str, Any]:
    help_lines = [rule["rationale"]]
    if rule["suggestion"]:
        help_lines.append(f"Suggestion: {rule['suggestion']}")
    help_lines += [f"Flagged: {text}" for text in rule["examples"]["fail"]]
    help_lines += [f"Fine: {text}" for text in rule["examples"]["pass"]]
    descriptor = {
        "id": rule["id"],
        "shortDescription": {"text": _first_sentence(rule["message"])},
        "fullDescription": {"text": rule["message"]},
        "help": {"text": "\n".join(help_lines)},
        "defaultConfiguration": {"level": LEVELS[rule["severity"]]},
        "properties": {"category": rule["category"], "pack": rule["pack"]},
    }
    if uri is not None:
        descriptor["helpUri"] = uri
    return descriptor


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


def _result(
    finding: dict[str, Any], index: Mapping[str, int], include_text: bool
) -> dict[str, Any]:
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
        "partialFingerprints": {FINGERPRINT: finding["fingerprint"]},
        "properties": {"category": finding["category"], "goal": finding["goal"]},
    }
    if include_text:
        result["properties"]["excerpt"] = finding["excerpt"]
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
