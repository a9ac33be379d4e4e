"""Which reader handles which file name, shared by files on disk and zip members."""

from __future__ import annotations

import io
from collections.abc import Iterator

from kg.io.article import Article, ReadOptions, Skipped
from kg.io.encoding import decode_bytes
from kg.io.errors import Rejected
from kg.io.html import parse_html
from kg.io.records import articles_from_array, articles_from_lines, parse_json
from kg.io.streams import bounded_lines
from kg.io.txt import parse_txt

SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".zip")


def unsupported(origin: str, suffix: str) -> Skipped:
    """Unknown file types are reported, never silently ignored."""
    shown = suffix or "(no extension)"
    return Skipped(
        origin,
        f"unsupported file type {shown}: expected one of {', '.join(SUFFIXES)}",
        "unsupported",
    )


def articles_from_bytes(
    data: bytes, origin: str, suffix: str, options: ReadOptions
) -> Iterator[Article | Skipped]:
    """The articles in one file's bytes (not ``.zip``), bad ones as ``Skipped``."""
    try:
        if suffix in (".txt", ".text"):
            yield parse_txt(data, origin, options)
        elif suffix in (".html", ".htm"):
            yield parse_html(data, origin, options)
        elif suffix in (".jsonl", ".ndjson"):
            lines = bounded_lines(io.BytesIO(data), options.max_bytes, len(data))
            yield from articles_from_lines(lines, origin, options)
        elif suffix == ".json":
            yield from articles_from_json(data, origin, options)
        else:
            yield unsupported(origin, suffix)
    except Rejected as rejected:
        yield Skipped(origin, rejected.reason, rejected.kind)


def articles_from_json(
    data: bytes, origin: str, options: ReadOptions
) -> Iterator[Article | Skipped]:
    """A JSON array of articles (SaudiNewsNet), parsed once and yielded one by one."""
    text, _ = decode_bytes(data, options.encoding)
    del data
    value = parse_json(text)
    del text
    yield from articles_from_array(value, origin, options)
