"""Normalised views of Arabic text that map back to the original offsets.

camel-tools' normalisers (alef, alef maksura, taa marbuta, ``dediac_ar``,
``normalize_unicode``) return plain strings, and some change the length of
the text. Here they are applied per character, once, to build a translation
table; the view records for every output character the index of the original
character it came from, so a match found in the view is a span of the
original (design decision 1).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
)
_EASTERN_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
# Characters whose normal form differs from themselves are found in these blocks.
_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _normalize_char(char: str) -> str:
    if char in _INVISIBLE or char == TATWEEL:
        return ""
    if char in _EASTERN_DIGITS:
        return _EASTERN_DIGITS[char]
    text = normalize_unicode(char) if unicodedata.decomposition(char).startswith("<") else char
    text = dediac_ar(text).replace(TATWEEL, "")
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    return normalize_teh_marbuta_ar(text)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    candidates = [chr(c) for low, high in _RANGES for c in range(low, high + 1)]
    for char in [*candidates, *_INVISIBLE]:
        normal = _normalize_char(char)
        if normal != char:
            table[char] = normal
    return table


@dataclass(frozen=True, slots=True)
class NormalizedView:
    """``text`` is the normalised string; ``origin[i]`` is the original index of ``text[i]``."""

    text: str
    origin: Sequence[int]
    original: str

    @property
    def original_length(self) -> int:
        return len(self.original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the view to the original text."""
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        original_end = self.origin[end - 1] + 1
        # A diacritic or tatweel after the last letter belongs to the word.
        while original_end < len(self.original) and _is_word_mark(self.original[original_end]):
            original_end += 1
        return self.origin[start], original_end


def _is_word_mark(char: str) -> bool:
    return char == TATWEEL or unicodedata.category(char) == "Mn"


@lru_cache(maxsize=8)
def normalize(text: str) -> NormalizedView:
    """The matching view of ``text``: no diacritics, tatweel or invisible marks;
    one alef, ي for ى, ه for ة; presentation forms unfolded; Western digits.

    The last few views are cached. A document is normalised once, by the ``tokens``
    stage, which keeps the view for the later stages (:mod:`kg.text.words`).
    """
    table = _translation()
    normal = text.translate(table)
    if len(normal) == len(text) and not _RESIZING.search(text):
        return NormalizedView(normal, range(len(text)), text)
    origin = array("i")
    previous = 0
    for match in _RESIZING.finditer(text):
        index = match.start()
        origin.extend(range(previous, index))
        origin.extend([index] * len(table[ord(text[index])]))
        previous = index + 1
    origin.extend(range(previous, len(text)))
    return NormalizedView(normal, origin, text)


@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    return {ord(char): normal for char, normal in _table().items()}


def _resizing_pattern() -> re.Pattern[str]:
    resizing = [char for char, normal in _table().items() if len(normal) != 1]
    return re.compile("[" + "".join(re.escape(char) for char in sorted(resizing)) + "]")


_RESIZING = _resizing_pattern()


def normalize_key(text: str) -> str:
    """The normalised form of a short string, for dictionary keys."""
    return text.translate(_translation()).strip()
