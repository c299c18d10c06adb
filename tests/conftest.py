from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

# The compiled-pack cache of a test run goes to a fresh folder, never the user's home
# (subprocesses started by tests inherit it too).
if "REUNIFY_CACHE_DIR" not in os.environ:
    os.environ["REUNIFY_CACHE_DIR"] = tempfile.mkdtemp(prefix="reunify-test-cache-")
    atexit.register(shutil.rmtree, os.environ["REUNIFY_CACHE_DIR"], True)

from reunify_cli.api import load_ruleset
from reunify_cli.engine import Ruleset
from reunify_cli.settings import Settings


@pytest.fixture(scope="session")
def ruleset() -> Ruleset:
    """The built-in rules, compiled once for the whole test session (spaCy loads once)."""
    return load_ruleset(Settings())


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the expected outputs in tests/golden/ from the current output.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
