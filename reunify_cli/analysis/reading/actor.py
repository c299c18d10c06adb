"""Reading a statement: its sentences read one by one, and who must act."""

from __future__ import annotations

from collections.abc import Sequence

from .clauses import read_sentence
from .lexicon import ACTORS, Lexicon, Reading, Token
from .names import actor_in, names_someone, subject_actor, thing_in, youth
from .predicate import Sentence
from .tokens import match_any, sentences, tokenize


def read(text: str, lexicon: Lexicon, responsible: str | None = None) -> Reading:
    """Read a statement. `responsible` is the actor the plan names for the goal (its
    `responsible:` key, as an actor), used when the statement names nobody."""
    tokens = tokenize(text, lexicon)
    parts = [read_sentence(s, lexicon) for s in sentences(tokens, lexicon)]
    actor, how = _actor(parts, tokens, lexicon, responsible)
    first = next((p for p in parts if p.predicates or p.activity or p.ban), None)
    subject = next((p.subject for p in parts if p.subject), None)
    return Reading(
        actor=actor,
        form=first.form if first is not None else "fragment",
        subject=(subject[0].start, subject[-1].end) if subject else None,
        predicates=tuple(p for part in parts for p in part.predicates),
        activity=next((p.activity for p in parts if p.activity), None),
        ban=next((p.ban for p in parts if p.ban), None),
        once=next((p.once for p in parts if p.once and not p.predicates), None),
        explicit=how in ("named", "opening"),
        opening=how == "opening",
        person=how == "person",
    )


def _actor(
    parts: Sequence[Sentence],
    tokens: Sequence[Token],
    lexicon: Lexicon,
    responsible: str | None,
) -> tuple[str, str]:
    colon = next((k for k, t in enumerate(tokens[:6]) if t.low == ":"), None)
    if colon:  # "Foster parents: let us know ...", "Parents: a 24 hour notice is required"
        named = actor_in(tokens[:colon], lexicon)
        if named is not None:
            return named, "named"
    for part in parts:
        if part.form == "first-person":
            if (
                part.subject
                and part.subject[0].low == "we"
                and (
                    any(t.low in ("you", "your") for t in tokens)
                    or _addressee(tokens, lexicon) == "agency"
                )
            ):  # "We will let you know ...", "we will work with the family": the agency
                return "agency", ""
            return ("child" if youth(tokens, lexicon) else responsible or "parent"), ""
        if part.form in ("modal", "declarative", "passive") and part.subject:
            named, thing = subject_actor(part.subject, lexicon)
            if part.given:  # "Mother will be referred": someone does it for her
                return part.agent or "agency", "named"
            if part.ban is not None and not part.predicates and (named is None or thing):
                # "Smoking is not permitted", "The use of phones during contact sessions is
                # prohibited": the ban is on whoever would do the act
                return responsible or _addressee(tokens, lexicon) or "parent", ""
            if named is not None and not thing and _opens(part, tokens):
                return named, "opening"  # "Mother will give the SW her pay stubs"
            if named is not None:
                return (part.agent or named) if thing else named, "named"
            if part.form == "passive" and part.agent is not None:
                # "Roadwork must be completed by each participant": done by the one named
                # after "by", its capitalised subject a thing (never a person's name)
                return part.agent, "named"
            if names_someone(part.subject, lexicon, tokens):  # "Sam will ...", "[mother] to ..."
                if _organization(part.subject[-1]):  # "Sparks Fostering supports ..."
                    return responsible or "provider", "named"
                return responsible or "parent", "person"
            if part.agent is not None:
                return part.agent, "named"
            if part.form == "passive":  # "It will be noted in the plan"
                return "agency", ""
            if part.subject[0].low in ("it", "this", "there"):
                continue
            return responsible or "unknown", ""
        if part.form == "fragment" and part.agent is not None:
            return part.agent, "named"
        if part.form == "fragment" and (part.activity or part.ban or part.once):
            # a ban is on whoever would do the act ("No contact with [father]"), not on the
            # owner of what it names (visits and contact are the agency's to arrange)
            owner = None if part.ban else thing_in(tokens, lexicon)
            if responsible:
                return responsible, ""
            addressee = _addressee(tokens, lexicon) or owner or _cared_for(tokens, lexicon)
            return addressee or "parent", ""
        if part.form in ("imperative", "declarative") and part.predicates:
            addressee = _addressee(tokens, lexicon) or _cared_for(tokens, lexicon)
            return responsible or addressee or "parent", ""
    if responsible:
        return responsible, ""
    return ("parent" if parts else "unknown"), ""


_PRONOUNS = frozenset({"you", "he", "she", "they", "he/she", "s/he", "we", "i", "it"})
# the last word of an organisation's name, never of a person's ("Lancaster Care", "Health
# Conservation Consultants", "FamiliesFirst Network"): a provider of a service
_ORGANIZATION = frozenset({"care", "fostering", "services", "network", "consultants", "health",
                           "centre", "center", "trust", "foundation", "society", "council",
                           "clinic", "institute", "association", "partnership", "charity",
                           "alliance", "coalition", "inc", "ltd", "llc", "corporation",
                           "company"})  # fmt: skip


def _organization(last: Token) -> bool:
    """Does a name end with a word only an organisation's name ends with ("Lancaster Care"),
    written as a name is (not a goal in capitals: "LUIS TO ADDRESS MENTAL HEALTH ISSUES")?"""
    return last.low in _ORGANIZATION and last.text[:1].isupper() and not last.text.isupper()


def _opens(part: Sentence, tokens: Sequence[Token]) -> bool:
    """Does the statement open with the subject of an active duty ("Mother will ...", "The
    caseworker shall ...")? Nothing but punctuation before it, and a role, not a pronoun:
    whom "You must ..." means depends on who the document is written for."""
    if part.form not in ("modal", "declarative") or part.subject[0].low in _PRONOUNS:
        return False
    start = part.subject[0].start
    return all(not t.low.isalnum() for t in tokens if t.start < start)


def _addressee(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    """Whom an imperative or a fragment addresses, by what it is about: a foster child
    or "the child placed in your home" (a caregiver), a case record or "develop the case
    plan with the family" (the agency). None when nothing tells."""
    if len(tokens) > 1 and tokens[0].key in lexicon.verbs and tokens[1].low == "you":
        return "agency"  # "Invite you to a meeting", "Provide you with ...": done for the reader
    for actor, cues in lexicon.addressed:
        if any(
            match_any(tokens, k, cues) and not (actor == "agency" and _yours(tokens, k))
            for k in range(len(tokens))
        ):
            return actor
        if (
            actor == "caregiver"
            and _parents_in_third_person(tokens)
            and _cared_for(tokens, lexicon) is None  # "Explain to the child why the parent ..."
        ):
            return "agency"
    return None


def _yours(tokens: Sequence[Token], k: int) -> bool:
    """Is the thing at `k` the reader's own ("Complete your case plan", "your child's
    permanency plan")? Then the agency's paperwork is not what makes it the agency's."""
    before = [t.low for t in tokens[max(0, k - 3) : k]]
    return bool(before) and (
        before[-1] in ("your", "my") or before[-2:] in (["your", "child's"], ["your", "child"])
    )


_PARENT_WORDS = frozenset(
    {"parent", "parents", "parent(s)", "participant", "participants", "client", "clients"}
)
_COMPOUND_HEADS = frozenset({"education", "educator", "training", "class", "classes", "course",
                             "courses", "program", "programme", "programs", "aide", "aides",
                             "partner", "partners", "group", "groups", "coaching", "coach",
                             "mentor", "mentors", "skills", "handbook", "guide"})  # fmt: skip
_NOT_THIRD = frozenset({"foster", "birth", "your", "their", "my", "our", "his", "her", "its",
                        "step", "custodial", "non-custodial", "resource", "kinship",
                        "adoptive", "if", "when", "whenever", "once", "unless"})  # fmt: skip


def _parents_in_third_person(tokens: Sequence[Token]) -> bool:
    """Does an imperative or a fragment speak of parents in the third person ("Help
    parents name specific actions", "ensure that the parents and children have ...")?
    Then its reader is the worker, not a parent. Not "foster parent", "your parents", nor
    the subject of a condition ("If parents have concerns, ...")."""
    for k, token in enumerate(tokens):
        if token.low not in _PARENT_WORDS or k == 0:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].low in _COMPOUND_HEADS:
            continue  # "complete parent education": a kind of class, not the parents
        before = tokens[k - 1].low
        if before in ("the", "a") and k > 1:
            before = tokens[k - 2].low
        if before not in _NOT_THIRD:
            return True
    return False


def _cared_for(tokens: Sequence[Token], lexicon: Lexicon) -> str | None:
    """A caregiver, when the words name one child in the third person ("Provide a safe
    home for the child"; not "[the child]", a name left out), else None."""
    for k in range(len(tokens)):
        if match_any(tokens, k, lexicon.cared_for) and (k == 0 or tokens[k - 1].low != "["):
            return "caregiver"
    return None


def actor_of_role(role: str | None, lexicon: Lexicon) -> str | None:
    """The actor a plan's `people:` role or `responsible:` value names ("foster parent" is
    a caregiver), or None when the lexicon does not know it."""
    if not role:
        return None
    if role in ACTORS:
        return role
    return actor_in(tokenize(role, lexicon), lexicon)
