"""Past a time phrase of two or three words between a stance's subject and its object.

«وانتقدت فرنسا يوم الأحد إسرائيل», «وأدانت مصر مساء أول من أمس الهجوم», «ودعت الجامعة
الأسبوع الماضي الحكومة إلى ...»: a part of the day («يوم», «ليلة», «فجر» ...) before a
time word («الأحد», «أمس», «اليوم»), «أول من أمس», «أمس الأول», or a period («الأسبوع»,
«الشهر», «العام») with «الماضي»/«الجاري»: when it was said, never the object («يوم الأحد»
is no thing criticised); «قبل» and a span of time with no date («قبل أيام», «قبل أسابيع
قليلة»: «ودعا X قبل أيام الأمم المتحدة إلى ...»), unless «من» or «على» follows it and
ties the span to an event («قبل أيام من الانتخابات»). Time adverbs of one word and fixed
pairs are skipped as before (``stance_decoys.past_time_adverbs``), before and after such a
phrase.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.stance_decoys import past_time_adverbs
from kg.relations.stance_phrase_objects import TIME_WORDS

_DAY_PARTS = frozenset({"يوم", "ليل", "ليله", "ظهر", "عصر", "فجر", "ظهيره", "نهار", "عشيه",
                        "مساء", "صباح"})
_PERIODS = frozenset({"الاسبوع", "الشهر", "العام", "السنه"})
_PERIOD_ENDS = frozenset({"الماضي", "الماضيه", "الجاري", "الحالي", "المنصرم"})
_AGO_SPANS = frozenset({"ساعات", "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "ساعتين", "يومين",
                        "اسبوعين", "شهرين", "عامين", "سنتين"})
"""Spans of time with no date after «قبل» («قبل أيام», «قبل يومين»)."""
_FEW = frozenset({"قليله", "معدوده", "عده"})
_TIED = frozenset({"من", "علي"})


def _past_ago(words: list[Word], index: int) -> int:
    """Past «قبل أيام», «قبل أسابيع قليلة» at ``words[index]``, not tied to an event by
    «من»/«على» after it; ``index`` when no such phrase is there."""
    if index + 1 >= len(words) or words[index].norm != "قبل" or \
            words[index + 1].norm not in _AGO_SPANS:
        return index
    at = index + 2
    if at < len(words) and words[at].norm in _FEW:
        at += 1
    return index if at < len(words) and words[at].norm in _TIED else at


def _past_dated(words: list[Word], index: int) -> int:
    """Past one time phrase of two or three words at ``words[index]``, if one is there."""
    at = index
    if at < len(words) and words[at].norm.lstrip("و") in _DAY_PARTS:
        at += 1  # «يوم», «مساء» before the day it names
    norms = [w.norm for w in words[at:at + 3]]
    if at > index and norms[:1] and norms[0] in TIME_WORDS and norms[0] not in _DAY_PARTS:
        return at + 1  # «يوم الأحد», «مساء أمس»
    if norms == ["اول", "من", "امس"]:
        return at + 3  # «أول من أمس», «مساء أول من أمس»
    if at == index and len(norms) > 1 and norms[0] in _PERIODS and norms[1] in _PERIOD_ENDS:
        return at + 2  # «الأسبوع الماضي»
    if len(norms) > 1 and norms[0] == "امس" and norms[1] == "الاول":
        return at + 2  # «أمس الأول»: the day before yesterday
    return index


def past_time_phrase(words: list[Word], index: int) -> int:
    """Past the time adverbs and time phrases at ``words[index]`` (see the module
    docstring); ``index`` when none is there."""
    while True:
        following = max(_past_dated(words, index), past_time_adverbs(words, index),
                        _past_ago(words, index))
        if following == index:
            return index
        index = following
