"""A process pool that keeps the input order, for ``kg ingest --workers N``.

Each worker process starts with one BLAS thread (N workers on N cores, not
N x N threads), runs ``setup()`` once (the ingest builds its pipeline there,
so each worker loads the models once) and then applies the function that
``setup`` returned to each item. :meth:`OrderedPool.map` streams: at most
``window`` items are in flight, so a corpus is never held in memory, and the
results come back in input order, so that what the caller writes is what one
process would have written.

A worker process that dies (killed, out of memory, a crash in native code)
breaks the pool. The items then in flight run again one at a time in a fresh
pool: the one that kills its worker again comes back as a :class:`WorkerCrash`,
the others with their results.

Workers are started with ``spawn``: a fresh interpreter, with no copy of this
process's threads, locks or open stores. ``setup`` is pickled here and
unpickled in the worker only after the BLAS limits are set, so that numpy
loads under them.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

from kg.errors import ConfigError

A = TypeVar("A")  # what a worker is given
R = TypeVar("R")  # what it gives back
T = TypeVar("T")  # what the caller tags each item with

BLAS_THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
WINDOW_PER_WORKER = 4
"""Items in flight per worker: enough to keep every worker busy while the
results are written in order, few enough to hold little in memory."""


def available_cores() -> int:
    """The cores this process may run on: its CPU affinity, else all of the machine's."""
    counter: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)
    if counter is not None:  # Python 3.13
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def one_blas_thread() -> None:
    """Make numpy's BLAS (and OpenMP) run one thread in this process.

    The variables take effect when numpy loads; threadpoolctl, where it is
    installed, also limits a BLAS already loaded.
    """
    for name in BLAS_THREAD_VARIABLES:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1)


class RemoteError(RuntimeError):
    """Stands for an exception raised in a worker that could not be pickled back."""


class RemoteTraceback(Exception):
    """A worker's traceback, as the ``__cause__`` of its exception re-raised here."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f'\n"""\n{self.text}"""'


def portable_error(error: BaseException) -> BaseException:
    """``error`` if it survives pickling (to cross from a worker), else a RemoteError naming it."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RemoteError(f"{type(error).__module__}.{type(error).__qualname__}: {error}")
    return error


@dataclass(frozen=True, slots=True)
class WorkerCrash:
    """The result of an item whose worker process died on it, in the pool and again alone."""

    reason: str


CRASH_REASON = (
    "its worker process died (killed, out of memory, or a crash in native code), "
    "twice: once in the pool and once alone"
)

# ---------------------------------------------------------------- in each worker

_work: Callable[[Any], Any] | None = None
_setup_error: BaseException | None = None


def _start_worker(setup: bytes) -> None:
    global _work, _setup_error
    one_blas_thread()
    try:
        _work = pickle.loads(setup)()
    except Exception as error:  # raised again by every item, so that the caller sees it
        _setup_error = portable_error(error)


def _run(item: Any) -> Any:
    if _setup_error is not None:
        raise _setup_error
    assert _work is not None
    return _work(item)


# ---------------------------------------------------------------- in the caller

_Pending = deque[tuple[T, "A | None", "Future[R] | None"]]


class OrderedPool(Generic[A, R]):
    """``workers`` processes running the function ``setup()`` returns, results in input order.

    ``setup`` and the items must pickle; an exception that ``setup`` or the
    function raises is raised by :meth:`map` (the function is meant to catch
    what it can report per item).
    """

    def __init__(
        self, setup: Callable[[], Callable[[A], R]], workers: int, window: int | None = None
    ) -> None:
        if workers < 1:
            raise ConfigError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.window = max(window or WINDOW_PER_WORKER * workers, 1)
        self._setup = pickle.dumps(setup)
        self._context = multiprocessing.get_context("spawn")
        self._executor: ProcessPoolExecutor | None = None

    def map(
        self, items: Iterable[tuple[T, A | None]]
    ) -> Iterator[tuple[T, R | WorkerCrash | None]]:
        """For each ``(tag, item)``, ``(tag, result)`` in input order.

        An item ``None`` is not sent anywhere: its tag comes back, in its
        place, with ``None``.
        """
        pending: _Pending[T, A, R] = deque()
        for tag, item in items:
            pending.append((tag, item, self._submit(item)))
            while len(pending) >= self.window:
                yield from self._next(pending)
        while pending:
            yield from self._next(pending)

    def _next(self, pending: _Pending[T, A, R]) -> list[tuple[T, R | WorkerCrash | None]]:
        """The first pending result; after a worker died, every pending result, in order."""
        tag, item, future = pending.popleft()
        if future is None:
            return [(tag, None)]
        try:
            return [(tag, future.result())]
        except BrokenProcessPool:
            pass
        done = [(tag, item, None)] + [
            (tag, item, future if future is not None and _succeeded(future) else None)
            for tag, item, future in pending
        ]
        pending.clear()
        self._discard()
        return [
            (tag, future.result() if future is not None else self._alone(item))
            for tag, item, future in done
        ]

    def _submit(self, item: A | None) -> Future[R] | None:
        if item is None:
            return None
        try:
            return self._pool().submit(_run, item)
        except BrokenProcessPool as error:  # a worker died since the last result: redo below
            broken: Future[R] = Future()
            broken.set_exception(error)
            return broken

    def _alone(self, item: A | None) -> R | WorkerCrash | None:
        """Run ``item`` with no other item in flight: a crash now is its own."""
        if item is None:
            return None
        try:
            return self._pool().submit(_run, item).result()
        except BrokenProcessPool:
            self._discard()
            return WorkerCrash(CRASH_REASON)

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=self._context,
                initializer=_start_worker,
                initargs=(self._setup,),
            )
        return self._executor

    def _discard(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        """Stop the workers (the items still in flight are dropped)."""
        self._discard()

    def __enter__(self) -> OrderedPool[A, R]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _succeeded(future: Future[Any]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None
