"""The only module that imports spaCy: compile pack matches once, find them in statements.

The default pipeline is `spacy.blank("en")` plus the lookup lemmatizer with the English
table of `spacy-lookups-data` (shipped in reunify_cli/data) - nothing to download. Text
is lower-cased before analysis (keeping every character offset), so phrases match
whatever the capitalisation, and phrases match on lemmas, so "made progress", "making
progress" and "make progress" are one phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import methodcaller
from typing import Any, NamedTuple

from ..model import Detector, Domain, LoadError, Match, ReunifyError, Rule
from .readcopy import reading_copy, to_original
from .reading import Lexicon, Reading, compile_lexicon, read
from .regexes import Needs, may_match, required_words
from .regexguard import TIMEOUT, compile_pattern
from .regexset import PatternSet

MAX_TEXT = 20_000  # characters of one statement that are analysed (longer text is cut)
CACHE_STATEMENTS = 10_000  # analysed statements kept per run (least recently met out first)
FLAG_IDS = range(19, 64)  # lexeme flag bits spaCy leaves free (FLAG19 ... FLAG63)
LEXICAL_ATTRS = ("ORTH", "LOWER", "LEMMA")


class Hit(NamedTuple):  # immutable, and made several times faster than a frozen dataclass
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


SET_AFTER = 40  # statements analysed with the word pre-test before the RE2 set is built
LEMMA_TABLE = "en_lemma_lookup.json.gz"  # in reunify_cli/data (see its LICENSE.txt)
# Entries of that table that are wrong for plain English, corrected when it is loaded: it
# makes "as" the plural of "a" (so a phrase "as appropriate" matched "an appropriate"),
# "does" a plural of "doe" and "phases" of "phasis".
LEMMA_FIXES = {"as": "as", "does": "do", "phases": "phase"}


def make_pipeline() -> Any:
    """Blank English with spaCy's lookup lemmatizer and reunify's lemma table."""
    import spacy
    from spacy.lookups import Lookups

    nlp = spacy.blank("en")
    lemmatizer: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize(lookups=Lookups().from_bytes(_table_bytes()))
    return nlp


def _table_bytes() -> bytes:
    """The English lookup table of spacy-lookups-data (shipped: the one table of that 99 MB
    package that is used), kept in the user cache in spaCy's own binary form (msgpack),
    which loads faster than the gzipped JSON (no plan text)."""
    from ..io.packcache import cached_bytes

    key = (_version("spacy"), _table_digest(), repr(sorted(LEMMA_FIXES.items())))
    return cached_bytes("lemma-lookup", key, _lookups_bytes)


def lemma_table() -> Mapping[int, Any]:
    """The lemma table as {word id: lemma}, read from its binary form as plain data:
    7 ms, where spaCy's Lookups.from_bytes takes 90 (it hashes every key again)."""
    import srsly

    data = srsly.msgpack_loads(_table_bytes())
    table = data.get("lemma_lookup") if isinstance(data, dict) else None
    if not isinstance(table, dict):  # pragma: no cover - written by _lookups_bytes
        raise ValueError("unexpected lemma table")
    return table


def _table_file() -> Any:
    from importlib import resources

    return resources.files("reunify_cli.data").joinpath(LEMMA_TABLE)


def _table_digest() -> str:
    import hashlib

    return hashlib.sha256(_table_file().read_bytes()).hexdigest()


def _lookups_bytes() -> bytes:
    import gzip
    import json

    from spacy.lookups import Lookups

    table = json.loads(gzip.decompress(_table_file().read_bytes()))
    table.update(LEMMA_FIXES)
    lookups = Lookups()
    lookups.add_table("lemma_lookup", table)
    data: bytes = lookups.to_bytes()
    return data


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:  # pragma: no cover
        return "?"


class Analyzer:
    """Compiled matchers for a set of rules, detectors and domains."""

    def __init__(
        self,
        rules: Sequence[Rule],
        detectors: Sequence[Detector],
        domains: Sequence[Domain],
        nlp: Any = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.lexicon = lexicon if lexicon is not None else compile_lexicon({})
        self.readers: list[tuple[str, frozenset[str]]] = []  # (key, reading features)

        # With our own pipeline a lemma depends on the word alone (lookup table), so
        # lemmas are set straight from the table, and set tests on words (`IN` / `NOT_IN`
        # lists) can become lexeme flags that the Matcher checks in C: same results, much faster.
        self.lexical = None
        if nlp is None:
            import spacy

            # lemmas come from the table through _Lexical: no lemmatizer in the pipeline
            self.lexical = _Lexical(nlp := spacy.blank("en"), lemma_table())
        self.nlp = nlp
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.matcher = Matcher(self.nlp.vocab, validate=self.lexical is None)
        self.checker = Matcher(self.nlp.vocab, validate=True)  # spaCy's pattern errors
        self.regexes: list[tuple[str, Any, str]] = []  # (key, compiled pattern, pack)
        self._regex_needs: list[Needs] | None = None
        # A statement's hits depend on its text and the rules alone: a batch that repeats
        # template sentences analyses each once (per process). Bounded: the least recently
        # met statement goes first.
        self._cache: dict[str, list[Hit]] = {}
        self.cache_statements = CACHE_STATEMENTS
        # One object per distinct hit: a batch's statements share most of theirs (the
        # actor, the modal, "by <date>" at the same offsets): 116,000 hits, 11,000 distinct
        # in 2,000 generated plans, a fifth of the cache's memory.
        self._hit_objects: dict[Hit, Hit] = {}
        entries: list[tuple[str, Match, str]] = []
        entries += [(f"rule:{r.id}", r.match, r.pack) for r in rules if r.match is not None]
        entries += [(f"det:{d.id}", d.match, d.pack) for d in detectors]
        entries += [(f"dom:{d.id}", d.recognise, d.pack) for d in domains]
        for key, match, pack in entries:  # token patterns first: flags set on fewer words
            self._add(key, match, pack)
        if self.lexical is not None:
            self.lexical.set_flags()
        phrases = [(key, lower_keep_offsets(p)) for key, match, _ in entries for p in match.phrases]
        by_key: dict[str, list[Any]] = {}
        patterns = self._phrase_patterns([p for _, p in phrases])
        for (key, _), pattern in zip(phrases, patterns, strict=True):
            by_key.setdefault(key, []).append(pattern)
        for key, found in by_key.items():
            self.phrase_matcher.add(key, found)
        # with the default pipeline, one RE2 pass tells which regexes may match at all
        self._regex_set: PatternSet | None = None
        self._statements = 0  # analysed so far: the set is built once it pays for itself

    def _phrase_patterns(self, phrases: Sequence[str]) -> list[Any]:
        """The phrases as the PhraseMatcher takes them: docs with lemmas, or, with the
        default pipeline, a phrase of plain ASCII words that are no tokenizer special case
        as the sequence of its words' lemma ids (the tokenizer would split it at its spaces
        and nowhere else; the matcher keeps no more of a doc than that sequence). Most
        phrases: making their docs took a tenth of a cold start, for words that a short
        plan never uses."""
        if self.lexical is None:
            return list(self.nlp.pipe(phrases))
        specials = self.nlp.tokenizer.rules
        hard = [p for p in phrases if not _plain_words(p, specials)]
        docs_of_hard = map(self.lexical.lemmatize, self.nlp.tokenizer.pipe(hard))
        tokenized = dict(zip(hard, docs_of_hard, strict=True))
        lemma_id = self.lexical.lemma_id
        return [
            tokenized[phrase] if phrase in tokenized else tuple(map(lemma_id, phrase.split(" ")))
            for phrase in phrases
        ]

    def _add(self, key: str, match: Match, pack: str) -> None:
        if match.patterns:
            patterns = [[dict(token) for token in pattern] for pattern in match.patterns]
            try:
                if self.lexical is None:
                    self.matcher.add(key, patterns)
                else:  # checked as written, matched with flags for the word lists
                    self.checker.add(key, patterns)
                    self.matcher.add(key, [list(map(self.lexical.token, p)) for p in patterns])
            except (ValueError, KeyError) as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid"
                raise ReunifyError(
                    LoadError(
                        pack, f"{key[key.index(':') + 1 :]}: invalid spaCy token pattern: {first}"
                    )
                ) from None
        if match.reading:
            self.readers.append((key, frozenset(match.reading)))
        for pattern in match.regex:
            self.regexes.append((key, _Lazy(pattern), pack))

    @property
    def regex_set(self) -> PatternSet:
        """With the default pipeline, one RE2 pass tells which regexes may match at all.
        Built when first asked for (24 ms: more than a one-plan run's regexes take)."""
        if self._regex_set is None:
            patterns = [regex.pattern for _, regex, _ in self.regexes]
            self._regex_set = PatternSet(patterns if self.lexical else [])
        return self._regex_set

    @property
    def regex_needs(self) -> list[Needs]:
        """With the default pipeline, the words each regex needs: a regex is skipped on
        ASCII text lacking them (when the RE2 pass cannot tell). Worked out when first
        needed."""
        if self._regex_needs is None:
            patterns = [regex.pattern for _, regex, _ in self.regexes]
            self._regex_needs = cached_needs(patterns) if self.lexical else [()] * len(patterns)
        return self._regex_needs

    def hits(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[list[Hit]]:
        """For each text, every match (rule, detector, domain) with character offsets.

        A statement met before in this run gets the same (shared, not to be changed) list
        of hits: the hits of a text depend on nothing else."""
        heads = [t[:MAX_TEXT] for t in texts]
        cache = self._cache
        found = {h: cache.pop(h) for h in heads if h in cache}
        cache.update(found)  # met again: the newest entries, dropped last
        todo = [h for h in dict.fromkeys(heads) if h not in found]
        if todo:
            for head, hits in zip(todo, self._analyse(todo, batch_size), strict=True):
                found[head] = hits
            for head in todo:
                cache[head] = found[head]
            while len(cache) > self.cache_statements:
                del cache[next(iter(cache))]
        for head in heads:
            yield found[head]

    def _analyse(self, written: Sequence[str], batch_size: int) -> Iterator[list[Hit]]:
        from spacy.attrs import IDX, LENGTH

        # read a copy with broken words joined and shorthand written out (readcopy.py);
        # hits point at the text as written
        joined = [reading_copy(h) for h in written]
        heads = [text for text, _ in joined]
        lowered = [lower_keep_offsets(h) for h in heads]
        tokenized = [_break_punctuation_runs(low) for low in lowered]
        strings = self.nlp.vocab.strings
        if self.lexical is not None:
            docs = map(self.lexical.lemmatize, self.nlp.tokenizer.pipe(tokenized, batch_size))
        else:
            docs = self.nlp.pipe(tokenized, batch_size=batch_size)
        key_of: dict[int, str] = {}
        for (head, origin), low, doc in zip(joined, lowered, docs, strict=True):
            found: list[Hit] = []
            matches = self.phrase_matcher(doc) + self.matcher(doc)
            if matches:
                bounds = doc.to_array([IDX, LENGTH]).tolist()  # token offsets, in bulk
                for match_id, start, end in matches:
                    key = key_of.get(match_id)
                    if key is None:
                        key = key_of[match_id] = strings[match_id]
                    last = bounds[end - 1]
                    found.append(Hit(key, bounds[start][0], last[0] + last[1]))
            ascii = head.isascii()
            self._statements += 1
            may = None
            if self._statements > SET_AFTER and self.regex_set.size:
                may = self.regex_set.candidates(head)
            if may is not None:
                chosen: Iterable[int] = sorted(may)
            elif ascii and any(self.regex_needs):
                needs = self.regex_needs
                chosen = [i for i, need in enumerate(needs) if not need or may_match(need, low)]
            else:
                chosen = range(len(self.regexes))
            regexes = self.regexes
            for index in chosen:
                key, regex, pack = regexes[index]
                found += _regex_hits(key, regex, pack, head)
            found.extend(reading_hits(read(head, self.lexicon), self.readers))
            if origin is not None:
                found = [Hit(h.key, *to_original(origin, h.start, h.end)) for h in found]
            found.sort(key=lambda h: (h.start, -h.end, h.key))
            shared = self._hit_objects
            if len(shared) > self.cache_statements * 4:
                shared.clear()
            yield [shared.setdefault(hit, hit) for hit in found]


def cached_needs(patterns: Sequence[str]) -> list[Needs]:
    """`required_words` of each pattern, kept in the user cache (packcache.cached_bytes:
    derived from the packs, no plan text): parsing a hundred pack regexes took a tenth of
    the work of a one-plan run."""
    import hashlib
    import json

    from ..io.packcache import cached_bytes

    def build() -> bytes:
        return json.dumps([required_words(p) for p in patterns]).encode()

    digest = hashlib.sha256("\0".join(patterns).encode()).hexdigest()
    try:
        data = json.loads(cached_bytes("regex-needs", ("1", digest), build))
        needs = [tuple(tuple(str(w) for w in group) for group in groups) for groups in data]
    except (ValueError, TypeError):  # pragma: no cover - checksummed, so only a bug
        return [required_words(p) for p in patterns]
    if len(needs) != len(patterns):  # pragma: no cover - keyed by the patterns
        return [required_words(p) for p in patterns]
    return needs


class _Lazy:
    """A pack regex compiled when first run (`regex` takes milliseconds per pattern, and a
    short run needs few of them)."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: Any = None

    def compiled(self) -> Any:
        if self._compiled is None:
            self._compiled = compile_pattern(self.pattern)
        return self._compiled


def reading_hits(reading: Reading, readers: Sequence[tuple[str, frozenset[str]]]) -> list[Hit]:
    """How a statement reads, as hits: `actor:<actor>` (`actor~:<actor>` when the
    statement does not name the actor itself; `subject:person` too when its subject is a
    person the lexicon does not know, `subject:named` when it opens with the role it names
    as an active duty's subject), `read:<feature>` for each feature, and the
    hits of every match that names a feature it has (`match: {reading: [...]}`)."""
    features = reading.features()
    start, end = reading.subject or (0, 0)
    found = [Hit(f"actor{'' if reading.explicit else '~'}:{reading.actor}", start, end)]
    if reading.person:
        found.append(Hit("subject:person", start, end))
    elif reading.opening:
        found.append(Hit("subject:named", start, end))
    found += [Hit(f"read:{name}", s, e) for name, (s, e) in features.items()]
    for key, wanted in readers:
        name = next((n for n in features if n in wanted), None)
        if name is not None:
            found.append(Hit(key, *features[name]))
    return found


_SPAN = methodcaller("span")


def _regex_hits(key: str, regex: _Lazy, pack: str, text: str) -> list[Hit]:
    """Matches of one pack regex, bounded in time (see regexguard: the load-time check
    rejects the usual catastrophic shapes; this is the backstop for the rest)."""
    try:
        spans = map(_SPAN, regex.compiled().finditer(text, timeout=TIMEOUT))
        return [Hit(key, start, end) for start, end in spans if end > start]
    except TimeoutError:
        name = key[key.index(":") + 1 :]
        raise ReunifyError(
            LoadError(
                pack,
                f"{name}: regex {regex.pattern!r} took more than {TIMEOUT:g}s on a statement "
                f"of {len(text):,} characters (catastrophic backtracking); simplify it",
            )
        ) from None


class _Lexical:
    """Word-level shortcuts valid for the default pipeline (blank English + lookup lemmas)."""

    def __init__(self, nlp: Any, table: Mapping[int, Any]) -> None:
        from spacy.attrs import IDS

        self.vocab = nlp.vocab
        # a word's lemma id, filled as words are met (the whole table took 40 ms a start)
        self.lemma_ids = _LemmaIds(table, nlp.vocab.strings)
        self.lemma_of: dict[str, Callable[[str], str]] = {
            "ORTH": str,
            "LOWER": str.lower,
            "LEMMA": self._lemma,
        }
        self.free = [i for i in FLAG_IDS if i not in nlp.vocab.lex_attr_getters]
        self.names = {value: name for name, value in IDS.items() if name.startswith("FLAG")}
        self.flags: dict[tuple[str, frozenset[str]], str] = {}
        self._unset: list[tuple[int, Callable[[str], bool]]] = []  # flags words lack yet

    def _lemma(self, word: str) -> str:
        key = self.vocab.strings[word]
        lemma = self.lemma_ids.learn((key,))[key]
        return word if lemma == key else str(self.vocab.strings[lemma])

    def token(self, spec: dict[str, Any]) -> dict[str, Any]:
        """A token pattern with `{ATTR: {IN: [words]}}` and `{ATTR: {NOT_IN: [words]}}`
        tests turned into flag tests (true, false): checked in C, not per token in Python."""
        result: dict[str, Any] = {}
        for attr, value in spec.items():
            test, words = next(iter(value.items())) if _one_key(value) else (None, None)
            flag = None
            if (
                attr.upper() in LEXICAL_ATTRS
                and test in ("IN", "NOT_IN")
                and isinstance(words, list)
            ):
                flag = self._flag(attr.upper(), words)
            if flag is None or flag in result:
                result[attr] = value
            else:
                result[flag] = test == "IN"
        return result

    def _flag(self, attr: str, words: list[Any]) -> str | None:
        if not all(isinstance(w, str) for w in words):
            return None
        key = (attr, frozenset(words))
        if key not in self.flags:
            if not self.free:
                return None
            bit = self.free.pop(0)
            of, members = self.lemma_of[attr], key[1]

            def getter(word: str) -> bool:
                return of(word) in members

            # what vocab.add_flag does, except that the words already known get their
            # flags in one pass for all flags (set_flags), not one pass per flag
            self.vocab.lex_attr_getters[bit] = getter  # words met from now on
            self._unset.append((bit, getter))
            self.flags[key] = self.names[bit]
        return self.flags[key]

    def set_flags(self) -> None:
        """Give the words already in the vocabulary the flags made since the last call."""
        if self._unset:
            for lexeme in self.vocab:
                word = lexeme.orth_
                for bit, getter in self._unset:
                    lexeme.set_flag(bit, getter(word))
            self._unset = []

    def lemma_id(self, word: str) -> int:
        """The id of the lemma `lemmatize` gives `word` (the table's, else the word)."""
        orth = self.vocab.strings.add(word)
        known = self.lemma_ids.known
        if orth not in known:
            known = self.lemma_ids.learn((orth,))
        lemma: int = known[orth]
        return lemma

    def lemmatize(self, doc: Any) -> Any:
        """What the lookup lemmatizer does (lemma = table[word], else the word), in bulk."""
        if len(doc):
            import numpy
            from spacy.attrs import LEMMA, ORTH

            rows = doc.to_array([ORTH, LEMMA]).tolist()
            known = self.lemma_ids.known
            if any(orth not in known for orth, _ in rows):
                known = self.lemma_ids.learn(orth for orth, _ in rows)
            lemmas = [lemma or known[orth] for orth, lemma in rows]
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


class _LemmaIds:
    """word id -> lemma id from the lookup table (the word's own id when the table lacks
    it), each entry made when the word is first met: the whole table took 40 ms a start."""

    def __init__(self, table: Any, strings: Any) -> None:
        self.known: dict[int, int] = {}
        self._table = table
        self._strings = strings

    def learn(self, words: Iterable[int]) -> dict[int, int]:
        """`known`, with entries for `words` too."""
        known = self.known
        for word in words:
            if word not in known:
                value = self._table.get(word)
                if value is None:
                    known[word] = word
                else:
                    known[word] = self._strings.add(value if isinstance(value, str) else value[0])
        return known


def _plain_words(phrase: str, specials: Mapping[str, Any]) -> bool:
    words = phrase.split(" ")
    return all(w.isascii() and w.isalpha() and w not in specials for w in words)


def _one_key(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1


def lemmas(nlp: Any, phrase: str) -> tuple[str, ...]:
    return tuple(t.lemma_ for t in nlp(lower_keep_offsets(phrase)))


def group_hits(hits: Iterable[Hit]) -> Mapping[str, list[Hit]]:
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.key, []).append(hit)
    return grouped
