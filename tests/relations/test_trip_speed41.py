"""A shortcut of the relation stage that must answer as the long way does (session 41, speed):
the trip verbs to come found with one look-up a word (sentences written for the tests)."""

from __future__ import annotations

from kg.relations.event_announced_trips import (
    _PLAN_REACH,
    _PLAN_WORDS,
    _THAT,
    TRIP_VERBS,
    _future_trip,
)
from kg.relations.index import DocIndex, Word
from tests.relations.docbuilder import E, build_doc

ENVOY = E("Person", "سامر الخطيب", ("سامر الخطيب", "الخطيب"))


# --- trip verbs to come ---------------------------------------------------------------


def _words(text: str) -> list[Word]:
    doc = build_doc(text, [ENVOY])
    index = DocIndex.build(doc)
    return index.sentence_words(doc.sentences[0])


def _future_at(text: str, norm: str) -> bool:
    words = _words(text)
    return _future_trip(words, next(i for i, w in enumerate(words) if w.norm == norm))


def test_a_trip_verb_behind_the_future_prefix_is_to_come() -> None:
    assert _future_at("وأعلن المبعوث أنه سيتوجه إلى عمان غدا.", "سيتوجه")
    assert _future_at("والمبعوث وسيلتقي نظيره في عمان.", "وسيلتقي")


def test_a_planned_trip_verb_after_that_is_to_come() -> None:
    assert _future_at("ومن المقرر أن يزور المبعوث عمان الأسبوع المقبل.", "يزور")


def test_words_that_are_no_trip_verb_are_not_to_come() -> None:
    assert not _future_at("وسيبحث المبعوث الملف مع نظيره.", "وسيبحث")
    assert not _future_at("وزار المبعوث عمان أمس.", "وزار")
    assert not _future_at("يزور المبعوث عمان كل عام.", "يزور")  # no plan word before it


def _future_trip_long_way(words: list[Word], position: int) -> bool:
    """``_future_trip`` before session 41: the readings scanned twice, with no look-up first."""
    word = words[position]
    readings = word.readings()
    if any(prefix.endswith("س") and rest in TRIP_VERBS for prefix, rest in readings):
        return True
    if not any(rest in TRIP_VERBS and not prefix for prefix, rest in readings):
        return False
    if position < 1 or words[position - 1].norm not in _THAT:
        return False
    first = max(0, position - 1 - _PLAN_REACH)
    return any(words[k].norm in _PLAN_WORDS or words[k].has(_PLAN_WORDS)
               for k in range(first, position - 1)
               if words[k].sentence_index == word.sentence_index)


def test_every_word_answers_as_the_long_way() -> None:
    texts = [f"قال المبعوث إنه س{verb} عمان، ومن المقرر أن {verb} الخطيب العاصمة و{verb}."
             for verb in sorted(TRIP_VERBS)]
    texts += ["وأعلن المبعوث أنه سيتوجه إلى عمان غدا وسيصل بعد الظهر.",
              "ويعتزم المبعوث أن يلتقي نظيره، فيما يتوقع أن تصل الوفود تباعا."]
    seen = 0
    for text in texts:
        words = _words(text)
        for position in range(len(words)):
            fast = _future_trip(words, position)
            assert fast == _future_trip_long_way(words, position), (text, words[position].norm)
            seen += fast
    assert seen > len(TRIP_VERBS)
