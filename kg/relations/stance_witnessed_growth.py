"""«أثنى على التطور الذي تشهده صحيفة الأيام»: praise of the growth a named body is seeing.

Gulf news praise a body or a country through the growth it sees: «أشاد بالنهضة التي تشهدها
المملكة», «أثنت الشركة على التطور الذي تشهده صحيفة X». The praised noun is a definite noun of
growth («التطور», «النهضة», «التقدم», «الازدهار», «النمو», «الطفرة»), at most one adjective
follows it, then the relative pronoun that agrees with it and a verb of witnessing or living
whose pronoun points back to it («تشهده», «يشهدها», «شهدته», «تعيشها»). The subject of that
verb, right after it, is the one whose growth is praised: the stance's object.

:func:`witnessed_growth` only finds the word where that subject starts; the caller
(:func:`kg.relations.deeds.deed_actor`) reads it as it reads the doer of a praised deed, so
only a name tagged as an agent is taken. A name is required here at once: «التطور الذي
تشهده العلاقات بين البلدين» names nobody, and the phrase stays the object as before.
"""

from __future__ import annotations

from kg.relations.arguments import typed_name
from kg.relations.context import Extraction
from kg.relations.index import Word

GROWTH_NOUNS = frozenset({"تطور", "تطورات", "نهضه", "تقدم", "ازدهار", "نمو", "طفره"})
"""Nouns of growth a place or a body sees («التطور», «النهضة»)."""

_WITNESSING_MASCULINE = frozenset({"تشهده", "يشهده", "شهدته", "شهده", "تعيشه", "يعيشه",
                                   "عاشته", "عاشه"})
_WITNESSING_FEMININE = frozenset({"تشهدها", "يشهدها", "شهدتها", "شهدها", "تعيشها", "يعيشها",
                                  "عاشتها", "عاشها"})
"""A verb of witnessing or living with the pronoun of the growth noun: «ه» for «التطور»,
«ها» for «النهضة» and for a plural of things («التطورات»)."""

_RELATIVES = frozenset({"الذي", "التي"})
_DEFINITE_PREFIXES = frozenset({"ال", "بال"})
_LAM_PREFIXES = frozenset({"لل"})
"""«للتطور»: a noun of appreciation takes what it praises with «ل» («عن تقديره للتطور»)."""


_DEFINITE_OR_LAM_PREFIXES = _DEFINITE_PREFIXES | _LAM_PREFIXES


def _growth_noun(word: Word, lam: bool) -> bool:
    """«بالتطور», «التطور», «النهضة» (after «على»), «للتطور» with ``lam``: a definite noun of
    growth."""
    prefixes = _DEFINITE_OR_LAM_PREFIXES if lam else _DEFINITE_PREFIXES
    return any(prefix.lstrip("وف") in prefixes and rest in GROWTH_NOUNS
               for prefix, rest in word.readings())


def _feminine(word: Word) -> bool:
    """«النهضة», «الطفرة», «التطورات»: the noun takes «التي» and «ها»."""
    stem = word.bare()
    return stem.endswith("ه") or stem.endswith("ات")


def witnessed_growth(context: Extraction, words: list[Word], first: int,
                     lam: bool = False) -> int | None:
    """The index of the word that starts the name whose growth is praised at ``first``
    («بالتطور الذي تشهده صحيفة الأيام» → «صحيفة»), or None (see the module docstring)."""
    if first >= len(words) or not _growth_noun(words[first], lam):
        return None
    feminine = _feminine(words[first])
    index = first + 1
    if index < len(words) and words[index].norm.startswith("ال") and \
            words[index].norm not in _RELATIVES and \
            context.covering_mention(words[index].start) is None:
        index += 1  # «التطور الكبير الذي»: one adjective
    if index + 2 >= len(words) or \
            words[index].norm != ("التي" if feminine else "الذي") or \
            words[index + 1].norm not in (_WITNESSING_FEMININE if feminine
                                          else _WITNESSING_MASCULINE):
        return None
    actor = index + 2
    if any(context.boundary_between(words[at], words[at + 1]) for at in range(first, actor)):
        return None
    if context.mention_starting_in(words[actor]) is None and \
            typed_name(context, words, actor) is None:
        return None
    return actor
