"""A masculine body right after a feminine stance verb is its object, not its subject.

A verb agrees in gender with a subject that follows it: «وطالب مجلس الأمن», «ودعا
المجتمع الدولي», never «وطالبت مجلس الأمن». So in «وأصدرت الوزارة بيانا أدانت فيه
الهجوم، وطالبت المجتمع الدولي بالتحرك» or «ودعت الجامعة العربية مجلس الأمن إلى ...» the
body after the feminine verb is the one called on, and the verb keeps the holder of the
clause it continues. Only nouns that head a body's name and are masculine singular count
(«مجلس», «الاتحاد», «المجتمع», «الجيش», «البرلمان» ...): a title may name a woman («قالت
وزير الخارجية X»), a one-word name takes either gender («قالت حماس»), and a broken plural
takes a feminine verb («وطالبت الفصائل»), so none of them is listed.
"""

from __future__ import annotations

from kg.relations.index import Word

_MASCULINE_BODIES = frozenset({
    "مجلس", "اتحاد", "مجتمع", "جيش", "برلمان", "تحالف", "حزب", "بنك", "صندوق", "تنظيم",
    "كونغرس", "كونجرس", "كنيست", "نظام", "ائتلاف", "شعب", "مكتب", "مركز", "ديوان",
    "مجمع", "معهد", "نادي", "فريق", "برنامج", "جهاز",
})
"""Masculine singular heads of the names of bodies, without the article."""


def masculine_object(verb_gender: str | None, following: Word) -> bool:
    """Whether ``following``, right after a stance verb of ``verb_gender``, is a masculine
    body the feminine verb cannot agree with («وطالبت المجتمع الدولي بـ ...»)."""
    if verb_gender != "f":
        return False
    norm = following.norm
    if norm.startswith("ال"):
        norm = norm[2:]
    return norm in _MASCULINE_BODIES
