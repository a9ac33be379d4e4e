"""The words of a document's normalised view: made once, read by the gazetteer and relations.

The ``tokens`` stage normalises the text once (:func:`kg.text.normalize.normalize`)
and cuts the view into words, runs of letters and digits (``WORD``), each
with its span in the view and in the original text. The gazetteer matcher
reads the view words and their view spans; the relation stage reads the
normalised words and their original spans. The layer lives on
``Document.words`` only while the document is in the pipeline: no store
keeps it (``kg.mapping.RUNTIME``), since the text gives it back.

«وبواشنطنَ قال» gives the words «وبواشنطن» (original span 0–9, the fatha
kept with the word) and «قال».
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from typing import TYPE_CHECKING

from kg.text.normalize import TATWEEL, NormalizedView, normalize

if TYPE_CHECKING:
    from kg.model import Document

WORD = re.compile(r"[^\W_]+")
"""A word of the view: letters and digits (an underscore separates words, as in «#سوريا_اليوم»)."""

_WORD_MARKS: dict[str, bool] = {}
_next = (1).__add__
_previous = (-1).__add__


@dataclass(frozen=True, slots=True)
class WordView:
    """The normalised ``view`` of a text and its words, as columns (a document has thousands).

    Word ``i`` is ``texts[i] == view.text[view_starts[i]:view_ends[i]]``, printed
    as ``view.original[starts[i]:ends[i]]``; ``ends[i]`` takes in the
    diacritics and tatweel that follow the word (as ``NormalizedView.to_original``).
    """

    view: NormalizedView
    texts: tuple[str, ...]
    view_starts: tuple[int, ...]
    view_ends: tuple[int, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @property
    def text(self) -> str:
        """The original text."""
        return self.view.original

    def one_line(self, first: int, last: int) -> bool:
        """Whether words ``first`` to ``last`` are one run on one line: only spaces between
        them, no punctuation and no line break."""
        view = self.view.text
        return all(
            view[self.view_ends[position]:self.view_starts[position + 1]].isspace()
            and "\n" not in view[self.view_ends[position]:self.view_starts[position + 1]]
            for position in range(first, last))


def word_view(text: str) -> WordView:
    """The :class:`WordView` of ``text`` (what the ``tokens`` stage stores on a document)."""
    return split_view(normalize(text), WORD)


def document_words(doc: Document) -> WordView:
    """``doc.words``, or the words of its text when it has none (a document that did
    not go through the ``tokens`` stage, built by hand in a test, say)."""
    words = doc.words
    if words is not None and (words.text is doc.text or words.text == doc.text):
        return words
    return word_view(doc.text)


def split_view(view: NormalizedView, pattern: re.Pattern[str]) -> WordView:
    """The runs of ``pattern`` (a character class, repeated) in ``view``: a :class:`WordView`."""
    # The words are every other part, between the runs of other characters.
    parts = _parts(pattern).split(view.text)
    texts = parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    view_starts = offsets[0:-1:2]
    view_ends = offsets[1::2]
    starts, ends = view_starts, view_ends
    if view.origin != range(len(view.original)):  # else the view has the offsets of the text
        origin_at = view.origin.__getitem__
        starts = list(map(origin_at, view_starts))
        ends = list(map(_next, map(origin_at, map(_previous, view_ends))))
    ends = _extend_over_marks(view.original, ends)
    return WordView(
        view, tuple(texts), tuple(view_starts), tuple(view_ends), tuple(starts), tuple(ends)
    )


@lru_cache(maxsize=4)
def _parts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` as one group, to split a text into gaps and words."""
    return re.compile(f"({pattern.pattern})")


def _extend_over_marks(text: str, ends: Sequence[int]) -> list[int]:
    """Each word end moved past the diacritics or tatweel that follow it in ``text``."""
    padded = text + " "
    following = list(map(padded.__getitem__, ends))
    marks = {char for char in set(following) if _is_word_mark(char)}
    if not marks:
        return list(ends)
    moved = list(ends)
    size = len(text)
    for number in compress(range(len(moved)), map(marks.__contains__, following)):
        end = moved[number]
        while end < size and _is_word_mark(text[end]):
            end += 1
        moved[number] = end
    return moved


def _is_word_mark(char: str) -> bool:
    """A diacritic or tatweel, which belongs to the word before it, remembered per character."""
    known = _WORD_MARKS.get(char)
    if known is None:
        known = _WORD_MARKS[char] = char == TATWEEL or unicodedata.category(char) == "Mn"
    return known
