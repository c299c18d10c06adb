"""Settings of one run (built-in defaults < config file < command-line flags)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .model import Severity
from .walk import DEFAULT_GLOBS
from .yamlio import DEFAULT_MAX_BYTES

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
    globs: tuple[str, ...] = DEFAULT_GLOBS  # names of plan files when walking folders


def fails(severity: Severity, fail_on: str) -> bool:
    """Whether a finding of this severity makes the run fail (exit code 1)."""
    if fail_on == "never":
        return False
    return severity.rank >= Severity(fail_on).rank
