"""The main job: read articles, run the pipeline, validate, write to the stores.

A bad article (unreadable, empty, not Arabic, failing validation...) is
reported in the skip report and skipped; the batch goes on and nothing
already stored is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kg.errors import ConfigError, KGError
from kg.io import Article, FieldMap, Skipped, SkipReport, read_articles
from kg.model import Document
from kg.ontology.prune import prune_invalid
from kg.pipeline import Pipeline
from kg.stages import DEFAULT_PIPELINE, NER_BACKENDS


class DocumentSink(Protocol):
    """Where finished documents go: the local store, Neo4j..."""

    def put_documents(self, docs: Sequence[Document]) -> None: ...


@dataclass
class IngestSummary:
    documents: int = 0
    sentences: int = 0
    mentions: int = 0
    entities: int = 0
    statements: int = 0
    events: int = 0
    relations: int = 0
    skipped: int = 0
    dropped: int = 0
    """Statements, events, relations or mentions dropped because they failed validation."""
    report_path: Path | None = None
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def add(self, doc: Document) -> None:
        self.documents += 1
        self.sentences += len(doc.sentences)
        self.mentions += len(doc.mentions)
        self.entities += len(doc.entities)
        self.statements += len(doc.statements)
        self.events += len(doc.events)
        self.relations += len(doc.relations)


ProgressCallback = Callable[[int], None]


def default_pipeline(ner: str = "bundled") -> Pipeline:
    """:data:`DEFAULT_PIPELINE` with the statistical NER stage of backend ``ner``.

    ``ner="camel"`` needs camel-tools' NER model; without it, a ConfigError
    says how to install it.
    """
    try:
        stage = NER_BACKENDS[ner]
    except KeyError:
        raise ConfigError(
            f"unknown NER backend {ner!r}; choose one of {', '.join(NER_BACKENDS)}"
        ) from None
    return Pipeline.from_names(
        [stage if name == NER_BACKENDS["bundled"] else name for name in DEFAULT_PIPELINE]
    )


def extract(
    items: Iterable[Article | Skipped], pipeline: Pipeline, report: SkipReport
) -> Iterator[Document]:
    """Run the pipeline over readable articles; report the rest and go on."""
    for item in items:
        if isinstance(item, Skipped):
            report.add(item)
            continue
        doc = item.to_document()
        try:
            doc = pipeline(doc)
        except KGError as error:
            report.add(Skipped(item.meta.origin, f"extraction failed: {error}"))
            continue
        checked = prune_invalid(doc)
        if checked.problems:
            reason = "invalid graph: " + "; ".join(checked.problems[:5])
            report.add(Skipped(item.meta.origin, reason, kind="invalid"))
            continue
        for problem in checked.dropped:
            report.note_dropped(item.meta.origin, problem)
        yield checked.document


def ingest(
    paths: Sequence[Path],
    sinks: Sequence[DocumentSink],
    report_path: Path,
    pipeline: Pipeline | None = None,
    fields: FieldMap | None = None,
    batch_size: int = 200,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into every sink, in batches."""
    began = time.perf_counter()
    pipeline = pipeline or default_pipeline()
    summary = IngestSummary(report_path=report_path)
    with SkipReport(report_path) as report:
        batch: list[Document] = []
        for doc in extract(read_articles(paths, fields=fields), pipeline, report):
            summary.add(doc)
            batch.append(doc)
            if len(batch) >= batch_size:
                _flush(batch, sinks)
            if progress:
                progress(1)
        _flush(batch, sinks)
        summary.skipped = report.count
        summary.dropped = report.dropped
    summary.seconds = time.perf_counter() - began
    summary.stage_seconds = dict(pipeline.timings)
    return summary


def _flush(batch: list[Document], sinks: Sequence[DocumentSink]) -> None:
    if not batch:
        return
    for sink in sinks:
        sink.put_documents(batch)
    batch.clear()
