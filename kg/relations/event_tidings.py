"""Receiving tidings is no meeting: «استقبل الممثل فلان إعلان المهرجان بسعادة».

«استقبل» names a meeting when a host receives a guest («استقبل الملك سلمان الرئيس هادي»).
News prose uses the same verb for taking in a piece of news, a decision or a story, told with
the feeling it met: «استقبل الممثل إد نورتون إعلان مهرجان لوكارنو بقرار منحه جائزة شرف
بسعادة غامرة», «استقبلت فرنسا قرار المحكمة بترحيب حذر», «وهكذا استقبلت منطقة وسط أوروبا سيرة
هذا الملك». When the first object after the subject is such a word (:data:`TIDINGS`), read
bare (no «بـ», «لـ»: «بقرار» is the news's content), no one was met.

The object is sought past the subject only: the scan stops at a preposition, a comma, or a
second name (the guest: «استقبل الرئيس فلان وزير الإعلام فلاناً» keeps its meeting; «الإعلام»
is no «الإعلان»). «نبأ», «خبر» are read by ``event_sense`` already.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

TIDINGS = frozenset({
    "اعلان", "الاعلان", "قرار", "القرار", "قرارات", "القرارات", "سيره", "السيره", "انباء",
    "الانباء", "اخبار", "الاخبار", "نتائج", "النتائج", "نتيجه", "النتيجه", "فوز", "الفوز",
    "بيان", "البيان", "البشري", "بشري",
})
"""An announcement, a decision, a story, news, results, a win, a statement, good tidings, as
normalized («الإعلان» → «الاعلان», «السيرة» → «السيره», «البشرى» → «البشري»)."""
RECEIVING_FORMS = frozenset({"استقبل", "استقبلت", "استقبلوا", "يستقبل", "تستقبل", "استقبلا"})
_REACH = 6
"""How far after the verb the object may stand (past a subject with its title)."""
_STOPS = frozenset({"في", "من", "الى", "على", "عن", "مع", "خلال", "منذ", "بعد", "قبل", "عقب",
                    "اثر", "لدي", "امام"})


def received_tidings(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether the verb of receiving at ``words[position]`` takes a piece of news, a
    decision or a story as its first object after its subject (see the module docstring)."""
    if form not in RECEIVING_FORMS:
        return False
    names = 0
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or word.norm in _STOPS:
            return False
        if word.norm in TIDINGS:
            return True
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id and not context.is_nisba(mention):
            names += 1
            if names > 1:
                return False  # the guest: «استقبل الرئيس فلان وزير الإعلان فلاناً»
    return False
