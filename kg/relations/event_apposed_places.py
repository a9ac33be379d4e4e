"""A place noun in apposition to a place told as where: «فوق تسخينفالي عاصمة أوسيتيا
الجنوبية».

A deed's place is often named with an apposition that says what it is: «في مقديشو عاصمة
الصومال», «فوق تسخينفالي عاصمة أوسيتيا الجنوبية», «قرب الرمادي مركز محافظة الأنبار». The
name after the place noun («أوسيتيا الجنوبية») belongs to the place told behind the
preposition of where, so it is where the deed happened too, never what was hit: «أسقطت
القوات طائرتين فوق تسخينفالي عاصمة أوسيتيا» hit the planes, not Ossetia. The place before
the noun is one word or one tagged name, right behind «في», «فوق», «قرب», «داخل», «عند»,
«تحت» or an attached «ب» («ببغداد عاصمة العراق»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_WHERE = frozenset({"في", "فوق", "قرب", "داخل", "عند", "تحت"})
APPOSED_HEADS = frozenset({"عاصمه", "مركز", "كبري", "مدينه", "محافظه", "ولايه", "اقليم",
                           "منطقه", "بلده", "قريه"})
"""Nouns that say what a place is, in apposition after its name («عاصمة», «مركز», «كبرى»)."""


def apposed_to_where(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the name at ``words[index]``, behind the place noun at ``words[index - 1]``,
    is in apposition to a place behind a preposition of where."""
    if index < 3 or words[index - 1].norm not in APPOSED_HEADS or \
            any(context.boundary_between(words[i - 1], words[i]) for i in (index - 1, index - 2)):
        return False
    place = index - 2
    mention = context.covering_mention(words[place].start)
    if mention is not None:
        first = context.word_at(mention.start)
        if first is None:
            return False
        place = first.index - words[0].index
        if place < 1 or context.boundary_between(words[place - 1], words[place]):
            return False
    word = words[place]
    prefix = word.readings()[-1][0] if word.readings() else ""
    if prefix.lstrip("وف")[:1] == "ب" and mention is None and len(word.bare()) > 2:
        return True  # «ببغداد عاصمة العراق»
    if mention is not None and context.attached_prefix(mention).lstrip("وف")[:1] == "ب":
        return True
    before = words[place - 1] if place >= 1 else None
    return before is not None and (before.norm in _WHERE or before.bare() in _WHERE)
