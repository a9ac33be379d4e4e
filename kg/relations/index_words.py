"""The words of a document as the relation extractors read them.

:class:`Word` is one word of the normalised text, with its span in the original text, its
sentence and its readings (clitics split off). The words come from the document's word
view (:func:`relation_words`) and are assigned to the sentences they start in
(:func:`assign_in_order`, :func:`assign_words`), in bulk (:func:`make_words`): a document
has thousands.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, fields
from itertools import chain, pairwise, repeat
from typing import TypeVar

from kg.model import Sentence
from kg.relations.lexicon import readings_of
from kg.text.normalize import normalize_key
from kg.text.words import WordView, split_view

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\w]+")
"""A word here: letters, digits and underscores (which separate the words of the view)."""
T = TypeVar("T")


def in_order(sentences: Sequence[Sentence]) -> bool:
    """Whether sentences follow each other without overlapping, with distinct indexes."""
    return len({s.index for s in sentences}) == len(sentences) and all(
        s.start <= s.end for s in sentences
    ) and all(a.end <= b.start for a, b in pairwise(sentences))


def _keep_ranges(values: list[T], ranges: list[tuple[int, int]]) -> None:
    values[:] = chain.from_iterable(values[low:high] for low, high in ranges)


SentenceWords = dict[int, tuple[int, int]]
"""The first and past-the-last word of each sentence, by sentence index."""


def assign_in_order(sentences: Sequence[Sentence], starts: list[int], ends: list[int],
                     norms: list[str]) -> tuple[list[int], SentenceWords]:
    """Keep the words that start inside a sentence and return their sentence indexes
    and each sentence's words, for sentences in text order that do not overlap."""
    sentence_indexes: list[int] = []
    sentence_words: SentenceWords = {}
    ranges: list[tuple[int, int]] = []
    low = 0
    for sentence in sentences:
        low = bisect.bisect_left(starts, sentence.start, low)
        high = bisect.bisect_left(starts, sentence.end, low)
        if low < high:
            first = len(sentence_indexes)
            sentence_words[sentence.index] = (first, first + high - low)
            sentence_indexes += repeat(sentence.index, high - low)
            ranges.append((low, high))
        low = high
    if len(sentence_indexes) < len(starts):
        _keep_ranges(starts, ranges)
        _keep_ranges(ends, ranges)
        _keep_ranges(norms, ranges)
    return sentence_indexes, sentence_words


def assign_words(sentences: Sequence[Sentence], starts: list[int], ends: list[int],
            norms: list[str]) -> tuple[list[int], SentenceWords]:
    """:func:`assign_in_order` for sentences in any order: a word belongs to
    the last sentence that starts at or before it, if it ends after the word's start."""
    sentence_starts = [s.start for s in sentences]
    sentence_indexes: list[int] = []
    sentence_words: SentenceWords = {}
    kept: list[int] = []
    for number, start in enumerate(starts):
        position = bisect.bisect_right(sentence_starts, start) - 1
        if position < 0 or start >= sentences[position].end:
            continue
        index = len(kept)
        kept.append(number)
        sentence_index = sentences[position].index
        sentence_indexes.append(sentence_index)
        first, _ = sentence_words.get(sentence_index, (index, index))
        sentence_words[sentence_index] = (first, index + 1)
    if len(kept) < len(starts):
        starts[:] = [starts[number] for number in kept]
        ends[:] = [ends[number] for number in kept]
        norms[:] = [norms[number] for number in kept]
    return sentence_indexes, sentence_words


def relation_words(words: WordView) -> WordView:
    """The words the extractors read: the document's word view, except that an underscore
    does not separate words here (a hashtag «#سوريا_الحرة» is one word, two for the
    gazetteer), so a view with one is split again."""
    if "_" in words.view.text:
        return split_view(words.view, _WORD)
    return words


def content_words(text: str) -> list[str]:
    """The normalised words of ``text`` without the article («دول المجلس» → دول، مجلس)."""
    return [w.removeprefix("ال") for w in normalize_key(text).split()]


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the normalised text, with its span in the original text
    (a document has thousands: :func:`make_words` makes them in bulk)."""

    index: int
    start: int
    end: int
    norm: str
    sentence_index: int
    forms: tuple[tuple[str, str], ...] = field(init=False, repr=False, compare=False)
    """``readings_of(norm)``, kept with the word: the extractors ask for them again and again
    (:meth:`has`, :meth:`bare`, hundreds of times an article)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "forms", readings_of(self.norm))

    def readings(self) -> tuple[tuple[str, str], ...]:
        return self.forms

    def bare(self) -> str:
        """The word without و/ف, ب/ل/ك and ال (a guess: «لسان» reads as ل + سان)."""
        return self.forms[-1][1]

    def has(self, table: Collection[str]) -> bool:
        """Whether any reading of the word (with or without its clitics) is in ``table``."""
        # A loop, not any(): a generator costs more than the lookups (hundreds of calls an
        # article).
        for _, rest in self.forms:  # noqa: SIM110
            if rest in table:
                return True
        return False


def make_words(indexes: range, *columns: Iterable[object]) -> list[Word]:
    """``Word(*row)`` for every row of ``indexes`` and ``columns`` (one sequence per field
    after :attr:`Word.index`, the :attr:`Word.forms` too).

    The ``__init__`` of a frozen dataclass sets the fields one by one through
    ``object.__setattr__``; here each field is set in one pass over all words
    through its slot: the same objects, in a fraction of the time.
    """
    words = list(map(object.__new__, repeat(Word, len(indexes))))
    for slot, values in zip(_WORD_SLOTS, (indexes, *columns), strict=True):
        deque(map(slot.__set__, words, values), maxlen=0)
    return words


_WORD_SLOTS = tuple(Word.__dict__[f.name] for f in fields(Word))
