"""Plain-text articles, optionally opened by ``# key: value`` header lines.

With a header (the SaudiNewsNet extracts) the metadata comes from it and the
text starts after the blank line that ends it. Without one (the seed
article) the first line is the headline: it stays in the text and becomes
the title.
"""

from __future__ import annotations

import re

from kg.io.article import Article, ReadOptions
from kg.io.encoding import decode_bytes
from kg.io.metadata import build_meta
from kg.io.validate import check_size, check_text

_HEADER_LINE = re.compile(r"#\s?([A-Za-z_][\w-]*)\s?:\s?(.*?)\s*")
_KNOWN_KEYS = {"title", "url", "date", "date_extracted", "source", "author"}


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The ``# key: value`` lines at the top, and the text after them and one blank line."""
    header: dict[str, str] = {}
    offset = 0
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        match = _HEADER_LINE.fullmatch(lines[index].rstrip("\r\n"))
        if match is None:
            break
        header[match.group(1).lower()] = match.group(2)
        offset += len(lines[index])
        index += 1
    if header and index < len(lines) and not lines[index].strip():
        offset += len(lines[index])
    return header, text[offset:]


def parse_txt(data: bytes, origin: str, options: ReadOptions) -> Article:
    """One article from a text file's bytes; raises ``Rejected`` when unusable."""
    check_size(len(data), options.max_bytes)
    decoded, encoding = decode_bytes(data, options.encoding)
    header, text = split_header(decoded)
    check_text(text, options.min_arabic_share)
    extra = {key: value for key, value in header.items() if key not in _KNOWN_KEYS}
    extra["encoding"] = encoding
    if header:
        meta = build_meta(
            origin,
            text,
            title=header.get("title"),
            url=header.get("url"),
            date=header.get("date") or header.get("date_extracted"),
            source=header.get("source"),
            author=header.get("author"),
            extra=extra,
        )
    else:
        headline = next((line for line in text.splitlines() if line.strip()), None)
        meta = build_meta(origin, text, title=headline, extra=extra, headline_first=True)
    return Article(text=text, meta=meta)
