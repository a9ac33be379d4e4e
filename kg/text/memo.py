"""A per-word memo for the hot loops of tokenising and relation extraction."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import compress
from operator import is_
from typing import Generic, TypeVar, cast

V = TypeVar("V")

_is_none = partial(is_, None)


class WordMemo(Generic[V]):
    """``compute(word)`` remembered in a plain dict (faster to read than an lru cache),
    forgotten all at once when it holds more than ``limit`` words."""

    def __init__(self, compute: Callable[[str], V], limit: int = 1 << 18) -> None:
        self.compute = compute
        self.limit = limit
        self.values: dict[str, V] = {}

    def of(self, words: list[str]) -> list[V]:
        """``compute`` of each of ``words``, computing only the words not seen yet."""
        values = self.values
        known = list(map(values.get, words))
        if None not in known:
            return cast("list[V]", known)
        if len(values) > self.limit:
            values.clear()
            known = [None] * len(words)
        # Only the words not seen yet are filled in (a word may come back in ``words``).
        for index in compress(range(len(words)), map(_is_none, known)):
            word = words[index]
            value = values.get(word)
            if value is None:
                value = values[word] = self.compute(word)
            known[index] = value
        return cast("list[V]", known)
