"""Every article of the shared corpus reads back from the local store as it was written.

``kg load`` rebuilds DocGraphs from the store (``kg.rdf.from_rdf``) instead of
re-extracting, so anything the store loses or invents reaches Neo4j. The
corpus is the 2,972-article SaudiNewsNet zip; ``KG_CORPUS_ZIP`` names another
zip of the same shape (e.g. a slice, to try a change quickly).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from itertools import islice
from pathlib import Path

import pytest

from kg.ingest import Failure, default_pipeline, extract_one
from kg.io import Article, Skipped, read_articles
from kg.model import Document, Entity, stored_form
from kg.store.local import LocalStore

pytestmark = [pytest.mark.slow, pytest.mark.shared_data]

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CORPUS = Path(
    os.environ.get("KG_CORPUS_ZIP") or SHARED / "news" / "saudinewsnet" / "2015-07-21.zip"
)


def differences(written: object, read: object, path: str) -> list[str]:
    """Where two values differ, field by field, as ``path: written != read``."""
    if is_dataclass(written) and type(written) is type(read):
        return [
            problem
            for f in fields(written)
            for problem in differences(
                getattr(written, f.name), getattr(read, f.name), f"{path}.{f.name}"
            )
        ]
    if isinstance(written, tuple) and isinstance(read, tuple) and len(written) == len(read):
        return [
            problem
            for index, (a, b) in enumerate(zip(written, read, strict=True))
            for problem in differences(a, b, f"{path}[{index}]")
        ]
    if written != read:
        return [f"{path}: {written!r:.300} != {read!r:.300}"]
    return []


def test_differences_name_the_field() -> None:
    doc = Document(id="d", text="نص")
    other = Document(id="d", text="نص آخر")
    assert differences(doc, doc, "d") == []
    assert differences(doc, other, "d") == ["d.text: 'نص' != 'نص آخر'"]


def _described(doc: Document, descriptions: dict[str, Entity]) -> Document:
    """``doc`` with each entity described as the store describes it: entities are shared
    between documents, and the first document that names one describes it for all
    (``kg.rdf.convert.ENTITY_GRAPH``), e.g. «الله» where a later article wrote «اللهِ»."""
    for entity in doc.entities:
        descriptions.setdefault(entity.id, entity)
    return replace(
        doc,
        entities=tuple(
            replace(
                entity,
                label=descriptions[entity.id].label,
                name=descriptions[entity.id].name,
                name_en=descriptions[entity.id].name_en,
                qid=descriptions[entity.id].qid,
                transliteration=descriptions[entity.id].transliteration,
            )
            for entity in doc.entities
        ),
    )


def test_every_article_reads_back_from_the_store_as_written(tmp_path: Path) -> None:
    if not CORPUS.exists():
        pytest.skip(f"the corpus {CORPUS} is absent")
    articles = 0

    def counted(items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
        nonlocal articles
        for item in items:
            articles += isinstance(item, Article)
            yield item

    problems: list[str] = []
    descriptions: dict[str, Entity] = {}
    extracted = 0
    pipeline = default_pipeline()
    checked = (
        extract_one(item, pipeline, None)
        for item in counted(read_articles([CORPUS]))
        if isinstance(item, Article)
    )
    with LocalStore(tmp_path / "store") as store:
        docs = (result.document for result in checked if not isinstance(result, Failure))
        while batch := list(islice(docs, 200)):
            written = {doc.id: doc for doc in batch}  # a repeated article: the last one is stored
            expected = {
                doc.id: _described(stored_form(doc), descriptions) for doc in written.values()
            }
            store.put_documents(written.values())
            for read in store.to_documents(written):
                problems += differences(expected[read.id], read, read.id)
            extracted += len(batch)
    print(f"\n{articles} articles read, {extracted} extracted and compared")
    assert problems[:20] == []
    assert extracted > 0.9 * articles
