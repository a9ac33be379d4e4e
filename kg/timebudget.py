"""A time budget for one article: ``with time_budget(60): ...`` raises :class:`ArticleTimeout`.

It uses ``SIGALRM`` (``signal.setitimer``), so it works in the main thread of
a POSIX process; elsewhere (another thread, Windows) the block runs without a
budget. The exception is raised between two Python bytecodes of whatever runs
then: the ingest puts only pure computation (reading and extracting one
article) inside a budget, never a store write, so a timeout leaves nothing
half written.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from kg.errors import KGError

DEFAULT_ARTICLE_TIMEOUT = 60.0
"""Seconds one article may take to read and extract (a long news article takes about 1 s)."""


class ArticleTimeout(KGError):
    """One article took longer than its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"took longer than the time budget of {seconds:g} s for one article; "
            "give a larger --article-timeout to let it finish"
        )
        self.seconds = seconds


def budgets_work() -> bool:
    """Whether :func:`time_budget` can interrupt here (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with at most ``seconds`` of wall-clock time (``None`` or 0: no limit)."""
    if not seconds or seconds <= 0 or not budgets_work():
        yield
        return
    armed = True

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if armed:
            raise ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
