"""`--statistics`: in the text format the tables instead of the findings (as ruff's), and
`--group-by case.FIELD`: what the plans of each caseworker (or unit) miss."""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType

import pytest
from typer.testing import CliRunner

from reunify_cli.cli import app
from reunify_cli.model import Element, FileReport, Goal, GoalReport, LoadError, Span, TextField
from reunify_cli.stats import NO_GROUP, Statistics, tally

runner = CliRunner()
VAGUE = "Father will cooperate with the agency."


def plan(folder: Path, name: str, caseworker: str | None, *goals: str, unit: str = "") -> None:
    case = ""
    if caseworker or unit:
        case = "case:\n" + (f"  caseworker: {caseworker}\n" if caseworker else "")
        case += f"  unit: {unit}\n" if unit else ""
    body = "".join(f"  - {g}\n" for g in goals)
    (folder / name).write_text(f"{case}goals:\n{body}")


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    plan(tmp_path, "a1.yaml", "J. Alvarez", VAGUE, VAGUE, unit="North")
    plan(tmp_path, "a2.yaml", "J. Alvarez", VAGUE, unit="North")
    plan(tmp_path, "b.yaml", "R. Okafor", VAGUE, unit="South")
    plan(tmp_path, "c.yaml", None, VAGUE)
    (tmp_path / "broken.yaml").write_text("goals: [\n")
    return tmp_path


def rows(text: str, title: str) -> dict[str, list[str]]:
    """The rows of the table titled `title`: first cell -> the other cells."""
    lines = text[text.index(title) :].split("\n\n")[0].splitlines()
    found = {}
    for line in lines:
        cells = [c.strip() for c in line.replace("┃", "│").split("│")]
        if len(cells) > 2 and cells[1].isdigit():
            found[cells[0]] = cells[1:]
    return found


def test_statistics_alone_in_the_text_format(batch: Path) -> None:
    result = runner.invoke(app, ["lint", str(batch), "--statistics"])
    assert result.exit_code == 2  # broken.yaml
    out = result.stdout
    assert out.startswith("Batch summary")
    assert "Goals missing each element" in out and "Top rules" in out
    assert "Father will cooperate" not in out  # no findings listed
    assert "goal 1 (line" not in out and "file(s), " not in out
    assert "broken.yaml" in result.stderr and "invalid YAML" in result.stderr
    listed = runner.invoke(app, ["lint", str(batch)])  # 5 files: the list, no tables
    assert "Father will cooperate" in listed.stdout and "Batch summary" not in listed.stdout


def test_group_by_a_case_field(batch: Path) -> None:
    result = runner.invoke(app, ["lint", str(batch), "--group-by", "case.caseworker"])
    assert result.exit_code == 2
    table = rows(result.stdout, "Goals by case.caseworker")
    assert list(table) == ["J. Alvarez", "R. Okafor", NO_GROUP]  # by name, none last
    assert [table[k][:2] for k in table] == [["2", "3"], ["1", "1"], ["1", "1"]]
    assert all(cells[2] == "100.0%" for cells in table.values())  # every goal is vague
    units = runner.invoke(app, ["lint", str(batch), "--statistics", "--group-by", "case.unit"])
    assert list(rows(units.stdout, "Goals by case.unit")) == ["North", "South", NO_GROUP]


def test_group_by_with_a_machine_format_goes_to_standard_error(batch: Path) -> None:
    args = ["lint", str(batch), "-f", "json", "--group-by", "case.caseworker"]
    result = runner.invoke(app, args)
    assert json.loads(result.stdout)["summary"]["files"] == 5
    assert "J. Alvarez" in rows(result.stderr, "Goals by case.caseworker")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--group-by", "caseworker"], "--group-by takes a field of the plans' `case:`"),
        (["--group-by", "case.caseworker", "--no-statistics"], "cannot go with --no-statistics"),
    ],
)
def test_bad_group_by_is_a_usage_error(batch: Path, args: list[str], words: str) -> None:
    result = runner.invoke(app, ["lint", str(batch), *args])
    assert result.exit_code == 2
    assert words in result.stderr


def _report(path: str, case: dict[str, str], missing: list[set[Element]]) -> FileReport:
    span = Span(1, 1, 1, 2)
    goals = tuple(
        GoalReport(
            goal=Goal(i, None, TextField("x", None), span),
            elements=MappingProxyType({e: e not in lacks for e in Element}),
            flags=MappingProxyType({"vague": Element.MEASURABLE in lacks}),
            findings=(),
        )
        for i, lacks in enumerate(missing)
    )
    return FileReport(path=path, goals=goals, case=MappingProxyType(case))


def test_group_rows_add_up_per_group() -> None:
    stats = Statistics("case.caseworker")
    stats.add(
        tally(_report("a", {"caseworker": "Ann"}, [{Element.MEASURABLE}, set()]), "case.caseworker")
    )
    stats.add(tally(_report("b", {"caseworker": " Ann "}, [set(Element)]), "case.caseworker"))
    stats.add(tally(_report("c", {}, [set()]), "case.caseworker"))
    stats.add(tally(FileReport("d", error=LoadError("d", "bad")), "case.caseworker"))
    ann, none = stats.snapshot().groups
    assert (ann.name, ann.files, ann.goals, ann.vague, ann.findings) == ("Ann", 2, 3, 2, 0)
    assert ann.missing == (1, 2, 1, 1, 1)  # behavioral, measurable, time_limited, ...
    assert (none.name, none.files, none.goals, none.missing) == (NO_GROUP, 1, 1, (0,) * 5)
