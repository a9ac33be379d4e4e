"""A toll summed since a date or over many operations is a tally, not one event.

``events._tally_like`` reads a huge toll, and «منذ»/«خلال» before a word of span («منذ نحو
4 أشهر»). A toll is summed in two more ways that Arabic news uses for a side's balance
sheet, never for one deed:

- «منذ» before a month or a year: «قتلت 223 عنصراً ... منذ إبريل الماضي», «قُتل 40 جندياً
  منذ 2014»: everyone killed since that date;
- «خلال» before a count of operations: «خلال 112 عملية نفذتها»: the toll of many deeds, each
  an event of its own that the sentence does not tell («في 3 غارات» is left alone: a raid
  told with its strikes is still one event);
- «خلال» before a taking part in a war: «بمقتل نحو 200 مقاتل باكستاني وأفغاني، خلال
  مشاركتهم في القتال داخل سوريا»: all who died while their side fought there, a campaign's
  toll («خلال مشاركته في عملية» is one deed, left alone);
- a year or a span of months as the subject of «شهد» right before the killing: «وشهد عام
  2013 مقتل أحد عشر صحافيا في مختلف أنحاء الهند», «شهدت الأشهر الستة الماضية مقتل»: what
  the year saw, summed (a day or a place that «saw» a killing is left alone: «شهدت المدينة
  أمس مقتل»).

All are read only for a killing with a counted toll (a single killing «منذ إبريل» is not
summed), and only within a few words after the trigger, so that a date in a later clause
(«... الذي انضم إلى التنظيم منذ 2014» far after it) does not count (the year that saw it
stands right before it).
"""

from __future__ import annotations

from kg.relations.casualties import Count, number_value
from kg.relations.index import Word

MONTHS = frozenset({
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس",
    "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار",
    "حزيران", "تموز", "اب", "ايلول", "تشرين",
})
"""Month names, Gregorian and Syriac, as normalized (hamza-less alef)."""

OPERATIONS = frozenset({
    "عمليه", "عمليات", "غاره", "غارات", "هجوم", "هجمات", "هجوما", "ضربه", "ضربات", "معركه",
    "معارك", "مواجهه", "مواجهات", "اشتباك", "اشتباكات", "هجمه", "كمين", "كمائن",
})
"""Nouns of one deed of war, which a count before them sums («112 عملية»)."""

_SINCE = "منذ"
_OVER = "خلال"
_REACH = 12
"""How many words after the trigger the span or the operations may stand."""
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def summed_toll(words: list[Word], position: int, count: Count | None) -> bool:
    """Whether the counted toll of the killing at ``position`` is summed since a month or a
    year («منذ إبريل», «منذ 2014») or over a count of operations («خلال 112 عملية»)."""
    if count is None:
        return False
    last = min(len(words) - 1, position + _REACH)
    for index in range(position + 1, last):
        word, after = words[index], words[index + 1]
        bare = word.bare()
        if bare == _SINCE and (after.has(MONTHS) or _year(after)):
            return True
        if bare == _OVER and index + 2 < len(words) and (number_value(after) or 0) > 1 \
                and words[index + 2].has(OPERATIONS):
            return True
        if bare == _OVER and _taking_part(words, index + 1):
            return True
    return False


_WITNESSING = frozenset({"شهد", "شهدت", "يشهد", "تشهد"})
_SPAN_SUBJECTS = frozenset({
    "عام", "العام", "سنه", "السنه", "اعوام", "الاعوام", "سنوات", "السنوات", "اشهر", "الاشهر",
    "شهور", "الشهور", "الفتره", "فتره", "النصف",
})
"""A year or a span of months, the subject of «شهد» («شهد عام 2013», «شهدت الأشهر الماضية»)."""
_WITNESS_REACH = 5
"""How many words before the trigger «شهد» may stand («وشهد عام 2013», «شهدت الأشهر الستة
الماضية»)."""


def witnessed_span(words: list[Word], position: int, count: Count | None) -> bool:
    """Whether the counted killing at ``position`` is the object of «شهد» whose subject is a
    year or a span of months, in the words between them («وشهد عام 2013 مقتل أحد عشر
    صحافيا»)."""
    if count is None:
        return False
    sentence = words[position].sentence_index
    span = False
    for index in range(position - 1, max(position - 1 - _WITNESS_REACH, -1), -1):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if word.has(_WITNESSING):
            return span
        span = span or word.has(_SPAN_SUBJECTS) or _year(word)
    return False


_WARS = frozenset({"القتال", "الحرب", "المعارك", "الحروب", "العمليات"})
"""A war or its fighting as a whole, which a side takes part in («مشاركتهم في القتال»)."""


def _taking_part(words: list[Word], at: int) -> bool:
    """«مشاركتهم في القتال», «مشاركته في الحرب» at ``words[at]``: a taking part (a noun of
    «مشاركة» with its pronoun) in a war as a whole."""
    return at + 2 < len(words) and words[at].bare().startswith("مشارك") and \
        words[at + 1].norm == "في" and words[at + 2].has(_WARS)


def _year(word: Word) -> bool:
    value = number_value(word)
    return value is not None and _FIRST_YEAR <= value <= _LAST_YEAR
