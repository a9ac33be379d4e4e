"""Looking words up in the trigger lexicons of the relation stage.

Every form in the lexicons is written as :func:`kg.text.normalize.normalize_key` would
produce it: one alef (أ إ آ → ا), ي for ى, ه for ة, no diacritics. ``ؤ`` and
``ئ`` are kept. Words are matched after their proclitics (و ف ب ل ك ال) are
peeled off, see :func:`bare_forms`, so a form is listed without them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

V = TypeVar("V")


def bare_forms(word: str) -> list[tuple[str, str]]:
    """``(prefix, rest)`` readings of a normalised word, longest rest first.

    «وبتوغل» → («», «وبتوغل»), («و», «بتوغل»), («وب», «توغل»); «للدول» also
    reads as («لل», «دول») and («لل», «الدول»).
    """
    readings: list[tuple[str, str]] = [("", word)]
    conj = ""
    rest = word
    if len(rest) > 2 and rest[0] in "وف":
        conj, rest = rest[0], rest[1:]
        readings.append((conj, rest))
    if len(rest) > 4 and rest[0] == "س" and rest[1] in "يتن":
        readings.append((conj + "س", rest[1:]))  # future: «ستدعم»
    if len(rest) > 3 and rest.startswith("لل"):
        readings.append((conj + "لل", rest[2:]))
        readings.append((conj + "لل", "ال" + rest[2:]))
    elif len(rest) > 3 and rest[0] in "بلك":
        readings.append((conj + rest[0], rest[1:]))
        if rest[1:].startswith("ال") and len(rest) > 4:
            readings.append((conj + rest[0] + "ال", rest[3:]))
    if len(rest) > 4 and rest.startswith("ال"):
        readings.append((conj + "ال", rest[2:]))
    return readings


@lru_cache(maxsize=1 << 17)
def readings_of(word: str) -> tuple[tuple[str, str], ...]:
    """:func:`bare_forms` as a tuple, computed once per word."""
    return tuple(bare_forms(word))


class Hit(NamedTuple, Generic[V]):
    """A word found in a table: the clitics before the entry («وال» in «والإرهاب») and
    the table's value for the entry."""

    prefix: str
    value: V


def lookup(word: str, table: Mapping[str, V]) -> Hit[V] | None:
    """The first reading of ``word`` found in ``table``."""
    for prefix, rest in readings_of(word):
        if rest in table:
            return Hit(prefix, table[rest])
    return None


def cached_lookup(table: Mapping[str, V]) -> Callable[[str], Hit[V] | None]:
    """:func:`lookup` in one constant ``table``, remembered per word."""

    @lru_cache(maxsize=1 << 16)
    def find(word: str) -> Hit[V] | None:
        return lookup(word, table)

    return find


def forms_of(value: V, *forms: str) -> dict[str, V]:
    """Each of ``forms`` mapped to the one ``value`` (a table row for several spellings)."""
    return {form: value for form in forms}
