"""Step 3 of a rewrite: what the statement still lacks, added as placeholders unless the
plan file supplies the value, and the sentences that say it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..analysis.engine import Ruleset, analyse_plan
from ..analysis.nlp import Hit
from ..analysis.reading import Lexicon, Predicate, Reading, Token, read, tokenize
from ..model import Category, Domain, Element, GoalReport
from ..selftest import plan_of_texts
from . import fixes
from .handoutwords import OFTEN, OUR_VIEW
from .policy import DUTIES, Names, Policy


def elements_of(statement: str, ruleset: Ruleset) -> Mapping[Element, bool]:
    """The elements a statement has for a rewrite: those the label model finds and the
    packs' detectors find too (the rules' `unless` reads the detectors), so that what
    either misses is added and the rewrite lints clean."""
    plan = plan_of_texts([statement])
    goal = analyse_plan(plan, ruleset).goals[0]
    if not ruleset.label_model:
        return goal.elements
    detected = analyse_plan(plan, replace(ruleset, label_model=False)).goals[0].elements
    return {element: found and detected[element] for element, found in goal.elements.items()}


def reads_clean(statement: str, fixed: str, ruleset: Ruleset) -> bool:
    """The additions bring no finding of their own: a suggestion from a domain must not
    read as a poverty condition or vague language in this statement."""
    before, after = analyse_plan(plan_of_texts([fixed, statement]), ruleset).goals
    old = {f.rule for f in before.findings}
    return not any(
        f.rule not in old and f.category in (Category.VAGUE, Category.POVERTY, Category.JUDGMENTAL)
        for f in after.findings
    )


def domain_of(
    report: GoalReport, hits: Sequence[Hit], domains: Sequence[Domain], lexicon: Lexicon
) -> Domain | None:
    """The domain the statement is about: the one whose actions show what a detector found
    in it (`shows`: total abstinence is shown by tests, so "remain drug and alcohol free"
    is given drug testing's suggestions, not a treatment group's), else the one named
    nearest after its first action (so 'alcohol education classes' is substance use, not
    school), else the fallback."""
    found = {h.key[4:] for h in hits if h.key.startswith("det:")}
    shown = next((d for d in domains if found.intersection(d.data.get("shows", ()))), None)
    if shown is not None:
        return shown
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


_ACTION_SLOT = "[action, e.g. "  # the action a rewrite adds: "[action, e.g. attend ...]"


def with_own_words(own: str, action: str) -> str:
    """The `behavior` of a rewrite that adds an action: the goal's own words, then the
    added action, as the statement asks both ("not use or possess any drugs or alcohol;
    [action, e.g. attend every ... group]")."""
    return f"{own}; {action}" if own and own != action else action


def own_and_added(behavior: str) -> tuple[str, str | None]:
    """`with_own_words` undone: (the goal's own words, the added action or None)."""
    own, joint, action = behavior.rpartition(f"; {_ACTION_SLOT}")
    if not joint or not own or "]" not in action:
        return behavior, None
    return own, _ACTION_SLOT + action


# how the evidence sentence a rewrite adds opens: for the family, for a duty (the handout
# tells the goal's own words from what was added by them)
EVIDENCE_OPENINGS = ("This will be shown by", "This will be recorded in")


@dataclass(frozen=True, slots=True)
class Added:
    behavior: str | None = None  # a sentence naming an action
    measure: str | None = None  # words inserted into the first sentence
    due: str | None = None
    evidence: str | None = None  # a sentence
    cadence: str | None = None  # a sentence
    feedback: str | None = None  # a sentence


# evidence that a one-off task was done ("the certificate of completion from ...")
_COMPLETION = re.compile(r"\b(?:certificate|completion)\b", re.IGNORECASE)


def _suggest(
    domain: Domain | None,
    key: str,
    fallback: str,
    prefer: re.Pattern[str] | None = None,
    goal: str = "",
) -> str:
    """A domain's suggestion: the usual one, the shortest of its first three (one of
    completion for a one-off task, where the domain has it), unless another names more of
    what the goal names - then the first of those that name most ("attend school every
    day" -> "the school's attendance record", "pay rent" -> "rent receipts ...")."""
    every = [str(v) for v in domain.data.get(key, ())] if domain is not None else []
    named = _named_in(fixes.PLACEHOLDER.sub("", goal))  # (not "[take part how, e.g. attend]")
    values = every[:3]
    preferred = [v for v in values if prefer.search(v)] if prefer is not None else []
    usual = min(preferred[:1] or values, key=len) if values else None
    shared = [len(_named_in(v) & named) for v in every]
    most = max(shared, default=0)
    if most and usual is not None and shared[every.index(usual)] < most:
        usual = every[shared.index(most)]  # another names more of the goal than the usual one
    return filled(usual if usual is not None else fallback, domain)


# the words a suggestion shares with a goal, by their stems ("attend" and "attendance",
# "immunizations" and "immunization"); a hyphened word whole
# ("chain-of-custody" is no "custody"); not its slots, nor the words any record says
_WORD = re.compile(r"\$\{\w+\}|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_SUFFIX = re.compile(r"(?:ations?|ances?|ences?|ments?|ings?|ions?|ive|ers?|ed|(?<!s)e?s)$")
_ANY_RECORD = frozenset({
    "the", "and", "from", "with", "each", "given", "sent", "file", "copy", "copies", "written",
    "letter", "letters", "record", "records", "report", "reports", "notes", "plan", "monthly",
    "weekly", "daily", "showing", "reviewed", "program", "provider", "caseworker", "kept",
    "log", "its", "new", "any", "case", "health", "public", "nurse", "care", "routine",
    "his", "her", "him", "their", "them", "they", "you", "your", "for", "all", "not", "every",
    "that", "this", "will", "must", "shall", "who", "are", "was", "has", "have", "out", "day",
    # (nor words that name other things there: "the supervising agency", "informing the
    # centre", "out of the house", "a urinalysis test", "within 24 hours", "a court order",
    # "supervised visits", "sign to show that you understand", "community work")
    "supervising", "inform", "informing", "informed", "house", "test", "tests", "testing",
    "tested", "hour", "hours", "days", "weeks", "months", "years", "order", "orders",
    "supervised", "unsupervised", "sign", "signed", "work",
})  # fmt: skip


def _named_in(text: str) -> frozenset[str]:
    """The stems of the words a text names ("the school's attendance record" -> "school",
    "attend"), as `_suggest` compares them."""
    stems = set()
    for word in _WORD.findall(text.replace("\u2019", "'")):
        word = word.lower()
        if word.startswith("$") or len(word) < 3 or word in _ANY_RECORD:
            continue
        stem = _SUFFIX.sub("", word)
        stem = stem if len(stem) >= 4 else word
        stems.add(stem[:-1] if stem.endswith("e") else stem)
    return frozenset(stems)


def filled(text: str, domain: Domain | None) -> str:
    """A domain's suggestion with its `${slots}` filled, said as words."""
    slots = dict(domain.data.get("slots", {})) if domain is not None else {}
    for name, value in {"caseworker": "the caseworker", "agency": "the agency", **slots}.items():
        text = text.replace("${" + str(name) + "}", fixes.plain(str(value)))
    return fixes.plain(re.sub(r"\$\{(\w+)\}", lambda m: m.group(1).replace("_", " "), text))


def additions_for(
    actor: str,
    present: Mapping[Element, bool],
    names: Names,
    domain: Domain | None,
    once: bool = False,
    goal: str = "",
) -> Added:
    """What the goal lacks, as placeholders with the domain's suggestions. A one-off task
    (`once`: "Immediately get an attorney", "complete a parenting class") is done or not:
    it gets no "how often", and its evidence is one of completion where the domain has it.
    The evidence suggested is the one that names most of what the `goal` names."""
    duty = actor in DUTIES
    once = once and present[Element.BEHAVIORAL]  # (not the task of an added action)
    if duty:
        domain = None  # a domain's suggestions are written for the family
    slots = dict(domain.data.get("slots", {})) if domain is not None else {}
    frequency = fixes.plain(str(slots.get("frequency", "once a week")))
    action = _suggest(
        domain,
        "behaviors",
        "make the referral and note its date" if duty else "attend every session",
    )
    evidence = _suggest(
        domain, "evidence", "a record from the provider", _COMPLETION if once else None, goal
    )
    if present[Element.EVIDENCE_SOURCE]:
        shown = None
    elif duty:
        shown = f"{EVIDENCE_OPENINGS[1]} [the case record, e.g. case notes with the date]."
    else:
        shown = f"{EVIDENCE_OPENINGS[0]} [evidence, e.g. {evidence}]."
    return Added(
        behavior=None if present[Element.BEHAVIORAL] else f"{_ACTION_SLOT}{action}]",
        measure=None if present[Element.MEASURABLE] or once else f"[how often, e.g. {frequency}]",
        due=None if present[Element.TIME_LIMITED] else names.due or "[date]",
        evidence=shown,
        cadence=None
        if present[Element.REPORTING_CADENCE]
        else f"[how often, e.g. {_suggest(domain, 'cadences', 'monthly')}]",
    )


def assemble(
    fixed: str,
    added: Added,
    names: Names,
    present: Mapping[Element, bool],
    lexicon: Lexicon,
    policy: Policy,
    actor: str,
    kind: str,
    record: bool = False,
) -> str:
    """The fixed statement with what it lacks: the action and its measure and deadline in
    its first sentence, then the evidence, the reporting and the feedback. A `record` (its
    first sentence tells what happened: "She spent a month in detox") keeps its words: the
    action added, with how often and by when, is the goal to come."""
    statement = fixed
    if added.behavior is not None:
        who = _own_voice(fixed, lexicon) if kind == "condition" else None
        who = who or _subject_of(actor, names, kind)
        who = who[:1].upper() + who[1:]  # a sentence of its own, whatever ends the one
        # before ("... in session, at 1:30 pm. The agency will")
        if record:  # what happened stays as told; how often and by when are the action's
            timed = [w for w in (added.measure, added.due and f"until {added.due}") if w]
            return _closed(
                f"{statement} {who} will {' '.join([added.behavior, *timed])}.",
                added, names, actor, kind, policy,
            )  # fmt: skip
        statement = f"{statement} {who} will {added.behavior}."
    at = fixes.first_sentence_end(statement, lexicon)
    opener = _LIST_OPENER.search(statement, 0, at) if statement[at : at + 1] in ":;." else None
    if opener is not None:  # the list the sentence opens is not in it: the words go before
        at = opener.start()  # its opener ("... skills until [date] such as")
    closing = _CLOSING_CONDITION.search(statement, 0, at)
    if closing is not None and statement[at : at + 1] in ".;:":  # the date is the task's,
        at = closing.start()  # not the condition's: "bus passes until [date], if funding
        # is available", never "if funding is available until [date]"
    words = []
    if added.measure is not None and added.behavior is None:
        words.append(added.measure)
    if added.due is not None:  # (what is not done is kept up: "Do not have any physical or
        # verbal altercations ... until [date]", never "by [date]")
        once = one_off(statement, lexicon) and not _not_done(statement, lexicon)
        opening = _OPENING_UNTIL.match(statement)
        if once:
            words.append(f"by {added.due}")
        elif _UNTIL.search(statement[:at]) and not opening:  # "no contact until she
            words.append(f", expected by {added.due}")  # completes treatment, expected by
            # [date]": not "... until [date]"
        elif opening or _UNTIL_CLOCK.search(statement[:at]):
            words.append(f", until {added.due}")  # the day's end is no date's ("Monday 10am
            # until 5pm, until [date]"), nor is the sentence's end the event of an until it
            # opens with ("Until further order by the Court, the Defendant is obligated to
            # fetch ..., until [date]")
        else:
            words.append(f"until {added.due}")
    statement = fixes.insert(statement, at, words)
    if added.measure is not None and added.behavior is not None:
        statement = statement[:-1] + f" {added.measure}."
    return _closed(statement, added, names, actor, kind, policy)


def _closed(
    statement: str, added: Added, names: Names, actor: str, kind: str, policy: Policy
) -> str:
    """The statement with the sentences that close a rewrite: the evidence, the reporting
    and the feedback it lacks, each a sentence of its own whatever ends the one before
    ("... including conversational topics, etc. The caseworker will tell ...")."""
    closing = []
    if added.evidence is not None:
        closing.append(added.evidence)
    if added.cadence is not None:
        closing.append(say_cadence(added.cadence, names, actor, kind))
        if kind != "support" and actor not in DUTIES:
            closing.append(feedback_sentence(names, policy))
    return fixes.tidy(" ".join([statement, *(s[:1].upper() + s[1:] for s in closing)]))


# the words that open a list the statement ends before ("... independent living skills
# such as:", "... issues affecting you during the review including:", "which includes;")
_LIST_OPENER = re.compile(
    r",?\s+(?:including(?:,?\s+but\s+not\s+limited\s+to)?|such\s+as|as\s+follows|"
    r"(?:which|that)\s+(?:must\s+|shall\s+|will\s+)?(?:includes?|contains?))\s*$",
    re.IGNORECASE,
)
# the condition a sentence closes on (", if applicable", ", unless the court orders it",
# ", when siblings are separated", "unless the child's safety is at risk", "only if the
# court determines ..."), not a list's "where and when"
_CLOSING_CONDITION = re.compile(
    r"(?:,\s+(?:if|unless|when|whenever|where|wherever)|\s+(?:unless|only\s+if))\b"
    r"(?!\s+(?:and|or)\b)[^,;:.!?()\[\]]*$",
    re.IGNORECASE,
)
# an end the goal already sets by an event ("until she has completed treatment")
# (not a time of day: "from 11am until 5pm" is how long a visit is, no event awaited)
_UNTIL_CLOCK = re.compile(
    r"\b(?:until|till)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight)"
    r"(?!\w)",
    re.IGNORECASE,
)
_UNTIL = re.compile(rf"(?!{_UNTIL_CLOCK.pattern})\b(?:until|till)\b", re.IGNORECASE)
# ... and one the sentence opens with, its main clause after it ("THAT until further order
# the child spend time with the father ...")
_OPENING_UNTIL = re.compile(r"\W*(?:that\s+)?(?:until|till)\b", re.IGNORECASE)
# "call the police if he comes to the home" (not "if needed": that leaves it open)
_CONDITION_AFTER = re.compile(
    r"\b(?:if|whenever|in\s+case)\b(?!\s+(?:needed|necessary|requested|required|asked|"
    r"possible|appropriate|any)\b)",
    re.IGNORECASE,
)


def a_record(statement: str, lexicon: Lexicon) -> bool:
    """Does the statement's first sentence tell what happened, as a court's finding or a
    history does ("She spent a month in detox", "Mother had completed the assessment",
    "[mother] was granted monitored visitation", "The court also granted an order", "The
    Court of Justice has ordered ...", or a finding listed without its subject: "did not
    complete the therapy ...")? Not a duty told in the past ("was ordered to comply", "had
    to explore", "agreed to attend"), a condition ("if she completed ..."), an imperative
    ("Prove they were ready ..."), nor a sentence that also says what will be done ("...
    and will attend")."""
    sentence = statement[: fixes.first_sentence_end(statement, lexicon)]
    tokens = tokenize(sentence, lexicon)
    if any(t.low in _MODALS and not (t.text == "May" and k) for k, t in enumerate(tokens)):
        return False  # (but the month: "attended the assessment on 12 May 2021")
    if _NOT_DONE.match(sentence):
        return True
    if _failed_first(sentence, tokens):
        return True
    if _a_finding_listed(sentence, tokens, lexicon):
        return True
    reading = read(sentence, lexicon)
    if reading.form == "fragment" and not reading.predicates and not _DUTY.search(sentence):
        return _told_of_a_subject(tokens, lexicon)  # "She attended individual counseling"
    if reading.subject is None or reading.form not in ("declarative", "passive"):
        return False
    if sentence[: reading.subject[1]].rstrip().endswith(","):  # "The first hearing, |
        return False  # called the Shelter Hearing, is held ...": the verb is further on
    if _ASKS.match(sentence) or _DUTY.search(sentence):
        return False
    subject = sentence[reading.subject[0] : reading.subject[1]].split()
    if (tokens[0].form == "base" and tokens[0].key in lexicon.verbs) or (
        len(subject) == 2 and subject[0].isalpha() and subject[1].lower() in _PRONOUNS
    ):
        return False  # "Prove they were ready for ...": asked, in the imperative
    after = [t for t in tokens if t.start >= reading.subject[1]]
    while after and after[0].low in _THEN:
        after = after[1:]
    if len(after) < 2 or (after[1].low == "to" and after[0].key in _UNDERTAKEN):
        return False  # "The parents agreed to attend ...": a duty taken on
    verb = after[0]
    if verb.low in ("has", "have") and subject[-1].lower() in _BENCH:  # "The Ontario
        return after[1].form == "ed" or after[1].low.endswith("ed")  # Superior Court of
        # Justice has ordered supervised parenting time ...": its ruling
    if verb.low in ("has", "have") and after[1].low in _FAILED:
        return True  # "The parent has failed to meet the conditions": what happened
    if verb.key in ("be", "have", "do"):  # ("are", "has": what is so now)
        return verb.low in ("was", "were", "had", "did")
    return _telling(verb, after[1], lexicon, frozenset(), frozenset())


def _a_finding_listed(sentence: str, tokens: list[Token], lexicon: Lexicon) -> bool:
    """Is the sentence an item of a finding's list, its subject said before the list: a
    verb in the past, in lower case ("participated in a parenting course", "maintained
    stable housing", "granted appellant supervised visitation")? Not an outcome to reach
    ("improved behavior control"), a duty taken on ("agreed to obtain ..."), a thing named
    by its participle ("supervised visitation paid for by ..."), nor what is done to the
    reader of a list ("given a copy of the handbook", "made aware of ...")."""
    if not sentence[:1].islower() or _DUTY.search(sentence):
        return False
    at = _past_adverbs(tokens, 0)
    if at + 1 >= len(tokens):
        return False
    verb, after = tokens[at], tokens[at + 1]
    done_to = verb.low.endswith(("en", "wn"))  # "given", "shown": done to someone
    not_verbs = _UNDERTAKEN | _OUTCOMES | _NAMING | {"be", "do"}
    if _unknown_past(verb):  # ("structured Changing Habits ... sessions": a thing)
        return False
    return not done_to and _telling(verb, after, lexicon, not_verbs, _AGENT_OR_END | _NOT_AN_OBJECT)


def _past_adverbs(tokens: list[Token], at: int) -> int:
    """Where the verb is, past the adverbs between a subject and it ("also", "then")."""
    while at < len(tokens) and tokens[at].low in _THEN:
        at += 1
    return at


def _telling(
    verb: Token,
    after: Token,
    lexicon: Lexicon,
    not_verbs: frozenset[str],
    not_after: frozenset[str],
) -> bool:
    """Is `verb` a verb in the past that tells what was done (none of `not_verbs`), with no
    word after it that makes it a participle naming a thing (none of `not_after`)? A verb
    the lists do not know counts by its "-ed" ("The father testified that ...", "Mother
    refused drug screens"), unless it directs someone ("The court ordered that ...")."""
    if after.low in not_after:
        return False
    if _unknown_past(verb):  # (not "limited to", "based on")
        return verb.low not in _NOT_TOLD and after.low not in _AGENT_OR_END | _AFTER_A_PARTICIPLE
    return verb.form == "ed" and verb.key in lexicon.verbs and verb.key not in not_verbs


def _unknown_past(token: Token) -> bool:
    """A word in "-ed" the lists do not know as a verb ("testified", "refused"; not "need",
    "proceed")."""
    low = token.low
    return token.form == "" and len(low) > 4 and low.endswith("ed") and not low.endswith("eed")


# what follows a participle naming a thing ("Services based on ...", "a plan tailored to
# ...", "those interested in"), not a verb in the past ("testified that ...")
_AFTER_A_PARTICIPLE = frozenset({"on", "in", "at", "with", "from", "as", "of", "about"})
# the words in "-ed" the lists do not know that tell no past act: the verbs that direct
# someone (what they tell is a duty, not what happened) and the participles that name a kind
# of thing ("Community based self help meetings", "a trauma informed approach")
_NOT_TOLD = frozenset({"ordered", "required", "directed", "mandated", "urged", "warned",
                        "instructed", "expected", "obliged", "obligated", "compelled",
                        "conditioned", "recommended", "suggested", "proposed", "advised",
                        "encouraged", "asked", "requested", "permitted", "allowed", "entitled",
                        "empowered", "authorised", "authorized", "licensed",
                        "based", "related", "focused", "centred", "centered", "oriented",
                        "informed", "structured", "limited", "concerned", "interested",
                        "skilled", "tailored", "funded", "unsupervised", "supervised"})  # fmt: skip


# verbs whose participle names an outcome or a kind of thing ("improved behavior control",
# "supervised visitation", "enrolled in post-secondary education;" as a condition)
_OUTCOMES = frozenset({"improve", "increase", "enhance", "reduce", "decrease", "supervise",
                       "enroll", "enrol", "monitor", "require", "approve", "license"})  # fmt: skip
# what follows a participle said of the reader of a list ("made aware of", "informed how
# to", "provided that ...")
_NOT_AN_OBJECT = frozenset({"aware", "how", "that", "of", "about", "on", "as"})


def _told_of_a_subject(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Do the tokens open with a subject and a verb the reading does not read as an act, in
    the past ("She attended individual counseling, parenting classes ...", "The court
    maintained vigilant supervision ...", "DHS offered services to the family")? Not a thing
    named by its participle ("Signed consent and authorization forms", "Supervised visits
    with her baby", "A safety plan created to address ...", "Orders made for ...")."""
    if not tokens:
        return False
    at = 1 if tokens[0].low in _TELLERS else 0
    if not at:
        at = start = 1 if tokens[0].low in _DEFINITE else 0
        while (
            at < len(tokens)
            and at - start < 4
            and tokens[at].form == ""
            and tokens[at].low.isalpha()
            and tokens[at].low not in _NOT_A_SUBJECT
            and not (at > start and _unknown_past(tokens[at]))  # "The father | testified"
        ):
            at += 1
        if at == start:
            return False  # no noun before the verb: "Signed consent ...", "the signed release"
    at = _past_adverbs(tokens, at)
    if at + 1 >= len(tokens):
        return False
    verb, after = tokens[at], tokens[at + 1]
    if verb.key in ("be", "have", "do"):  # ("FTMs are held: ...": what is so now)
        return verb.low in ("was", "were", "had", "did") and after.low not in _AGENT_OR_END
    return _telling(verb, after, lexicon, _NAMING, _AGENT_OR_END)


# a subject a record opens with: a pronoun, or a definite noun phrase (or a name)
_TELLERS = frozenset({"he", "she", "they", "we", "i", "it", "this"})
_DEFINITE = frozenset({"the", "this", "his", "her", "their", "both", "neither"})
_NOT_A_SUBJECT = frozenset({"that", "which", "who", "a", "an", "and", "or", "not", "never",
                            "no", "if", "when", "where", "unless", "every", "any", "each",
                            "as", "once", "after", "before", "while", "all", "our", "my",
                            "your", "its", "of", "in", "on", "at", "to", "from", "with",
                            "for", "by", "is", "are", "was", "were", "be", "been", "has",
                            "have", "had", "do", "does", "did"})  # fmt: skip
# after a participle that names a thing, not a verb that tells: its agent or its purpose
# ("visits supervised by", "a plan created to address", "orders made for", "the services
# offered and provided"), or the participle of those in a thing ("The parties involved in")
_AGENT_OR_END = frozenset({"by", "to", "for", "and", "or", ".", ";", ":", ","})
_NAMING = frozenset({"involve", "concern", "name", "list", "attach", "enclose"})


def _failed(word: str, following: str) -> bool:
    """A failure told by these two words ("failed to", "did not")."""
    if word == "did":
        return following in ("not", "never", "n't", "n\u2019t")
    return word in _FAILED and following == "to"


def _failed_first(sentence: str, tokens: list[Token]) -> bool:
    """Does the sentence open with a subject and its failure ("[the mother] failed to
    comply with the safety plan", "Mother did not complete the counseling")? Not one told in a
    clause ("after she failed to turn up", "a person who has failed to"), nor one the
    sentence asks of ("if parents failed to comply")."""
    pairs = pairwise(tokens[:12])
    at = next((i for i, (t, n) in enumerate(pairs) if _failed(t.low, n.low)), 0)
    if not at or _ASKS.match(sentence):
        return False
    # (past a phrase that opens the sentence: "Despite some initial engagement, the mother
    # repeatedly failed to comply ...")
    opened = max((k + 1 for k in range(at) if tokens[k].low == ","), default=0)
    return opened < at and not any(t.low in _CLAUSE_OPENERS for t in tokens[opened:at])


# what was not done, told without its subject ("did not complete ...", "had never attended",
# "failed to visit", "refused to sign")
_NOT_DONE = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?:had\s+)?(?:(?:did|had|was|were)(?:\s+not|\s+never|n['\u2019]t)"
    rf"|(?:{fixes.FAILED})\s+to)\b",
    re.IGNORECASE,
)
# a condition ("on condition the parents attended ...", "if she completed ..."): no record
_ASKS = re.compile(r"\W*(?:if|unless|provided|providing|on\s+condition|whether)\b", re.I)
# a duty the sentence tells of ("the mother needed to engage in ...", "the case plan
# required him to ...", "She was fined and ordered to pay ...", "The order told her to
# ..."): asked, no record
_DUTY = re.compile(
    r"\b(?:needed|had|was|were|is|are)\s+to\s+[a-z]|\b(?:(?:requir|order|direct|expect|"
    r"instruct)(?:ed|ing)|told)\s+(?:[\w\x27\u2019\[\]-]+\s+){0,3}?to\s+[\"\u201c]?[a-z]",
    re.IGNORECASE,
)
# the verbs of a duty taken on, before its "to" ("agreed to attend", "promised to call")
_UNDERTAKEN = frozenset({"agree", "need", "promise", "want", "undertake", "commit", "consent",
                         "intend", "plan", "offer", "volunteer", "hope", "wish", "expect",
                         "have", "decide", "choose", "pledge", "vow"})  # fmt: skip
_FAILED = frozenset(fixes.FAILED.split("|"))
# the words that open a clause inside a sentence ("She contends that | respondent failed
# to", "after | she failed to turn up")
_CLAUSE_OPENERS = frozenset({"that", "who", "which", "whom", "whose", "after", "before",
                             "when", "once", "because", "since", "until", "if", "unless",
                             "while", "though", "although", "whether"})  # fmt: skip
# a court, named as a ruling's subject (its "has ordered" tells what it ruled)
_BENCH = frozenset({"court", "judge", "tribunal", "magistrate", "justice", "bench"})
_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "it"})
_MODALS = frozenset({"will", "shall", "must", "should", "would", "may", "can", "could",
                     "might"})  # fmt: skip
# the adverbs between a subject and the verb that tells what it did ("The court also
# granted", "she subsequently completed")
_THEN = frozenset({"also", "then", "later", "subsequently", "thereafter", "previously",
                   "successfully", "eventually", "finally", "initially", "again"})  # fmt: skip


def one_off(statement: str, lexicon: Lexicon) -> bool:
    """Is the statement's first sentence a one-off task, done by a date and plainly done or
    not ("Immediately get an attorney")? Not one done each time a condition holds."""
    at = fixes.first_sentence_end(statement, lexicon)
    return _once(read(statement, lexicon), at, statement, lexicon) and not _on_condition(
        statement[:at]
    )


def _not_done(statement: str, lexicon: Lexicon) -> bool:
    """Is the first action of the statement's first sentence one not to do ("Do not have
    any physical or verbal altercations")?"""
    first = _first_action(read(statement, lexicon), fixes.first_sentence_end(statement, lexicon))
    return first is not None and first.negated


def _first_action(reading: Reading, end: int) -> Predicate | None:
    """The first observable action before `end` (the first sentence's end), else its first
    action at all."""
    own = [p for p in reading.predicates if p.start < end]
    return next((p for p in own if p.observable), own[0]) if own else None


def _on_condition(sentence: str) -> bool:
    """Is the act done each time a condition holds ("If you or a child is in danger, call
    911")? Then it holds until a date, not "by" one."""
    return bool(fixes.opening_condition(sentence) or _CONDITION_AFTER.search(sentence))


def _once(reading: Reading, end: int, text: str, lexicon: Lexicon) -> bool:
    """Is the goal a one-off task, done by a date ("complete a parenting class", "Make sure
    that your class is completed", "a psychological evaluation"), rather than something
    kept up until one? The first observable action of its first sentence (before `end`)
    says, or the task a fragment names - not an action that goes on, said with how often
    ("attend his therapy appointments every Tuesday": until a date, not by one)."""
    if reading.ban:
        return False
    first = _first_action(reading, end)
    if first is None:
        return reading.once is not None and reading.once[0] < end
    if first.verb in lexicon.ongoing and OFTEN.search(text, first.end, end):
        return False
    return first.once


def _own_voice(statement: str, lexicon: Lexicon) -> str | None:
    """ "I" or "We" when the goal speaks in the first person ("I will follow the monitor's
    suggestions"): the action it lacks is said in its voice, not "The parent will"."""
    reading = read(statement, lexicon)
    if reading.form != "first-person" or reading.subject is None or OUR_VIEW.match(statement):
        return None  # (not the writer's view: "We feel ...", then "The parent will ...")
    word = statement[reading.subject[0] : reading.subject[1]].lower()
    if word == "we" and not _WE_ASKED.match(statement, reading.subject[1]):
        return None  # "We use a Recovery Capital model ...": a program's voice, not the
        # parents' own ("We will attend every visit")
    return {"i": "I", "we": "We"}.get(word)


# what "we" are asked or agree to do ("We will ...", "We agree to ...")
_WE_ASKED = re.compile(
    r"\s+(?:(?:also|both|each|all)\s+)?(?:will|shall|must|should|need\s+to|have\s+to|"
    r"agree\s+to|are\s+(?:going|expected|required|to)\b|promise)",
    re.IGNORECASE,
)


def _subject_of(actor: str, names: Names, kind: str) -> str:
    if kind == "support" or actor == "agency":
        return names.agency
    if actor == "provider":
        return "the provider"
    return names.person


def say_cadence(how_often: str, names: Names, actor: str, kind: str) -> str:
    if kind == "support" or actor in DUTIES:
        return f"{names.caseworker} will tell {names.person} {how_often} how it is going."
    return f"Progress will be reported to {names.caseworker} {how_often}."


def feedback_sentence(names: Names, policy: Policy) -> str:
    """The two-way part: how soon the parent hears whether they are on track (policy)."""
    days = policy.feedback_days
    are = "are" if names.pronoun == "they" else "is"
    return (
        f"{names.caseworker} will tell {names.person} whether {names.pronoun} {are} on track "
        f"within {days} days of each report."
    )
