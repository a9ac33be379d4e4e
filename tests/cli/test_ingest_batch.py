"""`kg ingest` on batches with one bad article: the rest is stored, the bad one reported.

Through the real command, on real articles. The bug is a real exception in
a real run: ``tests.cli.buggy_kg`` is the ``kg`` command with one more stage
that divides by zero on one article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.buggy_kg import TRIGGER
from tests.cli.conftest import SEED, SNN, Run, module_runner, needs_shared

pytestmark = needs_shared

SUMMARY = re.compile(
    r"skipped: (?P<skipped>\d+) \(bad input: (?P<bad>\d+), internal error: (?P<internal>\d+)\) "
    r"\(report: (?P<report>\S+), run (?P<run>\S+)\)"
)
BAD_ARTICLE = f"انفجرت {TRIGGER} قرب مبنى البرلمان في بغداد صباح اليوم وأصيب عدد من المارة.\n"


@pytest.fixture()
def buggy_kg(tmp_path: Path) -> Run:
    """Like the ``kg`` fixture, with the buggy stage at the end of the pipeline."""

    return module_runner("tests.cli.buggy_kg", tmp_path)


def _summary(stdout: str) -> re.Match[str]:
    match = SUMMARY.search(stdout)
    assert match, stdout
    return match


def _report(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _documents(kg: Run) -> int:
    result = kg("stats", "--json")
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["documents"])


def _batch(tmp_path: Path) -> Path:
    """A folder: a good article, the article the buggy stage fails on, another good one."""
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_seed.txt").write_bytes(SEED.read_bytes())
    (batch / "b_bad.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    (batch / "c_aawsat.txt").write_bytes((SNN / "snn_2015-07-21_01_aawsat.txt").read_bytes())
    return batch


def test_an_internal_error_skips_one_article_and_says_it_is_a_bug(
    buggy_kg: Run, kg: Run, tmp_path: Path
) -> None:
    batch = _batch(tmp_path)
    result = buggy_kg("ingest", str(batch))
    assert result.returncode == 3, result.stderr
    assert "documents: 2" in result.stdout
    summary = _summary(result.stdout)
    assert (summary["skipped"], summary["bad"], summary["internal"]) == ("1", "0", "1")
    assert "internal error: 1 article(s) hit a bug in kg" in result.stderr
    assert "`--strict`" in result.stderr
    [line] = _report(tmp_path / summary["report"])
    assert line["run"] == summary["run"]
    assert line["origin"] == str(batch / "b_bad.txt")
    assert (line["stage"], line["step"], line["cause"]) == (
        "extract",
        "test.divides-by-zero",
        "internal_error",
    )
    assert line["error"] == "ZeroDivisionError"
    assert "print(len(doc.sentences) / 0)" in line["traceback"]
    assert _documents(kg) == 2


def test_strict_turns_an_internal_error_into_exit_1_with_the_traceback(
    buggy_kg: Run, kg: Run, tmp_path: Path
) -> None:
    batch = _batch(tmp_path)
    result = buggy_kg("ingest", "--strict", str(batch))
    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert "ZeroDivisionError" in result.stderr
    assert _documents(kg) == 1  # the article before the bug was written; the run stopped


def test_a_lone_surrogate_loses_only_its_own_article(kg: Run, tmp_path: Path) -> None:
    """The escape \\ud800 passes JSON and, unless the reader rejects it, fails at the
    store write; either way the other articles of the batch are stored."""
    good = SEED.read_text(encoding="utf-8")
    other = (SNN / "snn_2015-07-21_02_aawsat.txt").read_text(encoding="utf-8")
    records = [
        {"url": "https://example.com/good-1", "title": "خبر", "text": good},
        {"url": "https://example.com/bad", "title": "خبر", "text": good[:400] + "\ud800"},
        {"url": "https://example.com/good-2", "title": "خبر", "text": other},
    ]
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(json.dumps(record) for record in records) + "\n", "utf-8")
    result = kg("ingest", str(source))
    assert result.returncode == 3, result.stderr
    assert "documents: 2" in result.stdout
    summary = _summary(result.stdout)
    [line] = _report(tmp_path / summary["report"])
    assert line["origin"] == f"{source}#2"
    assert _documents(kg) == 2


def test_an_article_over_the_time_budget_is_skipped_and_nothing_of_it_is_stored(
    kg: Run, tmp_path: Path
) -> None:
    result = kg("ingest", "--article-timeout", "0.001", str(SEED))
    assert result.returncode == 3, result.stderr
    summary = _summary(result.stdout)
    assert (summary["skipped"], summary["bad"]) == ("1", "1")
    [line] = _report(tmp_path / summary["report"])
    assert (line["kind"], line["cause"]) == ("timeout", "bad_input")
    assert "--article-timeout" in line["reason"]
    assert _documents(kg) == 0


def test_report_may_not_name_an_input_nor_lie_in_an_input_folder(kg: Run, tmp_path: Path) -> None:
    batch = _batch(tmp_path)
    article = batch / "a_seed.txt"
    before = article.read_bytes()
    result = kg("ingest", "--report", str(article), str(batch / "c_aawsat.txt"), str(article))
    assert result.returncode == 2
    assert "is the input" in result.stderr
    assert article.read_bytes() == before
    result = kg("ingest", "--report", str(batch / "skips.jsonl"), str(batch))
    assert result.returncode == 2
    assert "inside the input folder" in result.stderr
    assert not (batch / "skips.jsonl").exists()
    assert not (tmp_path / ".kg").exists()  # refused before anything was opened


def test_every_run_keeps_its_own_report_and_the_summary_names_it(
    buggy_kg: Run, tmp_path: Path
) -> None:
    batch = _batch(tmp_path)
    first = _summary(buggy_kg("ingest", str(batch)).stdout)
    second = _summary(buggy_kg("ingest", str(batch)).stdout)
    assert first["run"] != second["run"]
    assert first["report"] != second["report"]
    assert first["run"] in first["report"]
    for summary in (first, second):
        [line] = _report(tmp_path / summary["report"])
        assert line["run"] == summary["run"]
    shared = tmp_path / "all-skips.jsonl"
    for _ in range(2):
        assert buggy_kg("ingest", "--report", str(shared), str(batch)).returncode == 3
    runs = [line["run"] for line in _report(shared)]
    assert len(runs) == 2 and runs[0] != runs[1]


def test_an_unreachable_neo4j_leaves_no_empty_store_behind(kg: Run, tmp_path: Path) -> None:
    result = kg("ingest", "--neo4j", "bolt://127.0.0.1:9", str(SEED))
    assert result.returncode == 1
    assert "cannot reach Neo4j at bolt://127.0.0.1:9" in result.stderr
    assert not (tmp_path / ".kg").exists()
