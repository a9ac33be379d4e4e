"""A meeting or visit noun whose predicate is a verb of the future is still to come.

«أن لقاء نوفاك والبدري سيكون استكمالا للمشاورات», «الزيارة ستتناول ملفات عدة», «الاجتماع
سيبحث»: the noun is the subject of a clause whose verb carries «سـ» or follows «سوف», so the
meeting or visit has not happened yet (the gold annotates no planned event). On fresh news
(session 40) such a meeting read 0.70 with its two sides as its agent; it is lowered as one
told for a later day (``event_confidence``, ``to_come``) rather than dropped: «زيارة الرئيس
ستعزز العلاقات» may also weigh a visit made. An agreement is left alone: «الاتفاق سيرفع
العقوبات» tells what a deal already made will do.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word

_GATHERINGS = frozenset({"Meeting", "Visit"})
FUTURE_PREDICATES = frozenset({
    "سيكون", "ستكون", "سيتم", "ستتم", "سيعقد", "ستعقد", "سيبحث", "ستبحث", "سيتناول",
    "ستتناول", "سيشمل", "ستشمل", "سيستمر", "ستستمر", "سيبدا", "ستبدا", "سيناقش", "ستناقش",
    "سيجري", "ستجري", "ستستغرق", "سيستغرق", "سيركز", "ستركز", "ستتضمن", "سيتضمن", "سيشهد",
    "ستشهد", "سوف",
})
"""Verbs of the future that open the predicate of a meeting or visit noun."""
_REACH = 6
"""How many words (the noun's genitive, its sides, «بين X وY») may stand before the verb."""


def future_predicate(context: Extraction, words: list[Word], position: int,
                     draft: Draft) -> bool:
    """Whether a verb of the future follows the gathering noun at ``position`` in its clause."""
    if draft.verb or draft.label not in _GATHERINGS:
        return False
    for ahead in range(position + 1, min(position + 1 + _REACH, len(words))):
        if context.boundary_between(words[ahead - 1], words[ahead]):
            return False
        if words[ahead].norm.lstrip("و") in FUTURE_PREDICATES:
            return True
    return False
