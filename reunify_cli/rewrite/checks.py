"""Score rewrites on a labelled corpus, goal by goal (issue "Rewrites a caseworker can
keep"). Each check is mechanical, so that it can be run on any set of real statements:

* `keeps_words`: the rewrite keeps at least 80% of the original's content words (words of
  4+ letters, not stopwords, not the words the vague and judgment findings flagged -
  those a rewrite is right to replace);
* `keeps_numbers`: every number of the original is in the rewrite;
* `invents_nothing`: the `behavior`, `measure` and `due` fields hold no number or
  frequency word that the original lacks, outside a `[placeholder]` (a `due` date written
  as YYYY-MM-DD from the original's own date is not new);
* `keeps_duty`: a duty of the agency or a provider is not rewritten as a condition on the
  family;
* `lints_clean`: the rewrite, linted on its own, has no finding but unfilled placeholders
  and info;
* `leaves_sound`: a goal labelled sound (not vague, all five elements, no flag) is not
  rewritten.

`reunify rules evaluate --rewrites` prints the share of goals passing each check and all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..analysis.engine import Ruleset, analyse_plan
from ..analysis.evaluate import ELEMENTS, Labelled
from ..model import GoalReport, Severity
from ..selftest import plan_of_texts
from .fixes import PLACEHOLDER
from .policy import edited
from .statement import iso_date, rewrite_plan

CHECKS = (
    "keeps_words",
    "keeps_numbers",
    "invents_nothing",
    "keeps_duty",
    "lints_clean",
    "leaves_sound",
)
ALLOWED = frozenset({"structure.unfilled-placeholder"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    about above after again against also among another been before being below
    between both cannot could does doing down during each either every from further
    have having here hers herself himself into itself just least less more most much
    must myself neither nor once only other ought ours ourselves over same shall
    should some such than that their theirs them themselves then there these they
    this those through thus under until upon very what when where whether which
    while whom whose will with within without would your yours yourself yourselves
    """
)
FREQUENCY_WORDS = _words(
    """
    daily weekly biweekly bi-weekly monthly quarterly annually yearly fortnightly
    once twice thrice times every each hourly nightly weekday weekdays
    """
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NUMBER_WORDS = _words(
    """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty sixty ninety hundred
    """
)


@dataclass(frozen=True, slots=True)
class GoalCheck:
    item: Labelled
    rewrite: Mapping[str, Any] | None
    results: Mapping[str, bool]

    @property
    def passed(self) -> bool:
        return all(self.results.values())


@dataclass(frozen=True, slots=True)
class RewriteEvaluation:
    path: str
    goals: tuple[GoalCheck, ...]

    def rate(self, check: str | None = None) -> float:
        if not self.goals:
            return 1.0
        passed = [g.passed if check is None else g.results[check] for g in self.goals]
        return sum(passed) / len(passed)


def _norm(word: str) -> str:
    """A word without its inflection, so that a rewrite that says "secure" keeps the
    original's "securing" ("secur" both), "make" its "making"."""
    word = word.lower().replace("\u2019", "'")
    for suffix in ("'s", "ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def content_words(text: str, dropped: Iterable[tuple[int, int]] = ()) -> set[str]:
    """Words of 4+ letters that are not stopwords and lie outside the `dropped` spans."""
    spans = list(dropped)
    return {
        _norm(m.group())
        for m in _WORD.finditer(text)
        if len(m.group()) >= 4
        and m.group().lower() not in STOPWORDS
        and not any(s <= m.start() < e for s, e in spans)
    }


def _numbers(text: str) -> set[str]:
    found = set(_NUMBER.findall(text))
    found |= {w.lower() for w in _WORD.findall(text) if w.lower() in _NUMBER_WORDS}
    return found


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# a date as a goal writes it: "March 31, 2017", "6/30/2026", "2026-06-30"
_DATE = re.compile(
    r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\b"
)


def _iso_dates(text: str) -> set[str]:
    """The dates `text` states, each as the rewrite's `due` field writes it (YYYY-MM-DD)."""
    return {iso_date(m.group()) for m in _DATE.finditer(text)}


def _date_parts(due: object, original: str) -> set[str]:
    """The numbers of a `due` date the rewrite wrote as YYYY-MM-DD from a date the original
    states in its own form ("March 31, 2017" is due 2017-03-31): not invented."""
    match = _ISO_DATE.fullmatch(str(due or ""))
    if match is None or match.group() not in _iso_dates(original):
        return set()
    return set(match.groups())


def _outside_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)


def _flagged_spans(
    report: GoalReport, hits: Sequence[Any], ruleset: Ruleset
) -> list[tuple[int, int]]:
    flagged = {f.rule for f in report.findings if edited(f, ruleset)}
    return [(h.start, h.end) for h in hits if h.key.startswith("rule:") and h.key[5:] in flagged]


def sound(item: Labelled) -> bool:
    """Labelled not vague, with all five elements and no flag."""
    return item.labels == frozenset(ELEMENTS)


def check_goal(
    item: Labelled, report: GoalReport, hits: Sequence[Any], ruleset: Ruleset
) -> GoalCheck:
    rewrite = report.rewrite
    original = item.text
    if rewrite is None:
        results = dict.fromkeys(CHECKS, True)
        results["lints_clean"] = not report.flags.get("vague") and not any(
            f.severity is not Severity.INFO and f.rule not in ALLOWED for f in report.findings
        )
        return GoalCheck(item, None, results)
    statement = str(rewrite["statement"])
    words = content_words(original, _flagged_spans(report, hits, ruleset))
    kept = content_words(statement)
    keeps_words = not words or len(words & kept) / len(words) >= 0.8
    keeps_numbers = _numbers(original) <= _numbers(statement)
    fields = " ".join(str(rewrite.get(k) or "") for k in ("behavior", "measure", "due"))
    outside = _outside_placeholders(fields)
    new_numbers = _numbers(outside) - _numbers(original) - _date_parts(rewrite.get("due"), original)
    original_words = {w.lower() for w in _WORD.findall(original)}
    new_frequency = {
        w.lower() for w in _WORD.findall(outside) if w.lower() in FREQUENCY_WORDS
    } - original_words
    relinted = analyse_plan(plan_of_texts([statement]), ruleset).goals[0]
    family = ("parent", "child", "caregiver")
    # The rewrite is read alone, out of its document (which can say whom it addresses), so
    # it is compared with the original read alone: the duty moved only if the rewrite
    # makes a family member of whom the original alone did not.
    keeps_duty = report.actor not in ("agency", "provider") or (
        rewrite.get("kind") != "condition"
        and (
            relinted.actor not in family
            or analyse_plan(plan_of_texts([original]), ruleset).goals[0].actor in family
        )
    )
    lints_clean = not any(
        f.severity is not Severity.INFO and f.rule not in ALLOWED for f in relinted.findings
    ) and all(relinted.elements.values())
    results = {
        "keeps_words": keeps_words,
        "keeps_numbers": keeps_numbers,
        "invents_nothing": not new_numbers and not new_frequency,
        "keeps_duty": keeps_duty,
        "lints_clean": lints_clean,
        "leaves_sound": not sound(item),
    }
    return GoalCheck(item, rewrite, results)


def evaluate_rewrites(path: str, corpus: Sequence[Labelled], ruleset: Ruleset) -> RewriteEvaluation:
    plan = plan_of_texts([item.text for item in corpus], path)
    hits = list(ruleset.analyzer.hits(item.text for item in corpus))
    report = rewrite_plan(plan, ruleset)
    goals = tuple(
        check_goal(item, goal, goal_hits, ruleset)
        for item, goal, goal_hits in zip(corpus, report.goals, hits, strict=True)
    )
    return RewriteEvaluation(path, goals)


def keeps_reference(item: Labelled, rewrite: Mapping[str, Any] | None) -> bool:
    """The tool's rewrite keeps every content word of the original that the hand-written
    reference rewrite keeps (a goal left alone keeps everything)."""
    if item.rewrite is None or rewrite is None:
        return True
    wanted = content_words(item.text) & content_words(item.rewrite)
    return wanted <= content_words(str(rewrite["statement"]))
