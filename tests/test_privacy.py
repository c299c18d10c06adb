"""Nothing leaked: no network, no files but the requested output, no plan text in logs,
no traceback for the user; `--help` says so."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

import pytest
from shared_texts import NO_NETWORK
from typer.testing import CliRunner

from reunify_cli import cli
from reunify_cli import runner as batch_runner
from reunify_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "examples" / "vague-plan.yaml"
SECRET = "Loraine-Quixote-7731"  # a fictional name: in the output, in no log
runner = CliRunner()


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    text = PLAN.read_text(encoding="utf-8").replace("Parent must", f"{SECRET} must")
    assert SECRET in text
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.usefixtures("no_network")
def test_lint_in_process_opens_no_socket(plan: Path) -> None:
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))
    result = runner.invoke(app, ["lint", str(plan), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["summary"]["findings"] > 0


def _isolated_env(home: Path, cache: bool) -> dict[str, str]:
    """HOME, temp and cache folders inside the watched folder; the pack cache on or off."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REUNIFY_")}
    env.update(HOME=str(home), TMPDIR=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    if not cache:
        env["REUNIFY_NO_CACHE"] = "1"
    return env


@pytest.mark.parametrize("cache", [False, True])
def test_fresh_process_with_sockets_disabled_still_lints(
    plan: Path, tmp_path: Path, cache: bool
) -> None:
    """Covers the imports too (spaCy, jsonschema, ...): nothing reaches for the network.
    Nothing is written but the report, and the pack cache when it is on, which holds no
    plan text."""
    home = tmp_path / "home"
    home.mkdir()
    before = _snapshot(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "lint", str(plan), "-o", str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_isolated_env(home, cache),
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "network access attempted" not in done.stderr
    added = _snapshot(tmp_path) - before
    cached = {a for a in added if a.startswith("home/.cache")}
    assert added - cached == {"out.json"}  # no temp file, no log
    assert bool(cached) == cache
    for name in cached:
        path = tmp_path / name
        assert path.is_dir() or SECRET.encode() not in path.read_bytes()
    assert SECRET in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_lint_writes_nothing_but_the_requested_output(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = _snapshot(tmp_path)
    assert runner.invoke(app, ["lint", str(plan), "--format", "json"]).exit_code == 1
    assert _snapshot(tmp_path) == before
    out = tmp_path / "reports" / "out.json"
    out.parent.mkdir()
    before = _snapshot(tmp_path)
    assert runner.invoke(app, ["lint", str(plan), "-f", "json", "-o", str(out)]).exit_code == 1
    assert _snapshot(tmp_path) == before | {"reports/out.json"}
    assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["error"] is None


def test_no_plan_text_in_logs(plan: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        result = runner.invoke(app, ["lint", str(plan), "--format", "json"])
    assert SECRET in result.stdout
    assert SECRET not in caplog.text


def test_help_documents_the_privacy_guarantee() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.replace("│", " ").split())
    assert "Runs entirely offline: no network access, no telemetry" in text
    assert "nothing is written except the outputs you ask for" in text


def _run_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["reunify", *args])
    with pytest.raises(SystemExit) as info:
        cli.main()
    return int(info.value.code or 0)


def test_internal_error_is_one_line_without_traceback(
    plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: Any, **kwargs: Any) -> NoReturn:
        raise RuntimeError("something\nunexpected")

    monkeypatch.setattr(batch_runner, "lint_batch", broken)
    assert _run_main(monkeypatch, "lint", str(plan)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("reunify: internal error: RuntimeError: something unexpected")
    assert "--debug" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> NoReturn:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch_runner, "lint_batch", broken)
    monkeypatch.setattr(sys, "argv", ["reunify", "--debug", "lint", str(plan)])
    with pytest.raises(RuntimeError, match="boom"):
        cli.main()
