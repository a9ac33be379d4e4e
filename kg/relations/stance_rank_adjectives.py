"""«كانت روسيا الداعم الأول لإيران», «تعد قطر المؤيد الأبرز للاتفاق»: a ranking adjective
right after a stance noun is no object.

A backer or an opponent is often ranked: «الداعم الأول» ('the first backer'), «الداعم
الرئيسي», «الداعم الأكبر», «المؤيد الأبرز», «المعارض الأشد». The adjective agrees with the
noun (both definite) and says nothing of what is backed; the object follows it, with «لـ»
(«لإيران», «للاتفاق»). Read as the object, it gave «supports(روسيا → الأول)». The
adjective right after the trigger is passed, so the object is read after it.
"""

from __future__ import annotations

from kg.relations.index import Word

_RANKS = frozenset({
    "الاول", "الاولي", "الرئيسي", "الرئيسيه", "الاكبر", "الكبري", "الابرز", "الاشد",
    "الاساسي", "الاساسيه", "الاقوي", "الاهم", "الوحيد", "الوحيده", "الاقرب", "الاكثر",
    "الاخير", "الاخيره", "التاريخي", "الدائم",
})
"""Definite adjectives that rank or qualify a backer or an opponent."""


def past_rank_adjective(words: list[Word], trigger: int, first_word: int) -> int:
    """Past a ranking adjective right after the stance noun at ``words[trigger]``
    («الداعم الأول لإيران»); ``first_word`` otherwise."""
    if first_word == trigger + 1 and first_word < len(words) and \
            words[trigger].norm.startswith("ال") and words[first_word].norm in _RANKS:
        return first_word + 1
    return first_word
