"""One record shape behind every machine format (JSON, JSON Lines, SARIF, ...)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from .. import __version__
from ..analysis.engine import statement_span
from ..model import FileReport, Finding, GoalReport, Report, Rule, Severity

# the missing-element rules, in the order a goal is read, in plain words
MISSING_WORDS = {
    "missing.behavior": "an observable action",
    "missing.measure": "how many / how often",
    "missing.deadline": "a deadline",
    "missing.evidence": "who shows it was done",
    "missing.cadence": "how often it is reported",
}


def missing_in_order(missing: Iterable[Finding]) -> list[Finding]:
    """Missing-element findings in MISSING_WORDS order (others after them, by rule id)."""
    order = list(MISSING_WORDS)
    return sorted(
        missing, key=lambda f: (order.index(f.rule) if f.rule in order else len(order), f.rule)
    )


def finding_record(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "category": finding.category.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "line": finding.span.line,
        "column": finding.span.column,
        "end_line": finding.span.end_line,
        "end_column": finding.span.end_column,
        "excerpt": finding.excerpt,
        "suggestion": finding.suggestion,
    }


def goal_record(goal: GoalReport) -> dict[str, Any]:
    span = statement_span(goal.goal)
    return {
        "id": goal.goal.id,
        "index": goal.goal.index,
        "line": span.line,
        "column": span.column,
        "text": goal.goal.statement.text,
        "elements": {e.value: v for e, v in goal.elements.items()},
        "flags": dict(goal.flags),
        "actor": goal.actor,
        "findings": [finding_record(f) for f in goal.findings],
        "rewrite": dict(goal.rewrite) if goal.rewrite is not None else None,
    }


def file_record(report: FileReport) -> dict[str, Any]:
    error = None
    if report.error is not None:
        error = {
            "message": report.error.message,
            "line": report.error.line,
            "column": report.error.column,
        }
    return {
        "path": report.path,
        "error": error,
        "goals": [goal_record(g) for g in report.goals],
        "findings": [finding_record(f) for f in report.findings],
    }


def summary(files: Iterable[FileReport]) -> dict[str, int]:
    counts = {
        "files": 0,
        "goals": 0,
        "findings": 0,
        "errors": 0,
        "warnings": 0,
        "info": 0,
        "load_errors": 0,
    }
    names = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}
    for file in files:
        counts["files"] += 1
        counts["goals"] += len(file.goals)
        counts["load_errors"] += file.error is not None
        for finding in file.all_findings:
            counts["findings"] += 1
            counts[names[finding.severity]] += 1
    return counts


def tool_record() -> dict[str, str]:
    return {"name": "reunify", "version": __version__}


def report_document(report: Report) -> dict[str, Any]:
    document = {
        "tool": {**tool_record(), "config": list(report.config_files)},
        "files": [file_record(f) for f in report.files],
        "summary": summary(report.files),
    }
    if report.skipped:  # --skip-non-plans: the YAML files that are not plans
        document["skipped"] = [{"path": s.path, "reason": s.message} for s in report.skipped]
    return document


def rule_record(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "pack": rule.pack,
        "message": rule.message,
        "rationale": rule.rationale,
        "suggestion": rule.suggestion,
        "examples": {"fail": list(rule.examples.fail), "pass": list(rule.examples.passing)},
    }


def flat_findings(report: Report) -> list[dict[str, Any]]:
    """Every finding as a finding_record plus `path` (relative to the working directory,
    forward slashes), `goal` (its goal's id or `goal N`, None for plan-level findings) and
    `fingerprint` (see `fingerprints`), sorted by path, line, column and rule so that CI
    diffs are stable."""
    records: list[dict[str, Any]] = []
    for file in report.files:
        path = display_path(file.path)
        found: list[tuple[Finding, str | None]] = []
        for goal in file.goals:
            label = goal.goal.id or f"goal {goal.goal.index + 1}"
            found.extend((f, label) for f in goal.findings)
        found.extend((f, None) for f in file.findings)
        found.sort(key=lambda item: _position(item[0]))
        marks = fingerprints(path, file, [f for f, _ in found])
        records.extend(
            {**finding_record(f), "path": path, "goal": label, "fingerprint": mark}
            for (f, label), mark in zip(found, marks, strict=True)
        )
    return sorted(records, key=lambda r: (r["path"], r["line"], r["column"], r["rule"]))


def _position(finding: Finding) -> tuple[int, int, str, int, int]:
    span = finding.span
    return (span.line, span.column, finding.rule, span.end_line, span.end_column)


def fingerprints(path: str, file: FileReport, findings: Sequence[Finding]) -> list[str]:
    """A fingerprint for each finding (given in file order) that stays the same when
    unrelated parts of the plan change, so code scanning can follow a finding across
    commits: a hash of the path, the rule, the goal (its `id:`, else a hash of its
    statement; "plan" for findings about the plan as a whole), the flagged words (none
    when the finding is about the whole statement, like a missing element) and which
    occurrence of these it is. No line or column goes in, and no plan text comes out."""
    goals = {g.goal.index: g.goal for g in file.goals}
    seen: dict[tuple[str, ...], int] = {}
    marks = []
    for finding in findings:
        goal = goals.get(finding.goal_index) if finding.goal_index is not None else None
        if goal is None:
            where = "plan"
        elif goal.id:
            where = "id:" + goal.id
        else:
            where = "text:" + _digest(" ".join(goal.statement.text.split()))
        words = finding.excerpt
        if goal is not None and words == goal.statement.text:
            words = ""
        key = (path, finding.rule, where, " ".join(words.lower().split()))
        seen[key] = seen.get(key, 0) + 1
        marks.append(_digest("\x1f".join((*key, str(seen[key])))))
    return marks


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def load_errors(report: Report) -> list[dict[str, Any]]:
    """Files that could not be read, as {path, message, line, column}, sorted by path."""
    errors = [
        {
            "path": display_path(f.path),
            "message": f.error.message,
            "line": f.error.line,
            "column": f.error.column,
        }
        for f in report.files
        if f.error is not None
    ]
    return sorted(errors, key=lambda e: (e["path"], e["line"] or 0, e["column"] or 0))


def display_path(path: str) -> str:
    """Path relative to the working directory when inside it, with forward slashes."""
    from ..api import display_path as relative

    return relative(path)
