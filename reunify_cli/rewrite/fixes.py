"""Fixes: the small, local edits a rule proposes for the words it flagged.

A rule's `fix:` (pack data, see docs/domain-packs.md) says what replaces its words:
`with:` one text, `phrases:` a text per flagged phrase (matched whatever the inflection
or letter case), `keep: true` (the words stay; the rewrite adds what shows them), or
`negate: true` ("refrain from using drugs" -> "not use drugs"). Replacements are plain
words or `[placeholders]` for what only the caseworker can fill in; a placeholder may show
a suggestion ("[how often - e.g. once a week]"), never a value written in as fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..analysis.readcopy import whole_words
from ..analysis.reading import Lexicon, tokenize
from ..analysis.reading.lexicon import LINKS, Token

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,200}\]")  # as structure.unfilled-placeholder
# the slot for taking part in something that is no service to attend ("be involved in the
# decisions")
TAKING_PART = "[take part how, e.g. attend]"
TAKING_PART_IN = "[taking part how, e.g. attendance at]"  # the same, said as a noun
# what replaces flagged words of a category whose rule has no fix of its own
DEFAULTS = {
    "vague": "[say exactly what will be done]",
    "judgmental": "[what was seen or heard, and when]",
}
_NEGATED = re.compile(
    r"^(?:refrain|abstain|desist)\w*\s+from(?:\s+|$)|^avoid\w*(?:\s+|$)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # offsets into the text the edit applies to
    end: int
    text: str
    rule: str = ""


def apply(text: str, edits: Sequence[Edit]) -> str:
    """The text with every edit applied; an edit overlapping an earlier one is dropped. A
    placeholder for all of a quotation's words takes the place of its quotation marks too:
    the words it asks for are no one's quoted words ("visit the minors “regularly”" ->
    "visit the minors [how often]", never "“[how often]”"; "“uncooperative and hostile”",
    its words replaced one by one, then said once, too)."""
    result, at = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
        if edit.start < at:
            continue
        result += [text[at : edit.start], edit.text]
        at = edit.end
    said = tidy("".join([*result, text[at:]]))
    added = {edit.text for edit in edits if PLACEHOLDER.fullmatch(edit.text)}
    said = _QUOTED_SLOT.sub(lambda m: m.group(2) if m.group(2) in added else m.group(), said)
    if any(_HAVE_NO.match(edit.text) for edit in edits):  # a "have no ..." put under a "not"
        # ("had not maintained sobriety or engaged in ..."): "had not stayed free of positive
        # or missed drug screens or engaged in ...", never "had not had no positive ..."
        said = _NOT_HAVE_NO.sub(
            lambda m: f"{m.group(1)} {_STAY[m.group(2).lower()]} free of ", said
        )
    return said


# a placeholder alone between quotation marks
_QUOTED_SLOT = re.compile(r"([\u201c\u2018\"])(\[[^\[\]\n]{1,200}\])(?:\u201d|\u2019|\")")
# a fix that says "have no ...", and the "not" it may land under
_HAVE_NO = re.compile(r"(?:have|has|had|having)\s+no\b", re.IGNORECASE)
_NOT_HAVE_NO = re.compile(r"\b(not|never)\s+(have|has|had|having)\s+no\s+", re.IGNORECASE)
_STAY = {"have": "stay", "has": "stays", "had": "stayed", "having": "staying"}


# words left out of a quotation: ". . ." or "..."
_SPACED_ELLIPSIS = r"\.(?: \.){2,}"
_ELLIPSIS = re.compile(rf"{_SPACED_ELLIPSIS}|\.{{3,}}|\u2026")


def tidy(text: str) -> str:
    """One space between words, none before punctuation, no doubled punctuation (but an
    ellipsis stays as written: "therefore, . . . should be terminated")."""
    text = re.sub(r"[ \t]+", " ", text)
    ellipses = _ELLIPSIS.findall(text)
    text = _ELLIPSIS.sub("\x00", text)
    text = re.sub(r" +([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"\.\s*\.(?!\.)", ".", text)
    for ellipsis in ellipses:
        text = text.replace("\x00", ellipsis, 1)
    # a modal left before "to" when the words between were dropped ("will [be willing] to");
    # not "agree to", which is English ("The parents agree to take part in ...")
    text = re.sub(r"\b(will|shall|must|should|can|may) to\b", r"\1", text)
    # one placeholder for words replaced one by one ("Sufficient meaningful discussion":
    # "[say exactly what] discussion", not the same placeholder twice), or coordinated
    # ("participate in and benefit from": not "[take part how] and [take part how]")
    text = re.sub(
        r"(\[[^\[\]\n]{1,200}\])(?:(?:\s+|\s*,\s*|\s+(?:and|or|and/or)\s+)\1)+", r"\1", text
    )
    # ... nor how often, asked by a keeping in touch and again in its sentence ("maintain
    # contact with juveniles on a regular basis": "[call or meet - how often] with
    # juveniles", never "... with juveniles [how often]")
    text = re.sub(r"(- how often\][^.\[]*?)\s*\[how often\]", r"\1", text)
    return text.strip()


def phrase_key(words: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Words as base forms, whatever their inflection or letter case."""
    return tuple(t.key for t in tokenize(words, lexicon) if t.low.isalnum() or "-" in t.low)


def replacement(
    fix: Mapping[str, Any] | None, category: str, excerpt: str, lexicon: Lexicon
) -> str | None:
    """What replaces `excerpt`, flagged by a rule of `category` with this `fix:`; None
    when the words are kept. A phrase of `phrases:` wins, then `keep:`, `negate:`, `with:`."""
    if fix is None:
        return DEFAULTS.get(category)
    excerpt = whole_words(excerpt)  # "par-\nticipate in" is "participate in"
    phrases = {str(p): str(t) for p, t in dict(fix.get("phrases") or {}).items()}
    said = " ".join(excerpt.lower().split())
    if said in phrases:  # the form written wins: "tested dirty" -> "tested positive"
        return phrases[said]
    wanted = phrase_key(excerpt, lexicon)
    for phrase, text in phrases.items():
        if phrase_key(phrase, lexicon) == wanted:
            return text
    if fix.get("keep"):
        return None
    if fix.get("negate"):
        return None if kept_as_ban(excerpt) else negated(excerpt, lexicon)
    words = {str(w).lower() for w in fix.get("words") or ()}
    if words and "with" in fix:  # only the listed words go: "[...] boundaries"
        kept = [w for w in excerpt.split() if w.lower().strip(",.;") not in words]
        return " ".join([str(fix["with"]), *kept])
    if "with" in fix:
        return str(fix["with"])
    return DEFAULTS.get(category)


def kept_as_ban(excerpt: str) -> bool:
    """Does a `negate:` rule's excerpt keep its words? A ban written as one already ("not
    allow", "stay away from") does, and so does one led by a gerund ("help the child in
    avoiding ...": no place for a "not"); "refrain from using" becomes "not use"."""
    banned = _NEGATED.match(excerpt)
    return banned is None or banned.group().split()[0].lower().endswith("ing")


def negated(excerpt: str, lexicon: Lexicon, after: str = "") -> str:
    """'refrain from using drugs' -> 'not use drugs'; 'abstain from alcohol' (or 'from the
    use of alcohol') -> 'not use alcohol'; 'abstain from drug use' -> 'have no drug use';
    'avoid adult conversations' -> 'not have adult conversations'; 'avoid [father]' or
    'avoid bars' -> 'stay away from ...': a ban written as one; 'avoid focusing on ...',
    a verb the word lists do not know, as it was. `after` is the text that follows the
    excerpt (its object, when the excerpt ends at the verb)."""
    rest = _NEGATED.sub("", excerpt).split()
    # an adverb before the verb goes with it: "physically hitting" -> "not physically hit"
    adverb = rest[:1] if len(rest) > 1 and _ADVERB_OF_VERB.fullmatch(" ".join(rest[:2])) else []
    rest = rest[len(adverb) :]
    if rest and lexicon.key(rest[0].lower())[1] == "ing":
        return " ".join(["not", *adverb, _base(rest[0], lexicon), *rest[1:]])
    if rest and _GERUND.fullmatch(rest[0]):
        return excerpt  # a verb the word lists do not know ("avoid focusing", "refrain
        # from physically abusing"): as it was
    if rest and rest[-1].lower() == "of" and any(w.lower() in _USE for w in rest):
        return "not use"  # "refrain from the use of alcohol" -> "not use alcohol"
    words = [w.strip(",.;:()").lower() for w in (rest or after.split())[:4]]
    objects = [w for w in words if w not in ("the", "a", "an", "any", "all")][:2]
    place = bool(objects) and objects[0] in _PLACES
    if place or _someone_first(" ".join(rest) or after, lexicon):
        return " ".join(["stay away from", *rest])  # "avoid [father]", "avoid bars"
    if any(w in _USE for w in objects):  # "abstain from drug use": not "not use drug use"
        return " ".join(["have no", *rest])
    if any(w in _CONDUCT for w in objects):  # "refrain from conduct harmful to the child"
        return " ".join(["not engage in", *rest])  # (never "not have conduct harmful")
    verb = "not use" if any(w in _SUBSTANCES for w in objects) or not objects else "not have"
    return " ".join([verb, *rest])


_CONDUCT = frozenset({"conduct", "behavior", "behaviour", "behaviors", "behaviours", "acts",
                      "activity", "activities"})  # fmt: skip


# (a manner adverb by its ending - "physically", "verbally", "repeatedly", "knowingly" -
# not "family", "daily", "early": "avoid family gathering")
MANNER_ADVERB = r"[a-z]{2,}(?:al|ful|ent|ant|ous|ive|ate|ed|ing|ible|able)ly"
_ADVERB_OF_VERB = re.compile(rf"{MANNER_ADVERB} [a-z]{{3,}}ing", re.IGNORECASE)
_GERUND = re.compile(r"(?![a-z]*thing$)[a-z]{3,}ing", re.IGNORECASE)


def _someone_first(words: str, lexicon: Lexicon) -> bool:
    """Do the words open with a person ("[father]", "him", "the children's mother"), not a
    thing a person word qualifies ("adult conversations")?"""
    tokens = [t for t in tokenize(words, lexicon)[:6] if t.low not in ("the", "a", "an", "any")]
    while tokens and tokens[0].low.endswith(("'s", "\u2019s")):  # "the children's | mother"
        tokens = tokens[1:]
    if not tokens:
        return False
    if tokens[0].low == "[":
        return True
    after = tokens[1].low if len(tokens) > 1 else ""
    person = (tokens[0].key,) in lexicon.actors or tokens[0].low in _PARTIES
    return person and (not after.isalpha() or after in _AFTER_SOMEONE)


# the parties a court order names ("avoid petitioner and the children": stay away from them)
_PARTIES = frozenset({"petitioner", "respondent", "applicant", "plaintiff", "defendant",
                      "victim", "victims", "abuser", "perpetrator", "offender", "complainant",
                      "co-parent"})  # fmt: skip


_AFTER_SOMEONE = frozenset({"and", "or", "at", "in", "on", "during", "when", "while",
                            "unless", "except", "for", "until", "who", "outside", "without",
                            "if"})  # fmt: skip
_PLACES = frozenset({"place", "places", "area", "areas", "bar", "bars", "location",
                     "locations", "party", "parties", "club", "clubs", "neighborhood",
                     "neighborhoods", "neighbourhood", "neighbourhoods", "house", "houses",
                     "home", "homes", "premises", "residence", "street", "streets", "room",
                     "rooms", "building", "buildings", "park", "parks", "casino", "casinos",
                     "venue", "venues", "establishment", "establishments", "apartment",
                     "apartments", "property", "properties"})  # fmt: skip


_SUBSTANCE_WORDS = """
    alcohol alcoholic drink drinks drinking drug drugs substance substances marijuana
    cannabis weed opioids opiates heroin cocaine methamphetamine meth amphetamines
    narcotics intoxicants illegal illicit nonprescribed non-prescribed mood-altering
    mind-altering controlled prescription medication medications pills tobacco
"""
_SUBSTANCES = frozenset(_SUBSTANCE_WORDS.split())
_USE = frozenset({"use", "usage", "abuse", "misuse", "consumption"})  # the act, as a noun


_THINGS_OF_PEOPLE = frozenset({"support", "care", "protection", "welfare", "services",
                               "court", "plan", "plans", "requirements", "orders", "goals",
                               "rules", "policies", "procedures", "recommendations",
                               "expectations", "standards"})  # fmt: skip


def _engaged_with(after: str, lexicon: Lexicon) -> str | None:
    """What engaging with the words that follow is: "attend" a service they name (therapy,
    a program, "addiction services"), "follow" a plan ("her treatment plan"); None when
    they name someone first ("the child, family and service providers")."""
    people = {a[0] for a in lexicon.actors if len(a) == 1}
    services = {a[0] for a in lexicon.activities if len(a) == 1} | {"service", "support"}
    tokens = tokenize(after, lexicon)[:6]
    for k, token in enumerate(tokens):
        if not token.low.isalnum():
            return None
        if token.low in lexicon.determiners:  # "her treatment": not "her"
            continue
        if token.key in people:
            return None
        if token.low in ("plan", "plans"):
            return "follow"
        if token.key in services or token.low in ("services", "supports"):
            following = tokens[k + 1].low if k + 1 < len(tokens) else ""
            return "follow" if following in ("plan", "plans") else "attend"
    return None


def agree(new: str, old: str, after: str, lexicon: Lexicon) -> str:
    """Fit a replacement to its place: a plural stays plural ("clean drug tests" ->
    "negative drug tests"), a word that follows is not said twice ("clean urine tests" ->
    "negative urine tests"), "attend" needs something to attend ("be involved in the
    decisions" is not "attend the decisions") and "meet with" someone to meet ("engage with
    therapy" is "attend therapy", "engage with the plan" "follow the plan")."""
    after = whole_words(after)  # "individual ther-\napy" is therapy
    following = re.match(r"\s+([A-Za-z]+)", after)
    words = new.split()
    repeated = (
        following is not None
        and len(words) > 1
        and words[-1].isalpha()
        and lexicon.key(words[-1].lower())[0] == lexicon.key(following.group(1).lower())[0]
    )
    if repeated:  # "clean urine | tests": not "negative urine test tests"
        return " ".join(words[:-1])
    with_whom = re.match(r"\s+with\b", after)
    if (
        new.startswith("[what will be done")
        and with_whom
        and _with_someone(after[with_whom.end() :], lexicon)
    ):
        return "[do what, e.g. meet once a month]"  # "be cooperative | with the worker"
    if new.startswith("[what will be done") and re.match(r"\s+[\w\[]", after):
        return "[do what, e.g. complete each step of]"  # "substantially comply with | a plan"
    if (
        new.startswith("[do what with")
        and not _with_someone(after, lexicon)
        and not _an_activity(after, lexicon)  # "cooperate with drug testing": taken part in
    ):
        return "[do what, e.g. complete each step of]"  # "cooperate with the goals": a thing
    if new == "meet with":  # "engage with | addiction services": a service is attended
        return _engaged_with(after, lexicon) or new
    if (
        (new == "attend" or new.endswith(" attend"))
        and with_whom
        and _with_someone(after[with_whom.end() :], lexicon)
    ):
        return "[do what, e.g. meet once a month]"  # "stay involved | with your child"
    if new == "attend" or new.endswith(" attend") or new == "attendance at":
        ahead = tokenize(after, lexicon)[:5]
        if not any(t.key in {a[0] for a in lexicon.activities if len(a) == 1} for t in ahead):
            # ("involvement in their youth's care": never "attendance at their youth's care")
            return TAKING_PART_IN if new == "attendance at" else TAKING_PART
    last_old, last_new = old.split()[-1:] or [""], new.split()[-1:] or [""]
    plural = lexicon.key(last_old[0].lower())[1] == "s" and last_old[0].lower().endswith("s")
    if plural and last_new[0].isalpha() and not last_new[0].endswith("s"):
        return new + "s"
    return new


def _a_name(after: str, lexicon: Lexicon) -> list[Token]:
    """The words of the name that opens `after`, up to five: it ends where a preposition
    or a clause begins ("the goals | of the service plan")."""
    ahead = tokenize(after, lexicon)[:5]
    ends = next((k for k, t in enumerate(ahead) if t.low in _NAME_ENDS), len(ahead))
    return ahead[: max(ends, 1)]


def _with_someone(after: str, lexicon: Lexicon) -> bool:
    """Do the words after "with" name a person ("the caseworker", "the Department", "DDD",
    "the authorities"), not a thing ("the goals", "the process", nor "child support
    requirements": a thing named after a person; nor "the ISP": a plan)? A name's last
    word says who ("the custodial agency goals" are goals); the name ends where a
    preposition or a clause begins ("the goals of the service plan" names goals)."""
    people = {a[-1] for a in lexicon.actors} - lexicon.determiners  # "social | worker"
    return _a_word_of_its_own(
        _a_name(after, lexicon),
        lambda t: (
            lexicon.key(t.low)[0] in people
            or t.low in _BODIES
            or bool(_AN_AGENCY.fullmatch(t.text))
        ),
    )


def _an_activity(after: str, lexicon: Lexicon) -> bool:
    """Do the words after "with" name an activity ("random drug testing", "announced and
    unannounced visits", "drug treatment and stay sober"), not a thing named after one
    ("the visitation plan")?"""
    heads = {a[-1] for a in lexicon.activities}
    return _a_word_of_its_own(_a_name(after, lexicon), lambda t: t.key in heads)


def _a_word_of_its_own(name: list[Token], fits: Callable[[Token], bool]) -> bool:
    """Does a word of the name fit, not as the first word of a thing named after it ("child
    | support requirements", "the visitation | plan")?"""
    return any(
        fits(t) and (k + 1 == len(name) or name[k + 1].low not in _THINGS_OF_PEOPLE)
        for k, t in enumerate(name)
    )


# bodies and parties that act, which the lexicon does not name as actors: "cooperate with the
# authorities", "... with the Cabinet", "with all law enforcement"; and an agency's initials
# ("cooperate with DDD", "with SRS"), not a plan's ("the ISP", "the IFSP")
_BODIES = frozenset({"authorities", "authority", "cabinet", "officials", "office", "petitioner",
                     "petitioners", "enforcement", "investigator", "investigators",
                     "prosecutor", "prosecutors"})  # fmt: skip
_NAME_ENDS = frozenset({"of", "in", "to", "for", "on", "at", "by", "from", "about", "regarding",
                        "relative", "that", "which", "who", ",", ".", ";", ":"})  # fmt: skip
_AN_AGENCY = re.compile(r"[A-Z]{2,6}(?<!P)")


# Verbs a fix writes or keeps whose forms English does not make by rule: base, -s, -ed, -ing
_IRREGULAR_FORMS = """
    be is was being          have has had having      do does did doing
    go goes went going       get gets got getting     make makes made making
    take takes took taking   keep keeps kept keeping  meet meets met meeting
    find finds found finding pay pays paid paying     seek seeks sought seeking
    leave leaves left leaving                         give gives gave giving
    put puts put putting     come comes came coming   see sees saw seeing
    tell tells told telling  say says said saying     hold holds held holding
    build builds built building                       bring brings brought bringing
    buy buys bought buying   think thinks thought thinking
    run runs ran running     send sends sent sending  spend spends spent spending
    speak speaks spoke speaking                       begin begins began beginning
    become becomes became becoming
    understand understands understood understanding
    stop stops stopped stopping                       plan plans planned planning
    commit commits committed committing               submit submits submitted submitting
"""
_WORDS = _IRREGULAR_FORMS.split()
_IRREGULAR = {_WORDS[k]: tuple(_WORDS[k + 1 : k + 4]) for k in range(0, len(_WORDS), 4)}
AUXILIARIES = frozenset({"has", "have", "had", "having", "is", "are", "was", "were", "be",
                          "been", "being", "am"})  # fmt: skip


def inflect(verb: str, form: str) -> str:
    """A verb in the form `s`, `ed` or `ing` ("attend" -> "attends", "attended",
    "attending"); other forms leave it as it is."""
    slot = {"s": 0, "ed": 1, "ing": 2}.get(form)
    if slot is None:
        return verb
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][slot]
    if form != "ing" and len(verb) > 2 and verb[-1] == "y" and verb[-2] not in "aeiou":
        return verb[:-1] + ("ies" if form == "s" else "ied")  # "apply": applies, applied
    if form == "s":
        return verb + ("es" if verb.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")
    if form == "ed":
        return verb + ("d" if verb.endswith("e") else "ed")
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


def in_form_of(new: str, old: str, before: str, lexicon: Lexicon) -> str | None:
    """A replacement in the form of the words it replaces: "Mother participates in" ->
    "Mother attends", "is participating in" -> "is attending", "Father refrains from
    using drugs" -> "Father does not use drugs", "Refrain from ..." -> "Do not ...". None
    when it has no right form ("has refrained from": "has not used" would need a past
    participle the fix does not know): the words then stay."""
    words = new.split(" ", 1)
    verb = next((w for w in old.split() if lexicon.key(w.lower())[0] in lexicon.verbs), None)
    form = _form(verb, lexicon) if verb else ""
    previous = before.split()[-1:] or [""]
    if words[0] == "not":
        if form == "s":
            return "does " + new
        if form == "ed":
            return None if previous[0].lower() in AUXILIARIES else "did " + new
        if form == "ing" and len(words) > 1:
            rest = words[1].split(" ", 1)
            return " ".join(["not", inflect(rest[0], "ing"), *rest[1:]])
        return "do " + new if not before.strip() or _LEADING_CLAUSE.search(before) else new
    base = words[0] in lexicon.verbs and lexicon.key(words[0])[1] in ("", "base")
    if base and form in ("s", "ed", "ing"):
        return " ".join([inflect(words[0], form), *words[1:]])
    if new.startswith(TAKING_PART) and form in ("s", "ed", "ing"):
        # "will be participating in Extended Foster Care": "will be [taking part how, e.g.
        # attending] ...", never "will be [take part how, e.g. attend]"
        said = {"s": "takes", "ed": "took", "ing": "taking"}[form]
        if form == "ed" and _PERFECT_BEFORE.search(before):
            said = "taken"  # "has engaged in": "has [taken part how, e.g. attended]" (and
            # "has only been involved in": "has only [taken part how, ...]")
        return f"[{said} part how, e.g. {inflect('attend', form)}]" + new[len(TAKING_PART) :]
    return new


# a perfect's "have" before the words replaced, past its adverbs ("has only | been involved")
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had|'ve|\u2019ve)\s+(?:(?:only|also|just|already|not|never|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)


# a clause a command opens with ("Once you leave, | avoid staying alone"), or a sentence
# before it ("Find a safe place to go. | Avoid rooms with no exits"): the command's "not" is
# "do not" there too
_LEADING_CLAUSE = re.compile(
    r"(?:^|[.;:!?]\s+)\s*(?:once|if|when|whenever|after|before|while|until|unless|as\s+soon\s+as|"
    r"in\s+case)\b[^.;:!?,]*,\s*$|[.!?]\s+$",
    re.IGNORECASE,
)


# the forms of "be" that the word lists' guess from spelling gets wrong ("was" is no -s
# form, "are" no past): "are involved in" -> "attend", "was involved in" -> "attended"
_BE = {"was": "ed", "were": "ed", "are": "", "am": "", "'re": "", "\u2019re": "", "'m": ""}


def _form(verb: str, lexicon: Lexicon) -> str:
    low = verb.lower()
    return _BE[low] if low in _BE else lexicon.key(low)[1]


_MADE = re.compile(r"\b(make|makes|made|making)\s+(?:(?:an?|every|all)\s+)?$", re.IGNORECASE)


_WAS_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:[a-z]+ly|still|also)\s+)?$", re.I)


# what shows an -s word of trying a thing named, not an act ("three | attempts", "good
# faith | attempts", "all | efforts")
_ATTEMPTS_NAMED = re.compile(
    r"\b(?:the|these|those|such|all|any|some|no|his|her|their|its|our|your|my|several|many"
    r"|multiple|repeated|further|faith|\d+\)?|two|three|four|five|six)\s*,?\s*$",
    re.IGNORECASE,
)
# ... or a modal of its own later in its clause, with no relative clause opened before it
_ATTEMPTS_AS_SUBJECT = re.compile(
    r"(?:(?!\b(?:who|that|which|when|if|where|whom)\b)[^.;:])*?\b(?:must|shall|should|will)\b"
    r",?\s+(?:not\s+)?(?:be|occur|take|begin|continue|include)\b",
    re.IGNORECASE,
)


# verbs that end like an adverb ("try to reply promptly")
_LY_VERBS = frozenset({"apply", "reply", "rely", "supply", "comply", "imply", "multiply"})


def dropped_before(
    text: str, start: int, end: int, lexicon: Lexicon
) -> tuple[int, int, str] | None:
    """Words a fix drops before a verb ("try to", "attempt to") leave that verb in their
    form: "tries to attend" -> "attends", "is trying to get" -> "is getting"; an attempt
    made goes with its "make" ("makes every attempt to contact" -> "contacts"). The span
    of the edit (past the verb when it changes) and its text. None for an attempt in the
    past, which is what happened ("she has attempted to complete the requirements" is never
    "she has completed the requirements")."""
    made = _MADE.search(text, 0, start)
    if made:
        start, verb = made.start(), made.group(1)
    else:
        words = text[start:end].split()
        verb = next((w for w in words if lexicon.key(w.lower())[0] in lexicon.verbs), "")
    form = _form(verb, lexicon)
    if form == "ed" or (form == "ing" and _WAS_BEFORE.search(text, 0, start)):
        return None  # (and "She was trying to get some training": never "was getting")
    if form == "s" and not made and _ATTEMPTS_NAMED.search(text, 0, start):
        return None  # "three meaningful, good faith attempts to secure": things, never
        # "good faith secures"
    if form == "s" and not made and _ATTEMPTS_AS_SUBJECT.match(text, end):
        return None  # "and attempts to secure the participation of the parents must
        # occur": the subject of "must", never "and secures ... must occur"
    joined = re.match(r"\s+(?:and|or)\b", text[end:])
    if joined:  # "needed to make an effort and | show progress": the verb joined stays
        return start, end + joined.end(), ""
    # the verb after the words dropped, past their "to" ("makes an effort | to attend")
    # (past an adverb: "tries to fully comply" -> "fully complies")
    following = re.match(r"\s+(to\s+)?([a-z]+ly\s+)?([a-z]+)\b", text[end:])
    adverb = following.group(2) if following else None
    if adverb and (adverb.strip() in lexicon.verbs or adverb.strip() in _LY_VERBS):
        following = re.match(r"\s+(to\s+)?()([a-z]+)\b", text[end:])  # "try to apply"
    if form not in ("s", "ing") or following is None:
        return start, end, ""
    word = following.group(3)
    infinitive = following.group(1) or re.search(r"\bto\s*$", text[start:end])
    if word not in lexicon.verbs and not (infinitive and word not in lexicon.determiners):
        return start, end, ""  # not a verb's base form (a verb after "to" is one the
        # lexicon need not know: "while attempting to restore eligibility" -> "restoring")
    end += following.end()
    said = " " + (following.group(2) or "") + inflect(word, form)
    joined = re.match(r"(\s+(?:or|and)\s+)([a-z]+)\b", text[end:])
    if joined and joined.group(2) in lexicon.verbs:  # "attempting to locate or | follow":
        said += joined.group(1) + inflect(joined.group(2), form)  # "locating or following"
        end += joined.end()
    return start, end, said


def doing_after(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """A verb of following before an act in -ing with its object ("comply with | taking
    these medications", "follow through with | completing the program") gives way to that
    act, in the verb's form: "take these medications", never "follow taking these
    medications". The end of the edit and its text; None when no act follows."""
    verb = text[start:end].split()[0]
    following = re.match(r"\s+([a-z]+ing)\s+(\w+)", text[end:])
    if following is None or lexicon.key(verb.lower())[0] not in lexicon.verbs:
        return None
    key, form = lexicon.key(following.group(1))
    if form != "ing" or key not in lexicon.verbs or following.group(2) not in lexicon.determiners:
        return None
    return end + following.end(1), inflect(key, _form(verb, lexicon))


def helping_after(
    text: str, start: int, end: int, new: str, lexicon: Lexicon
) -> tuple[int, str] | None:
    """Taking part in an act in -ing with its object ("participate in | developing your
    child's permanency plan") is helping to do it: "help develop your child's permanency
    plan", in the verb's form, never "[take part how, e.g. attend] developing ...". The end
    of the edit and its text; None when no such act follows or the fix asks no attending."""
    if new != "attend" and not new.startswith("[take part how"):
        return None
    done = doing_after(text, start, end, lexicon)
    if done is None:
        return None
    verb = text[start:end].split()[0]
    return done[0], f"{inflect('help', _form(verb, lexicon))} {lexicon.key(done[1])[0]}"


def _base(word: str, lexicon: Lexicon) -> str:
    """A verb's base form ("using" -> "use"), other words as they are."""
    key, form = lexicon.key(word.lower())
    return key if form == "ing" and key in lexicon.verbs else word


# a failure told before its "to": what happened ("failed to comply", "refused to sign")
FAILED = "failed|refused|neglected|declined|omitted"
# a condition a sentence opens with, before its comma ("If you or a child is in danger,
# call 911"): the act is done each time it holds
# (the words that open a condition: "As long as the child is in foster care, ...")
CONDITION_WORDS = (
    r"if|when|whenever|in\s+case|in\s+the\s+event\s+(?:that|of)|unless|while|(?:as|so)\s+long\s+as"
)
# an occasion a sentence opens with ("After graduation from six months of residential
# treatment, | the mother will ...", "Following his release, | he was ordered to ..."): a
# step cut from after it is done after it, said with it (not a link to what came before:
# "After that, [the child]'s mother will attend ...")
OCCASION_FIRST = re.compile(
    r"\s*((?:after|following|once|upon)\s(?!(?:that|this|which|then)\s*,)[^,;:\[\]]{1,150}),",
    re.IGNORECASE,
)
# a word that links the sentence to the one before, said before its condition ("Further, if
# you refuse ..., DFPS may seek a court order")
_LINK = r"(?:(?:{}|in\s+addition)\s*,?\s+)?".format("|".join(sorted(LINKS)))
# a connective after the condition's comma, which belongs to neither part ("If your child
# is younger than three, | however, | you will likely only have six months")
_ASIDE = r"(?:\s*(?:however|though|then|therefore|moreover|in\s+addition),)?"
_OPENING_CONDITION = re.compile(
    rf"\s*{_LINK}((?:{CONDITION_WORDS})\b(?:[^,;:]|(?<=\d),(?=\d)){{1,150}}),{_ASIDE}",
    re.IGNORECASE,
)


# ... and one that runs on through commas to the clause that says who must act: "If you
# relapse, use drugs or drink alcohol while in the program, | you must report it"
_CONDITION_TO_CLAUSE = re.compile(
    rf"\s*{_LINK}((?:{CONDITION_WORDS})\b[^;:]{{1,200}}?),{_ASIDE}(?=\s*(?:you|he|she|they|we|I|the\s+[a-z]+"
    r"|(?-i:[A-Z][a-z]+))\s+(?:must|will|shall|should|needs?\s+to|is\s+to|are\s+to|ha(?:ve|s)"
    r"\s+to)\b)",
    re.IGNORECASE,
)


# the rest of a list a comma opens, to the comma after its last item ("If the Department
# identifies mental health, | drug or alcohol abuse or family violence as an issue, | be
# proactive"), with no modal of its own ("..., | the child and family team shall meet,")
_LIST_ON = re.compile(
    r"(?:\s+[\w'\u2019/-]+){1,3}?(?:,(?:\s+[\w'\u2019/-]+){1,3}?)*?\s+(?:or|and)\s+"
    r"(?:(?!\b(?:shall|will|must|should|may|can|could|would|agrees?)\b)[^,;:]){1,150}?,"
    # (nor the subject of the clause after it: "..., the department or agency, | as
    # appropriate, shall prepare")
    r"(?!(?:\s+as\s+\w+,)?\s+(?:shall|will|must|should|may)\b)",
    re.IGNORECASE,
)


def opening_condition(text: str) -> re.Match[str] | None:
    """The condition `text` opens with (group 1, without its comma); a comma inside a
    placeholder ("[take part how, e.g. attend]") or a number ("$5,000") ends none, nor one
    inside a list the condition runs on with before the clause that says who must act, nor
    one that opens a list ("If there have been no contacts with the parent, guardian,
    custodian or social worker, | what efforts ...")."""
    masked = PLACEHOLDER.sub(lambda m: "x" * len(m.group()), text)
    found = _CONDITION_TO_CLAUSE.match(masked)
    if found is not None:
        return found
    found = _OPENING_CONDITION.match(masked)
    for _ in range(3):  # (a list after a list: "in mental health treatment, anger
        # management, individual or ...,")
        listed = _LIST_ON.match(masked, found.end(1) + 1) if found is not None else None
        if found is None or listed is None:
            break
        masked = (
            masked[: found.end(1)]
            + re.sub("[,;:]", "\x01", masked[found.end(1) : listed.end() - 1])
            + masked[listed.end() - 1 :]
        )
        longer = _OPENING_CONDITION.match(masked)
        if longer is None:
            break  # (as long as a condition can be)
        found = longer
    return found


# the placeholders of an action ("[action, e.g. ...]", "[do what with, e.g. meet ...]")
ACTION_PLACEHOLDER = re.compile(
    r"\[(?:action|do what|(?:take|takes|took|taken|taking) part how|call or meet|"
    r"what counts as progress, e\.g\. complete)\b"
)


def placeholder_at(text: str, at: int) -> tuple[int, int] | None:
    """The span of the `[placeholder]` that the offset `at` falls inside, if any."""
    return next((m.span() for m in PLACEHOLDER.finditer(text) if m.start() < at < m.end()), None)


def placeholders(text: str) -> tuple[str, ...]:
    """The `[placeholders]` in a text, without their brackets, in order, once each."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text):
        seen.setdefault(match.group()[1:-1], None)
    return tuple(seen)


def plain(text: str) -> str:
    """A suggestion to show inside a placeholder: no brackets of its own, each slot said as
    words ("[therapist's name]" reads "the therapist", "[doctor's or clinic's name]" "the
    doctor or clinic", "[medication name]" "the medication", "[protected person]" "the
    protected person"; never "give medication name at the prescribed times")."""
    return re.sub(r"\[([^\[\]]*)\]", _slot_said, text)


def _slot_said(match: re.Match[str]) -> str:
    words = match.group(1)
    named = re.fullmatch(r"(.+?)(?:'s)? name", words)
    if named is not None:
        words = named.group(1).replace("'s or ", " or ")
    return words if _DETERMINED.match(words) else f"the {words}"


# words that open a slot with their own determiner ("[the hazards listed ...]")
_DETERMINED = re.compile(r"(?:the|a|an|each|every|any|all|this|these|your|their)\b", re.I)


_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]|\be\.g|\bi\.e|\b[Ee]tc|\bDr|\bMr|\bMs|\bMrs|\bMx|\bSt|\bNo|\d\s?[ap]m|\.\s?)\.$"
)


def sentence_case(text: str) -> str:
    """Capitalise the first letter of every sentence - not inside a placeholder, not
    after an initial or "e.g."."""
    out: list[str] = []
    depth, start, ended, asked = 0, True, False, False
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        if ended:  # a sentence ends at a space after its stop ("www.fosterclub.com" does not)
            start, ended = char.isspace(), False
        if start and char.isalpha():
            if (depth == 0 or (out and out[-1] == "[")) and not (asked and char.islower()):
                char = char.upper()  # (not the word a title's "?" is written before: "Look
                # Like? handout")
            start = False
        elif char in ".!?" and depth == 0:
            ended = not _ABBREVIATION_END.search("".join(out[-5:]) + char)
            asked = char in "!?"
            start = start and ended  # (the later stops of ". . ." end none either)
        elif not char.isspace() and char != "[":
            start = False
        out.append(char)
    return "".join(out)


def mid_sentence(words: str) -> str:
    """Words that opened a sentence, to follow others: "Provide all ..." -> "provide all
    ...", "If you ..." -> "if you ..." (not an initialism or a name's capitals: "AA
    meetings")."""
    if words[:1].isupper() and (
        words[1:2].islower() or (words[:2] == "A " and (words[2:3].islower() or words[2:3] == "["))
    ):
        return words[:1].lower() + words[1:]  # (and the article "A": "A stable home" -> "a ...")
    return words


_LIST_LINK = re.compile(r"\s*[;,]\s*(?:and|or|and/or)\s*$", re.IGNORECASE)


def ends(text: str) -> str:
    """The text as a finished sentence: a period unless it already ends one. An item of a
    list ("... safety threats; and") loses the link to the next item: the goal stands
    alone."""
    text = _LIST_LINK.sub("", text.rstrip()).rstrip(";,:")
    return text if ended(text) else text + "."


_ENDED = re.compile(rf"(?:[.!?]|{_SPACED_ELLIPSIS} ?)[\"\u201d\u2019']*$")


def ended(text: str) -> bool:
    """Does the text end a sentence, within a closing quote or not ("... the safety of the
    children.\u201d")? A stop inside brackets is an abbreviation's ("(..., etc.)")."""
    return bool(_ENDED.search(text))


def first_sentence_end(text: str, lexicon: Lexicon) -> int:
    """Where the first sentence's words end (before its closing punctuation)."""
    from ..analysis.reading import sentences

    # a "?" or "." inside a placeholder ("[asked? say whether it is required]") ends no
    # sentence: each is read as one word of the same length (initials before a word in
    # lower case, "required S.S. to attend", end none either: the reading's splitter)
    masked = PLACEHOLDER.sub(lambda m: "[" + "x" * (len(m.group()) - 2) + "]", text)
    tokens = tokenize(masked, lexicon)
    parts = sentences(tokens, lexicon)
    if not parts or not parts[0]:
        return len(text.rstrip(" .;:!?"))
    # a stop the next word follows with no space ("as defined in RCW 26.44.020.(12).")
    # is a citation's, not the sentence's
    first = 0
    while first + 1 < len(parts) and (
        _STOP_IN_WORD.match(masked, parts[first][-1].end)
        # nor a quoted question's, the sentence going on after it ('values such as "What
        # would you want for your own child?" and "Children can't wait," ...'), nor a
        # title's ("Utilize the What Does Safe Sleep Look Like? handout to ...")
        or _QUOTE_GOES_ON.match(masked, parts[first][-1].end)
        # nor one inside brackets it has not closed ("hearing (Welf. &Inst. Code, § 364)")
        or masked.count("(", 0, parts[first][-1].end) > masked.count(")", 0, parts[first][-1].end)
    ):
        first += 1
    last = parts[first][-1]
    end = last.end
    while end > 0 and text[end - 1] in ".;:,!? ":
        end -= 1
    return end


_STOP_IN_WORD = re.compile(r"\.[(\w]")
_QUOTE_GOES_ON = re.compile(r"[?!]+[\"\u201d\u2019']*,?\s+[a-z]")
_ABBREVIATION_CUT = re.compile(r"\b(?:[ap]\.m|etc)$", re.IGNORECASE)
_QUOTE_CLOSED = re.compile(rf"( ?{_SPACED_ELLIPSIS} ?|[.!?,;:]*)([\"\u201d\u2019']+)")


def insert(text: str, at: int, words: Sequence[str]) -> str:
    """Insert words at a position, each after one space. Where a quotation closes there,
    they go after it, never into the words quoted: '... the children." by [date].', the
    sentence's own stop after them."""
    added = "".join(f" {w}" for w in words if w)
    if added and text[at : at + 1] == "." and _ABBREVIATION_CUT.search(text, 0, at):
        # the stop of "5:00 p.m." (or "etc.") is the abbreviation's and the sentence's:
        # the words go after it, a stop after them ("at 5:00 p.m. until [date].", never
        # "p.m until [date].")
        return tidy(text[: at + 1] + added + text[at:])
    closed = _QUOTE_CLOSED.match(text, at) if added else None
    if closed is not None:
        stop, quote = closed.groups()
        if "?" in stop or "!" in stop or "." in stop[1:]:  # a question quoted keeps its
            # mark: 'Ask the worker "Can I visit?" by [date].', never '"Can I visit" by
            # [date]?' (and the words left out of a quotation their ellipsis)
            return tidy(text[:at] + stop + quote + added + "." + text[closed.end() :])
        return tidy(text[:at] + quote + added + stop + text[closed.end() :])
    return tidy(text[:at] + added + text[at:])
