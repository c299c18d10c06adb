"""Propose a rewrite for every flagged goal: pure, deterministic, knowledge from domain packs.

goal + its findings + its hits + the plan + the domains -> a mapping with the new statement
and its structured fields. Which domain and template, and every word of the rewrite, come
from pack data (docs/domain-packs.md); this module only chooses and fills `${slot}`s, in
the order: the goal's own words, the goal's structured fields, the plan, domain defaults.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from . import domains as dk
from .engine import Ruleset, analyse_plan, domains_of
from .model import Category, Domain, Element, FileReport, GoalReport, Plan
from .nlp import Hit

FIELDS = ("behavior", "measure", "evidence", "cadence", "feedback")
REWRITE_CATEGORIES = frozenset(
    {Category.VAGUE, Category.MISSING_ELEMENT, Category.JUDGMENTAL, Category.POVERTY}
)
REWRITE_RULES = frozenset({"structure.other-concern-as-condition"})
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def needs_rewrite(report: GoalReport) -> bool:
    """Lint flags the goal (vague, missing element, judgment, poverty) and it is no rewrite."""
    if report.goal.rewritten:
        return False
    return any(f.category in REWRITE_CATEGORIES or f.rule in REWRITE_RULES for f in report.findings)


def rewrite_plan(plan: Plan, ruleset: Ruleset) -> FileReport:
    """Analyse a plan and attach a rewrite to every goal that needs one (others: None)."""
    hits = list(ruleset.analyzer.hits(g.statement.text for g in plan.goals))
    return attach_rewrites(analyse_plan(plan, ruleset, hits), plan, hits, ruleset.domains)


def attach_rewrites(
    report: FileReport, plan: Plan, hits: Sequence[Sequence[Hit]], domains: Sequence[Domain]
) -> FileReport:
    goals = tuple(
        replace(g, rewrite=rewrite_goal(g, goal_hits, plan, domains))
        for g, goal_hits in zip(report.goals, hits, strict=True)
    )
    return replace(report, goals=goals)


def rewrite_goal(
    report: GoalReport, hits: Sequence[Hit], plan: Plan, domains: Sequence[Domain]
) -> Mapping[str, Any] | None:
    if not needs_rewrite(report):
        return None
    fallback = next((d for d in domains if d.data.get("fallback")), None)
    chosen = choose_template(report, hits, domains, fallback)
    if chosen is None:
        return None
    domain, template = chosen
    slots = _Slots(slot_values(report, hits, plan, domain, fallback))
    completions = {**_completions(fallback), **_completions(domain)}
    missing = [e.value for e, present in report.elements.items() if not present]
    if _only_missing(report) and set(missing) <= set(completions) - {"feedback"}:
        return _completed(report, template, slots, completions, missing, domain)
    statement = fill(str(template["statement"]), slots)
    preambles = {**_preambles(fallback), **_preambles(domain)}
    for flag in sorted(preambles):
        if report.flags.get(flag):
            statement = f"{fill(preambles[flag], slots)} {statement}"
    result: dict[str, Any] = {"statement": sentences(statement)}
    for name in FIELDS:
        own = report.goal.fields.get(name)
        result[name] = own if own is not None else fill(str(template.get(name, "")), slots)
        if name == "measure":
            due = report.goal.due or fill(str(template.get("due", "${due}")), slots)
            result["due"] = iso_date(due)
    result["placeholders"] = tuple(sorted(slots.placeholders))
    result["kind"] = str(template.get("kind", "condition"))
    result["domain"] = domain.id
    result["template"] = str(template["id"])
    return MappingProxyType(result)


def _only_missing(report: GoalReport) -> bool:
    """The goal is sound but incomplete: only missing-element findings, no flag raised."""
    return not any(report.flags.values()) and all(
        f.category is Category.MISSING_ELEMENT for f in report.findings
    )


def _completions(domain: Domain | None) -> dict[str, str]:
    if domain is None:
        return {}
    return {str(k): str(v) for k, v in dict(domain.data.get("completions", {})).items()}


def _completed(
    report: GoalReport,
    template: Mapping[str, Any],
    slots: _Slots,
    completions: Mapping[str, str],
    missing: Sequence[str],
    domain: Domain,
) -> Mapping[str, Any]:
    """Keep a sound goal's own words and add only the sentences for what it lacks (a
    deadline, the evidence, the reporting and feedback), from the packs' `completions:`."""
    goal = report.goal
    added = {name: fill(str(template.get(name, "")), slots) for name in ("evidence", "cadence")}
    slots.update({name: value for name, value in added.items() if value})
    text = goal.statement.text.strip()
    if text and text[-1] not in ".!?":
        text += "."
    statement = " ".join([text, *(fill(completions[name], slots) for name in missing)])
    due = goal.due or (iso_date(slots["due"]) if "time_limited" in missing else None)
    evidence = "evidence_source" in missing
    cadence = "reporting_cadence" in missing
    result: dict[str, Any] = {
        "statement": sentences(statement),
        "behavior": goal.fields.get("behavior"),
        "measure": goal.fields.get("measure"),
        "due": due,
        "evidence": goal.fields.get("evidence") or (added["evidence"] if evidence else None),
        "cadence": goal.fields.get("cadence") or (added["cadence"] if cadence else None),
        "feedback": goal.fields.get("feedback")
        or (fill(completions.get("feedback", ""), slots) if cadence else None),
        "placeholders": tuple(sorted(slots.placeholders)),
        "kind": str(template.get("kind", "condition")),
        "domain": domain.id,
        "template": "completion",
    }
    return MappingProxyType(result)


def choose_template(
    report: GoalReport,
    hits: Sequence[Hit],
    domains: Sequence[Domain],
    fallback: Domain | None,
) -> tuple[Domain, Mapping[str, Any]] | None:
    """Domain: one that `handles` a finding, else the recognised ones, else the fallback.
    Template: the first whose `when:` phrase is in the goal, else the first without `when:`."""
    by_id = {d.id: d for d in domains}
    tags = {f.category.value for f in report.findings} | {f.rule for f in report.findings}
    handlers = [d for d in domains if tags & set(d.data.get("handles", ()))]
    recognised = [by_id[i] for i in domains_of(hits) if i in by_id]
    order = handlers + [d for d in recognised if not d.data.get("fallback")]
    order += [fallback] if fallback is not None else []
    keys = {h.key for h in hits}
    for domain in order:
        templates = dk.templates(domain)
        for index, template in enumerate(templates):
            if template.get("when") and dk.when_key(domain.id, index) in keys:
                return domain, template
        default = next((t for t in templates if not t.get("when")), None)
        if default is not None:
            return domain, default
    return None


def slot_values(
    report: GoalReport, hits: Sequence[Hit], plan: Plan, domain: Domain, fallback: Domain | None
) -> dict[str, str]:
    """Slot values, later sources overriding earlier: domain defaults < plan < the goal's
    structured fields < the goal's own words."""
    goal = report.goal
    values: dict[str, str] = {}
    for source in (fallback, domain):
        if source is not None:
            values.update({str(k): str(v) for k, v in dict(source.data.get("slots", {})).items()})
    person = next((p for p in plan.people if p.id == goal.responsible), None)
    for slot, key in (("caseworker", "caseworker"), ("agency", "agency"), ("due", "next_review")):
        if plan.case.get(key):
            values[slot] = plan.case[key]
    if person is None and goal.responsible:
        values["actor"] = goal.responsible
    if goal.due:
        values["due"] = goal.due
    values.update(own_words(report, hits, domain, fallback))
    if person is not None and person.name:  # the plan's name is more precise than "Mother"
        values["actor"] = values["parent"] = person.name
    for slot in ("actor", "parent"):
        values[slot] = re.sub(r"^The\b", "the", values.get(slot, ""))
    return values


def own_words(
    report: GoalReport, hits: Sequence[Hit], domain: Domain, fallback: Domain | None
) -> dict[str, str]:
    """Slots filled with the goal's own words: `extract:` matches and the named service.
    Words a finding flagged are never carried into the rewrite, and the goal's own
    `action` only when the goal names an observable action."""
    text = report.goal.statement.text
    flagged = [
        h
        for h in hits
        if h.key.startswith("rule:") and h.key[5:] in {f.rule for f in report.findings}
    ]

    def usable(hit: Hit) -> bool:
        return not any(f.start < hit.end and hit.start < f.end for f in flagged)

    found: dict[str, str] = {}
    for source in (fallback, domain):  # the domain's own extract wins over the fallback's
        if source is None:
            continue
        for slot in dict(source.data.get("extract", {})):
            first = _first(hits, dk.extract_key(source.id, str(slot)))
            if first is not None and usable(first):
                found[str(slot)] = text[first.start : first.end].strip()
    if not report.elements.get(Element.BEHAVIORAL):
        found.pop("action", None)
    named: list[tuple[int, int, str]] = []  # (start, -end, text): earliest, longest wins
    service = _first(hits, dk.service_key(domain.id))
    if service is not None and usable(service):
        named.append((service.start, -service.end, text[service.start : service.end]))
    for index, (_, written) in enumerate(dk.aliases(domain)):
        alias = _first(hits, dk.alias_key(domain.id, index))
        if alias is not None:
            named.append((alias.start, -alias.end, written))
    if named:
        found["service"] = min(named)[2]
    return found


def _first(hits: Sequence[Hit], key: str) -> Hit | None:
    """The earliest (then longest) hit with this key."""
    return next((h for h in hits if h.key == key), None)


def _preambles(domain: Domain | None) -> dict[str, str]:
    if domain is None:
        return {}
    return {str(k): str(v) for k, v in dict(domain.data.get("preambles", {})).items()}


class _Slots(dict[str, str]):
    """Slot values for string.Template; records every placeholder that reaches the text.
    An unknown slot becomes a visible placeholder named after it."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)
        self.placeholders: set[str] = set()

    def __missing__(self, key: str) -> str:
        return f"[{key.replace('_', ' ')}]"

    def __getitem__(self, key: str) -> str:
        value = super().__getitem__(key)
        if PLACEHOLDER.search(value):
            self.placeholders.add(key)
        return value


def iso_date(text: str) -> str:
    """ "June 30, 2026" or "6/30/2026" as 2026-06-30 (for the `due` field); else unchanged."""
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text.replace(",", " "))
    cleaned = " ".join(cleaned.split())
    for form in ("%B %d %Y", "%b %d %Y", "%m/%d/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, form).date().isoformat()
        except ValueError:
            continue
    return text


def fill(text: str, slots: _Slots) -> str:
    return " ".join(string.Template(text).safe_substitute(slots).split())


def sentences(text: str) -> str:
    """Capitalise the first letter of every sentence (slots may start one in lower case)."""
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
