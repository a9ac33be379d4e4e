"""What a deal will do is no party to it: «الاتفاق سيقود إلى علاقات أوثق مع الجيران خاصة قطر».

After an agreement noun the names behind «مع»/«بين» are its parties («اتفاق مع إيران»). When the
noun is the subject of a verb of effect right after it (past its definite adjectives: «الاتفاق
النووي سيحسن علاقات إيران مع جيرانها», «الاتفاقية تتيح للشركات العمل مع»), the names after that
verb belong to its clause: what the deal leads to, allows or improves, not who made it. The
reading of the deal's roles stops at such a verb (``event_roles.roles_after``).
"""

from __future__ import annotations

from kg.relations.event_draft import Draft
from kg.relations.index import Word

_EFFECT_STEMS = ("قود", "ؤدي", "ودي", "سمح", "تيح", "منح", "حسن", "عزز", "فتح", "ساعد", "سهم",
                 "غير", "جعل", "مكن", "ضمن", "دفع", "عيد", "نهي", "خفف", "رفع")
"""Stems of verbs of effect («يقود», «يؤدي», «يسمح», «يتيح», «يحسن», «يعزز», «يفتح», «ينهي»)."""
EFFECT_VERBS = frozenset(
    tense + stem for tense in ("ي", "ت", "سي", "ست") for stem in _EFFECT_STEMS)
"""Their imperfect and future forms, masculine and feminine («سيقود», «ستتيح»)."""
_ADJECTIVES = 3
"""How many definite adjectives may stand between the noun and the verb («الاتفاق النووي
الإيراني سيحسن»)."""


def deal_predicate(words: list[Word], draft: Draft, start: int) -> int | None:
    """The index in ``words`` of a verb of effect whose subject is the agreement noun of
    ``draft`` (the noun's next word is ``words[start]``), or None."""
    if draft.label != "Agreement" or draft.verb:
        return None
    for index in range(start, min(len(words), start + _ADJECTIVES + 1)):
        norm = words[index].norm
        if norm in EFFECT_VERBS:
            return index
        if not norm.startswith("ال"):
            return None
    return None
