"""The driver of the Spark ingest: read, distribute, merge what the tasks report.

Layout of the output folder ``OUT``::

    OUT/nquads/part-NNNNN.nq   each partition's documents, one named graph each
    OUT/nquads/entities.nq     the shared entity graph (written by the driver)
    OUT/skipped-RUNID.jsonl    the skip report (unless --report names another file)
    OUT/summary.json           the counts of the run

The sorted lines of all ``OUT/nquads/*.nq`` equal the sorted lines of
``kg ingest INPUT --store S`` then ``kg export --store S --format nq``: each
entity is described by the first document (in input order) that names it, as
in the store.
"""

from __future__ import annotations

import heapq
import json
import pickle
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.config import DEFAULT_BATCH_SIZE, Neo4jSettings
from kg.ingest import Failure, IngestSummary, read_guarded
from kg.io import FieldMap, Skipped, SkipReport
from kg.io.report import SkipRecord, new_run_id
from kg.model import Document
from kg.relations.calibration import DEFAULT_MIN_CONFIDENCE
from kg.spark.partition import Described, Dropped, Outcome, PartitionDone, Skip, TaskSettings
from kg.spark.rows import COLUMNS, Row, article_row
from kg.timebudget import DEFAULT_ARTICLE_TIMEOUT

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from kg.neo4j.bulk import ImportFiles

ENTITY_FILE = "entities.nq"
_COUNTED = ("documents", "sentences", "mentions", "entities", "statements", "events", "relations")


@dataclass(frozen=True, slots=True)
class SparkIngestOptions:
    """What ``scripts/spark_ingest.py`` passes on; the defaults are ``kg ingest``'s."""

    out: Path
    report: Path | None = None
    neo4j: Neo4jSettings | None = None
    bulk: Path | None = None
    partitions: int | None = None
    """Partitions of articles (default: four per core Spark offers)."""
    ner: str = "bundled"
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT
    batch_size: int = DEFAULT_BATCH_SIZE
    fields: FieldMap | None = None


@dataclass
class SparkIngestResult:
    summary: IngestSummary
    nquads: list[Path]
    partitions: int
    bulk: ImportFiles | None = None


def spark_ingest(
    spark: SparkSession, paths: Sequence[Path], options: SparkIngestOptions
) -> SparkIngestResult:
    """Ingest every article under ``paths`` with Spark; see the module's docstring."""
    began = time.perf_counter()
    run_id = new_run_id()
    nquads_dir = options.out / "nquads"
    documents_dir = options.out / "documents" if options.bulk is not None else None
    for folder in (nquads_dir, documents_dir):
        _clear(folder)
    rows, read_skips = read_rows(paths, options.fields, options.article_timeout)
    if options.neo4j is not None:
        _ensure_schema(options.neo4j)
    settings = TaskSettings(
        nquads_dir=str(nquads_dir),
        ner=options.ner,
        min_confidence=options.min_confidence,
        article_timeout=options.article_timeout,
        batch_size=options.batch_size,
        neo4j=options.neo4j,
        documents_dir=None if documents_dir is None else str(documents_dir),
    )
    partitions = options.partitions or 4 * spark.sparkContext.defaultParallelism
    partitions = max(1, min(partitions, len(rows)))
    outcomes = _run(spark, rows, partitions, settings)
    report_path = options.report or options.out / f"skipped-{run_id}.jsonl"
    summary = merge_outcomes(outcomes, read_skips, report_path, run_id)
    entity_lines = entity_graph(o for o in outcomes if isinstance(o, Described))
    (nquads_dir / ENTITY_FILE).write_text("".join(line + "\n" for line in entity_lines))
    bulk = None
    if options.bulk is not None:
        from kg.neo4j.bulk import write_import_csv

        done = [o for o in outcomes if isinstance(o, PartitionDone)]
        bulk = write_import_csv(ordered_documents(done), options.bulk)
    summary.seconds = time.perf_counter() - began
    _write_summary(options.out / "summary.json", summary, partitions)
    return SparkIngestResult(summary, sorted(nquads_dir.glob("*.nq")), partitions, bulk)


def read_rows(
    paths: Sequence[Path], fields: FieldMap | None, seconds: float | None
) -> tuple[list[Row], list[tuple[int, SkipRecord]]]:
    """The articles under ``paths`` as rows, and what could not be read, each numbered in
    reading order (the numbers put the merged report back in that order)."""
    rows: list[Row] = []
    skips: list[tuple[int, SkipRecord]] = []
    for order, item in enumerate(read_guarded(paths, fields, seconds)):
        if isinstance(item, Skipped):
            skips.append((order, SkipRecord.from_skipped(item)))
        elif isinstance(item, Failure):
            skips.append((order, item.record))
        else:
            rows.append(article_row(order, item))
    return rows, skips


def _run(
    spark: SparkSession, rows: list[Row], partitions: int, settings: TaskSettings
) -> list[Outcome]:
    """Every version of a document id in one partition, oldest first; each partition
    through :func:`kg.spark.partition.run_partition`."""
    from kg.spark.partition import run_partition

    frame = spark.createDataFrame(rows, schema=_schema())
    ordered = frame.repartition(partitions, "doc_id").sortWithinPartitions("doc_id", "order")
    tasks = ordered.rdd.mapPartitionsWithIndex(
        lambda index, part: run_partition(index, part, settings)
    )
    return list(tasks.collect())


def _schema() -> Any:
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    types: dict[str, Any] = {"order": LongType(), "extra": ArrayType(ArrayType(StringType()))}
    return StructType(
        [
            StructField(name, types.get(name, StringType()), nullable=name != "order")
            for name in COLUMNS
        ]
    )


def merge_outcomes(
    outcomes: Sequence[Outcome],
    read_skips: Sequence[tuple[int, SkipRecord]],
    report_path: Path,
    run_id: str,
) -> IngestSummary:
    """The run's summary, and its skip report written in reading order."""
    summary = IngestSummary(run_id=run_id)
    stage_seconds: Counter[str] = Counter()
    held_back: Counter[str] = Counter()
    lines: list[tuple[int, int, SkipRecord | Dropped]] = [(o, 0, r) for o, r in read_skips]
    for outcome in outcomes:
        if isinstance(outcome, Skip):
            lines.append((outcome.order, 0, outcome.record))
        elif isinstance(outcome, Dropped):
            lines.append((outcome.order, 1, outcome))
        elif isinstance(outcome, PartitionDone):
            for name in _COUNTED:
                setattr(summary, name, getattr(summary, name) + getattr(outcome.summary, name))
            stage_seconds.update(outcome.stage_seconds)
            held_back.update(outcome.held_back)
    with SkipReport(report_path, run_id) as report:
        for _order, _rank, line in sorted(lines, key=lambda line: line[:2]):
            if isinstance(line, Dropped):
                report.note_dropped(line.origin, line.problem)
            else:
                report.add(line)
        summary.skipped = report.count
        summary.bad_input = report.bad_inputs
        summary.internal_errors = report.internal_errors
        summary.dropped = report.dropped
        summary.report_path = report_path if report.written else None
    summary.stage_seconds = dict(stage_seconds)
    summary.held_back = dict(sorted(held_back.items()))
    return summary


def entity_graph(described: Iterator[Described]) -> list[str]:
    """The shared entity graph: each entity as the earliest document naming it said."""
    first: dict[str, Described] = {}
    for item in described:
        known = first.get(item.entity)
        if known is None or item.order < known.order:
            first[item.entity] = item
    return [line for item in sorted(first.values(), key=_by_order) for line in item.lines]


def _by_order(item: Described) -> tuple[int, str]:
    return item.order, item.entity


def ordered_documents(done: Sequence[PartitionDone]) -> Iterator[Document]:
    """The documents the partitions pickled, merged back into reading order."""
    streams = [_pickled(Path(d.documents_file)) for d in done if d.documents_file is not None]
    for _order, doc in heapq.merge(*streams, key=lambda pair: pair[0]):
        yield doc


def _pickled(path: Path) -> Iterator[tuple[int, Document]]:
    pairs: list[tuple[int, Document]] = []
    with path.open("rb") as stream:
        while True:
            try:
                pairs.append(pickle.load(stream))
            except EOFError:
                break
    yield from sorted(pairs, key=lambda pair: pair[0])


def _ensure_schema(settings: Neo4jSettings) -> None:
    """Constraints and indexes once, before the tasks write concurrently."""
    from kg.neo4j.loader import Neo4jLoader

    with Neo4jLoader.connect(settings) as loader:
        loader.ensure_schema()


def _clear(folder: Path | None) -> None:
    """Remove the part files of an earlier run, so the folder holds only this run's."""
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    for pattern in ("part-*", ".part-*", ENTITY_FILE):
        for stale in folder.glob(pattern):
            stale.unlink()


def _write_summary(path: Path, summary: IngestSummary, partitions: int) -> None:
    data = {f.name: getattr(summary, f.name) for f in fields(summary)}
    data["report_path"] = None if summary.report_path is None else str(summary.report_path)
    data["partitions"] = partitions
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
