"""Benchmark `reunify lint` on a generated batch, against a floor, and its cold start.

    python benchmarks/bench.py                  # 2,000 plans, --jobs 1, 2 and all cores
    python benchmarks/bench.py --plans 500 --repeat 1

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


def floor(folder: str) -> None:
    """The floor, run in its own process: C YAML loader + blank tokenizer over all goals."""
    import spacy
    import yaml

    nlp = spacy.blank("en")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold-repeat", type=int, default=15)
    parser.add_argument("--dir", type=Path, help="existing batch (default: generate one)")
    parser.add_argument("--floor", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(args.floor)
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
    measure(warm)  # fill the pack cache, warm the disk cache

    floor_cmd = [sys.executable, __file__, "--floor", str(folder)]
    floor_time, floor_mem, floor_cpu = best(floor_cmd, args.repeat)
    print()
    print("| run | wall s | goals/s | files/s | peak MB | x floor | CPU s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    row = "| {} | {:.2f} | {:,.0f} | {:,.0f} | {:.0f} | {} | {:.2f} |"
    name = "floor: C YAML loader + blank tokenizer, 1 process"
    rate = (goals / floor_time, files / floor_time)
    print(row.format(name, floor_time, *rate, floor_mem / 2**20, "1.00", floor_cpu))
    for jobs in sorted({1, 2, cores}):
        command = [*reunify(), "lint", str(folder), "--format", "jsonl", "--jobs", str(jobs)]
        elapsed, peak, cpu = best(command, args.repeat)
        name = f"`reunify lint --format jsonl --jobs {jobs}`"
        rate = (goals / elapsed, files / elapsed)
        print(row.format(name, elapsed, *rate, peak / 2**20, f"{elapsed / floor_time:.2f}", cpu))

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
    print(f"| (first run, empty pack cache) | {miss:.3f} | |")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
