"""The batch runner: one bad article, at any step, never stops a batch.

Real Arabic articles go through real stages into a real local store; the
failures are a stage that raises on one article (a bug, a bad input, a slow
article) and a document the store cannot write (a lone surrogate).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import InputError, StoreError
from kg.ingest import BatchWriter, IngestSummary, extract_one, ingest
from kg.io import Article, Skipped, read_articles
from kg.io.report import SkipCause, SkipStage
from kg.model import Document, DocumentMeta
from kg.ontology.prune import PruneResult
from kg.pipeline import Pipeline, Stage, create_stage, register_stage
from kg.store.local import LocalStore

GOOD = [
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترفض العقوبات الجديدة على بلاده.\n"
    "وأضاف أن روسيا ستدرس الرد المناسب بعد التشاور مع شركائها.\n",
    "التقى الرئيس الأمريكي باراك أوباما العاهل الأردني الملك عبدالله الثاني في واشنطن.\n"
    "وبحث الجانبان الأوضاع في سوريا والعراق.\n",
    "أعلنت وزارة الداخلية السعودية القبض على خلية إرهابية في الرياض.\n",
]
# The word that makes the test stages misbehave, in an otherwise ordinary article.
TRIGGER = "القنبلة"
BAD = f"انفجرت {TRIGGER} قرب مبنى البرلمان في بغداد صباح اليوم.\n"


class Bug(RuntimeError):
    """What a bug in a stage raises."""


@register_stage("test.buggy")
class BuggyStage(Stage):
    """Raises a plain exception (a bug) on an article that holds :data:`TRIGGER`."""

    requires = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        if TRIGGER in doc.text:
            raise Bug(f"cannot handle the word {TRIGGER}")
        return doc


@register_stage("test.refusing")
class RefusingStage(Stage):
    """Raises a KGError (the input is refused on purpose) on :data:`TRIGGER`."""

    requires = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        if TRIGGER in doc.text:
            raise InputError(doc.meta.origin, "this article names a weapon")
        return doc


@register_stage("test.slow")
class SlowStage(Stage):
    """Takes 30 s on :data:`TRIGGER`: far over a test's time budget."""

    requires = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        if TRIGGER in doc.text:
            time.sleep(30)
        return doc


BASE = ["sentences", "tokens", "ner.gazetteer", "link", "relations"]


def _pipeline(extra: str | None = None) -> Pipeline:
    return Pipeline([create_stage(name) for name in BASE + ([extra] if extra else [])])


def _articles(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, text in enumerate(texts):
        path = folder / f"{index}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _report(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _stored(store_path: Path) -> int:
    with LocalStore(store_path) as store:
        return len(list(store.documents()))


def test_a_bug_in_one_stage_skips_only_its_article_and_says_it_is_a_bug(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "in", [GOOD[0], BAD, GOOD[1]])
    report_path = tmp_path / "report.jsonl"
    with LocalStore(tmp_path / "store") as store:
        summary = ingest(paths, [store], report_path, _pipeline("test.buggy"), run_id="run-1")
    assert (summary.documents, summary.skipped, summary.internal_errors) == (2, 1, 1)
    assert summary.bad_input == 0
    assert _stored(tmp_path / "store") == 2
    [line] = _report(report_path)
    assert line["run"] == "run-1"
    assert line["origin"] == str(paths[1])
    assert (line["stage"], line["step"]) == ("extract", "test.buggy")
    assert (line["cause"], line["kind"]) == ("internal_error", "internal_error")
    assert line["error"] == "tests.test_ingest.Bug"
    assert "cannot handle the word" in line["reason"]
    assert 'raise Bug(f"cannot handle the word {TRIGGER}")' in line["traceback"]


def test_strict_raises_the_bug_after_writing_what_was_extracted(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "in", [GOOD[0], GOOD[1], BAD, GOOD[2]])
    report_path = tmp_path / "report.jsonl"
    with LocalStore(tmp_path / "store") as store, pytest.raises(Bug):
        ingest(paths, [store], report_path, _pipeline("test.buggy"), strict=True)
    assert _stored(tmp_path / "store") == 2  # the two before it; the run stopped there
    [line] = _report(report_path)
    assert line["cause"] == "internal_error"


def test_a_kg_error_in_a_stage_is_bad_input(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "in", [BAD, GOOD[0]])
    report_path = tmp_path / "report.jsonl"
    with LocalStore(tmp_path / "store") as store:
        summary = ingest(paths, [store], report_path, _pipeline("test.refusing"), strict=True)
    assert (summary.documents, summary.bad_input, summary.internal_errors) == (1, 1, 0)
    [line] = _report(report_path)
    assert (line["stage"], line["step"], line["cause"]) == ("extract", "test.refusing", "bad_input")
    assert (line["kind"], line["error"]) == ("extract_failed", "kg.errors.InputError")
    assert "this article names a weapon" in line["reason"]
    assert "traceback" not in line


def test_an_article_over_its_time_budget_is_skipped_and_nothing_of_it_is_stored(
    tmp_path: Path,
) -> None:
    paths = _articles(tmp_path / "in", [GOOD[0], BAD, GOOD[1]])
    report_path = tmp_path / "report.jsonl"
    began = time.monotonic()
    with LocalStore(tmp_path / "store") as store:
        summary = ingest(
            paths, [store], report_path, _pipeline("test.slow"), article_timeout=1.0
        )
    assert time.monotonic() - began < 20
    assert (summary.documents, summary.skipped, summary.bad_input) == (2, 1, 1)
    [line] = _report(report_path)
    assert (line["origin"], line["stage"], line["step"]) == (str(paths[1]), "extract", "test.slow")
    assert (line["kind"], line["cause"], line["error"]) == (
        "timeout",
        "bad_input",
        "kg.timebudget.ArticleTimeout",
    )
    assert "--article-timeout" in line["reason"]
    with LocalStore(tmp_path / "store") as store:
        assert sorted(store.documents()) == sorted(
            Article(text, DocumentMeta()).to_document().id for text in (GOOD[0], GOOD[1])
        )
    time.sleep(1.2)  # the alarm was disarmed: nothing fires after the run


def _checked(text: str, url: str) -> Document:
    result = extract_one(Article(text, DocumentMeta(url=url, origin=url)), _pipeline(), 60)
    assert isinstance(result, PruneResult)
    return result.document


def test_an_extracted_document_leaves_without_its_word_view() -> None:
    """The words the tokens stage made for the gazetteer and relations stay in the
    pipeline: a worker process would pickle them back for nothing."""
    doc = _checked(GOOD[0], "https://x.example/words")
    assert doc.words is None
    assert "words" not in doc.annotations and "tokens" in doc.annotations
    assert doc.mentions and doc.relations


def test_a_failed_batch_write_is_retried_one_by_one_and_only_the_bad_article_is_lost(
    tmp_path: Path,
) -> None:
    docs = [_checked(text, f"https://example.com/{i}") for i, text in enumerate(GOOD)]
    # A lone surrogate passes the pipeline but cannot be encoded by the store.
    unwritable = _checked(GOOD[1].replace("واشنطن", "واشن\ud800طن"), "https://example.com/bad")
    summary = IngestSummary()
    with LocalStore(tmp_path / "store") as store:
        writer = BatchWriter([store], summary, batch_size=10)
        for doc in (docs[0], unwritable, docs[1], docs[2]):
            assert writer.add(doc, doc.meta.origin) == []
        failures = writer.flush()
        assert sorted(store.documents()) == sorted(doc.id for doc in docs)
    [failure] = failures
    record = failure.record
    assert (record.origin, record.stage, record.step) == (
        "https://example.com/bad",
        SkipStage.WRITE,
        "LocalStore",
    )
    assert record.cause is SkipCause.INTERNAL_ERROR
    assert record.error_type == "UnicodeEncodeError"
    assert summary.documents == 3


def test_a_sink_that_refuses_every_document_stops_the_run(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "in", GOOD)
    store = LocalStore(tmp_path / "store")
    store.close()  # every write now fails: the sink is broken, not the articles
    with pytest.raises(StoreError, match="closed"):
        ingest(paths, [store], tmp_path / "report.jsonl", _pipeline())


def test_a_reader_that_raises_ends_only_its_own_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken, good = _articles(tmp_path / "in", [GOOD[0], GOOD[1]])

    def read_articles(paths: list[Path], **options: object) -> Iterator[Article | Skipped]:
        [path] = paths
        yield Article(path.read_text(encoding="utf-8"), DocumentMeta(origin=f"{path}#1"))
        if path == broken:
            raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("kg.ingest.read_articles", read_articles)
    report_path = tmp_path / "report.jsonl"
    with LocalStore(tmp_path / "store") as store:
        summary = ingest([broken, good], [store], report_path, _pipeline())
    assert (summary.documents, summary.internal_errors) == (2, 1)
    [line] = _report(report_path)
    assert (line["origin"], line["stage"], line["error"]) == (str(broken), "read", "RecursionError")
    assert f"the rest of {broken} after {broken}#1 was not read" in line["reason"]


def test_every_run_appends_its_own_lines_and_an_empty_report_is_not_left(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "in", [GOOD[0], BAD])
    report_path = tmp_path / "report.jsonl"
    for run_id in ("run-1", "run-2"):
        with LocalStore(tmp_path / "store") as store:
            ingest(paths, [store], report_path, _pipeline("test.buggy"), run_id=run_id)
    assert [line["run"] for line in _report(report_path)] == ["run-1", "run-2"]
    quiet = tmp_path / "quiet.jsonl"
    with LocalStore(tmp_path / "store") as store:
        summary = ingest(paths[:1], [store], quiet, _pipeline())
    assert summary.report_path is None
    assert not quiet.exists()


@register_stage("test.broken_sentence")
class BrokenSentenceStage(Stage):
    """Gives the first sentence of :data:`TRIGGER`'s article an end past the text."""

    requires = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        if TRIGGER not in doc.text:
            return doc
        first, *rest = doc.sentences
        broken = replace(first, end=len(doc.text) + 10)
        return replace(doc, sentences=(broken, *rest))


def test_an_invalid_graph_is_skipped_with_each_problem_as_fields(tmp_path: Path) -> None:
    (path,) = _articles(tmp_path / "in", [BAD])
    article = next(a for a in read_articles([path]) if isinstance(a, Article))
    failure = extract_one(article, _pipeline("test.broken_sentence"), None)
    assert not isinstance(failure, PruneResult)
    record = failure.record
    assert (record.stage, record.cause, record.kind) == (
        SkipStage.VALIDATE,
        SkipCause.BAD_INPUT,
        "invalid",
    )
    assert record.problems, record.reason
    for problem in record.problems:
        assert set(problem) == {"kind", "node_id", "property", "reason"}
    assert any(problem["kind"] == "Sentence" for problem in record.problems)
    line = record.to_json("run-1")
    assert line["problems"] == list(record.problems)
    json.dumps(line)
