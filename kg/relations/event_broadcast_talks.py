"""A meeting noun that is broadcast or published: an interview, not a meeting.

«وقال فلان بلقاء مع BBC يبث غدا إن ...», «في حوار مع فلان نشرته الصحيفة أمس», «في لقاء
أجرته معه القناة»: a talk that a channel airs or a paper prints, or that a medium conducted, is
an interview, whoever it was with (the guidelines leave interviews out). A verb of airing,
printing or conducting within five words after the noun, in its clause, tells it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

AIRED = frozenset({
    "يبث", "تبث", "بث", "بثت", "بثه", "بثها", "بثته", "يذاع", "تذاع", "اذيع", "اذيعت",
    "اذاعه", "اذاعته", "نشرته", "نشرتها", "نشره", "ينشر", "تنشر", "اجرته", "اجراه",
    "اجرتها", "اجراها", "عرضته", "المتلفز", "المتلفزه",
})
"""Verbs of airing, printing or conducting a talk («يبث غدا», «نشرته الصحيفة», «أجرته معه»)."""

_REACH = 5


def broadcast_talk(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a verb of airing or printing follows the meeting noun at ``words[position]``
    within its clause."""
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(AIRED):
            return True
    return False
