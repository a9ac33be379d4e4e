"""A nisba adjective right after the holder describes the holder; it is not the object.

«دعا الاتحاد النقابي الأساسي في تايلاند أمس الى الإضراب», «وانتقد الشيخ فلان الوكيل الشرعي
للمرجع ... القرار»: when the holder's name is read short, the adjective that closes it
(«الأساسي», «الشرعي») is left where the object should open, and would be taken for an
unnamed topic. A definite word of the nisba form (``ـي``, at least four letters without the
article, not written with «ى», not a broken plural like «المباني», «الأهالي») in that slot
agrees with the holder, whose phrase runs on («للمرجع الشيعي آية الله فلان» is the office's,
not the criticised): no object is read.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_MIN_STEM = 4
_PLURALS = frozenset({"اهالي", "اراضي", "ضواحي", "نوادي", "اغاني", "ايادي", "ليالي", "اعالي"})
"""Broken plurals in «ـي» of the «فَعالي» shape, that open objects («دعا الأهالي»)."""


def _plural(bare: str) -> bool:
    """«المباني», «المساعي», «الأهالي»: a broken plural, not a nisba («الأساسي»)."""
    return bare in _PLURALS or (bare.startswith("م") and len(bare) == 5 and bare[2] == "ا")


def dangling_adjective(context: Extraction, words: list[Word], first_word: int) -> bool:
    """The word where the object should open, right after the end of a name, is a definite
    nisba adjective no name covers («طالب الاقتصادي فلان»: a title before the name is not)."""
    if first_word < 1 or first_word >= len(words):
        return False
    named = context.covering_mention(words[first_word - 1].start)
    if named is None or named.end != words[first_word - 1].end:
        return False
    word = words[first_word]
    bare = word.bare()
    text = context.doc.text[word.start:word.end]
    return word.norm.lstrip("وف").startswith("ال") and bare.endswith("ي") and \
        not text.endswith("ى") and len(bare) >= _MIN_STEM and bare[-2] not in "اوي" and \
        not _plural(bare) and \
        context.covering_mention(word.start) is None
