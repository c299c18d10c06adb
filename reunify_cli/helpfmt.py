"""Help and usage lines as ruff or git print them: `reunify lint [OPTIONS] PATH...`.

Recent typer releases show each parameter's Python type in `--help` (`--quiet <bool>`,
`--rules <list[str]>`) and write required arguments in braces (`{paths}...`). The
command and group classes here keep the help to what a user types:

* a flag shows no value; an option shows its `metavar` (`--rules PATH`);
* an argument is its name in capitals, `...` when it takes several, in brackets when it
  may be left out: `PATH...`, `[PACK]...`;
* no type column for arguments (their help says what they are).

`one_of` checks a choice ourselves, so that a bad `--format` is one plain line.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Sequence
from typing import Any

from typer.core import TyperCommand, TyperGroup


def _no_type(*args: Any, **kwargs: Any) -> None:
    return None


def _no_metavar(*args: Any, **kwargs: Any) -> str:
    return ""


def _untyped(kind: Any) -> Any:
    """A copy of an argument's type that names no type in the help (typer before 0.29
    prints `<str>` when the type gives no metavar); it converts values as before."""
    kind = copy.copy(kind)
    setattr(kind, "get_metavar", _no_metavar)  # noqa: B010  (an instance override)
    return kind


def _tidy(param: Any) -> None:
    """Make one parameter's help plain (once; parameters are built once per command)."""
    if getattr(param, "_reunify_tidy", False):
        return
    if getattr(param, "param_type_name", "") == "argument":
        if param.metavar is None:
            param.metavar = str(param.name).upper()
        setattr(param, "display_type_rich", _no_type)  # noqa: B010  (typer 0.29 and later)
        if hasattr(param, "type"):  # typer before 0.29
            param.type = _untyped(param.type)
    elif getattr(param, "is_flag", False) and param.metavar is None:
        param.metavar = ""
    setattr(param, "_reunify_tidy", True)  # noqa: B010


def _argument_usage(param: Any) -> str:
    name = str(param.metavar or param.name.upper()).removesuffix("...")
    if not param.required:
        name = f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


class Command(TyperCommand):
    """A typer command whose help and usage lines show what the user types."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:
            _tidy(param)
        return params

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(_argument_usage(param))
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces


class Group(TyperGroup):
    """A typer group whose options' help shows no Python types."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:
            _tidy(param)
        return params


def one_of(value: str, choices: Sequence[str], option: str) -> str | None:
    """None when `value` is one of `choices`, else the error to print, in plain words:
    what was given, the choices, and the closest one."""
    if value in choices:
        return None
    close = difflib.get_close_matches(value, choices, n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    listed = ", ".join(choices[:-1]) + f" or {choices[-1]}" if len(choices) > 1 else choices[0]
    return f"{option} '{value}' is not one of the choices: {listed}{hint}"
