"""Settings of one run (built-in defaults < config file < command-line flags)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from .io.walk import DEFAULT_GLOBS
from .io.yamlio import DEFAULT_MAX_BYTES
from .model import Severity

FAIL_LEVELS = ("error", "warning", "info", "never")


@dataclass(frozen=True, slots=True)
class Settings:
    rules: tuple[str, ...] = ()  # extra rule pack files or folders
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    fail_on: str = "warning"
    max_file_size: int = DEFAULT_MAX_BYTES
    exclude: tuple[str, ...] = ()  # globs of files / folders not to walk
    force_exclude: bool = False  # apply `exclude` to paths named on the command line too
    globs: tuple[str, ...] = DEFAULT_GLOBS  # names of plan files when walking folders
    feedback_days: int = 7  # rewrites: how soon the parent hears whether they are on track
    locale: str = "us"  # rewrites: whose names of benefits to suggest (us, us-ca, ...)
    config_files: tuple[str, ...] = ()  # the config files that applied (not a config key)
    reading_grade: float | None = None  # plain.reading-grade threshold (None: the pack's)
    stdin: bytes | None = None  # what `-` reads: standard input, read once by the command
    stdin_name: str | None = None  # --stdin-filename: its name in reports and its format
    respect_gitignore: bool = True  # folder walks skip what git ignores (as ruff's)
    skip_non_plans: bool = False  # YAML that is no plan (a workflow, a pack): skip, say so
    # (anchored file glob, selectors): rules not applied to the files the glob matches
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # rule id -> {option: value}: options of rules whose check takes them (checks.OPTIONS)
    rule_options: Mapping[str, Mapping[str, Any]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # where the config file names each rule entry: (key, entry...) -> (file, line, column)
    positions: Mapping[tuple[str, ...], tuple[str, int | None, int | None]] = field(
        default_factory=lambda: MappingProxyType({})
    )


def fails(severity: Severity, fail_on: str) -> bool:
    """Whether a finding of this severity makes the run fail (exit code 1)."""
    if fail_on == "never":
        return False
    return severity.rank >= Severity(fail_on).rank


ACCUMULATE = frozenset({"rules", "ignore", "exclude"})


def merge(base: Settings, *layers: Mapping[str, Any]) -> Settings:
    """Settings from layers, later ones winning: built-in defaults < config file < flags.

    Each layer holds only the keys it sets (Settings field names). `rules`, `ignore` and
    `exclude` add up (a flag adds to what the config file lists); `severities` merge per
    rule; every other key is replaced by the later layer.
    """
    merged = base
    for layer in layers:
        changes: dict[str, Any] = {}
        for key, value in layer.items():
            if key not in Settings.__dataclass_fields__:
                raise ValueError(f"unknown setting {key!r}")
            current = getattr(merged, key)
            if key in ACCUMULATE:
                changes[key] = (*current, *value)
            elif key == "severities":
                changes[key] = MappingProxyType({**current, **value})
            else:
                changes[key] = value
        merged = replace(merged, **changes)
    return merged
