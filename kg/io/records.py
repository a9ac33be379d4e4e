"""Articles from JSON objects (JSON Lines, JSON arrays, SaudiNewsNet zips).

Field names are configurable through ``FieldMap``; the first key present wins.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from kg.io.article import Article, ReadOptions, Skipped
from kg.io.errors import Rejected
from kg.io.metadata import build_meta
from kg.io.validate import check_size, check_text


def article_from_record(record: Any, origin: str, options: ReadOptions) -> Article:
    """One article from a decoded JSON value; raises ``Rejected`` when unusable."""
    if not isinstance(record, Mapping):
        raise Rejected(
            "malformed", f"malformed: expected a JSON object, got {type(record).__name__}"
        )
    fields = options.fields
    text = _first(record, fields.text)
    if text is None:
        raise Rejected(
            "missing_text",
            f"missing text: none of the fields {', '.join(fields.text)} holds a string "
            f"(fields present: {', '.join(sorted(map(str, record))) or 'none'})",
        )
    check_size(len(text.encode("utf-8", errors="surrogatepass")), options.max_bytes)
    check_text(text, options.min_arabic_share)
    meta = build_meta(
        origin,
        text,
        title=_first(record, fields.title),
        url=_first(record, fields.url),
        date=_first(record, fields.date),
        source=_first(record, fields.source),
        author=_first(record, fields.author),
    )
    return Article(text=text, meta=meta)


def articles_from_array(
    value: Any, origin: str, options: ReadOptions
) -> Iterator[Article | Skipped]:
    """Each element of a JSON array (or a lone object) as an article, ``origin#index``."""
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records):
        item_origin = f"{origin}#{index}"
        try:
            yield article_from_record(record, item_origin, options)
        except Rejected as rejected:
            yield Skipped(item_origin, rejected.reason, rejected.kind)


def articles_from_lines(
    lines: Iterable[str | bytes], origin: str, options: ReadOptions
) -> Iterator[Article | Skipped]:
    """JSON Lines: a bad line skips only its own article, ``origin#line`` (from 1)."""
    for number, line in enumerate(lines, start=1):
        line_origin = f"{origin}#{number}"
        try:
            if isinstance(line, bytes):
                check_size(len(line), options.max_bytes)
                line = _decode_line(line, number, options)
            elif len(line) > options.max_bytes:
                check_size(len(line.encode("utf-8", errors="surrogatepass")), options.max_bytes)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise Rejected(
                    "malformed",
                    f"malformed JSON on line {number}: {error.msg} (column {error.colno})",
                ) from error
            yield article_from_record(record, line_origin, options)
        except Rejected as rejected:
            yield Skipped(line_origin, rejected.reason, rejected.kind)


def _decode_line(line: bytes, number: int, options: ReadOptions) -> str:
    if number == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")
    encoding = options.encoding or "utf-8"
    try:
        return line.decode(encoding)
    except UnicodeDecodeError as error:
        raise Rejected(
            "undecodable",
            f"undecodable: line {number} is not valid {encoding} "
            f"({error.reason} at byte {error.start}); JSON Lines must be UTF-8 "
            "unless encoding= says otherwise",
        ) from error


def _first(record: Mapping[Any, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str):
            return value
    return None
