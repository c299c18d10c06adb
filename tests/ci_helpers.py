"""Shared by the CI tests: a tiny rule pack of our own, so that exit codes and formats are
tested against rules whose ids and severities do not move when the built-in packs change."""

from __future__ import annotations

from pathlib import Path

PACK = """\
pack: cipack
version: "1"
description: Rules for the CI tests.
rules:
  - id: cipack.warn
    category: vague
    severity: warning
    message: "Wobbly: say what, exactly."
    rationale: r
    match: {phrases: [wobble]}
  - id: cipack.err
    category: judgmental
    severity: error
    message: "Kaboom, with a comma: and a colon."
    rationale: r
    match: {phrases: [kaboom]}
  - id: cipack.info
    category: plain-language
    severity: info
    message: Fizz is jargon.
    rationale: r
    match: {phrases: [fizz]}
"""


def write_pack(folder: Path) -> Path:
    path = folder / "cipack.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def plan(folder: Path, name: str, *goals: str, header: str = "") -> Path:
    path = folder / name
    body = "".join(f"  - id: g{i + 1}\n    statement: {text}\n" for i, text in enumerate(goals))
    path.write_text(f"{header}goals:\n{body}", encoding="utf-8")
    return path
