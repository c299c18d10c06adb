"""Evaluate goals against rules: elements, flags and findings. Pure: no I/O, no printing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from ..io.packs import select_rules
from ..io.plans import locate
from ..model import (
    Category,
    Domain,
    Element,
    FileReport,
    Finding,
    Goal,
    GoalReport,
    Plan,
    Rule,
    RulePack,
    Severity,
    Span,
    TextField,
)
from . import suppressions
from .actormodel import WEIGHED, actor_features, plan_cues, shipped_model
from .checks import plan_findings
from .labelmodel import shipped_model as shipped_label_model
from .labelmodel import weigh as weigh_labels
from .nlp import Analyzer, Hit
from .reading import Lexicon, actor_of_role, compile_lexicon, merge_lexicons

FLAG_CATEGORIES = {
    "vague": Category.VAGUE,
    "judgmental_language": Category.JUDGMENTAL,
    "poverty_condition": Category.POVERTY,
}


@dataclass(frozen=True, slots=True)
class Ruleset:
    """The rules of one run, with their compiled matchers."""

    rules: tuple[Rule, ...]
    detector_elements: Mapping[str, Element]
    domains: tuple[Domain, ...]
    analyzer: Analyzer
    known: frozenset[str] = frozenset()  # ids and categories of every loaded rule
    # (anchored file glob, selectors): rules not applied to those files (per-file-ignores)
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # weigh who must act with the shipped model (actormodel.py); off: the rules' answer
    actor_model: bool = True
    # weigh the elements and vagueness with the shipped model (labelmodel.py); off: the rules'
    label_model: bool = True

    @property
    def by_id(self) -> Mapping[str, Rule]:
        return {r.id: r for r in self.rules}

    def rules_for(self, path: str) -> tuple[Rule, ...]:
        """The rules of this run less those `per-file-ignores` turns off for `path`."""
        if not self.per_file_ignores:
            return self.rules
        from ..io.walk import is_excluded
        from .suppressions import covers

        off = [
            s
            for glob, selectors in self.per_file_ignores
            if is_excluded(path, (glob,))
            for s in selectors
        ]
        if not off:
            return self.rules
        return tuple(
            r for r in self.rules if not any(covers(s, r.id, r.category.value) for s in off)
        )


def build_ruleset(
    packs: Sequence[RulePack],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    severities: Mapping[str, str] = MappingProxyType({}),
    nlp: Any = None,
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> Ruleset:
    rules = select_rules(packs, select, ignore, severities)
    detectors = tuple(d for p in packs for d in p.detectors)
    domains = tuple(d for p in packs for d in p.domains)
    lexicon = compile_lexicon(merge_lexicons(p.lexicon for p in packs))
    return Ruleset(
        rules=rules,
        detector_elements=MappingProxyType({d.id: d.element for d in detectors}),
        domains=domains,
        analyzer=Analyzer(rules, detectors, domains, nlp, lexicon),
        known=frozenset(name for p in packs for r in p.rules for name in (r.id, r.category.value)),
        per_file_ignores=per_file_ignores,
    )


def statement_span(goal: Goal) -> Span:
    # asked for by several rules and reporters for each goal: kept for the last few goals
    known = _WHOLE.get(id(goal.statement))
    if known is not None and known[0] is goal.statement:
        return known[1] or goal.span
    span = locate(goal.statement, 0, len(goal.statement.text))
    _WHOLE[id(goal.statement)] = (goal.statement, span)
    if len(_WHOLE) > 256:
        del _WHOLE[next(iter(_WHOLE))]
    return span or goal.span


_WHOLE: dict[int, tuple[TextField, Span | None]] = {}


def elements_of(
    hits: Iterable[Hit], detector_elements: Mapping[str, Element]
) -> dict[Element, bool]:
    known = _ELEMENTS.get(id(hits))  # per hits list, shared by goals with the same text
    if known is not None and known[0] is hits and known[1] is detector_elements:
        return dict(known[2])
    present = {detector_elements.get(h.key[4:]) for h in hits if h.key.startswith("det:")}
    elements = {element: element in present for element in Element}
    if isinstance(hits, list):
        _ELEMENTS[id(hits)] = (hits, detector_elements, _shared(elements))
        while len(_ELEMENTS) > CACHE_MATCHES:
            del _ELEMENTS[next(iter(_ELEMENTS))]
    return dict(elements)


_ELEMENTS: dict[int, tuple[object, object, Mapping[Element, bool]]] = {}
_ELEMENT_SETS: dict[frozenset[tuple[Element, bool]], Mapping[Element, bool]] = {}


def _shared(elements: Mapping[Element, bool]) -> Mapping[Element, bool]:
    """The one read-only copy the caches keep of these elements: a few dozen
    combinations occur, and a dict for each of 10,000 cached statements took 8 MB."""
    key = frozenset(elements.items())
    known = _ELEMENT_SETS.get(key)
    if known is None:
        known = _ELEMENT_SETS[key] = MappingProxyType(dict(elements))
    return known


def domains_of(hits: Iterable[Hit]) -> tuple[str, ...]:
    """Domain ids recognised in a statement, most mentions first (ties by id)."""
    counts: dict[str, int] = {}
    for hit in hits:
        if hit.key.startswith("dom:"):
            counts[hit.key[4:]] = counts.get(hit.key[4:], 0) + 1
    return tuple(sorted(counts, key=lambda d: (-counts[d], d)))


def _finding(rule: Rule, path: str, goal: Goal, span: Span, excerpt: str) -> Finding:
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=rule.message,
        path=path,
        span=span,
        goal_index=goal.index,
        excerpt=excerpt,
        suggestion=rule.suggestion,
    )


def goal_actor(
    goal: Goal,
    plan: Plan,
    hits: Iterable[Hit],
    lexicon: Lexicon,
    addressed: str | None = None,
) -> tuple[str, str]:
    """Who must act by the rules, and how that was found: the actor the statement names
    (`named`; `subject` when it opens with them as an active duty's subject: "Mother will
    give the SW her pay stubs"), else the plan's `responsible:` person (by their role,
    else their id; `responsible`), else whom the plan addresses (`addressed`, see
    `plan_addressee`; `plan`) unless the statement's form says someone else does it (a
    passive or a record: the agency or a provider), else the actor the statement's form
    implies (`implied`). A statement whose subject is a person the lexicon does not know
    ("Sam will attend ...") is `subject` either way: it names someone, if not a role."""
    implied, named, subject = "unknown", None, False
    for hit in hits:
        if hit.key.startswith("actor:"):
            named = named or hit.key[6:]
        elif hit.key.startswith("actor~:"):
            implied = hit.key[7:]
        elif hit.key in ("subject:person", "subject:named"):
            subject = True
    if named is not None:
        return named, "subject" if subject else "named"
    if goal.responsible:
        person = next((p for p in plan.people if p.id == goal.responsible), None)
        for words in (person.role, person.id) if person else (goal.responsible,):
            named = actor_of_role(words, lexicon)
            if named is not None:
                return named, "responsible"
    if addressed is not None and implied not in ("agency", "provider"):
        return addressed, "subject" if subject else "plan"
    return implied, "subject" if subject else "implied"


def actor_readings(
    plan: Plan, hits: Sequence[Sequence[Hit]], lexicon: Lexicon
) -> list[tuple[str, str, list[str]]]:
    """For each goal: the rules' actor, how they found it, and what the actor model weighs
    (the samples it is trained on)."""
    addressed = plan_addressee(hits)
    cues = plan_cues([goal.statement.text for goal in plan.goals])
    found = []
    for goal, goal_hits in zip(plan.goals, hits, strict=True):
        actor, source = goal_actor(goal, plan, goal_hits, lexicon, addressed)
        text = goal.statement.text
        features = actor_features(text, goal_hits, actor, source, addressed, cues)
        found.append((actor, source, features))
    return found


def goal_actors(
    plan: Plan, hits: Sequence[Sequence[Hit]], lexicon: Lexicon, weigh: bool
) -> list[str]:
    """Each goal's actor: the rules' answer when the statement opens with its actor as an
    active duty's subject (a role or a person's name) or the plan's `responsible:` key says
    who (not `WEIGHED`); else the model's answer (`weigh`), else the rules'. The model's
    answer is kept per statement for the run; the words it weighs are made only for the
    goals it decides (keeping them for every statement took 15 MB a process)."""
    addressed = plan_addressee(hits)
    cues: tuple[str, ...] | None = None  # made for the first goal the model decides
    found = []
    for goal, goal_hits in zip(plan.goals, hits, strict=True):
        actor, source = goal_actor(goal, plan, goal_hits, lexicon, addressed)
        if not weigh or source not in WEIGHED:
            found.append(actor)
            continue
        if cues is None:
            cues = plan_cues([g.statement.text for g in plan.goals])
        text = goal.statement.text
        key = (text, id(goal_hits), actor, source, addressed, cues)
        known = _DECIDED.get(key)
        if known is None or known[0] is not goal_hits:
            features = actor_features(text, goal_hits, actor, source, addressed, cues)
            known = _DECIDED[key] = (goal_hits, shipped_model().predict(features))
            while len(_DECIDED) > CACHE_MATCHES:
                del _DECIDED[next(iter(_DECIDED))]
        found.append(known[1])
    return found


# (text, hits, rules' actor, how, addressee, plan cues) -> the model's actor; hits are shared by
# equal texts
_DECIDED: dict[tuple[str, int, str, str, str | None, tuple[str, ...]], tuple[object, str]] = {}


ADDRESSEE_GOALS = 2  # goals naming the same actor, at least ...
ADDRESSEE_SHARE = 0.6  # ... and this share of the goals that name someone
ADDRESSEE_IMPLIED = 3  # goals read as a carer's (a youth's) by what they are about, at least ...
IMPLIED_SHARE = 0.3  # ... and this share of all the plan's goals


def plan_addressee(hits: Iterable[Sequence[Hit]]) -> str | None:
    """Whom a plan addresses: the actor most of its goals that name someone name ("The
    foster carer will ...", "The foster carer agrees to ..."), so that its goals that
    name nobody ("Keep the social worker informed") are theirs too. None when too few
    goals name someone or they disagree."""
    named: dict[str, int] = {}
    implied: dict[str, int] = {}
    goals = 0
    for goal_hits in hits:
        goals += 1
        for hit in goal_hits:
            if hit.key.startswith("actor:"):
                named[hit.key[6:]] = named.get(hit.key[6:], 0) + 1
                break
            if hit.key.startswith("actor~:"):
                implied[hit.key[7:]] = implied.get(hit.key[7:], 0) + 1
                break
    # a provider is not whom a plan speaks to: a visiting centre's rules name its monitor
    # ("The monitor will remain in the room") and address the parents ("Arrive on time")
    named.pop("provider", None)
    if named:
        actor = max(named, key=named.__getitem__)  # on a tie, the actor named first
        count = named[actor]
        if count >= ADDRESSEE_GOALS and count >= ADDRESSEE_SHARE * sum(named.values()):
            return actor
    # Nobody named often enough: a plan whose goals are read as a foster carer's by what
    # they are about ("the child placed in your home", "Provide a safe home for the
    # child") is the carer's, its other goals too ("Keep all firearms unloaded"); one read
    # as a youth's ("your transition plan", "life skills") is the youth's.
    for actor in ("caregiver", "child"):
        count = implied.get(actor, 0)
        if (
            count >= ADDRESSEE_IMPLIED
            and count >= IMPLIED_SHARE * goals
            and count > named.get("parent", 0)
        ):
            return actor
    return None


def goal_findings(
    goal: Goal,
    path: str,
    hits: Sequence[Hit],
    elements: Mapping[Element, bool],
    rules: Sequence[Rule],
    actor: str = "unknown",
    detected: Mapping[Element, bool] | None = None,
) -> list[Finding]:
    """Findings of text rules (match / missing element) on one goal. A rule's `unless`
    reads the elements the packs' detectors find (`detected`, when the label model
    decides `elements`): a pack author's rule keeps to the pack's own detectors."""
    whole = statement_span(goal)
    findings: list[Finding] = []
    matches = _rule_matches(
        hits, elements, rules, actor, elements if detected is None else detected
    )
    for rule, start, end in matches:
        if start < 0:  # about the whole statement: its span is `whole`
            findings.append(_finding(rule, path, goal, whole, goal.statement.text))
            continue
        span = locate(goal.statement, start, end) or whole
        excerpt = goal.statement.text[start:end]
        findings.append(_finding(rule, path, goal, span, excerpt))
    return _without_covered_fallbacks(findings, rules)


_Matches = tuple[tuple[Rule, int, int], ...]
# (hits, elements, rules, actor) -> the rules that apply and where (-1: the whole statement).
# Keyed by the identity of the hits list, which Analyzer.hits shares between goals with the
# same statement; an entry keeps what it was made from, so a reused id is a miss.
_MATCHES: dict[tuple[int, str], tuple[object, object, object, object, _Matches]] = {}
CACHE_MATCHES = 10_000


def _rule_matches(
    hits: Sequence[Hit],
    elements: Mapping[Element, bool],
    rules: Sequence[Rule],
    actor: str,
    detected: Mapping[Element, bool],
) -> _Matches:
    key = (id(hits), actor)
    known = _MATCHES.get(key)
    if (
        known is not None
        and known[0] is hits
        and known[1] is rules
        and known[2] == elements
        and known[3] == detected
    ):
        return known[4]
    by_key: dict[str, list[Hit]] = {}
    for hit in hits:
        by_key.setdefault(hit.key, []).append(hit)
    found: list[tuple[Rule, int, int]] = []
    for rule, rule_key, element in _text_rules(rules):
        if element is None and rule_key not in by_key:
            continue  # a match rule that did not match: nothing, whatever else holds
        if rule.unless and all(map(detected.__getitem__, rule.unless)):
            continue
        if rule.actors and actor not in rule.actors:
            continue
        if element is not None:
            if not elements[element]:
                found.append((rule, -1, -1))
            continue
        last_end = -1
        for hit in by_key[rule_key]:
            if hit.start < last_end:  # overlapping matches of one rule count once
                continue
            last_end = hit.end
            found.append((rule, hit.start, hit.end))
    matches = tuple(found)
    _MATCHES[key] = (hits, rules, _shared(elements), _shared(detected), matches)
    while len(_MATCHES) > CACHE_MATCHES:
        del _MATCHES[next(iter(_MATCHES))]
    return matches


# id(rules) -> (rules, their text rules: (rule, its hits' key, its element)); a run has
# one tuple of rules, or one per set of `per-file-ignores`
_TEXT_RULES: dict[int, tuple[object, tuple[tuple[Rule, str, Element | None], ...]]] = {}


def _text_rules(rules: Sequence[Rule]) -> tuple[tuple[Rule, str, Element | None], ...]:
    """The rules `_rule_matches` weighs (not plan-level checks), with the key of their
    hits made once, not once per rule per statement."""
    known = _TEXT_RULES.get(id(rules))
    if known is None or known[0] is not rules:
        entries = tuple((r, f"rule:{r.id}", r.element) for r in rules if r.check is None)
        known = _TEXT_RULES[id(rules)] = (rules, entries)
        while len(_TEXT_RULES) > 64:
            del _TEXT_RULES[next(iter(_TEXT_RULES))]
    return known[1]


# id(rules) -> (rules, the ids of their `fallback` rules), as _TEXT_RULES
_FALLBACKS: dict[int, tuple[object, frozenset[str]]] = {}


def _fallback_ids(rules: Sequence[Rule]) -> frozenset[str]:
    """The ids of the `fallback` rules among `rules`, gathered once per tuple of rules
    instead of once per goal (every rule of the run was tried for each goal)."""
    known = _FALLBACKS.get(id(rules))
    if known is None or known[0] is not rules:
        known = _FALLBACKS[id(rules)] = (rules, frozenset(r.id for r in rules if r.fallback))
        while len(_FALLBACKS) > 64:
            del _FALLBACKS[next(iter(_FALLBACKS))]
    return known[1]


def _without_covered_fallbacks(findings: list[Finding], rules: Sequence[Rule]) -> list[Finding]:
    """Drop a `fallback` rule's finding where a rule of its category flags overlapping
    words (the specific message is the useful one)."""
    fallbacks = _fallback_ids(rules)
    if not fallbacks or not any(f.rule in fallbacks for f in findings):
        return findings

    def covered(f: Finding) -> bool:
        return any(
            g.rule not in fallbacks
            and g.category is f.category
            and (g.span.line, g.span.column) < (f.span.end_line, f.span.end_column)
            and (f.span.line, f.span.column) < (g.span.end_line, g.span.end_column)
            for g in findings
        )

    return [f for f in findings if f.rule not in fallbacks or not covered(f)]


def flags_of(findings: Iterable[Finding], elements: Mapping[Element, bool]) -> dict[str, bool]:
    categories = {f.category for f in findings}
    flags = {name: category in categories for name, category in FLAG_CATEGORIES.items()}
    # Vague: a vague finding above `info` (an info finding is a hint, not a judgement:
    # vague.refrain asks for a positive action, but a ban is checkable), or nothing
    # checkable at all - no count, frequency, criterion or end point (LABELS.md).
    flags["vague"] = not elements[Element.MEASURABLE] or any(
        f.category is Category.VAGUE and f.severity is not Severity.INFO for f in findings
    )
    return flags


def weighed_labels(
    text: str,
    hits: Sequence[Hit],
    actor: str,
    elements: Mapping[Element, bool],
    ruleset: Ruleset,
) -> tuple[dict[Element, bool], bool]:
    """The label model's elements and vagueness for a statement (labelmodel.py), kept per
    statement and actor for the run as the rules' matches are."""
    key = (id(hits), actor)
    known = _WEIGHED.get(key)
    if known is None or known[0] is not hits or known[1] is not ruleset.detector_elements:
        decided, vague = weigh_labels(
            shipped_label_model(), text, hits, actor, elements, ruleset.detector_elements
        )
        known = _WEIGHED[key] = (hits, ruleset.detector_elements, _shared(decided), vague)
        while len(_WEIGHED) > CACHE_MATCHES:
            del _WEIGHED[next(iter(_WEIGHED))]
    return dict(known[2]), known[3]


# (id of a statement's hits, actor) -> (hits, detectors, the model's elements, vague)
_WEIGHED: dict[tuple[int, str], tuple[object, object, Mapping[Element, bool], bool]] = {}


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(
        sorted(
            findings,
            key=lambda f: (f.span.line, f.span.column, f.rule, f.span.end_line, f.span.end_column),
        )
    )


def analyse_plan(
    plan: Plan, ruleset: Ruleset, hits: Sequence[Sequence[Hit]] | None = None
) -> FileReport:
    """Analyse every goal of a plan and run the plan-level checks."""
    if hits is None:
        hits = list(ruleset.analyzer.hits(g.statement.text for g in plan.goals))
    rules = ruleset.rules_for(plan.path)
    goal_level, plan_level = plan_findings(plan, rules, hits)
    reports = []
    actors = goal_actors(plan, hits, ruleset.analyzer.lexicon, ruleset.actor_model)
    for goal, goal_hits, actor in zip(plan.goals, hits, actors, strict=True):
        detected = elements = elements_of(goal_hits, ruleset.detector_elements)
        vague = True  # the rules' reasons decide alone
        if ruleset.label_model:
            elements, vague = weighed_labels(
                goal.statement.text, goal_hits, actor, detected, ruleset
            )
        findings = goal_findings(goal, plan.path, goal_hits, elements, rules, actor, detected)
        findings += goal_level.get(goal.index, [])
        flags = flags_of(findings, elements)
        flags["vague"] = flags["vague"] and vague
        reports.append(
            GoalReport(
                goal=goal,
                elements=MappingProxyType(elements),
                flags=MappingProxyType(flags),
                findings=sort_findings(findings),
                actor=actor,
            )
        )
    return with_suppressions(
        plan,
        FileReport(
            path=plan.path,
            goals=tuple(reports),
            findings=sort_findings(plan_level),
            case=plan.case,
        ),
        ruleset,
        rules,
    )


def with_suppressions(
    plan: Plan, report: FileReport, ruleset: Ruleset, rules: Sequence[Rule] | None = None
) -> FileReport:
    """Apply the plan's `# reunify: ignore[...]` comments (see suppressions.py); `rules`
    are the rules that ran on this plan (default: all of the run's)."""
    if not plan.comments or not suppressions.parse_directives(plan.comments):
        return report  # nothing to drop or report: the findings stand as sorted
    per_goal, plan_level = suppressions.apply(
        plan,
        {g.goal.index: g.findings for g in report.goals},
        report.findings,
        ruleset.rules if rules is None else rules,
        ruleset.known,
    )
    goals = tuple(
        replace(
            g,
            findings=sort_findings(per_goal[g.goal.index]),
            flags=MappingProxyType(flags_of(per_goal[g.goal.index], g.elements)),
        )
        for g in report.goals
    )
    return replace(report, goals=goals, findings=sort_findings(plan_level))
