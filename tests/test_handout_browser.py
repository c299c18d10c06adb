"""The HTML handout in a real browser: Debian's Chromium, headless, takes a screenshot at a
phone's width and prints the page to PDF; the PDF's text is checked section by section
against the plan, and each section starts a new page.

`bash .ci/run` installs chromium and poppler-utils (pdftotext). Without them this test is
skipped with the reason, except in CI (CI=true) where it fails, unless .ci/run recorded
why the packages could not be installed (REUNIFY_NO_BROWSER). Set
REUNIFY_SCREENSHOT_DIR to keep the screenshot (the README's picture comes from there).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from reunify_cli.cli import app
from reunify_cli.rewrite.handoutwords import people_date

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FAMILY = EXAMPLES / "family-plan.yaml"
runner = CliRunner()


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is not None:
        return found
    reason = os.environ.get("REUNIFY_NO_BROWSER")
    if reason:
        pytest.skip(f"{name} could not be installed: {reason}")
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is missing: .ci/run should have installed it")
    pytest.skip(f"{name} is not installed (apt-get install chromium poppler-utils)")


def chromium(tmp_path: Path, *args: str) -> None:
    profile = tmp_path / "profile"
    command = [
        tool("chromium"),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_html_handout_in_headless_chromium(tmp_path: Path) -> None:
    chromium_path = tool("chromium")
    pdftotext = tool("pdftotext")
    assert chromium_path and pdftotext
    page = tmp_path / "handout.html"
    result = runner.invoke(app, ["handout", str(FAMILY), "-o", str(page), "--from", "2026-03-02"])
    assert result.exit_code == 0, result.output
    url = page.resolve().as_uri()
    shot = tmp_path / "handout.png"
    chromium(tmp_path, "--window-size=412,1400", f"--screenshot={shot}", url)
    assert png_size(shot) == (412, 1400)
    assert shot.stat().st_size > 20_000  # text was drawn: a blank page packs to ~2 KB
    pdf = tmp_path / "handout.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    pages = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    text = [" ".join(p.split()) for p in pages if p.strip()]
    plan = yaml.safe_load(FAMILY.read_text(encoding="utf-8"))
    # page 1: who, how to reach the caseworker, the dates
    assert "Your family plan: Maria" in text[0]
    assert plan["case"]["caseworker_phone"] in text[0]
    assert people_date(str(plan["case"]["next_review"])) in text[0]
    assert people_date(str(plan["case"]["permanency_hearing"])) in text[0]
    # each section starts a page: steps, help, checklist, words
    starts = {name: i for i, p in enumerate(text) for name in SECTIONS if p.startswith(name)}
    assert list(starts) == list(SECTIONS), starts
    steps = " ".join(text[starts["Your steps"] : starts["What we will do to help you"]])
    helps = " ".join(text[starts["What we will do to help you"] : starts["Your checklist"]])
    assert steps.count("What you will do") == 3
    assert "Harbor Recovery Center" in steps and "Family Visit Center" in steps
    assert "housing" not in steps.lower()  # a poverty need is never a condition
    assert "housing-assistance program" in helps and "bus pass" in helps
    checklist = " ".join(text[starts["Your checklist"] : starts["Words in your plan"]])
    assert "March 2" in checklist and "June 29" in checklist
    assert "urine drug test" in text[starts["Words in your plan"]]
    keep = os.environ.get("REUNIFY_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, Path(keep) / "handout-phone.png")


SECTIONS = (
    "Your family plan",
    "Your steps",
    "What we will do to help you",
    "Your checklist",
    "Words in your plan",
)
