from __future__ import annotations

import pytest

from reunify_cli.api import load_ruleset
from reunify_cli.engine import Ruleset
from reunify_cli.settings import Settings


@pytest.fixture(scope="session")
def ruleset() -> Ruleset:
    """The built-in rules, compiled once for the whole test session (spaCy loads once)."""
    return load_ruleset(Settings())
