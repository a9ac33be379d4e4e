"""A place named as the seat of an office, after a title with no one named: no object.

News styles local officials by their office and its place: «أمير منطقة مكة المكرمة»,
«محافظ جدة», «أمين منطقة الرياض», «رئيس بلدية لندن». In «أشاد X بجهود أمير منطقة مكة
المكرمة», «ثمن X الرعاية الكريمة من أمير منطقة مكة المكرمة», «نوه X برعاية محافظ جدة للحفل»
the praised party is the office holder, never the city or the region that completes the
title: a place is no party to a stance. When the holder is named after the title
(«أمير منطقة مكة المكرمة الأمير خالد الفيصل») the name is read as the object elsewhere; when
he is not, the place is not taken in his stead.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.index import Word
from kg.relations.lexicon import PLACE_HEADS
from kg.relations.role_words import is_title_head

_LOCAL_PLACES = frozenset({"City", "Region", "Place"})
"""Labels of the places an office is seated in (a country after a title is left as it is:
«وزير خارجية قطر» speaks for the state)."""


def seat_of_office(words: list[Word], candidate: Candidate) -> bool:
    """The candidate is a city or a region right after a title head, or after a title head
    and place nouns («أمير منطقة», «محافظ محافظة»): the seat of the office, not the object."""
    if candidate.label not in _LOCAL_PLACES:
        return False
    index = candidate.word_index - 1
    while index >= 0 and words[index].bare() in PLACE_HEADS and \
            words[index].norm == words[index].bare():
        index -= 1  # «منطقة», «محافظة»: the place noun before the name, with no clitic
    return 0 <= index < candidate.word_index and is_title_head(words[index])
