"""Read the form of a goal statement: who must act, what they must do, what it bans.

Real plans write goals in many forms: "Mother will attend ...", imperatives ("Attend
..."), first person ("I will ..."), duties of the caseworker or a provider, passives
("Visits will occur ...", "Mother will be referred to ..."), fragments from forms ("Random
drug screens", "Proof of income") and prohibitions ("No further violence in the home",
"will not argue in front of the children"). `read()` finds, sentence by sentence, the
subject and the modal, the predicates (each verb, observable or not, negated or not) and
what a fragment names, and from them the actor.

Pure Python over a tokenizer of its own (no spaCy): the word lists come from the packs'
`lexicon:` sections (rules/reading.yaml), compiled once into a `Lexicon` whose tables know
every inflection of every listed word, so matching does not depend on letter case or on
a lemma table.
"""

from __future__ import annotations

from .actor import actor_of_role, read
from .lexicon import (
    ACT_NOUNS,
    ACTORS,
    FEATURES,
    Lexicon,
    Predicate,
    Reading,
    Token,
    compile_lexicon,
    merge_lexicons,
)
from .tokens import sentences, tokenize

__all__ = [
    "ACTORS",
    "ACT_NOUNS",
    "FEATURES",
    "Lexicon",
    "Predicate",
    "Reading",
    "Token",
    "actor_of_role",
    "compile_lexicon",
    "merge_lexicons",
    "read",
    "sentences",
    "tokenize",
]
