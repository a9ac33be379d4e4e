"""A phrase of manner between a stance verb and its object.

«وانتقد بشكل غير مباشر الموقف الأمريكي», «رفضت الحكومة بصورة قاطعة الاقتراح», «هاجم X
بلهجة حادة سياسة Y»: «بشكل», «بصورة», «بطريقة», «بلهجة», «بنبرة», «بعبارات» with one
indefinite adjective after it (and «غير» before that adjective) say how the stance was
taken, never what it is toward; the object starts after them. A name or a definite noun
after the head («بشكل الحكومة») is no adjective, and nothing is passed.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import definite

_HEADS = frozenset({"بشكل", "بصوره", "بطريقه", "بلهجه", "بنبره", "بعبارات"})
_NOT = "غير"


def past_manner_phrase(context: Extraction, words: list[Word], index: int) -> int:
    """The index after a phrase of manner at ``index`` («بشكل غير مباشر»), else ``index``."""
    if index + 1 >= len(words) or words[index].norm.lstrip("و") not in _HEADS:
        return index
    adjective = index + 1
    if words[adjective].norm == _NOT and adjective + 1 < len(words):
        adjective += 1
    for later in range(index + 1, adjective + 1):
        if context.boundary_between(words[later - 1], words[later]):
            return index
    word = words[adjective]
    if context.covering_mention(word.start) is not None or definite(word):
        return index
    return adjective + 1
