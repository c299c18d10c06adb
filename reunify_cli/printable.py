"""Make text from a plan safe to print on a terminal or in a CI log, keeping every
character's offset.

A plan can carry control characters (YAML's "\\e" escape gives ESC), so a hostile file
could send escape sequences to the reader's terminal (change the title, write the
clipboard, hide text). Human output shows them as visible symbols instead, one symbol per
character so highlight offsets stay right: C0 controls as their Unicode "control
pictures" (ESC shows as ␛), DEL as ␡, C1 controls and bidirectional overrides as �.

A CI log is read line by line, and some lines are commands: GitHub Actions runs a line
that starts, after spaces, with `::` (`::error file=...::`, `::add-mask::`,
`::stop-commands::`), and a line holding `##[command]` anywhere; Azure Pipelines
`##vso[...]`. So text from a plan (statements, ids, file names) is printed by `one_line`:
line breaks become ␤ too, and the second `#` of a `##` before a command becomes the
fullwidth U+FF03. What begins an output line - a file name, a goal id - goes through
`line_start`, which makes sure the line begins with reunify's own characters. Machine
formats escape text their own way (JSON, XML, GitHub's %0A).
"""

from __future__ import annotations

import re

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})

NEWLINE_SYMBOL = "\u2424"  # ␤
_ONE_LINE = dict(_TABLE)
_ONE_LINE.update({c: NEWLINE_SYMBOL for c in (0x0A, 0x2028, 0x2029)})
_CI_COMMAND = re.compile(r"##(?=\w*\[)")  # `##[error]`, `##vso[task...]`
_SAFE_START = re.compile(r"[^\W_]|[./~]")  # a letter or digit, or how a path starts


def visible(text: str) -> str:
    """`text` with terminal-unsafe characters replaced, same length (line breaks and tabs
    kept)."""
    return text.translate(_TABLE)


def one_line(text: str) -> str:
    """`visible(text)` that stays on one line and carries no CI log command; same length."""
    return _CI_COMMAND.sub("#\uff03", text.translate(_ONE_LINE))


def line_start(text: str, path: bool = False) -> str:
    """`one_line(text)` fit to begin an output line: unchanged when it starts with a letter
    or digit (or, for a path, `.` `/` `~`); else a relative path gets `./` before it, and
    anything else is put in double quotes."""
    shown = one_line(text)
    if _SAFE_START.match(shown) and (path or shown[0] not in "./~"):
        return shown
    if path and not shown.startswith("/"):
        return "./" + shown
    return f'"{shown}"'
