"""Batch statistics from a running accumulator: nothing here keeps a plan or a goal.

`tally(file_report)` makes a small, picklable summary of one file (computed where the file
was analysed, e.g. in a worker process); `Statistics.add` folds it into the running totals;
`Statistics.snapshot()` gives the frozen `Summary` that reporters render.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass

from .model import Element, FileReport, Severity
from .settings import fails

ELEMENTS = tuple(Element)
FLAGS = ("vague", "judgmental_language", "poverty_condition")
TOP = 10


@dataclass(frozen=True, slots=True)
class FileTally:
    """What one file adds to the batch statistics."""

    path: str
    error: str | None
    goals: int
    missing: tuple[int, ...]  # goals missing each element, in ELEMENTS order
    flagged: tuple[int, ...]  # goals with each flag, in FLAGS order
    severities: tuple[int, int, int]  # findings: errors, warnings, info
    rules: tuple[tuple[str, int], ...]  # findings per rule id
    group: str | None = None  # with --group-by case.KEY: the plan's value (None: none)


NO_GROUP = "(none)"  # plans without the field


def group_of(report: FileReport, group_by: str | None) -> str | None:
    """The value of `case.KEY` (`group_by`) in the plan, or None."""
    if group_by is None or report.error is not None:
        return None
    value = report.case.get(group_by.removeprefix("case."), "")
    return " ".join(value.split()) or None


def tally(report: FileReport, group_by: str | None = None) -> FileTally:
    missing = [0] * len(ELEMENTS)
    flagged = [0] * len(FLAGS)
    for goal in report.goals:
        for i, element in enumerate(ELEMENTS):
            missing[i] += not goal.elements.get(element, False)
        for i, flag in enumerate(FLAGS):
            flagged[i] += bool(goal.flags.get(flag, False))
    rules: Counter[str] = Counter()
    severity = Counter[Severity]()
    for finding in report.all_findings:
        rules[finding.rule] += 1
        severity[finding.severity] += 1
    return FileTally(
        path=report.path,
        error=str(report.error) if report.error is not None else None,
        goals=len(report.goals),
        missing=tuple(missing),
        flagged=tuple(flagged),
        severities=(severity[Severity.ERROR], severity[Severity.WARNING], severity[Severity.INFO]),
        rules=tuple(sorted(rules.items())),
        group=group_of(report, group_by),
    )


@dataclass(frozen=True, slots=True)
class GroupRow:
    """The plans of one group (one caseworker, one unit): what their goals miss."""

    name: str
    files: int
    goals: int
    missing: tuple[int, ...]  # goals missing each element, in ELEMENTS order
    vague: int
    findings: int


@dataclass(frozen=True, slots=True)
class Summary:
    files: int
    load_errors: int
    goals: int
    findings: int
    severities: tuple[int, int, int]  # errors, warnings, info
    missing: tuple[tuple[Element, int], ...]
    flagged: tuple[tuple[str, int], ...]
    top_rules: tuple[tuple[str, int], ...]  # most findings first, ties by rule id
    top_files: tuple[tuple[str, int], ...]  # most findings first, ties by path
    group_by: str | None = None
    groups: tuple[GroupRow, ...] = ()  # by name, files without a value last

    def share(self, count: int) -> float:
        """`count` as a share of all goals (0.0 when there are no goals)."""
        return count / self.goals if self.goals else 0.0


class Statistics:
    """Running totals of a batch. Memory stays constant: rule ids and the top files only."""

    __slots__ = (
        "_files",
        "_flagged",
        "_goals",
        "_group_by",
        "_groups",
        "_load_errors",
        "_missing",
        "_rules",
        "_sev",
        "_top",
    )

    def __init__(self, group_by: str | None = None) -> None:
        self._group_by = group_by
        # group -> [files, goals, missing x5, vague, findings]
        self._groups: dict[str | None, list[int]] = {}
        self._files = 0
        self._load_errors = 0
        self._goals = 0
        self._missing = [0] * len(ELEMENTS)
        self._flagged = [0] * len(FLAGS)
        self._sev = [0, 0, 0]
        self._rules: Counter[str] = Counter()
        # min-heap of the TOP files with most findings: (findings, -arrival, path), so that
        # on equal counts the file that came first ranks higher (deterministic)
        self._top: list[tuple[int, int, str]] = []

    def add(self, item: FileTally) -> None:
        self._files += 1
        self._load_errors += item.error is not None
        self._goals += item.goals
        for i, n in enumerate(item.missing):
            self._missing[i] += n
        for i, n in enumerate(item.flagged):
            self._flagged[i] += n
        for i, n in enumerate(item.severities):
            self._sev[i] += n
        self._rules.update(dict(item.rules))
        findings = sum(item.severities)
        if self._group_by is not None and item.error is None:
            row = self._groups.setdefault(item.group, [0] * (len(ELEMENTS) + 4))
            counts = (1, item.goals, *item.missing, item.flagged[0], findings)
            for i, n in enumerate(counts):
                row[i] += n
        if findings:
            entry = (findings, -self._files, item.path)
            if len(self._top) < TOP:
                heapq.heappush(self._top, entry)
            elif entry > self._top[0]:
                heapq.heapreplace(self._top, entry)

    def fails(self, fail_on: str) -> bool:
        """Whether any finding is at or above the fail level."""
        levels = (Severity.ERROR, Severity.WARNING, Severity.INFO)
        return any(n and fails(level, fail_on) for level, n in zip(levels, self._sev, strict=True))

    @property
    def load_errors(self) -> int:
        return self._load_errors

    def snapshot(self) -> Summary:
        return Summary(
            files=self._files,
            load_errors=self._load_errors,
            goals=self._goals,
            findings=sum(self._sev),
            severities=(self._sev[0], self._sev[1], self._sev[2]),
            missing=tuple(zip(ELEMENTS, self._missing, strict=True)),
            flagged=tuple(zip(FLAGS, self._flagged, strict=True)),
            top_rules=tuple(sorted(self._rules.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]),
            top_files=tuple((path, n) for n, _, path in sorted(self._top, reverse=True)),
            group_by=self._group_by,
            groups=self._group_rows(),
        )

    def _group_rows(self) -> tuple[GroupRow, ...]:
        def row(name: str | None, counts: list[int]) -> GroupRow:
            n = len(ELEMENTS)
            return GroupRow(
                name=name if name is not None else NO_GROUP,
                files=counts[0],
                goals=counts[1],
                missing=tuple(counts[2 : 2 + n]),
                vague=counts[2 + n],
                findings=counts[3 + n],
            )

        named = sorted((k for k in self._groups if k is not None), key=lambda k: (k.lower(), k))
        rows = [row(name, self._groups[name]) for name in named]
        if None in self._groups:
            rows.append(row(None, self._groups[None]))
        return tuple(rows)
