"""The main job: read articles, run the pipeline, validate, write to the stores.

One bad article never stops a batch. Whatever goes wrong with one article
(reading, any pipeline stage, validation, writing, or its time budget) is
caught at that article and recorded in the skip report with its origin, the
step and the exception type; the batch goes on and nothing already extracted
is lost. A failed batch write is retried one article at a time, so only the
article that cannot be written is skipped.

An exception that is not a :class:`KGError` is a bug in kg: it is reported as
an internal error, with its traceback, and ``strict=True`` re-raises it
instead (after writing what was already extracted).

:class:`ArticleExtractor` turns one article into its checked document graph
(or the :class:`Failure` to report); ``workers=N`` runs it in N processes
(:mod:`kg.parallel`) while reading, the report and the writes stay in this
process, in input order.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Protocol

from kg.config import DEFAULT_BATCH_SIZE
from kg.errors import ConfigError
from kg.io import Article, FieldMap, Skipped, SkipReport, read_articles
from kg.io.report import INTERNAL_ERROR_KIND, TIMEOUT_KIND, SkipCause, SkipRecord, SkipStage
from kg.model import Document, DocumentMeta, without_runtime_layers
from kg.ontology.prune import PruneResult, prune_invalid
from kg.parallel import OrderedPool, RemoteTraceback, WorkerCrash, portable_error
from kg.pipeline import Pipeline, PipelineSpec, StageFailure
from kg.relations.calibration import DEFAULT_MIN_CONFIDENCE, CalibrateStage
from kg.stages import DEFAULT_PIPELINE, NER_BACKENDS
from kg.timebudget import DEFAULT_ARTICLE_TIMEOUT, ArticleTimeout, time_budget

SINK_FAILING_AFTER = 5
"""When this many documents of a failed batch (or all, if fewer) also fail
alone, with none written, the sink itself is failing (disk full, server
down), not the documents: the run stops with the error."""


class DocumentSink(Protocol):
    """Where finished documents go: the local store, Neo4j..."""

    def put_documents(self, docs: Sequence[Document]) -> object: ...


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
    bad_input: int = 0
    """Skipped articles that were bad input (unreadable, invalid, over a budget...)."""
    internal_errors: int = 0
    """Skipped articles that hit a bug in kg (the report has the traceback)."""
    dropped: int = 0
    """Statements, events, relations or mentions dropped because they failed validation."""
    held_back: dict[str, int] = field(default_factory=dict)
    """Facts below the confidence bar, not written, by kind (``stance``, ``event``...)."""
    report_path: Path | None = None
    """The skip report, when this run wrote one."""
    run_id: str = ""
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


def default_pipeline(
    ner: str = "bundled", min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> Pipeline:
    """:data:`DEFAULT_PIPELINE` with the statistical NER stage of backend ``ner``,
    writing only the facts whose calibrated confidence is at least ``min_confidence``.

    ``ner="camel"`` needs camel-tools' NER model; without it, a ConfigError
    says how to install it.
    """
    return default_pipeline_spec(ner, min_confidence).build()


def default_pipeline_spec(
    ner: str = "bundled", min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> PipelineSpec:
    """How to build :func:`default_pipeline` (in each worker of a parallel ingest)."""
    try:
        stage = NER_BACKENDS[ner]
    except KeyError:
        raise ConfigError(
            f"unknown NER backend {ner!r}; choose one of {', '.join(NER_BACKENDS)}"
        ) from None
    return PipelineSpec(
        tuple(stage if name == NER_BACKENDS["bundled"] else name for name in DEFAULT_PIPELINE),
        {"calibrate": {"min_confidence": min_confidence}},
    )


# ---------------------------------------------------------------- one article


@dataclass(frozen=True, slots=True)
class Failure:
    """An article given up: what goes into the report, and the exception behind it."""

    record: SkipRecord
    error: BaseException | None = None


def read_guarded(
    paths: Sequence[Path], fields: FieldMap | None, seconds: float | None
) -> Iterator[Article | Skipped | Failure]:
    """``read_articles`` path by path, each article read within ``seconds``.

    An exception (or a timeout) inside a reader ends that path only: it comes
    out as a :class:`Failure` naming the path and the last article read from
    it, and the next path is read.
    """
    for path in paths:
        items = read_articles([path], fields=fields)
        last: str | None = None
        while True:
            try:
                with time_budget(seconds):
                    item = next(items)
            except StopIteration:
                break
            except Exception as error:
                record = SkipRecord.from_error(str(path), SkipStage.READ, error, kind=_kind(error))
                rest = f"after {last}" if last else "from its start"
                reason = f"{record.reason}; the rest of {path} {rest} was not read"
                yield Failure(replace(record, reason=reason), error)
                break
            last = item.origin
            yield item


def extract_one(
    article: Article, pipeline: Pipeline, seconds: float | None
) -> PruneResult | Failure:
    """Run ``pipeline`` on one article and validate the result, within ``seconds``.

    Returns the checked document (with the facts validation dropped, and without
    its runtime layers: a worker process pickles it back, a batch holds it until
    written), or the :class:`Failure` that says at which stage and with which
    exception the article was given up.
    """
    origin = article.origin
    stage = SkipStage.EXTRACT
    try:
        with time_budget(seconds):
            doc = without_runtime_layers(pipeline.run_traced(article.to_document()))
            stage = SkipStage.VALIDATE
            checked = prune_invalid(doc)
    except StageFailure as failure:
        error = failure.error
        record = SkipRecord.from_error(origin, stage, error, step=failure.stage, kind=_kind(error))
        return Failure(record, error)
    except Exception as error:
        return Failure(SkipRecord.from_error(origin, stage, error, kind=_kind(error)), error)
    if checked.problems:
        reason = "invalid graph: " + "; ".join(map(str, checked.problems[:5]))
        problems = tuple(
            {name: str(value) for name, value in dataclasses.asdict(problem).items()}
            for problem in checked.problems
        )
        record = SkipRecord(
            origin, SkipStage.VALIDATE, SkipCause.BAD_INPUT, "invalid", reason, problems=problems
        )
        return Failure(record)
    return checked


def _kind(error: BaseException) -> str | None:
    return TIMEOUT_KIND if isinstance(error, ArticleTimeout) else None


WARM_UP = (
    "قال وزير الخارجية الأمريكي جون كيري في واشنطن يوم الثلاثاء إن الولايات المتحدة "
    "تدعم الحكومة العراقية في حربها على تنظيم الدولة الإسلامية.\n"
)
"""What :meth:`ArticleExtractor.warm_up` extracts: a sentence with a person, a country,
a city, an organisation, a date and a stance."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """One article extracted: its checked document graph or its :class:`Failure`, and
    what it cost (seconds per stage, facts held back below the confidence bar by kind)."""

    outcome: PruneResult | Failure
    stage_seconds: dict[str, float]
    held_back: dict[str, int]


class ArticleExtractor:
    """Turns one :class:`Article` into its checked document graph, or the Failure that
    says at which step and why it was given up (never raises for one article).

    What :func:`ingest` runs on each article, in this process or in each worker of
    ``workers=N``; a Spark task can build one per partition. A :class:`PipelineSpec`
    is built here, once; each article runs within ``seconds`` (``None``: no budget;
    the budget needs the main thread of a POSIX process).
    """

    def __init__(
        self,
        pipeline: Pipeline | PipelineSpec,
        seconds: float | None = DEFAULT_ARTICLE_TIMEOUT,
    ) -> None:
        self.pipeline = pipeline.build() if isinstance(pipeline, PipelineSpec) else pipeline
        self.seconds = seconds
        self._calibrate = [s for s in self.pipeline.stages if isinstance(s, CalibrateStage)]

    def warm_up(self) -> None:
        """Run the pipeline once, with no time budget, on a short article of :data:`WARM_UP`.

        Stages load some of their tables on first use; loading them here keeps
        that out of the first real article's time budget (a budget shorter than
        the loading would otherwise interrupt it on every article).
        """
        extract_one(Article(WARM_UP, DocumentMeta(origin="warm-up")), self.pipeline, None)

    def __call__(self, article: Article) -> Extraction:
        timings = dict(self.pipeline.timings)
        held = [Counter(stage.held_back) for stage in self._calibrate]
        outcome = extract_one(article, self.pipeline, self.seconds)
        seconds = {
            name: total - timings.get(name, 0.0) for name, total in self.pipeline.timings.items()
        }
        held_back: Counter[str] = Counter()
        for stage, before in zip(self._calibrate, held, strict=True):
            held_back.update(stage.held_back - before)
        return Extraction(outcome, seconds, dict(held_back))


def _worker_extractor(
    pipeline: Pipeline | PipelineSpec, seconds: float | None
) -> Callable[[Article], Extraction]:
    """Run once in each worker process: its extractor, whose failures pickle back."""
    extract = ArticleExtractor(pipeline, seconds)
    extract.warm_up()

    def run(article: Article) -> Extraction:
        extraction = extract(article)
        outcome = extraction.outcome
        if isinstance(outcome, Failure) and outcome.error is not None:
            outcome = Failure(outcome.record, portable_error(outcome.error))
            return replace(extraction, outcome=outcome)
        return extraction

    return run


Item = Article | Skipped | Failure


def extractions(
    items: Iterable[Item],
    pipeline: Pipeline | PipelineSpec,
    seconds: float | None,
    workers: int = 1,
) -> Generator[tuple[Item, Extraction | None], None, None]:
    """Each item with its :class:`Extraction` (``None`` for what is not an article), in order.

    ``workers=1`` extracts in this process; more, in that many worker processes
    (:mod:`kg.parallel`), each building ``pipeline`` once (a built Pipeline is
    pickled to each; a PipelineSpec is lighter).
    """
    if workers == 1:
        extract = ArticleExtractor(pipeline, seconds)
        extract.warm_up()
        for item in items:
            yield item, extract(item) if isinstance(item, Article) else None
        return
    setup = partial(_worker_extractor, pipeline, seconds)
    with OrderedPool[Article, Extraction](setup, workers) as pool:
        work = ((item, item if isinstance(item, Article) else None) for item in items)
        for item, result in pool.map(work):
            if isinstance(result, WorkerCrash):
                assert isinstance(item, Article)
                yield item, _crashed(item, result)
                continue
            if result is not None:
                _attach_remote_traceback(result.outcome)
            yield item, result


class WorkerDied(RuntimeError):
    """The worker process extracting an article died (an internal error)."""


def _crashed(article: Article, crash: WorkerCrash) -> Extraction:
    error = WorkerDied(f"{article.origin}: {crash.reason}")
    reason = f"internal error while extracting: {crash.reason}"
    record = SkipRecord(
        article.origin,
        SkipStage.EXTRACT,
        SkipCause.INTERNAL_ERROR,
        INTERNAL_ERROR_KIND,
        reason,
        error_type=f"{__name__}.{WorkerDied.__qualname__}",
    )
    return Extraction(Failure(record, error), {}, {})


def _attach_remote_traceback(outcome: PruneResult | Failure) -> None:
    """Let an error from a worker, raised again here (``strict``), show where it happened."""
    if isinstance(outcome, Failure) and outcome.error is not None and outcome.record.traceback:
        outcome.error.__cause__ = RemoteTraceback(outcome.record.traceback)


# ---------------------------------------------------------------- writing


def sink_name(sink: DocumentSink) -> str:
    """How the report names a sink: its class (``LocalStore``, ``Neo4jLoader``)."""
    return type(sink).__name__


class BatchWriter:
    """Collects checked documents and writes them to every sink, ``batch_size`` at a time.

    A batch a sink refuses is written again one document at a time; each
    document that still fails is a :class:`Failure` at the write stage, and
    is not sent to the sinks after that one. What was written is counted in
    ``summary``.
    """

    def __init__(
        self, sinks: Sequence[DocumentSink], summary: IngestSummary, batch_size: int
    ) -> None:
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, not {batch_size}")
        self.sinks = tuple(sinks)
        self.summary = summary
        self.batch_size = batch_size
        self.pending: list[tuple[Document, str]] = []

    def add(self, doc: Document, origin: str) -> list[Failure]:
        """Queue ``doc``; when the batch is full, write it and return its failures."""
        self.pending.append((doc, origin))
        if len(self.pending) >= self.batch_size:
            return self.flush()
        return []

    def flush(self) -> list[Failure]:
        """Write the queued documents; the failures of the ones that could not be written."""
        batch, self.pending = self.pending, []
        failures: dict[int, Failure] = {}
        for sink in self.sinks:
            todo = [
                (index, doc, origin)
                for index, (doc, origin) in enumerate(batch)
                if index not in failures
            ]
            if not todo:
                break
            try:
                sink.put_documents([doc for _, doc, _ in todo])
            except Exception as error:
                failures.update(self._one_by_one(sink, todo, error))
        for index, (doc, _) in enumerate(batch):
            if index not in failures:
                self.summary.add(doc)
        return [failures[index] for index in sorted(failures)]

    def _one_by_one(
        self,
        sink: DocumentSink,
        todo: list[tuple[int, Document, str]],
        batch_error: Exception,
    ) -> dict[int, Failure]:
        """Write ``todo`` to ``sink`` document by document after ``batch_error``."""
        name = sink_name(sink)
        if len(todo) == 1:
            index, _, origin = todo[0]
            record = SkipRecord.from_error(origin, SkipStage.WRITE, batch_error, step=name)
            return {index: Failure(record, batch_error)}
        failures: dict[int, Failure] = {}
        written = 0
        for index, doc, origin in todo:
            try:
                sink.put_documents([doc])
            except Exception as error:
                record = SkipRecord.from_error(origin, SkipStage.WRITE, error, step=name)
                failures[index] = Failure(record, error)
                if written == 0 and len(failures) == min(SINK_FAILING_AFTER, len(todo)):
                    raise  # the sink is failing, not these documents
            else:
                written += 1
        return failures


# ---------------------------------------------------------------- the batch


def ingest(
    paths: Sequence[Path],
    sinks: Sequence[DocumentSink],
    report_path: Path | None,
    pipeline: Pipeline | PipelineSpec | None = None,
    fields: FieldMap | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    *,
    strict: bool = False,
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
    run_id: str | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Ingest every article under ``paths`` into every sink, in batches.

    Each article is read and extracted within ``article_timeout`` seconds
    (``None``: no budget). Skips go to the report at ``report_path``
    (appended to, each line carrying the run id). With ``strict``, an
    internal error is raised (after the documents already extracted are
    written) instead of being reported and skipped. ``workers`` > 1 extracts
    in that many processes; reading, the report and the writes stay here, in
    input order, so the sinks receive what ``workers=1`` would write.
    """
    began = time.perf_counter()
    summary = IngestSummary()
    with SkipReport(report_path, run_id) as report:
        summary.run_id = report.run_id
        writer = BatchWriter(sinks, summary, batch_size)

        def settle(failures: list[Failure]) -> None:
            for failure in failures:
                record = report.add(failure.record)
                if strict and record.cause is SkipCause.INTERNAL_ERROR and failure.error:
                    settle(writer.flush())
                    raise failure.error

        items = read_guarded(paths, fields, article_timeout)
        recipe = pipeline or default_pipeline_spec()
        with closing(extractions(items, recipe, article_timeout, workers)) as extracted:
            for item, extraction in extracted:
                if isinstance(item, Skipped):
                    report.add(item)
                elif isinstance(item, Failure):
                    settle([item])
                elif extraction is not None:
                    _add_costs(summary, extraction)
                    checked = extraction.outcome
                    if isinstance(checked, Failure):
                        settle([checked])
                        continue
                    for problem in checked.dropped:
                        report.note_dropped(item.origin, problem)
                    settle(writer.add(checked.document, item.origin))
                    if progress:
                        progress(1)
        settle(writer.flush())
        summary.skipped = report.count
        summary.bad_input = report.bad_inputs
        summary.internal_errors = report.internal_errors
        summary.dropped = report.dropped
        summary.report_path = report_path if report.written else None
    summary.seconds = time.perf_counter() - began
    summary.held_back = dict(sorted(summary.held_back.items()))
    return summary


def _add_costs(summary: IngestSummary, extraction: Extraction) -> None:
    for name, seconds in extraction.stage_seconds.items():
        summary.stage_seconds[name] = summary.stage_seconds.get(name, 0.0) + seconds
    for kind, count in extraction.held_back.items():
        summary.held_back[kind] = summary.held_back.get(kind, 0) + count
