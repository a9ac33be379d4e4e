"""Readers: articles from .txt, .jsonl, .json, .html, .zip files and directories.

``read_articles`` streams ``Article`` (text exactly as decoded, plus
``DocumentMeta``) and ``Skipped`` (origin and reason) items; ``SkipReport``
records the skipped ones.
"""

from kg.io.article import Article, FieldMap, ReadOptions, Skipped
from kg.io.encoding import decode_bytes
from kg.io.reader import read_articles
from kg.io.report import SkipReport

__all__ = [
    "Article",
    "FieldMap",
    "ReadOptions",
    "SkipReport",
    "Skipped",
    "decode_bytes",
    "read_articles",
]
