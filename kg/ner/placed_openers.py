"""A place with a glued preposition, or a foreign rank, does not open a person name: «بجدة»
in «مدير التعليم بجدة عبدالله بن أحمد الثقفي», «كولونيل» in «اللفتنانت كولونيل مانيش ميهتا».

An office is often named with the place it serves, glued to «ب» or «ل» («المدير العام
للتعليم بجدة», «مدير الشرطة بمكة»), right before the holder's name. The tagger, reading
a rare word before a given name, may run the name back over the place, and the holder
becomes «جدة عبدالله بن أحمد الثقفي»: his statements and his office go to a name no one
bears, and the document never meets it again. :func:`placed_openers` takes that first
word out of a person name of two words or more when:

- it carries «ب» or «ل» (or «بال»: «بالرياض»), and the rest is a city, a region or a
  country of the bundled lists («جدة», «مكة», «مصر»);
- the whole word is no listed given name («بشار» is a name, not «ب» and «شار»), nor is
  the word read whole in the lists of places or of people («لافي»);
- a listed given name follows it in the name («بجدة عبدالله»): many foreign given names
  are also the names of towns, and «لسيب بلاتر», «لأرنولد شوارزنيجر» (to Sepp Blatter, of
  Arnold Schwarzenegger) are a name after «ل». A place with «و» before the preposition
  is left alone too: «وبرايس دالاس هاوارد» is «and Bryce ...».

A title is often closed by the town its holder serves, after «في», right before the
name: «قال القيادي الكردي في كوباني شرفان درويش». The tagger may run the name back over
the town («كوباني شرفان درويش»). After a separate «في», a city, a region or a country of
the gazetteer (:func:`kg.gazetteer.index.default_gazetteer`, the word whole, no listed
given name and no person's name word) is taken out of the start of a person name of three
words or more: a person's name seldom follows «في» itself.

Military ranks of foreign armies are written as they sound, and the tagger, which has
seldom met them, reads the second word of a two-word rank as a first name: «المتحدث
باسم وزارة الدفاع الهندية اللفتنانت [كولونيل مانيش ميهتا]». Such a rank word
(:data:`FOREIGN_RANKS`), with the article or not, is taken out of the start of a person
name of two words or more.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.index import AliasKind, default_gazetteer
from kg.gazetteer.person_words import is_given, split_word
from kg.ner.conll import chunks
from kg.ner.features import name_gazetteer
from kg.ner.names import person_words

_PREPOSITIONS = frozenset({"ب", "ل", "بال"})
_PLACES = frozenset({"city", "region", "country"})
_PLACE_LABELS = frozenset({"City", "Region", "Country", "Place"})
_IN = "في"
FOREIGN_RANKS = frozenset(split_word(word)[0] for word in (
    "كولونيل", "لفتنانت", "ميجور", "كابتن", "أدميرال", "ادميرال", "بريجادير", "بريغادير",
    "كوماندر", "سيرجنت", "سرجنت", "كابورال"))
"""Ranks of foreign armies, written as they sound (normalised, without the article)."""


def placed_word(word: str) -> bool:
    """Whether ``word`` is a place with a glued «ب» or «ل» (see the module docstring)."""
    normal, proclitics, stem = split_word(word)
    if proclitics not in _PREPOSITIONS or is_given(word) or normal in person_words():
        return False
    names = name_gazetteer().names
    return names.get((stem,)) in _PLACES and (normal,) not in names


def town_after_in(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` is a place named whole right after a separate «في» (see
    the module docstring): «في [كوباني] شرفان درويش»."""
    if index == 0 or split_word(words[index - 1])[0] != _IN:
        return False
    word = words[index]
    if is_given(word) or split_word(word)[0] in person_words():
        return False
    gazetteer = default_gazetteer()
    return any(ref.kind is AliasKind.NAME and gazetteer.entry(ref.key).label in _PLACE_LABELS
               for ref in gazetteer.lookup(word))


def foreign_rank(word: str) -> bool:
    """Whether ``word`` is a foreign rank («كولونيل», «الميجور»), with «و» or the article."""
    normal = split_word(word)[0]
    return any(normal.startswith(prefix) and normal[len(prefix):] in FOREIGN_RANKS
               for prefix in ("", "ال", "و", "وال"))


def placed_openers(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a place glued to «ب» or «ل» before a given name, or a foreign
    rank, taken out of the start of a person name of two words or more, and a town after
    «في» (:func:`town_after_in`) out of one of three words or more (see the module
    docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind == "PERS" and end - start >= 2 and (foreign_rank(words[start]) or (
                placed_word(words[start]) and is_given(words[start + 1])) or (
                end - start >= 3 and town_after_in(words, start))):
            result[start] = "O"
            result[start + 1] = "B-PERS"
    return result
