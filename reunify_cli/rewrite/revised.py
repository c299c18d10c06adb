"""The revised copy of a plan, in the form its reader expects (pure: bytes in, bytes out).

* YAML -> YAML: revise.py's edits at the exact source positions (a BOM is kept).
* Word -> Word: each rewrite a tracked change (docxplan.revise_docx).
* Text, Markdown or Word -> YAML: a plan in the canonical form, every goal kept, each
  rewritten one with its `original_statement` and structured fields.
A text or Markdown list has no place for the original beside the new statement, so it is
never rewritten as text (`ReunifyError`: write to a .yaml instead).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from ..model import LoadError, Plan, ReunifyError
from .revise import ADDED_FIELDS

BOM = b"\xef\xbb\xbf"
YAML_SUFFIXES = (".yaml", ".yml")


def target_kind(source_kind: str, target: str | None) -> str:
    """What a revision of a `source_kind` plan is written as, for this output name."""
    if target is not None and PurePath(target).suffix.lower() in YAML_SUFFIXES:
        return "yaml"
    if source_kind == "text":
        return "yaml"
    return source_kind


def revised_bytes(
    name: str,
    source_kind: str,
    data: bytes,
    plan: Plan,
    rewrites: Mapping[int, Mapping[str, Any]],
    target: str | None,
    part_limit: int,
) -> bytes:
    kind = target_kind(source_kind, target)
    if kind == "docx":
        from ..io.docxplan import revise_docx

        return data if not rewrites else revise_docx(name, data, plan, rewrites, part_limit)
    if source_kind == "yaml":
        from ..io.yamlio import decode
        from .revise import revise

        bom = BOM if data.startswith(BOM) else b""
        return bom + revise(name, decode(name, data), rewrites).encode("utf-8")
    if kind != "yaml":  # pragma: no cover - target_kind never says so
        raise ReunifyError(LoadError(name, f"cannot write a {kind} plan"))
    return plan_yaml(plan, rewrites, name).encode("utf-8")


def plan_yaml(plan: Plan, rewrites: Mapping[int, Mapping[str, Any]], source: str) -> str:
    """A YAML plan with the plan's case details, people and every goal."""
    import yaml

    document: dict[str, Any] = {}
    if plan.case:
        document["case"] = dict(plan.case)
    if plan.people:
        document["people"] = [
            {k: v for k, v in (("id", p.id), ("role", p.role), ("name", p.name)) if v}
            for p in plan.people
        ]
    goals = []
    for goal in plan.goals:
        entry: dict[str, Any] = {}
        if goal.id:
            entry["id"] = goal.id
        if goal.responsible:
            entry["responsible"] = goal.responsible
        rewrite = rewrites.get(goal.index)
        entry["statement"] = str(rewrite["statement"]) if rewrite else goal.statement.text
        if rewrite is not None:
            entry["original_statement"] = goal.statement.text
            entry.update({k: str(rewrite[k]) for k in ADDED_FIELDS if rewrite.get(k) is not None})
            if rewrite.get("kind") == "support":
                entry["kind"] = "support"
        elif goal.due:
            entry["due"] = goal.due
        goals.append(entry)
    document["goals"] = goals
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=88)
    return f"# Revised by `reunify rewrite` from {PurePath(source).name}.\n{body}"
