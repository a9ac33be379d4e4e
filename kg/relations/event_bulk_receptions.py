"""A facility that takes in people or cases is no host: «استقبل مستشفى الملك فهد 300 مريض».

«استقبل» names a meeting when a host receives a guest («استقبل الملك سلمان الرئيس هادي»). Local
news uses the same verb for a facility taking in its public or its files: «استقبل مستشفى الملك
فهد 300 مريض خلال العيد», «استقبلت المحاكم السعودية نحو 103 دعاوى», «المركز استقبل أكثر من
ألف طلب». Two cues tell such an intake, each enough: the subject is a facility (a hospital, a
court, a school or university, a centre, a hotel, a museum: right after the verb, or right
before it), or the object is counted (a figure that is no date, or «نحو», «أكثر من», «عشرات»
... within the first words after the verb): guests met are named, not counted.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_tallies import MONTHS
from kg.relations.index import Word

RECEIVING_VERBS = frozenset({"استقبل", "استقبلت", "يستقبل", "تستقبل", "استقبلا", "استقبلتا",
                             "يستقبلان", "تستقبلان"})
_FACILITIES = frozenset({
    "مستشفي", "مستشفيات", "مستوصف", "مستوصفات", "عياده", "عيادات", "محكمه", "محاكم", "جامعه",
    "جامعات", "مدرسه", "مدارس", "كليه", "كليات", "مركز", "مراكز", "فندق", "فنادق", "متحف",
    "متاحف", "قسم", "اقسام", "مجمع", "مجمعات", "صاله", "صالات", "ملعب", "ملاعب", "منشاه",
    "منشات", "مختبر", "مختبرات", "مطارات", "موانئ",
})
"""Facilities that take in a public or its files, not a host who meets guests («مركز» also
heads bodies: «مركز الملك عبدالله للحوار» hosts no guests of state either)."""
_COUNTS = frozenset({"نحو", "قرابه", "حوالي", "اكثر", "عشرات", "مئات", "الاف", "ملايين", "عدد",
                     "عددا", "مجموع", "اجمالي"})
"""Words that count the object: «نحو 103 دعاوى», «أكثر من ألف طلب», «عشرات المراجعين»."""
_DATE_HEADS = frozenset({"في", "يوم", "منذ", "عام", "سنه"})
_OBJECT_REACH = 6
"""How many words after the verb a count may stand (the subject's name between)."""


def received_in_bulk(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the verb of receiving at ``words[position]`` tells a facility taking in a
    public or its files (see the module's docstring)."""
    if not words[position].has(RECEIVING_VERBS):
        return False
    after = _clause_after(context, words, position)
    if after and after[0].has(_FACILITIES):
        return True  # «استقبل مستشفى الملك فهد ...»
    before = words[max(0, position - 2):position]
    if before and any(word.has(_FACILITIES) for word in before) and \
            not context.boundary_between(before[-1], words[position]):
        return True  # «المستشفى استقبل ...»
    return any(word.has(_COUNTS) or (word.norm[:1].isdigit() and not _date(after, index))
               for index, word in enumerate(after))


def _date(after: list[Word], index: int) -> bool:
    """«في 15 يوليو», «يوم 20»: a figure that dates the reception, not a count."""
    return (index > 0 and after[index - 1].bare() in _DATE_HEADS) or (
        index + 1 < len(after) and after[index + 1].bare() in MONTHS)


def _clause_after(context: Extraction, words: list[Word], position: int) -> list[Word]:
    found: list[Word] = []
    for index in range(position + 1, min(len(words), position + 1 + _OBJECT_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            break
        found.append(words[index])
    return found
