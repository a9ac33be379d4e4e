"""``read_articles``: every article in files, directories and archives, as a stream.

Bad inputs come out as ``Skipped`` items in the same stream, so one bad file
never stops a batch; directories are walked recursively in sorted order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.io.archive import articles_from_zip
from kg.io.article import Article, FieldMap, ReadOptions, Skipped
from kg.io.errors import Rejected
from kg.io.formats import SUFFIXES, articles_from_bytes, unsupported
from kg.io.records import articles_from_lines
from kg.io.streams import bounded_lines, read_limited
from kg.io.validate import check_size


def read_articles(
    paths: Sequence[Path | str],
    fields: FieldMap | None = None,
    max_bytes: int = 10_000_000,
    *,
    max_file_bytes: int = 100_000_000,
    encoding: str | None = None,
    min_arabic_share: float = 0.3,
) -> Iterator[Article | Skipped]:
    """Articles and skipped inputs from each path, in the order given.

    ``fields`` names the JSON keys to read, ``max_bytes`` caps one article,
    ``max_file_bytes`` one JSON file or zip member (each read whole),
    ``encoding`` forces an encoding instead of detection, and
    ``min_arabic_share`` is the share of Arabic letters below which an
    article is skipped as not Arabic.
    """
    options = ReadOptions(
        fields=fields or FieldMap(),
        max_bytes=max_bytes,
        max_file_bytes=max_file_bytes,
        encoding=encoding,
        min_arabic_share=min_arabic_share,
    )
    for path in paths:
        yield from read_path(Path(path), options)


def read_path(path: Path, options: ReadOptions) -> Iterator[Article | Skipped]:
    """One file or directory; a directory is read recursively in sorted path order."""
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists() or path.is_symlink()
    except OSError as error:
        yield Skipped(path_origin(path), f"unreadable: {_describe(error)}", "unreadable")
        return
    if is_dir:
        for found in walk(path):
            if isinstance(found, Skipped):
                yield found
            else:
                yield from _read_file(found, options)
    elif exists:
        yield from _read_file(path, options)
    else:
        yield Skipped(path_origin(path), "unreadable: no such file or directory", "unreadable")


def path_origin(path: Path) -> str:
    """The path as text that can be stored: a file name that is not UTF-8 keeps
    its odd bytes as ``\\xNN`` escapes (``os.fsdecode`` would leave lone surrogates)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return text


def walk(directory: Path) -> Iterator[Path | Skipped]:
    """The files under ``directory`` in sorted path order, and a ``Skipped`` for each
    folder that cannot be listed, broken link, link loop and special file.

    Links to folders are followed, each real folder once.
    """
    yield from _walk(directory, set())


def _walk(directory: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Skipped]:
    try:
        status = directory.stat()
        identity = (status.st_dev, status.st_ino)
        if identity in seen:
            yield Skipped(
                path_origin(directory),
                f"unreadable: the folder {_resolved(directory)} is read already through "
                "another path (a link loop, or two links to one folder); not read again",
                "unreadable",
            )
            return
        seen.add(identity)
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(
            path_origin(directory), f"unreadable folder: {_describe(error)}", "unreadable"
        )
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                yield from _walk(path, seen)
            elif entry.is_file():
                yield path
            else:
                yield _not_a_file(path)
        except OSError as error:
            yield Skipped(path_origin(path), f"unreadable: {_describe(error)}", "unreadable")


def _not_a_file(path: Path) -> Skipped:
    """A broken link, a link loop, or a device, pipe or socket."""
    if path.is_symlink():
        reason = f"unreadable: a broken link to {os.readlink(path)!r}"
    else:
        reason = "unreadable: not a regular file (a device, pipe or socket)"
    return Skipped(path_origin(path), reason, "unreadable")


def _resolved(path: Path) -> str:
    try:
        return path_origin(path.resolve())
    except (OSError, RuntimeError):
        return path_origin(path)


def _describe(error: OSError) -> str:
    """``strerror`` with the error's name, e.g. ``Permission denied (PermissionError)``."""
    return f"{error.strerror or error} ({type(error).__name__})"


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | Skipped]:
    origin = path_origin(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield unsupported(origin, suffix)
        return
    try:
        if not path.is_file():
            yield _not_a_file(path)
            return
        if suffix == ".zip":
            yield from articles_from_zip(path, options, origin)
            return
        with path.open("rb") as stream:
            if suffix in (".jsonl", ".ndjson"):
                # The lines present when reading began: a file that grows (a skip
                # report written into the folder being read) is not read forever.
                size = os.fstat(stream.fileno()).st_size
                lines = bounded_lines(stream, options.max_bytes, size)
                yield from articles_from_lines(lines, origin, options)
                return
            limit = options.max_file_bytes if suffix == ".json" else options.max_bytes
            check_size(os.fstat(stream.fileno()).st_size, limit)
            data = read_limited(stream, limit, "the file")
    except Rejected as rejected:
        yield Skipped(origin, rejected.reason, rejected.kind)
        return
    except OSError as error:
        yield Skipped(origin, f"unreadable: {_describe(error)}", "unreadable")
        return
    yield from articles_from_bytes(data, origin, suffix, options)
