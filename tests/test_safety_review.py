"""The safety review (issue 13): each row of its table of failures is a test here, named
`test_rowNN_...`. They assert reunify's behaviour - one line, exit 2, the file named,
nothing written, nothing run - never a dependency's wording.

The tests run as root in CI and here. Where a case needs another user, a file is given to
`nobody` (uid 65534) with os.chown, which root can do; where that is impossible (not
root), the test says so and is skipped, or the identity check is pointed at another uid
with monkeypatch (also said where it is done).
"""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reunify_cli import packcache
from reunify_cli.packs import builtin_pack_paths, load_packs

ROOT = Path(__file__).resolve().parents[1]
VAGUE = ROOT / "examples" / "vague-plan.yaml"
NOBODY = 65534
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


class Canary:
    """Pickles to a call that creates a file: if anything unpickles it, the file appears."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.path,))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("REUNIFY_CACHE_DIR", str(folder))
    monkeypatch.delenv("REUNIFY_NO_CACHE", raising=False)
    return folder


def _pack_entry(cache: Path) -> Path:
    key = packcache.cache_key(builtin_pack_paths())
    assert key is not None
    return cache / packcache.pack_entry_name(key)


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    """Names and contents (link targets for links) of everything below `folder`."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[name] = path.read_bytes()
        else:
            found[name] = "<dir>"
    return found


# -- row 1: a pickle planted in the pack cache -----------------------------------------------


def test_row01_a_planted_pickle_is_never_run_in_process(cache: Path, tmp_path: Path) -> None:
    """The key is a hash of public install contents, so an attacker can compute the entry's
    name, as done here. Whatever the entry holds - a raw pickle, a pickle behind a valid
    cache header, at the old `.pickle` name or the new one - nothing in it runs, and the
    packs come from their files."""
    canary = tmp_path / "canary"
    payload = pickle.dumps(Canary(canary))
    entry = _pack_entry(cache)
    cache.mkdir(mode=0o700)
    for data in (payload, packcache._wrap(payload)):
        entry.write_bytes(data)
        entry.with_suffix(".pickle").write_bytes(data)
        assert packcache.load_packs_cached() == load_packs()
        assert not canary.exists()
        assert packcache.decode_packs(packcache.read_entry(cache, entry.name) or b"") == (
            load_packs()
        )  # rebuilt: the planted entry was replaced by plain JSON


def test_row01_a_planted_cache_never_runs_in_a_fresh_lint(cache: Path, tmp_path: Path) -> None:
    """End to end, as the review ran it: `reunify lint` in a fresh process, with every
    cache entry it uses (packs and lemma table) replaced by a pickle that creates a file
    (the packs' entry even behind a valid header: it is JSON or nothing)."""
    canary = tmp_path / "canary"
    env = {k: v for k, v in os.environ.items() if k != "REUNIFY_NO_CACHE"}
    env["REUNIFY_CACHE_DIR"] = str(cache)
    command = [sys.executable, "-m", "reunify_cli", "lint", str(VAGUE), "-f", "json"]
    first = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
    assert first.returncode == 1, first.stderr
    entries = sorted(p for p in cache.iterdir() if p.is_file())
    assert {p.name.split("-")[0] for p in entries} == {"packs", "lemma"}
    for path in entries:
        planted = pickle.dumps(Canary(canary))
        path.write_bytes(packcache._wrap(planted) if path.name.startswith("packs") else planted)
    second = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
    assert second.returncode == 1, second.stderr
    assert second.stdout == first.stdout
    assert not canary.exists()


def _doctored_packs() -> bytes:
    """A well-formed entry that would change results: every rule of every pack removed."""
    from dataclasses import replace

    return packcache.encode_packs(tuple(replace(p, rules=()) for p in load_packs()))


@pytest.mark.parametrize(
    "how",
    ["entry-of-another-user", "folder-of-another-user", "folder-writable-by-all", "folder-link"],
)
def test_row01_a_foreign_or_shared_cache_is_not_trusted(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A shared, CI-restored or `sudo -E` cache: entries that another user could have
    written are misses, so a well-formed entry that would change results is ignored, and
    nothing is written into a folder that is not the user's own."""
    entry = _pack_entry(cache)
    real = tmp_path / "elsewhere"
    target = real if how == "folder-link" else cache
    target.mkdir(mode=0o700)
    (target / entry.name).write_bytes(packcache._wrap(_doctored_packs()))
    if how == "folder-link":
        cache.symlink_to(real)
    elif how == "folder-writable-by-all":
        cache.chmod(0o777)
    elif IS_ROOT:
        os.chown(entry if how == "entry-of-another-user" else cache, NOBODY, NOBODY)
    elif how == "folder-of-another-user":  # not root: the run's user is made someone else
        monkeypatch.setattr(packcache, "_uid", lambda: os.geteuid() + 1)
    else:
        pytest.skip("giving a file to another user needs root")
    before = _snapshot(tmp_path)
    assert packcache.load_packs_cached() == load_packs()
    if how == "entry-of-another-user":  # our own folder: the foreign entry is replaced
        assert entry.stat().st_uid == os.geteuid()
        assert packcache.decode_packs(packcache.read_entry(cache, entry.name) or b"")
    else:
        assert _snapshot(tmp_path) == before


# -- row 2: symbolic links planted at the cache's temporary name ----------------------------


def test_row02_a_link_at_the_temporary_or_entry_name_is_not_followed(
    cache: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    entry = _pack_entry(cache)
    cache.mkdir(mode=0o700)
    temporary = cache / f"{entry.name}.{os.getpid()}.tmp"  # the name this process would use
    temporary.symlink_to(victim)
    assert packcache.load_packs_cached() == load_packs()
    assert victim.read_text() == "precious\n"
    assert temporary.is_symlink()
    assert not entry.exists()  # the name was taken: no entry this time, nothing followed
    temporary.unlink()
    entry.symlink_to(victim)  # a link at the entry's own name is neither read nor followed
    assert packcache.load_packs_cached() == load_packs()
    assert victim.read_text() == "precious\n"
    assert not entry.is_symlink() and stat.S_ISREG(entry.lstat().st_mode)
    assert sorted(p.name for p in cache.iterdir()) == [entry.name]


# -- row 12: a truncated or doctored lemma cache ---------------------------------------------


@pytest.mark.parametrize("damage", ["truncated", "doctored", "of-another-user"])
def test_row12_a_damaged_lemma_cache_is_a_miss_and_is_rebuilt(cache: Path, damage: str) -> None:
    """Truncated: an internal error on every run, before. Doctored (a byte changed, the
    header kept) or written by another user: results silently changed, before. Now each is
    a miss: the table comes from spacy-lookups-data again, and the entry is rewritten."""
    from reunify_cli.nlp import make_pipeline

    words = "attended sessions went children made"
    expected = [t.lemma_ for t in make_pipeline()(words)]  # fills the cache
    assert expected == ["attend", "session", "go", "child", "make"]
    (entry,) = cache.glob("lemma-lookup-*.bin")
    good = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(good[: len(good) // 2])
    elif damage == "doctored":
        entry.write_bytes(good.replace(b"attend", b"attack"))
        assert entry.read_bytes() != good
    elif IS_ROOT:  # well-formed, with a valid header, but written by someone else
        payload = packcache._unwrap(good)
        assert payload is not None
        entry.write_bytes(packcache._wrap(payload.replace(b"attend", b"attack")))
        os.chown(entry, NOBODY, NOBODY)
    else:
        pytest.skip("giving a file to another user needs root")
    assert [t.lemma_ for t in make_pipeline()(words)] == expected
    assert entry.read_bytes() == good
    assert entry.stat().st_uid == os.geteuid()


# -- row 8: a pack regex whose counted repeats expand beyond memory -------------------------


PACK_HEAD = "pack: mine\nversion: 1\ndescription: My agency's words.\nrules:\n"


def _regex_rule(rule_id: str, pattern: str) -> str:
    return (
        f"  - id: {rule_id}\n    category: vague\n    severity: warning\n"
        f"    message: Say what.\n    rationale: Because.\n"
        f"    match:\n      regex: ['{pattern}']\n"
    )


def test_row08_a_regex_that_expands_beyond_memory_is_refused_naming_file_and_rule(
    tmp_path: Path,
) -> None:
    """Before: MemoryError, 'internal error', no file or rule named (an OOM kill without a
    memory limit). Now the expanded size is bounded before anything is compiled."""
    from typer.testing import CliRunner

    from reunify_cli.cli import app

    pattern = "(?:(?:(?:a{100}){100}){100}){100}"
    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK_HEAD + _regex_rule("mine.ok", "weekly") + _regex_rule("mine.big", pattern))
    result = CliRunner().invoke(app, ["lint", str(VAGUE), "--rules", str(pack)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"reunify: error: {pack}:18:15: rule 'mine.big': ")
    assert "regex too large" in result.output


def test_row08_memory_running_out_while_compiling_is_an_error_naming_the_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backstop: a pattern within the bound whose compiling still runs out of memory
    (simulated: the compiler raises MemoryError) is refused like any bad regex."""
    from reunify_cli import regexguard
    from reunify_cli.model import ReunifyError
    from reunify_cli.packs import parse_pack

    def out_of_memory(pattern: str) -> None:
        raise MemoryError

    monkeypatch.setattr(regexguard, "compile_pattern", out_of_memory)
    text = PACK_HEAD + _regex_rule("mine.big", "weekly")
    with pytest.raises(ReunifyError) as info:
        parse_pack(str(tmp_path / "pack.yaml"), text)
    error = info.value.error
    assert (error.path, error.line) == (str(tmp_path / "pack.yaml"), 11)
    assert "rule 'mine.big'" in error.message
    assert "ran out of memory" in error.message


def test_row08_built_in_packs_are_far_within_the_bound() -> None:
    from reunify_cli.regexguard import MAX_EXPANDED, _parser, expanded_size

    packs = load_packs()
    patterns = [p for pack in packs for r in pack.rules if r.match for p in r.match.regex]
    assert patterns
    assert max(expanded_size(list(_parser.parse(p))) for p in patterns) * 10 < MAX_EXPANDED
