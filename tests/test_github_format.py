"""`--format github`: a goal's missing elements are one annotation (GitHub shows about ten
per step), every other finding its own."""

from __future__ import annotations

from pathlib import Path

from ci_helpers import plan, write_pack
from typer.testing import CliRunner

from reunify_cli.cli import app

runner = CliRunner()


def annotations(out: str) -> list[tuple[str, dict[str, str], str]]:
    found = []
    for line in out.splitlines():
        head, message = line[2:].split("::", 1)
        level, props = head.split(" ", 1)
        found.append((level, dict(p.split("=", 1) for p in props.split(",")), message))
    return found


def test_missing_elements_are_one_annotation_per_goal(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    pack = write_pack(tmp_path)
    path = plan(
        tmp_path,
        "p.yaml",
        "Mother will make progress and wobble.",  # vague, and lacks every element
        "Mother will attend every weekly session until 2026-06-30.",  # lacks two
    )
    args = ["lint", str(path), "--rules", str(pack), "-f", "github"]
    result = runner.invoke(app, [*args, "--select", "missing", "--select", "vague"])
    assert result.exit_code == 1
    found = annotations(result.stdout)
    missing = [a for a in found if a[1]["title"].startswith("missing.")]
    assert len(missing) == 2  # one per goal, not one per missing element
    level, props, message = missing[0]
    assert level == "warning" and props["line"] == "3"
    assert message == (
        "g1: missing an observable action, how many / how often, a deadline, who shows it "
        "was done, how often it is reported"
    )
    assert props["title"] == (
        "missing.behavior%2C missing.measure%2C missing.deadline%2C missing.evidence%2C "
        "missing.cadence"
    )
    assert missing[1][2] == "g2: missing who shows it was done, how often it is reported"
    others = sorted(a[1]["title"] for a in found if a not in missing)
    assert others == ["cipack.warn", "vague.make-progress"]  # each vague finding its own


def test_the_worst_severity_of_the_missing_elements_is_the_annotation_level(
    tmp_path: Path,
) -> None:
    (tmp_path / ".reunify.yaml").write_text("severity: {missing.cadence: error}\n")
    (tmp_path / ".git").mkdir()
    path = plan(tmp_path, "p.yaml", "Mother will attend every weekly session until 2026-06-30.")
    result = runner.invoke(app, ["lint", str(path), "--select", "missing", "-f", "github"])
    assert [(a[0], a[2]) for a in annotations(result.stdout)] == [
        ("error", "g1: missing who shows it was done, how often it is reported")
    ]
