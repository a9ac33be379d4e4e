"""A name after «مستشار الرئيس», «نجل الملك»: the genitive of a dependent, not the holder.

«ومستشار الرئيس ترامب يرفض الاتفاق», «وانتقد نجل الملك X القرار»: the name follows a
personal title («الرئيس», «الملك») that is itself the genitive of a noun naming someone who
serves or belongs to its holder (an adviser, an aide, an envoy, a son). The head of the
phrase (the adviser) holds the stance; when kg knows no entity for it the fact is dropped,
never given to the president.

Not «نائب الرئيس X» (a compound title: X may be the vice president himself) nor a
spokesman («المتحدث باسم الرئيس X»: the president speaks through him).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import PERSON_NOUNS, TITLE_HEADS
from kg.relations.stance_phrases import definite

_DEPENDENTS = frozenset({
    "مستشار", "مستشاره", "مستشارو", "مستشاري", "مساعد", "مساعده", "مساعدو", "مساعدي",
    "معاون", "معاونو", "معاوني", "مبعوث", "مبعوثه", "سفير", "سفيره", "ممثل", "ممثله",
    "مندوب", "مرافق", "مرافقو", "مرافقي", "حارس", "حراس",
    # family
    "نجل", "ابن", "ابنه", "نجله", "شقيق", "شقيقه", "زوجه", "عقيله", "صهر", "ابناء", "انجال",
})
"""Indefinite nouns of someone who serves or belongs to a person («مستشار الرئيس»)."""

_PERSONAL_TITLES = frozenset({"الرئيس", "الملك", "الامير", "السلطان", "الزعيم", "المرشد",
                              "العاهل"})
"""Definite titles of one person, before his name («الرئيس ترامب»)."""


def dependent_title(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a personal title in the genitive of a dependent noun
    right before it («مستشار الرئيس»), so that the name after it is no holder."""
    if index < 1 or index >= len(words):
        return False
    title, head = words[index], words[index - 1]
    return title.norm.removeprefix("و") in _PERSONAL_TITLES and not definite(head) and \
        head.norm.removeprefix("و") in _DEPENDENTS


_POINTERS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك"})


def pointed_person(words: list[Word], index: int) -> bool:
    """«ونبه هذا الخطيب إلى ...»: a demonstrative and a definite noun of a person right
    after the verb is its subject (someone the text named before), so no earlier actor
    goes on holding the verb and the person is no object. Not «وانتقد هذا القرار» (a
    thing: the object)."""
    if index + 1 >= len(words) or words[index].norm not in _POINTERS:
        return False
    noun = words[index + 1]
    if not noun.norm.startswith("ال"):
        return False
    bare = noun.norm[2:]
    return bare in PERSON_NOUNS or bare in TITLE_HEADS or bare in _PERSON_PLURALS


_PERSON_PLURALS = frozenset({"مسؤولين", "قاده", "زعماء", "وزراء", "نواب", "رجال", "ناشطين",
                             "خبراء", "مسؤولون", "ناشطون", "علماء", "شيوخ"})
