"""Past the verb that delivers the statement a stance is voiced in: «في خطاب ألقاه أمس».

«وانتقد X في خطاب ألقاه أمس الولايات المتحدة», «ودعا X في كلمة ألقاها اليوم الحكومة إلى
...», «وأدان X في بيان أصدره الأحد الهجوم», «ودعا X في تصريح للصحفيين أمس إسرائيل إلى
...»: after the statement noun (see ``stance_object_start.past_statement_adjunct``), a past
verb of delivering or issuing whose pronoun is the statement itself («ألقاه», «أصدرته»,
«نشرها»), or the audience it was given to («للصحفيين»), then one or more time words: the
object begins after them.

Without a time word to close the clause the verb may have a subject of its own («في بيان
أصدرته وزارة الخارجية إيران ...»: the ministry issued it), so no object is read unless
the stance's own preposition follows at once («في بيان أصدره بالاتفاق»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_held_statements import HELD
from kg.relations.stance_phrase_objects import TIME_WORDS
from kg.relations.stance_statement_places import past_statement_place
from kg.relations.stance_voiced_statements import ISSUED

_DELIVERED = frozenset({
    "القاه", "القاها", "القته", "القتها", "القوه", "القوها",
    "اصدره", "اصدرها", "اصدرته", "اصدرتها", "اصدروه", "اصدروها",
    "نشره", "نشرها", "نشرته", "نشرتها", "وزعه", "وزعها", "وزعته", "وزعتها",
    "بثه", "بثها", "بثته", "بثتها", "اذاعه", "اذاعها", "اذاعته", "اذاعتها",
    "وجهه", "وجهها", "وجهته", "وجهتها",
}) | ISSUED | HELD  # «في مؤتمر صحفي عقده أمس»
"""«ألقاه», «أصدرته», «نشرها», «وزعته», «بثه», «أذاعته», «وجهها»: a statement delivered or
issued, with the pronoun of the statement on the verb."""
_AUDIENCES = frozenset({"للصحفيين", "للصحافيين", "للصحافه", "للصحفيات", "للاعلاميين"})
"""«في تصريح للصحفيين»: whom a statement was given to."""


_DELIVERED_OR_AUDIENCES = _DELIVERED | _AUDIENCES


def past_delivered(context: Extraction, words: list[Word], index: int) -> int | None:
    """Past a verb that delivers the statement, or its audience, and the time words after
    it, from ``words[index]`` (see the module docstring); ``index`` when neither is there;
    None when a delivering verb is followed by neither a time word nor a preposition: its
    own subject may follow, and where the object starts is not known."""
    if index >= len(words) or words[index].norm not in _DELIVERED_OR_AUDIENCES:
        placed = past_statement_place(context, words, index)  # «في مؤتمر صحفي بالقاهرة»
        return index if placed == index else _past_time_words(words, placed)
    end = past_statement_place(context, words, index + 1)  # «في كلمة ألقاها بالرياض»
    while end < len(words) and words[end].norm in TIME_WORDS:
        end += 1
    if end >= len(words) or any(context.boundary_between(words[i], words[i + 1])
                                for i in range(index - 1, end)):
        return index
    if end == index + 1 and words[index].norm in _DELIVERED and \
            not _prepositional_start(words[end]):
        return None  # «في بيان أصدرته وزارة الخارجية ...»: the verb's own subject
    return end


def _prepositional_start(word: Word) -> bool:
    """«بالاتفاق», «على», «إلى»: the stance's own preposition, no subject of the verb."""
    return word.norm in {"علي", "الي"} or any(
        prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in word.readings()[1:])


def _past_time_words(words: list[Word], index: int) -> int:
    """Past the time words at ``words[index]``."""
    while index < len(words) and words[index].norm in TIME_WORDS:
        index += 1
    return index
