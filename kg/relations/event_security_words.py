"""«أمنية» after a noun it qualifies is «security», not «a wish».

«أعلنت مصادر أمنية عراقية مقتل رجل دين», «وقالت مصادر أمنية إن مسلحين قتلوا»: the adjective
«أمنية» («security») shares its letters with the noun «أمنية» («a wish», a word that marks an
event as only hoped for, ``lexicon.PLANNED_WORDS``: «أمنيته أن يزور القدس»). Right after a
noun of sources, forces, measures or events («مصادر», «قوات», «حملة», «تطورات»), with or
without the article, it is the adjective and marks nothing as hoped for (``wish_words``).
"""

from __future__ import annotations

from kg.relations.index import Word

_SECURITY = frozenset({"امنيه"})
_QUALIFIED = frozenset({
    "مصادر", "مصدر", "اجهزه", "قوات", "قوه", "حمله", "حملات", "عمليه", "عمليات", "خطه",
    "اجراءات", "تعزيزات", "دوائر", "حاله", "تطورات", "جهات", "جهه", "ترتيبات", "تدابير",
    "احتياطات", "دوريه", "دوريات", "مخاوف", "تقارير", "معلومات", "وحدات", "اعتبارات", "ظروف",
    "اوساط", "خروقات", "اسباب", "ازمه", "اوضاع", "تحديات", "تهديدات", "حوادث", "احداث",
    "اختراقات", "منطقه", "مناطق", "شركه", "شركات", "خدمات", "اجتماعات", "لجنه", "لجان",
    "مسؤوليات", "قياده", "قيادات", "مؤسسه", "مؤسسات", "اجراءاتها", "مراكز", "مقرات", "تطورا",
})
"""Nouns «أمنية» qualifies right after them («مصادر أمنية», «الحملة الأمنية»)."""


def wish_words(words: list[Word], window: list[Word]) -> list[Word]:
    """The words of ``window`` (words of ``words``) less each «أمنية» that qualifies the noun
    right before it in ``words``."""
    if not words:
        return window
    first = words[0].index
    kept = []
    for word in window:
        at = word.index - first
        if word.has(_SECURITY) and 0 < at < len(words) and words[at - 1].has(_QUALIFIED):
            continue  # «مصادر أمنية»: security, no wish
        kept.append(word)
    return kept
