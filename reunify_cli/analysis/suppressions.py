"""Inline suppressions, visible in review. Pure: comments and findings in, findings out.

    - id: g2  # reunify: ignore[vague.follow-recommendations, plain]
    # reunify: ignore-file[plain.abbreviation]

`ignore[...]` on a goal's line (its `- id:` line, or the first or last line of its
statement) drops those rules' findings for that goal; on any other line it drops findings
that start on that line. `ignore-file[...]` anywhere (by convention at the top) drops them
for the whole file. Each entry is a rule id, an id prefix (`vague`) or a category. An entry
that suppresses nothing is itself reported (rule `structure.unused-suppression`), as ruff
reports an unused `noqa`: stale suppressions would otherwise hide future findings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..model import Comment, Finding, Plan, Rule, Span

UNUSED_RULE = "structure.unused-suppression"
_DIRECTIVE = re.compile(r"\s*reunify:\s*(ignore-file|ignore)\s*\[([^\]]*)\]")
_ENTRY = re.compile(r"[^,\s]+")


@dataclass(frozen=True, slots=True)
class Entry:
    code: str
    span: Span  # where the entry is written in the comment


@dataclass(frozen=True, slots=True)
class Directive:
    whole_file: bool
    line: int
    entries: tuple[Entry, ...]


def parse_directives(comments: Iterable[Comment]) -> tuple[Directive, ...]:
    found = []
    for comment in comments:
        match = _DIRECTIVE.match(comment.text)
        if match is None:
            continue
        base = comment.column + 1 + match.start(2)  # column of the text inside [...]
        entries = tuple(
            Entry(m.group(), Span(comment.line, base + m.start(), comment.line, base + m.end()))
            for m in _ENTRY.finditer(match.group(2))
        )
        found.append(Directive(match.group(1) == "ignore-file", comment.line, entries))
    return tuple(found)


def covers(code: str, rule_id: str, category: str) -> bool:
    """Whether a suppression entry names this rule: its id, an id prefix or its category."""
    return rule_id == code or rule_id.startswith(code.rstrip(".") + ".") or category == code


def goal_lines(plan: Plan) -> dict[int, set[int]]:
    """Line -> indexes of the goals a line-level suppression there applies to."""
    lines: dict[int, set[int]] = {}
    for goal in plan.goals:
        own = {goal.span.line}
        source = goal.statement.source
        if source is not None:
            own |= {source.line, source.line + source.raw.rstrip("\n").count("\n")}
        for line in own:
            lines.setdefault(line, set()).add(goal.index)
    return lines


def apply(
    plan: Plan,
    goal_findings: Mapping[int, Sequence[Finding]],
    plan_findings: Sequence[Finding],
    rules: Sequence[Rule],
    known: Collection[str],
) -> tuple[dict[int, list[Finding]], list[Finding]]:
    """Drop suppressed findings; add a finding for each entry that suppressed nothing.

    `rules` are the rules of this run; `known` the ids and categories of every loaded rule,
    so an entry for a rule turned off in this run is not reported, but a typo is.
    """
    directives = parse_directives(plan.comments)
    if not directives:
        return {i: list(f) for i, f in goal_findings.items()}, list(plan_findings)
    at_line = goal_lines(plan)
    used: set[Entry] = set()

    def suppressed(finding: Finding, goal: int | None) -> bool:
        hit = False
        for directive in directives:
            applies = (
                directive.whole_file
                or directive.line == finding.span.line
                or (goal is not None and goal in at_line.get(directive.line, ()))
            )
            if not applies:
                continue
            for entry in directive.entries:
                if covers(entry.code, finding.rule, finding.category.value):
                    used.add(entry)
                    hit = True
        return hit

    kept_goals = {
        index: [f for f in findings if not suppressed(f, index)]
        for index, findings in goal_findings.items()
    }
    kept_plan = [f for f in plan_findings if not suppressed(f, None)]
    unused_rule = next((r for r in rules if r.id == UNUSED_RULE), None)
    if unused_rule is None:
        return kept_goals, kept_plan
    for directive in directives:
        for entry in directive.entries:
            if entry in used:
                continue
            finding = _unused(plan, unused_rule, entry, rules, known)
            if finding is None or suppressed(finding, None):
                continue
            goals = sorted(at_line.get(directive.line, ())) if not directive.whole_file else []
            if goals:
                finding = replace(finding, goal_index=goals[0])
                kept_goals.setdefault(goals[0], []).append(finding)
            else:
                kept_plan.append(finding)
    return kept_goals, kept_plan


def _unused(
    plan: Plan, rule: Rule, entry: Entry, rules: Sequence[Rule], known: Collection[str]
) -> Finding | None:
    if any(covers(entry.code, r.id, r.category.value) for r in rules):
        message = f"`{entry.code}` suppresses nothing here: remove it from the comment."
    elif any(covers(entry.code, k, "") for k in known):
        return None  # the rule is turned off in this run: nothing to say
    else:
        message = f"`{entry.code}` is not a rule id, id prefix or category: check the spelling."
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=message,
        path=plan.path,
        span=entry.span,
        excerpt=entry.code,
        suggestion=rule.suggestion,
    )
