"""Fire aimed «باتجاه» or «صوب» its victims: «أطلق الجنود النار باتجاه الصيادين», «أطلقوا
قذائف صوب دورية للشرطة».

After the fire or the weapon of a verb of shooting (``targets._fire_on``), «باتجاه» and «صوب»
(«in the direction of») name what was shot at, as «على» does; the unnamed victim phrase after
them is the target. Only after fire or a weapon: «توجهت القوات باتجاه المدينة» is a move, not
a shot.
"""

from __future__ import annotations

from kg.relations.index import Word

TOWARD = frozenset({"باتجاه", "صوب"})
"""Words of direction that govern what fire is aimed at."""


def aims_toward(word: Word) -> bool:
    """«باتجاه», «صوب»: a word of direction, printed alone as a preposition."""
    return word.norm in TOWARD
