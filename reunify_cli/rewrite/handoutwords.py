"""Words for the parent's handout: dates as people write them, the plan's third person
turned into "you", and how often a task recurs (for the checklist). Pure functions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
PARENT_WORDS = (
    "the parent",
    "the mother",
    "the father",
    "parent",
    "mother",
    "father",
    "mom",
    "dad",
)
_NOUN_AFTER_HER = re.compile(
    r"\b(her|his)\b(?=\s+(?!to\b|about\b|within\b|whether\b|if\b|that\b|the\b|a\b|and\b|at\b|"
    r"in\b|on\b|by\b|for\b|with\b|when\b|each\b|every\b|know\b)[A-Za-z])",
    re.I,
)
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)(you|your)\b")
NUMBERS = {"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "four": 4, "five": 5}
_PER_WEEK = re.compile(
    r"\b(\d|one|two|three|four|five|once|twice)\s*(?:times?\s*|x\s*|[a-z]+\s+)?"
    r"(?:a|per|each|every|/)\s*week",
    re.I,
)
_WEEKLY = re.compile(
    r"\b(weekly|every week|each week|once a week|every (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b",
    re.I,
)
_DAILY = re.compile(r"\b(daily|every day|each day)\b", re.I)
_MONTHLY = re.compile(r"\b(monthly|every month|each month|once a month)\b", re.I)


def people_date(iso: str) -> str:
    """2026-07-15 as "Wednesday, July 15, 2026" (English names, whatever the locale);
    anything that is not such a date is returned as it is."""
    parsed = as_date(iso)
    if parsed is None:
        return iso
    return f"{DAYS[parsed.weekday()]}, {MONTHS[parsed.month - 1]} {parsed.day}, {parsed.year}"


def short_date(day: date) -> str:
    """ "July 6" (for the checklist's weeks)."""
    return f"{MONTHS[day.month - 1]} {day.day}"


def as_date(text: str | None) -> date | None:
    match = ISO_DATE.fullmatch((text or "").strip()[:10]) if text else None
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def dates_in_words(text: str) -> str:
    """Every YYYY-MM-DD in a text written as people write dates."""
    return ISO_DATE.sub(lambda m: people_date(m.group()), text)


def second_person(text: str, names: Iterable[str]) -> str:
    """The plan's words about the parent, said to the parent: "Loraine will attend" ->
    "You will attend", "tell Loraine whether they are on track" -> "tell you whether you
    are on track", "her therapist" -> "your therapist". `names` are the parent's name and
    id; role words (Mother, the parent, ...) count too. "must" becomes "will"."""
    words = sorted({n for n in names if n} | set(PARENT_WORDS), key=len, reverse=True)
    who = "|".join(re.escape(w) for w in words)
    out = re.sub(rf"\b(?:{who})'s\b", "your", text, flags=re.I)
    out = re.sub(rf"\b(?:{who})\s+(?:must|shall|needs to|is to)\b", "you will", out, flags=re.I)
    out = re.sub(rf"\b(?:{who})\s+(?:is)\b", "you are", out, flags=re.I)
    out = re.sub(rf"\b(?:{who})\s+(?:has)\b", "you have", out, flags=re.I)
    out = re.sub(rf"\b(?:{who})\b", "you", out, flags=re.I)
    out = re.sub(r"\b(?:they|she|he)\s+(?:are|is)\s+on track\b", "you are on track", out)
    # help given to the parent: "will give you [help] ... so that they can obtain housing"
    out = re.sub(
        r"(\bgive you\b(?:[^.]|\.(?!\s+[A-Z]))*?\bso that )(?:they|she|he) can\b", r"\1you can", out
    )
    out = re.sub(r"\b(?:she|he)\s+is\b", "you are", out)
    out = re.sub(r"\b(?:she|he)\s+has\b", "you have", out)
    out = re.sub(r"\b(?:she|he)\b", "you", out)
    out = re.sub(r"\b(?:herself|himself)\b", "yourself", out)
    out = _NOUN_AFTER_HER.sub("your", out)
    out = re.sub(r"\b(?:her|him)\b", "you", out)
    return capitalised(out)


def capitalised(text: str) -> str:
    """ "you" or "your" opening a sentence written with a capital."""
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)


def per_week(text: str) -> float | None:
    """How many times a week a task recurs (0.25 for monthly), None when it does not say."""
    match = _PER_WEEK.search(text)
    if match is not None:
        word = match.group(1).lower()
        return float(NUMBERS.get(word, int(word) if word.isdigit() else 1))
    if _DAILY.search(text):
        return 7.0
    if _WEEKLY.search(text):
        return 1.0
    if _MONTHLY.search(text):
        return 0.25
    return None
