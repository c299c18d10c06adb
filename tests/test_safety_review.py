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
from collections.abc import Iterator
from pathlib import Path

import pytest

from reunify_cli.io import packcache
from reunify_cli.io.packs import builtin_pack_paths, load_packs

ROOT = Path(__file__).resolve().parents[1]
VAGUE = ROOT / "examples" / "vague-plan.yaml"
NOBODY = 65534
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

pytestmark = pytest.mark.usefixtures("reuse_builtin_ruleset")  # speed only


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
    cache entry it uses (packs, lemma table, syllable table, the regexes' words) replaced
    by a pickle that creates a file (the packs', the syllables' and the regexes' entries
    even behind a valid header: they are JSON or a table of bytes, or nothing)."""
    canary = tmp_path / "canary"
    env = {k: v for k, v in os.environ.items() if k != "REUNIFY_NO_CACHE"}
    env["REUNIFY_CACHE_DIR"] = str(cache)
    command = [sys.executable, "-m", "reunify_cli", "lint", str(VAGUE), "-f", "json"]
    first = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
    assert first.returncode == 1, first.stderr
    entries = sorted(p for p in cache.iterdir() if p.is_file())
    assert {p.name.split("-")[0] for p in entries} == {"packs", "lemma", "syllables", "regex"}
    for path in entries:
        planted = pickle.dumps(Canary(canary))
        json_entry = path.name.startswith(("packs", "syllables", "regex"))
        path.write_bytes(packcache._wrap(planted) if json_entry else planted)
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
    a miss: the table comes from the shipped file again, and the entry is rewritten."""
    from reunify_cli.analysis.nlp import make_pipeline

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
    from reunify_cli.analysis import regexguard
    from reunify_cli.io.packs import parse_pack
    from reunify_cli.model import ReunifyError

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
    from reunify_cli.analysis.regexguard import MAX_EXPANDED, _parser, expanded_size

    packs = load_packs()
    patterns = [p for pack in packs for r in pack.rules if r.match for p in r.match.regex]
    assert patterns
    assert max(expanded_size(list(_parser.parse(p))) for p in patterns) * 10 < MAX_EXPANDED


# -- writes: rows 3, 4, 5, 6, 7, 13 and 15 ---------------------------------------------------


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "plan.yaml"
    path.write_bytes(VAGUE.read_bytes())
    return path


def _invoke(*args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from reunify_cli.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _a_character_device(folder: Path) -> Path:
    """A character device to write to: a private copy of /dev/null where root can make
    one (the test never risks the machine's own), else /dev/null itself, which a user who
    is not root could not replace even if reunify tried."""
    if not IS_ROOT:
        return Path("/dev/null")
    node = folder / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("command", ["lint", "rewrite"])
def test_row03_output_to_a_device_is_written_to_not_replaced(
    plan: Path, tmp_path: Path, command: str
) -> None:
    device = _a_character_device(tmp_path)
    before = os.stat(device)
    args = ["-f", "json", "--statistics"] if command == "lint" else []
    code, _, err = _invoke(command, str(plan), *args, "-o", str(device))
    assert code == (1 if command == "lint" else 0), err
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_rdev, after.st_ino, after.st_mode) == (
        before.st_rdev,
        before.st_ino,
        before.st_mode,
    )
    assert sorted(p.name for p in device.parent.iterdir() if p.name.startswith(".")) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_row03_output_to_a_named_pipe_is_written_to_as_the_shell_would(
    plan: Path, tmp_path: Path
) -> None:
    import json
    import threading

    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = _invoke("lint", str(plan), "-f", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert code == 1, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["files"][0]["path"] == str(plan)


@pytest.mark.parametrize("kind", ["folder", "socket"])
def test_row03_output_to_a_folder_or_socket_is_refused(
    plan: Path, tmp_path: Path, kind: str
) -> None:
    import socket

    target = tmp_path / "out"
    if kind == "folder":
        target.mkdir()
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
    before = _snapshot(tmp_path)
    code, _, err = _invoke("lint", str(plan), "-f", "json", "-o", str(target))
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith(f"reunify: error: {target}: cannot write output: ")
    assert _snapshot(tmp_path) == before
    if kind == "socket":
        assert stat.S_ISSOCK(os.lstat(target).st_mode)
        server.close()


CHANGED = "plan changed while rewriting; nothing written"


@pytest.mark.parametrize("when", ["while-analysing", "while-writing"])
def test_row04_a_plan_edited_during_in_place_is_not_overwritten(
    plan: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """The caseworker saves the plan in an editor while `rewrite --in-place` runs: during
    the analysis, or at the last moment (after the revised plan and the backup are written
    to their temporary files, before they are renamed). Before, the edit was silently lost."""
    from reunify_cli.rewrite import revise

    edited = plan.read_bytes() + b"# added by the caseworker while reunify ran\n"
    if when == "while-analysing":
        real_revise = revise.revise

        def revise_during_an_edit(*args: object, **kwargs: object) -> str:
            plan.write_bytes(edited)
            return real_revise(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(revise, "revise", revise_during_an_edit)
    else:
        real_fsync = os.fsync
        calls: list[int] = []

        def fsync_during_an_edit(fd: int) -> None:
            real_fsync(fd)
            calls.append(fd)
            if len(calls) == 2:  # the revised plan and the backup are both synced
                plan.write_bytes(edited)

        monkeypatch.setattr(os, "fsync", fsync_during_an_edit)
    code, _, err = _invoke("rewrite", str(plan), "--in-place")
    assert code == 2
    assert err == f"reunify: error: {plan}: {CHANGED}\n"
    assert plan.read_bytes() == edited
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.yaml"]


@pytest.mark.skipif(not IS_ROOT, reason="giving the plan to another user needs root")
def test_row05_in_place_keeps_the_plans_owner_group_and_mode(plan: Path) -> None:
    """A plan in a group-shared folder, owned by another user (`nobody` here, given it by
    root): the new plan and its backup belong to that owner, with the plan's mode."""
    plan.chmod(0o664)
    os.chown(plan, NOBODY, NOBODY)
    before = plan.read_bytes()
    code, _, err = _invoke("rewrite", str(plan), "--in-place")
    assert code == 0, err
    backup = Path(f"{plan}.bak")
    assert plan.read_bytes() != before
    assert backup.read_bytes() == before
    for path in (plan, backup):
        st = path.stat()
        assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (NOBODY, NOBODY, 0o664)


@pytest.mark.skipif(not IS_ROOT, reason="giving the plan to another user needs root")
def test_row05_in_place_refuses_when_the_owner_cannot_be_kept(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user who is not root cannot give a file to its owner: simulated here by making
    fchown fail as it would for them. Then nothing is written."""
    os.chown(plan, NOBODY, NOBODY)
    before = plan.read_bytes()

    def not_allowed(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", not_allowed)
    code, _, err = _invoke("rewrite", str(plan), "--in-place")
    assert code == 2
    assert err == (
        f"reunify: error: {plan}: cannot keep the plan's owner and group "
        f"({NOBODY}:{NOBODY}); nothing written\n"
    )
    assert plan.read_bytes() == before
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.yaml"]


def test_row05_in_place_refuses_a_plan_with_other_hard_links(plan: Path) -> None:
    """Replacing one name of a hard-linked plan would leave the old text under the others."""
    other = plan.parent / "shared-copy.yaml"
    os.link(plan, other)
    before = plan.read_bytes()
    code, _, err = _invoke("rewrite", str(plan), "--in-place")
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith(f"reunify: error: {plan}: the plan has 2 hard links")
    assert plan.read_bytes() == other.read_bytes() == before
    assert plan.stat().st_ino == other.stat().st_ino
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.yaml", "shared-copy.yaml"]


@pytest.mark.parametrize("existing", [None, 0o644])
def test_row06_the_backup_is_no_more_readable_than_the_plan(
    plan: Path, existing: int | None
) -> None:
    backup = Path(f"{plan}.bak")
    if existing is not None:
        backup.write_text("an older backup\n")
        backup.chmod(existing)
    plan.chmod(0o600)
    before = plan.read_bytes()
    code, _, err = _invoke("rewrite", str(plan), "--in-place", "--overwrite-backup")
    assert code == 0, err
    assert backup.read_bytes() == before
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(plan.stat().st_mode) == 0o600


@pytest.mark.parametrize("target_exists", [True, False])
@pytest.mark.parametrize("overwrite", [False, True])
def test_row07_a_backup_path_that_is_a_symlink_is_refused_not_followed(
    plan: Path, tmp_path: Path, target_exists: bool, overwrite: bool
) -> None:
    outside = tmp_path / "outside.txt"
    if target_exists:
        outside.write_text("not yours\n")
    backup = Path(f"{plan}.bak")
    backup.symlink_to(outside)
    before = _snapshot(tmp_path)
    args = ["--overwrite-backup"] if overwrite else []
    code, _, err = _invoke("rewrite", str(plan), "--in-place", *args)
    assert code == 2
    assert err == (
        f"reunify: error: {backup}: the backup path is a symbolic link, not followed; "
        "nothing written\n"
    )
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_row13_output_that_is_the_plan_through_a_link_is_refused(plan: Path, link: str) -> None:
    other = plan.parent / "link.yaml"
    if link == "symbolic":
        other.symlink_to(plan.name)
    else:
        os.link(plan, other)
    before = _snapshot(plan.parent)
    code, _, err = _invoke("rewrite", str(plan), "-o", str(other))
    assert code == 2
    assert (
        err == f"reunify: error: -o {other} is the plan itself: use --in-place (it keeps a .bak)\n"
    )
    assert _snapshot(plan.parent) == before


KILL_DURING_WRITE = """
import os, signal, sys
from reunify_cli.io import files
if sys.argv[1] == "named":
    files._O_TMPFILE = 0  # as on systems without O_TMPFILE
number = getattr(signal, sys.argv[2])
real_fsync = os.fsync

def fsync(fd):  # the temporary file now holds the whole revised plan
    os.kill(os.getpid(), number)
    real_fsync(fd)

os.fsync = fsync
sys.argv = ["reunify", *sys.argv[3:]]
from reunify_cli.cli import main
main()
"""


def _supports_unnamed_files(folder: Path) -> bool:
    try:
        os.close(os.open(folder, getattr(os, "O_TMPFILE", 0) | os.O_RDWR, 0o600))
    except (OSError, ValueError):
        return False
    return hasattr(os, "O_TMPFILE")


@pytest.mark.parametrize(
    ("temporary", "signal_name"),
    [("unnamed", "SIGKILL"), ("unnamed", "SIGTERM"), ("named", "SIGTERM"), ("named", "SIGHUP")],
)
def test_row15_a_killed_in_place_leaves_no_copy_of_the_plan(
    plan: Path, temporary: str, signal_name: str
) -> None:
    """SIGKILL cannot be caught: the temporary file is unnamed (O_TMPFILE) until the final
    rename, so the kernel removes it. SIGTERM and SIGHUP are caught while a named
    temporary file exists (systems without O_TMPFILE), and it is removed on the way out."""
    import signal

    if temporary == "unnamed" and not _supports_unnamed_files(plan.parent):
        pytest.skip("no O_TMPFILE on this system or file system")
    before = plan.read_bytes()
    script = [sys.executable, "-c", KILL_DURING_WRITE, temporary, signal_name]
    done = subprocess.run(
        [*script, "rewrite", str(plan), "--in-place"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    number = getattr(signal, signal_name)
    assert done.returncode in (-number, 128 + number), done.stderr
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.yaml"]
    assert plan.read_bytes() == before


# -- row 14: plans rewrite refused, or blamed at lines they do not have --------------------

ROW14_HEAD = "case:\n  caseworker: J. Alvarez\n  next_review: 2026-07-15\ngoals:\n"
VAGUE_GOAL = "Parent must make progress in individual therapy."
ROW14_GOALS = {
    "goal-and-statement": f"  - id: g1\n    goal: Attend weekly.\n    statement: {VAGUE_GOAL}\n",
    "text-and-goal": f"  - id: g1\n    text: Attend weekly.\n    goal: {VAGUE_GOAL}\n",
    "tab-after-statement": f"  - id: g1\n    statement:\t{VAGUE_GOAL}\n",
    "tab-and-comment": f"  - id: g1\n    statement:\t{VAGUE_GOAL}\t# from the court report\n",
    "tab-block": f"  - id: g1\n    statement:\t|\n      {VAGUE_GOAL}\n",
    "two-goals-and-a-tail": (
        f"  - id: g1\n    statement: {VAGUE_GOAL}\n  - Mother will cooperate with the agency.\n"
        "notes: |\n  keep this\n"
    ),
}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("shape", list(ROW14_GOALS))
def test_row14_valid_plans_are_rewritten_with_their_own_line_breaks(
    tmp_path: Path, shape: str, newline: str
) -> None:
    """Before: `goal:` before `statement:` was refused ('goal 1 lost data'); CR-only files
    failed with errors at lines the file does not have. The statement rewritten is the
    one the analysis read (statement > goal > text), other keys stay as they were, and the
    lines added use the file's own line breaks."""
    from reunify_cli.io.yamlio import LINE_BREAK, parse

    text = (ROW14_HEAD + ROW14_GOALS[shape]).replace("\n", newline)
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(text.encode())
    out = tmp_path / "out.yaml"
    code, _, err = _invoke("rewrite", str(plan), "-o", str(out))
    assert code == 0, err
    revised = out.read_bytes().decode()
    assert set(LINE_BREAK.findall(revised)) == {newline}
    old_root, new_root = parse("p", text), parse("p", revised)  # libyaml, as reunify reads
    assert old_root is not None and new_root is not None
    before, after = old_root.to_python()["goals"][0], new_root.to_python()["goals"][0]
    assert isinstance(before, dict) and isinstance(after, dict)
    read = next(k for k in ("statement", "goal", "text") if k in before)
    assert after["original_statement"] == before[read]
    assert after[read] != before[read]
    assert {k: v for k, v in after.items() if k in before and k != read} == {
        k: v for k, v in before.items() if k != read
    }


def test_row14_a_revision_that_would_not_parse_names_the_goal_in_the_users_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If reunify's own edit ever produced YAML that does not parse (simulated: the quoting
    of the new statement is broken), the error points at the goal in the user's file -
    not at a line of the revision the user never saw - and nothing is written."""
    from reunify_cli.rewrite import revise

    monkeypatch.setattr(revise, "_block_value", lambda value, *args: '"' + value)
    text = ROW14_HEAD.replace("\n", "\r") + f"  - id: g1\r    statement: {VAGUE_GOAL}\r"
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(text.encode())
    for args in (["-o", str(tmp_path / "out.yaml")], ["--in-place"]):
        code, _, err = _invoke("rewrite", str(plan), *args)
        assert code == 2
        assert err == (
            f"reunify: error: {plan}:5:5: cannot rewrite this goal in place: "
            "the result would not be valid YAML\n"
        )
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


# -- row 11: plan text that would be a CI workflow command -----------------------------------

INJECTED_STATEMENT = (
    r"Parent must make progress in individual therapy.\n::warning::from the statement"
    r"\r::notice::after a CR ##[error]legacy ##vso[task.setvariable variable=x]1"
    r" \u2028::error::after a line separator"
)
INJECTED_PLAN = f"""case:
  caseworker: J. Alvarez
  next_review: 2026-07-15
concerns:
  - id: "c1\\n::error file=concern.yaml::from a concern id"
    kind: safety
    statement: Unsupervised.
goals:
  - id: "g1\\n::error file=id.yaml,line=1::from the id"
    concern: "c1\\n::error file=concern.yaml::from a concern id"
    statement: "{INJECTED_STATEMENT}"
  - id: "::error file=id.yaml::an id at the start"
    statement: Mother will cooperate with the agency.
"""
COMMAND_NAME = "::error file=name.yaml::from a file name.yaml"


def _commands_in(output: str) -> list[str]:
    """Lines a CI runner would take as commands: GitHub's `::` at the start after spaces
    (its runner splits on LF; CR is counted too here), `##[` anywhere, Azure's `##vso[`."""
    lines = output.replace("\r", "\n").split("\n")
    return [
        line
        for line in lines
        if line.lstrip().startswith("::") or "##[" in line or "##vso[" in line
    ]


def test_row11_no_output_line_begins_with_plan_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Goal ids, statements, concern ids and file names holding line breaks followed by
    `::error ...` (GitHub Actions' workflow commands), `##[error]` and `##vso[...]`: no line
    of the text, csv or rewrite output (nor standard error) can be run as a command. The
    data itself is unchanged (the JSON output has it as written)."""
    import json

    monkeypatch.chdir(tmp_path)
    Path(COMMAND_NAME).write_text(INJECTED_PLAN, encoding="utf-8")
    broken = "::error file=broken.yaml::a file that cannot be read.yaml"
    Path(broken).write_text("goals: [\n", encoding="utf-8")
    concrete = "::notice::a plan with nothing to rewrite.yaml"
    Path(concrete).write_text("goals: []\n", encoding="utf-8")
    runs = [
        ["lint", COMMAND_NAME, broken, "--statistics"],
        ["lint", COMMAND_NAME, broken, "-f", "csv", "--statistics"],
        ["rewrite", COMMAND_NAME],
        ["rewrite", COMMAND_NAME, "--diff"],
        ["rewrite", concrete, "--in-place"],
        ["rewrite", broken],
    ]
    for args in runs:
        code, out, err = _invoke(*args)
        assert code in (0, 1, 2), (args, err)
        assert out or err, args
        assert _commands_in(out) == [], args
        assert _commands_in(err) == [], args
        assert "\x1b" not in out + err
    code, out, _ = _invoke("lint", COMMAND_NAME, "-f", "json")
    goals = json.loads(out)["files"][0]["goals"]
    assert goals[0]["id"] == "g1\n::error file=id.yaml,line=1::from the id"
    assert goals[1]["id"] == "::error file=id.yaml::an id at the start"


def test_row11_file_names_in_the_summary_tables_are_text_not_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch summary lists the files with most findings: a name that looks like rich
    markup (`[red]`, which rich swallowed) is printed as it is."""
    monkeypatch.chdir(tmp_path)
    names = ["[red]alarm.yaml", "[bold]loud.yaml"]
    for name in names:
        Path(name).write_bytes(VAGUE.read_bytes())
    code, out, err = _invoke("lint", *names, "--statistics")
    assert code == 1, err
    table = out[out.index("Files with the most findings") :]
    assert all(name in table for name in names)


# -- row 9: a plan named on the command line, silently skipped by a parent's config ----------


@pytest.fixture
def repo_excluding_everything(tmp_path: Path) -> tuple[Path, Path]:
    """A repository whose `.reunify.yaml` excludes every file, and a plan inside it."""
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".reunify.yaml"
    config.write_text('exclude: ["*"]\n')
    plan = tmp_path / "plans" / "plan.yaml"
    plan.parent.mkdir()
    plan.write_bytes(VAGUE.read_bytes())
    return config, plan


def test_row09_a_file_named_on_the_command_line_is_checked_despite_excludes(
    repo_excluding_everything: tuple[Path, Path],
) -> None:
    """Before: skipped, exit 0, nothing said. Now (ruff's convention) a file you name is
    checked; `--verbose` and the JSON `tool` section name the config file that applied."""
    import json

    config, plan = repo_excluding_everything
    code, out, err = _invoke("lint", str(plan), "-f", "json", "--verbose")
    assert code == 1
    document = json.loads(out)
    assert [f["path"] for f in document["files"]] == [str(plan)]
    assert document["files"][0]["goals"]
    assert document["tool"]["config"] == [str(config)]
    assert err.splitlines() == [
        f"reunify: config: {config}",
        f"reunify: checked although excluded, because it was named: {plan} "
        "(--force-exclude skips it)",
    ]


@pytest.mark.parametrize("how", ["flag", "config"])
def test_row09_force_exclude_skips_a_named_file_and_verbose_says_so(
    repo_excluding_everything: tuple[Path, Path], how: str
) -> None:
    import json

    config, plan = repo_excluding_everything
    if how == "config":
        config.write_text('exclude: ["*"]\nforce-exclude: true\n')
    flag = ["--force-exclude"] if how == "flag" else []
    code, out, err = _invoke("lint", str(plan), "-f", "json", "-v", *flag)
    assert code == 0
    assert json.loads(out)["files"] == []
    assert err.splitlines() == [
        f"reunify: config: {config}",
        f"reunify: excluded (--force-exclude): {plan}",
    ]


def test_row09_verbose_says_when_no_config_file_applied(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(VAGUE.read_bytes())
    code, _, err = _invoke("lint", str(plan), "--verbose", "-q")
    assert code == 1
    assert err == "reunify: config: none found (built-in defaults)\n"


# -- row 10: a named pipe with a writer holding it open -------------------------------------


@pytest.fixture
def fifo_with_a_silent_writer(tmp_path: Path) -> Iterator[Path]:
    """A FIFO named like a plan, held open for writing (O_RDWR: a writer that never writes)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    folder = tmp_path / "batch"
    folder.mkdir()
    fifo = folder / "b.yaml"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)
    yield fifo
    os.close(writer)


def test_row10_a_fifo_in_a_batch_folder_is_refused_up_front(
    fifo_with_a_silent_writer: Path,
) -> None:
    """Before: the whole batch hung on the pipe. Run in a fresh process, so that a
    regression fails the test (at the subprocess timeout) instead of hanging the suite."""
    import json

    folder = fifo_with_a_silent_writer.parent
    (folder / "a.yaml").write_bytes(VAGUE.read_bytes())
    (folder / "c.yaml").write_bytes(VAGUE.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "reunify_cli", "lint", str(folder), "-f", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    files = json.loads(done.stdout)["files"]
    assert [(Path(f["path"]).name, f["error"]) for f in files] == [
        ("a.yaml", None),
        (
            "b.yaml",
            {
                "message": "not a regular file (a named pipe): not read",
                "line": None,
                "column": None,
            },
        ),
        ("c.yaml", None),
    ]
    assert done.stderr == (
        f"reunify: error: {fifo_with_a_silent_writer}: not a regular file (a named pipe): "
        "not read\n"
    )


def test_row10_a_silent_fifo_named_on_the_command_line_is_read_with_a_time_limit(
    fifo_with_a_silent_writer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reunify_cli.io import yamlio

    monkeypatch.setattr(yamlio, "READ_TIMEOUT", 0.1)  # the limit, shortened for the test
    code, _, err = _invoke("lint", str(fifo_with_a_silent_writer), "-f", "json")
    assert code == 2
    assert err == (
        f"reunify: error: {fifo_with_a_silent_writer}: cannot read: not a regular file, and "
        "nothing came from it for 0.1 seconds\n"
    )


def test_row10_a_fifo_named_on_the_command_line_that_sends_a_plan_is_linted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reunify lint <(make-plan)` style: the pipe is read to its end. The test's writer
    puts the plan into the pipe and lets go of it as soon as reunify has opened it."""
    import json

    from reunify_cli.io import yamlio

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)
    os.write(writer, VAGUE.read_bytes())
    real_open = os.open

    def open_then_release_the_writer(path: object, *args: object, **kwargs: object) -> int:
        fd = real_open(path, *args, **kwargs)  # type: ignore[arg-type]
        if os.fspath(path) == str(fifo):  # type: ignore[arg-type]
            os.close(writer)
        return fd

    monkeypatch.setattr(yamlio.os, "open", open_then_release_the_writer)
    code, out, err = _invoke("lint", str(fifo), "-f", "json")
    assert code == 1, err
    assert json.loads(out)["files"][0]["goals"][0]["flags"]["vague"] is True
