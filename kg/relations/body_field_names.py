"""The field of a body after «لـ» and a noun in construct: «الجمعية السعودية لطب العيون».

Gulf news names societies, centres and funds by their field, a noun with «لـ» in construct
with a definite noun: «الجمعية السعودية لطب العيون», «المركز الوطني لأبحاث الشباب», «الجمعية
الخيرية لرعاية الأيتام». The speaker read from a kind noun and the definite words after it
(:func:`kg.relations.speaker_bodies.unnamed_body`) stopped at «لطب», which has no article,
and the society spoke as «الجمعية السعودية», a cut name that names another body or none.
:func:`field_opening` says when a word opens such a field: «ل» glued to a noun with no
article, no function word or quantifier («لدى», «لجميع»), nor the noun of a channel or a
body, which after «ل» names whom the words were said to («لوكالة الأنباء», «لوزارة
الصحة»); and a definite word right after it, its genitive.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_KINDS, Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.text.normalize import normalize_key

__all__ = ["field_opening"]

_NOT_FIELDS = ORGANIZATION_KINDS | FUNCTION_WORDS | frozenset(normalize_key(word) for word in (
    "جميع", "كل", "كافة", "بعض", "عموم", "وكالة", "صحيفة", "قناة", "شبكة", "موقع", "مجلة",
    "جريدة", "إذاعة", "تلفزيون", "برنامج", "لجنة", "مكتب", "إدارة", "قسم", "أهالي", "سكان",
    "ذوي", "أسر", "أسرة", "عائلة",
))
"""Words after «ل» that name whom a body speaks to or of, not its field."""


def field_opening(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «ل» and a noun with no article that opens a body's field,
    its definite genitive right after it: «لطب» of «لطب العيون»."""
    if index + 1 >= len(words) or context.boundary_between(words[index], words[index + 1]):
        return False
    if not words[index + 1].norm.startswith("ال"):
        return False
    norm = words[index].norm
    rest = norm[1:]  # read on the word: «لطب» is too short for the clitic readings
    return norm.startswith("ل") and len(rest) > 1 and not rest.startswith(("ال", "ل")) \
        and rest not in _NOT_FIELDS
