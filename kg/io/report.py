"""``SkipReport``: a record of every skipped input, as JSON lines, with counts.

Each line is one :class:`SkipRecord` (or one dropped part of a kept article)
and carries the id of the run that wrote it, so a report file that several
runs append to still tells their skips apart. A skip is either bad input (the
article is unreadable, empty, not Arabic, fails validation, or exceeds a
budget) or an internal error (an exception kg did not raise on purpose: a bug,
reported with its traceback so that it still shows).
"""

from __future__ import annotations

import dataclasses
import json
import secrets
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from kg.errors import KGError
from kg.io.article import Article, Skipped


class SkipStage(StrEnum):
    """Where in the ingest an article was given up."""

    READ = "read"
    EXTRACT = "extract"
    VALIDATE = "validate"
    WRITE = "write"


class SkipCause(StrEnum):
    """Whether the article or kg is to blame."""

    BAD_INPUT = "bad_input"
    INTERNAL_ERROR = "internal_error"


INTERNAL_ERROR_KIND = "internal_error"
TIMEOUT_KIND = "timeout"


@dataclass(frozen=True, slots=True)
class SkipRecord:
    """One skipped article: where it came from, where and why it was given up."""

    origin: str
    stage: SkipStage
    cause: SkipCause
    kind: str
    """Short machine-readable cause: ``empty``, ``not_arabic``, ``timeout``..."""
    reason: str
    step: str | None = None
    """The pipeline stage (``link``) or the sink (``local store``) that failed, if any."""
    error_type: str | None = None
    """The exception's class (``UnicodeEncodeError``, ``kg.errors.StoreError``), if any."""
    traceback: str | None = None
    """For an internal error: the traceback, so that the bug can be found."""
    problems: tuple[dict[str, str], ...] = ()
    """For a graph that failed validation: each problem's fields (kind, node_id, property,
    reason; see :class:`kg.ontology.validate.Problem`)."""

    @classmethod
    def from_skipped(cls, skipped: Skipped) -> SkipRecord:
        """A reader's ``Skipped``: bad input found while reading."""
        return cls(
            skipped.origin, SkipStage.READ, SkipCause.BAD_INPUT, skipped.kind, skipped.reason
        )

    @classmethod
    def from_error(
        cls,
        origin: str,
        stage: SkipStage,
        error: BaseException,
        step: str | None = None,
        kind: str | None = None,
    ) -> SkipRecord:
        """An exception caught at one article.

        A :class:`KGError` is raised on purpose about the input (bad input);
        any other exception is a bug (internal error) and keeps its traceback.
        """
        internal = not isinstance(error, KGError)
        where = f" in {step}" if step else ""
        if internal:
            reason = f"internal error{where} while {_VERBS[stage]}: {_describe(error)}"
            trace = "".join(traceback.format_exception(error))
        else:
            reason = f"{_VERBS[stage]} failed{where}: {error}"
            trace = None
        return cls(
            origin=origin,
            stage=stage,
            cause=SkipCause.INTERNAL_ERROR if internal else SkipCause.BAD_INPUT,
            kind=kind or (INTERNAL_ERROR_KIND if internal else f"{stage.value}_failed"),
            reason=reason,
            step=step,
            error_type=error_type(error),
            traceback=trace,
        )

    def to_json(self, run_id: str) -> dict[str, Any]:
        record: dict[str, Any] = {
            "run": run_id,
            "origin": self.origin,
            "stage": self.stage.value,
            "cause": self.cause.value,
            "kind": self.kind,
            "reason": self.reason,
        }
        optional = {"step": self.step, "error": self.error_type, "traceback": self.traceback}
        record.update({key: value for key, value in optional.items() if value is not None})
        if self.problems:
            record["problems"] = list(self.problems)
        return record


_VERBS = {
    SkipStage.READ: "reading",
    SkipStage.EXTRACT: "extracting",
    SkipStage.VALIDATE: "validating",
    SkipStage.WRITE: "writing",
}


def error_type(error: BaseException) -> str:
    """The exception class as a dotted name; built-in ones by their bare name."""
    cls = type(error)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def _describe(error: BaseException) -> str:
    text = str(error)
    if len(text) > 500:
        text = text[:500] + "…"
    return f"{error_type(error)}: {text}" if text else error_type(error)


def new_run_id() -> str:
    """A run id that sorts by time: UTC timestamp and 6 random hex digits."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


def default_report_path(store: Path, run_id: str) -> Path:
    """Next to the store, one file per run: ``STORE-skipped-RUNID.jsonl``."""
    return store.with_name(f"{store.name}-skipped-{run_id}.jsonl")


class SkipReport:
    """Appends each skip as one JSON line to ``path`` and counts them.

    The file is opened for appending, never truncated; a report file that
    stays empty (nothing skipped or dropped) is removed on close when this
    report created it. ``filter`` passes articles through and records the
    rest, so a pipeline can consume a ``read_articles`` stream without
    losing what was skipped.
    """

    def __init__(self, path: Path | None = None, run_id: str | None = None) -> None:
        self.path = path
        self.run_id = run_id or new_run_id()
        self.count = 0
        self.dropped = 0
        self.by_kind: Counter[str] = Counter()
        self.by_cause: Counter[SkipCause] = Counter()
        self.internal: list[SkipRecord] = []
        """The internal errors of this run, with their tracebacks."""
        self._stream: IO[str] | None = None
        self._created = False
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._created = not path.exists()
            # backslashreplace: a lone surrogate in an origin or a reason is
            # written escaped rather than failing the report itself.
            self._stream = path.open("a", encoding="utf-8", errors="backslashreplace")

    @property
    def internal_errors(self) -> int:
        return len(self.internal)

    @property
    def bad_inputs(self) -> int:
        return self.by_cause[SkipCause.BAD_INPUT]

    def add(self, skipped: Skipped | SkipRecord) -> SkipRecord:
        """Record one skipped article (a reader's ``Skipped`` is bad input at reading)."""
        record = skipped if isinstance(skipped, SkipRecord) else SkipRecord.from_skipped(skipped)
        self.count += 1
        self.by_kind[record.kind] += 1
        self.by_cause[record.cause] += 1
        if record.cause is SkipCause.INTERNAL_ERROR:
            self.internal.append(record)
        self._write(record.to_json(self.run_id))
        return record

    def note_dropped(self, origin: str, problem: object) -> None:
        """Record a part of an article that failed validation and was left out.

        The article itself was kept, so this does not count as a skip. A
        structured problem (:class:`kg.ontology.validate.Problem`) is written
        with its fields too: node kind, node id, property, reason.
        """
        self.dropped += 1
        record: dict[str, Any] = {
            "run": self.run_id,
            "origin": origin,
            "stage": SkipStage.VALIDATE.value,
            "kind": "dropped",
            "reason": str(problem),
        }
        if dataclasses.is_dataclass(problem) and not isinstance(problem, type):
            record["problem"] = dataclasses.asdict(problem)
        self._write(record)

    def _write(self, record: dict[str, Any]) -> None:
        if self._stream is not None:
            self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._stream.flush()

    def filter(self, items: Iterable[Article | Skipped]) -> Iterator[Article]:
        """The articles of ``items``; every ``Skipped`` is recorded on the way."""
        for item in items:
            if isinstance(item, Skipped):
                self.add(item)
            else:
                yield item

    @property
    def written(self) -> bool:
        """Whether this run wrote any line to the report file."""
        return self.path is not None and (self.count > 0 or self.dropped > 0)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
            if self.path is not None and self._created and not self.written:
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> SkipReport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
