"""`reunify rules list|test|validate|evaluate` and `reunify explain RULE`: for pack authors.

Registered by a one-line import at the bottom of cli.py. Everything heavy (packs, spaCy)
is imported inside the commands, so `--help` stays instant.
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from ..cli import RulesOption, app, fail
from ..helpfmt import Command, Group, one_of
from ..model import ReunifyError, Rule, RulePack

rules_app = typer.Typer(
    name="rules",
    cls=Group,
    help="List, test, validate and evaluate rule packs.",
    no_args_is_help=True,
)
app.add_typer(rules_app, name="rules")


def _load(extra: Sequence[str]) -> tuple[RulePack, ...]:
    from ..io.packs import load_packs

    try:
        return load_packs(tuple(extra))
    except ReunifyError as exc:
        fail(exc.error)


def _effective(packs: Sequence[RulePack]) -> dict[str, Rule]:
    from ..io.packs import select_rules

    return {r.id: r for r in select_rules(packs)}


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


LIST_FORMATS = ("text", "json")


@rules_app.command("list", cls=Command)
def list_rules(
    rules: RulesOption = None,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics", help="Per pack: rules, vague phrasings, evidence sources, templates."
        ),
    ] = False,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text (a table) or json (one document, for scripts and editors).",
            autocompletion=lambda: list(LIST_FORMATS),
        ),
    ] = "text",
) -> None:
    """Every rule: id, category, severity (after overrides; 'off' when disabled), pack."""
    bad = one_of(format, LIST_FORMATS, "--format")
    if bad:
        fail(bad)
    packs = _load(rules or ())
    if format == "json":
        typer.echo(json.dumps(_json_list(packs, statistics), indent=2, ensure_ascii=False))
        return
    if statistics:
        typer.echo(_statistics(packs))
        return
    active = _effective(packs)
    rows = [("id", "category", "severity", "pack")]
    for rule in sorted((r for p in packs for r in p.rules), key=lambda r: r.id):
        severity = active[rule.id].severity.value if rule.id in active else "off"
        rows.append((rule.id, rule.category.value, severity, rule.pack))
    typer.echo(_table(rows))


def _json_list(packs: Sequence[RulePack], statistics: bool) -> dict[str, Any]:
    """`rules list --format json`: the tool, and every rule (lint's rule record, plus its
    effective severity, whether it is on, its options and where it is documented); with
    --statistics, the per-pack counts instead."""
    from dataclasses import asdict

    from ..analysis.checks import OPTIONS
    from ..io.packstats import pack_stats, totals
    from ..reporters.records import rule_record, tool_record
    from ..reporters.sarif import help_uri

    if statistics:
        return {
            "tool": tool_record(),
            "packs": [asdict(pack_stats(p)) for p in packs],
            "total": asdict(totals(packs)),
        }
    active = _effective(packs)
    records = []
    for rule in sorted((r for p in packs for r in p.rules), key=lambda r: r.id):
        on = active.get(rule.id)
        records.append(
            {
                **rule_record(rule),
                "severity": on.severity.value if on else "off",
                "default_severity": rule.severity.value,
                "enabled": on is not None,
                "options": sorted(OPTIONS.get(rule.check or "", {})),
                "help_uri": help_uri(rule),
            }
        )
    return {"tool": tool_record(), "rules": records}


def _statistics(packs: Sequence[RulePack]) -> str:
    from ..io.packstats import pack_stats, totals

    rows = [("pack", "domain", "rules", "phrasings", "evidence sources", "fixes")]
    for stats in [*(pack_stats(p) for p in packs), totals(packs)]:
        rows.append(
            (
                stats.pack,
                stats.domain or "-",
                str(stats.rules),
                str(stats.phrasings),
                str(stats.evidence),
                str(stats.fixes),
            )
        )
    note = (
        "phrasings: distinct phrases, token patterns and regexes of vague, judgmental and "
        "poverty rules (the total counts each once); fixes: rules that say what a rewrite "
        "puts in place of their words"
    )
    return f"{_table(rows)}\n\n{note}"


@rules_app.command("test", cls=Command)
def test_rules(
    packs_wanted: Annotated[
        list[str] | None,
        typer.Argument(metavar="PACK", help="Pack names or pack files (default: all)."),
    ] = None,
    rules: RulesOption = None,
) -> None:
    """Run every rule's `examples:` (fail: must be flagged, pass: must not) like a test runner."""
    from ..analysis.engine import build_ruleset
    from ..io.packs import builtin_pack_paths
    from ..selftest import run_examples

    wanted = list(packs_wanted or ())
    files = [w for w in wanted if os.path.exists(w)]
    builtin = {os.path.realpath(p) for p in builtin_pack_paths()}
    packs = _load([*(rules or ()), *(f for f in files if os.path.realpath(f) not in builtin)])
    by_path = {os.path.realpath(p.path): p.name for p in packs}
    names = {by_path.get(os.path.realpath(f), "") for f in files}
    names |= {w for w in wanted if w not in files}
    unknown = sorted(names - {p.name for p in packs})
    if unknown:
        fail(f"no rule pack named '{unknown[0]}' (see `reunify rules list --statistics`)")
    chosen = [p for p in packs if not names or p.name in names]
    try:
        ruleset = build_ruleset(packs)
    except ReunifyError as exc:
        fail(exc.error)
    active = ruleset.by_id
    rules_of = [active[r.id] for p in chosen for r in p.rules if r.id in active]
    results = list(run_examples(ruleset, rules_of))
    where = {r.id: f"{p.path}:{r.line}" for p in chosen for r in p.rules}
    failures = [r for r in results if not r.ok]
    for pack in chosen:
        mine = [r for r in results if r.pack == pack.name]
        marks = "".join("." if r.ok else "F" for r in mine)
        status = "ok" if all(r.ok for r in mine) else "FAILED"
        typer.echo(f"{pack.name} {marks} {status}" if mine else f"{pack.name} (no examples)")
    for result in failures:
        verb = "should flag" if result.kind == "fail" else "should not flag"
        found = ", ".join(result.found) or "nothing"
        typer.echo(
            f"FAIL {where[result.rule]}: {result.rule} {verb}: {result.text!r} (found: {found})"
        )
    typer.echo(
        f"{len(results)} examples of {len({r.rule for r in results})} rules: "
        f"{len(results) - len(failures)} passed, {len(failures)} failed"
    )
    raise typer.Exit(1 if failures else 0)


@rules_app.command("validate", cls=Command)
def validate(
    files: Annotated[list[str], typer.Argument(metavar="FILE", help="Rule pack files to check.")],
) -> None:
    """Check pack files against the schema, their regexes and token patterns, and that
    their `disable:` and `severity:` entries name rules that exist."""
    from ..io.packs import check_references, load_pack, load_packs

    try:
        packs = [load_pack(f) for f in files]
        given = {os.path.realpath(f) for f in files}
        others = [p for p in load_packs() if os.path.realpath(p.path) not in given]
        check_references([*others, *packs])
    except ReunifyError as exc:
        fail(exc.error)
    for pack in packs:
        typer.echo(f"{pack.path}: ok ({len(pack.rules)} rules)")


@rules_app.command("evaluate", cls=Command)
def evaluate_corpus(
    corpus: Annotated[
        str,
        typer.Argument(
            metavar="CORPUS",
            help="Labelled corpus file, or a folder of them (see tests/corpus/real/).",
        ),
    ],
    rules: RulesOption = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="Also list every disagreement with the labels.")
    ] = False,
    rewrites: Annotated[
        bool,
        typer.Option(
            "--rewrites",
            help="Score the rewrites instead: the share of goals passing each check "
            "(with --misses, every goal that fails one).",
        ),
    ] = False,
) -> None:
    """Precision, recall, F1 and balanced accuracy of each label (the vague flag, the five
    elements, the flags), and the accuracy of the actor, on a hand-labelled corpus; or,
    with --rewrites, how many rewrites pass each mechanical check."""
    if rewrites:
        _evaluate_rewrites(corpus, rules, misses)
        return
    from ..analysis.engine import build_ruleset
    from ..analysis.evaluate import evaluate, read_corpus
    from ..io.packs import expand_pack_paths

    paths = expand_pack_paths([corpus])  # a folder gives its *.yaml files, sorted
    try:
        ruleset = build_ruleset(_load(rules or ()))
        results = [evaluate(p, read_corpus(p), ruleset) for p in paths]
    except ReunifyError as exc:
        fail(exc.error)
    for index, result in enumerate(results):
        header = ("label", "precision", "recall", "f1", "balanced", "tp", "fp", "fn", "tn")
        rows: list[tuple[str, ...]] = [header]
        for s in result.scores:
            numbers = (s.precision, s.recall, s.f1, s.balanced_accuracy)
            counts = (s.tp, s.fp, s.fn, s.tn)
            rows.append((s.label, *(f"{n:.2f}" for n in numbers), *(str(n) for n in counts)))
        if result.actor_accuracy is not None:
            rows.append(("actor", "", "", "", f"{result.actor_accuracy:.2f}", "", "", "", ""))
        documents = f" from {result.documents} documents" if result.documents else ""
        typer.echo(
            ("\n" if index else "") + f"{result.path}: {result.size} labelled goals{documents}"
        )
        typer.echo(_table(rows))
        if result.actor_accuracy is not None:
            typer.echo("(actor: share of goals whose actor is the labelled one)")
        if misses:
            for miss in result.misses:
                if miss.label == "actor":
                    said = f"labelled {miss.expected}, found {miss.got}"
                else:
                    said = "missed" if miss.expected else "wrongly found"
                typer.echo(f"{result.path}:{miss.item.line}: {miss.label} {said}: {miss.item.text}")


def _evaluate_rewrites(corpus: str, rules: Sequence[str] | None, misses: bool) -> None:
    from ..analysis.engine import build_ruleset
    from ..analysis.evaluate import read_corpus
    from ..io.packs import expand_pack_paths
    from ..rewrite.checks import CHECKS, evaluate_rewrites, keeps_reference

    try:
        ruleset = build_ruleset(_load(rules or ()))
        results = [
            evaluate_rewrites(p, read_corpus(p), ruleset) for p in expand_pack_paths([corpus])
        ]
    except ReunifyError as exc:
        fail(exc.error)
    for index, result in enumerate(results):
        rewritten = sum(g.rewrite is not None for g in result.goals)
        rows = [("check", "passed")]
        rows += [(check, f"{result.rate(check):.2f}") for check in CHECKS]
        rows.append(("all checks", f"{result.rate():.2f}"))
        references = [g for g in result.goals if g.item.rewrite is not None]
        if references:
            kept = sum(keeps_reference(g.item, g.rewrite) for g in references) / len(references)
            rows.append((f"keeps what the reference keeps ({len(references)})", f"{kept:.2f}"))
        typer.echo(
            ("\n" if index else "")
            + f"{result.path}: {len(result.goals)} goals, {rewritten} rewritten"
        )
        typer.echo(_table(rows))
        if misses:
            for goal in result.goals:
                failed = [c for c, ok in goal.results.items() if not ok]
                if failed:
                    statement = goal.rewrite["statement"] if goal.rewrite else "(not rewritten)"
                    typer.echo(f"{result.path}:{goal.item.line}: {', '.join(failed)}")
                    typer.echo(f"  original  {goal.item.text}")
                    typer.echo(f"  rewrite   {statement}")


@rules_app.command("schema", cls=Command)
def schema(
    kind: Annotated[str, typer.Argument(metavar="plan|pack|config", help="Which schema to print.")],
) -> None:
    """Print the JSON Schema of plans, rule packs or the config file (save it for your
    editor)."""
    from importlib import resources

    names = {
        "plan": "plan.schema.json",
        "pack": "rulepack.schema.json",
        "config": "config.schema.json",
    }
    bad = one_of(kind, list(names), "schema")
    if bad:
        fail(bad)
    folder = resources.files("reunify_cli.schemas")
    typer.echo(folder.joinpath(names[kind]).read_text(encoding="utf-8"), nl=False)


@app.command(cls=Command)
def explain(
    rule_id: Annotated[
        str, typer.Argument(metavar="RULE", help="A rule id, e.g. vague.as-needed.")
    ],
    rules: RulesOption = None,
) -> None:
    """A rule's message, rationale, examples, and the rewrite knowledge of its pack."""
    packs = _load(rules or ())
    found = [(p, r) for p in packs for r in p.rules if r.id == rule_id]
    if not found:
        ids = [r.id for p in packs for r in p.rules]
        close = difflib.get_close_matches(rule_id, ids, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        fail(f"no rule '{rule_id}'{hint}")
    pack, rule = found[0]
    typer.echo(_explain(pack, rule, _effective(packs).get(rule.id)))


def _explain(pack: RulePack, rule: Rule, active: Rule | None) -> str:
    severity = active.severity.value if active else "off (disabled)"
    where = f"pack {pack.name}: {pack.path}:{rule.line}"
    lines = [
        f"{rule.id}  ({rule.category.value}, {severity})  {where}",
        "",
        rule.message,
        "",
        f"Why: {rule.rationale}",
    ]
    if rule.unless:
        lines.append(f"Not flagged when the goal has: {', '.join(e.value for e in rule.unless)}")
    if rule.match is not None and rule.match.phrases:
        lines.append(f"Matches: {', '.join(rule.match.phrases)}")
    for title, texts in (("Flags", rule.examples.fail), ("Does not flag", rule.examples.passing)):
        if texts:
            lines += ["", f"{title}:", *(f"  - {t}" for t in texts)]
    if rule.fix is not None:
        lines += ["", "In a rewrite:", *_fix(rule.fix)]
    for domain in pack.domains:
        lines += ["", f"Rewrite knowledge ({domain.name}):", *_knowledge(domain.data)]
    return "\n".join(lines)


def _fix(fix: Any) -> list[str]:
    """What a rewrite puts in place of the rule's words (its `fix:`)."""
    lines = [f'  "{phrase}" -> "{text}"' for phrase, text in dict(fix.get("phrases", {})).items()]
    if fix.get("keep"):
        lines.append("  other words stay; the rewrite adds the action and evidence that show them")
    if fix.get("negate"):
        lines.append('  other words become a ban ("refrain from using" -> "not use")')
    if fix.get("with"):
        lines.append(f'  other words -> "{fix["with"]}"')
    support = fix.get("support")
    if support:
        offers = support.items() if isinstance(support, dict) else [("", support)]
        lines += [f"  help offered{f' ({k})' if k else ''}: {v}" for k, v in offers]
    return lines


def _knowledge(data: Any) -> list[str]:
    """The suggestions a rewrite shows inside its placeholders."""
    lines: list[str] = []
    for key, title in (
        ("behaviors", "Observable behaviors"),
        ("evidence", "Evidence sources"),
        ("cadences", "Reporting cadences"),
    ):
        if data.get(key):
            lines += [f"  {title}:", *(f"    - {item}" for item in data[key])]
    return lines
