"""Benchmark `reunify lint` on a generated batch, against a floor, and its cold start.

    python benchmarks/bench.py                  # 2,000 plans, --jobs 1, 2 and all cores
    python benchmarks/bench.py --plans 500 --repeat 1
    python benchmarks/bench.py --peers          # also proselint and textlint + prh
    python benchmarks/bench.py --memory 1000,2000,4000   # peak memory of every format
    python benchmarks/bench.py --install-size   # a fresh `pip install .`, measured

`--peers` installs proselint (into a virtual environment) and textlint with
textlint-rule-prh (npm) into a scratch folder (`--scratch`, default benchmarks/out/peers)
the first time, then runs them on the batch's statements, one per line in a text file:
proselint with 50 of its checks, textlint with a prh dictionary of 50 of the packs'
phrases. Nothing of this is imported or run by the tests.

For each run it prints wall time, goals/s, files/s and the peak memory of the whole process
tree (parent and workers, resident set sampled from /proc; on other systems the largest
single process). The floor is the same batch read with PyYAML's C loader and its
statements run through spaCy's blank English tokenizer, in one process: the least any
tool must do. The ratio is lint time / floor time. Cold start compares
`reunify lint plan.yaml` with `python -c "import spacy; spacy.blank('en')"`.
Every time is the best of --repeat runs (the machine's noise only ever adds time).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def floor(folder: str, dump: str | None = None) -> None:
    """The floor, run in its own process: C YAML loader + blank tokenizer over all goals.
    With `dump`, the statements are written there instead, one per line (for the peers)."""
    import yaml

    texts: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            with open(os.path.join(root, name), encoding="utf-8") as handle:
                data = yaml.load(handle, Loader=yaml.CSafeLoader)
            goals = data if isinstance(data, list) else data["goals"]
            for goal in goals:
                if isinstance(goal, str):
                    texts.append(goal)
                else:
                    texts.append(goal.get("statement") or goal.get("goal") or goal.get("text"))
    if dump:
        with open(dump, "w", encoding="utf-8") as handle:
            handle.writelines(" ".join(t.split()) + "\n" for t in texts)
        return
    import spacy

    nlp = spacy.blank("en")
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(texts, batch_size=256))
    print(len(texts), tokens)


def _tree_rss(pid: int) -> int:
    """Memory (bytes) of a process and its descendants, from /proc: the proportional set
    size (pages shared by forked workers count once overall), else the resident set."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            try:
                with open(f"/proc/{current}/smaps_rollup") as handle:
                    lines = [ln for ln in handle if ln.startswith("Pss:")]
            except OSError:
                lines = []
            if not lines:
                with open(f"/proc/{current}/status") as handle:
                    lines = [ln for ln in handle if ln.startswith("VmRSS:")]
            for line in lines:
                total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """Wall seconds, peak memory (bytes) and CPU seconds (user + system, all processes)
    of one run of `command`."""
    import resource

    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.exists("/proc"):
        sampler.start()
    code = process.wait()
    elapsed = time.perf_counter() - start
    done.set()
    if sampler.is_alive():
        sampler.join()
    if code not in (0, 1):
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not peak:
        peak = after.ru_maxrss * 1024
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, peak, cpu


def best(
    command: list[str], repeat: int, env: dict[str, str] | None = None
) -> tuple[float, int, float]:
    runs = [measure(command, env) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), min(r[2] for r in runs)


def count(folder: Path) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--floor", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    goals = int(out[0])
    files = sum(1 for _ in folder.rglob("*.y*ml"))
    return files, goals


def reunify() -> list[str]:
    exe = shutil.which("reunify", path=os.path.dirname(sys.executable)) or shutil.which("reunify")
    return [exe] if exe else [sys.executable, "-m", "reunify_cli"]


PEER_PACK_PHRASES = 50
PROSELINT_CHECKS = 50


def _scratch_peers(scratch: Path) -> tuple[list[str], list[str]]:
    """proselint and textlint + prh in `scratch` (installed once), configured for 50
    checks / 50 phrases; the two command prefixes (a statements file is appended)."""
    scratch.mkdir(parents=True, exist_ok=True)
    venv = scratch / "venv"
    python = venv / "bin" / "python"
    if not (venv / "bin" / "proselint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "proselint"], check=True)
    textlint = scratch / "node" / "node_modules" / ".bin" / "textlint"
    if not textlint.exists():
        npm = ["npm", "install", "--silent", "--prefix", str(scratch / "node")]
        subprocess.run([*npm, "textlint", "textlint-rule-prh"], check=True)
    config = scratch / "proselintrc.json"
    subprocess.run([str(python), "-c", _PROSELINT_CONFIG, str(config)], check=True)
    prh = scratch / "prh.yml"
    rules = [
        f"  - expected: '[{rule}]'\n    pattern: /\\b{_regex_escape(phrase)}\\b/i\n"
        for rule, phrase in _pack_phrases(PEER_PACK_PHRASES)
    ]
    prh.write_text("version: 1\nrules:\n" + "".join(rules), encoding="utf-8")
    rc = scratch / "textlintrc.json"
    rc.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(prh)]}}}), encoding="utf-8")
    proselint = [str(venv / "bin" / "proselint"), "--config", str(config), "check"]
    return proselint, [str(textlint), "--config", str(rc)]


# The first 50 of proselint's checks (in order of their names), one by one, the rest off
# (its config takes the most specific keys first).
_PROSELINT_CONFIG = f"""
import collections, json, sys
from proselint.checks import __register__
from proselint.registry import CheckRegistry
registry = CheckRegistry()
registry.register_many(__register__)
paths = sorted({{c.path for c in registry.checks}})
tops = sorted({{p.split(".")[0] for p in paths}})
def config(chosen):
    checks = {{p: True for p in sorted(chosen, key=lambda p: -p.count("."))}}
    checks.update({{t: False for t in tops}})
    return checks
chosen = []
for path in (p for p in paths if not p.startswith("restricted")):
    before = len(registry.get_all_enabled(config(chosen)))
    if len(registry.get_all_enabled(config([*chosen, path]))) == before + 1:
        chosen.append(path)
    if len(chosen) == {PROSELINT_CHECKS}:
        break
assert len(registry.get_all_enabled(config(chosen))) == {PROSELINT_CHECKS}
json.dump({{"checks": config(chosen), "max_errors": 100000}}, open(sys.argv[1], "w"))
"""


def _regex_escape(phrase: str) -> str:
    return "".join("\\" + c if c in "\\/^$.|?*+()[]{}" else c for c in phrase)


def _pack_phrases(count: int) -> list[tuple[str, str]]:
    """(rule id, phrase): the first `count` phrases of the built-in rules, by rule id."""
    from reunify_cli.io.packs import load_packs, select_rules

    found = []
    for rule in select_rules(load_packs()):
        for phrase in rule.match.phrases if rule.match else ():
            if "'" not in phrase:
                found.append((rule.id, phrase))
    return found[:count]


def _row(name: str, run: tuple[float, int, float], floor_cpu: float, goals: int) -> str:
    elapsed, peak, cpu = run
    return (
        f"| {name} | {elapsed:.2f} | {cpu:.2f} | {cpu / floor_cpu:.2f} | "
        f"{goals / elapsed:,.0f} | {peak / 2**20:.0f} |"
    )


def memory(sizes: list[int], seed: int, formats: list[str], jobs: int) -> None:
    """Peak memory (MB, whole process tree) of every format at several batch sizes."""
    import generate

    print(f"| format (--jobs {jobs}) | " + " | ".join(f"{n:,} plans" for n in sizes) + " |")
    print("| --- |" + " ---: |" * len(sizes))
    with tempfile.TemporaryDirectory(prefix="reunify-bench-") as tmp:
        folders = []
        for size in sizes:
            folder = Path(tmp) / str(size)
            generate.generate(folder, size, seed)
            folders.append(folder)
        out = Path(tmp) / "out"
        for fmt in formats:
            peaks = []
            for folder in folders:
                command = [*reunify(), "lint", str(folder), "-f", fmt, "-j", str(jobs)]
                peaks.append(measure([*command, "-o", str(out)])[1] / 2**20)
            print(f"| {fmt} | " + " | ".join(f"{p:.0f}" for p in peaks) + " |")


def install_size() -> None:
    """`pip install .` into an empty virtual environment: its size before and after."""
    with tempfile.TemporaryDirectory(prefix="reunify-install-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        empty = _du(venv)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(HERE.parent)]
        subprocess.run(pip, check=True)
        full = _du(venv)
        site = sorted(venv.glob("lib/python*/site-packages"))[0]
        sizes = sorted(((_du(p), p.name) for p in site.iterdir() if p.is_dir()), reverse=True)
    print(f"fresh install: {full / 2**20:.0f} MB (empty venv with pip: {empty / 2**20:.0f} MB)")
    print("largest: " + ", ".join(f"{name} {size / 2**20:.0f} MB" for size, name in sizes[:8]))


def _du(path: Path) -> int:
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold-repeat", type=int, default=15)
    parser.add_argument("--dir", type=Path, help="existing batch (default: generate one)")
    parser.add_argument("--peers", action="store_true", help="also proselint, textlint + prh")
    parser.add_argument("--scratch", type=Path, default=HERE / "out" / "peers")
    parser.add_argument("--memory", help="only peak memory, at these sizes: 1000,4000")
    parser.add_argument("--install-size", action="store_true", help="only the install size")
    parser.add_argument("--floor", help=argparse.SUPPRESS)
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(args.floor, args.dump)
        return
    if args.install_size:
        install_size()
        return
    if args.memory:
        formats = ["text", "json", "jsonl", "csv", "sarif", "github", "junit"]
        memory([int(n) for n in args.memory.split(",")], args.seed, formats, 2)
        return
    import generate

    tmp = None
    folder = args.dir
    if folder is None:
        tmp = tempfile.TemporaryDirectory(prefix="reunify-bench-")
        folder = Path(tmp.name)
        generate.generate(folder, args.plans, args.seed)
    files, goals = count(folder)
    cores = os.cpu_count() or 1
    version = sys.version.split()[0]
    print(f"batch: {files} plans, {goals} goals ({folder}); {cores} cores; python {version}")
    warm = [*reunify(), "lint", str(HERE.parent / "examples" / "vague-plan.yaml")]
    measure(warm)  # fill the caches, warm the disk cache

    floor_cmd = [sys.executable, __file__, "--floor", str(folder)]
    floor_run = best(floor_cmd, args.repeat)
    floor_cpu = floor_run[2]
    print()
    print("| run | wall s | CPU s | x floor (CPU) | goals/s | peak MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(_row("floor: C YAML loader + blank tokenizer, 1 process", floor_run, floor_cpu, goals))
    runs = [("json", 1), *(("jsonl", jobs) for jobs in sorted({1, 2, cores})), ("json", cores)]
    results = {}
    for fmt, jobs in runs:
        command = [*reunify(), "lint", str(folder), "--format", fmt, "--jobs", str(jobs)]
        results[fmt, jobs] = best(command, args.repeat)
        name = f"`reunify lint --format {fmt} --jobs {jobs}`"
        print(_row(name, results[fmt, jobs], floor_cpu, goals))
    if args.peers:
        statements = Path(tempfile.mkdtemp(prefix="reunify-peers-")) / "statements.txt"
        dump = [sys.executable, __file__, "--floor", str(folder), "--dump", str(statements)]
        subprocess.run(dump, check=True)
        proselint, textlint = _scratch_peers(args.scratch)
        peers = {
            f"proselint, {PROSELINT_CHECKS} checks": [*proselint, str(statements)],
            f"textlint + prh, {PEER_PACK_PHRASES} phrases": [*textlint, str(statements)],
        }
        peer_runs = {name: best(command, args.repeat) for name, command in peers.items()}
        for name, run in peer_runs.items():
            print(_row(name, run, floor_cpu, goals))
        ours = results["json", 1]
        print()
        for name, run in peer_runs.items():
            print(
                f"`reunify lint --format json --jobs 1` / {name}: CPU {ours[2] / run[2]:.2f}x, "
                f"wall {ours[0] / run[0]:.2f}x"
            )
        shutil.rmtree(statements.parent, ignore_errors=True)

    print()
    plan = str(HERE.parent / "examples" / "vague-plan.yaml")
    spacy_cmd = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    lint_cmd = [*reunify(), "lint", plan]
    cold: dict[str, list[float]] = {"spacy": [], "lint": []}
    for _ in range(args.cold_repeat):  # interleaved, so that noise hits both alike
        cold["spacy"].append(measure(spacy_cmd)[0])
        cold["lint"].append(measure(lint_cmd)[0])
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "REUNIFY_CACHE_DIR": empty}
        miss = measure(lint_cmd, env)[0]
    s_best, l_best = min(cold["spacy"]), min(cold["lint"])
    s_med, l_med = statistics.median(cold["spacy"]), statistics.median(cold["lint"])
    print(f"| cold start ({args.cold_repeat} runs) | best s | median s |")
    print("| --- | ---: | ---: |")
    print(f"| `python -c \"import spacy; spacy.blank('en')\"` | {s_best:.3f} | {s_med:.3f} |")
    print(f"| `reunify lint examples/vague-plan.yaml` | {l_best:.3f} | {l_med:.3f} |")
    print(f"| ratio | {l_best / s_best:.2f} | {l_med / s_med:.2f} |")
    print(f"| (first run, empty cache) | {miss:.3f} | |")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
