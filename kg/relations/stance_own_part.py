"""«for its part» between a fronted subject and its verb.

News fronts the actor of a reaction and marks it as its turn: «والجمعية بدورها تشكر وزارة
الصحة على تعاونها», «والسعودية من جانبها ترحب بالقرار», «والوزارة أيضاً تثمن جهود ...».
The aside («بدوره/بدورها», «من جانبه/من جهتها», «أيضاً», «كذلك») belongs to the fronted name;
the name is still the verb's subject, and the name after the verb its object. Without this,
the verb was read as verb-first and the object taken for its subject.
"""

from __future__ import annotations

from kg.relations.index import Word

_ITS_TURN = frozenset({"بدوره", "بدورها", "بدورهم", "بدورهما", "ايضا", "كذلك"})
"""One-word asides: «بدوره» (in its turn), «أيضاً», «كذلك» (also)."""

_SIDES = frozenset({"جانبه", "جانبها", "جانبهم", "جانبهما", "جهته", "جهتها", "جهتهم",
                    "جهتهما", "ناحيته", "ناحيتها"})
"""The nouns of «من جانبه», «من جهتها» (for its part)."""


def before_own_part(words: list[Word], index: int) -> int:
    """The index of the last word before a «for its part» aside that ends at
    ``words[index]``; ``index`` itself when no such aside ends there."""
    if index >= 1 and words[index].norm in _SIDES and words[index - 1].norm == "من":
        return index - 2
    if index >= 1 and words[index].norm in _ITS_TURN:
        return index - 1
    return index
