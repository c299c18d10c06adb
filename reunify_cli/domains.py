"""Read the rewrite knowledge of domain packs: the matches the analyzer must find for it.

A domain's `services:`, `aliases:`, templates' `when:` and `extract:` are matched like rule
phrases (on lemmas) or regexes; the analyzer reports them as hits with the keys built here,
so the rewriter stays a pure function of a goal's hits. See docs/domain-packs.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .model import Domain, Match

SERVICE = "svc"
ALIAS = "alias"
WHEN = "when"
EXTRACT = "slot"


def service_key(domain: str) -> str:
    return f"{SERVICE}:{domain}"


def alias_key(domain: str, index: int) -> str:
    return f"{ALIAS}:{domain}:{index}"


def when_key(domain: str, index: int) -> str:
    return f"{WHEN}:{domain}:{index}"


def extract_key(domain: str, slot: str) -> str:
    return f"{EXTRACT}:{domain}:{slot}"


def match_of(raw: Mapping[str, Any]) -> Match:
    """A `match:`-shaped mapping of pack data as a Match (already schema-validated)."""
    return Match(
        phrases=tuple(str(p) for p in raw.get("phrases", ())),
        patterns=tuple(tuple(dict(t) for t in p) for p in raw.get("patterns", ())),
        regex=tuple(str(r) for r in raw.get("regex", ())),
    )


def templates(domain: Domain) -> Sequence[Mapping[str, Any]]:
    return tuple(domain.data.get("templates", ()))


def aliases(domain: Domain) -> Sequence[tuple[str, str]]:
    """(phrase, written-out text) pairs, in file order."""
    return tuple((str(k), str(v)) for k, v in dict(domain.data.get("aliases", {})).items())


def match_entries(domains: Iterable[Domain]) -> Iterator[tuple[str, Match, str]]:
    """(hit key, match, pack) of every rewrite match of these domains, for the analyzer."""
    for domain in domains:
        services = tuple(str(s) for s in domain.data.get("services", ()))
        if services:
            yield service_key(domain.id), Match(phrases=services), domain.pack
        for index, (phrase, _) in enumerate(aliases(domain)):
            yield alias_key(domain.id, index), Match(phrases=(phrase,)), domain.pack
        for index, template in enumerate(templates(domain)):
            if template.get("when"):
                phrases = tuple(str(p) for p in template["when"])
                yield when_key(domain.id, index), Match(phrases=phrases), domain.pack
        for slot, raw in dict(domain.data.get("extract", {})).items():
            yield extract_key(domain.id, str(slot)), match_of(raw), domain.pack
