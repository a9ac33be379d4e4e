"""«ثمن» after «دفع» is the price paid, not praise.

«حكومة السنيورة تدفع اليوم ثمن أخطاء إدارة بوش», «سيدفع النظام الثمن غاليا», «دفع
الشعب ثمن سياساته»: unvocalised «ثمن» reads as «ثمّن» (praised) or as «ثَمَن» (price).
Written after a form of «دفع» (pay), past at most the payer and a time adverb, it is the
price; «وثمّن الرئيس جهود مصر» stays praise.
"""

from __future__ import annotations

from kg.relations.index import Word

_PRICE = frozenset({"ثمن", "الثمن", "بثمن"})
_PAYING = ("دفع", "يدفع", "تدفع", "ندفع", "ادفع", "سيدفع", "ستدفع", "يدفعون", "دفعوا",
           "دفعت", "دفعنا", "دفعه", "يدفعها", "تدفعه", "لدفع", "بدفع", "سندفع", "سيدفعون",
           "يدفعان", "تدفعان")
_REACH = 3
"""Words between the paying verb and «ثمن» (the payer, «اليوم», «غاليا»)."""


def paid_price(words: list[Word], position: int) -> bool:
    """True when «ثمن» at ``words[position]`` follows a form of «دفع» within a few words."""
    if words[position].norm not in _PRICE:  # «وثمن» opens a clause: praise
        return False
    for earlier in words[max(0, position - _REACH - 1):position]:
        if earlier.norm.lstrip("وف") in _PAYING:
            return True
    return False
