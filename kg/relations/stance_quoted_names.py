"""A short quoted name inside an adjunct is no clause boundary.

«وأعرب الرئيس اللبناني X في تصريح لـ«الشرق الأوسط» عن رفضه لـ ...», «وجدد X في مقابلة مع
قناة "الجزيرة" رفضه لـ ...»: news sets the name of a newspaper, a channel or a campaign in
quotation marks inside the adjunct of occasion between a light verb's subject and its stance
noun. Quotation marks around at most :data:`_MAX_WORDS` words that close before the next
word group (no comma, no other mark inside) enclose such a name, not a quotation, so the
light verb still reaches its noun past them.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_OPENING = frozenset({"«", "“", '"'})
_CLOSING = frozenset({"»", "”", '"'})
_MAX_WORDS = 3
"""The longest quoted name («الشرق الأوسط», «وكالة الأنباء الفرنسية» is four: left out)."""


def quoted_name_gap(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the gap after ``words[index]`` holds only a quotation mark that opens or
    closes a quoted name of at most :data:`_MAX_WORDS` words."""
    if index + 1 >= len(words):
        return False
    mark = context.gap(words[index], words[index + 1]).strip()
    if len(mark) != 1:
        return False
    if mark in _CLOSING and _span_closes(context, words, index, -1):
        return True
    return mark in _OPENING and _span_closes(context, words, index + 1, 1)


def _span_closes(context: Extraction, words: list[Word], first: int, step: int) -> bool:
    """Whether, from ``words[first]`` going by ``step``, a matching quotation mark comes
    within :data:`_MAX_WORDS` words, with nothing but spaces in the gaps before it."""
    index = first
    for _ in range(_MAX_WORDS):
        after, before = (index, index + 1) if step > 0 else (index - 1, index)
        if after < 0 or before >= len(words):
            return False
        gap = context.gap(words[after], words[before]).strip()
        if gap:
            return len(gap) == 1 and gap in (_CLOSING if step > 0 else _OPENING)
        index += step
    return False
