"""Propose a rewrite for every flagged goal: the original statement plus fixes.

A rewrite changes as little as it must (SPEC "Rewrites"; design: shared/design/
rewrite-as-fixes.md). It starts from the statement and

1. replaces the words each vague or judgmental finding flagged, with the fix of the rule
   that flagged them (`fix:` in the packs; fixes.py);
2. for a poverty condition, turns the statement into help the agency gives, keeping the
   family's need in its own words (`kind: support`);
3. adds only the elements the result still lacks - an action, a measure, a deadline, the
   evidence, the reporting and the feedback - each as a `[placeholder]` unless the plan
   file supplies the value (the caseworker, the person's name, the next review). A
   domain's knowledge appears only as a suggestion inside a placeholder.

Duties of the agency or a provider stay theirs, with their own record; a ban stays a ban
and gains evidence; a sound goal is left alone. Pure: goal + hits + plan + packs -> a
mapping. The structured fields are read off the statement's own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from ..analysis.engine import Ruleset, analyse_plan
from ..analysis.nlp import Hit
from ..analysis.reading import Lexicon, read
from ..model import Category, Domain, Element, FileReport, GoalReport, Plan
from ..selftest import plan_of_texts
from . import fixes

FIELDS = ("behavior", "measure", "due", "evidence", "cadence", "feedback")
REWRITE_CATEGORIES = frozenset(
    {Category.VAGUE, Category.MISSING_ELEMENT, Category.JUDGMENTAL, Category.POVERTY}
)
REWRITE_RULES = frozenset({"structure.other-concern-as-condition"})
EDITED = (Category.VAGUE, Category.JUDGMENTAL)
DUTIES = ("agency", "provider")  # actors whose goals are duties to the family


@dataclass(frozen=True, slots=True)
class Policy:
    """What the agency decides, not the statement: how soon the parent hears whether
    they are on track, and which local names of benefits to suggest."""

    feedback_days: int = 7
    locale: str = "us"


def policy_of(settings: Any) -> Policy:
    """The rewrite policy of a run's settings (config keys feedback-days and locale)."""
    return Policy(feedback_days=settings.feedback_days, locale=settings.locale)


def needs_rewrite(report: GoalReport) -> bool:
    """Lint flags the goal (vague, missing element, judgment, poverty) and it is no rewrite."""
    if report.goal.rewritten:
        return False
    return any(f.category in REWRITE_CATEGORIES or f.rule in REWRITE_RULES for f in report.findings)


def rewrite_plan(plan: Plan, ruleset: Ruleset, policy: Policy | None = None) -> FileReport:
    """Analyse a plan and attach a rewrite to every goal that needs one (others: None)."""
    hits = list(ruleset.analyzer.hits(g.statement.text for g in plan.goals))
    report = analyse_plan(plan, ruleset, hits)
    goals = tuple(
        replace(g, rewrite=rewrite_goal(g, goal_hits, plan, ruleset, policy or Policy()))
        for g, goal_hits in zip(report.goals, hits, strict=True)
    )
    return replace(report, goals=goals)


@dataclass(frozen=True, slots=True)
class _Names:
    """Who is who in the rewrite, from the plan file when it says, else placeholders."""

    person: str  # whom the goal is about: the responsible person's name, else a role
    pronoun: str  # how to refer to them again: "she", "he", else "they"
    caseworker: str
    agency: str
    due: str | None  # the goal's own `due:`, else case.next_review


def _names(report: GoalReport, plan: Plan) -> _Names:
    goal = report.goal
    person = next((p for p in plan.people if p.id == goal.responsible), None)
    name = person.name if person is not None and person.name else None
    if name is None:
        name = {"child": "the child", "caregiver": "the caregiver"}.get(report.actor, "the parent")
    said = (person.pronouns or "").lower() if person is not None else ""
    pronoun = next((p for p in ("she", "he", "they", "ze", "xe") if said.startswith(p)), "they")
    return _Names(
        person=name,
        pronoun=pronoun,
        caseworker=plan.case.get("caseworker") or "the caseworker",
        agency=plan.case.get("agency") or "the agency",
        due=goal.due or plan.case.get("next_review"),
    )


def rewrite_goal(
    report: GoalReport,
    hits: Sequence[Hit],
    plan: Plan,
    ruleset: Ruleset,
    policy: Policy | None = None,
) -> Mapping[str, Any] | None:
    if not needs_rewrite(report):
        return None
    policy = policy or Policy()
    lexicon = ruleset.analyzer.lexicon
    names = _names(report, plan)
    domain = _domain(report, hits, ruleset.domains, lexicon)
    text = report.goal.statement.text.strip()
    edits = _edits(report, hits, ruleset, lexicon)
    kind = "support" if report.actor in DUTIES else "condition"
    support = report.flags.get("poverty_condition") or any(
        f.rule in REWRITE_RULES for f in report.findings
    )  # a poverty need, or an `other` concern written as a condition of return
    if support:  # no longer a condition: "before the children can return" goes
        edits += _condition_words(report, hits)
    fixed = fixes.apply(text, edits)
    if support:
        fixed, kind = _as_support(report, hits, ruleset, fixed, names, policy, lexicon), "support"
    fixed = fixes.ends(fixed)
    present = _elements(fixed, ruleset)
    actor = report.actor if kind == "condition" else "agency"
    for knowledge in (domain, None):  # the domain's suggestions, else plain ones
        added = _additions(actor, present, names, knowledge)
        statement = _assemble(fixed, added, names, present, lexicon, policy, report.actor, kind)
        if knowledge is None or _clean(statement, fixed, ruleset):
            break
    result: dict[str, Any] = {
        "statement": fixes.sentence_case(statement),
        **_fields(
            report,
            hits,
            fixed,
            added,
            names,
            present,
            policy,
            kind,
            ruleset.detector_elements,
            frozenset(key for key, _ in ruleset.analyzer.readers),
            lexicon,
        ),
        "placeholders": fixes.placeholders(statement),
        "kind": kind,
        "domain": domain.id if domain is not None else "general",
        "template": "fixes",
    }
    return MappingProxyType(result)


# --- 1. fixes for the flagged words ---------------------------------------------------------


def _edits(
    report: GoalReport, hits: Sequence[Hit], ruleset: Ruleset, lexicon: Lexicon
) -> list[fixes.Edit]:
    text = report.goal.statement.text.strip()
    offset = report.goal.statement.text.find(text[:1]) if text else 0
    rules = ruleset.by_id
    flagged = {f.rule for f in report.findings if f.category in EDITED}
    edits = []
    for rule_id, spans in _flagged_spans(hits, flagged):
        rule = rules[rule_id]
        start, end = _best_span(spans, rule.fix, text, offset, lexicon)
        if (start > 0 and text[start - 1] == "-") or text[end : end + 1] == "-":
            continue  # inside a compound ("age-appropriate"): its words stay
        new = fixes.replacement(rule.fix, rule.category.value, text[start:end], lexicon)
        if new is None:
            continue
        new = fixes.agree(new, text[start:end], text[end:], lexicon)
        if rule.fix is not None and rule.fix.get("negate") and new.startswith("not"):
            end = _gerund_end(text, end)  # "refrain from using drugs" -> "not use drugs"
            new = fixes.negated(text[start:end], lexicon)
        edits.append(fixes.Edit(start, end, new, rule_id))
    return edits


def _flagged_spans(
    hits: Sequence[Hit], flagged: set[str]
) -> list[tuple[str, list[tuple[int, int]]]]:
    """Per flagged rule, its matches grouped where they overlap ("make progress" and
    "progress in" are one place: "make progress in")."""
    groups: list[tuple[str, list[tuple[int, int]]]] = []
    for hit in sorted(hits, key=lambda h: (h.key, h.start, -h.end)):
        rule_id = hit.key[5:] if hit.key.startswith("rule:") else ""
        if rule_id not in flagged:
            continue
        if groups and groups[-1][0] == rule_id and hit.start < max(e for _, e in groups[-1][1]):
            groups[-1][1].append((hit.start, hit.end))
        else:
            groups.append((rule_id, [(hit.start, hit.end)]))
    return groups


def _best_span(
    spans: Sequence[tuple[int, int]],
    fix: Mapping[str, Any] | None,
    text: str,
    offset: int,
    lexicon: Lexicon,
) -> tuple[int, int]:
    """Of overlapping matches, the one the rule's `fix: phrases:` knows - the whole
    overlap first, then the longest match; else the whole overlap."""
    union = (min(s for s, _ in spans) - offset, max(e for _, e in spans) - offset)
    candidates = [
        union,
        *sorted(((s - offset, e - offset) for s, e in spans), key=lambda x: x[0] - x[1]),
    ]
    phrases = dict(fix.get("phrases") or {}) if fix is not None else {}
    if phrases:
        known = {fixes.phrase_key(str(p), lexicon) for p in phrases}
        for start, end in candidates:
            if fixes.phrase_key(text[start:end], lexicon) in known:
                return start, end
    return union


def _condition_words(report: GoalReport, hits: Sequence[Hit]) -> list[fixes.Edit]:
    """The words that make a support need a condition of return ("before the children can
    return home"), to be dropped when the need becomes help the agency gives."""
    text = report.goal.statement.text.strip()
    offset = report.goal.statement.text.find(text[:1]) if text else 0
    return [
        fixes.Edit(h.start - offset, _clause_end(text, h.end - offset), "", h.key[5:])
        for h in hits
        if h.key[5:] in REWRITE_RULES and h.key.startswith("rule:")
    ]


def _clause_end(text: str, end: int) -> int:
    """The end of the clause a phrase opens ("before the children can return | home")."""
    match = re.match(r"[^.;,]*", text[end:])
    return end + (match.end() if match else 0)


def _gerund_end(text: str, end: int) -> int:
    """'refrain from' flagged: its fix also takes the verb that follows ('using')."""
    match = re.match(r"\s+\w+ing\b", text[end:])
    return end + match.end() if match else end


# --- 2. poverty: help the agency gives --------------------------------------------------------


def _as_support(
    report: GoalReport,
    hits: Sequence[Hit],
    ruleset: Ruleset,
    fixed: str,
    names: _Names,
    policy: Policy,
    lexicon: Lexicon,
) -> str:
    """'Mother must obtain stable housing' -> '<agency> will refer Mother to [help - e.g.
    a housing-assistance program] by [date] to obtain stable housing.' The family's need
    keeps its own words; it stops being a condition."""
    reading = read(fixed, lexicon)
    first = next((p for p in reading.predicates), None)
    need = fixes.ends(fixed[first.start :] if first is not None else fixed)[:-1]
    need = need[:1].lower() + need[1:] if need[:2] != need[:2].upper() else need
    support = _support(report, ruleset, policy)
    subject = fixed[reading.subject[0] : reading.subject[1]] if reading.subject else ""
    if not subject or subject.lower() in ("i", "you", "we"):
        subject = names.person
    give = f"{names.agency} will give {subject} [help, e.g. {support}] within [how many days]"
    if first is None:  # a fragment: "Proof of income"
        return f"{give} with {need}"
    return f"{give} so that {names.pronoun if subject == names.person else 'they'} can {need}"


def _support(report: GoalReport, ruleset: Ruleset, policy: Policy) -> str:
    rules = ruleset.by_id
    for finding in report.findings:
        rule = rules.get(finding.rule)
        if rule is None or rule.category is not Category.POVERTY or rule.fix is None:
            continue
        support = rule.fix.get("support")
        if isinstance(support, Mapping):
            chosen = support.get(policy.locale) or support.get(policy.locale.split("-")[0])
            support = chosen or next(iter(support.values()), None)
        if support:
            return fixes.plain(str(support))
    return "a referral to a program that can help"


# --- 3. what is still missing -------------------------------------------------------------------


def _elements(statement: str, ruleset: Ruleset) -> Mapping[Element, bool]:
    goal = analyse_plan(plan_of_texts([statement]), ruleset).goals[0]
    return goal.elements


def _clean(statement: str, fixed: str, ruleset: Ruleset) -> bool:
    """The additions bring no finding of their own: a suggestion from a domain must not
    read as a poverty condition or vague language in this statement."""
    before, after = analyse_plan(plan_of_texts([fixed, statement]), ruleset).goals
    old = {f.rule for f in before.findings}
    return not any(
        f.rule not in old and f.category in (Category.VAGUE, Category.POVERTY, Category.JUDGMENTAL)
        for f in after.findings
    )


def _domain(
    report: GoalReport, hits: Sequence[Hit], domains: Sequence[Domain], lexicon: Lexicon
) -> Domain | None:
    """The domain the statement is about: the one named nearest after its first action
    (so 'alcohol education classes' is substance use, not school), else the fallback."""
    by_id = {d.id: d for d in domains}
    reading = read(report.goal.statement.text, lexicon)
    verb = reading.predicates[0].start if reading.predicates else 0
    named = sorted(
        (h.start < verb, h.start, h.key[4:])
        for h in hits
        if h.key.startswith("dom:")
        and h.key[4:] in by_id
        and not by_id[h.key[4:]].data.get("fallback")
    )
    if named:
        return by_id[named[0][2]]
    return next((d for d in domains if d.data.get("fallback")), None)


@dataclass(frozen=True, slots=True)
class _Added:
    behavior: str | None = None  # a sentence naming an action
    measure: str | None = None  # words inserted into the first sentence
    due: str | None = None
    evidence: str | None = None  # a sentence
    cadence: str | None = None  # a sentence
    feedback: str | None = None  # a sentence


def _suggest(domain: Domain | None, key: str, fallback: str) -> str:
    values = [str(v) for v in domain.data.get(key, ())][:3] if domain is not None else []
    text = min(values, key=len) if values else fallback
    slots = dict(domain.data.get("slots", {})) if domain is not None else {}
    for name, value in {"caseworker": "the caseworker", "agency": "the agency", **slots}.items():
        text = text.replace("${" + str(name) + "}", fixes.plain(str(value)))
    return fixes.plain(re.sub(r"\$\{(\w+)\}", lambda m: m.group(1).replace("_", " "), text))


def _additions(
    actor: str, present: Mapping[Element, bool], names: _Names, domain: Domain | None
) -> _Added:
    duty = actor in DUTIES
    if duty:
        domain = None  # a domain's suggestions are written for the family
    slots = dict(domain.data.get("slots", {})) if domain is not None else {}
    frequency = fixes.plain(str(slots.get("frequency", "once a week")))
    action = _suggest(
        domain,
        "behaviors",
        "make the referral and note its date" if duty else "attend every session",
    )
    evidence = _suggest(domain, "evidence", "a record from the provider")
    if present[Element.EVIDENCE_SOURCE]:
        shown = None
    elif duty:
        shown = "This will be recorded in [the case record, e.g. case notes with the date]."
    else:
        shown = f"This will be shown by [evidence, e.g. {evidence}]."
    return _Added(
        behavior=None if present[Element.BEHAVIORAL] else f"[action, e.g. {action}]",
        measure=None if present[Element.MEASURABLE] else f"[how often, e.g. {frequency}]",
        due=None if present[Element.TIME_LIMITED] else names.due or "[date]",
        evidence=shown,
        cadence=None
        if present[Element.REPORTING_CADENCE]
        else f"[how often, e.g. {_suggest(domain, 'cadences', 'monthly')}]",
    )


def _assemble(
    fixed: str,
    added: _Added,
    names: _Names,
    present: Mapping[Element, bool],
    lexicon: Lexicon,
    policy: Policy,
    actor: str,
    kind: str,
) -> str:
    """The fixed statement with what it lacks: the action and its measure and deadline in
    its first sentence, then the evidence, the reporting and the feedback."""
    statement = fixed
    if added.behavior is not None:
        statement = f"{statement} {_subject_of(actor, names, kind)} will {added.behavior}."
    at = fixes.first_sentence_end(statement, lexicon)
    words = []
    if added.measure is not None and added.behavior is None:
        words.append(added.measure)
    if added.due is not None:
        reading = read(statement, lexicon)
        once = bool(reading.predicates) and reading.predicates[0].once and not reading.ban
        words.append(f"{'by' if once else 'until'} {added.due}")
    statement = fixes.insert(statement, at, words)
    if added.measure is not None and added.behavior is not None:
        statement = statement[:-1] + f" {added.measure}."
    if added.evidence is not None:
        statement += " " + added.evidence
    if added.cadence is not None:
        statement += " " + _cadence_sentence(added.cadence, names, actor, kind)
        if kind != "support" and actor not in DUTIES:
            statement += " " + _feedback(names, policy)
    return fixes.tidy(statement)


def _subject_of(actor: str, names: _Names, kind: str) -> str:
    if kind == "support" or actor == "agency":
        return names.agency
    if actor == "provider":
        return "the provider"
    return names.person


def _cadence_sentence(how_often: str, names: _Names, actor: str, kind: str) -> str:
    if kind == "support" or actor in DUTIES:
        return f"{names.caseworker} will tell {names.person} {how_often} how it is going."
    return f"Progress will be reported to {names.caseworker} {how_often}."


def _feedback(names: _Names, policy: Policy) -> str:
    """The two-way part: how soon the parent hears whether they are on track (policy)."""
    days = policy.feedback_days
    are = "are" if names.pronoun == "they" else "is"
    return (
        f"{names.caseworker} will tell {names.person} whether {names.pronoun} {are} on track "
        f"within {days} days of each report."
    )


# --- the structured fields ------------------------------------------------------------------


def _span_text(
    text: str, hits: Sequence[Hit], element_detectors: Sequence[str], read: frozenset[str]
) -> str | None:
    """The goal's own words for an element: its first mention, with every match that
    overlaps it ("by April" and "April 30, 2026" are one deadline). Words a detector names
    ("8 sessions") come before what the reading implies ("complete" is a one-off)."""
    mentions = [h for h in hits if h.key.startswith("det:") and h.key[4:] in element_detectors]
    named = [h for h in mentions if h.key not in read]
    found = sorted(named or mentions, key=lambda h: (h.start, -h.end))
    if not found:
        return None
    start, end = found[0].start, found[0].end
    for hit in found[1:]:
        if hit.start < end:
            end = max(end, hit.end)
    return text[start:end].strip() or None


def _fields(
    report: GoalReport,
    hits: Sequence[Hit],
    fixed: str,
    added: _Added,
    names: _Names,
    present: Mapping[Element, bool],
    policy: Policy,
    kind: str,
    detector_elements: Mapping[str, Element],
    read_by: frozenset[str],
    lexicon: Lexicon,
) -> dict[str, Any]:
    """behavior, measure, due, evidence, cadence, feedback: the goal's own words where it
    has them, else what the rewrite added (placeholders included), else the goal's own
    structured field."""
    own = report.goal.fields
    text = report.goal.statement.text
    detectors = {
        element: [d for d, e in detector_elements.items() if e is element] for element in Element
    }
    behavior = added.behavior or _predicate_words(fixed, lexicon)
    measure = added.measure or _span_text(text, hits, detectors[Element.MEASURABLE], read_by)
    due_words = report.goal.due or (
        _span_text(text, hits, detectors[Element.TIME_LIMITED], read_by)
        if added.due is None
        else added.due
    )
    shown = fixes.PLACEHOLDER.search(added.evidence or "")
    evidence = (shown.group() if shown else None) or _span_text(
        text, hits, detectors[Element.EVIDENCE_SOURCE], read_by
    )
    cadence = added.cadence or _span_text(text, hits, detectors[Element.REPORTING_CADENCE], read_by)
    duty = kind == "support" or report.actor in DUTIES
    feedback = None
    if added.cadence:
        cadence_sentence = _cadence_sentence(added.cadence, names, report.actor, kind)
        feedback = cadence_sentence if duty else _feedback(names, policy)
    values = {
        "behavior": behavior,
        "measure": measure,
        "due": iso_date(due_words) if due_words else None,
        "evidence": evidence,
        "cadence": cadence,
        "feedback": feedback,
    }
    return {k: own.get(k) or v for k, v in values.items()}


def _predicate_words(statement: str, lexicon: Lexicon) -> str:
    """What the goal asks to be done, in its own words: its first sentence from the first
    action ("attend family therapy every week"), without who or the modal."""
    end = fixes.first_sentence_end(statement, lexicon)
    reading = read(statement[:end], lexicon)
    start = reading.predicates[0].start if reading.predicates else 0
    return statement[start:end].strip()


def iso_date(text: str) -> str:
    """'June 30, 2026', 'by 6/30/2026' as 2026-06-30 (for the `due` field); else unchanged."""
    bare = re.sub(r"^(?:by|until|before|on|no\s+later\s+than)\s+", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", bare.replace(",", " "))
    cleaned = " ".join(cleaned.split())
    for form in ("%B %d %Y", "%b %d %Y", "%m/%d/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, form).date().isoformat()
        except ValueError:
            continue
    return text
