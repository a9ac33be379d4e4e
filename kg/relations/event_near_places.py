"""A name after a word of nearness is where a deed happened, not what it hit.

«قتل شخصان في تفجير انتحاري قرب جامعة الفلاح للبنات», «انفجرت عبوة بالقرب من مقر الشرطة»,
«هجوم بجوار السفارة», «انفجار أمام مبنى محكمة مدينة كركوك»: the deed happened near the
university, the headquarters, the embassy, in front of the court. A name deeper in the genitive
chain of a building behind such a word (the city of the court) is where, too. Such a
building is often tagged as an organisation, not a place, so the rules that keep places out
of the target (``event_role_places``, which reads «قرب» before a place
name) do not see it, and the building is taken for the target. GUIDELINES: a place where
something happens is a location, not a target; what was near it was not hit.

The same holds behind a word of heading («إلى», «نحو», «باتجاه»): «عبوة استهدفت دورية كانت تقل
موقوفين إلى محكمة بعقوبة» names where the patrol was going, not what was hit. A name right
after «إلى» is no target already (its preposition is not «على»); one deeper in the genitive
chain of a building behind it is caught here (``behind_heading``).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import NAMED_PLACE_HEADS

_NEAR = frozenset({"قرب", "بقرب", "جوار", "بجوار", "محاذاه", "بمحاذاه", "امام"})
"""Words of nearness glued to the name they govern («قرب جامعة», «بجوار السفارة», «أمام
المحكمة»)."""
BUILDINGS = NAMED_PLACE_HEADS | frozenset({"مبني", "مقر", "محكمه", "منزل", "مكتب", "مركز",
                                           "سفاره", "وزاره", "بلديه"})
"""Indefinite heads of a genitive chain («مبنى محكمة مدينة كركوك») a name may stand in."""
_NEAR_FROM = frozenset({"بالقرب", "قريبا", "مقربه", "بمقربه"})
"""Words of nearness followed by «من» («بالقرب من مقر الشرطة», «على مقربة من»)."""


def behind_nearness(words: list[Word], index: int) -> bool:
    """Whether the name opening at ``words[index]`` stands right after a word of nearness
    («قرب جامعة», «بالقرب من مقر»)."""
    if index < 1:
        return False
    index = _chain_start(words, index)
    if index < 1:
        return False
    before = words[index - 1]
    if before.norm in _NEAR or before.norm.lstrip("و") in _NEAR:
        return True
    return index > 1 and before.norm == "من" and \
        words[index - 2].norm.lstrip("و") in _NEAR_FROM


_HEADING = frozenset({"الي", "نحو", "باتجاه", "صوب", "حتي"})
"""Words of heading before the building a name stands in («إلى محكمة بعقوبة»)."""


def behind_heading(words: list[Word], index: int) -> bool:
    """Whether the name opening at ``words[index]`` ends the genitive chain of a building
    behind a word of heading («إلى محكمة بعقوبة», «باتجاه مبنى البلدية»)."""
    start = _chain_start(words, index)
    return 0 < start < index and words[start - 1].norm.lstrip("و") in _HEADING


def _chain_start(words: list[Word], index: int) -> int:
    """«أمام مبنى محكمة مدينة كركوك»: the first word of the genitive chain of building and place
    nouns (bare, with no article or clitic) the name at ``index`` ends, up to three of them."""
    start = index
    while start > 0 and index - start < 3 and words[start - 1].norm in BUILDINGS:
        start -= 1
    return start
