"""«، مشدداً على رفضه لـ»: a masculine participle of stressing as a light verb.

«وقال الأمين العام X إن الوضع الإنساني كارثي، مشدداً على رفضه للهجمات على المدنيين»:
stressing («شدّد على») one's own refusal, support or condemnation states it, as «أكد على»
does; the stance noun with the masculine possessive after «مشدداً على» is the participle's
subject's, and the circumstantial participle after a comma shares the subject of its clause
(read by ``stance_clause_actors.clause_actor``). The feminine form is in
:mod:`kg.relations.stance_feminine_participles`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import COMMAS, possessive_gender

_STRESSING = frozenset({"مشددا"})
_ON = "علي"


def stressing_participle(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of «مشدداً» two words before the stance noun at ``position`` when «على»
    stands between them, the noun has the masculine possessive and a comma stands before
    the participle; None otherwise."""
    participle = position - 2
    if participle < 1 or possessive_gender(words[position]) != "m" or \
            words[position - 1].norm != _ON or words[participle].bare() not in _STRESSING:
        return None
    if any(context.boundary_between(words[i], words[i + 1]) for i in range(participle, position)):
        return None
    if context.gap(words[participle - 1], words[participle]).strip().lstrip('"»”') not in COMMAS:
        return None
    return participle
