"""Answers the relation stage remembers within a document or an extraction run, which must be
the answers read afresh (session 34, speed, round 2): a trigger's clause read once per side
(a shorter reach takes the start of a longer one), and the empty look-ups of word kinds and
mentions (sentences written for the tests)."""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_clauses import _clause, clause
from kg.relations.index import EVENT_WORD, HABIT_WORD, Word
from tests.relations.docbuilder import E, first_sentence

HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))
_TEXT = ("وقال المتحدث، في بيان أمس، إن الحوثيين قصفوا «المدينة» - بعد منتصف الليل - وقتلوا "
         "خمسة مدنيين؛ (بحسب المصادر) ثم انسحبوا إلى الجبال القريبة من الحدود الشمالية للبلاد.")


def _context(text: str) -> tuple[Extraction, list[Word]]:
    return first_sentence(text, [HOUTHIS])


def test_a_remembered_clause_is_the_clause_read_afresh_at_every_reach() -> None:
    context, words = _context(_TEXT)
    for position in range(len(words)):
        for step in (1, -1):
            # short reaches first, then long ones, then short ones again (from the memo)
            for limit in (*range(1, 16), 30, *range(1, 16)):
                assert clause(context, words, position, step, limit) == \
                    _clause(context, words, position, step, limit), (position, step, limit)


def test_a_clause_stops_at_the_comma_whatever_the_reach() -> None:
    context, words = _context(_TEXT)
    said = next(i for i, word in enumerate(words) if word.norm == "وقال")
    assert [w.norm for w in clause(context, words, said, 1, 1)] == ["المتحدث"]
    assert [w.norm for w in clause(context, words, said, 1, 12)] == ["المتحدث"]


def test_a_clause_handed_out_is_a_copy() -> None:
    context, words = _context(_TEXT)
    first = clause(context, words, 3, 1, 4)
    first.clear()
    assert clause(context, words, 3, 1, 4) == _clause(context, words, 3, 1, 4)


def test_another_list_of_words_is_not_answered_from_the_memo() -> None:
    context, words = _context(_TEXT)
    assert clause(context, words, 2, 1, 5)
    shorter = words[:3]
    assert clause(context, shorter, 2, 1, 5) == []


def test_empty_look_ups_give_empty_lists() -> None:
    context, words = _context(_TEXT)
    index = context.index
    assert index.trigger_positions(words, HABIT_WORD) == []
    assert index.trigger_positions(words, EVENT_WORD)  # «قصفوا», «وقتلوا»
    assert index.mentions_between(0, words[3].end) == []
    assert index.persons_between(0, len(context.doc.text)) == []
    assert index.mentions_between(0, len(context.doc.text))
