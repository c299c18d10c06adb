"""The only module that imports spaCy: compile pack matches once, find them in statements.

The default pipeline is `spacy.blank("en")` plus the lookup lemmatizer from
`spacy-lookups-data` - nothing to download. Text is lower-cased before analysis (keeping
every character offset), so phrases match whatever the capitalisation, and phrases match
on lemmas, so "made progress", "making progress" and "make progress" are one phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .domains import match_entries
from .model import Detector, Domain, LoadError, Match, ReunifyError, Rule
from .regexguard import TIMEOUT, compile_pattern

MAX_TEXT = 20_000  # characters of one statement that are analysed (longer text is cut)


@dataclass(frozen=True, slots=True)
class Hit:
    key: str  # "rule:<id>", "det:<id>" or "dom:<id>"
    start: int  # character offsets into the statement
    end: int


def lower_keep_offsets(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_PUNCTUATION_RUN = re.compile(r"[^\w\s]{17,}")


def _break_punctuation_runs(text: str) -> str:
    """spaCy's tokenizer takes quadratic time on a long run of punctuation (20,000 '(' or
    ':)' take half a minute), so every 8th character of such a run becomes a space in the
    copy that is tokenized. Same length, so offsets hold; no phrase spans such a run."""

    def spaced(match: re.Match[str]) -> str:
        run = match.group()
        return "".join(" " if i % 8 == 7 else c for i, c in enumerate(run))

    return _PUNCTUATION_RUN.sub(spaced, text)


def make_pipeline() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


class Analyzer:
    """Compiled matchers for a set of rules, detectors and domains."""

    def __init__(
        self,
        rules: Sequence[Rule],
        detectors: Sequence[Detector],
        domains: Sequence[Domain],
        nlp: Any = None,
    ) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = nlp if nlp is not None else make_pipeline()
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        self.regexes: list[tuple[str, Any, str]] = []  # (key, compiled pattern, pack)
        entries: list[tuple[str, Match, str]] = []
        entries += [(f"rule:{r.id}", r.match, r.pack) for r in rules if r.match is not None]
        entries += [(f"det:{d.id}", d.match, d.pack) for d in detectors]
        entries += [(f"dom:{d.id}", d.recognise, d.pack) for d in domains]
        entries += list(match_entries(domains))  # rewrite knowledge: services, when, extract
        for key, match, pack in entries:
            self._add(key, match, pack)

    def _add(self, key: str, match: Match, pack: str) -> None:
        if match.phrases:
            docs = list(self.nlp.pipe(lower_keep_offsets(p) for p in match.phrases))
            self.phrase_matcher.add(key, docs)
        if match.patterns:
            patterns = [[dict(token) for token in pattern] for pattern in match.patterns]
            try:
                self.matcher.add(key, patterns)
            except (ValueError, KeyError) as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid"
                raise ReunifyError(
                    LoadError(
                        pack, f"{key[key.index(':') + 1 :]}: invalid spaCy token pattern: {first}"
                    )
                ) from None
        for pattern in match.regex:
            self.regexes.append((key, compile_pattern(pattern), pack))

    def hits(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[list[Hit]]:
        """For each text, every match (rule, detector, domain) with character offsets."""
        texts = list(texts)
        lowered = (_break_punctuation_runs(lower_keep_offsets(t[:MAX_TEXT])) for t in texts)
        strings = self.nlp.vocab.strings
        for text, doc in zip(texts, self.nlp.pipe(lowered, batch_size=batch_size), strict=True):
            found: list[Hit] = []
            for match_id, start, end in self.phrase_matcher(doc):
                found.append(
                    Hit(
                        strings[match_id], doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
                    )
                )
            for match_id, start, end in self.matcher(doc):
                found.append(
                    Hit(
                        strings[match_id], doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
                    )
                )
            head = text[:MAX_TEXT]
            for key, regex, pack in self.regexes:
                found.extend(_regex_hits(key, regex, pack, head))
            found.sort(key=lambda h: (h.start, -h.end, h.key))
            yield found


def _regex_hits(key: str, regex: Any, pack: str, text: str) -> list[Hit]:
    """Matches of one pack regex, bounded in time (see regexguard: the load-time check
    rejects the usual catastrophic shapes; this is the backstop for the rest)."""
    try:
        return [
            Hit(key, m.start(), m.end())
            for m in regex.finditer(text, timeout=TIMEOUT)
            if m.end() > m.start()
        ]
    except TimeoutError:
        name = key[key.index(":") + 1 :]
        raise ReunifyError(
            LoadError(
                pack,
                f"{name}: regex {regex.pattern!r} took more than {TIMEOUT:g}s on a statement "
                f"of {len(text):,} characters (catastrophic backtracking); simplify it",
            )
        ) from None


def lemmas(nlp: Any, phrase: str) -> tuple[str, ...]:
    return tuple(t.lemma_ for t in nlp(lower_keep_offsets(phrase)))


def group_hits(hits: Iterable[Hit]) -> Mapping[str, list[Hit]]:
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.key, []).append(hit)
    return grouped
