"""``SkipReport``: a record of every skipped input, as JSON lines, with counts."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from kg.io.article import Article, Skipped


class SkipReport:
    """Writes each ``Skipped`` as one JSON line (origin, kind, reason) and counts them.

    ``filter`` passes articles through and records the rest, so a pipeline
    can consume a ``read_articles`` stream without losing what was skipped.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.count = 0
        self.dropped = 0
        self.by_kind: Counter[str] = Counter()
        self._stream: IO[str] | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = path.open("w", encoding="utf-8")

    def add(self, skipped: Skipped) -> None:
        self.count += 1
        self.by_kind[skipped.kind] += 1
        if self._stream is not None:
            record = {"origin": skipped.origin, "kind": skipped.kind, "reason": skipped.reason}
            self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._stream.flush()

    def note_dropped(self, origin: str, problem: str) -> None:
        """Record a part of an article that failed validation and was left out.

        The article itself was kept, so this does not count as a skip.
        """
        self.dropped += 1
        if self._stream is not None:
            record = {"origin": origin, "kind": "dropped", "reason": problem}
            self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._stream.flush()

    def filter(self, items: Iterable[Article | Skipped]) -> Iterator[Article]:
        """The articles of ``items``; every ``Skipped`` is recorded on the way."""
        for item in items:
            if isinstance(item, Skipped):
                self.add(item)
            else:
                yield item

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def __enter__(self) -> SkipReport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
