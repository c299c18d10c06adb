"""Reading one sentence: its opening clause, its subject, and whether it is
declarative, imperative, extraposed or a fragment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .lexicon import (
    ACT_NOUNS,
    BOUNDARY,
    COMPARATIVES,
    FIRST_PERSON,
    LINKS,
    PREPOSITIONS,
    SENTENCE_END,
    Lexicon,
    Token,
)
from .names import actor_in, names_person_at, names_someone, subject_actor
from .predicate import (
    OPEN_ENDED,
    Sentence,
    after_modal,
    coordinated,
    find_modal,
    inverted,
    is_denied,
    is_participle,
    negated_ban,
    opening_end,
    read_ban,
    read_fragment,
    read_predicate,
    record_first,
    skip_fillers,
    verb_at,
)
from .tokens import match_any, starts_with


def read_sentence(tokens: Sequence[Token], lexicon: Lexicon) -> Sentence:
    sentence = _read_sentence(tokens, lexicon)
    _activity_described(sentence, lexicon)
    if _left_recurring(tokens, lexicon):
        sentence.predicates = [replace(p, once=False) for p in sentence.predicates]
        sentence.once = None
    return sentence


# how often, left undefined: "regular visits", "meet regularly", "ongoing assessment",
# "review the plan periodically" (LABELS.md: "regular", "ongoing" are no measure)
_RECURRING = frozenset(
    {"regularly", "frequently", "periodically", "routinely", "consistently", "often"}
)
_RECURRING_KIND = frozenset({"regular", "ongoing", "on-going", "frequent"})
_RECURRING_OF = frozenset({"basis", "intervals", "updates", "conversation", "conversations"})


def _left_recurring(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Does the sentence say a task recurs without saying how often ("visit the carer
    regularly", "regular meetings", "on an ongoing basis")? Then it is no one-off task.
    Not "regularly scheduled" (a defined criterion, as "as scheduled" is), nor a case or a
    state that goes on ("For ongoing cases", "investigations were ongoing")."""
    for k, t in enumerate(tokens):
        after = tokens[k + 1 : k + 4]
        if t.low in _RECURRING:
            if not (after and after[0].low == "scheduled") and tokens[max(k - 1, 0)].low != "how":
                return True  # (not "how often the worker will visit": a frequency asked for)
        elif t.low in _RECURRING_KIND:
            for j, a in enumerate(after):
                if a.low in _RECURRING_OF or match_any(after, j, lexicon.activities):
                    return True
                if a.low in BOUNDARY or a.low in SENTENCE_END:
                    break
    return False


def _activity_described(sentence: Sentence, lexicon: Lexicon) -> None:
    """A sentence that only says what an activity is to be names the activity: "Visits
    must be at least once a month", "Drug tests will be frequent, random and visually
    supervised", "The first IL assessment is done within 30 days" - the visits, tests and
    assessment are what is done. Only when the activity heads the subject and no person is
    named in it (dev: 18 of the 21 statements it changes are labelled behavioral)."""
    first = sentence.predicates[0] if sentence.predicates else None
    if (
        first is None
        or first.verb != "be"
        or first.observable
        or first.negated
        or sentence.activity is not None
        or sentence.ban is not None
        or any(p.observable and not p.negated for p in sentence.predicates)
    ):
        return
    subject = sentence.subject
    head = next((k for k, t in enumerate(subject) if t.low in _HEAD_ENDS), len(subject)) - 1
    if head < 0 or actor_in(subject, lexicon) is not None:
        return  # "Contact supervisors must be clear ...": a person's duty, read as one
    for k in range(head + 1):
        phrase = match_any(subject, k, lexicon.activities)
        if phrase is not None and k + len(phrase) - 1 == head:  # the activity is its head
            sentence.activity = (subject[k].start, subject[head].end)
            return


def _read_sentence(tokens: Sequence[Token], lexicon: Lexicon) -> Sentence:
    sentence = Sentence()
    body = tokens[opening_end(tokens) :]
    body = body[_attribution_end(body) :]
    if (
        len(body) > 2
        and body[0].low == "do"
        and verb_at(body, 1, lexicon)
        and body[1].form == "base"
    ):
        body = body[1:]  # an emphatic "DO": "DO respond to your child's questions", "DO tell
        # the worker you would like a minute ..."
    if not body:
        return sentence
    main = _after_clause(body, lexicon)
    if main:  # "If it is safe, phone the police": the main clause says what to do
        inner = _read_sentence(body[main:], lexicon)
        if (inner.predicates or inner.ban) and not (
            body[0].low == "whether" and inner.form == "imperative"
        ):  # (a question told: "Whether the parent has not remedied ..., given ...")
            if (body[0].low in _TRIGGERS and body[1].low not in OPEN_ENDED) or _in_case(body):
                inner.predicates = [replace(p, once=True) for p in inner.predicates]
            return inner
        if body[0].low in _ING_PREPOSITIONS | {"following"}:
            return inner  # "Following the filing, the juvenile court found that ...": a
            # finding, no one's duty, and never the act "follow"
    if _ordered(sentence, body, lexicon) or _forbidding(sentence, body, lexicon):
        return sentence
    modal = find_modal(body, lexicon)
    named_to = _named_to(body, lexicon)
    if named_to is not None and (modal is None or named_to[0] < modal[0]):
        modal = named_to  # "Both parties to contact ... as soon as they ... cannot attend"
    if (
        modal is not None
        and _imperative(body, 0, lexicon)
        and (
            any(t.low in BOUNDARY for t in body[1 : modal[0]])
            or (body[0].key in lexicon.actions and body[1].low in _OBJECT_OPENERS)
        )
        and not _clause_before_modal(body, modal[0], unbroken=True)
    ):
        # "Ask questions if you are not clear on what you need to do", "Tell your
        # caseworker about difficulties you may have", "Participate in the services that
        # are offered, including all duties the Court may order you to complete": the
        # modal is in a clause
        modal = None
    duty = _listed_duty(body, lexicon) if modal is not None else None
    if (
        modal is not None
        and duty is not None
        and duty + 1 < modal[0]
        and body[duty + 1].low in _OBJECT_OPENERS | {"both"}
        and any(t.low in BOUNDARY for t in body[duty + 2 : modal[0]])
    ):
        # "Notifies the caregiver that a move will occur": a duty listed under "The
        # worker:", its modal in the clause that says what is told
        modal = None
    # a negation or "no" opening the sentence: "No further violence", "Never leave ..."
    # (not a time or an amount before a duty: "No less than seven days before each visit,
    # the father shall notify the mother")
    if (body[0].low in ("no", "zero") and not (modal is not None and _no_than(body, modal[0]))) or (
        body[0].low == "there" and modal is None
    ):
        sentence.form = "fragment"
        read_ban(sentence, body, 0, lexicon)
        if sentence.ban is None and modal is not None and body[0].low == "no":
            _no_one_may(sentence, body, modal, lexicon)
        read_fragment(sentence, body, lexicon)
        return sentence
    if modal is not None and modal[0] > 0:
        turned = inverted(body, modal, lexicon)
        verb, denied = turned or (modal[1], is_denied(body, modal))
        if turned is None and _be_of_is_to_be(body, modal, lexicon):
            verb = modal[1] - 1  # "The child is to | be in school" (never the verb "in")
        if turned is not None:  # "In no case shall | a petition | be filed"
            sentence.subject = list(body[modal[1] : verb])
        else:
            sentence.subject = _subject(body, modal[0], lexicon)
        if not sentence.subject:
            sentence.form = "imperative"
        elif sentence.subject[0].low in FIRST_PERSON:
            sentence.form = "first-person"
        else:
            sentence.form = "modal"
        end = after_modal(sentence, body, verb, lexicon, denied)
        head = sentence.predicates[0] if sentence.predicates else None
        if head is not None and head.verb == "be" and not head.observable:
            at = next(k for k in range(verb, len(body)) if body[k].key == "be")
            kept = sentence.predicates
            sentence.predicates = []
            if _extraposed(sentence, body, at + 1, lexicon):
                return sentence  # "It will be important for her to receive ..."
            sentence.predicates = kept
        if sentence.predicates and sentence.predicates[0].passive:
            sentence.form = "passive"
            _state_done(sentence, lexicon)
            _one_thing(sentence, lexicon)
        elif sentence.predicates:
            _contents(sentence, lexicon)
        coordinated(sentence, body, end, lexicon)
        _fragment_agent(sentence, body, lexicon)
        return sentence
    if modal is not None:  # "Will attend ...", "Must complete ..."
        sentence.form = "imperative"
        end = after_modal(sentence, body, modal[1], lexicon, is_denied(body, modal))
        coordinated(sentence, body, end, lexicon)
        return sentence
    first = body[0]
    if first.low in FIRST_PERSON and len(body) > 1 and verb_at(body, 1, lexicon):
        sentence.form = "first-person"
        sentence.subject = [first]
        end = after_modal(sentence, body, 1, lexicon)
        coordinated(sentence, body, end, lexicon)
        return sentence
    if first.low == "to" and verb_at(body, 1, lexicon):  # "To attend all visits"
        sentence.form = "imperative"
        end = after_modal(sentence, body, 1, lexicon)
        coordinated(sentence, body, end, lexicon)
        return sentence
    if _prohibited(sentence, body, lexicon):
        return sentence
    lead, negated = skip_fillers(body, 0, lexicon)
    if lead < len(body) and body[lead].low == "to":  # "not to administer ..."
        lead, _ = skip_fillers(body, lead + 1, lexicon)
    if _imperative(body, lead, lexicon) or (negated and lead < len(body)):
        # an imperative ("Attend ...", "Never leave ...", "Not to hit ...") or a gerund
        # ("Attending ...", "Knocking on the door ...")
        sentence.form = "imperative"
        end = after_modal(sentence, body, 0, lexicon)
        _listed_contents(sentence)
        coordinated(sentence, body, end, lexicon)
        return sentence
    duty = _listed_duty(body, lexicon)
    if duty is not None and lead <= duty:
        sentence.form = "declarative"  # a duty listed under "The worker:" - "Negotiates ..."
        end = after_modal(sentence, body, duty, lexicon)
        _listed_contents(sentence)
        coordinated(sentence, body, end, lexicon)
        return sentence
    declared = _declarative(sentence, body, lexicon)
    if declared:
        return sentence
    sentence.form = "fragment"
    read_fragment(sentence, body, lexicon)
    return sentence


_SUBORDINATORS = BOUNDARY - {",", "(", ")", "-", "\u2013", "\u2014", "and/or"}


_OBJECT_OPENERS = frozenset({"the", "a", "an", "your", "his", "her", "their", "my", "our",
                             "all", "any", "every", "each", "him", "them", "us", "you", "me",
                             "this", "these", "those"})  # fmt: skip
# (and "following" as "after": "Following graduation, [Student] will use ...", never the
# act "follow"; "during" as "while": "During the visit, the social worker will give ...";
# "whether" opens an alternative: "whether parents have joint custody or ..., each parent")
_OPENERS = frozenset({"if", "when", "whenever", "once", "after", "before", "unless", "while",
                      "upon", "until", "should", "following", "during",
                      "whether"})  # fmt: skip
_TRIGGERS = _OPENERS - {"while", "until", "during", "whether"}
# prepositions that end as a verb's -ing form does: never an act ("During the visit ...")
_ING_PREPOSITIONS = frozenset({"during", "regarding", "concerning", "notwithstanding",
                               "pending", "according", "including", "excluding",
                               "barring"})  # fmt: skip
_PHRASE_OPENERS = frozenset({"within", "during", "at", "on", "in", "for", "by", "prior",
                             "no", "each", "every", "throughout", "following", "between",
                             "as"})  # fmt: skip
_FINITE = frozenset({"is", "are", "am", "was", "were", "'s", "'re", "'m", "has", "have", "had",
                     "do", "does", "did", "it's", "that's", "there's", "he's", "she's",
                     "they're", "you're", "i'm", "we're"})  # fmt: skip


def _attribution_end(tokens: Sequence[Token]) -> int:
    """Where the sentence starts after who or what it is according to ("According to the
    psychologist, | the mother had to stop using drugs"; never the imperative "Act" of
    "According to the Children Act, ..."), or 0."""
    if len(tokens) < 4 or tokens[0].low != "according" or tokens[1].low != "to":
        return 0
    comma = next((k for k in range(2, min(len(tokens) - 1, 24)) if tokens[k].low == ","), None)
    return 0 if comma is None else comma + 1


def _after_clause(tokens: Sequence[Token], lexicon: Lexicon) -> int:
    """Where the main clause starts after an opening subordinate clause ("If it is safe,
    phone the police", "When this occurs call your social worker"), or where an imperative
    follows a reason ("This is within your control, so go to every visit"), or 0 if none."""
    for k in range(2, len(tokens) - 1):
        if (
            tokens[k].low == "so"
            and tokens[k - 1].low == ","
            and tokens[k + 1].form == "base"
            and tokens[k + 1].key in lexicon.actions
            and _imperative(tokens, k + 1, lexicon)
        ):
            return k + 1
    link = 2 if len(tokens) > 2 and tokens[1].low == "," else 1
    if tokens and tokens[0].low in LINKS and len(tokens) > link and tokens[link].low in _OPENERS:
        # "Further, if you refuse ..., DFPS may seek": the clause after the condition's
        after = _after_clause(tokens[link:], lexicon)
        return after + link if after else 0
    lead = next((k for k in range(1, min(len(tokens) - 1, 8)) if tokens[k].low == ","), None)
    if (
        lead is not None
        and tokens[0].low in _PHRASE_OPENERS | {"under", "pursuant", "according"}
        and tokens[lead + 1].low == "whether"
    ):  # "Under Delaware law, | whether parents have ..., each parent has the right" (not
        # an opening's "if" or "while", read as they were: "In addition, while she ...")
        after = _after_clause(tokens[lead + 1 :], lexicon)
        return after + lead + 1 if after else 0
    if len(tokens) >= 4 and tokens[0].low in _PHRASE_OPENERS and not find_modal(tokens, lexicon):
        # a time, place or manner said first ("Within 30 days, | provide proof of income",
        # "On a monthly basis, | use Form 2151A"): the command after its comma (a modal
        # after it says whose duty: "In Indiana, state law mandates that ... must attend")
        comma = next((k for k in range(2, min(len(tokens) - 1, 24)) if tokens[k].low == ","), None)
        if (
            comma is not None
            and tokens[comma + 1].form == "base"
            and tokens[comma + 1].key in lexicon.actions
            and _imperative(tokens, comma + 1, lexicon)
            and not _noun_then_verb(tokens[comma + 1 : comma + 4], lexicon)
        ):
            return comma + 1
    if len(tokens) < 4 or (tokens[0].low not in _OPENERS and not _in_case(tokens)):
        return 0
    comma = next((k for k in range(2, min(len(tokens) - 1, 24)) if tokens[k].low == ","), None)
    if (
        comma is not None
        and tokens[0].low == "whether"
        and all(t.low != "or" for t in tokens[1:comma])
    ):
        return 0  # "whether ... or ...," alone opens a clause (not "whether a guardian,
        # other than the director, has complied", a question told)
    while comma is not None and tokens[comma + 1].low in ("which", "who", "whom"):
        # past a relative clause between commas: "Following a hearing, | which Doe
        # attended, | the court ordered ..."
        reach = range(comma + 2, min(len(tokens) - 1, comma + 24))
        comma = next((k for k in reach if tokens[k].low == ","), None)
    if comma is not None:
        return comma + 1
    if find_modal(tokens, lexicon) is not None:
        return 0  # "If I am hurt I will tell ...": read as it stands
    finite = False
    for k in range(1, min(len(tokens), 14)):
        token = tokens[k]
        if (
            finite
            and k >= 3
            and token.form == "base"
            and token.key in lexicon.actions
            and _imperative(tokens, k, lexicon)
            and tokens[k - 1].low not in _NOT_BEFORE_VERB
        ):
            return k
        finite = finite or token.low in _FINITE or (token.form in ("s", "ed") and k > 1)
    return 0


def _noun_then_verb(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Do the words open a noun's clause ("state law mandates ..."), their first word a
    noun before another and a verb's -s form, not a command ("obtain the views ...")?"""
    return (
        len(words) == 3
        and words[1].low not in lexicon.determiners
        and words[2].form == "s"
        and words[2].key in lexicon.verbs
    )


_NOT_MANNER = frozenset({"only", "early", "family", "daily", "weekly", "monthly", "yearly",
                         "fortnightly", "quarterly", "likely", "elderly", "bodily"})  # fmt: skip


def _listed_duty(tokens: Sequence[Token], lexicon: Lexicon) -> int | None:
    """Where a duty listed under its doer ("The worker:") starts: a verb's -s form opening
    the item ("Negotiates ...", "Notifies both parents that ..."), after a manner adverb
    if any ("Directly observes and monitors contact ..."); None if the item opens
    otherwise. A plural noun opening a sentence is not one ("Reviews are held ...",
    "Weekly visits with ..."): after an adverb the verb must take an object."""
    at = 0
    if (
        len(tokens) > 2
        and tokens[0].low.endswith("ly")
        and tokens[0].low not in _NOT_MANNER
        and tokens[2].low in _OBJECT_OPENERS | {"both", "and"}
    ):
        at = 1
    if at >= len(tokens) or tokens[at].form != "s" or tokens[at].key not in lexicon.verbs:
        return None
    if at + 1 < len(tokens) and (
        tokens[at + 1].key in ("be", "have") or tokens[at + 1].low == "of"
    ):
        return None  # "Reviews are held ...", "Visits have been ...", "Details of ..."
    if (
        at + 1 < len(tokens)
        and tokens[at + 1].low in PREPOSITIONS | {"between"}
        and match_any(tokens, at, lexicon.activities) is not None
    ):  # (an activity's name: "Visits", never "Maintains ... at least monthly contact")
        for k in range(at + 2, min(len(tokens), at + 10)):
            if tokens[k].low in BOUNDARY:
                break
            if (
                tokens[k].form == "base"
                and tokens[k].key in lexicon.verbs
                and tokens[k - 1].low not in PREPOSITIONS | lexicon.determiners | {"and", "or"}
            ):
                return None  # "Visits with a child | occur regularly": the subject's noun
    return at


def _in_case(tokens: Sequence[Token]) -> bool:
    """An opening that is a condition, like "if": "In the case of delays, call ...", "In
    case of emergency ...", "In the event that ...", "In an emergency, ..."."""
    words = [t.low for t in tokens[:4]]
    return words[:1] == ["in"] and (
        words[1:3] in (["the", "case"], ["the", "event"], ["an", "emergency"])
        or words[1:2] in (["case"], ["emergencies"])
    )


_NOT_BEFORE_VERB = frozenset({"to", "i", "you", "we", "they", "he", "she", "it", "not", "n't"})


_RELATIVE_PERSON_OR_PLACE = frozenset({"where", "who", "whom"})
_RELATIVE = _RELATIVE_PERSON_OR_PLACE | {"which", "that"}


def _subject(tokens: Sequence[Token], modal: int, lexicon: Lexicon) -> list[Token]:
    """The words before the modal that name who acts. Back from the modal to a
    subordinator ("if", "that", "when") or a semicolon; an appositive or a list between
    commas ("The DHS-66, Updated Service Plan (USP), must ...") belongs to the subject,
    unless the words next to the modal are a pronoun ("..., it will be noted")."""
    start = modal
    while start > 0 and tokens[start - 1].low not in _SUBORDINATORS:
        start -= 1
        if start > 1 and _clause_before_modal(
            tokens[start - 1 : modal], modal - start + 1, _RELATIVE_PERSON_OR_PLACE
        ):
            start -= 1  # past a relative clause with its own verb: "... where the child is
            # located | shall be conducted", whose subject is the sentence's (not past a
            # "that": "Visits that are missed" are the missing parent's)
    span = list(tokens[start:modal])
    near = modal
    while near > start and tokens[near - 1].low not in (",", "(", ")"):
        near -= 1
    nearest = list(tokens[near:modal])
    if nearest and (nearest[0].low in ("it", "this", "there", "that", "i", "we", "you")
                    or subject_actor(nearest, lexicon)[0] is not None
                    or names_someone(nearest, lexicon, tokens)):  # fmt: skip
        return nearest
    return [t for t in span if t.low not in (",", "(", ")")] or nearest


def _be_of_is_to_be(body: Sequence[Token], modal: tuple[int, int], lexicon: Lexicon) -> bool:
    """Is the "be" that ends the modal ("is to be") the verb itself, no verb or participle
    after it ("The child is to be | in school", "contact is to be | at my discretion")?"""
    if modal[1] - modal[0] < 2 or body[modal[1] - 1].key != "be":
        return False
    at, _ = skip_fillers(body, modal[1], lexicon)
    if at >= len(body):
        return False
    return not verb_at(body, at, lexicon) and not is_participle(body[at], lexicon)


def _no_than(body: Sequence[Token], modal: int) -> bool:
    """ "No <comparative> than ...," opens the sentence, its bound ended by a comma before
    the modal ("No less than seven days before each visit, the father shall ...")."""
    return (
        len(body) > 3
        and body[1].low in COMPARATIVES
        and body[2].low == "than"
        and any(t.low == "," for t in body[3:modal])
    )


def _clause_before_modal(
    tokens: Sequence[Token],
    modal: int,
    relatives: frozenset[str] = _RELATIVE,
    unbroken: bool = False,
) -> bool:
    """Does a relative clause with its own verb end just before the modal, so that the
    modal is the sentence's ("Telephone communication with the child ... where the child
    | is located | shall be conducted at reasonable hours"), not the clause's ("Ask
    questions if you are not clear on what you | need to do")? `unbroken`: with no list
    ", including" between its verb and the modal (not "the services that are offered, |
    including all duties the Court may order")."""
    last = max((k for k in range(modal) if tokens[k].low in relatives), default=None)
    if last is None:
        return False
    finite = [k for k in range(last + 1, modal) if tokens[k].low in _FINITE]
    if unbroken and finite:
        listed = range(finite[-1] + 1, modal - 1)
        return not any(tokens[k].low == "," and tokens[k + 1].low == "including" for k in listed)
    return bool(finite)


# verbs that take their object without "to": before "to" they are nouns ("Access to the
# Centre", "Visits to the home"), never a command
_NOUN_BEFORE_TO = frozenset({"access", "visit"})
_FINITE_AFTER_NOUN = frozenset({"is", "are", "was", "were", "will", "shall", "must", "should",
                                "may", "can", "has", "have", "had"})  # fmt: skip


def _imperative(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Does a verb open the sentence at `at`: a known verb in its base or -ing form that
    is not a noun here ("Visit schedule for ...", "Contact with the children"), or an
    unknown -ing word before a preposition or article ("Knocking on the door")?"""
    if at >= len(tokens):
        return False
    token, after = tokens[at], tokens[at + 1].low if at + 1 < len(tokens) else ""
    if token.key in lexicon.verbs:
        if (after == "to" and token.key in _NOUN_BEFORE_TO) or after in _FINITE_AFTER_NOUN:
            return False  # "access to the Centre is by appointment", "Progress is monitored
            # by the Judge", "Contact will be supervised": a noun, the subject
        return token.form in ("base", "ing") and after not in ("of", "between", "'s")
    return (
        token.low.endswith("ing")
        and token.low.isalpha()
        and token.low not in _ING_PREPOSITIONS
        and after in ("on", "in", "at", "to", "the", "a", "an", "with", "your", "their", "all")
    )


def _named_to(tokens: Sequence[Token], lexicon: Lexicon) -> tuple[int, int] | None:
    """'Mum to attend all contact sessions', 'Social worker to visit weekly' (a plan's
    who-does-what wording): 'to' after a short subject naming someone works as a modal."""
    if tokens[0].key in lexicon.verbs:
        return None
    head = tokens[1] if tokens[0].low in lexicon.determiners and len(tokens) > 1 else tokens[0]
    if head.low in ACT_NOUNS:
        return None  # a noun of the act: "Failure by the parent to attend shall be ..."
    for k in range(1, min(len(tokens) - 1, 7)):
        if tokens[k].low in BOUNDARY or tokens[k].key in lexicon.verbs or tokens[k].key == "be":
            return None  # a clause, not a name: "Encourage your child to ...", "are expected to"
        if tokens[k].low != "to":
            continue
        at, _ = skip_fillers(tokens, k + 1, lexicon)
        named = actor_in(tokens[:k], lexicon) is not None or tokens[0].low == "["
        if named and verb_at(tokens, at, lexicon) and tokens[at].form == "base":
            return k, k + 1
        return None
    return None


_ORDERING = frozenset({"ordered", "required", "directed", "instructed", "orders", "requires",
                       "directs", "order", "require", "direct", "instruct"})  # fmt: skip
# ... and verbs that ask it only with "to": "expects the parents to demonstrate", not "tell
# the parent about each review"
_ASKING = frozenset({"expect", "expects", "expected", "ask", "asks", "asked", "tell", "tells",
                     "told"})  # fmt: skip


# the words that open what someone is told, never whom ("tell you | what is going to ...")
_TOLD = frozenset({"what", "who", "how", "why", "when", "where", "whether", "which"})
# the words before a command's verb ("Do not | tell him what to say", "Never | ask ...")
_COMMAND_OPENING = frozenset({"do", "not", "n't", "don't", "don\u2019t", "never", "please",
                              "always", "also"})  # fmt: skip


def _ordered(sentence: Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """What an opinion says a court or a plan ordered someone to do is that person's duty:
    "The court ordered the mother to complete ...", "The judge directed that [father]
    attend ...", "the plan required the parents provide and pass a test ...", "the court
    may require the parent ... to cooperate", "The worker may expect the parents to
    demonstrate ...". Reads the duty into `sentence`, its subject the person named. Not
    in a command, whose act is the reader's own ("Do not question your child or tell him
    what to say", "Never ask the children to keep secrets")."""
    lead = next((k for k, t in enumerate(tokens) if t.low not in _COMMAND_OPENING), 0)
    if verb_at(tokens, lead, lexicon) and tokens[lead].form == "base":
        return False
    for k in range(0, min(len(tokens) - 2, 12)):
        token = tokens[k]
        if token.low in _SUBORDINATORS and token.low != "that" and not _then_of(tokens, k, lexicon):
            return False  # the first clause only
        if k == 0 and token.low == "that":  # an item of an order: "That the parents attend"
            # (it may name several people: "That the parents, guardian, relative, or
            # custodian accept ...")
            start, reach = 1, 12
        elif k == 0 or token.low not in _ORDERING | _ASKING or tokens[k - 1].key == "be":
            continue  # (not "was ordered to": a modal)
        else:
            start, reach = (k + 2 if tokens[k + 1].low == "that" else k + 1), 5
        for at in range(start + 1, min(len(tokens), start + reach)):
            verb = at + 1 if tokens[at].low == "to" else at
            if not (verb_at(tokens, verb, lexicon) and tokens[verb].form == "base"):
                continue
            if verb == at and tokens[at - 1].low in {"and", "or"} | lexicon.determiners:
                continue  # a name in the list ("ordered the mother and | partner to undergo")
            if verb == at and tokens[k].low in _ASKING:
                return False
            # "That the father not drink ...": the negation is the duty's, not the name's
            denied = at - 1 > start and tokens[at - 1].low in ("not", "never")
            named = tokens[start : at - 1 if denied else at]
            if any(t.low in _TOLD or t.low in _FINITE for t in named):
                return False  # what is told, no one ordered: "They will tell you | what is
                # going to happen" (never "you ... happen")
            if verb == at and named[-1].low != "]" and actor_in(named[-1:], lexicon) is None:
                continue  # a noun's last word ("require a multi-agency child protection |
                # plan"), never a verb after the one who must act ("That the parents | attend")
            if (actor_in(named, lexicon) is None and named[0].low != "[") or any(
                t.low in PREPOSITIONS for t in named
            ):
                return False
            sentence.subject, sentence.form = list(named), "modal"
            end = after_modal(sentence, tokens, at - 1 if denied else verb, lexicon)
            coordinated(sentence, tokens, end, lexicon)
            return bool(sentence.predicates)
        return False
    return False


def _forbidding(sentence: Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """What an order forbids someone is a ban on their act: "prohibiting him from speaking
    badly about the mother", "forbidding the father to have any contact with the
    children", "The order bars the mother from entering the home"."""
    for k in range(0, min(len(tokens) - 3, 10)):
        token = tokens[k]
        if token.low in _SUBORDINATORS:
            return False  # the first clause only
        if token.key not in lexicon.prohibiting or (k and tokens[k - 1].key == "be"):
            continue  # ("is prohibited from": _prohibited reads it)
        for j in range(k + 2, min(len(tokens) - 1, k + 6)):
            if tokens[j].low in BOUNDARY:
                return False
            named = tokens[k + 1 : j]
            act = tokens[j + 1]
            if tokens[j].low == "from" and act.form == "ing" and act.key in lexicon.actions:
                end = act.end
            elif tokens[j].low == "to" and act.form == "base" and act.key in lexicon.verbs:
                rest = tokens[j + 1 : j + 5]
                if act.key not in lexicon.actions and not any(
                    match_any(rest, i, lexicon.acts) for i in range(1, len(rest))
                ):
                    return False  # "forbid him to be ...": no act named
                end = rest[-1].end
            else:
                continue
            if actor_in(named, lexicon) is None and named[0].low != "[":
                return False
            sentence.form, sentence.subject = "modal", list(named)
            sentence.ban = (token.start, end)
            return True
        return False
    return False


def _prohibited(sentence: Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """'The use of mobile phones during contact sessions is prohibited', 'Smoking is not
    permitted': a ban on what the subject names, when it names an act; 'Father is
    prohibited from contacting ...': a ban on his act."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].low in _SUBORDINATORS:
            return False  # the first clause only
        if tokens[k].key != "be":
            continue
        at, negated = skip_fillers(tokens, k + 1, lexicon)
        if at >= len(tokens) or tokens[at].form != "ed":
            return False
        key = tokens[at].key
        if not (key in lexicon.prohibiting and not negated) and not (
            negated and key in ("permit", "allow")
        ):
            return False
        subject = tokens[:k]
        if (
            at + 2 < len(tokens)
            and tokens[at + 1].low == "from"
            and tokens[at + 2].form == "ing"
            and tokens[at + 2].key in lexicon.actions
        ):  # "The parent is prohibited from contacting the child"
            sentence.form, sentence.subject = "passive", list(subject)
            sentence.ban = (tokens[at].start, tokens[at + 2].end)
            return True
        if not any(
            match_any(subject, j, lexicon.acts) is not None
            or match_any(subject, j, lexicon.activities) is not None
            or (t.form == "ing" and t.key in lexicon.actions)
            for j, t in enumerate(subject)
        ):
            return False
        sentence.form, sentence.subject = "passive", list(subject)
        sentence.ban = (tokens[0].start, tokens[at].end)
        return True
    return False


def _declarative(sentence: Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """'Mother attends weekly AA', 'Father has completed ...', 'Visits are supervised'."""
    for k in range(0, min(len(tokens), 9)):
        token = tokens[k]
        if (
            token.low in BOUNDARY
            and token.low not in ("-", ",")
            and not _then_of(tokens, k, lexicon)
        ):
            return False  # (a list may be the subject: "Whispering, passing notes, and ...")
        plural_have = token.low == "have" and k > 0 and actor_in(tokens[:k], lexicon) is not None
        if (
            token.key in ("have", "be")
            and (token.form in ("s", "ed") or plural_have)  # "Foster parents have ..."
            and k + 1 < len(tokens)
        ):
            after, negated = skip_fillers(tokens, k + 1, lexicon)
            sentence.subject = _subject(tokens, k, lexicon)  # "With this plan, parents have"
            sentence.form = "declarative"
            if (
                after < len(tokens)
                and tokens[after].form in ("ed", "ing")
                and (verb_at(tokens, after, lexicon) or is_participle(tokens[after], lexicon))
            ):
                passive = token.key == "be" and tokens[after].form == "ed"
                sentence.form = "passive" if passive else "declarative"
                predicate = read_predicate(tokens, after, negated, lexicon, passive)
                if passive and predicate.verb in lexicon.done_to:
                    predicate = replace(predicate, observable=True)  # "a plan is developed"
                sentence.predicates.append(predicate)
                if negated:  # "Whispering and hand signals are not allowed"
                    negated_ban(sentence, tokens, after, lexicon)
                sentence.given = passive and tokens[after].key in lexicon.given_to
                if passive:
                    _one_thing(sentence, lexicon)
                coordinated(sentence, tokens, after + 1, lexicon)
                _fragment_agent(sentence, tokens, lexicon)
            elif token.key == "be" and k == 1 and _extraposed(sentence, tokens, k + 1, lexicon):
                pass  # "It is the responsibility of the worker to inform ..."
            else:  # "Case plans are focused ...", "Mother has a car": a state
                sentence.predicates.append(read_predicate(tokens, k, negated, lexicon))
                if negated:
                    negated_ban(sentence, tokens, k, lexicon)
            return True
        if k == 0:
            continue
        if (
            k == 1
            and token.form == "base"
            and tokens[0].low in ("you", "they", "he", "she")  # "(ordered that) she clean"
            and (token.key in lexicon.verbs)
        ):  # "(It is important that) you talk to your PA ..."
            sentence.subject = [tokens[0]]
            sentence.form = "declarative"
            sentence.predicates.append(read_predicate(tokens, k, False, lexicon))
            coordinated(sentence, tokens, k + 1, lexicon)
            return True
        verb, denied = skip_fillers(tokens, k, lexicon)
        if _ordered_of_one(tokens, k, verb, lexicon):  # "(ordered that) the mother | not
            sentence.subject = list(tokens[:k])  # bring the children ..."
            sentence.form = "modal"
            sentence.predicates.append(read_predicate(tokens, verb, denied, lexicon))
            if denied:
                negated_ban(sentence, tokens, verb, lexicon)
            coordinated(sentence, tokens, verb + 1, lexicon)
            return True
        if (
            (
                token.form == "s"
                or (token.form == "ed" and _past_act(tokens, k, lexicon))
                or (
                    token.form == "base"
                    and token.key not in ("be", "have")
                    and _plural_subject(tokens[:k], lexicon)
                    and (k + 1 == len(tokens) or tokens[k + 1].low not in _COMPOUND_NOUNS)
                )
            )
            and token.key in lexicon.verbs
            and not (token.form == "s" and k + 1 < len(tokens) and tokens[k + 1].low == "of")
            and tokens[k - 1].form not in ("s", "ing")  # "passing notes": a noun
            and tokens[k - 1].low not in lexicon.determiners
            and (k + 1 >= len(tokens) or tokens[k + 1].low not in _FINITE)  # "plans are"
        ):
            subject = tokens[: k - 1 if tokens[k - 1].low == "then" else k]
            if actor_in(subject, lexicon) is None and not names_someone(subject, lexicon, tokens):
                return False
            sentence.subject = list(subject)
            sentence.form = "declarative"
            predicate = read_predicate(tokens, k, False, lexicon)
            if token.form == "ed":  # told as done: a one-off event
                predicate = replace(predicate, once=True)
            sentence.predicates.append(predicate)
            coordinated(sentence, tokens, k + 1, lexicon)
            return True
    return False


def _then_of(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Is the "then" at `k` an adverb between a subject and its verb ("The judge | then |
    expects everyone to ...", "She then ordered him to pay"), no clause's boundary?"""
    if tokens[k].low != "then" or k == 0 or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return after.low in _ORDERING | _ASKING or (
        after.key in lexicon.verbs and after.form in ("s", "ed")
    )


def _ordered_of_one(tokens: Sequence[Token], k: int, at: int, lexicon: Lexicon) -> bool:
    """Whether a verb's base form at `at` (past "not" or an adverb from `k`) follows one
    parent, as an item of an order lists a duty without its "That" ("[mother] successfully
    complete family counseling", "The mother continue to live with ...", "The mother not
    bring the children ..."): what is said of one person in the present takes its -s."""
    if at >= len(tokens) or (k == at and tokens[k].form != "base"):
        return False
    verb = tokens[at]
    if verb.form != "base" or verb.key in ("be", "have") or verb.key not in lexicon.verbs:
        return False
    named = [t for t in tokens[:k] if t.low not in ("the", "[", "]", "respondent")]
    return (
        len(named) == 1
        and named[0].low in _ONE_PARENT
        and tokens[k - 1].low not in lexicon.determiners
        and not (named[0].text[:1].isupper() and verb.text[:1].isupper())
    )  # (not a role's name in capitals: "the Parent Partner averages four visits")


_ONE_PARENT = frozenset({"mother", "father", "parent", "respondent"})
_PLURAL_HEADS = frozenset({"staff", "people", "children", "police", "personnel"})
# "Parents support group", "Foster parents training sessions": the word is a noun's modifier
_COMPOUND_NOUNS = frozenset({"group", "groups", "class", "classes", "program", "programs",
                             "programme", "meeting", "meetings", "session", "sessions",
                             "network", "team", "services", "plan", "plans", "worker",
                             "workers", "line", "form", "forms", "log", "logs"})  # fmt: skip
_NOT_IN_SUBJECT = frozenset({"to", "in", "of", "for", "with", "from", "at", "on", "by", "that"})


def _plural_subject(subject: Sequence[Token], lexicon: Lexicon) -> bool:
    """Do the words before a verb's base form name people in the plural, so that it is
    the verb's present tense: "The parents sign the release", "Staff escort the children",
    "You and your support worker sign the document" (not "Parent contact", a noun)?"""
    if not subject or len(subject) > 5 or actor_in(subject, lexicon) is None:
        return False
    if any(t.low in _NOT_IN_SUBJECT for t in subject):
        return False  # "Referral to programs to help parents find", "Youth in ... continue"
    last = subject[-1].low
    return (
        last in _PLURAL_HEADS
        or (last.endswith("s") and not last.endswith(("ss", "'s")))
        or any(t.low in ("and", "&") for t in subject)
    )


def _past_act(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """A past tense after its subject, as opinions tell what a plan asked or what was done:
    "The Department created a case plan", "The mother completed an assessment" (not a
    participle after a noun: "the plan created by the agency", "services offered to")."""
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    key = tokens[k].key
    if key not in lexicon.actions or not (after in _PAST_OBJECTS or after.isdigit()):
        return False
    # "gave the mother the right to ...", "referred the father to ...": what follows is theirs
    return key not in lexicon.given_to or actor_in(tokens[k + 1 : k + 3], lexicon) is None


_PAST_OBJECTS = frozenset({"the", "a", "an", "your", "his", "her", "their", "its", "all", "each",
                           "every", "two", "three", "four", "five", "six"})  # fmt: skip


_EXTRAPOSED_SUBJECTS = frozenset({"it", "this"})


def _extraposed(sentence: Sentence, tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """A duty after "it is ...": "It is the responsibility of the worker to inform ...",
    "It is important for you to attend ...", "It is important that you talk to your PA".
    Reads the duty into `sentence` (its subject: whoever the words before it name)."""
    if len(sentence.subject) != 1 or sentence.subject[0].low not in _EXTRAPOSED_SUBJECTS:
        return False
    for k in range(start, min(len(tokens) - 1, start + 10)):
        low = tokens[k].low
        if low in SENTENCE_END or low == ",":
            return False
        if low == "to" and verb_at(tokens, k + 1, lexicon) and tokens[k + 1].form == "base":
            named = [t for t in tokens[start:k] if actor_in([t], lexicon) is not None]
            sentence.subject = list(tokens[start:k]) if named else []
            sentence.form = "modal" if named else "imperative"
            end = after_modal(sentence, tokens, k + 1, lexicon)
            coordinated(sentence, tokens, end, lexicon)
            return True
        if low == "that" and k > start:
            inner = read_sentence(tokens[k + 1 :], lexicon)
            if not inner.predicates:
                return False
            sentence.form, sentence.subject = inner.form, inner.subject
            sentence.predicates, sentence.ban = inner.predicates, inner.ban
            sentence.given, sentence.agent = inner.given, inner.agent
            return True
    return False


_DEFINITE = frozenset({"the", "a", "an", "this", "that", "your", "his", "her", "their", "its",
                       "my", "our"})  # fmt: skip


def _state_done(sentence: Sentence, lexicon: Lexicon) -> None:
    """A passive's subject is what the active verb would take as its object: "Consideration
    must be given to ..." is "give consideration", a state (lexicon.state_with)."""
    first = sentence.predicates[0]
    phrases = lexicon.state_with.get(first.verb, ())
    subject = sentence.subject
    if not first.observable:
        return
    state = next(
        (k for k in range(len(subject)) for phrase in phrases if starts_with(subject, k, phrase)),
        None,
    )
    if state is not None and not record_first(subject, state, lexicon):
        sentence.predicates[0] = replace(first, observable=False)


def _one_thing(sentence: Sentence, lexicon: Lexicon) -> None:
    """A passive whose subject is one definite thing is done to it once: "A note of the
    meeting will be taken", "The planning meeting should be chaired", "This agreement will
    be reviewed". Not "Visits will be supervised", nor a person ("The mother will be
    referred")."""
    subject, first = sentence.subject, sentence.predicates[0]
    if not subject or not first.observable:
        return
    if (  # "Copies of the plan shall be provided to ...": of one document
        len(subject) > 2
        and subject[0].low in ("copies", "copy")
        and subject[1].low == "of"
        and subject[2].low in _DEFINITE
    ):
        sentence.predicates[0] = replace(first, once=True)
        return
    if subject[0].low not in _DEFINITE:
        return
    at = len(subject) - 1
    for k, token in enumerate(subject[1:], 1):
        if token.low in ("of", "for", "from", "with", ",", "(", "which", "that", "who"):
            at = k - 1
            break
    head = subject[at]
    # a plural: "reports", not "this", "status", "analysis", "progress"
    plural = head.form == "s" or (
        head.low.endswith("s") and not head.low.endswith(("ss", "is", "us"))
    )
    if not plural and not names_person_at(subject, at, lexicon):
        sentence.predicates[0] = replace(first, once=True)


def _contents(sentence: Sentence, lexicon: Lexicon) -> None:
    """What a document must say is checked by reading it: "The report shall contain the
    reasons ...", "Court orders should specify ...". Not when a person must say it ("The
    parent will explain ..." reads as it is)."""
    first = sentence.predicates[0]
    if first.verb not in lexicon.contents or first.negated:
        return
    subject = sentence.subject
    if len(subject) == 1 and subject[0].low in ("it", "this"):  # "It should include ..."
        sentence.predicates[0] = replace(first, observable=True, once=True)
        return
    ends = [k for k, t in enumerate(subject) if t.low in _HEAD_ENDS] + [len(subject)]
    if any(
        starts_with(subject, end - len(phrase), phrase)
        for end in ends
        for phrase in lexicon.documents
        if end >= len(phrase)
    ):  # a document's name ends the subject or a part of it: "The report of the worker"
        sentence.predicates[0] = replace(first, observable=True, once=True)


# what is written into a document (not "explain", "show", "identify": said or done)
_WRITTEN_IN = frozenset({"include", "contain", "specify", "outline", "list", "describe", "detail",
                         "state", "enumerate"})  # fmt: skip


def _listed_contents(sentence: Sentence) -> None:
    """An item of a list of what a plan must say, or what its writer puts in it: "Include
    a written assessment of the child's needs", "Specify the period ...", "Includes clear
    tasks with beginning and end times" - written in or not, as `_contents`."""
    first = sentence.predicates[0] if sentence.predicates else None
    if first is not None and first.verb in _WRITTEN_IN and not first.negated:
        sentence.predicates[0] = replace(first, observable=True, once=True)


_HEAD_ENDS = frozenset({"of", "for", "from", "with", "by", "on", ",", "(", ")"})


def _fragment_agent(sentence: Sentence, tokens: Sequence[Token], lexicon: Lexicon) -> None:
    """The agent of a passive: 'will be supervised by the agency'."""
    for k, token in enumerate(tokens):
        if token.low == "by" and k + 1 < len(tokens):
            agent = actor_in(tokens[k + 1 : k + 2 + lexicon.longest], lexicon)
            if agent is not None:
                sentence.agent = agent
                return


def _no_one_may(
    sentence: Sentence, tokens: Sequence[Token], modal: tuple[int, int], lexicon: Lexicon
) -> None:
    """'No X shall/may/will <act>': a ban on the act, whatever X is ("No additional copies
    shall be made", "No child shall be deprived of meals", "No one may accompany ...")."""
    probe = Sentence()
    end = after_modal(probe, tokens, modal[1], lexicon)
    head = probe.predicates[0] if probe.predicates else None
    if head is None or head.negated:
        return
    passive = head.verb in lexicon.done_to and any(t.key == "be" for t in tokens[modal[1] : end])
    if head.observable or passive:
        sentence.ban = (tokens[0].start, tokens[max(end, modal[1] + 1) - 1].end)
