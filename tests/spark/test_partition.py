"""One partition's task and the driver's merge, without Spark (no Java needed).

A stage that raises on one article stands in for a bug: the task reports that
article and writes the others, and never raises.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kg.io import Article
from kg.io.report import SkipCause, SkipRecord, SkipStage
from kg.model import Document, DocumentMeta
from kg.pipeline import Pipeline, Stage
from kg.spark import partition
from kg.spark.job import _clear, _pickled, entity_graph, merge_outcomes
from kg.spark.partition import Described, Dropped, PartitionDone, Skip, TaskSettings, run_partition
from kg.spark.rows import article_from_row, article_row

CAIRO = "زار الوزير القاهرة يوم الاثنين والتقى رئيس الحكومة."
BEIRUT = "وصل الوفد إلى بيروت مساء الثلاثاء بعد محادثات طويلة."


class FailsOnBeirut(Stage):
    """Raises on any article that names بيروت, as a bug would."""

    def __call__(self, doc: Document) -> Document:
        if "بيروت" in doc.text:
            raise RuntimeError("a bug in a stage")
        return doc


def _article(text: str, origin: str, url: str | None = None) -> Article:
    return Article(text=text, meta=DocumentMeta(origin=origin, url=url, extra=(("k", "v"),)))


def _rows(*articles: Article) -> list[tuple[object, ...]]:
    rows = [article_row(order, article) for order, article in enumerate(articles)]
    return sorted(rows, key=lambda row: (row[1], row[0]))


@pytest.fixture()
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TaskSettings:
    monkeypatch.setitem(partition._PIPELINES, ("test", 0.5), Pipeline([FailsOnBeirut()]))
    return TaskSettings(nquads_dir=str(tmp_path / "nquads"), ner="test", min_confidence=0.5)


def test_a_row_gives_back_its_article() -> None:
    article = _article(CAIRO, "a.txt", url="https://example.org/1")
    order, back = article_from_row(article_row(3, article))
    assert (order, back) == (3, article)


def test_a_failing_article_is_reported_and_the_others_written(settings: TaskSettings) -> None:
    rows = _rows(_article(CAIRO, "cairo.txt"), _article(BEIRUT, "beirut.txt"))
    outcomes = run_partition(2, rows, settings)
    skips = [o for o in outcomes if isinstance(o, Skip)]
    assert [(s.order, s.record.origin, s.record.stage, s.record.cause) for s in skips] == [
        (1, "beirut.txt", SkipStage.EXTRACT, SkipCause.INTERNAL_ERROR)
    ]
    assert skips[0].record.error_type == "RuntimeError"
    done = outcomes[-1]
    assert isinstance(done, PartitionDone) and done.summary.documents == 1
    written = (Path(settings.nquads_dir) / "part-00002.nq").read_text()
    cairo = _article(CAIRO, "cairo.txt").to_document().id
    assert f"/{cairo}> ." in written
    assert "beirut" not in written
    assert not list(Path(settings.nquads_dir).glob(".*"))  # no temporary file left


def test_of_three_versions_the_last_that_passes_is_kept(
    settings: TaskSettings, tmp_path: Path
) -> None:
    """In the place of the first that passes, where one store would have written it."""
    url = "https://example.org/news/1"
    versions = [(CAIRO, "v1.txt"), (CAIRO + " " + CAIRO, "v2.txt"), (BEIRUT, "v3.txt")]
    rows = _rows(*(_article(text, origin, url) for text, origin in versions))
    assert len({row[1] for row in rows}) == 1  # one document id
    settings = replace(settings, documents_dir=str(tmp_path / "documents"))
    outcomes = run_partition(0, rows, settings)
    assert [o.order for o in outcomes if isinstance(o, Skip)] == [2]
    written = (Path(settings.nquads_dir) / "part-00000.nq").read_text()
    assert '"v2.txt"' in written and '"v1.txt"' not in written
    done = outcomes[-1]
    assert isinstance(done, PartitionDone) and done.summary.documents == 1
    saved = _pickled(tmp_path / "documents" / "part-00000.pickle")
    assert [(order, doc.meta.origin) for order, doc in saved] == [(0, "v2.txt")]


def test_each_entity_is_described_by_the_earliest_document() -> None:
    described = [
        Described("e1", 5, ("late e1",)),
        Described("e2", 3, ("e2",)),
        Described("e1", 1, ("early e1", "early e1 again")),
    ]
    assert entity_graph(iter(described)) == ["early e1", "early e1 again", "e2"]


def test_the_report_follows_the_reading_order(tmp_path: Path) -> None:
    read = SkipRecord("empty.txt", SkipStage.READ, SkipCause.BAD_INPUT, "empty", "empty")
    late = SkipRecord("late.txt", SkipStage.EXTRACT, SkipCause.BAD_INPUT, "timeout", "slow")
    outcomes = [
        Skip(4, late),
        Dropped(2, "kept.txt", "a statement whose speaker is a city"),
        PartitionDone(0, summary=partition.IngestSummary(documents=2, sentences=7)),
        PartitionDone(1, summary=partition.IngestSummary(documents=1, sentences=3)),
    ]
    report = tmp_path / "report.jsonl"
    summary = merge_outcomes(outcomes, [(0, read)], report, "run-1")
    assert (summary.documents, summary.sentences) == (3, 10)
    assert (summary.skipped, summary.bad_input, summary.dropped) == (2, 2, 1)
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert [(line["origin"], line["kind"], line["run"]) for line in lines] == [
        ("empty.txt", "empty", "run-1"),
        ("kept.txt", "dropped", "run-1"),
        ("late.txt", "timeout", "run-1"),
    ]


def test_an_earlier_runs_part_files_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "nquads"
    folder.mkdir()
    for name in ("part-00000.nq", "part-00007.nq", ".part-00001.nq.x.tmp", "entities.nq"):
        (folder / name).write_text("old\n")
    (folder / "notes.txt").write_text("mine\n")
    _clear(folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
