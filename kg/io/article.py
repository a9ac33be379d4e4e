"""What a reader yields: an ``Article`` to process or a ``Skipped`` to report.

A batch never stops on a bad article; it yields a ``Skipped`` naming where the
article came from and why it was not read (design: report and skip).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ids import document_id
from kg.model import Document, DocumentMeta


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text exactly as decoded, and what is known about it."""

    text: str
    meta: DocumentMeta

    @property
    def origin(self) -> str:
        return self.meta.origin

    def to_document(self) -> Document:
        """The pipeline's ``Document``, with its deterministic id (URL, else text hash)."""
        return Document(id=document_id(self.meta.url, self.text), text=self.text, meta=self.meta)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read: where it came from and why (a full sentence)."""

    origin: str
    reason: str
    kind: str = "invalid"
    """Short machine-readable cause: ``empty``, ``binary``, ``not_arabic``..."""


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which JSON keys hold each part of an article; the first key present wins."""

    text: tuple[str, ...] = ("text", "content", "body", "article")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link")
    date: tuple[str, ...] = ("date", "date_extracted", "published", "published_at", "datePublished")
    source: tuple[str, ...] = ("source", "site", "publisher")
    author: tuple[str, ...] = ("author", "byline")

    @classmethod
    def from_options(
        cls,
        text: str | None = None,
        title: str | None = None,
        url: str | None = None,
        date: str | None = None,
        source: str | None = None,
        author: str | None = None,
    ) -> FieldMap:
        """The defaults, with each field that is named replaced by exactly that name."""
        default = cls()
        return cls(
            text=(text,) if text else default.text,
            title=(title,) if title else default.title,
            url=(url,) if url else default.url,
            date=(date,) if date else default.date,
            source=(source,) if source else default.source,
            author=(author,) if author else default.author,
        )


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Settings shared by every format reader."""

    fields: FieldMap = FieldMap()
    max_bytes: int = 10_000_000
    """Cap on one article: a text or HTML file, a JSON Lines line, a JSON record."""
    max_file_bytes: int = 100_000_000
    """Cap on one JSON file or zip member, which is read whole (many articles)."""
    encoding: str | None = None
    """Force this encoding instead of detecting one."""
    min_arabic_share: float = 0.3
