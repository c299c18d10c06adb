"""Shipped domain packs carry the knowledge a rewrite shows as suggestions: actions,
evidence sources, reporting cadences. (A suggestion that would bring vague, judgment or
poverty words into a rewrite is replaced by a plain one: tests/test_rewrite.py.)"""

from __future__ import annotations

import re

import pytest

from reunify_cli.io.packs import load_packs
from reunify_cli.model import Domain

DOMAINS = [d for p in load_packs() for d in p.domains]


@pytest.mark.parametrize("domain", DOMAINS, ids=lambda d: d.id)
def test_domain_has_rewrite_knowledge(domain: Domain) -> None:
    data = domain.data
    assert len(data["evidence"]) >= 5
    assert data["behaviors"] and data["cadences"]
    for text in (*data["behaviors"], *data["evidence"], *data["cadences"]):
        used = set(re.findall(r"\$\{(\w+)\}", str(text)))
        assert used <= {"caseworker", "agency", *data.get("slots", {})}, used
