"""«ريف» (countryside): a common noun alone, a region with the place it belongs to.

Syrian and Iraqi war reports place villages and fighting «في ريف حلب», «بريف إدلب
الجنوبي», «وريف دمشق» (the governorate of Rif Dimashq), and speak of «الريف الشمالي لحمص».
A statistical tagger takes the word itself for a name and its word list makes it a
Country (from the Rif of Morocco), or runs it into a person («ريف دمشق»). Two rules:

- a one-word mention that is «ريف» with or without its clitics («بريف», «الريف», «وريف»)
  is the common noun and names nothing: «قرى بريف حلب» must not make «بريف» the target of a
  strike;
- a place mention that opens with «ريف» and goes on («ريف دمشق», «ريف إدلب الجنوبي») is a
  Region;
  and the place after «ريف» is never read as the surname of a given name «ريف».
"""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer.index import name_key
from kg.model import Mention

_COUNTRYSIDE = "ريف"
_CLITICS = ("وب", "ول", "فب", "وال", "بال", "لل", "و", "ف", "ب", "ل", "ال")
COUNTRYSIDE_WORDS = frozenset({_COUNTRYSIDE, "و" + _COUNTRYSIDE, "ب" + _COUNTRYSIDE})
"""«ريف» is also a given name (Reef); before a place it is the countryside, and the place
after it is no surname of it («ريف دمشق» is no person)."""


def _bare(word: str) -> str:
    for clitic in _CLITICS:
        if word.startswith(clitic) and word[len(clitic):] == _COUNTRYSIDE:
            return _COUNTRYSIDE
    return word


def countryside_noun(mention: Mention) -> bool:
    """A one-word mention that is «ريف» with or without clitics: no name."""
    words = name_key(mention.text)
    return len(words) == 1 and _bare(words[0]) == _COUNTRYSIDE


def countryside_region(mention: Mention) -> Mention:
    """A place mention of two words or more that opens with «ريف»: a Region («ريف دمشق»,
    not a Country); a person named Reef («ريف الأحمد») keeps her class."""
    words = name_key(mention.text)
    if len(words) < 2 or _bare(words[0]) != _COUNTRYSIDE or \
            mention.label in {"Region", "Person"}:
        return mention
    return replace(mention, label="Region")
