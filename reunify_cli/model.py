"""Plain, immutable data shared by every module: plans, rules, findings, reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from .printable import one_line

EMPTY: Mapping[str, Any] = MappingProxyType({})


def _empty() -> Mapping[str, Any]:
    return EMPTY


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Element(StrEnum):
    """The five elements every goal should contain (SPEC: 'elements')."""

    BEHAVIORAL = "behavioral"
    MEASURABLE = "measurable"
    TIME_LIMITED = "time_limited"
    EVIDENCE_SOURCE = "evidence_source"
    REPORTING_CADENCE = "reporting_cadence"


class Category(StrEnum):
    VAGUE = "vague"
    MISSING_ELEMENT = "missing-element"
    JUDGMENTAL = "judgmental"
    POVERTY = "poverty"
    PLAIN_LANGUAGE = "plain-language"
    STRUCTURE = "structure"


@dataclass(frozen=True, slots=True)
class Span:
    """1-based line and column; end_column is exclusive (points after the last character)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class ScalarSource:
    """Where a string scalar stands in the file, enough to map text offsets back to it.

    `raw` is the exact source text of the scalar (quotes and block header included).
    """

    raw: str
    line: int
    column: int
    style: str  # "" plain, "'" single, '"' double, "|" literal, ">" folded


@dataclass(frozen=True, slots=True)
class TextField:
    text: str
    source: ScalarSource | None


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    role: str | None
    name: str | None
    pronouns: str | None = None  # "she/her", "he/him", "they/them": how rewrites refer to them


@dataclass(frozen=True, slots=True)
class Concern:
    id: str
    kind: str  # "safety" | "other"
    statement: str
    span: Span


@dataclass(frozen=True, slots=True)
class Goal:
    index: int
    id: str | None
    statement: TextField
    span: Span  # span of the goal entry (mapping or string) in the file
    concern: str | None = None
    responsible: str | None = None
    due: str | None = None
    due_span: Span | None = None
    fields: Mapping[str, str] = field(
        default_factory=_empty
    )  # behavior, measure, evidence, cadence, ... as written
    rewritten: bool = False  # carries `original_statement`: it is a rewrite already


@dataclass(frozen=True, slots=True)
class Comment:
    """A YAML comment: 1-based line and column of its `#`, and the text after the `#`."""

    line: int
    column: int
    text: str


@dataclass(frozen=True, slots=True)
class Plan:
    path: str
    case: Mapping[str, str] = field(default_factory=_empty)
    people: tuple[Person, ...] = ()
    concerns: tuple[Concern, ...] = ()
    goals: tuple[Goal, ...] = ()
    comments: tuple[Comment, ...] = ()  # for inline suppressions (`# reunify: ignore[...]`)


@dataclass(frozen=True, slots=True)
class Match:
    """What a rule or detector matches: lemma phrases, spaCy token patterns, a regex."""

    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[Mapping[str, Any], ...], ...] = ()
    regex: tuple[str, ...] = ()
    reading: tuple[str, ...] = ()  # features of reading.Reading (action, state, ban, ...)


@dataclass(frozen=True, slots=True)
class Examples:
    fail: tuple[str, ...] = ()
    passing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    message: str
    rationale: str
    pack: str
    match: Match | None = None
    element: Element | None = None  # missing-element rules: fires when the goal lacks it
    check: str | None = None  # plan-structure rules: name of a plan-level check
    unless: tuple[Element, ...] = ()  # not flagged when the goal has all of these elements
    actors: tuple[str, ...] = ()  # only flagged on goals of these actors (empty: any)
    fallback: bool = False  # silent where a rule of its category flags the same words
    fix: Mapping[str, Any] | None = None  # what a rewrite puts in place of its words
    suggestion: str | None = None
    examples: Examples = field(default_factory=Examples)
    line: int = 0  # where the rule is defined in its pack
    params: Mapping[str, Any] = field(
        default_factory=_empty
    )  # settings of a plan-level check (e.g. max-grade; the packs' glossary)


@dataclass(frozen=True, slots=True)
class Detector:
    """Recognises one element of a goal (e.g. a frequency means `measurable`)."""

    id: str
    element: Element
    match: Match
    pack: str


@dataclass(frozen=True, slots=True)
class Domain:
    """Rewrite knowledge of one domain (therapy, substance use, ...), kept as pack data."""

    id: str
    name: str
    pack: str
    recognise: Match
    data: Mapping[str, Any] = field(
        default_factory=_empty
    )  # behaviors, evidence, cadences, slots, templates


@dataclass(frozen=True, slots=True)
class RulePack:
    name: str
    version: str
    description: str
    path: str
    rules: tuple[Rule, ...] = ()
    detectors: tuple[Detector, ...] = ()
    domains: tuple[Domain, ...] = ()
    disable: tuple[str, ...] = ()  # rule ids (or prefixes) of other packs to turn off
    severity: Mapping[str, str] = field(
        default_factory=_empty
    )  # severity overrides for rules of other packs
    lexicon: Mapping[str, Any] = field(default_factory=_empty)  # analysis/reading's word lists
    glossary: Mapping[str, str] = field(
        default_factory=_empty
    )  # abbreviation -> what it stands for, in words a parent knows


@dataclass(frozen=True, slots=True)
class LoadError:
    """Input that could not be used: one line of text, with file and position."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return one_line(f"{where}: {self.message}")  # one line, no terminal escapes


class ReunifyError(Exception):
    """A user-facing error (exit code 2) that carries a LoadError."""

    def __init__(self, error: LoadError) -> None:
        super().__init__(str(error))
        self.error = error


class NotAPlan(ReunifyError):
    """A YAML file that is not a case plan at all (a workflow, a rule pack, a config): no
    `goals:` nor other plan key, not a list of statements, empty, or several documents.
    An error like any other, unless the run skips such files (`--skip-non-plans`)."""


class MultipleDocuments(ReunifyError):
    """A YAML stream with more than one document (`---`): never one plan, pack or config."""


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: Category
    severity: Severity
    message: str
    path: str
    span: Span
    goal_index: int | None = None  # None for plan-level findings
    excerpt: str = ""
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class GoalReport:
    goal: Goal
    elements: Mapping[Element, bool]
    flags: Mapping[str, bool]
    findings: tuple[Finding, ...]
    rewrite: Mapping[str, Any] | None = None
    actor: str = "unknown"  # who must act: parent, child, caregiver, agency, provider, unknown


@dataclass(frozen=True, slots=True)
class FileReport:
    path: str
    error: LoadError | None = None
    goals: tuple[GoalReport, ...] = ()
    findings: tuple[Finding, ...] = ()  # plan-level findings
    case: Mapping[str, str] = field(default_factory=_empty)  # the plan's `case:` details
    skipped: LoadError | None = None  # not a plan, and the run skips those: why

    @property
    def all_findings(self) -> tuple[Finding, ...]:
        return tuple(f for g in self.goals for f in g.findings) + self.findings


@dataclass(frozen=True, slots=True)
class Report:
    files: tuple[FileReport, ...]
    rules: tuple[Rule, ...] = ()
    config_files: tuple[str, ...] = ()  # the config files that applied to the run
    skipped: tuple[LoadError, ...] = ()  # files that are not plans (--skip-non-plans)
