"""A person named after an indefinite office chain is the office's principal, not its holder.

«وقال وزير خارجية بوش الأب جيمس بيكر إن ...»: the minister is Baker, the minister of Bush's
government; «وزير خارجية ترامب» is Trump's secretary of state. An office head and a field
noun, both without the article, in construct with a person's name («وزير خارجية X», «وزير
دفاع X», «مدير مكتب X») make that person the one whose office it is, like «مستشار ترامب»
(:func:`kg.relations.role_titles._complement_of_title`): he holds no such office.
:func:`principal_after_office` says so when the word before the name is an indefinite noun
of a government's field or an office's unit (:data:`_FIELDS`; not a town: «محافظ بقيق X» is
the governor; not a person noun: «قائد طيار X» is the captain) and the word before it an
indefinite title head.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS
from kg.text.normalize import normalize_key

__all__ = ["principal_after_office"]

_QUALIFIERS = frozenset({"عام", "تنفيذي", "اول", "ثاني", "سابق", "اسبق"})
_FIELDS = frozenset(normalize_key(word) for word in (
    "خارجية", "داخلية", "دفاع", "مالية", "عدل", "صحة", "تعليم", "إعلام", "اقتصاد", "تجارة",
    "نفط", "طاقة", "زراعة", "ثقافة", "سياحة", "عمل", "نقل", "اتصالات", "إسكان", "رياضة",
    "شباب", "حكومة", "وزراء", "مكتب", "ديوان", "حملة", "أركان", "استخبارات", "خزانة",
))
"""Fields of a government and units of an office that an indefinite head takes in construct
before its principal («وزير خارجية X», «مدير مكتب X»)."""


def _indefinite_head(word: Word) -> bool:
    return any(not prefix and rest in TITLE_HEADS for prefix, rest in word.readings())


def _field_noun(context: Extraction, word: Word) -> bool:
    """A field of government or an office's unit («خارجية», «دفاع», «مكتب»), in no tagged
    name: not a town («محافظ بقيق X», «محافظ جدة الأمير X» name the governor), nor a person
    noun in apposition («قائد طيار X»: a captain pilot)."""
    return context.covering_mention(word.start) is None and word.norm in _FIELDS


def principal_after_office(context: Extraction, words: list[Word], first: int) -> bool:
    """Whether the name opening at ``words[first]`` follows an indefinite title head and an
    indefinite noun in construct: «وزير خارجية X»."""
    if first < 2:
        return False
    field = words[first - 1]
    if field.norm.startswith(("ال", "لل", "و")) or field.norm in _QUALIFIERS or \
            _indefinite_head(field) or not _field_noun(context, field):
        return False
    return _indefinite_head(words[first - 2]) or (
        words[first - 2].norm.startswith("و") and
        any(prefix == "و" and rest in TITLE_HEADS for prefix, rest in words[first - 2].readings()))
