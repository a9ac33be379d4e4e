"""Shortcuts of the relation stage that must answer as the long way does (session 47, speed):
unions of word sets built once per module, ``Word.has`` for a look-up of each reading, and
cheap tests put before the scans they spare (sentences written for the tests)."""

from __future__ import annotations

import importlib
import re
from itertools import pairwise

import pytest

from kg.relations.context import Extraction
from kg.relations.event_chronicle import _MONTHS, _NUMBER, chronicle_entry
from kg.relations.event_happened import FUTURE_GOVERNORS, _future_governor, _prospective_governor
from kg.relations.event_prospects import (
    _FROM,
    _THAT,
    EXPECTING_VERBS,
    MAKING_NOUNS,
    MODAL_WORDS,
    SCHEDULE_WORDS,
    _scheduled,
)
from kg.relations.event_questions import _ASKING, _QUESTION_MARKS, _STOP, inside_question
from kg.relations.index import Word
from kg.relations.lexicon import FIRST_SINGULAR, NISBA
from kg.relations.lexicon_stance import find_stance
from kg.relations.stance_first_singular import first_singular
from kg.relations.stance_triggers import _URGE_CONTENT, _urged_content
from kg.relations.statement_quotes import _CLOSING_AFTER, _OPENER_OF, _straight_quote_open
from tests.relations.docbuilder import E, first_sentence

PERSON = E("Person", "سمير الحداد", ("سمير الحداد",))


def _context(text: str) -> tuple[Extraction, list[Word]]:
    return first_sentence(text, [PERSON])


@pytest.mark.parametrize(("module", "name", "parts", "extra"), [
    ("actors", "_STATE_FORCE_HEADS_OR_GROUP_HEADS", ("STATE_FORCE_HEADS", "GROUP_HEADS"), set()),
    ("casualties", "_COUNTED_OR_DUALS", ("_COUNTED", "_DUALS"), set()),
    ("event_agreement_parties", "_SIGNING_VERBS_OR_SIGNING_NOUNS",
     ("SIGNING_VERBS", "_SIGNING_NOUNS"), set()),
    ("event_bystanders", "_FACILITY_HEADS_OR_PLACE_HEADS",
     ("_FACILITY_HEADS", "PLACE_HEADS"), set()),
    ("event_claims", "_ANNOUNCING_OR_CLAIMING", ("_ANNOUNCING", "_CLAIMING"), set()),
    ("event_clause_doers", "_STRIKES_OR_KILLING", ("_STRIKES",), {"Killing"}),
    ("event_failed", "_NEGATORS_OR_JUSSIVE_PARTICLES", ("NEGATORS", "JUSSIVE_PARTICLES"), set()),
    ("event_force_subject", "_FORCE_HEADS_OR_BAND_HEADS", ("FORCE_HEADS", "BAND_HEADS"), set()),
    ("event_happened", "_LONG_AGO_OR_RECENT_SPANS", ("LONG_AGO", "RECENT_SPANS"), set()),
    ("event_objections", "_OBJECTING_VERBS_OR_OBJECTING_NOUNS",
     ("OBJECTING_VERBS", "OBJECTING_NOUNS"), set()),
    ("event_outcomes", "_REFERENCE_HEADS_OR_STORY_HEADS",
     ("REFERENCE_HEADS", "STORY_HEADS"), set()),
    ("event_role_places", "_PLACE_OR_STATE_HEADS", ("PLACE_HEADS", "_STATE_HEADS"), set()),
    ("event_sense", "_VIOLENT_OR_VISIT", ("_VIOLENT",), {"Visit"}),
    ("event_success", "_NEGATORS_OR_JUSSIVE_PARTICLES", ("NEGATORS", "JUSSIVE_PARTICLES"), set()),
    ("event_success_asides", "_NEGATORS_OR_JUSSIVE_PARTICLES",
     ("NEGATORS", "JUSSIVE_PARTICLES"), set()),
    ("event_undergone", "_NOT_SO_OR_RELATIVES", ("_NOT_SO", "_RELATIVES"), set()),
    ("event_undergone", "_UNDERGOING_OR_ESCAPING", ("_UNDERGOING", "_ESCAPING"), set()),
    ("perpetrator_holders", "_CLOSING_QUOTES_OR_NONE", ("_CLOSING_QUOTES",), {""}),
    ("perpetrators", "_FIGHTER_HEADS_OR_HELD_BANDS", ("FIGHTER_HEADS", "_HELD_BANDS"), set()),
    ("perpetrators", "_UNITS_OR_DAYS", ("_UNITS",), {"امس", "اليوم"}),
    ("possessive", "_TIME_WORDS_OR_VISIT_TIME_WORDS", ("_TIME_WORDS", "_VISIT_TIME_WORDS"), set()),
    ("role_words", "_TRAILING_OR_FORMER_WORDS_OR_ACTING",
     ("TRAILING", "FORMER_WORDS", "ACTING"), set()),
    ("stance_achieved", "_ACHIEVED_OR_WITNESSED", ("_ACHIEVED", "_WITNESSED"), set()),
    ("stance_adjective_heads", "_AGENT_LABELS_OR_CITY", ("AGENT_LABELS",), {"City"}),
    ("stance_construct_objects", "_AGENT_LABELS_OR_MISCELLANEOUS",
     ("AGENT_LABELS",), {"Miscellaneous"}),
    ("stance_delivered_statements", "_DELIVERED_OR_AUDIENCES", ("_DELIVERED", "_AUDIENCES"), set()),
    ("stance_faced_surnames", "_FACING_VERBS_OR_RECEIVING_VERBS",
     ("FACING_VERBS", "RECEIVING_VERBS"), set()),
    ("stance_feelings", "_LAUNCHING_OR_RENEWING", ("_LAUNCHING", "_RENEWING"), set()),
    ("stance_holder_nisbas", "_CLOSING_QUOTES_OR_NONE", ("_CLOSING_QUOTES",), {""}),
    ("stance_led_by", "_LEADER_WORDS_OR_ATTENDANCE_WORDS",
     ("LEADER_WORDS", "ATTENDANCE_WORDS"), set()),
    ("stance_object_fits", "_TYPE_NOUNS_OR_ORGANIZATION_KINDS",
     ("TYPE_NOUNS", "ORGANIZATION_KINDS"), set()),
    ("stance_object_reach", "_FACING_VERBS_OR_RECEIVING_VERBS",
     ("FACING_VERBS", "RECEIVING_VERBS"), set()),
    ("stance_preverbal_subjects", "_THEN_INNA_OR_INNA_SISTERS",
     ("_THEN_INNA", "INNA_SISTERS"), set()),
    ("stance_reported_holders", "_PLACE_LABELS_OR_PERSON", ("PLACE_LABELS",), {"Person"}),
    ("stance_subject_titles", "_MEMBER_OR_LEADING", ("_MEMBER", "_LEADING"), set()),
    ("stance_verb_gender", "_NUN_PAST_OR_NAF", ("_NUN_PAST",), {"نف"}),
    ("stance_witnessed_growth", "_DEFINITE_OR_LAM_PREFIXES",
     ("_DEFINITE_PREFIXES", "_LAM_PREFIXES"), set()),
    ("style_oblique", "_OBLIQUE_BEFORE_OR_HONORIFIC_PRONOUNS",
     ("_OBLIQUE_BEFORE", "_HONORIFIC_PRONOUNS"), set()),
    ("targets", "_FIRE_OR_WEAPONS", ("FIRE", "WEAPONS"), set()),
    ("timex", "_PAST_OR_LATEST", ("_PAST", "_LATEST"), set()),
    ("victims", "_PASSIVE_PRONE_OR_DYING", ("PASSIVE_PRONE", "DYING"), set()),
])
def test_a_union_built_once_is_the_union_of_its_parts(module: str, name: str,
                                                      parts: tuple[str, ...],
                                                      extra: set[str]) -> None:
    found = importlib.import_module(f"kg.relations.{module}")
    union = frozenset(extra).union(*(getattr(found, part) for part in parts))
    assert getattr(found, name) == union
    assert isinstance(getattr(found, name), frozenset)


_SENTENCES = [
    "وسيشارك سمير الحداد في اجتماع اللجنة المقبل.",
    "وأدين هذا الهجوم وأرحب بالبيان الصادر عن الوزارة.",
    "هل ستعقد اللجنة اجتماعها في الموعد؟ قال سمير الحداد إنه لا يعرف.",
    "حث الوزير الدول على التنسيق مع الأمم المتحدة لإنهاء الأزمة.",
    "* 12 يونيو 2009: اغتيال مسؤول في هجوم على موكبه.",
    "من المقرر أن يوقع الطرفان اتفاقا، ويتوقع أن تعقد قمة بعد ذلك.",
    "تعتزم الحكومتان التوقيع على اتفاقية للتعاون الاقتصادي.",
]


def _words() -> list[Word]:
    return [word for text in _SENTENCES for word in _context(text)[1]]


def test_has_answers_as_each_reading_looked_up() -> None:
    for word in _words():
        for table in (NISBA, FIRST_SINGULAR, FUTURE_GOVERNORS, frozenset()):
            assert word.has(table) == any(rest in table for _, rest in word.readings())


def test_a_future_governor_and_a_first_person_verb_are_read_as_the_long_way_reads_them() -> None:
    words = _words()
    for word in words:
        assert _future_governor(word) == any(
            prefix.endswith("س") and rest in FUTURE_GOVERNORS for prefix, rest in word.readings())
        assert first_singular(word) == any(
            prefix in {"", "و", "ف"} and rest in FIRST_SINGULAR for prefix, rest in word.readings())
    assert any(map(_future_governor, words))  # «وسيشارك», «ستعقد»
    assert any(map(first_singular, words))  # «وأدين», «وأرحب»


def _straight_open_long_way(text: str, start: int, end: int) -> bool:
    opened = False
    depth = {"«": 0, "“": 0}
    for mark in re.finditer('["«»“”]', text[:end]):
        if mark.start() < start:
            continue
        char, at = mark.group(), mark.start()
        if char in depth:
            depth[char] += 1
        elif char in _OPENER_OF:
            opener = _OPENER_OF[char]
            if depth[opener]:
                depth[opener] -= 1
            else:
                opened = False
        elif opened:
            opened = False
        elif at + 1 >= len(text) or text[at + 1] not in _CLOSING_AFTER:
            opened = True
    return opened


@pytest.mark.parametrize("text", [
    'قال الوزير إن "المفاوضات مستمرة وسنواصل العمل',
    'وأوضح المتحدث أن الحادث وقع قرب الحدود". وأضاف أن التحقيق مستمر',
    'قالت الوزارة إن «الوضع "مستقر» وأضافت أن الفرق تعمل',
    "قالت الوزارة إن «الوضع مستقر» وأضافت أن الفرق تعمل",
    "لا علامة تنصيص في هذه الفقرة",
])
def test_a_straight_mark_is_open_as_the_long_way_reads_it(text: str) -> None:
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert _straight_quote_open(text, start, end) == \
                _straight_open_long_way(text, start, end)


def _urged_long_way(words: list[Word], position: int) -> bool:
    if position == 0:
        return False
    earlier_urge = any(
        (hit := find_stance(w.norm)) is not None and hit.value.kind == "urges"
        for w in words[max(0, position - 8):position])
    return earlier_urge and (words[position - 1].norm in _URGE_CONTENT or
                             words[position].norm.startswith(("ب", "ل")))


def _chronicle_long_way(context: Extraction, words: list[Word], position: int) -> bool:
    trigger = words[position]
    before = [word for word in words[:position] if word.sentence_index == trigger.sentence_index]
    if not before or not any(_NUMBER.match(word.norm) for word in before):
        return False
    if not all(_NUMBER.match(word.norm) or word.bare() in _MONTHS or word.norm in _MONTHS
               for word in before):
        return False
    text = context.doc.text
    gap = text[before[-1].end:trigger.start]
    if gap.strip() not in {":", "):", ") :"} and not gap.strip().endswith(":"):
        return False
    return all(re.match(r"^[\s*\-ـ•–—()\[\]0-9\u0660-\u0669]*$", text[left.end:right.start])
               for left, right in pairwise(before))


def _question_long_way(context: Extraction, words: list[Word], position: int) -> bool:
    text = context.doc.text
    trigger = words[position]
    asked = next((index for index in range(position - 1, -1, -1)
                  if words[index].norm in _ASKING), None)
    if asked is None or _STOP.search(text, words[asked].end, trigger.start):
        return False
    stop = _STOP.search(text, trigger.end, words[-1].end + 2)
    return stop is not None and stop.group() in _QUESTION_MARKS


def _scheduled_long_way(words: list[Word], before: list[int], position: int) -> bool:
    for index in before:
        word = words[index]
        following = words[index + 1] if index + 1 < position else words[position]
        opens = following.norm in _THAT or following.has(MAKING_NOUNS) or index + 1 == position
        if (word.norm in SCHEDULE_WORDS or word.norm in MODAL_WORDS) and index > 0 and \
                words[index - 1].norm in _FROM and opens:
            return True
        if word.has(EXPECTING_VERBS) and following.norm in _THAT:
            return True
    return False


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_reordered_tests_answer_as_the_long_way(text: str) -> None:
    context, words = _context(text)
    for position in range(len(words)):
        assert _urged_content(words, position) == _urged_long_way(words, position)
        assert chronicle_entry(context, words, position) == \
            _chronicle_long_way(context, words, position)
        assert inside_question(context, words, position) == \
            _question_long_way(context, words, position)
        before = list(range(position - 1, -1, -1))
        assert _scheduled(words, before, position) == _scheduled_long_way(words, before, position)
        _prospective_governor(context, words, position)  # (answers without error everywhere)


def test_the_sentences_reach_the_positive_branches() -> None:
    urged = _context(_SENTENCES[3])[1]
    assert any(_urged_content(urged, p) for p in range(len(urged)))  # «حث ... على التنسيق»
    context, chronicle = _context(_SENTENCES[4])
    assert any(chronicle_entry(context, chronicle, p) for p in range(len(chronicle)))
    context, asked = _context(_SENTENCES[2])
    assert any(inside_question(context, asked, p) for p in range(len(asked)))
    planned = _context(_SENTENCES[5])[1]
    assert any(_scheduled(planned, list(range(p - 1, -1, -1)), p) for p in range(len(planned)))
