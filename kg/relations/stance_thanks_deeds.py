"""The deed thanks are for, after «لما» or «ل» + a deed noun, as after «على».

Thanks are praise only for a deed (``lexicon.THANKED_FOR``: «شكره لـ Y على جهوده»). News
names the deed as well with «لما» and the verb of what was done, its pronoun pointing back
to «ما» («عن شكره وتقديره لوزارة الداخلية لما قدمته من دعم», «لما بذلوه من جهود»), or with
«ل» glued to a deed noun («شكره لرجال الأمن لجهودهم», «لدورها في إنجاح الموسم»). Either
says what the thanked party did.
"""

from __future__ import annotations

from kg.relations.deeds import DEED_NOUNS, QUALITY_NOUNS
from kg.relations.index import Word

_WHAT = frozenset({"لما", "لِما"})
_POINTERS = ("ه", "ها", "هم", "هما", "وه", "ته")
"""Endings of the verb after «لما» whose pronoun points back to «ما» («قدمه», «بذلوه»)."""
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_DEEDS = DEED_NOUNS | QUALITY_NOUNS


def thanks_deed(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` opens the deed thanked for: «لما» before a verb with the
    pronoun of «ما», or «ل» + a deed noun («لجهودها», «لدوره»)."""
    word = words[index]
    if word.norm in _WHAT:
        return index + 1 < len(words) and words[index + 1].norm.endswith(_POINTERS) and \
            len(words[index + 1].norm) > 3
    if not word.norm.startswith("ل") or word.norm.startswith("لل"):
        return False
    noun = word.norm[1:]
    for suffix in _POSSESSIVES:
        if noun.endswith(suffix) and noun[:-len(suffix)] in _DEEDS:
            return True
    return noun in _DEEDS
