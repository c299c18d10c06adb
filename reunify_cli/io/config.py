"""The project's config file: `.reunify.yaml` or `[tool.reunify]` in `pyproject.toml`.

Found by walking up from the linted path to the repository root (a folder holding `.git`)
or the home folder, whichever comes first; `--config FILE` names one instead. Its values
form one layer of `settings.merge` (built-in defaults < config file < command-line flags).

    rules: [policy/our-pack.yaml]      # packs to add (paths relative to the config file)
    select: [vague, missing]           # rule ids, id prefixes or categories
    ignore: [plain.abbreviation]
    severity: {missing.cadence: info}  # per-rule severity
    fail-on: error                     # error | warning | info | never
    exclude: ["drafts/", "*.tmpl.yaml"]
    force-exclude: true                # exclude files named on the command line too
    respect-gitignore: false           # walk folders without git's ignore rules
    skip-non-plans: true               # YAML that is no plan: skipped with a note
    max-file-size: 1048576             # bytes
    feedback-days: 7                   # rewrites: how soon the parent hears if on track
    locale: us-ca                      # rewrites: local names of benefits (default: us)
    per-file-ignores:                  # rules not applied to some files (as ruff's)
      "templates/*": [structure.unfilled-placeholder]
    rule-options:                      # options of rules that take them (checks.OPTIONS)
      structure.due-after-hearing: {max-months: 12}

Selectors (`select`, `ignore`, `per-file-ignores`), `severity` rule ids and `rule-options`
are checked against the loaded rules when the run starts (api.check_settings); `positions`
keeps where each entry is written, so that an unknown one is reported at its line.

An unknown key or a bad value is a one-line error with file and line (exit code 2).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..model import LoadError, ReunifyError, Severity
from ..settings import FAIL_LEVELS, Settings, merge
from .walk import anchor_pattern
from .yamlio import Node, key_node, node_at, parse, read_text

YAML_NAMES = (".reunify.yaml", ".reunify.yml")
PYPROJECT = "pyproject.toml"
MAX_CONFIG_BYTES = 1024 * 1024


class _Bad(Exception):
    """A bad value: the message, and the index of the offending list item if any (or the
    key / index path of the offending part of a mapping, `at`)."""

    def __init__(
        self, message: str, item: int | None = None, at: tuple[Any, ...] | None = None
    ) -> None:
        super().__init__(message)
        self.item = item
        self.at = at


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise _Bad("must be a list of strings")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise _Bad("must be a list of non-empty strings", index)
    return tuple(value)


def _severities(value: Any) -> Mapping[str, str]:
    if not isinstance(value, dict):
        raise _Bad("must be a mapping of rule id to error, warning or info")
    levels = [s.value for s in Severity]
    for rule, level in value.items():
        if level not in levels:
            raise _Bad(f"{rule}: severity must be one of {', '.join(levels)}, not {level!r}")
    return {str(k): str(v) for k, v in value.items()}


def _fail_on(value: Any) -> str:
    if value not in FAIL_LEVELS:
        raise _Bad(f"must be one of {', '.join(FAIL_LEVELS)}, not {value!r}")
    return str(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"must be true or false, not {value!r}")
    return value


def _size(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _Bad(f"must be a positive number of bytes, not {value!r}")
    return value


def _days(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 90:
        raise _Bad(f"must be a number of days from 1 to 90, not {value!r}")
    return value


def _locale(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2}(?:-[a-z0-9]{2,3})?", value):
        raise _Bad(f"must be a locale such as us or us-ca, not {value!r}")
    return value


def _grade(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 30:
        raise _Bad(f"must be a reading grade between 0 and 30, not {value!r}")
    return float(value)


def _per_file_ignores(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict) or not value:
        raise _Bad("must be a mapping of file glob to a list of rule ids, prefixes or categories")
    found = []
    for pattern, selectors in value.items():
        if not isinstance(pattern, str) or not pattern.strip():
            raise _Bad(f"{pattern!r}: a file glob must be non-empty text", at=(pattern,))
        try:
            found.append((pattern, _strings(selectors)))
        except _Bad as bad:
            where = (pattern,) if bad.item is None else (pattern, bad.item)
            raise _Bad(f"{pattern!r} {bad}", at=where) from None
    return tuple(found)


def _rule_options(value: Any) -> Mapping[str, Mapping[str, Any]]:
    if not isinstance(value, dict) or not value:
        raise _Bad(
            "must be a mapping of rule id to its options, e.g. {plain.reading-grade: "
            "{max-grade: 6}}"
        )
    for rule, options in value.items():
        if not isinstance(options, dict) or not options:
            raise _Bad(f"{rule}: must be a mapping of option to value", at=(rule,))
        for name, option in options.items():
            if isinstance(option, dict | list) or option is None:
                raise _Bad(f"{rule}.{name}: must be a number, text or true/false", at=(rule, name))
    return {str(rule): dict(options) for rule, options in value.items()}


# config key -> (Settings field, validator)
KEYS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "rules": ("rules", _strings),
    "select": ("select", _strings),
    "ignore": ("ignore", _strings),
    "severity": ("severities", _severities),
    "fail-on": ("fail_on", _fail_on),
    "exclude": ("exclude", _strings),
    "force-exclude": ("force_exclude", _flag),
    "max-file-size": ("max_file_size", _size),
    "feedback-days": ("feedback_days", _days),
    "locale": ("locale", _locale),
    "reading-grade": ("reading_grade", _grade),
    "respect-gitignore": ("respect_gitignore", _flag),
    "skip-non-plans": ("skip_non_plans", _flag),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "rule-options": ("rule_options", _rule_options),
}

# config keys whose entries name rules, and how an entry is written in `positions`
_RULE_KEYS = ("select", "ignore", "severity", "per-file-ignores", "rule-options")


def find_config(start: str | os.PathLike[str]) -> Path | None:
    """The nearest config file above `start` (a file or folder), or None."""
    folder = Path(os.path.abspath(start))
    if not folder.is_dir():
        folder = folder.parent
    home = Path.home()
    for candidate in (folder, *folder.parents):
        for name in YAML_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
        if (candidate / ".git").exists() or candidate == home:
            return None
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")  # bad bytes: reported later
    except OSError:
        return False
    # \b, not a closing bracket: a broken `[tool.reunify` header must be reported, not skipped
    return re.search(r"^\s*\[\s*tool\.reunify\b", text, re.MULTILINE) is not None


def load_config(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The settings layer of one config file (Settings field names). Raises ReunifyError."""
    layer = load_config_layer(path)
    del layer["positions"]
    return layer


def load_config_layer(path: str | os.PathLike[str]) -> dict[str, Any]:
    """load_config, plus `positions`: where each entry naming a rule is written."""
    name = os.fspath(path)
    text = read_text(name, MAX_CONFIG_BYTES)
    if name.endswith(".toml"):
        return _from_toml(name, text)
    return _from_yaml(name, text)


def _from_yaml(path: str, text: str) -> dict[str, Any]:
    root = parse(path, text)
    if root is None:
        return {"positions": {}}
    if root.kind != "map":
        raise ReunifyError(LoadError(path, "the config must be a mapping of keys", 1, 1))
    layer: dict[str, Any] = {}
    positions: dict[tuple[str, ...], tuple[str, int | None, int | None]] = {}
    for key, value in root.pairs:
        try:
            field, raw = _check(str(key.value), value.to_python())
        except _Bad as bad:
            where = _yaml_position(root, key, value, bad)
            raise ReunifyError(LoadError(path, str(bad), where.line, where.column)) from None
        layer[field] = raw
        for entry, node in _rule_entries(str(key.value), value):
            positions.setdefault(entry, (path, node.line, node.column))
    layer["positions"] = positions
    return _anchor(path, layer)


def _rule_entries(key: str, value: Node) -> Iterator[tuple[tuple[str, ...], Node]]:
    """(key, entry...) of each rule selector, rule id or option the key's value names, and
    the node it is written at."""
    if key not in _RULE_KEYS:
        return
    if key in ("select", "ignore"):
        items = value.items if value.kind == "seq" else [value]
        yield from (((key, str(item.value)), item) for item in items)
    elif key == "severity":
        yield from (((key, str(k.value)), k) for k, _ in value.pairs)
    elif key == "per-file-ignores":
        for _, selectors in value.pairs:
            items = selectors.items if selectors.kind == "seq" else [selectors]
            yield from (((key, str(item.value)), item) for item in items)
    else:
        for rule, options in value.pairs:
            yield (key, str(rule.value)), rule
            yield from (((key, str(rule.value), str(k.value)), k) for k, _ in options.pairs)


def _yaml_position(root: Node, key: Node, value: Node, bad: _Bad) -> Node:
    if str(bad).startswith("unknown key"):
        return key_node(root, key.value) or key
    if bad.item is not None and value.kind == "seq" and bad.item < len(value.items):
        return value.items[bad.item]
    if bad.at is not None:
        return node_at(value, bad.at) or value
    return value


def _from_toml(path: str, text: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ReunifyError(_toml_error(path, text, str(exc))) from None
    is_pyproject = os.path.basename(path) == PYPROJECT
    tool = data.get("tool", {})
    table = (tool.get("reunify", {}) if isinstance(tool, dict) else None) if is_pyproject else data
    if not isinstance(table, dict):
        raise ReunifyError(LoadError(path, "[tool.reunify] must be a table"))
    layer: dict[str, Any] = {}
    positions: dict[tuple[str, ...], tuple[str, int | None, int | None]] = {}
    for key, value in table.items():
        try:
            field, raw = _check(key, value)
        except _Bad as bad:
            prefix = "[tool.reunify] " if is_pyproject else ""
            line = _toml_line(text, key, is_pyproject)
            raise ReunifyError(LoadError(path, prefix + str(bad), line)) from None
        layer[field] = raw
        if key in _RULE_KEYS:  # tomllib keeps no positions: the line of the key
            line = _toml_line(text, key, is_pyproject)
            for entry in _toml_entries(key, raw):
                positions.setdefault(entry, (path, line, None))
    layer["positions"] = positions
    return _anchor(path, layer)


def _toml_entries(key: str, raw: Any) -> Iterator[tuple[str, ...]]:
    if key in ("select", "ignore"):
        yield from ((key, s) for s in raw)
    elif key == "severity":
        yield from ((key, rule) for rule in raw)
    elif key == "per-file-ignores":
        yield from ((key, s) for _, selectors in raw for s in selectors)
    else:
        for rule, options in raw.items():
            yield key, rule
            yield from ((key, rule, name) for name in options)


def _toml_error(path: str, text: str, message: str) -> LoadError:
    """tomllib says '... (at line 3, column 7)' or '(at end of document)': move that into
    file:line:column."""
    where = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if where is not None:
        line, column = int(where.group(1)), int(where.group(2))
    else:
        where = re.search(r"\s*\(at end of document\)$", message)
        if where is None:
            return LoadError(path, f"invalid TOML: {message}")
        lines = text.rstrip("\r\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    return LoadError(path, f"invalid TOML: {message[: where.start()]}", line, column)


def _toml_line(text: str, key: str, in_tool_table: bool) -> int | None:
    """Best-effort line of `key = ...` (tomllib keeps no positions)."""
    inside = not in_tool_table
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("["):
            inside = re.match(r"^\s*\[\s*tool\.reunify\s*\]", line) is not None
            continue
        if inside and pattern.match(line):
            return number
    return None


def _check(key: str, value: Any) -> tuple[str, Any]:
    if key not in KEYS:
        raise _Bad(f"unknown key '{key}'; expected one of: {', '.join(KEYS)}")
    field, validate = KEYS[key]
    try:
        return field, validate(value)
    except _Bad as bad:
        raise _Bad(f"`{key}` {bad}", bad.item, bad.at) from None


def _anchor(path: str, layer: dict[str, Any]) -> dict[str, Any]:
    """Make paths in the config relative to the config file's folder, not the cwd."""
    base = os.path.dirname(os.path.abspath(path))
    if "rules" in layer:
        layer["rules"] = tuple(os.path.normpath(os.path.join(base, p)) for p in layer["rules"])
    if "exclude" in layer:
        layer["exclude"] = tuple(anchor_pattern(base, p) for p in layer["exclude"])
    if "per_file_ignores" in layer:
        layer["per_file_ignores"] = tuple(
            (anchor_pattern(base, p), selectors) for p, selectors in layer["per_file_ignores"]
        )
    return layer


def settings_for(
    paths: Sequence[str], config_file: str | None, flags: Mapping[str, Any]
) -> Settings:
    """Defaults < the config file (`config_file`, or the one found above the first path)
    < command-line `flags`. Raises ReunifyError for a bad config file."""
    found = Path(config_file) if config_file else find_config(paths[0] if paths else ".")
    layer = load_config_layer(found) if found is not None else {}
    settings = merge(Settings(), layer, flags)
    return replace(settings, config_files=(str(found),) if found is not None else ())
