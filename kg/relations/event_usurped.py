"""«اغتصاب فلسطين», «اغتصاب السلطة»: a usurpation, not a rape.

The noun «اغتصاب» names a rape (an ``Attack``) when a person undergoes it. Followed by a place
(a named country, city or region) or by land, power or rights («الأرض», «السلطة», «الحكم»,
«الحقوق»), it means seizing them unlawfully: «الذكرى الخمسين لاغتصاب فلسطين» tells the
loss of a land long ago, «اغتصاب السلطة» a coup in words. Neither is an attack on anyone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.entity_classes import PLACE_LABELS
from kg.relations.index import Word

USURPING_FORMS = frozenset({"اغتصاب"})
"""Forms of the noun whose object decides between rape and usurpation."""

USURPED_THINGS = frozenset({
    "الارض", "ارض", "الاراضي", "اراضي", "السلطه", "سلطه", "الحكم", "حكم", "الحقوق", "حقوق",
    "الحق", "حق", "الوطن", "وطن", "الاوطان", "العرش", "الثروات", "ثروات", "الاموال",
    "اموال", "الاملاك", "املاك", "اراده", "القدس", "المقدسات",
})
"""Land, power, rights and goods, which a usurper seizes («اغتصاب الأرض والحقوق»)."""


def usurped(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether «اغتصاب» at ``words[position]`` has a place or a usurped thing right after it."""
    if form not in USURPING_FORMS or position + 1 >= len(words):
        return False
    after = words[position + 1]
    if after.sentence_index != words[position].sentence_index or \
            context.boundary_between(words[position], after):
        return False
    if after.has(USURPED_THINGS):
        return True
    mention = context.covering_mention(after.start)
    return mention is not None and mention.label in PLACE_LABELS
