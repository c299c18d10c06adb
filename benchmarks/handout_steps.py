"""Count the parent's handout steps, made from real statements, that say the wrong thing.

    python benchmarks/handout_steps.py                        # dev's statements
    python benchmarks/handout_steps.py tests/corpus/real/fresh.yaml --show 5

Each statement of a labelled corpus file becomes a goal of one plan (as the rewrite
benchmarks do) and the step the handout makes of it ("What you will do: ...") is read for
ten faults a parent must never get:

* a prohibition said as its opposite: the statement's first action is negated ("Do not
  use drugs", "cannot allow", "are not allowed to speak") or its subject says no one may
  ("Neither parent shall use drugs"), and the step has no "not", "never" or "no" ("You
  will use drugs.");
* a verb in the wrong form after "You will" ("You will submits", "You will signed
  waivers", "You will is ...", "You will phone or writing to");
* a verb after "you" that does not agree with it ("You attends all visits", "you calls");
* the parent's own first person left in a step ("You will attend all visits with my
  children"): the handout speaks to the parent, so "my" is "your" (words the goal
  quotes are the speaker's own and not counted, nor is the "I" of a judge or a worker
  who orders, approves or recommends);
* "you" as a noun, where the goal named someone else's parent or role ("unable to
  locate your you", "the visiting you");
* an action done to the parent said as the parent's own ("You will meet with you", "You
  will forbid you to have any contact", "You will be taken from you");
* a step said to no one: it opens with the "not" or "never" of a ban ("Not have contact
  during drop-off", where "You will not have contact ..." was meant);
* a harm said as a step: the act an order bans, listed without its "not" ("committing
  family violence against the protected person"), told to the parent ("You will commit
  family violence ...");
* a sentence of the goal left out: fewer than half the longer words (four letters or
  more) of the goal's last sentence are anywhere in its step ("Find a safe place to go
  during arguments. Avoid rooms with no exits ..." said only as "You will find a safe
  place to go during arguments");
* a sentence said twice: the step says one of its sentences (of four words or more)
  again, where the goal said it once ("... on the referral form. Other visitors may
  attend only with ... Other visitors may attend only with ...").

The step is said as the handout says it to the parent of a plan that names none (in the
second person). A last count: a prohibition whose step says only the action the rewrite
added ("You will [action, e.g. ...]") and not the prohibition. Nothing is written; the
counts (and, with `--show N`, the first N steps of each) are printed.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_NO_ONE = re.compile(
    r"\W*(?:neither|no|none\s+of)\s+"
    r"(?!doubt\b|(?:later|longer|less|more|sooner|earlier|fewer|greater|shorter)\b)",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|neither|nor|cannot|avoid\w*|refrain\w*)\b|n['\u2019]t\b", re.I
)
_FINITE_BE = frozenset({"is", "are", "was", "were", "am"})
_FIRST_PERSON = re.compile(
    r"\b(?:my|me|myself)\b|(?:^|[.!?] )My\b|"  # (not a name's "All About Me")
    r"\bI (?:will|am|must|agree|have|understand|can|shall|need|do)\b"
)


# words the goal quotes ("such as “next time I see you I will bring ...”")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")


# "you" where the goal named someone else's parent: "your you", "the visiting you"
_YOU_AS_NOUN = re.compile(r"\b(?:your|my|his|her|their|the|a|an|each|every|any)\s+you\b", re.I)


# the parent said to do what someone else does to them: "You will meet with you"
_DONE_TO_YOU = re.compile(
    r"\bYou will (?:not )?(?!(?:ensure|show|prove|demonstrate) you\b)"  # "ensure you send": yours
    r"(?:be \w+ (?:from|by|to|with|for) |\w+ (?:(?:with|to|about|for) )?)you\b(?!r)"
)


# a ban's "not" opening the step, with nobody to keep it: "Not have contact ..."
_TO_NO_ONE = re.compile(r"(?:Not|Never)\b")


# a harm told to the parent: "You will commit family violence ...", "You will threaten ...",
# an act on the person an order protects ("You will locate or follow the protected person",
# not "You will stay away from ..."), or a failure ("You will miss over 50 drug screens")
_HARM_TOLD = re.compile(
    r"\bYou will (?:commit (?:an? |any )?(?:(?:further|family|domestic|sexual|physical|"
    r"criminal) )*(?:violence|abuse|offen[cs]es?|crimes?|assaults?|acts? of)|abuse|harass|"
    r"threaten|stalk|assault|molest|intimidate|injure|harm|kidnap|batter|strike|hit|hurt|"
    r"beat|(?!stay\b|keep\b|remain\b|not\b|never\b)[a-z]+(?: [\w'\u2019-]+){0,6}? (?:the )?"
    r"protected (?:person|party|parties)|miss (?!no\b)(?:[\w-]+ ){0,3}?(?:screens?|tests?|"
    r"visits?|appointments?|sessions?|meetings?|hearings?|classes|groups?|court))\b"
)


_YOU_THEN = re.compile(
    r"(?<!\bwith\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\babout\s)"
    r"\b[Yy]ou (?:(?:always|never|also|often) )?([a-z]+)\b"
)


_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _twice(text: str) -> bool:
    """Does `text` say a sentence of four words or more twice?"""
    from reunify_cli.analysis.readability import sentences

    said = [" ".join(part.casefold().split()) for part in sentences(text)]
    long = [part for part in said if len(part.split()) >= 4]
    return len(long) != len(set(long))


def main(argv: list[str] | None = None) -> int:
    from reunify_cli.analysis.evaluate import read_corpus
    from reunify_cli.analysis.readability import sentences
    from reunify_cli.analysis.reading import read, tokenize
    from reunify_cli.api import load_ruleset
    from reunify_cli.rewrite import handout
    from reunify_cli.rewrite.handoutwords import DECIDING_I, gender_of, second_person
    from reunify_cli.rewrite.statement import rewrite_plan
    from reunify_cli.selftest import plan_of_texts
    from reunify_cli.settings import Settings

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "tests/corpus/real/dev.yaml"))
    parser.add_argument("--show", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    ruleset = load_ruleset(Settings())
    lexicon = ruleset.analyzer.lexicon
    items = read_corpus(args.corpus)
    plan = plan_of_texts([item.text for item in items], args.corpus)
    report = rewrite_plan(plan, ruleset)

    def say(text: str, addressed: bool, gender: str | None) -> str:  # as the handout of a
        return second_person(text, ["[parent's name]", ""], gender, addressed)  # plan naming
        # no parent, the whole goal saying whose pronouns are the parent's

    steps = 0
    faults: dict[str, list[tuple[str, str]]] = {"prohibition said as its opposite": [],
                                                "prohibition left for an added action": [],
                                                "verb form after 'You will'": [],
                                                "verb after 'you' not agreeing": [],
                                                "first person left": [],
                                                "'you' as a noun": [],
                                                "an action done to 'you'": [],
                                                "a step said to no one": [],
                                                "a harm said as a step": [],
                                                "a sentence of the goal left out": [],
                                                "a sentence said twice": []}  # fmt: skip
    negated = 0
    for goal in report.goals:
        if not goal.rewrite or not goal.rewrite.get("behavior"):
            continue  # a sound goal: its step is its own words
        text = goal.goal.statement.text
        said_of = partial(
            say, addressed=handout.speaks_to_parent(text), gender=gender_of(text, None)
        )
        step = handout._step(goal, plan, 1, {}, said_of, lambda text: 0.0, lexicon)
        said = step.rows[0].value
        steps += 1
        follows = re.match(r"You will (\S+)(?: (?:and|or|and/or) ([a-z]+ing|[a-z]+s)\b)?", said)
        first = tokenize(follows.group(1), lexicon)[:1] if follows else []
        # and the verb joined to it ("You will phone or writing to ...")
        joined = tokenize(follows.group(2), lexicon)[:1] if follows and follows.group(2) else []
        if (
            first
            and (
                (first[0].form in ("s", "ed") and first[0].key in lexicon.verbs)
                or first[0].low in _FINITE_BE
            )
        ) or (joined and joined[0].form in ("s", "ing") and joined[0].key in lexicon.verbs):
            faults["verb form after 'You will'"].append((text, said))
        # (not "you" after a preposition, an object: "Contact with you takes place ...")
        for after in _YOU_THEN.finditer(said):
            word = tokenize(after.group(1), lexicon)[:1]
            if word and word[0].form == "s" and word[0].key in lexicon.verbs:
                faults["verb after 'you' not agreeing"].append((text, said))
                break
        if _FIRST_PERSON.search(_QUOTED.sub("", said)) and not DECIDING_I.search(text):
            # (a quote's "I" is the speaker's, and a judge's "I approve" the judge's)
            faults["first person left"].append((text, said))
        if _YOU_AS_NOUN.search(said):
            faults["'you' as a noun"].append((text, said))
        if _DONE_TO_YOU.search(said):
            faults["an action done to 'you'"].append((text, said))
        if _TO_NO_ONE.match(said):
            faults["a step said to no one"].append((text, said))
        if _HARM_TOLD.search(said):
            faults["a harm said as a step"].append((text, said))
        parts = sentences(text)
        last = {w.casefold() for w in _LONG_WORD.findall(parts[-1])} if len(parts) > 1 else set()
        shown = {w.casefold() for row in step.rows for w in _LONG_WORD.findall(row.value)}
        if len(last & shown) * 2 < len(last):
            faults["a sentence of the goal left out"].append((text, said))
        if _twice(said) and not _twice(text):  # (not a goal that says it twice itself)
            faults["a sentence said twice"].append((text, said))
        reading = read(text, lexicon)
        subject = text[reading.subject[0] :] if reading.subject else ""
        if reading.predicates and (reading.predicates[0].negated or _NO_ONE.match(subject)):
            negated += 1
            if said.startswith("You will ["):
                faults["prohibition left for an added action"].append((text, said))
            elif not _NEGATION.search(said):
                faults["prohibition said as its opposite"].append((text, said))
    print(f"{args.corpus}: {steps} steps from rewritten goals, {negated} with a negated action")
    for fault, found in faults.items():
        print(f"  {len(found):5d}  {fault}")
        for text, said in found[: args.show]:
            print(f"         - {text[:150]}\n           {said[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
