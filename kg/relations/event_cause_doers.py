"""The doer of the strike a killing is told to be the result of: «قُتل جراء قصف القوات».

«وقال الانفصاليون إن رجلا قُتل جراء قصف القوات الأوكرانية», «قُتل مدنيان بسبب غارة لطيران
التحالف», «إثر هجوم تنظيم داعش»: a killing with no doer of its own, told as the result of a
strike («جراء», «بسبب», «إثر», «نتيجة» and a noun of strike or attack right after), was done by
that strike's doer, named in its genitive (``event_genitive_actors``: a tagged name, an
actor phrase, the coalition or its aircraft behind «ل»). A killing is no result of the
strike when another event stands between them, or a comma.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_genitive_actors import subject_strike_doer
from kg.relations.index import Arg, Word
from kg.relations.lexicon import find_event

_CAUSES = frozenset({"جراء", "بسبب", "اثر", "نتيجه"})
_REACH = 8
"""How far after the killing the word of cause may stand («قُتل ... في وسط المدينة جراء»)."""


def cause_doer(context: Extraction, words: list[Word], position: int,
               draft: Draft) -> list[Arg]:
    """The doer of the strike the killing at ``words[position]`` resulted from, or ``[]``."""
    for index in range(position + 1, min(len(words) - 1, position + 1 + _REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or find_event(word.norm) is not None:
            return []
        if word.norm in _CAUSES:
            found = subject_strike_doer(context, words, index, draft)
            return found.args if found is not None else []
    return []
