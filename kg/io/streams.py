"""Bounded reading: never hold more of a file or zip member than its limit allows.

A declared size (``stat``, a zip header) can lie and a zip member can expand
a thousandfold, so every read is size-checked while it streams: at most
``limit + 1`` bytes are ever taken in, and JSON Lines are split in fixed-size
chunks with each line capped on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from kg.io.errors import Rejected

_CHUNK = 1 << 20


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_limited(stream: Readable, limit: int, what: str) -> bytes:
    """All of ``stream``, or ``Rejected`` as soon as more than ``limit`` bytes come."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise Rejected(
            "too_large",
            f"too large: {what} holds more than the limit of {limit:,} bytes "
            "(found while reading, before holding it whole)",
        )
    return data


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a JSON Lines stream; ``data`` is ``None`` when the line is over its cap."""

    number: int
    data: bytes | None
    size: int


def bounded_lines(stream: Readable, max_line_bytes: int, max_total_bytes: int) -> Iterator[Line]:
    """The lines of ``stream`` (numbered from 1, blank ones skipped), each at most
    ``max_line_bytes``; an overlong line is counted but never held whole.

    Reading stops after ``max_total_bytes`` (a file that grows while it is read,
    such as a skip report written into the folder being read, is read only
    as it was; a zip member that expands beyond it is cut there).
    """
    number = 0
    pending: list[bytes] = []
    pending_size = 0
    remaining = max_total_bytes
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
        *complete, rest = chunk.split(b"\n")
        for part in complete:
            number += 1
            size = pending_size + len(part)
            if size <= max_line_bytes:
                data = b"".join((*pending, part)) if pending else part
                if data.strip():
                    yield Line(number, data, size)
            else:
                yield Line(number, None, size)
            pending, pending_size = [], 0
        pending_size += len(rest)
        if pending_size <= max_line_bytes:
            pending.append(rest)
        else:
            pending = []
    if pending_size > max_line_bytes:
        yield Line(number + 1, None, pending_size)
    elif pending_size:
        last = b"".join(pending)
        if last.strip():
            yield Line(number + 1, last, pending_size)
