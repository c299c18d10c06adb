from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
from typing import Any, NoReturn

import pytest

# The compiled-pack cache of a test run goes to a fresh folder, never the user's home
# (subprocesses started by tests inherit it too).
if "REUNIFY_CACHE_DIR" not in os.environ:
    os.environ["REUNIFY_CACHE_DIR"] = tempfile.mkdtemp(prefix="reunify-test-cache-")
    atexit.register(shutil.rmtree, os.environ["REUNIFY_CACHE_DIR"], True)

from reunify_cli import api
from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import load_ruleset
from reunify_cli.settings import Settings


@pytest.fixture(scope="session")
def ruleset() -> Ruleset:
    """The built-in rules, compiled once for the whole test session (spaCy loads once).
    Its analyser keeps every statement it met: the suite reads dev.yaml's 13,800
    statements three times (the two models' fingerprints, its evaluation) and the held-out
    parts twice, and a cache smaller than a pass keeps none of it for the next."""
    built = load_ruleset(Settings())
    built.analyzer.cache_statements = 100_000
    return built


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


@pytest.fixture
def reuse_builtin_ruleset(ruleset: Ruleset, monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI runs with the default settings reuse the session's compiled rules (speed only)."""
    real = api.load_ruleset

    def load(settings: Settings, nlp: object = None) -> Ruleset:
        return ruleset if settings.rules == () else real(settings, nlp)

    monkeypatch.setattr(api, "load_ruleset", load)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to create a socket or resolve a name fails for the rest of the test."""

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise OSError("network access attempted")

    class NoSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            refuse()

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
