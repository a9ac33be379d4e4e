"""Clitic- and spelling-aware gazetteer matching over the normalised view.

The matcher reads a text's word view (:mod:`kg.text.words`: the text
normalised once, :func:`kg.text.normalize.normalize`: hamza forms, alef
maksura, taa marbuta, diacritics, tatweel, and cut into words), which the
``tokens`` stage keeps on the document; at each word the longest gazetteer
name is looked up, word sequence by word sequence. Only the first word of a
name may carry proclitics (و ف, ب ل ك and the article, «لل» = ل + ال), as
listed by :func:`kg.text.tokens.clitic_splits`; the words of a name must be
separated by spaces only.

**Spans.** A match is reported on the original characters, through the
view's offset map, *without* the conjunction and preposition letters:
«وبواشنطن» gives a mention over «واشنطن», «بالولايات المتحدة» over
«الولايات المتحدة». The article is part of the name, so in «للولايات المتحدة»
(ل + ال) the span begins at the article's lam: «لولايات المتحدة».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.gazetteer.index import _ASCII_LOWER, AliasRef, GazetteerIndex
from kg.text.tokens import clitic_splits
from kg.text.words import WordView, word_view

_ASCII_UPPER = re.compile("[A-Z]")


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer name found in a text; ``start``/``end`` are original offsets."""

    start: int
    end: int
    refs: tuple[AliasRef, ...]
    first_word: int
    """Index (in :attr:`MatchResult.word_texts`) of the match's first word."""
    last_word: int
    """Index of the word after the match."""
    proclitics: int
    """How many view characters of the first word are proclitics left out of the span."""


@dataclass(frozen=True, slots=True)
class MatchResult:
    words: WordView
    """The words of the text (their view spans are ``words.view_starts``/``view_ends``)."""
    word_texts: tuple[str, ...]
    """The words as the gazetteer keys them: ``words.texts`` with ASCII in lower case."""
    matches: tuple[Match, ...]

    def gap(self, left: int, right: int) -> str:
        """The view text between the end of word ``left`` and the start of word ``right``."""
        return self.words.view.text[self.words.view_ends[left] : self.words.view_starts[right]]


def _keys(words: WordView) -> tuple[str, ...]:
    """``words.texts`` with ASCII letters in lower case, as ``name_key`` has them."""
    if _ASCII_UPPER.search(words.view.text) is None:
        return words.texts
    return tuple(text.translate(_ASCII_LOWER) for text in words.texts)


@lru_cache(maxsize=131072)
def first_word_forms(word: str) -> tuple[tuple[str, int], ...]:
    """``(form, skipped)`` pairs: what a name's first word may be, and how many
    characters of ``word`` precede it. The whole word comes first.

    «وبواشنطن» → (…, («واشنطن», 2)); «للولايات» → (…, («الولايات», 1)).
    """
    forms: dict[str, int] = {word: 0}
    for split in clitic_splits(word):
        if split.end != len(word) or split.start == 0:
            continue
        if split.definite:
            article = (
                split.start - 2 if word[split.start - 2 : split.start] == "ال" else split.start - 1
            )
            forms.setdefault("ال" + word[split.start :], article)
        else:
            forms.setdefault(word[split.start :], split.start)
    return tuple(forms.items())


_MAX_PROCLITICS = 4  # «وبال», «ولل»...


def _tails(first_words: dict[str, int]) -> frozenset[str]:
    """First words of names, and those without their article: what a word's
    end must be for a clitic split of it to start a name."""
    return frozenset(first_words) | {word[2:] for word in first_words if word.startswith("ال")}


class Matcher:
    """Finds gazetteer names in texts; one instance serves any number of documents."""

    def __init__(self, gazetteer: GazetteerIndex) -> None:
        self.gazetteer = gazetteer
        self._tails = _tails(gazetteer.max_words)
        self._may_start: dict[str, bool] = {}

    def _may_start_name(self, word: str) -> bool:
        """A cheap test before :func:`first_word_forms`, cached per word."""
        known = self._may_start.get(word)
        if known is None:
            tails = self._tails
            known = any(
                word[cut:] in tails for cut in range(min(_MAX_PROCLITICS, len(word) - 1) + 1)
            )
            if len(self._may_start) > 500_000:
                self._may_start.clear()
            self._may_start[word] = known
        return known

    def find(self, text: str) -> MatchResult:
        """The names in ``text`` (a document's words are better read with :meth:`find_in`)."""
        return self.find_in(word_view(text))

    def find_in(self, words: WordView) -> MatchResult:
        """The names among ``words``, the word view of a text (``Document.words``)."""
        texts = _keys(words)
        return MatchResult(words, texts, tuple(self._scan(words, texts)))

    def _scan(self, words: WordView, texts: tuple[str, ...]) -> list[Match]:
        index = self.gazetteer.index
        max_words = self.gazetteer.max_words
        vtext = words.view.text
        view_starts = words.view_starts
        view_ends = words.view_ends
        count = len(texts)

        def joined(i: int) -> bool:
            """Whether words ``i`` and ``i + 1`` are separated by spaces only."""
            gap = vtext[view_ends[i] : view_starts[i + 1]]
            return gap.isspace() and "\n" not in gap

        matches: list[Match] = []
        i = 0
        while i < count:
            word = texts[i]
            if not self._may_start_name(word):
                i += 1
                continue
            best: tuple[int, int, tuple[AliasRef, ...]] | None = None
            for form, skipped in first_word_forms(word):
                longest = max_words.get(form)
                if longest is None:
                    continue
                reach = 1
                while reach < longest and i + reach < count and joined(i + reach - 1):
                    reach += 1
                for length in range(reach, 0, -1):
                    if best is not None and (length, -skipped) <= (best[0], -best[1]):
                        break
                    refs = index.get((form, *texts[i + 1 : i + length]))
                    if refs:
                        best = (length, skipped, refs)
                        break
            if best is None:
                i += 1
                continue
            length, skipped, refs = best
            # The original span, as ``NormalizedView.to_original`` maps it.
            start = words.view.origin[view_starts[i] + skipped]
            matches.append(Match(start, words.ends[i + length - 1], refs, i, i + length, skipped))
            i += length
        return matches
