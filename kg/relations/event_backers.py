"""Backers named before a verb of success are not its subject.

«وحدات حماية الشعب بالتعاون مع الكتائب المقاتلة وبغطاء من طيران التحالف تمكنت من
السيطرة على المنطقة»: a phrase of backing («بغطاء من», «بدعم من», «بمساندة»,
«بالتعاون مع», «بإسناد من», «بمشاركة») names who helped, and the doer is the name that
opens the clause before the first such phrase. The nearest name before the verb is then
the backer, never the doer.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

BACKING_WORDS = frozenset({"بغطاء", "بدعم", "بمسانده", "بالتعاون", "باسناد", "بمشاركه",
                           "بتغطيه", "بمؤازره"})
"""Nouns of backing behind «ب», read without «و»: «وبغطاء من», «بدعم من»."""
_BACKING_REACH = 14


def backing_start(context: Extraction, words: list[Word], verb: int) -> int | None:
    """The index of the first backing phrase among the words right before ``words[verb]``
    in its clause, or None when none stands there."""
    first = None
    for index in range(verb - 1, max(-1, verb - _BACKING_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        norm = words[index].norm
        if norm in BACKING_WORDS or (norm.startswith("و") and norm[1:] in BACKING_WORDS):
            first = index
    return first
