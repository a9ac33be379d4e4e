"""«ثمن» after a verb of paying is the noun «price», not the verb «ثمّن» (praised).

«حكومة السنيورة تدفع اليوم ثمن أخطاء إدارة بوش», «دفع الشعب ثمن الحرب», «سيدفعون الثمن
غاليا»: unvowelled, «ثمن» reads as the verb of praise; right after a form of «دفع» (one
adverb may stand between) it is what is paid, and no stance is read.
"""

from __future__ import annotations

from kg.relations.index import Word

_PAYING = frozenset({
    "دفع", "دفعت", "دفعوا", "يدفع", "تدفع", "يدفعون", "يدفعان", "تدفعان", "ندفع", "ادفع",
    "سيدفع", "ستدفع", "سيدفعون", "سندفع", "لدفع", "بدفع", "ودفع", "ودفعت", "وتدفع", "ويدفع",
})
_ADVERBS = frozenset({"اليوم", "الان", "ايضا", "وحده", "وحدها", "غاليا", "دائما", "امس"})


def paid_price(words: list[Word], position: int, rest: str) -> bool:
    """The stance word at ``position`` is «ثمن» right after a verb of paying."""
    if rest != "ثمن":
        return False
    index = position - 1
    if index >= 0 and words[index].norm in _ADVERBS:
        index -= 1
    return index >= 0 and words[index].norm in _PAYING
