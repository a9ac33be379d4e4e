"""``DocIndex.lexicon_before``: a word of a lexicon a few words back in the clause, the scan
four event rules share (sentences written for the tests)."""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from tests.relations.docbuilder import first_sentence

_HOLDING = frozenset({"عقد", "عقدت"})


def _context(text: str) -> tuple[Extraction, list[Word]]:
    return first_sentence(text, [])


def _at(words: list[Word], norm: str) -> int:
    return next(i for i, word in enumerate(words) if word.norm == norm)


def test_a_word_of_the_lexicon_within_reach_is_found() -> None:
    context, words = _context("عقدت الحكومة أمس مفاوضات مع النقابة.")
    position = _at(words, "مفاوضات")
    assert context.lexicon_before(words, position, _HOLDING, 3)


def test_a_word_beyond_the_reach_is_not() -> None:
    context, words = _context("عقدت الحكومة أمس مفاوضات مع النقابة.")
    position = _at(words, "مفاوضات")
    assert not context.lexicon_before(words, position, _HOLDING, 2)


def test_punctuation_between_stops_the_scan() -> None:
    context, words = _context("عقدت الحكومة اجتماعا، ثم بدأت مفاوضات مع النقابة.")
    position = _at(words, "مفاوضات")
    assert not context.lexicon_before(words, position, _HOLDING, 8)


def test_the_first_word_has_nothing_before_it() -> None:
    context, words = _context("عقدت الحكومة مفاوضات.")
    assert not context.lexicon_before(words, 0, _HOLDING, 5)
