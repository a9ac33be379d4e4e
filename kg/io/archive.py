"""Zip archives (SaudiNewsNet: one JSON array per member), read member by member.

A bad member, or a bad article inside one, skips only itself. Origins are
``archive.zip!member.json#index``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from kg.io.article import Article, ReadOptions, Skipped
from kg.io.formats import articles_from_bytes, unsupported
from kg.io.records import articles_from_lines


def articles_from_zip(path: Path, options: ReadOptions) -> Iterator[Article | Skipped]:
    """Every article in every supported member, members in name order."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        yield Skipped(str(path), f"unreadable: not a valid zip archive ({error})", "unreadable")
        return
    with archive:
        members = sorted(
            (info for info in archive.infolist() if not info.is_dir()),
            key=lambda info: info.filename,
        )
        for info in members:
            origin = f"{path}!{info.filename}"
            suffix = PurePosixPath(info.filename).suffix.lower()
            try:
                if suffix in (".jsonl", ".ndjson"):
                    with archive.open(info) as member:
                        yield from articles_from_lines(member, origin, options)
                    continue
                if suffix == ".zip":
                    yield unsupported(origin, "nested .zip")
                    continue
                data = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as error:
                yield Skipped(
                    origin, f"unreadable: cannot extract the member ({error})", "unreadable"
                )
                continue
            yield from articles_from_bytes(data, origin, suffix, options)
