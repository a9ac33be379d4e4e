"""The ordered process pool behind ``kg ingest --workers N``.

Real worker processes (spawned), real crashes (a worker that exits mid-item).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

import pytest

from kg.errors import ConfigError
from kg.parallel import OrderedPool, WorkerCrash, available_cores

CRASH = 99
"""The item on which the test worker kills its own process."""


def _square(n: int) -> int:
    if n == CRASH:
        os._exit(3)
    time.sleep(0.02 * (n % 3))  # later items often finish first
    return n * n


def _squares() -> Callable[[int], int]:
    return _square


def _blas_threads(_: int) -> list[int]:
    import numpy  # noqa: F401  (loads the BLAS library)
    from threadpoolctl import threadpool_info

    return [int(os.environ["OPENBLAS_NUM_THREADS"])] + [
        pool["num_threads"] for pool in threadpool_info()
    ]


def _blas() -> Callable[[int], list[int]]:
    return _blas_threads


def _failing_setup() -> Callable[[int], int]:
    raise ValueError("no model here")


def test_results_come_back_in_input_order_and_none_passes_through() -> None:
    items = [(f"tag{n}", None if n % 4 == 0 else n) for n in range(20)]
    with OrderedPool(_squares, workers=2) as pool:
        results = list(pool.map(items))
    assert results == [(f"tag{n}", None if n % 4 == 0 else n * n) for n in range(20)]


def test_items_are_read_only_a_window_ahead() -> None:
    pulled: list[int] = []

    def items() -> Iterator[tuple[int, int]]:
        for n in range(30):
            pulled.append(n)
            yield n, n

    with OrderedPool(_squares, workers=2, window=3) as pool:
        results = pool.map(items())
        assert next(results) == (0, 0)
        assert len(pulled) == 3
        assert [tag for tag, _ in results] == list(range(1, 30))


@pytest.mark.parametrize("window", [None, 2], ids=["all-in-flight", "submitted-after-it"])
def test_a_worker_that_dies_loses_only_its_own_item(window: int | None) -> None:
    items = [(n, n) for n in range(95, 103)]
    with OrderedPool(_squares, workers=2, window=window) as pool:
        results = dict(pool.map(items))
    assert isinstance(results.pop(CRASH), WorkerCrash)
    assert results == {n: n * n for n in range(95, 103) if n != CRASH}


def test_each_worker_runs_one_blas_thread() -> None:
    pytest.importorskip("threadpoolctl")
    with OrderedPool(_blas, workers=2) as pool:
        [(_, threads)] = list(pool.map([(0, 0)]))
    assert threads and set(threads) == {1}


def test_a_setup_that_fails_stops_the_map_with_its_error() -> None:
    with OrderedPool(_failing_setup, workers=1) as pool, pytest.raises(ValueError, match="model"):
        list(pool.map([(0, 0)]))


def test_workers_are_at_least_one_and_default_to_the_usable_cores() -> None:
    with pytest.raises(ConfigError, match="at least 1"):
        OrderedPool(_squares, workers=0)
    assert 1 <= available_cores() <= (os.cpu_count() or 1)
