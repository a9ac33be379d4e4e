"""Zip archives (SaudiNewsNet: one JSON array per member), read member by member.

A bad member, or a bad article inside one, skips only itself. Origins are
``archive.zip!member.json#index``. Members are decompressed as they stream
and never held beyond their limit, so a small archive that expands to
gigabytes (a zip bomb) is refused after reading only the limit. zipfile
never yields more than a member's declared size, so declared sizes are
checked first: per member, and over the whole archive.
"""

from __future__ import annotations

import lzma
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from kg.io.article import Article, ReadOptions, Skipped
from kg.io.errors import Rejected
from kg.io.formats import SUFFIXES, articles_from_bytes, unsupported
from kg.io.records import articles_from_lines
from kg.io.streams import bounded_lines, read_limited

# What zipfile and its decompressors raise on damaged or unsupported data:
# bad headers and CRCs, corrupt deflate/bzip2/lzma streams, truncation,
# encryption (RuntimeError), unknown methods, undecodable member names.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    ValueError,
)


# Text compresses 3 to 10 times; members that expand to more than this many
# times the archive's size in all share their compressed data (an
# overlapping-member zip bomb), which would cost hours to read.
_MAX_RATIO = 100


def articles_from_zip(
    path: Path, options: ReadOptions, origin: str | None = None
) -> Iterator[Article | Skipped]:
    """Every article in every supported member, members in name order."""
    origin = origin or str(path)
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as error:
        yield Skipped(origin, f"unreadable: not a valid zip archive ({error})", "unreadable")
        return
    with archive:
        members = sorted(
            (info for info in archive.infolist() if not info.is_dir()),
            key=lambda info: info.filename,
        )
        budget = _MAX_RATIO * path.stat().st_size + options.max_file_bytes
        for info in members:
            member_origin = f"{origin}!{info.filename}"
            if info.file_size <= _member_limit(info, options):
                budget -= info.file_size
            if budget < 0:
                yield Skipped(
                    member_origin,
                    f"too large: the archive's members declare more than {_MAX_RATIO} times "
                    "its size uncompressed (members that share their data, a zip bomb); "
                    "this member and those after it are not extracted",
                    "too_large",
                )
                continue
            yield from _member_articles(archive, info, member_origin, options)


def _member_articles(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, origin: str, options: ReadOptions
) -> Iterator[Article | Skipped]:
    suffix = PurePosixPath(info.filename).suffix.lower()
    if suffix == ".zip" or suffix not in SUFFIXES:
        yield unsupported(origin, "nested .zip" if suffix == ".zip" else suffix)
        return
    limit = _member_limit(info, options)
    if info.file_size > limit:
        yield Skipped(
            origin,
            f"too large: the member declares {info.file_size:,} bytes uncompressed, over the "
            f"limit of {limit:,} bytes (from {info.compress_size:,} compressed); not extracted",
            "too_large",
        )
        return
    try:
        member = archive.open(info)
    except _ZIP_ERRORS as error:
        yield Skipped(origin, f"unreadable: cannot open the member ({_name(error)})", "unreadable")
        return
    with member:
        stream = _Guarded(member)
        try:
            if suffix in (".jsonl", ".ndjson"):
                lines = bounded_lines(stream, options.max_bytes, options.max_file_bytes)
                yield from articles_from_lines(lines, origin, options)
                if stream.read(1):
                    raise Rejected(
                        "too_large",
                        f"too large: the member expands beyond the limit of "
                        f"{options.max_file_bytes:,} bytes; the lines after that were not read",
                    )
                return
            data = read_limited(stream, limit, f"the member ({info.file_size:,} bytes declared)")
        except Rejected as rejected:
            yield Skipped(origin, rejected.reason, rejected.kind)
            return
    yield from articles_from_bytes(data, origin, suffix, options)


def _member_limit(info: zipfile.ZipInfo, options: ReadOptions) -> int:
    """JSON and JSON Lines members hold many articles; the others one."""
    whole_file = PurePosixPath(info.filename).suffix.lower() in (".json", ".jsonl", ".ndjson")
    return options.max_file_bytes if whole_file else options.max_bytes


class _Guarded:
    """A member's stream whose decompression errors become ``Rejected``."""

    def __init__(self, member: IO[bytes]) -> None:
        self.member = member
        self.position = 0

    def read(self, size: int = -1, /) -> bytes:
        try:
            data = self.member.read(size)
        except _ZIP_ERRORS as error:
            raise Rejected(
                "unreadable",
                f"unreadable: the member's data is damaged ({_name(error)}), "
                f"found after {self.position:,} bytes of its content",
            ) from error
        self.position += len(data)
        return data


def _name(error: BaseException) -> str:
    """``zlib.error: Error -3 while decompressing data...``."""
    kind = type(error)
    module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
    return f"{module}{kind.__name__}: {error}"
