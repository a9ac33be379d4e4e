"""A call its holder answers is someone else's call.

«رفض الاتحاد الأوروبي الدعوة وكذا روسيا», «وقبلت الحكومة الدعوة», «ولبت سوريا النداء»:
a stance noun written right after the subject of a verb that answers it (rejects,
accepts, heeds, ignores, receives it) names what that subject was asked, urged or
offered by another. The subject before the noun is who answers, never who calls, so the
noun gives no stance of its own to that subject («رفض X الدعوة» is no urges of X's);
the answering verb keeps its own stance («رفض» rejects). Only a definite noun is a call
made before: an indefinite verbal noun is an act the subject refuses to do itself
(«رفضت قطر إدانة الهجوم»: a condemnation not made).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_ANSWERING = frozenset({
    "رفض", "رفضت", "يرفض", "ترفض", "قبل", "قبلت", "يقبل", "تقبل", "لبي", "لبت", "يلبي",
    "تلبي", "تجاهل", "تجاهلت", "يتجاهل", "تتجاهل", "تلقي", "تلقت", "يتلقي", "تتلقي",
})
"""Verbs that answer a call or an offer made by another (in the normalised spelling)."""


def answered_call(context: Extraction, words: list[Word], position: int,
                  subjects: list[Arg]) -> bool:
    """True when the stance noun at ``words[position]`` follows «VERB X» with an answering
    verb and ``X`` the subject found for it: X answers the call, it does not make it."""
    if not subjects or position == 0 or not words[position].norm.startswith("ال"):
        return False  # «رفضت قطر إدانة الهجوم»: an act of her own she refused
    holder = subjects[0]
    if holder.end > words[position].start or \
            context.doc.text[holder.end:words[position].start].strip():
        return False
    before = [w for w in words[:position] if w.end <= holder.start]
    if not before or context.doc.text[before[-1].end:holder.start].strip():
        return False
    verb = before[-1]
    return verb.norm.lstrip("وف") in _ANSWERING
