"""``ingest(..., workers=N)``: extraction in worker processes, everything else as with one.

The same real articles and misbehaving stages as ``tests/test_ingest.py`` (a
bug, a slow article), plus a stage that kills its worker process; the store's
contents and the skip report must be those of ``workers=1``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kg.ingest import IngestSummary, ingest
from kg.io import Article
from kg.model import Document, DocumentMeta
from kg.parallel import RemoteTraceback
from kg.pipeline import Pipeline, Stage, create_stage, register_stage
from kg.store.local import LocalStore
from tests.test_ingest import BAD, BASE, GOOD, TRIGGER, Bug, _articles, _pipeline

pytestmark = pytest.mark.slow


@register_stage("test.kills-its-process")
class KillsItsProcess(Stage):
    """Ends its process at once on :data:`TRIGGER`, as a crash in native code would."""

    requires = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        if TRIGGER in doc.text:
            os._exit(9)
        return doc


def _run(
    tmp_path: Path, name: str, pipeline: Pipeline, texts: list[str], **options: Any
) -> tuple[IngestSummary, list[dict[str, Any]], str]:
    """Ingest ``texts`` into a fresh store: the summary, the report lines, sorted N-Quads."""
    paths = _articles(tmp_path / "in", texts)
    report = tmp_path / f"{name}.jsonl"
    with LocalStore(tmp_path / name) as store:
        summary = ingest(paths, [store], report, pipeline, run_id="run", **options)
        quads = "".join(sorted(store.export("nq").splitlines(keepends=True)))
    lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    return summary, [json.loads(line) for line in lines], quads


def _counts(summary: IngestSummary) -> tuple[int, ...]:
    return (
        summary.documents,
        summary.sentences,
        summary.relations,
        summary.skipped,
        summary.internal_errors,
        sum(summary.held_back.values()),
    )


def test_two_workers_store_and_report_what_one_process_does(tmp_path: Path) -> None:
    texts = [GOOD[0], BAD, GOOD[1], GOOD[2]]
    pipeline = _pipeline("test.buggy")
    one, one_report, one_quads = _run(tmp_path, "one", pipeline, texts, workers=1)
    two, two_report, two_quads = _run(tmp_path, "two", pipeline, texts, workers=2)
    assert two_quads == one_quads
    assert _counts(two) == _counts(one)
    assert (one.documents, one.skipped, one.internal_errors) == (3, 1, 1)
    assert set(two.stage_seconds) == set(pipeline.names)
    [line] = two_report
    assert line == one_report[0]
    assert 'raise Bug(f"cannot handle the word {TRIGGER}")' in line["traceback"]


def test_strict_raises_the_bug_from_the_worker_with_its_traceback(tmp_path: Path) -> None:
    texts = [GOOD[0], GOOD[1], BAD, GOOD[2]]
    with pytest.raises(Bug) as raised:
        _run(tmp_path, "store", _pipeline("test.buggy"), texts, workers=2, strict=True)
    assert isinstance(raised.value.__cause__, RemoteTraceback)
    assert "raise Bug(" in str(raised.value.__cause__)
    with LocalStore(tmp_path / "store") as store:
        assert len(list(store.documents())) == 2  # the two before it; the run stopped there


def test_an_article_over_its_budget_in_a_worker_is_skipped(tmp_path: Path) -> None:
    texts = [GOOD[0], BAD, GOOD[1]]
    summary, [line], _ = _run(
        tmp_path, "store", _pipeline("test.slow"), texts, workers=2, article_timeout=1.0
    )
    assert (summary.documents, summary.skipped, summary.bad_input) == (2, 1, 1)
    assert (line["kind"], line["step"], line["error"]) == (
        "timeout",
        "test.slow",
        "kg.timebudget.ArticleTimeout",
    )


def test_a_worker_that_dies_loses_only_its_article(tmp_path: Path) -> None:
    pipeline = Pipeline([create_stage(name) for name in [*BASE, "test.kills-its-process"]])
    texts = [GOOD[0], BAD, GOOD[1], GOOD[2]]
    summary, [line], _ = _run(tmp_path, "store", pipeline, texts, workers=2)
    assert (summary.documents, summary.skipped, summary.internal_errors) == (3, 1, 1)
    assert line["origin"].endswith("1.txt")
    assert (line["stage"], line["cause"], line["error"]) == (
        "extract",
        "internal_error",
        "kg.ingest.WorkerDied",
    )
    assert "worker process died" in line["reason"]
    with LocalStore(tmp_path / "store") as store:
        assert sorted(store.documents()) == sorted(
            Article(text, DocumentMeta()).to_document().id for text in GOOD
        )
