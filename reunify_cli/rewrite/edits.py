"""Steps 1 and 2 of a rewrite: the fixes of the flagged words, and a poverty condition
turned into help the agency gives."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from ..analysis.engine import Ruleset
from ..analysis.nlp import Hit
from ..analysis.reading import Lexicon, read, tokenize
from ..analysis.reading.lexicon import PREPOSITIONS, Reading
from ..analysis.reading.names import names_someone, subject_actor
from ..model import Category, GoalReport
from . import fixes
from .additions import a_record
from .policy import REWRITE_RULES, Names, Policy, edited


def edits_for(
    report: GoalReport, hits: Sequence[Hit], ruleset: Ruleset, lexicon: Lexicon
) -> list[fixes.Edit]:
    text = report.goal.statement.text.strip()
    offset = report.goal.statement.text.find(text[:1]) if text else 0
    rules = ruleset.by_id
    flagged = {f.rule for f in report.findings if edited(f, ruleset)}
    edits = []
    for rule_id, spans in _flagged_spans(hits, flagged):
        rule = rules[rule_id]
        start, end = _best_span(spans, rule.fix, text, offset, lexicon)
        if _inside_a_word(text, start, end):
            continue  # "age-appropriate", the "n't" of "isn't": its words stay
        new = fixes.replacement(rule.fix, rule.category.value, text[start:end], lexicon)
        if new is None:
            continue
        new = fixes.agree(new, text[start:end], text[end:], lexicon)
        if new == fixes.DEFAULTS["judgmental"]:
            start, end, new = _judged_slot(text, start, end, new, lexicon)
        new = _progress_looked_at(text, start, end, new, lexicon)
        if (
            new == _TIMELY_SLOT
            and _A_NAMES_WORD.match(text, start)
            and _IN_A_NAME.search(text, 0, start)
        ):
            continue  # "the Safe and Timely Interstate Placement ... Act": a law's name
        manner = _TIMELY_MANNER.search(text, 0, start) if new == "by [date]" else None
        if manner is not None and re.fullmatch(r"timely\s+\w+", text[start:end], re.I):
            # "in a more timely manner": "by [date]", never "in a more by [date]"; "in an
            # accurate and timely manner": "in an accurate manner and by [date]" (its
            # quality is fixed on its own); "on a regular and timely basis": "[how often]
            # and by [date]"
            quality = manner.group(1)
            if quality is None or quality.lower() in _HOW_OFTEN:
                whole = f"[how often] and {new}" if quality else new
                edits.append(fixes.Edit(manner.start(), end, whole, rule_id))
            else:
                noun = text[start:end].split()[1]
                edits.append(fixes.Edit(manner.end(1), end, f" {noun} and {new}", rule_id))
            continue
        moved = _timely_thing(text, start, end) if new == _TIMELY_SLOT else None
        if moved is not None:  # "make a timely written request": "make a written request
            edits.append(fixes.Edit(*moved, rule_id))  # by [date]", never "make a [by
            continue  # when] written request"
        if new.endswith(" of]") and _NOTHING_AFTER.match(text, end):
            new = new[:-1] + " the plan]"  # "show progress." is no "[... each step of]."
        new = _cooperation_with_a_thing(text, end, new, lexicon)
        made = _EFFORT_MADE.match(text, end) if new == "[which steps]" else None
        if made:  # "Reasonable efforts shall be made to prevent removal": "[which steps]
            # shall be taken to ...", never "shall be made"; "every effort is made to
            # reunify": "are taken"
            end, verb = made.end(), made.group(1)  # ("the efforts made": "taken")
            new += f" {'are' if verb.lower() == 'is' else verb} taken" if verb else " taken"
        making = _EFFORT_MAKING.search(text, 0, start) if new.startswith("[which steps]") else None
        if making:  # "make every effort to work around ...": "take [which steps] to ...",
            # never "make [which steps]"; "has made a reasonable effort": "has taken"
            start, new = making.start(), f"{_taking(making, text)} {making.group(2) or ''}{new}"
        if new == "meet with" and _THING_ENGAGED_WITH.match(text, end):
            new = "[take part how, e.g. attend]"  # "engage with this process", "engage with
            # her treatment": a thing one takes part in, never "meet with this process"
        kept = _KEPT_COMPLIANCE.search(text, 0, start) if new == "following" else None
        if kept is not None:  # "maintain strict compliance with all court orders":
            start = kept.start()  # "strictly follow all court orders", never "maintain
            # strict following all court orders"
            verb = fixes.inflect("follow", lexicon.key(kept.group(1).lower())[1])
            adverb = _MANNER.get((kept.group(2) or "").lower(), "")
            new = f"{adverb} {verb}".strip()
        compliance = _compliance_said(text, start, end) if new == "following" else None
        if compliance is not None:  # "Their compliance with treatment will be addressed":
            edits.append(fixes.Edit(*compliance, rule_id))  # "How well they follow
            continue  # treatment ...", never "Their following treatment"
        said = _SAID_OF_COMPLIANCE.search(text, 0, start) if new == "following" else None
        if said is not None:  # "the parent's substantial compliance with existing terms":
            start = said.start()  # "the parent substantially following ...", never "the
            # parent's substantial following"; "out of compliance with conditions": "not
            # following conditions", never "out of following"
            adjective = said.group(1)
            new = f"{_MANNER[adjective.lower()]} following" if adjective else "not following"
        if fixes.ACTION_PLACEHOLDER.match(new) and _told_as_done(text, start, end, lexicon):
            continue  # "[mother] had cooperated with school officials", "the caregivers ...
            # who participated in the plan": what was done, as written (the slot asks for
            # an act to come: "had [do what with, e.g. meet once a month with] ...")
        start = _article_taken(text, start, new)
        if new.startswith(("attend", "[take part how")) and _NOT_BEFORE.search(text[:start]):
            continue  # "will not engage in criminal activity": a ban, checkable as it is
        if new and _STATE_IN_CLAUSE.search(text, 0, start) and _FINITE_BE.match(text, start):
            continue  # "when those parents are involved in a visitation proceeding": what
            # is so, in a clause of its own, never "when those parents attend ..."
        if not new and _BANNED_TRY.search(text[:start]):
            continue  # "will not attempt to contact", "restrained from removing or
            # attempting to remove": the attempt is what is banned, never to be dropped
        if not new and (_ANOTHERS_TRY.search(text[:start]) or _AN_ATTEMPT.search(text[:start])):
            continue  # "what to do if someone tries to touch them": another's attempt,
            # never "if someone touch them"; "as you try to get your child back": what is
            # so, in a clause of its own (never "as you get your child back")
        negate = rule.fix is not None and bool(rule.fix.get("negate"))
        helping = fixes.helping_after(text, start, end, new, lexicon)
        if helping is not None:  # "participate in developing your child's permanency plan":
            edits.append(fixes.Edit(start, *helping, rule_id))  # "help develop ..."
            continue
        doing = (
            fixes.doing_after(text, start, end, lexicon) if new.isalpha() and not negate else None
        )
        if doing is not None:  # "comply with taking these medications": "take these ..."
            edits.append(fixes.Edit(start, doing[0], doing[1], rule_id))
            continue
        joined = _said_before(text, start, new, lexicon)
        if joined is not None:  # "attend and participate in the program": "attend the program"
            edits.append(fixes.Edit(joined[0], end, joined[1], rule_id))
            continue
        if negate and new.startswith("not"):
            if fixes.kept_as_ban(text[start:end]) or _no_place_for_not(text, start, end):
                continue
            if _HAD_BEFORE.search(text, 0, start):
                continue  # "She had abstained from alcohol": what she did, as told (never
                # "She had had no alcohol"; "Father refrained from" is "did not use")
            end = _gerund_end(text, end)  # "refrain from using drugs" -> "not use drugs"
            new = fixes.negated(text[start:end], lexicon, text[end:])
            second = _JOINED_GERUND.match(text, end)
            base, form = lexicon.key(second.group(1).lower()) if second else ("", "")
            if second and new != text[start:end] and form == "ing" and base in lexicon.verbs:
                # "refrain from using profanity or engaging in ...": "... or engage in"
                edits.append(fixes.Edit(second.start(1), second.end(1), base, rule_id))
        inflected = fixes.in_form_of(new, text[start:end], text[:start], lexicon)
        if inflected is None:
            continue
        if not new:  # "was trying to get some training": "was getting some training"
            dropped = fixes.dropped_before(text, start, end, lexicon)
            if dropped is None:
                continue  # "has attempted to complete": what happened, as written
            start, end, inflected = dropped
        possessive = _POSSESSIVE_BEFORE.search(text, 0, start)
        if (
            possessive is not None
            and re.match(r"(?:[a-z]+ly\s+)?[a-z]+ing\b", inflected)
            and len(text[: possessive.start()].split()) > 2
        ):  # "facilitate your child's compliance with drug testing": "your child following
            # drug testing", never "your child's following"; not the subject that opens a
            # sentence ("Mother's compliance with ... will be monitored")
            start, inflected = possessive.start(), f" {inflected}"
        edits.append(fixes.Edit(start, end, inflected, rule_id))
    return _no_second_which(text, _preposition_given_up(text, edits))


# the making of efforts a fix names as steps ("reasonable efforts | shall be made")
_EFFORT_MADE = re.compile(
    r"\s+(?:(is|are|be|(?:will|shall|should|must|can|would|may|to)\s+be)\s+)?made\b", re.IGNORECASE
)
# ... and the verb that makes them, before ("shall | make every effort", "had made a")
_EFFORT_MAKING = re.compile(
    r"\b(make|makes|made|making)\s+(?:an?\s+|((?:the|such|all|its|their)\s+))?$", re.IGNORECASE
)


def _taking(making: re.Match[str], text: str) -> str:
    """The "make" of efforts as the "take" of steps, in its form: "makes" -> "takes",
    "has made" -> "has taken", "She made" -> "She took"."""
    word = making.group(1)
    before = text[: making.start()].split()[-1:]
    done = "taken" if before and before[0].lower() in fixes.AUXILIARIES else "took"
    taking = {"make": "take", "makes": "takes", "making": "taking"}.get(word.lower(), done)
    return taking.capitalize() if word[0].isupper() else taking


_LAST_PREPOSITION = re.compile(r"\b(?:in|at|on|with|within)$", re.IGNORECASE)


def _preposition_given_up(text: str, edits: list[fixes.Edit]) -> list[fixes.Edit]:
    """The edits without one whose words end with the preposition another flagged phrase
    opens with ("terminate Department involvement | in | a timely manner", "the plan ...
    progresses | in | a timely manner"): the preposition is the other's, so that one is made
    ("involvement by [date]", never "attendance at a timely manner")."""
    opening = {edit.start for edit in edits}
    return [
        edit
        for edit in edits
        if not (
            (last := _LAST_PREPOSITION.search(text, edit.start, edit.end)) is not None
            and last.start() > edit.start
            and last.start() in opening
        )
    ]


def _told_as_done(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the flagged words' verb is in the past ("participated in", "had cooperated
    with"), read by the word lists; not after "has" or "have", which a goal may ask to show
    ("demonstrate that she has internalized the parenting curriculum")."""
    if _FAILED_BEFORE.search(text, 0, start):
        return True  # "The parents refused to engage in these services": what they did
    words = text[start:end].split()
    verb = next((w for w in words if lexicon.key(w.lower())[0] in lexicon.verbs), "")
    if not verb or lexicon.key(verb.lower())[1] != "ed":
        return False
    return _PERFECT_BEFORE.search(text, 0, start) is None


_FAILED_BEFORE = re.compile(rf"\b(?:{fixes.FAILED})\s+to\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|having)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _no_second_which(text: str, edits: list[fixes.Edit]) -> list[fixes.Edit]:
    """The edits without a "[which ...]" placeholder right after another placeholder, which
    asks it already ("the [each service, by name] to meet", never "the [each service, by
    name] [which, by name] to meet"): its word goes with it. So does a bare "[which]" or
    "[say exactly what]" joined to another by "and" or "or" ("take all necessary and
    appropriate steps": "take all [which] steps", never "all [which] and [say exactly what]
    steps")."""
    kept: list[fixes.Edit] = []
    before: fixes.Edit | None = None  # the last edit applied (one inside it is not)
    for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
        between = text[before.end : edit.start] if before is not None else ""
        if (
            before is not None
            and edit.start >= before.end  # (one inside it is dropped where it applies)
            and before.text.endswith("]")
            and (
                (edit.text.startswith("[which") and not between.strip())
                or (edit.text in _BARE_SLOTS and _JOINED_SLOT.fullmatch(between))
            )
        ):
            kept.append(fixes.Edit(before.end, edit.end, "", edit.rule))  # its word goes too
            continue
        kept.append(edit)
        if before is None or edit.start >= before.end:
            before = edit
    return kept


_BARE_SLOTS = frozenset({"[which]", "[say exactly what]"})
_JOINED_SLOT = re.compile(r",?\s+(?:and|or|and/or)\s+")
_POSSESSIVE_BEFORE = re.compile(r"(?<=[\w)\]])['\u2019]s\s+$")


# a verb and "and" just before a flagged phrase ("attend and | participate in")
_AND_BEFORE = re.compile(r"\b(\w+)(\s+(?:and|&)\s+(?:[a-z]+ly\s+)?)$", re.IGNORECASE)
_EXAMPLE_VERB = re.compile(r"\[[^\]]*\be\.g\.\s+(\w+)\]")


_BECOMING = frozenset({"become", "get", "be"})


def _said_before(text: str, start: int, new: str, lexicon: Lexicon) -> tuple[int, str] | None:
    """When the verb before " and <phrase>" already says the verb the phrase would become
    ("attend and participate in" -> "attend", "meet and engage with" -> "meet with",
    "complete and follow recommendations" -> "complete [each recommendation, ...]"; never
    "attend and attend"): where " and <phrase>" starts, and the words that replace it (the
    rest of the replacement). None otherwise."""
    before = _AND_BEFORE.search(text, 0, start)
    example = _EXAMPLE_VERB.fullmatch(new)
    verb, _, rest = (example.group(1) if example else new).partition(" ")
    if before is None or not re.fullmatch(r"[a-z]+", verb):
        return None
    said = tokenize(before.group(1), lexicon)[:1]
    if said and said[0].key in _BECOMING and example is None and verb in lexicon.verbs:
        # "Become and remain drug free": the state the fix says replaces both verbs
        # ("Have no positive or missed drug screens", never "become and have no ...")
        return before.start(1), fixes.in_form_of(new, before.group(1), "", lexicon) or new
    if not said or said[0].key != verb or verb not in lexicon.verbs:
        return None
    return before.start(2), f" {rest}" if rest else ""


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
    overlap first, then the longest match; else the longest phrase it knows that opens or
    ends the overlap and becomes a placeholder (the other words stay: "work with | your
    social worker", "an evaluation and/or | treatment"); else the whole overlap."""
    union = (min(s for s, _ in spans) - offset, max(e for _, e in spans) - offset)
    candidates = [
        union,
        *sorted(((s - offset, e - offset) for s, e in spans), key=lambda x: x[0] - x[1]),
    ]
    phrases = dict(fix.get("phrases") or {}) if fix is not None else {}
    if not phrases:
        return union
    known = {fixes.phrase_key(str(p), lexicon) for p in phrases}
    for start, end in candidates:
        if fixes.phrase_key(text[start:end], lexicon) in known:
            return start, end
    # a plain-word replacement keeps no qualifier before it ("substantially | comply with"
    # is not "substantially follow"): only a placeholder, which the caseworker reviews
    asked = {fixes.phrase_key(str(p), lexicon) for p, t in phrases.items() if str(t)[:1] == "["}
    words = tokenize(text[union[0] : union[1]], lexicon)
    parts = [(union[0], union[0] + words[k].end) for k in range(len(words) - 2, -1, -1)]
    parts += [(union[0] + words[k].start, union[1]) for k in range(1, len(words))]
    for start, end in sorted(parts, key=lambda x: x[0] - x[1]):
        if fixes.phrase_key(text[start:end], lexicon) in asked:
            return start, end
    return union


def condition_words(report: GoalReport, hits: Sequence[Hit]) -> list[fixes.Edit]:
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


_COORDINATED = re.compile(r"\s*(?:or|and|and/or)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"(?:,\s*|\bin\s+order\s+|\bso\s+as\s+)to\s+$", re.IGNORECASE)
_OPENING_TO = re.compile(r"\W*to\s+", re.IGNORECASE)
_ASKED_AFTER = re.compile(r",\s+[^,;.]*?\b(?:must|shall|should|will|need\s+to|are\s+to|is\s+to)\b")
# ... or what someone can do, or be helped to, to be spared something ("A parent can avoid
# the fines by showing ...", "help the family avoid removal"): a way out, no ban
_SPARED = re.compile(
    r"\b(?:can|could|might|may|helps?|helped|helping)\s+(?:[\w'\u2019]+\s+){0,2}?$", re.I
)


def _no_place_for_not(text: str, start: int, end: int) -> bool:
    """Is a flagged "avoid" or "refrain from" no place for a "not"? When a second verb
    shares its object ("Avoid or reduce family conflict", "refrain from or eliminate the
    acts": "not have or reduce" says something else), or when it says why, not what
    ("complete the class early, to avoid any delay", "To avoid distress ..., parents must
    arrive ..."), or a way to be spared something ("A parent can avoid the fines by ...")."""
    before = text[:start]
    opening = _OPENING_TO.fullmatch(before) and _ASKED_AFTER.search(text, end)  # "To avoid
    # distress ..., parents must arrive ...": why, before what is asked (not a list's "to
    # refrain from committing a family offense, as defined in ...")
    return bool(
        _COORDINATED.match(text, end)
        or _PURPOSE.search(before)
        or _SPARED.search(before)
        or opening
    )


_DETERMINER_BEFORE = re.compile(
    r"\b(a|an|the|that|this|each|every|any|his|her|their|our|your)\s+$", re.IGNORECASE
)


_LINKING_BEFORE = re.compile(
    r"\b(?:is|are|am|was|were|be|been|being|remains?|remained|becomes?|became|seems?|"
    r"seemed|appears?|appeared)\s+(?:(?:not|never|very|so|too|more|less|often|always|"
    r"sometimes|extremely|quite|still)\s+)*(?:[\w-]+(?:,\s*|\s+(?:and|or|and/or)\s+))*$",
    re.IGNORECASE,
)
# the nouns a judgement of conduct is said of ("a negligent attitude", "his hostile tone"):
# with the judgement they name one thing, the conduct seen
_CONDUCT = frozenset({"attitude", "attitudes", "behavior", "behaviors", "behaviour",
                      "behaviours", "manner", "conduct", "tone", "way", "ways", "lifestyle",
                      "approach", "demeanor", "demeanour", "mood", "temper", "parenting",
                      "choices", "decisions"})  # fmt: skip
SAID_OF_A_PERSON = "[seen or heard doing what, and when]"
A_THING_SEEN = "[behavior seen or heard, and when]"
A_KIND_SEEN = "[what kind, as seen or heard]"
# a judgement said as a quality ("stubborn", "manipulative", "non-compliant", "volatile"),
# and the words after one that start no noun of its own
_QUALITY = re.compile(
    r"(?:ant|ent|ive|ful|ous|ic|al|ible|able|ile|orn|ate|less|ish|ary|ory)$", re.I
)
_NOT_A_NOUN = frozenset(
    {"and", "or", "but", "nor", "to", "for", "with", "in", "of", "at", "by", "on", "from",
     "towards", "toward", "about", "than", "as", "when", "while", "if", "because", "that",
     "which", "who", "whom", "whose", "where", "during", "after", "before", "until",
     "unless", "since", "so", "then", "also", "not", "is", "are", "was", "were", "be",
     "been", "being", "will", "shall", "may", "must", "can", "should", "would", "could",
     "has", "have", "had", "do", "does", "did", "it", "its", "this", "these", "those",
     "there", "here", "the", "a", "an", "any", "all", "no", "even", "yet"}
)  # fmt: skip


# the end of a clause, where an "of" a placeholder ends with would dangle
_NOTHING_AFTER = re.compile(r"\s*(?:[.;,:!?)]|$|(?:and|or|but)\b)")


def _progress_looked_at(text: str, start: int, end: int, new: str, lexicon: Lexicon) -> str:
    """Progress someone reviews, monitors, reports or is told of ("will review progress
    toward the goals", "monitoring progress toward ...", "be kept informed of the progress
    toward meeting the goals") is a thing looked at, not the parent's act: what counts as
    it, with the words after it ("will review [what counts as progress, e.g. steps
    completed] toward the goals"), never the act's slot ("will review [what counts as
    progress, e.g. complete each step of] the goals"). After a modal it is the act ("will
    progress toward")."""
    words = text[start:end].split()
    if words[0].lower() != "progress" or not (
        new.startswith("[what counts as progress") or new in ("attend", TAKING_PART)
    ):
        return new
    before = re.search(r"([A-Za-z]+)(['\u2019]s)?\s+$", text[:start])
    if before is None:
        return new
    word = before.group(1).lower()
    said = tokenize(word, lexicon)[:1]
    noun = (
        before.group(2) is not None  # "family's progress"
        or word in lexicon.determiners  # "the progress", "your progress"
        or word in _BEFORE_A_THING
        or word in _HOW_MUCH  # "substantial progress in a plan", "good progress"
        or word.endswith(("al", "ful", "ive", "ant", "ent", "ous", "able", "ible", "ate", "ory"))
        or (bool(said) and said[0].key in lexicon.verbs)  # "review progress"
        or _joined_to_a_thing(text[: before.start()], word, lexicon)
    )
    return " ".join([PROGRESS_SEEN, *words[1:]]) if noun else new


def _joined_to_a_thing(text: str, word: str, lexicon: Lexicon) -> bool:
    """Is "progress" joined by `word` ("and", "or") to a thing before it ("all information
    about your attendance and | progress in treatment"), not to a verb ("attend and |
    progress in treatment")?"""
    if word not in ("and", "or"):
        return False
    prior = tokenize(text, lexicon)[-1:]
    return bool(prior) and prior[0].text.isalpha() and prior[0].key not in lexicon.verbs


PROGRESS_SEEN = "[what counts as progress, e.g. steps completed]"
TAKING_PART = fixes.TAKING_PART


def _cooperation_with_a_thing(text: str, end: int, new: str, lexicon: Lexicon) -> str:
    """Cooperating with an activity ("cooperate with drug treatment", "cooperate with
    announced and unannounced visits", "DCF home visits") is taking part in it: "[take part
    how, e.g. attend] drug treatment", never the slot for a person ("[do what with, e.g.
    meet once a month with] drug treatment"). A person or an agency keeps it ("cooperate
    with DCF", "the therapist and attend sessions"): the phrase's last word decides."""
    if not new.startswith("[do what with"):
        return new
    words: list[str] = []
    for token in tokenize(text[end : end + 80], lexicon)[:8]:
        joined = bool(words) and words[-1] in ("and", "or")
        if (
            not token.low.isalpha()
            or token.low in PREPOSITIONS
            or (joined and token.key in lexicon.verbs and (token.key,) not in lexicon.activities)
        ):
            break
        words.append(token.key)
    while words and words[-1] in ("and", "or"):
        words.pop()
    heads = [tuple(words[i:]) for i in range(max(0, len(words) - 3), len(words))]
    if not heads or any(head in lexicon.actors for head in heads):
        return new
    return TAKING_PART if any(head in lexicon.activities for head in heads) else new


# words of how much progress, before it as before a thing
_HOW_MUCH = frozenset({"good", "some", "any", "no", "little", "much", "more", "enough", "real",
                       "steady", "further", "great", "slow", "poor"})  # fmt: skip
_BEFORE_A_THING = frozenset({"of", "on", "about", "in", "for", "with", "regarding", "toward",
                             "towards"})  # fmt: skip


def _judged_slot(
    text: str, start: int, end: int, new: str, lexicon: Lexicon
) -> tuple[int, int, str]:
    """What replaces a judgement, in the words of its place in the sentence. Before a
    person ("hold a non-compliant parent in contempt"): what was seen, after the person, "a
    parent who [did what, as seen or heard, and when]", not "a [what was seen or heard, and
    when] parent". After "is" or another linking verb ("Father is hostile"): "is [seen or
    heard doing what, and when]". Before a thing ("in stubborn cases"), the kind of
    thing: "in [what kind, as seen or heard] cases". After an article or a possessive ("bring the
    non-compliance to the court's attention", "a negligent attitude"): the thing seen, with
    the noun of conduct it judges, "the [behavior seen or heard, and when]". Elsewhere the
    account stands as it is."""
    determiner = _DETERMINER_BEFORE.search(text, 0, start)
    following = re.match(r"\s+([A-Za-z][\w-]*)\b", text[end:])
    if following is not None:
        person = _person_after(text, start, end, determiner, following, lexicon)
        if person is not None:
            return person[0], end + following.end(), person[1]
    if _LINKING_BEFORE.search(text, 0, start):
        return start, end, SAID_OF_A_PERSON
    if (
        following is not None
        and _QUALITY.search(text[start:end])
        and following.group(1).lower() not in _NOT_A_NOUN | _CONDUCT | _PRONOUNS
    ):  # a quality of a thing: "in stubborn cases", "use manipulative techniques"
        return start, end, A_KIND_SEEN
    if determiner is None or determiner.group(1).lower() == "that":  # "a manner that ..."
        return start, end, new
    if following is not None and following.group(1).lower() in _CONDUCT:
        end += following.end()
    return start, end, A_THING_SEEN


def _person_after(
    text: str,
    start: int,
    end: int,
    determiner: re.Match[str] | None,
    following: re.Match[str],
    lexicon: Lexicon,
) -> tuple[int, str] | None:
    """ "a non-compliant | parent", "dysfunctional | families": where the words for the
    person start and what they say, the account after the person (None when the word after
    the judgement names no person)."""
    people = {a[0] for a in lexicon.actors if len(a) == 1}
    noun = following.group(1)
    if noun.lower() in _PRONOUNS:  # "making excuses for | her boyfriend's behavior"
        return None
    if lexicon.key(noun.lower())[0] not in people and noun.lower() not in people:
        return None
    if determiner is None:
        noun = noun.capitalize() if text[start:end][:1].isupper() else noun
        return start, f"{noun} who [did what, as seen or heard, and when]"
    account = f"{noun} who [did what, as seen or heard, and when]"
    said = determiner.group(1)
    if said.lower() not in ("a", "an"):
        return start, account
    article = "an" if noun[0].lower() in "aeiou" else "a"
    article = article.capitalize() if said[0].isupper() else article
    return determiner.start(), f"{article} {account}"


# a pronoun after a judgement is never the person it judges: "her" there is whose
_PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "their", "its", "it", "you", "your"}
)
_OWN_ARTICLE = re.compile(r"\[[^\[\]]*\be\.g\.\s+(?:a|an|the)\s")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


_TIMELY_SLOT = "[by when]"
# what comes before "timely manner" besides "in a" ("in a more | timely manner", "on a
# regular and | timely basis")
_TIMELY_MANNER = re.compile(r"\b(?:in|on)\s+an?\s+(?:more\s+|(\w+)\s+and\s+)$", re.IGNORECASE)
_HOW_OFTEN = frozenset({"regular", "frequent", "consistent", "periodic", "routine"})
# a capitalised word inside a name, not opening a sentence ("Safe and | Timely Interstate")
_A_NAMES_WORD = re.compile(r"[A-Z]\w*\s+[A-Z]")
_IN_A_NAME = re.compile(r"[A-Z]\w*\s+(?:(?:and|of|for)\s+)?$")
# what ends the name of a thing said to be timely ("timely reunification | of Indian
# families", "timely hearings|,") ...
_THING_ENDS = frozenset(
    {"of", "for", "to", "in", "on", "at", "by", "with", "under", "from", "and", "or", "but",
     "that", "which", "who", "including", "as", "within", "into", "so", "is", "are", "was",
     "were", "will", "shall", "should", "must", "can", "may", "be", "when", "if", "unless",
     "about", "through", "after", "before", "during", "against", "toward", "towards", "per",
     "without", "over", "between", "among", "regarding", "concerning", "where", "while"}
)  # fmt: skip
# ... and words that show "timely" said how a thing is done, not which thing ("failed to
# timely report | it", "not timely filing | the petition"): it stays where it is
_DONE_TO = frozenset(
    {"the", "a", "an", "it", "them", "him", "her", "his", "their", "its", "this", "these",
     "those", "any", "all", "each", "your", "our", "my", "such"}
)  # fmt: skip
_WORD_AFTER = re.compile(r"\s+([a-zA-Z][\w'\u2019-]*)")


def _timely_thing(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """ "timely" before the thing it times ("facilitate timely reunification", "make a
    timely written request"): the thing, then its deadline ("reunification by [date]", "a
    written request by [date]"); None where "timely" times an act ("failed to timely
    report it"), stands in a list of qualities ("concrete, timely demonstration", "in a
    timely and effective manner") or is compared ("as timely as possible")."""
    if re.search(r"(?:,|\bas|\band|\bor)\s*$", text[:start], re.IGNORECASE):
        return None
    words: list[re.Match[str]] = []
    at = end
    while len(words) < 4:
        word = _WORD_AFTER.match(text, at)
        if word is None or word.group(1).lower() in _THING_ENDS:
            break
        if word.group(1).lower() in _DONE_TO:
            return None
        words.append(word)
        at = word.end()
    if not words or len(words) > 3 or not words[0].group(1).islower():
        return None
    if _WORD_AFTER.match(text, at) is None and not re.match(r"\s*(?:[,.;:)]|$)", text[at:]):
        return None  # what follows is no word nor the end of a clause ("timely (30 days)")
    thing = text[words[0].start(1) : at]
    article = re.search(r"\b(an?)\s+$", text[:start], re.IGNORECASE)
    if article is None:
        return start, at, f"{thing} by [date]"
    said = "an" if thing[0].lower() in "aeiou" else "a"
    said = said.capitalize() if article.group(1)[0].isupper() else said
    return article.start(), at, f"{said} {thing} by [date]"


def _article_taken(text: str, start: int, new: str) -> int:
    """Where a replacement starts: a placeholder whose example brings its own article
    ("[person-first words, e.g. a parent who uses methamphetamine]") takes the place of the
    article before the words it replaces ("is an addict" -> "is [...]", not "is an [... a
    parent ...]")."""
    if not _OWN_ARTICLE.match(new):
        return start
    before = _ARTICLE_BEFORE.search(text, 0, start)
    return before.start() if before else start


_OPENING_SLOT = re.compile(r"^\s*\[[^\]]*\],?\s+(?=[a-z])")


# a second act of a ban after its first ("using profanity | or engaging in ..."), in the
# same clause
_JOINED_GERUND = re.compile(r"[^,.;:()\[\]]{0,60}?\b(?:or|and|nor)\s+([a-z]+ing)\b")


def _gerund_end(text: str, end: int) -> int:
    """'refrain from' flagged: its fix also takes the verb that follows ('using', with its
    adverb: 'physically abusing'), or the act named as a noun ('the use of')."""
    match = re.match(
        rf"\s+(?:{fixes.MANNER_ADVERB}\s+)?\w+ing\b"
        r"|\s+(?:(?:the|any)\s+)?(?:use|usage|consumption)\s+of\b",
        text[end:],
        re.IGNORECASE,
    )
    return end + match.end() if match else end


# the adverb (or the placeholder that took its place) before a verb: "be able to regularly
# put aside", "to [how often] put aside"
_ADVERB_BEFORE = re.compile(
    r"\b(?:to|will|must|can|shall|should)\s+((?:(?!only\b)[a-z]+ly\s+|\[[^\]]*\]\s+)+)$"
)


# a fragment saying what someone did not do ("mother did not maintain stable employment",
# "She also never obtained stable housing")
_DID_NOT = re.compile(
    r"\A\W*((?:[\w'\u2019-]+\s+){0,3}?)(?:(?:did|could|would)\s*(?:not|n['\u2019]t|never)|"
    r"(?:also\s+)?never)\s+(?=[a-z])",
    re.IGNORECASE,
)
# someone's words told, as the sentence opens ("[mother] stated that", "He also said")
_SAID = re.compile(
    r"\A\W*(?:\[[^\]]*\]|[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s+(?:also\s+)?"
    r"(?:stated|said|reported|testified|indicated|expressed|explained)\s+that\b",
    re.IGNORECASE,
)
_ORDERED_BEFORE = re.compile(
    r"\A(?:could|would|may|might|must|shall|will|can|should)\s+(?:not\s+|also\s+)?"
    r"(?:require|order|direct|ask|compel|expect)\s+",
    re.IGNORECASE,
)
_ADVERBS_AFTER = re.compile(r"(?:\s+(?:never|not|also|still|always|then|now))+$", re.IGNORECASE)
_FAILED_AFTER = re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:{fixes.FAILED})$", re.IGNORECASE)
_UNABLE = re.compile(
    r"\A(?:be\s+)?(?:also\s+)?(?:unable|not\s+able|able)\s+to\s+(?=\S)", re.IGNORECASE
)


def as_support(
    report: GoalReport,
    hits: Sequence[Hit],
    ruleset: Ruleset,
    fixed: str,
    names: Names,
    policy: Policy,
    lexicon: Lexicon,
    *,
    part: bool = False,
) -> str:
    """'Mother must obtain stable housing' -> '<agency> will refer Mother to [help - e.g.
    a housing-assistance program] by [date] to obtain stable housing.' The family's need
    keeps its own words; it stops being a condition. `part`: `fixed` is one need of a goal
    that lists others, its opening told with them."""
    whole = fixed  # the goal as told, its opening slot too ("[mother] failed to ...")
    # the condition a placeholder took the place of opens no need ("If possible put aside
    # money" was "... within [how many days] with [say when it does not apply] put aside ...")
    fixed = _OPENING_SLOT.sub("", fixed, count=1) or fixed
    reading = read(fixed, lexicon)
    not_done = _DID_NOT.match(fixed) if not reading.predicates else None
    doer = ""
    if not_done is not None:  # "mother did not maintain stable employment": the need is to
        doer, fixed = not_done.group(1).strip(), fixed[not_done.end() :]  # "maintain ..."
        if doer.lower() in ("she", "he", "they", "i", "you", "we"):
            doer = ""  # "She also never obtained ...": the parent, said as the plan names them
        reading = read(fixed, lexicon)
    first = next(  # not a verb of a placeholder ("[say what is to be shown, and how]")
        (p for p in reading.predicates if fixes.placeholder_at(fixed, p.start) is None), None
    )
    # the need after "can": the action in its base form ("obtaining a legal source of
    # income" -> "obtain a legal source of income"), a state with its "be" ("be gainfully
    # employed")
    need, when = fixed, None  # (when: an imperative's time said first, kept after its need)
    subject = fixed[reading.subject[0] : reading.subject[1]] if reading.subject else doer
    subject = _ADVERBS_AFTER.sub("", subject)  # "Father never | found a job": "Father"
    subject = _FAILED_AFTER.sub("", subject)  # "The father failed | to make": "The father"
    subject = _ORDERED_BEFORE.sub("", subject)  # "An order | could require a parent | to
    # make sure ...": "a parent", never "will give could require a parent"
    described = (
        first is not None
        and (first.passive or _names_a_thing(subject, lexicon))
        and not _someone(subject, fixed, lexicon)
    )  # "neglect is defined as ...", "It may include things like ...", "TANF benefits are
    # not to be used for ...": said of a thing, no need of theirs to say after "can"
    slot = fixes.placeholder_at(fixed, reading.predicates[0].start) if reading.predicates else None
    # ... nor a verb said after the need's words, which is not the need's ("Any parent who
    # will not ... get them employment | will face the law", "reliable transportation would
    # | be necessary for [mother] to ..."): never "so that they can face the law"
    if slot is None and first is not None and _need_before(report, fixed, first.start):
        described = True
    if described:
        first = None  # "neglect is defined as ...": no need of theirs to say after "can"
    if slot is not None and first is not None and first.start > slot[1]:
        # the action a placeholder took the place of ("Youth shall [take part how, e.g.
        # attend] work experience ..."), never the next verb ("so that they can volunteer")
        need = fixed[slot[0] :]
    elif first is not None:
        being = _BE_BEFORE.search(fixed, 0, first.start)
        verb = being.group().lower() + fixed[first.start : first.end] if being else first.verb
        if first.verb in ("need", "require") and not re.match(r"\s+to\b", fixed[first.end :]):
            verb = "have"  # "needs a reliable car": "so that they can have a reliable car"
        adverb = _ADVERB_BEFORE.search(fixed, 0, first.start) if not being else None
        if adverb:  # "be able to regularly put aside": "regularly put aside"
            verb = adverb.group(1) + verb
        need = verb + _joined_in_base_form(fixed[first.end :], lexicon)
        if reading.form == "imperative":
            when = _OPENING_PHRASE.match(fixed, 0, first.start)
        if when is not None:  # "Within two weeks of receiving this document, provide ...":
            need = f"{fixes.ends(need)[:-1]}, {fixes.mid_sentence(when.group(1))}"  # kept
    # what they could not do is what the help is for ("was unable to maintain stable
    # housing": "so that they can maintain ...", never "can be unable to maintain"; nor
    # "can be also able to secure")
    need = _UNABLE.sub("", fixes.ends(need)[:-1], count=1)
    if not described:
        need = fixes.mid_sentence(need)  # "Proof of income", "A stable home": not "SSI"
    support = _support(report, ruleset, policy)
    finding = bool(
        _DID_NOT.match(whole) or _FAILED_IN.search(whole) or (_SAID.match(whole) and not part)
    ) or (
        first is not None and _told_after(need, lexicon) and a_record(whole, lexicon)
    )  # what someone said is wanted ("He stated that he would like for [mother] to work on
    # budgeting skills ...", but not told again with a need split from others), what was not
    # done ("She also never obtained stable housing", "Mother could not
    # maintain housing and did not attend therapy"), or what happened told as more than one
    # need ("The father had failed to secure housing, did not engage ...", "... could not
    # manage the children's special needs, did not consistently attend therapy"): said
    # whole, as below, never made into the plan's words
    if finding and subject_actor(tokenize(subject, lexicon), lexicon)[0] != "parent":
        subject = names.person  # ("testified that [mother] did not have a stable residence
        # ..., and that [the child] should not be placed with [mother]": never "give [the
        # child]")
    if not _someone(subject, fixed, lexicon):
        subject = names.person
    elif subject.split()[0].lower() in lexicon.determiners and subject[1:2].islower():
        subject = subject[0].lower() + subject[1:]  # "will give the father", "both parents"
    give = f"{names.agency} will give {subject} [help, e.g. {support}] within [how many days]"
    # ... on the goal's own condition or occasion ("If the young adult's qualifying activity
    # is employment, the young adult must be employed ..."), never said without it
    opened = give if part or when is not None else _opened(give, fixed, reading)
    who = names.pronoun if subject == names.person else "they"
    if finding:
        first, described = None, True
    if fixes.PLACEHOLDER.fullmatch(need.strip(" .")):  # "Financially stable." as "[say
        return f"{opened} with {need}"  # what is to be shown, and how]": the slot whole,
        # never "so that they can be shown, and how]"
    done = _as_if_done(need, lexicon) if first is None and not finding else None
    if done is not None:  # "maintained stable housing", "Being financially stable"
        return f"{opened} so that {who} can {done}"
    have = _TO_HAVE.match(need) if first is None and not described else None
    if have is not None:  # "Siobhan to have a stable income": never "with you to have"
        need = need[have.start(1) :]
    elif described or (first is None and _told(need, lexicon)):
        # said of a thing ("... neglect is defined as ..."), or what happened ("she made
        # substantial efforts to seek ...", "the permanency plan included ..."): its words
        # as told, then the help (never "with she made ...")
        return f"{fixes.sentence_case(fixes.ends(whole))} {fixes.sentence_case(give)} with this"
    elif first is None:  # a fragment: "Proof of income"
        return f"{opened} with {need}"
    # "... and to budget": "so that they can have ... and budget", never "and to budget"
    need = re.sub(
        r"\band\s+to\s+([a-z]+)\b",
        lambda m: f"and {m.group(1)}" if m.group(1) in lexicon.verbs else m.group(),
        need,
    )
    return f"{opened} so that {who} can {need}"


_JOINING = frozenset({"and", "or", "nor", "[", ","})


def _opened(give: str, text: str, reading: Reading) -> str:
    """The help, after the words before the need's subject when they are a condition or an
    occasion of the same sentence ended by a comma ("If the young adult's qualifying
    activity is employment, | the young adult must ...", "After the mother's death, | the
    father was required ..."): never a clause of someone's ("I agree that ..., the agency"),
    nor a purpose ("To be eligible for the program, the agency will give ...")."""
    head = text[: reading.subject[0]].rstrip() if reading.subject else ""
    first = (head.split(maxsplit=1) or [""])[0].rstrip(",").lower()
    if (
        not head.endswith(",")
        or first not in _OPENING_WORDS
        or _SENTENCE_END.search(head)
        or fixes.PLACEHOLDER.search(head)
    ):
        return give
    return f"{head} {give[0].lower() + give[1:] if give.startswith('The ') else give}"


# the first words of a condition or an occasion said before a sentence's subject
_OPENING_WORDS = frozenset({"if", "when", "whenever", "once", "after", "before", "unless",
                            "while", "upon", "until", "following", "during", "in", "on", "at",
                            "within", "by", "as", "since", "because", "given", "although",
                            "though", "where", "throughout", "additionally", "also",
                            "further", "furthermore", "moreover", "according", "under",
                            "with", "without", "for", "from", "prior"})  # fmt: skip
_SENTENCE_END = re.compile(r"[.;:!?]\s")


def _told(words: str, lexicon: Lexicon) -> bool:
    """Do `words` tell what happened or is so, a verb in the past (or "is") after its
    subject ("she made ...", "Mother failed to ...", "the child is provided ...") - not a
    thing named ("supervised visits", "proof of completed classes", "the approved home")?"""
    tokens = tokenize(fixes.PLACEHOLDER.sub("[slot]", words), lexicon)
    return any(
        (
            (token.key in lexicon.verbs and token.form == "ed")
            or token.low in ("is", "are", "was", "were")
            or (token.form == "ed" and before.low in _PERSONAL)  # "she began checking off"
            # a verb the lists do not know, in the past after a subject or an adverb
            # ("Mother failed to", "repeatedly failed to")
            or (
                token.low.endswith("ed")
                and (
                    before.low in _PERSONAL
                    or before.text[:1].isupper()
                    or before.low.endswith("ly")
                )
            )
        )
        and (before.low.isalpha() or before.low == "]")
        and before.low not in lexicon.determiners
        and before.low not in PREPOSITIONS
        and before.low not in _JOINING
        for before, token in pairwise(tokens)
    )


_PERSONAL = frozenset({"i", "you", "we", "they", "he", "she", "it"})


def _told_after(need: str, lexicon: Lexicon) -> bool:
    """Does the need, as a record gives it, tell more of what happened ("verify her income
    and admitted she never secured housing", "have failed to secure housing", "have positive
    drug tests and did not maintain housing")?"""
    return _told(need, lexicon) or bool(_NOT_DONE_IN.search(need))


_NOT_DONE_IN = re.compile(
    rf"\b(?:(?:did|could|would|had|was|were)\s*(?:not|n['\u2019]t)|never|{fixes.FAILED})\b",
    re.IGNORECASE,
)
# ... of them, what says a failure in any sentence (a plan's "never" asks: "never leave the
# children alone")
_FAILED_IN = re.compile(
    rf"\b(?:did|had|was|were)\s*(?:not|n['\u2019]t)\b|(?<![\w-])(?:{fixes.FAILED})\s+to\b",
    re.IGNORECASE,
)


def _need_before(report: GoalReport, fixed: str, verb: int) -> bool:
    """Do the words a poverty rule flagged all stand before the verb at `verb`?"""
    low = fixed.lower()
    ends = [
        at + len(f.excerpt)
        for f in report.findings
        if f.category is Category.POVERTY and f.excerpt
        for at in [low.find(f.excerpt.lower())]
        if at >= 0
    ]
    return bool(ends) and max(ends) <= verb


# the words a command opens with before its verb, when it sets a time ("Within two weeks
# of receiving this document or at the request of his/her case manager, | provide ...")
_OPENING_PHRASE = re.compile(
    r"\s*((?:within|by|before|after|no\s+later\s+than|upon|at\s+the\s+request)\b[^.;:]*?)\s*,\s*$",
    re.IGNORECASE,
)
# a duty said "Kelly to have ..." (UK, Australia), "have" no action the reading takes
_TO_HAVE = re.compile(r"[^.;:]{0,60}?\bto\s+(have|be)\b", re.IGNORECASE)
_BE_BEFORE = re.compile(rf"\bbe\s+(?:{fixes.MANNER_ADVERB}\s+)?$", re.IGNORECASE)


def _as_if_done(need: str, lexicon: Lexicon) -> str | None:
    """A need the reading takes for no action because it is said as done ("maintained
    stable housing", "held down a job") or as a state ("Be financially stable", "Being
    financially stable"): in the base form ("maintain stable housing", "be financially
    stable"), else None."""
    words = tokenize(need, lexicon)[:1]
    if words and words[0].key not in lexicon.verbs and _STATE_WORD.fullmatch(words[0].low):
        return f"be {fixes.mid_sentence(need)}"  # "Employed at least 80 hours a month"
    if not words or words[0].key not in lexicon.verbs:
        return None
    word = words[0]
    if word.form != "ed" and word.key != "be":
        return None
    start = need.lower().find(word.low)
    return word.key + _joined_in_base_form(need[start + len(word.low) :], lexicon)


# a state the word lists do not know as a verb's ("employed", "housed")
_STATE_WORD = re.compile(r"[a-z]{4,}ed")
_JOINED = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or)\s+)(\w+ing)\b", re.I)


def _joined_in_base_form(rest: str, lexicon: Lexicon) -> str:
    """The words after the need's first verb, with the verbs joined to it in the base form
    too: "securing | and maintaining employment" -> "secure and maintain employment",
    "finding | , securing and keeping a job" -> "find, secure and keep a job", never "so
    that they can secure and maintaining"."""
    at = 0
    while joined := _JOINED.match(rest, at):
        word = tokenize(joined.group(1), lexicon)[0]
        if word.form != "ing" or word.key not in lexicon.verbs:
            break
        rest = rest[: joined.start(1)] + word.key + rest[joined.end(1) :]
        at = joined.start(1) + len(word.key)
    return rest


def _someone(subject: str, statement: str, lexicon: Lexicon) -> bool:
    """Is the statement's subject someone the agency can help: a role ("Parent", "Youth",
    "The parent/legal guardian") or a name ("[father]", "Ms. Reyes"), in a few words? Not
    a thing ("Case plans", "reliable transportation"), a pronoun ("They": the plan names the
    person), nor a clause the reading took for a subject ("lived up to a | promise to find
    steady employment", "both children were dependent-neglected due to her drug use and")."""
    tokens = [t for t in tokenize(subject, lexicon) if t.low.isalnum() or t.low == "["]
    if subject.count("[") != subject.count("]"):  # cut inside a "[placeholder]"
        return False
    if not tokens or len(tokens) > 5 or tokens[0].low in _NOT_A_SUBJECT:
        return False
    if tokens[0].low.endswith("ing"):  # "requiring her": a clause
        return False
    if any(t.key in lexicon.verbs and lexicon.key(t.low)[1] in ("ed", "ing") for t in tokens):
        return False
    named, thing = subject_actor(tokens, lexicon)
    if named is not None:
        return not thing
    return names_someone(tokens, lexicon, tokenize(statement, lexicon))


def _names_a_thing(subject: str, lexicon: Lexicon) -> bool:
    """Do the words a reading took for a subject name something other than a person a
    pronoun stands for ("It", "TANF benefits", not "They", "she", "[mother]"), in a few
    words and no verb (not a clause taken for one: "lived up to a | promise to find ...",
    "Are or intend | to be in school")?"""
    tokens = [t for t in tokenize(subject, lexicon) if t.low.isalnum()]
    return (
        0 < len(tokens) <= 5
        and tokens[0].low not in _NOT_A_SUBJECT - {"it", "this", "that"}  # ("Do parents")
        and "[" not in subject
        and not any(
            t.key in ("be", "have") or (t.key in lexicon.verbs and t.form in ("ed", "ing"))
            for t in tokens
        )
    )


# pronouns (the plan names the person), and words that open a clause or a question
_NOT_A_SUBJECT = frozenset({"i", "you", "we", "they", "he", "she", "it", "this", "that",
                            "me", "him", "her", "us", "them",
                            "and", "or", "but", "do", "does", "did"})  # fmt: skip


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


# keeping up one's compliance ("maintain strict | compliance with"): following, as a verb
_KEPT_COMPLIANCE = re.compile(
    r"\b(maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:(strict|full|complete|total)\s+)?$",
    re.IGNORECASE,
)
_MANNER = {"strict": "strictly", "full": "fully", "complete": "completely", "total": "totally",
           "substantial": "substantially", "consistent": "consistently",
           "sufficient": "sufficiently"}  # fmt: skip
# what makes "compliance" a noun before it: its adjective ("substantial | compliance with"),
# or "out of" ("out of | compliance with")
_SAID_OF_COMPLIANCE = re.compile(
    r"\b(?:(strict|full|complete|total|substantial|consistent|sufficient)|out\s+of)\s+$",
    re.IGNORECASE,
)
# a thing one engages with, no one to meet ("engage with | this process", "with | her
# treatment")
_THING_ENGAGED_WITH = re.compile(
    r"\s+(?:(?:the|this|that|these|those|his|her|their|your|my|our|all|any|each)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:process(?:es)?|treatment|services?|programm?e?s?|plans?|support"
    r"|assessments?|therap(?:y|ies)|counsell?ing|work|interventions?|recommendations?"
    r"|training|classes)\b",
    re.IGNORECASE,
)


def _compliance_said(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """ "compliance with" (text[start:end]) said as the act where no "following" fits: after
    a possessive pronoun, how well its person follows ("Their compliance with treatment":
    "How well they follow treatment"), unless something hangs on it; kept up, whether the
    thing is still followed ("to determine continued compliance with the regulations": "to
    determine whether the regulations are still followed"). None where "following" fits."""
    owner = _COMPLIANCE_OWNER.search(text, 0, start)
    if owner is not None and not _CONTINGENT_ON.search(text, 0, owner.start()):
        pronoun = owner.group(1)
        person = _OWNER_PERSON[pronoun.lower()]
        verb = "follows" if person in ("he", "she", "it") else "follow"
        said = f"how well {person} {verb}"
        return owner.start(), end, fixes.sentence_case(said) if pronoun[0].isupper() else said
    going_on = _COMPLIANCE_GOING_ON.search(text, 0, start)
    thing = _FOLLOWED_THING.match(text, end) if going_on is not None else None
    if going_on is None or thing is None:
        return None
    words = thing.group(1)
    last = words.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return (
        going_on.start(),
        thing.end(),
        f"whether {words} {'are' if plural else 'is'} still followed",
    )


# whose compliance it is, said before it ("their | compliance with"), and who that is
_COMPLIANCE_OWNER = re.compile(r"\b(their|our|his|her|my|your)\s+$", re.IGNORECASE)
# ... not what something hangs on, where "his following" says it ("Contingent upon | his
# compliance with the regime": never "upon how well he follows")
_CONTINGENT_ON = re.compile(
    r"\b(?:contingent|conditional|conditioned|dependent|depends|depending|based)\s+(?:up)?on\s+$",
    re.IGNORECASE,
)
_OWNER_PERSON = {"their": "they", "our": "we", "his": "he", "her": "she", "my": "I",
                 "your": "you"}  # fmt: skip
# compliance kept up ("to determine continued | compliance with") and the thing complied
# with, to the clause's end ("| the regulations;")
_COMPLIANCE_GOING_ON = re.compile(r"\b(?:continued|continuing|ongoing)\s+$", re.IGNORECASE)
_FOLLOWED_THING = re.compile(r"\s+((?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)(?=\s*(?:[.;:,]|$))")
# an attempt that is no duty: another's ("if someone | tries to"), or one said in a clause of
# its own ("as you | try to get your child back")
_ANOTHERS_TRY = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|no\s+one|nobody|person"
    r"|(?:as|while|when|whenever|if|because|since)\s+(?:you|he|she|they|we|I))\s*$",
    re.IGNORECASE,
)
# ... nor an attempt named as a thing ("The attempt to reach the defendant by mail is ...",
# "in an attempt to renege", "as a final attempt to avoid"): never "The reach the
# defendant" (but one made is the act: "makes every attempt to contact" is "contacts";
# "that" is no determiner: "in a manner that attempts to minimize" is "that minimizes")
_AN_ATTEMPT = re.compile(
    r"(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\bmaking\s)\b(?:the|a|an|this|every|"
    r"each|any|no|his|her|their|its|my|your|our|first|second|last|further|another)\s+"
    r"(?:(?:final|last|first|further|honest|genuine|serious|real|failed|unsuccessful|new|"
    r"second|previous|earlier|good|reasonable)\s+)?$",
    re.IGNORECASE,
)
_BANNED_TRY = re.compile(
    r"(?:\bnot|n't|n\u2019t|\bnever|\bno\s+longer|\bfrom\s+[a-z]+ing\s+(?:or|and/or))\s*$",
    re.IGNORECASE,
)
# a clause that says what is so, not what is asked ("who are involved in", "when those
# parents are involved in", "if they are involved in")
_STATE_IN_CLAUSE = re.compile(
    r"\b(?:who|that|which|when|whenever|if|whether|while|where|because|since|as|once)"
    r"(?:\s+[\w'\u2019/-]+){0,4}\s+$",
    re.IGNORECASE,
)
_FINITE_BE = re.compile(r"(?:is|are|was|were|am|has\s+been|have\s+been|had\s+been)\b", re.I)
# (or a ban's later act: "not be alone with the child or | engage in whispered talk")
_NOT_BEFORE = re.compile(
    r"(?:\bnot|n't|n\u2019t|\bnever|\bno longer)\s*$"
    r"|(?:\bnot|n't|n\u2019t|\bnever)\s+(?:[\w'\u2019-]+\s+){1,8}?(?:or|nor)\s+$",
    re.IGNORECASE,
)


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Does the span begin or end inside a word: a compound ("age-appropriate", or "age
    appropriate" written apart) or a contraction ("isn't allowed" read as "is" + "n't
    allowed")?"""
    before, after = text[start - 1 : start], text[end : end + 1]
    return (
        before == "-"
        or after == "-"
        or (before.isalnum() and text[start : start + 1].isalnum())
        or (after.isalnum() and text[end - 1 : end].isalnum())
        or bool(_STANDARD_NAMED.search(text, 0, start) and _APPROPRIATE.match(text, start))
    )


# "appropriate" with what it is appropriate to ("if age appropriate", "developmentally
# appropriate services"): one word as "age-appropriate" is, never "if age [say exactly
# what]" nor "developmentally [each service, by name]"
_STANDARD_NAMED = re.compile(r"\b(?:age|developmentally|culturally)\s+$", re.IGNORECASE)
_APPROPRIATE = re.compile(r"appropriate\b", re.IGNORECASE)


# --- a goal that lists a poverty need among its conditions ----------------------------------

# what was asked of someone, before the acts asked ("it | was recommended Mother | obtain
# stable housing and complete an intensive outpatient program")
_ASKED_OF = re.compile(
    r"(?:was|is|were|are|has\s+been|had\s+been)\s+(?:recommended|ordered|required|agreed|"
    r"expected|directed)\s+(?:that\s+)?(?:(?:the|her|his|their)\s+)?[\w\[\]'\u2019]+\s+"
    r"(?:(?:to|should|must|shall|will|would)\s+)?",
    re.IGNORECASE,
)
# the link between the actions of a list ("attend counseling, | maintain housing | and to
# | remain drug-free")
_LIST_LINK = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?(?:to\s+)?|\s+(?:and|or)\s+(?:to\s+)?", re.I)
_CONJUNCTION = re.compile(r"\band\b", re.I)
# a condition the need's own words tie it to ("obtain a job and provide proof of it"): the
# need's, so the goal is not split
_OF_THE_NEED = re.compile(r"\b(?:proof|verification|documentation|it|this|them)\b", re.I)
# the domains of conditions of return that are not poverty's
SAFETY_DOMAINS = frozenset({"domestic-violence", "drug-testing", "substance-use", "therapy",
                            "parenting", "visitation", "medical", "legal-court"})  # fmt: skip


def split_needs(
    report: GoalReport, hits: Sequence[Hit], edits: Sequence[fixes.Edit], lexicon: Lexicon
) -> tuple[str, str, tuple[tuple[int, int], ...]] | None:
    """A goal that lists a poverty need among conditions of return ("participate in anger
    management counseling and to maintain safe and stable housing"), split: the statement
    with the conditions alone, the statement with the needs alone (each with the edits that
    fall in it), and where the needs' actions are in the statement. The condition stays a
    condition and the need becomes help; None when the goal does not list both (a need
    alone becomes help as a whole)."""
    text = report.goal.statement.text.strip()
    offset = report.goal.statement.text.find(text[:1]) if text else 0
    end = fixes.first_sentence_end(text, lexicon)
    if re.search(r"\w", text[end:]):
        return None  # one sentence: the goal's list
    predicates = read(text[:end], lexicon).predicates
    if not predicates or predicates[0].passive:
        return None  # "S.P. was returned to the mother under an order requiring her to ..."
    start = predicates[0].start
    asked = None
    if predicates[0].verb == "be":  # "it was recommended Mother | obtain ... and complete"
        asked = _ASKED_OF.match(text, start)
        if asked is None:
            return None
        start = asked.end()
    # a link before an action the reading finds, or a verb ("and to maintain"); not one
    # inside a phrase a rule found ("stable, clean, and safe housing", "obtain and maintain")
    actions = {p.start for p in predicates}
    phrases = [  # (not one the whole requirement is: "was to participate in ... and obtain")
        (h.start - offset, h.end - offset)
        for h in hits
        if h.key.startswith("rule:") and h.start - offset >= start
    ]
    links = [
        link
        for link in _LIST_LINK.finditer(text, start, end)
        if not any(a < link.start() and link.end() < b for a, b in phrases)
        and (
            link.end() in actions
            or (
                (after := re.match(r"[a-z]+\b", text[link.end() :]))
                and after.group() in lexicon.verbs
            )
        )
    ]
    if not links or any(re.search(r"\bor\b", link.group(), re.I) for link in links):
        return None  # "maintain employment or participate in training": either will do
    bounds = [start, *(x for link in links for x in (link.start(), link.end())), end]
    items = list(zip(bounds[::2], bounds[1::2], strict=True))
    seps = [text[link.start() : link.end()] for link in links]

    def within(prefix: str, domains: frozenset[str] | None = None) -> list[bool]:
        spans = [
            h.start - offset
            for h in hits
            if h.key.startswith(prefix) and (domains is None or h.key[len(prefix) :] in domains)
        ]
        return [any(a <= s < b for s in spans) for a, b in items]

    needs = within("rule:poverty.")
    safety = within("dom:", SAFETY_DOMAINS)
    kept = [k for k, need in enumerate(needs) if not need]
    if not kept or len(kept) == len(items) or not any(safety[k] for k in kept):
        return None
    if any(_OF_THE_NEED.search(text[slice(*items[k])]) for k in kept):
        return None

    def piece(a: int, b: int) -> str:
        inside = [
            fixes.Edit(e.start - a, e.end - a, e.text, e.rule)
            for e in edits
            if a <= e.start and e.end <= b
        ]
        return fixes.apply(text[a:b], inside) if inside else text[a:b]

    def listed(chosen: list[int], headed: bool = True) -> str:
        # the words before the list go first ("... will also be required to | maintain")
        head = piece(0, start).rstrip() if headed else ""
        words = f"{head} {piece(*items[chosen[0]])}" if head else piece(*items[chosen[0]])
        for j, k in enumerate(chosen[1:], 1):
            last = j == len(chosen) - 1
            sep = seps[-1] if last and _CONJUNCTION.search(seps[-1]) else seps[k - 1]
            if last and len(chosen) == 2:
                sep = re.sub(r"^\s*[,;]\s*", " ", sep)  # "A and B", not "A, and B"
            words += sep + piece(*items[k])
        return fixes.tidy(words + piece(end, len(text)))

    removed = tuple((items[k][0] + offset, items[k][1] + offset) for k, n in enumerate(needs) if n)
    # (the needs alone, without what asked them: "obtain stable housing", never "it was
    # recommended Mother obtain ...", which help cannot be given so that one can)
    return listed(kept), listed([k for k, n in enumerate(needs) if n], asked is None), removed
