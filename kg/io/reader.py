"""``read_articles``: every article in files, directories and archives, as a stream.

Bad inputs come out as ``Skipped`` items in the same stream, so one bad file
never stops a batch; directories are walked recursively in sorted order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from kg.io.archive import articles_from_zip
from kg.io.article import Article, FieldMap, ReadOptions, Skipped
from kg.io.formats import SUFFIXES, articles_from_bytes, unsupported
from kg.io.records import articles_from_lines


def read_articles(
    paths: Sequence[Path | str],
    fields: FieldMap | None = None,
    max_bytes: int = 10_000_000,
    *,
    encoding: str | None = None,
    min_arabic_share: float = 0.3,
) -> Iterator[Article | Skipped]:
    """Articles and skipped inputs from each path, in the order given.

    ``fields`` names the JSON keys to read, ``max_bytes`` caps one article,
    ``encoding`` forces an encoding instead of detection, and
    ``min_arabic_share`` is the share of Arabic letters below which an
    article is skipped as not Arabic.
    """
    options = ReadOptions(
        fields=fields or FieldMap(),
        max_bytes=max_bytes,
        encoding=encoding,
        min_arabic_share=min_arabic_share,
    )
    for path in paths:
        yield from read_path(Path(path), options)


def read_path(path: Path, options: ReadOptions) -> Iterator[Article | Skipped]:
    """One file or directory; a directory is read recursively in sorted path order."""
    if path.is_dir():
        for file_path in _walk(path):
            yield from _read_file(file_path, options)
    elif path.exists():
        yield from _read_file(path, options)
    else:
        yield Skipped(str(path), "unreadable: no such file or directory", "unreadable")


def _walk(directory: Path) -> Iterator[Path]:
    def on_error(error: OSError) -> None:
        raise error

    found: list[Path] = []
    for root, dirs, files in os.walk(directory, onerror=on_error):
        dirs.sort()
        found.extend(Path(root) / name for name in files)
    yield from sorted(found, key=lambda file_path: file_path.relative_to(directory).parts)


def _lines_up_to(stream: BinaryIO, size: int) -> Iterator[bytes]:
    """The lines present when reading began: a file that grows (a skip report
    written into the folder being read) must not be read forever."""
    consumed = 0
    for line in stream:
        if consumed >= size:
            return
        consumed += len(line)
        yield line


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | Skipped]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield unsupported(origin, suffix)
        return
    try:
        if suffix == ".zip":
            yield from articles_from_zip(path, options)
        elif suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as stream:
                lines = _lines_up_to(stream, path.stat().st_size)
                yield from articles_from_lines(lines, origin, options)
        elif suffix == ".json" or path.stat().st_size <= options.max_bytes:
            yield from articles_from_bytes(path.read_bytes(), origin, suffix, options)
        else:
            size = path.stat().st_size
            yield Skipped(
                origin,
                f"too large: {size:,} bytes is over the limit of {options.max_bytes:,} bytes",
                "too_large",
            )
    except OSError as error:
        yield Skipped(origin, f"unreadable: {error.strerror or error}", "unreadable")
