"""Clitic- and spelling-aware gazetteer matching over the normalised view.

The text is normalised once (:func:`kg.text.normalize.normalize`: hamza
forms, alef maksura, taa marbuta, diacritics, tatweel), cut into words, and
at each word the longest gazetteer name is looked up, word sequence by word
sequence. Only the first word of a name may carry proclitics (و ف, ب ل ك and
the article, «لل» = ل + ال), as listed by :func:`kg.text.tokens.clitic_splits`;
the words of a name must be separated by spaces only.

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

from kg.gazetteer.index import _ASCII_LOWER, WORD, AliasRef, GazetteerIndex
from kg.text.normalize import NormalizedView, normalize
from kg.text.tokens import clitic_splits


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the normalised view: ``text`` is ``view.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer name found in a text; ``start``/``end`` are original offsets."""

    start: int
    end: int
    refs: tuple[AliasRef, ...]
    first_word: int
    """Index (in :attr:`MatchResult.words`) of the match's first word."""
    last_word: int
    """Index of the word after the match."""
    proclitics: int
    """How many view characters of the first word are proclitics left out of the span."""


@dataclass(frozen=True, slots=True)
class MatchResult:
    view: NormalizedView
    word_spans: list[re.Match[str]]
    """The words of the view (``start()``/``end()`` are view offsets)."""
    word_texts: list[str]
    matches: tuple[Match, ...]

    @property
    def words(self) -> tuple[Word, ...]:
        """Every word of the text, built anew on each call: index ``word_spans`` in loops."""
        return tuple(Word(m.start(), m.end(), m.group()) for m in self.word_spans)


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
        view = normalize(text)
        lowered = view.text.translate(_ASCII_LOWER)
        spans = list(WORD.finditer(lowered))
        texts: list[str] = WORD.findall(lowered)
        matches = self._scan(view, spans, texts)
        return MatchResult(view, spans, texts, tuple(matches))

    def _scan(
        self, view: NormalizedView, spans: list[re.Match[str]], texts: list[str]
    ) -> list[Match]:
        index = self.gazetteer.index
        max_words = self.gazetteer.max_words
        vtext = view.text
        count = len(texts)

        def joined(i: int) -> bool:
            """Whether words ``i`` and ``i + 1`` are separated by spaces only."""
            gap = vtext[spans[i].end() : spans[i + 1].start()]
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
            start, end = view.to_original(spans[i].start() + skipped, spans[i + length - 1].end())
            matches.append(Match(start, end, refs, i, i + length, skipped))
            i += length
        return matches
