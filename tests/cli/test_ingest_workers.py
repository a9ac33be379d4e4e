"""`kg ingest --workers N`: the store holds exactly what `--workers 1` stores.

Through the real command, on the seven shared articles (the seed article and
six SaudiNewsNet articles), with a real bug (``tests.cli.buggy_kg``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.conftest import SEED, SNN, Run, module_runner, needs_shared
from tests.cli.test_ingest_batch import _batch, _documents

pytestmark = [needs_shared, pytest.mark.slow]

SECONDS = re.compile(r"\(\d+\.\d s\)")


def _sorted_quads(kg: Run, store: str) -> str:
    result = kg("export", "--format", "nq", "--store", store)
    assert result.returncode == 0, result.stderr
    return "".join(sorted(result.stdout.splitlines(keepends=True)))


def test_two_workers_store_byte_identical_n_quads(kg: Run) -> None:
    articles = [str(SEED), *sorted(str(path) for path in SNN.glob("snn_*.txt"))]
    assert len(articles) == 7
    summaries = {}
    for workers in ("1", "2"):
        result = kg("ingest", "--workers", workers, "--store", f"store{workers}", *articles)
        assert result.returncode == 0, result.stderr
        summaries[workers] = SECONDS.sub("", result.stdout).replace(f"store{workers}", "store")
    assert "documents: 7" in summaries["1"]
    assert summaries["2"] == summaries["1"]
    one = _sorted_quads(kg, "store1")
    assert one
    assert _sorted_quads(kg, "store2") == one


def test_strict_with_workers_stops_at_the_bug_with_its_traceback(
    kg: Run, tmp_path: Path
) -> None:
    buggy_kg = module_runner("tests.cli.buggy_kg", tmp_path)
    result = buggy_kg("ingest", "--workers", "2", "--strict", str(_batch(tmp_path)))
    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert "ZeroDivisionError" in result.stderr
    assert "print(len(doc.sentences) / 0)" in result.stderr  # the worker's own traceback
    assert _documents(kg) == 1  # the article before the bug was written; the run stopped


def test_the_time_budget_holds_in_the_workers(kg: Run) -> None:
    result = kg("ingest", "--workers", "2", "--article-timeout", "0.001", str(SEED))
    assert result.returncode == 3, result.stderr
    assert "skipped: 1 (bad input: 1, internal error: 0)" in result.stdout
    assert _documents(kg) == 0
