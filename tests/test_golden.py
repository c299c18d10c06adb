"""Golden files: every output format on every shipped example, compared byte for byte.

After an intended change to rules, messages or a reporter, regenerate them all with

    python -m pytest tests/test_golden.py --update-golden

and review the diff of tests/golden/ like any other change.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

import pytest

from reunify_cli.analysis.engine import Ruleset
from reunify_cli.api import lint_paths
from reunify_cli.model import Report
from reunify_cli.reporters import RenderOptions, render
from reunify_cli.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = sorted(p.name for p in (ROOT / "examples").glob("*.yaml"))
FORMATS = {"text": "txt", "json": "json", "sarif": "sarif", "github": "txt", "junit": "xml"}
REGENERATE = "python -m pytest tests/test_golden.py --update-golden"


@pytest.fixture(scope="module")
def in_root() -> Iterator[None]:
    """Run from the repository root, so that paths in the output are `examples/...`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        patch.delenv("NO_COLOR", raising=False)
        yield


@pytest.fixture(scope="module")
def reports(in_root: None, ruleset: Ruleset) -> dict[str, Report]:
    return {name: lint_paths([f"examples/{name}"], Settings(), ruleset) for name in EXAMPLES}


def test_every_example_is_covered() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("format", sorted(FORMATS))
@pytest.mark.parametrize("example", EXAMPLES)
def test_golden(
    in_root: None, reports: dict[str, Report], update_golden: bool, example: str, format: str
) -> None:
    actual = render(reports[example], format, RenderOptions(color=False, width=100))
    path = GOLDEN / format / f"{Path(example).stem}.{FORMATS[format]}"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"{path.relative_to(ROOT)} is missing; create it with: {REGENERATE}"
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        diff = "".join(
            list(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    f"{path.relative_to(ROOT)} (expected)",
                    "actual output",
                )
            )[:60]
        )
        pytest.fail(
            f"{format} output for examples/{example} differs from its golden file.\n"
            f"If the change is intended (rules, messages or a reporter changed), regenerate "
            f"every golden file with:\n    {REGENERATE}\nand review the diff.\n\n{diff}",
            pytrace=False,
        )
