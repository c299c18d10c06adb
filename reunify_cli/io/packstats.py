"""What the loaded rule packs cover: rules, vague phrasings, fixes, rewrite knowledge. Pure data.

A "phrasing" is one entry of a rule's `match:` (a phrase, a token pattern or a regular
expression) in the categories that describe the wording of a goal: vague, judgmental and
poverty. Totals count distinct phrasings across packs (the same phrase in two packs once).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Category, Rule, RulePack

PHRASING_CATEGORIES = (Category.VAGUE, Category.JUDGMENTAL, Category.POVERTY)


@dataclass(frozen=True, slots=True)
class PackStats:
    pack: str
    rules: int
    phrasings: int
    evidence: int
    fixes: int  # rules that say what a rewrite puts in place of their words
    domain: str | None


def phrasings_of(rules: Iterable[Rule]) -> set[str]:
    """Distinct phrasings of the wording rules among `rules` (as comparable strings)."""
    found: set[str] = set()
    for rule in rules:
        if rule.category not in PHRASING_CATEGORIES or rule.match is None:
            continue
        found.update(f"phrase:{p.strip().lower()}" for p in rule.match.phrases)
        found.update(
            "pattern:" + json.dumps([dict(t) for t in p], sort_keys=True)
            for p in rule.match.patterns
        )
        found.update(f"regex:{r}" for r in rule.match.regex)
    return found


def pack_stats(pack: RulePack) -> PackStats:
    domain = pack.domains[0] if pack.domains else None
    data = domain.data if domain else {}
    return PackStats(
        pack=pack.name,
        rules=len(pack.rules),
        phrasings=len(phrasings_of(pack.rules)),
        evidence=len(data.get("evidence", ())),
        fixes=sum(r.fix is not None for r in pack.rules),
        domain=domain.id if domain else None,
    )


def totals(packs: Sequence[RulePack]) -> PackStats:
    stats = [pack_stats(p) for p in packs]
    return PackStats(
        pack="total",
        rules=sum(s.rules for s in stats),
        phrasings=len(phrasings_of(r for p in packs for r in p.rules)),
        evidence=sum(s.evidence for s in stats),
        fixes=sum(s.fixes for s in stats),
        domain=f"{sum(1 for s in stats if s.domain)} domains",
    )
