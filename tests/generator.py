"""The benchmarks' generator of realistic fictional plans (benchmarks/generate.py), for
tests that need many plans (tests/ is on sys.path, as for ci_helpers)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

GENERATE = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
