"""What one Spark task does with its partition of articles (runs on an executor).

Each article goes through the stages of ``kg ingest`` (``kg.ingest.extract_one``:
the pipeline, then validation, within the article's time budget) and the kept
documents are written by ``kg.ingest.BatchWriter`` to the partition's sinks:
its own N-Quads file (one named graph per document) and, when asked, Neo4j
through kg's batched loader and a file of documents for the bulk CSV. A bad
article is returned as a skip, never raised: the task does not fail for it.

The pipeline (its models) is built once per Python worker and kept in a
module-level cache; Spark reuses its Python workers across tasks
(``spark.python.worker.reuse``, on by default).
"""

from __future__ import annotations

import os
import pickle
import uuid
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.config import DEFAULT_BATCH_SIZE, Neo4jSettings
from kg.ingest import BatchWriter, DocumentSink, Failure, IngestSummary, extract_one
from kg.io import Article
from kg.io.report import SkipRecord
from kg.model import Document
from kg.ontology.prune import PruneResult
from kg.parallel import one_blas_thread
from kg.pipeline import Pipeline
from kg.relations.calibration import DEFAULT_MIN_CONFIDENCE, CalibrateStage
from kg.spark.nquads import document_nquads, entity_nquads
from kg.spark.rows import versions
from kg.timebudget import DEFAULT_ARTICLE_TIMEOUT


@dataclass(frozen=True, slots=True)
class TaskSettings:
    """What every task needs to know; shipped to the executors with the task."""

    nquads_dir: str
    """Where each partition writes ``part-NNNNN.nq`` (a folder every executor can write)."""
    ner: str = "bundled"
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT
    batch_size: int = DEFAULT_BATCH_SIZE
    neo4j: Neo4jSettings | None = None
    documents_dir: str | None = None
    """Where each partition pickles its documents for the bulk CSV, if anywhere."""


@dataclass(frozen=True, slots=True)
class Skip:
    """An article given up (the record goes to the skip report at its ``order``)."""

    order: int
    record: SkipRecord


@dataclass(frozen=True, slots=True)
class Dropped:
    """A part of a kept article that failed validation and was left out."""

    order: int
    origin: str
    problem: object
    """A :class:`kg.ontology.validate.Problem` (the report writes its fields too)."""


@dataclass(frozen=True, slots=True)
class Described:
    """The entity-graph lines of ``entity`` from the earliest written document naming it."""

    entity: str
    order: int
    lines: tuple[str, ...]


@dataclass(slots=True)
class PartitionDone:
    """The partition's totals: what was written, time per stage, facts held back."""

    index: int
    summary: IngestSummary
    stage_seconds: dict[str, float] = field(default_factory=dict)
    held_back: dict[str, int] = field(default_factory=dict)
    documents_file: str | None = None


Outcome = Skip | Dropped | Described | PartitionDone

_PIPELINES: dict[tuple[str, float], Pipeline] = {}


def cached_pipeline(ner: str, min_confidence: float) -> Pipeline:
    """The default pipeline, built (its models loaded) once per worker process, which
    then runs numpy's BLAS on one thread, as ``kg ingest`` does: a float32 product's
    bits depend on how many threads share it, and the graph must be kg ingest's."""
    from kg.ingest import default_pipeline

    key = (ner, min_confidence)
    if key not in _PIPELINES:
        one_blas_thread()
        _PIPELINES[key] = default_pipeline(ner=ner, min_confidence=min_confidence)
    return _PIPELINES[key]


class _PartFile:
    """A file written under a temporary name and renamed into place when complete, so a
    retried or speculative task never leaves half a file under the final name."""

    def __init__(self, path: Path, mode: str) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.stream: IO[Any] = self.temporary.open(mode)

    def commit(self) -> None:
        self.stream.close()
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


class NQuadsSink:
    """Writes each document's named graph to the partition's N-Quads file, and keeps
    the entity descriptions of the first document (in input order) naming each entity."""

    def __init__(self, path: Path, orders: dict[str, int]) -> None:
        self.file = _PartFile(path, "w")
        self.orders = orders
        self.described: dict[str, Described] = {}

    def put_documents(self, docs: Sequence[Document]) -> None:
        lines = [line for doc in docs for line in document_nquads(doc)]
        entities = [(self.orders[doc.id], entity_nquads(doc)) for doc in docs]
        self.file.stream.writelines(line + "\n" for line in lines)
        for order, described in entities:
            for entity, entity_lines in described.items():
                known = self.described.get(entity)
                if known is None or order < known.order:
                    self.described[entity] = Described(entity, order, tuple(entity_lines))


class DocumentsSink:
    """Pickles ``(order, document)`` pairs, one after another, for the driver's bulk CSV."""

    def __init__(self, path: Path, orders: dict[str, int]) -> None:
        self.file = _PartFile(path, "wb")
        self.orders = orders

    def put_documents(self, docs: Sequence[Document]) -> None:
        for doc in docs:
            pickle.dump((self.orders[doc.id], doc), self.file.stream)


def run_partition(
    index: int, rows: Iterable[Sequence[Any]], settings: TaskSettings
) -> list[Outcome]:
    """Extract, check and write the partition's articles (rows sorted by document id and
    order); what happened, for the driver to merge."""
    pipeline = cached_pipeline(settings.ner, settings.min_confidence)
    timings_before = dict(pipeline.timings)
    held_before = _held_back(pipeline)
    summary = IngestSummary()
    outcomes: list[Outcome] = []
    orders: dict[str, int] = {}
    by_origin: dict[str, int] = {}
    with ExitStack() as stack:
        nquads = NQuadsSink(Path(settings.nquads_dir) / f"part-{index:05d}.nq", orders)
        stack.callback(nquads.file.discard)
        sinks: list[DocumentSink] = [nquads]
        if settings.neo4j is not None:
            from kg.neo4j.loader import Neo4jLoader

            sinks.append(stack.enter_context(Neo4jLoader.connect(settings.neo4j)))
        documents = None
        if settings.documents_dir is not None:
            path = Path(settings.documents_dir) / f"part-{index:05d}.pickle"
            documents = DocumentsSink(path, orders)
            stack.callback(documents.file.discard)
            sinks.append(documents)
        writer = BatchWriter(sinks, summary, settings.batch_size)

        def settle(failures: list[Failure]) -> None:
            outcomes.extend(Skip(by_origin[f.record.origin], f.record) for f in failures)

        for group in versions(rows):
            kept = _extract_versions(group, pipeline, settings.article_timeout, outcomes)
            if kept is not None:
                order, article, doc = kept
                orders[doc.id] = order
                by_origin[article.origin] = order
                settle(writer.add(doc, article.origin))
        settle(writer.flush())
        nquads.file.commit()
        if documents is not None:
            documents.file.commit()
    outcomes.extend(nquads.described.values())
    outcomes.append(
        PartitionDone(
            index=index,
            summary=summary,
            stage_seconds={
                name: seconds - timings_before.get(name, 0.0)
                for name, seconds in pipeline.timings.items()
            },
            held_back={
                kind: count - held_before.get(kind, 0)
                for kind, count in _held_back(pipeline).items()
                if count > held_before.get(kind, 0)
            },
            documents_file=str(documents.file.path) if documents is not None else None,
        )
    )
    return outcomes


def _extract_versions(
    group: list[tuple[int, Article]],
    pipeline: Pipeline,
    seconds: float | None,
    outcomes: list[Outcome],
) -> tuple[int, Article, Document] | None:
    """Every version of one document id, oldest first; the last one that passes is kept
    (in one store a later version replaces an earlier one), in the place of the first
    one that passes (where the store wrote it: that version describes the entities)."""
    kept: tuple[int, Article, Document] | None = None
    for order, article in group:
        checked = extract_one(article, pipeline, seconds)
        if isinstance(checked, Failure):
            outcomes.append(Skip(order, checked.record))
            continue
        assert isinstance(checked, PruneResult)
        outcomes.extend(Dropped(order, article.origin, problem) for problem in checked.dropped)
        kept = (order if kept is None else kept[0], article, checked.document)
    return kept


def _held_back(pipeline: Pipeline) -> dict[str, int]:
    for stage in pipeline.stages:
        if isinstance(stage, CalibrateStage):
            return dict(stage.held_back)
    return {}
