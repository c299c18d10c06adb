"""Count rewrites of real statements whose English is broken in a known way.

    python benchmarks/rewrite_grammar.py                      # dev's statements labelled vague
    python benchmarks/rewrite_grammar.py tests/corpus/real/fresh.yaml --show 5

The mechanical checks of `reunify rules evaluate --rewrites` (words kept, numbers kept,
nothing invented, ...) cannot see grammar. This rewrites the statements of a labelled
corpus file (those labelled vague, or all with `--all`), in one plan and without a plan
file, as `reunify rewrite --format json` does, and counts the rewrites showing a shape of
broken English that a fix once produced: a replacement verb left in its base form after
a third-person subject or an auxiliary ("Mother attend", "is attend"), "agree" without
its "to", a list item's link kept before the end ("until [date]; and."), a ban made of
two verbs ("not have or reduce"), help given to a clause or a thing instead of a person
("will give lived up to a [help ...]"), a need after "can" not in its base form ("so
that they can obtaining"), one placeholder twice, a word said twice ("negative urine test
tests"), "not use drug use", a verb where a noun belongs ("Mental health complete [each
recommendation ...]", "follow complete [...]"), an account where a word for a person or a
quality belongs ("is an [what was seen or heard, and when]", "a [...] parent"), how often
asked twice in a sentence, a verb after "make" in its -s form ("make develops"), words
added inside a quotation ('the children by [date]."'), a stop after a quotation that had
ended ('.".'), "not have" before an -ing verb ("Do not have focusing"), a service met with
("meet with therapy"), a deadline's "until" after the goal's own ("no contact until she
has completed treatment until [date]"). A rewrite is not counted for a shape its original
already has. Nothing is written; the counts (and, with `--show N`, the first N rewrites of
each shape) are printed.

A shape is not counted where the original has the same words ("as agreed by the parties"
has "agreed" without "to" and is no fault of the rewrite). Some counts are still the scan's
own false alarms: read them with `--show` before trusting a change.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_TWO_VERBS = r"\b[Nn]ot (?:have|use) (?:or|and)\b"
# shape -> (pattern in the rewrite, pattern in the original that excuses it or None)
SHAPES: dict[str, tuple[str, str | None]] = {
    "agree without to": (
        # (not the deadline the rewrite adds after an "agree" that ends the goal: "as the
        # parties may agree until [date]")
        r"\bagree[sd]? (?!to\b|with\b|that\b|on\b|upon\b|in\b|\[|(?:until|by) \[)[a-z]+\b",
        r"\bagree[sd]? to\b",
    ),
    "list link before the end": (r"[;,] (?:and|or)\.", None),
    "ban of two verbs": (_TWO_VERBS, _TWO_VERBS),
    "help given to no one": (
        # (a person given help, named by a role: "the father", "parents", "respondent")
        r"will give (?!(?:(?:the|a|an|each|all|both)\s+)?(?:parent|child|children|caregiver|"
        r"mother|father|mom|dad|mum|respondent|petitioner|young adult|young person|youth|"
        r"family|client|participant)s?\b|\[)(?:[a-z]\w*|They|It|She|He"
        r"|Case|Pay|The intent|This|At)\b[^\[]{0,40}\[help",
        None,
    ),
    "need after can not in base form": (
        r"so that (?:they|he|she) can (?:\w+ing|was|were|is|are|has|had|\w+ed)\b",
        None,
    ),
    "base form after an auxiliary": (
        r"\b(?:is|was|are|were|been|be) (?:attend|complete|follow)\b",
        r"\b(?:is|was|are|were|been|be) (?:attend|complete|follow)\b",
    ),
    "base form after a third person": (
        r"\b(?:Mother|Father|She|He|mother|father|[Tt]he parent) "
        r"(?:attend|complete|follow|not use|not have)\b",
        r"\b(?:Mother|Father|She|He|mother|father|[Tt]he parent) "
        r"(?:attend|complete|follow|not use|not have)\b",
    ),
    "one placeholder twice": (r"(\[[^\[\]]+\]) \1", None),
    "a word said twice": (r"\b([a-z]{3,})s? \1s?\b", r"\b([a-z]{3,})s? \1s?\b"),
    "use said twice": (
        r"\bnot use (?:\w+ )?(?:use|abuse|misuse|usage|consumption)\b",
        r"\buse (?:\w+ )?(?:use|abuse|misuse|usage|consumption)\b",
    ),
    "a verb where a noun belongs": (
        r"\b(?:health|abuse|medical|drug|alcohol|dependency|specialised|specialized|other|"
        r"follow|the|an?) complete \[each recommendation",
        None,
    ),
    "an account after a, the or is": (
        r"\b(?:[Aa]n?|[Tt]he|that|is|are) \[what was seen or heard, and when\]",
        None,
    ),
    "how often asked twice": (r"- how often\][^.\[]*\[how often", None),
    "a verb after make in its -s form": (r"\bmake (?:develops|completes|contacts|attends)\b", None),
    "words added inside a quotation": (r"\[(?:date|how often[^\]]*)\][.!?]?[\"\u201d\u2019]", None),
    "a stop after a quotation that ended": (r"[.!?][\"\u201d\u2019]\.", r"[.!?][\"\u201d\u2019]\."),
    "not have before an -ing verb": (r"\b[Nn]ot have (?!\w*thing\b)\w+ing\b", None),
    "a service met with": (
        r"\bmeet with (?:\w+ ){0,2}(?:therapy|treatment|services|counseling|programs?)\b",
        None,
    ),
    "until twice": (r"\b(?:until|till)\b[^.]*\buntil \[date\]", None),
}


def broken(original: str, rewrite: str) -> list[str]:
    """The shapes of broken English `rewrite` shows that `original` does not excuse: by
    its excuse pattern, or by having the very words itself ("such other time as the
    parties may agree until [date]" keeps the original's "agree until" - not a fault)."""
    return [
        shape
        for shape, (pattern, excuse) in SHAPES.items()
        if any(m.group() not in original for m in re.finditer(pattern, rewrite))
        and not (excuse and re.search(excuse, original))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "tests/corpus/real/dev.yaml"))
    parser.add_argument("--all", action="store_true", help="every statement, not only vague")
    parser.add_argument("--show", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)

    from reunify_cli.analysis.evaluate import read_corpus
    from reunify_cli.api import load_ruleset
    from reunify_cli.rewrite.statement import rewrite_plan
    from reunify_cli.selftest import plan_of_texts
    from reunify_cli.settings import Settings

    items = [g for g in read_corpus(args.corpus) if args.all or "vague" in g.labels]
    report = rewrite_plan(plan_of_texts([g.text for g in items]), load_ruleset(Settings()))
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for item, goal in zip(items, report.goals, strict=True):
        if goal.rewrite is None:
            continue
        statement = str(goal.rewrite["statement"])
        for shape in broken(item.text, statement):
            counts[shape] += 1
            shown.setdefault(shape, []).append(statement)
    print(f"{args.corpus}: {len(items)} statements, {sum(counts.values())} broken rewrites")
    for shape, n in counts.most_common():
        print(f"  {n:5d}  {shape}")
        for statement in shown[shape][: args.show]:
            print(f"         {statement[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
