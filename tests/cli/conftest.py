"""Run the real ``kg`` command in a subprocess, in a temporary working directory."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SEED = SHARED / "news" / "seed" / "npa_washington_coalition.txt"
SNN = SHARED / "news" / "saudinewsnet"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared/data is absent")

Run = Callable[..., subprocess.CompletedProcess[str]]


def module_runner(module: str, cwd: Path) -> Run:
    """``run(*args)`` runs ``python -m MODULE ARGS`` in ``cwd`` and returns the result."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 600
    ) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        environment.pop("KG_STORE", None)
        return subprocess.run(
            [sys.executable, "-m", module, *args],
            cwd=cwd,
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run


@pytest.fixture()
def kg(tmp_path: Path) -> Run:
    """``kg(*args)`` runs ``python -m kg ARGS`` in ``tmp_path`` and returns the result."""
    return module_runner("kg", tmp_path)
