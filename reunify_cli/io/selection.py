"""Check the settings that name rules against the rules loaded, and apply rule options.

As in ruff, a selector that matches no rule is a usage error, not a silent no-op: `--select
vagu` would otherwise select nothing and turn CI green. Checked here, once the packs are
loaded (packs given with `--rules` or `rules:` add ids):

* `select`, `ignore` and `per-file-ignores` entries: a rule id, an id prefix (`vague`,
  `missing.`) or a category (`judgmental`) of some loaded rule;
* `severity` keys: a rule id;
* `rule-options`: a rule id whose check takes options, each option one it takes
  (checks.OPTIONS), with a value it accepts.

An entry written in a config file is reported at its file, line and column; one given on
the command line names its flag. Close ids are suggested.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from ..analysis.checks import OPTIONS
from ..model import LoadError, ReunifyError, Rule, RulePack
from ..settings import Settings

FLAGS = {"select": "--select", "ignore": "--ignore"}


def matches(selector: str, rule: Rule) -> bool:
    """Whether a selector names this rule: its id, an id prefix or its category."""
    return (
        rule.id == selector
        or rule.id.startswith(selector.rstrip(".") + ".")
        or rule.category.value == selector
    )


def _names(rules: Sequence[Rule]) -> list[str]:
    """Every selector that matches something: ids, their dotted prefixes, categories."""
    names: set[str] = set()
    for rule in rules:
        names.add(rule.id)
        names.add(rule.category.value)
        parts = rule.id.split(".")
        names.update(".".join(parts[:n]) for n in range(1, len(parts)))
    return sorted(names)


def _hint(given: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(given, list(candidates), n=3, cutoff=0.6)
    if not close:
        return ""
    listed = ", ".join(close[:-1]) + " or " + close[-1] if len(close) > 1 else close[0]
    return f"; did you mean {listed}?"


def _error(settings: Settings, entry: tuple[str, ...], message: str) -> ReunifyError:
    where = settings.positions.get(entry)
    if where is not None:
        path, line, column = where
        return ReunifyError(LoadError(path, f"`{entry[0]}`: {message}", line, column))
    return ReunifyError(LoadError(FLAGS.get(entry[0], entry[0]), message))


def check_settings(packs: Sequence[RulePack], settings: Settings) -> None:
    """Raise ReunifyError for the first entry of `settings` that names no loaded rule."""
    rules = [r for p in packs for r in p.rules]
    by_id = {r.id: r for r in rules}
    names = _names(rules)
    given = [
        *(("select", s) for s in settings.select),
        *(("ignore", s) for s in settings.ignore),
        *(("per-file-ignores", s) for _, selectors in settings.per_file_ignores for s in selectors),
    ]
    for key, selector in given:
        if not any(matches(selector, r) for r in rules):
            message = f"no rule id, id prefix or category '{selector}'{_hint(selector, names)}"
            raise _error(settings, (key, selector), message)
    for rule_id in settings.severities:
        if rule_id not in by_id:
            message = f"no rule '{rule_id}'{_hint(rule_id, by_id)}"
            raise _error(settings, ("severity", rule_id), message)
    for rule_id, options in settings.rule_options.items():
        _check_options(settings, by_id, rule_id, options)


def _check_options(
    settings: Settings, by_id: Mapping[str, Rule], rule_id: str, options: Mapping[str, Any]
) -> None:
    rule = by_id.get(rule_id)
    if rule is None:
        message = f"no rule '{rule_id}'{_hint(rule_id, by_id)}"
        raise _error(settings, ("rule-options", rule_id), message)
    takes = OPTIONS.get(rule.check or "", {})
    if not takes:
        with_options = sorted(r.id for r in by_id.values() if r.check in OPTIONS)
        message = f"rule '{rule_id}' takes no options (rules that do: {', '.join(with_options)})"
        raise _error(settings, ("rule-options", rule_id), message)
    for name, value in options.items():
        if name not in takes:
            message = f"rule '{rule_id}' has no option '{name}'; it has: {', '.join(takes)}"
            raise _error(settings, ("rule-options", rule_id, name), message)
        try:
            takes[name](value)
        except ValueError as exc:
            message = f"{rule_id}.{name} must be {exc}, not {value!r}"
            raise _error(settings, ("rule-options", rule_id, name), message) from None


def with_rule_options(
    packs: Sequence[RulePack], options: Mapping[str, Mapping[str, Any]]
) -> tuple[RulePack, ...]:
    """The packs with `rule-options` merged into their rules' params (checked before)."""
    if not options:
        return tuple(packs)

    def given(rule: Rule) -> Rule:
        if rule.id not in options:
            return rule
        takes = OPTIONS[rule.check or ""]
        converted = {name: takes[name](value) for name, value in options[rule.id].items()}
        return replace(rule, params=MappingProxyType({**rule.params, **converted}))

    return tuple(replace(p, rules=tuple(map(given, p.rules))) for p in packs)
