"""Articles from JSON objects (JSON Lines, JSON arrays, SaudiNewsNet zips).

Field names are configurable through ``FieldMap``; the first key present wins.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from kg.io.article import Article, ReadOptions, Skipped
from kg.io.errors import Rejected
from kg.io.metadata import build_meta
from kg.io.streams import Line
from kg.io.validate import check_size, check_text

_MAX_INT_DIGITS = sys.get_int_max_str_digits() or 4300


def parse_json(text: str, where: str = "") -> Any:
    """``json.loads`` whose every failure is a ``Rejected`` naming what was wrong.

    Besides syntax errors: nesting too deep for the parser (``RecursionError``)
    and integers too long to convert (Python's 4,300-digit limit).
    """
    what = f"malformed JSON {where}" if where else "malformed JSON"
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as error:
        raise Rejected(
            "malformed",
            f"{what}: {error.msg} (line {error.lineno}, column {error.colno})",
        ) from error
    except RecursionError as error:
        raise Rejected(
            "malformed",
            f"{what}: arrays or objects nested too deeply to read "
            f"(more than about {sys.getrecursionlimit():,} levels)",
        ) from error
    except _LongInteger as error:
        raise Rejected(
            "malformed",
            f"{what}: an integer of {error.digits:,} digits (at most {_MAX_INT_DIGITS:,} are read)",
        ) from error


class _LongInteger(ValueError):
    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _parse_int(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > _MAX_INT_DIGITS:
        raise _LongInteger(digits)
    return int(literal)


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
    lines: Iterable[Line], origin: str, options: ReadOptions
) -> Iterator[Article | Skipped]:
    """JSON Lines: a bad line skips only its own article, ``origin#line`` (from 1)."""
    for line in lines:
        line_origin = f"{origin}#{line.number}"
        try:
            if line.data is None:
                raise Rejected(
                    "too_large",
                    f"too large: line {line.number} holds {line.size:,} bytes, over the "
                    f"limit of {options.max_bytes:,} bytes for one article",
                )
            text = _decode_line(line.data, line.number, options)
            if not text.strip():
                continue
            record = parse_json(text, f"on line {line.number}")
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
