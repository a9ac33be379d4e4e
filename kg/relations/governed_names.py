"""A person named after «ب» and a verbal noun is the noun's complement, not a title holder.

A ruler's order names the one it is for right after the verbal noun that says what is ordered:
«ووجه الأمير X ولي العهد وزير الداخلية بمعاملة الشهيد العريف Y معاملة خاصة», «وأمر بتكريم
الجندي Y». Read back from Y, the words before him looked like his preposed title: Y got «وزير
الداخلية بمعاملة الشهيد العريف» and the offices of the chain before it; read on from X, the
title after his name ran on over «بمعاملة الشهيد العريف». An indefinite noun with «ب» glued
to it, not a body's, a facility's or a title's noun («بهيئة», «بمستشفى», «بمنطقة» stay in a
title: «المتحدث الرسمي بهيئة الهلال الأحمر»), in no tagged name, and a common noun of general
text, no town's name («مدير الدفاع المدني بسكاكا العقيد X»), that has a person's name
right after it, across at most :data:`_REACH` styles, ranks or words of a person's condition
(«الشهيد», «الرقيب أول», «المواطن»), governs the name: :func:`governed_name` (no preposed
title for that person) and :func:`governs_name_after` (an apposed title ends before it).
"""

from __future__ import annotations

from kg.ner.features import RARE_USAGE, name_gazetteer, word_usage
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.named_facilities import FACILITY_NOUNS
from kg.relations.role_words import BODY_NOUNS, is_name_honorific
from kg.text.normalize import normalize_key

__all__ = ["governed_name", "governs_name_after"]

_REACH = 4
"""The most style, rank and condition words between the noun and the name."""
_PERSON_WORDS = frozenset(normalize_key(word) for word in (
    "الشهيد", "الشهيدة", "المرحوم", "المرحومة", "الفقيد", "الفقيدة", "المواطن", "المواطنة",
    "المقيم", "المقيمة", "الطفل", "الطفلة", "الرقيب", "العريف", "الجندي", "رقيب", "عريف",
    "جندي", "الوكيل", "وكيل", "أول", "الأمير", "الأميرة", "الشيخ", "الشيخة", "الدكتور",
    "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "الملازم", "النقيب", "الرائد", "المقدم",
    "العقيد", "العميد", "اللواء", "سمو", "معالي",
))
"""Words that stand between a noun and the person it governs: styles, ranks, condition."""
_PLACE_NOUNS = frozenset(normalize_key(word) for word in (
    "منطقة", "محافظة", "مدينة", "قرية", "ولاية", "إمارة", "بلدية", "فرع", "قسم", "كلية",
    "مستشفى", "مدرسة", "مجمع", "سفارة", "قنصلية", "شرطة", "تعليم", "صحة", "مكتب",
))
"""Nouns of places and offices that a title names after «ب»: «مدير الشرطة بمحافظة X»."""
_KEPT = BODY_NOUNS | FACILITY_NOUNS | _PLACE_NOUNS | TITLE_HEADS


def _governing_noun(context: Extraction, word: Word) -> bool:
    """«بمعاملة», «وبتكريم»: an indefinite noun glued to «ب», of no body, place or title,
    and in no tagged name."""
    if context.covering_mention(word.start) is not None:
        return False
    return any(prefix.lstrip("وف") == "ب" and len(rest) > 3 and not rest.startswith("ال")
               and rest not in _KEPT and _common_noun(rest) for prefix, rest in word.readings())


def _common_noun(stem: str) -> bool:
    """A noun of general text: it often takes the article and a possessive suffix
    («معاملته», «التكريم»), which a town's name does not («بسكاكا», «بينبع»: the place of
    an office, «مدير الدفاع المدني بسكاكا العقيد X»), and no listed name («بجدة»)."""
    _, article, suffix = word_usage().get(stem, RARE_USAGE)
    return article >= "2" and suffix >= "2" and (stem,) not in name_gazetteer().names


def _person_word(words: list[Word], index: int) -> bool:
    return words[index].norm in _PERSON_WORDS or is_name_honorific(words, index)


def governed_name(context: Extraction, words: list[Word], first: int) -> bool:
    """Whether the person whose name opens at ``words[first]`` is governed by a noun with
    «ب» before it («بمعاملة الشهيد العريف Y»)."""
    index = first - 1
    while index >= 0 and first - index <= _REACH and _person_word(words, index):
        index -= 1
    return index >= 0 and not context.boundary_between(words[index], words[index + 1]) and \
        _governing_noun(context, words[index])


def governs_name_after(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a noun with «ب» that governs a person named right after
    it: the title before it ends there («وزير الداخلية بمعاملة الشهيد Y»)."""
    if not _governing_noun(context, words[index]):
        return False
    later = index + 1
    while later < len(words) and later - index <= _REACH and _person_word(words, later):
        later += 1
    if later >= len(words) or later - index > _REACH:
        return False
    mention = context.mention_starting_in(words[later])
    return mention is not None and mention.label == "Person"
