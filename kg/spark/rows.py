"""Articles as the rows of the job's DataFrame, and back.

One row per article read, in the order the driver read them: ``order`` puts
the skip report and the shared entity graph back in that order, ``doc_id``
(the deterministic document id) lets all versions of one document meet in one
partition, as they meet in one store in ``kg ingest``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any

from kg.io import Article
from kg.model import DocumentMeta

COLUMNS: tuple[str, ...] = (
    "order",
    "doc_id",
    "text",
    "title",
    "url",
    "date",
    "source",
    "author",
    "dateline",
    "origin",
    "extra",
)
"""The DataFrame's columns; ``extra`` is a list of ``[key, value]`` pairs, the rest are
a long (``order``) and strings."""

Row = tuple[Any, ...]


def article_row(order: int, article: Article) -> Row:
    """The row of ``article``, the ``order``-th item read."""
    meta = article.meta
    return (
        order,
        article.to_document().id,
        article.text,
        meta.title,
        meta.url,
        meta.date,
        meta.source,
        meta.author,
        meta.dateline,
        meta.origin,
        [list(pair) for pair in meta.extra],
    )


def article_from_row(row: Sequence[Any]) -> tuple[int, Article]:
    """``(order, article)`` from a row of :data:`COLUMNS` (a Spark ``Row`` is a tuple)."""
    order, _doc_id, text, title, url, date, source, author, dateline, origin, extra = row
    meta = DocumentMeta(
        title=title,
        url=url,
        date=date,
        source=source,
        author=author,
        dateline=dateline,
        origin=origin,
        extra=tuple((key, value) for key, value in extra or ()),
    )
    return int(order), Article(text=text, meta=meta)


def versions(rows: Iterable[Sequence[Any]]) -> Iterator[list[tuple[int, Article]]]:
    """The articles of rows sorted by ``(doc_id, order)``, one list per document id,
    oldest version first."""
    for _doc_id, group in groupby(rows, key=lambda row: row[1]):
        yield [article_from_row(row) for row in group]
