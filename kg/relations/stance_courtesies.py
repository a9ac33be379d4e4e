"""Thanks for a courtesy: no praise.

Thanks are praise only for a deed (``lexicon.THANKED_FOR``: «شكره على جهوده»). Saudi news
thanks as often for a courtesy returned: «شكره لأهالي المنطقة على مشاعرهم الصادقة», «شكر
الوزارة على تهنئتها بالعيد», «على تعازيهم», «على برقيته», «على تمنياتهم». Feelings,
congratulations, condolences, cables and wishes are protocol, not something done; thanks for
them hold no attitude toward the one thanked (see the guidelines: «thanks ... as protocol»).
"""

from __future__ import annotations

from kg.relations.index import Word

_COURTESIES = frozenset({
    "مشاعر", "تهنئه", "تهنئت", "تهاني", "تبريكات", "تعازي", "تعزيه", "تعزيت", "مواساه",
    "مواسات", "برقيه", "برقيت", "برقيات", "تمنيات", "دعوات", "تحيات", "تحيه", "تحيت",
})
"""Nouns of feelings, congratulations, condolences, cables, wishes, prayers and greetings
(normalised; a stem ending «ت» is the «ة» before a possessive: «تهنئته»)."""
_POSSESSIVES = ("هما", "هم", "ها", "ه", "كم", "ك", "نا", "ي")


def courtesy(word: Word) -> bool:
    """«مشاعرهم», «تهنئته», «تعازيهم», «برقيته»: a noun of courtesy, with its possessive."""
    norm = word.norm.removeprefix("و")
    if norm in _COURTESIES:
        return True
    return any(norm.endswith(suffix) and norm[:-len(suffix)] in _COURTESIES
               for suffix in _POSSESSIVES)
