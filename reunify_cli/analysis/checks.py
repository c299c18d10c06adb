"""Plan-level checks named by `check:` in rule packs (structure of the plan as a whole)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from itertools import islice
from typing import Any

from ..io.plans import locate
from ..model import Finding, Plan, Rule, Span
from . import nlp
from .nlp import Hit

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")

GoalFindings = dict[int, list[Finding]]
Check = Callable[[Plan, Rule, Sequence[Sequence[Hit]]], tuple[GoalFindings, list[Finding]]]


def _finding(
    rule: Rule,
    plan: Plan,
    span: Span,
    goal_index: int | None,
    excerpt: str,
    message: str | None = None,
) -> Finding:
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=message or rule.message,
        path=plan.path,
        span=span,
        goal_index=goal_index,
        excerpt=excerpt,
        suggestion=rule.suggestion,
    )


def unaddressed_safety_concern(
    plan: Plan, rule: Rule, hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    addressed = {g.concern for g in plan.goals}
    found = [
        _finding(rule, plan, c.span, None, c.statement, f"{rule.message} (concern '{c.id}')")
        for c in plan.concerns
        if c.kind == "safety" and c.id not in addressed
    ]
    return {}, found


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no day {day.day} in {year}-{month:02d}")  # pragma: no cover


def _horizon(plan: Plan, rule: Rule) -> str | None:
    """The latest deadline `max-months` after the plan's date allows (None: no limit)."""
    months = rule.params.get("max-months")
    start = plan.case.get("plan_date", "")
    if months is None or not _ISO_DATE.match(start):
        return None
    try:
        return add_months(date.fromisoformat(start[:10]), int(months)).isoformat()
    except ValueError:
        return None


def due_after_hearing(
    plan: Plan, rule: Rule, hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    """Goals due after the permanency hearing; with the rule option `max-months`, also
    goals due more than that many months after the plan's date (`case.plan_date`)."""
    hearing = plan.case.get("permanency_hearing", "")
    hearing = hearing[:10] if _ISO_DATE.match(hearing) else ""
    horizon = _horizon(plan, rule)
    if not hearing and horizon is None:
        return {}, []
    found: GoalFindings = {}
    for goal in plan.goals:
        if not goal.due or not _ISO_DATE.match(goal.due):
            continue
        due = goal.due[:10]
        if hearing and due > hearing:
            message = f"{rule.message} (due {due}, hearing {hearing})"
        elif horizon is not None and due > horizon:
            months = rule.params["max-months"]
            message = (
                f"The goal is due more than {months} months after the plan date (due {due}, "
                f"plan dated {plan.case['plan_date'][:10]}): set a nearer deadline, or break "
                "the goal into steps with their own dates."
            )
        else:
            continue
        span = goal.due_span or goal.span
        found.setdefault(goal.index, []).append(
            _finding(rule, plan, span, goal.index, goal.due, message)
        )
    return found, []


def other_concern_as_condition(
    plan: Plan, rule: Rule, hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    other = {c.id for c in plan.concerns if c.kind == "other"}
    found: GoalFindings = {}
    key = f"rule:{rule.id}"
    for goal, goal_hits in zip(plan.goals, hits, strict=True):
        if goal.concern not in other:
            continue
        condition = [h for h in goal_hits if h.key == key]
        if rule.match is not None and not condition:
            continue
        start, end = (condition[0].start, condition[0].end) if condition else (0, 0)
        span = locate(goal.statement, start, end) or goal.span
        found[goal.index] = [_finding(rule, plan, span, goal.index, goal.statement.text[start:end])]
    return found, []


def unused_suppression(
    plan: Plan, rule: Rule, hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    """Reported by suppressions.apply, which needs every other finding first."""
    return {}, []


MIN_WORDS = 6  # reading-grade: shorter statements are not graded
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def reading_grade(
    plan: Plan, rule: Rule, hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    """Goals whose reading grade (readability.grade) is above the rule's `max-grade`;
    statements of fewer than `min-words` words are not graded (Flesch-Kincaid says little
    of a few words: "Attend parenting classes." scores grade 13).

    Reported with the plan's findings (at the goal's line and column, with its index), not
    among the goal's own: the rewrite takes any finding on a goal other than a missing
    element as a reason to replace its words, and a hard-to-read sound goal should still
    only gain what it lacks."""
    from .readability import grade
    from .readcopy import whole_words

    limit = float(rule.params.get("max-grade", 8))
    shortest = int(rule.params.get("min-words", MIN_WORDS))
    found: list[Finding] = []
    for goal in plan.goals:
        text = goal.statement.text
        whole = whole_words(text)  # "com-\nplete" pasted from a PDF is one word
        if len(list(islice(_WORD.finditer(whole), shortest))) < shortest:
            continue  # (counting stops at `shortest` words: only "too few?" is asked)
        score = grade(whole)
        if score <= limit:
            continue
        span = locate(goal.statement, 0, len(text)) or goal.span
        message = f"Reading grade {score:.1f} (above {limit:g}). {rule.message}"
        found.append(_finding(rule, plan, span, goal.index, text, message))
    return {}, found


def abbreviation(
    plan: Plan, rule: Rule, hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    """Abbreviations (the rule's match, and every glossary entry) a goal does not spell
    out, each reported with what it stands for when the packs' glossary knows it."""
    result: GoalFindings = {}
    for goal, goal_hits in zip(plan.goals, hits, strict=True):
        for start, end, term, message in _abbreviations(goal.statement.text, goal_hits, rule):
            span = locate(goal.statement, start, end) or goal.span
            result.setdefault(goal.index, []).append(
                _finding(rule, plan, span, goal.index, term, message)
            )
    return result, []


_Abbreviations = tuple[tuple[int, int, str, str], ...]  # start, end, term, message
# id(hits) -> (hits, rule, text, what `_abbreviations` found): Analyzer.hits shares one
# hits list between the goals with the same statement, so a batch that repeats template
# sentences looks for their abbreviations once (an entry keeps what it was made from, so a
# reused id is a miss). At most as many entries as the analyser keeps statements: an entry
# holds its hits list.
_ABBREVIATIONS: dict[int, tuple[object, Rule, str, _Abbreviations]] = {}


def _abbreviations(text: str, hits: Sequence[Hit], rule: Rule) -> _Abbreviations:
    """The abbreviations of one statement that `abbreviation` reports, with their messages."""
    known = _ABBREVIATIONS.get(id(hits))
    if known is not None and known[0] is hits and known[1] is rule and known[2] == text:
        return known[3]
    from .glossary import found as in_glossary
    from .glossary import meaning

    glossary = rule.params.get("glossary", {})
    key = f"rule:{rule.id}"
    spans = {(h.start, h.end) for h in hits if h.key == key}
    spans |= {(start, end) for start, end, _ in in_glossary(text, glossary)}
    found: list[tuple[int, int, str, str]] = []
    last_end = -1
    for start, end in sorted(spans):
        if start < last_end:
            continue
        last_end = end
        term = text[start:end]
        words = meaning(term, glossary)
        if words is not None and words.lower() in text.lower():
            continue  # spelled out in the goal itself
        message = rule.message
        if words is not None:
            message = f'"{term}" means {words}: write it out for the parent.'
        found.append((start, end, term, message))
    result = tuple(found)
    _ABBREVIATIONS[id(hits)] = (hits, rule, text, result)
    while len(_ABBREVIATIONS) > nlp.CACHE_STATEMENTS:
        del _ABBREVIATIONS[next(iter(_ABBREVIATIONS))]
    return result


def _grade_option(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 30:
        raise ValueError("a reading grade from 0 to 30")
    return float(value)


def _words_option(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError("a whole number of words from 0 to 100")
    return value


def _months_option(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 120:
        raise ValueError("a whole number of months from 1 to 120")
    return value


# check -> {option: converter (raises ValueError saying what it expects)}: what
# `rule-options:` in the config file (and `params:` in a pack) may set for its rules
OPTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "reading-grade": {"max-grade": _grade_option, "min-words": _words_option},
    "due-after-hearing": {"max-months": _months_option},
}

CHECKS: dict[str, Check] = {
    "reading-grade": reading_grade,
    "abbreviation": abbreviation,
    "unused-suppression": unused_suppression,
    "unaddressed-safety-concern": unaddressed_safety_concern,
    "due-after-hearing": due_after_hearing,
    "other-concern-as-condition": other_concern_as_condition,
}


def plan_findings(
    plan: Plan, rules: Sequence[Rule], hits: Sequence[Sequence[Hit]]
) -> tuple[GoalFindings, list[Finding]]:
    goal_level: GoalFindings = {}
    plan_level: list[Finding] = []
    for rule in rules:
        if rule.check is None:
            continue
        per_goal, whole = CHECKS[rule.check](plan, rule, hits)
        for index, findings in per_goal.items():
            goal_level.setdefault(index, []).extend(findings)
        plan_level.extend(whole)
    return goal_level, plan_level
