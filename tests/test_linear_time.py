"""Every pipeline stage is near-linear in its input: 4x the text costs about 4x the time.

Each stage is timed (CPU time of this process, so other processes on the
machine do not count) on 40,000 and 160,000 characters of real Arabic news
from the SaudiNewsNet sample: many articles as they are, the same articles
with every sentence end and line break taken out, and one article repeated
without punctuation (the same names hundreds of times, which is what made
the linker quadratic). Linear is a ratio of 4; quadratic is 16. The bound,
8, leaves room for noise and ``n log n`` and still catches quadratic growth
(before the fixes it kept, the linker went 0.04 s -> 0.51 s here, the
gazetteer's adjective check took 8.8 s at 320,000 characters, 1.2 s after).

The garbage collector is off while a stage runs: in the full suite the process holds
the objects of a thousand tests, and a full collection that lands in one timing (it
once made the relation stage 0.17 s -> 1.49 s, 0.29 s when run alone) measures the
heap, not the stage.

numpy runs on one BLAS thread here: on a busy host, idle BLAS threads spin while they
wait for a core, and that spinning counts as this process's CPU time (it once made the
tagger take 1.1 s at 40,000 characters and 40 s at 160,000 in a CI run beside other work).
"""

from __future__ import annotations

import gc
import json
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from threadpoolctl import threadpool_limits

from kg.ids import document_id
from kg.ingest import default_pipeline
from kg.model import Document, DocumentMeta

ZIP = Path(__file__).resolve().parents[1].parent / "shared/data/news/saudinewsnet/2015-07-21.zip"
SMALL, LARGE = 40_000, 160_000
MAX_RATIO = 8.0
FLOOR_SECONDS = 0.1
"""Below this, a stage's time is mostly fixed cost: ratios are taken from this floor."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ZIP.exists(), reason="../shared/data is absent"),
]
_SENTENCE_ENDS = re.compile(r"[.!?؟…\n\r]+")


def _articles() -> list[str]:
    texts: list[str] = []
    with zipfile.ZipFile(ZIP) as archive:
        for name in sorted(archive.namelist()):
            if name.endswith(".json"):
                texts.extend(
                    record["content"]
                    for record in json.loads(archive.read(name))
                    if record.get("content")
                )
            if sum(map(len, texts)) > 2 * LARGE:
                break
    return texts


def _many_articles(texts: list[str]) -> str:
    return "\n".join(texts)


def _many_articles_unpunctuated(texts: list[str]) -> str:
    return _SENTENCE_ENDS.sub(" ", "\n".join(texts))


def _one_article_repeated(texts: list[str]) -> str:
    article = _SENTENCE_ENDS.sub(" ", max(texts[:50], key=len)) + " "
    return article * (LARGE // len(article) + 1)


def _stage_seconds(text: str) -> dict[str, float]:
    pipeline = default_pipeline()
    doc = Document(id=document_id(None, text), text=text, meta=DocumentMeta(origin="timing"))
    seconds: dict[str, float] = {}
    with threadpool_limits(1):
        for stage in pipeline.stages:
            gc.collect()
            gc.disable()
            try:
                began = time.process_time()
                doc = stage(doc)
                seconds[stage.name] = time.process_time() - began
            finally:
                gc.enable()
    return seconds


@pytest.mark.parametrize(
    "make_text",
    [_many_articles, _many_articles_unpunctuated, _one_article_repeated],
    ids=["articles", "articles-unpunctuated", "one-article-repeated-unpunctuated"],
)
def test_every_stage_is_near_linear(make_text: Callable[[list[str]], str]) -> None:
    text = make_text(_articles())
    assert len(text) >= LARGE
    small = _stage_seconds(text[:SMALL])
    large = _stage_seconds(text[:LARGE])
    ratios = {name: large[name] / max(small[name], FLOOR_SECONDS) for name in small}
    table = {name: (round(small[name], 3), round(large[name], 3)) for name in small}
    assert max(ratios.values()) < MAX_RATIO, f"seconds at {SMALL:,} and {LARGE:,}: {table}"
