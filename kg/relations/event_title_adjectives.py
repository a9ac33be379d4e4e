"""The adjectives between a victim's trade and his name: «قُتل الصحفي السوري ناجي الجرف».

A definite noun of rank or trade before a person's name describes that person, who is the
victim (``targets``). The noun may carry its own definite adjectives first: a nisba («السوري»,
«الحقوقي», «الفلسطينية»; a country's nisba the NER tags as the country) or a word of standing
(«البارز», «المعروف»). Up to two are passed before the name is looked for.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_STANDING = frozenset({"البارز", "البارزه", "المعروف", "المعروفه", "الشهير", "الشهيره",
                       "الكبير", "الكبيره", "السابق", "السابقه", "الميداني"})
"""Definite adjectives of standing after a trade noun («القيادي البارز», «القائد الميداني»)."""
_ADJECTIVES = 2


def _adjective(context: Extraction, word: Word) -> bool:
    """A definite nisba or a word of standing, no name of its own (a country's nisba may be
    tagged as the country)."""
    norm = word.norm
    if not norm.startswith("ال"):
        return False
    mention = context.mention_starting_in(word)
    if mention is not None and not (mention.label == "Country" and context.is_nisba(mention)):
        return False
    return norm in _STANDING or (len(norm) > 4 and norm.endswith(("ي", "يه")))


def past_title_adjectives(context: Extraction, words: list[Word], index: int) -> int:
    """The index after the adjectives that open at ``words[index]`` (``index`` if none)."""
    start = index
    while index < len(words) and index - start < _ADJECTIVES and \
            not context.boundary_between(words[index - 1], words[index]) and \
            _adjective(context, words[index]):
        index += 1
    return index
