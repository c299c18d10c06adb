"""Reporters: each a pure `render(report) -> str`; REPORTERS maps `--format` names to them.

Modules are imported on first use so that `--help` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from ..model import Report


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What only the human format uses; machine formats ignore it."""

    color: bool = False
    width: int = 100
    quiet: bool = False  # findings only, no summary
    include_text: bool = False  # sarif: the flagged words of the plan (--include-text)


Reporter = Callable[[Report, RenderOptions], str]


def _machine(module: str) -> Reporter:
    def render(report: Report, options: RenderOptions) -> str:
        rendered: str = import_module(f"{__name__}.{module}").render(report)
        return rendered

    render.__doc__ = f"reporters/{module}.py"
    return render


def _text(report: Report, options: RenderOptions) -> str:
    from . import text

    return text.render(report, color=options.color, width=options.width, quiet=options.quiet)


def _sarif(report: Report, options: RenderOptions) -> str:
    from . import sarif

    return sarif.render(report, include_text=options.include_text)


REPORTERS: dict[str, Reporter] = {
    "text": _text,
    "json": _machine("json"),
    "sarif": _sarif,
    "github": _machine("github"),
    "junit": _machine("junit"),
    "jsonl": _machine("jsonl"),
    "csv": _machine("csv"),
    "concise": _machine("concise"),
}


def render(report: Report, format: str, options: RenderOptions | None = None) -> str:
    return REPORTERS[format](report, options or RenderOptions())
