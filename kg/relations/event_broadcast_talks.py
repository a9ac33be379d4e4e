"""A meeting noun that is broadcast or published: an interview, not a meeting.

«وقال فلان بلقاء مع BBC يبث غدا إن ...», «في حوار مع فلان نشرته الصحيفة أمس»: a talk that
a channel airs or a paper prints is an interview, whoever it was with (the guidelines leave
interviews out). A verb of airing or printing within five words after the noun, in its clause,
tells it; a verb of holding («أجرى») does not: talks are held too.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

AIRED = frozenset({
    "يبث", "تبث", "بث", "بثت", "بثه", "بثها", "بثته", "يذاع", "تذاع", "اذيع", "اذيعت",
    "اذاعه", "اذاعته", "نشرته", "نشرتها", "نشره", "ينشر", "تنشر", "عرضته", "المتلفز",
    "المتلفزه",
})
"""Verbs of airing or printing a talk («يبث غدا», «نشرته الصحيفة»); not of holding one:
«المباحثات التي أجراها الأسد اليوم مع وزير خارجية إسبانيا» is a meeting."""

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
