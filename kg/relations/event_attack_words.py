"""Words and constructions of attack and killing, and what makes each precise.

- An attempt on a life is an Attack on the one it was aimed at, not a Killing: nobody was
  killed (``attempted_killing``): «تعرض الوزير فلان لمحاولة اغتيال», «نجا الصحافي من محاولة
  اغتيال», «محاولة اغتيال فاشلة استهدفت القاضي».
"""

from __future__ import annotations

from kg.relations.index import Word

_ATTEMPTS = frozenset({"محاوله", "محاولات", "لمحاوله", "لمحاولات", "بمحاوله", "ومحاوله",
                       "ومحاولات"})
"""«محاولة اغتيال», «لمحاولة اغتيال», «ومحاولات اغتيال»: the attempt before a killing noun."""


def attempted_killing(words: list[Word], position: int) -> bool:
    """«محاولة اغتيال»: a killing noun right after a noun of attempting."""
    return position > 0 and words[position - 1].norm in _ATTEMPTS and \
        words[position - 1].sentence_index == words[position].sentence_index
