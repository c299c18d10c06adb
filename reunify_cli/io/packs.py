"""Load and validate rule packs (YAML) into `RulePack`s; select the rules a run uses."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..analysis.regexguard import problem as regex_problem
from ..model import (
    Category,
    Detector,
    Domain,
    Element,
    Examples,
    LoadError,
    Match,
    ReunifyError,
    Rule,
    RulePack,
    Severity,
)
from .yamlio import Node, key_node, node_at, parse, read_text

BUILTIN_PACKAGE = "reunify_cli.rules"


@cache
def _validator() -> Any:
    import jsonschema  # imported on first pack load only

    schema_text = resources.files("reunify_cli.schemas").joinpath("rulepack.schema.json")
    schema = json.loads(schema_text.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def builtin_pack_paths() -> list[str]:
    folder = resources.files(BUILTIN_PACKAGE)
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))


@cache
def builtin_pack_names() -> frozenset[str]:
    """The names of the built-in packs (each file is named after its pack)."""
    return frozenset(Path(p).stem for p in builtin_pack_paths())


def expand_pack_paths(paths: Iterable[str]) -> list[str]:
    """Files as given; folders give their *.yaml / *.yml files, sorted."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    str(p) for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()
                )
            )
        else:
            found.append(raw)
    return found


def load_pack(path: str) -> RulePack:
    return parse_pack(path, read_text(path))


def parse_pack(path: str, text: str) -> RulePack:
    root = parse(path, text)
    if root is None or root.kind != "map":
        line = root.line if root else 1
        raise ReunifyError(
            LoadError(
                path,
                "a rule pack must be a mapping with `pack:`, "
                "`version:`, `description:` and `rules:`",
                line,
                1,
            )
        )
    data = root.to_python()
    errors = sorted(_validator().iter_errors(data), key=lambda e: _error_line(root, e))
    if errors:
        raise ReunifyError(_schema_error(path, root, errors[0]))
    name = str(data["pack"])
    rules_node = root.get("rules")
    rules = tuple(
        _rule(path, name, raw, rules_node.items[i] if rules_node else root)
        for i, raw in enumerate(data.get("rules", []))
    )
    detectors_node = root.get("detectors")
    detectors = tuple(
        Detector(
            str(raw["id"]),
            Element(raw["element"]),
            _match(
                path,
                raw["match"],
                detectors_node.items[i] if detectors_node else root,
                f"detector '{raw['id']}'",
            ),
            name,
        )
        for i, raw in enumerate(data.get("detectors", []))
    )
    domains: tuple[Domain, ...] = ()
    if "domain" in data:
        raw_domain = data["domain"]
        domain_node = root.get("domain") or root
        domains = (
            Domain(
                str(raw_domain["id"]),
                str(raw_domain["name"]),
                name,
                _match(path, raw_domain["recognise"], domain_node, f"domain '{raw_domain['id']}'"),
                MappingProxyType(dict(raw_domain)),
            ),
        )
    _check_unique(path, rules_node, [r.id for r in rules])
    return RulePack(
        name=name,
        version=str(data["version"]),
        description=str(data["description"]),
        path=path,
        rules=rules,
        detectors=detectors,
        domains=domains,
        disable=tuple(data.get("disable", [])),
        severity=MappingProxyType(dict(data.get("severity", {}))),
        lexicon=MappingProxyType(dict(data.get("lexicon", {}))),
        glossary=MappingProxyType({str(k): str(v) for k, v in data.get("glossary", {}).items()}),
    )


def _rule(path: str, pack: str, raw: Mapping[str, Any], node: Node) -> Rule:
    examples = raw.get("examples", {})
    return Rule(
        id=str(raw["id"]),
        category=Category(raw["category"]),
        severity=Severity(raw["severity"]),
        message=str(raw["message"]).strip(),
        rationale=str(raw["rationale"]).strip(),
        pack=pack,
        match=_match(path, raw["match"], node, f"rule '{raw['id']}'") if "match" in raw else None,
        element=Element(raw["element"]) if "element" in raw else None,
        check=raw.get("check"),
        unless=tuple(Element(e) for e in raw.get("unless", [])),
        actors=tuple(str(a) for a in raw.get("actors", [])),
        fallback=bool(raw.get("fallback", False)),
        fix=MappingProxyType(dict(raw["fix"])) if "fix" in raw else None,
        suggestion=raw.get("suggestion"),
        examples=Examples(tuple(examples.get("fail", [])), tuple(examples.get("pass", []))),
        line=node.line,
        params=MappingProxyType(dict(raw.get("params", {}))),
    )


def _match(path: str, raw: Mapping[str, Any], node: Node, owner: str) -> Match:
    """A rule's, detector's or domain's `match`; `owner` names it in errors."""
    match_node = node.get("match") or node.get("recognise") or node
    for index, pattern in enumerate(raw.get("regex", [])):
        problem = regex_problem(pattern)
        if problem:
            where = node_at(match_node, ("regex", index)) or match_node
            shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
            message = f"{owner}: {problem}: {shown!r}"
            raise ReunifyError(LoadError(path, message, where.line, where.column))
    for index, pattern in enumerate(raw.get("patterns", [])):
        problem = _pattern_problem(pattern)
        if problem:
            where = node_at(match_node, ("patterns", index)) or match_node
            message = f"{owner}: invalid spaCy token pattern: {problem}"
            raise ReunifyError(LoadError(path, message, where.line, where.column))
    return Match(
        phrases=tuple(str(p) for p in raw.get("phrases", [])),
        patterns=tuple(
            tuple(MappingProxyType(dict(t)) for t in p) for p in raw.get("patterns", [])
        ),
        regex=tuple(raw.get("regex", [])),
        reading=tuple(str(r) for r in raw.get("reading", [])),
    )


def _pattern_problem(pattern: list[dict[str, Any]]) -> str | None:
    """The first problem spaCy finds in a token pattern, made readable (quote YAML words
    like `no` or `on`, which YAML reads as true/false)."""
    from spacy.schemas import validate_token_pattern

    problems = validate_token_pattern(pattern)
    if not problems:
        return None
    first = re.sub(r"^\[pattern -> (\d+) -> ", lambda m: f"token {m.group(1)}: ", problems[0])
    first = first.replace(" -> TokenPatternString", "").replace("] ", ": ", 1)
    return first + " (quote words YAML reads as numbers or true/false, like no, on, 7)"


def _check_unique(path: str, rules_node: Node | None, ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for index, rule_id in enumerate(ids):
        if rule_id in seen:
            where = node_at(rules_node, (index, "id")) if rules_node else None
            raise ReunifyError(
                LoadError(
                    path,
                    f"duplicate rule id '{rule_id}'",
                    where.line if where else None,
                    where.column if where else None,
                )
            )
        seen.add(rule_id)


def _error_line(root: Node, error: Any) -> int:
    node = node_at(root, tuple(error.absolute_path))
    return node.line if node else 0


def _schema_error(path: str, root: Node, error: Any) -> LoadError:
    location = tuple(error.absolute_path)
    node = node_at(root, location)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in location).lstrip(".")
    if error.validator == "additionalProperties" and node is not None and node.kind == "map":
        allowed = sorted(error.schema.get("properties", {}))
        unknown = [k.value for k, _ in node.pairs if k.value not in allowed]
        key = key_node(node, unknown[0]) if unknown else node
        target = key or node
        return LoadError(
            path,
            f"unknown key '{unknown[0] if unknown else '?'}'"
            f"{' in ' + where if where else ''}; expected one of: "
            f"{', '.join(allowed)}",
            target.line,
            target.column,
        )
    if error.validator == "oneOf" and location and location[0] == "rules":
        message = f"{where}: a rule needs exactly one of `match`, `element` or `check`"
    elif error.validator == "type":
        wanted = error.validator_value
        names = {"array": "a list", "object": "a mapping", "string": "text", "number": "a number"}
        types = [str(t) for t in (wanted if isinstance(wanted, list) else [wanted])]
        expected = " or ".join(names.get(t, t) for t in types)
        message = f"{where or 'pack'}: expected {expected}, got {error.instance!r}"
    elif error.validator == "required":
        message = f"{where or 'pack'}: {error.message}"
    else:
        message = f"{where or 'pack'}: {error.message}"
    return LoadError(path, message, node.line if node else None, node.column if node else None)


def load_packs(extra: Sequence[str] = (), builtin: bool = True) -> tuple[RulePack, ...]:
    paths = (builtin_pack_paths() if builtin else []) + expand_pack_paths(extra)
    packs = tuple(load_pack(p) for p in paths)
    names: dict[str, str] = {}
    for pack in packs:
        if pack.name in names:
            raise ReunifyError(
                LoadError(
                    pack.path,
                    f"pack name '{pack.name}' is already used by {names[pack.name]}",
                    1,
                    1,
                )
            )
        names[pack.name] = pack.path
    check_references(packs)
    return with_glossary(packs)


def glossary_of(packs: Sequence[RulePack]) -> Mapping[str, str]:
    """Every pack's glossary in one mapping, packs loaded later overriding earlier ones."""
    merged: dict[str, str] = {}
    for pack in packs:
        merged.update(pack.glossary)
    return MappingProxyType(merged)


def with_glossary(packs: Sequence[RulePack]) -> tuple[RulePack, ...]:
    """Rules running the `abbreviation` check carry the merged glossary in their params."""
    glossary = glossary_of(packs)
    if not glossary:
        return tuple(packs)

    def given(rule: Rule) -> Rule:
        if rule.check != "abbreviation":
            return rule
        return replace(rule, params=MappingProxyType({**rule.params, "glossary": glossary}))

    return tuple(replace(p, rules=tuple(map(given, p.rules))) for p in packs)


def _matches_any(rule: Rule, selectors: Iterable[str]) -> bool:
    return any(
        rule.id == s or rule.id.startswith(s.rstrip(".") + ".") or rule.category == s
        for s in selectors
    )


def select_rules(
    packs: Sequence[RulePack],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    severities: Mapping[str, str] = MappingProxyType({}),
) -> tuple[Rule, ...]:
    """Rules of all packs, minus those disabled by packs or `ignore`, limited to `select`."""
    pack_disabled: list[str] = []
    pack_severity: dict[str, str] = {}
    for pack in packs:
        pack_disabled.extend(pack.disable)
        pack_severity.update(pack.severity)
    pack_severity.update(severities)
    chosen = []
    for pack in packs:
        for rule in pack.rules:
            if _matches_any(rule, pack_disabled) or _matches_any(rule, ignore):
                continue
            if select and not _matches_any(rule, select):
                continue
            if rule.id in pack_severity:
                rule = replace(rule, severity=Severity(pack_severity[rule.id]))
            chosen.append(rule)
    return tuple(sorted(chosen, key=lambda r: r.id))


def check_references(packs: Sequence[RulePack]) -> None:
    """Rule ids are unique across packs, each `disable:` entry and `severity:` key names
    a rule (or id prefix, or category) of the loaded packs, and each domain's `shows:` a
    detector: a typo would otherwise silently change nothing."""
    rules = [r for p in packs for r in p.rules]
    defined: dict[str, str] = {}
    for pack in packs:
        for index, rule in enumerate(pack.rules):
            if rule.id in defined:
                message = f"rule id '{rule.id}' is already defined by pack '{defined[rule.id]}'"
                _reference_error(pack, ("rules", index, "id"), message)
            defined[rule.id] = pack.name
    for pack in packs:
        for index, entry in enumerate(pack.disable):
            if not any(_matches_any(r, [entry]) for r in rules):
                _reference_error(pack, ("disable", index), f"disable: no rule matches '{entry}'")
        for rule_id in pack.severity:
            if not any(r.id == rule_id for r in rules):
                _reference_error(pack, ("severity", rule_id), f"severity: no rule '{rule_id}'")
    detectors = {d.id for p in packs for d in p.detectors}
    for pack in packs:
        for domain in pack.domains:
            for index, shown in enumerate(domain.data.get("shows", ())):
                if shown not in detectors:
                    message = f"shows: no detector '{shown}'"
                    _reference_error(pack, ("domain", "shows", index), message)


def _reference_error(pack: RulePack, where: tuple[Any, ...], message: str) -> None:
    root = parse(pack.path, read_text(pack.path))
    node = node_at(root, where)
    if where[0] == "severity" and node is not None and root is not None:
        severity_node = root.get("severity")
        node = (key_node(severity_node, where[1]) if severity_node else None) or node
    raise ReunifyError(
        LoadError(pack.path, message, node.line if node else None, node.column if node else None)
    )
