"""Make text from a plan safe to print on a terminal, keeping every character's offset.

A plan can carry control characters (YAML's "\\e" escape gives ESC), so a hostile file
could send escape sequences to the reader's terminal (change the title, write the
clipboard, hide text). Human output shows them as visible symbols instead, one symbol per
character so highlight offsets stay right: C0 controls as their Unicode "control
pictures" (ESC shows as ␛), DEL as ␡, C1 controls and bidirectional overrides as �.
Newlines and tabs are kept. Machine formats escape them their own way (JSON, XML).
"""

from __future__ import annotations

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """`text` with terminal-unsafe characters replaced, same length."""
    return text.translate(_TABLE)
