"""Militias described by an armed group's adjective, as a stance's object: that group.

«وحمّل الوزير الميليشيات الحوثية المسؤولية», «وانتقد X الميليشيات الحوثية», «ندد
بالمليشيات الحوثية»: a definite head of militias («الميليشيات», «المليشيات», «الجماعة»)
followed at once by the adjective of an armed group that the document names in the plural
(«الحوثيين» → «الحوثية») is that group, as it is when it is a subject (see
:func:`kg.relations.actors.actor_phrase`). Any other adjective («الميليشيات المسلحة»), or a
group the document never names, leaves the phrase a description.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import group_stem

_MILITIAS = frozenset({"ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "جماعه"})


def described_group(context: Extraction, start: int, end: int) -> str | None:
    """The armed group the phrase at ``start``-``end`` describes, or None."""
    head = context.word_at(start)
    if head is None or head.bare() not in _MILITIAS or \
            not any(rest.startswith("ال") for _, rest in head.readings()):
        return None
    after = context.word_at(head.end)
    if after is None or after.start >= end or after.end > end or \
            context.boundary_between(head, after):
        return None
    stem = group_stem(after.norm, ("يه", "ي"))
    return context.index.groups_by_stem.get(stem) if stem else None
