"""A violent noun told as a trend: whoever tells the trend did not do the violence.

«اعترف الجيش الأميركي بتصاعد الهجمات المسلحة شرق البلاد», «وأكدت الشرطة تزايد الهجمات
في بغداد», «حذر الوزير من تفاقم أعمال العنف»: an attack noun in the genitive of a noun of
a change of level (``TREND_NOUNS``: «تصاعد», «تزايد», «ارتفاع», «تراجع», ...) names a
trend of many events, and the name before it is the subject of the verb that tells the
trend (one who admits, confirms or warns), not the doer of the attacks. The agent read
before the noun is dropped (``trend_told``); a doer named after it in its own genitive
(«تصاعد هجمات طالبان») is read by the genitive rules as before.
"""

from __future__ import annotations

from kg.relations.index import Word

TREND_NOUNS = frozenset({
    "تصاعد", "تزايد", "ازدياد", "ارتفاع", "تراجع", "انخفاض", "تنامي", "تفاقم", "تكرار",
    "وتيره", "تصعيد",
})
"""Nouns of a change of level whose genitive is the events counted: «تصاعد الهجمات»."""


def trend_told(words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is the genitive of a trend noun right
    before it («بتصاعد الهجمات», «تزايد الهجمات المسلحة»)."""
    return position > 0 and words[position - 1].has(TREND_NOUNS)
