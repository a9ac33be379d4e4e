"""The place a Saudi local body is named by, when no tagger found it as a place.

«شرطة ينبع», «أمانة الاحساء», «شرطة الشرقية», «شرطة محافظة حفر الباطن»: a local
body's noun (:data:`kg.gazetteer.bodies.LOCAL_BODY_HEADS`: أمانة، بلدية، شرطة، إمارة،
سجون) names its town or region right after it, or after «منطقة/محافظة/مدينة». The
taggers often miss that word («ينبع» is also a verb), read it as a person («الاحساء»),
or cut a two-word town («حفر الباطن»). After the body's noun, the word is its place
when:

- the bundled name lists know it (or it and the next word) as a city or a region
  (``names.tsv``), with the article written or not («الاحساء» for «الأحساء»);
- it is a Saudi region named by its adjective or its standing («الشرقية», «الحدود
  الشمالية», «العاصمة المقدسة»), which the lists know only with «المنطقة».

After «منطقة/محافظة/مدينة», an unknown town of one indefinite word may take one
definite word after it: the two make a construct name («حفر الباطن», «وادي الدواسر»);
a time word («اليوم», «الماضي») is left out.
"""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer.index import name_key
from kg.gazetteer.person_words import split_word
from kg.ner.features import listed_names

_PLACE_CATEGORIES = frozenset({"city", "region"})
_COMPASS = frozenset(name_key("شمال جنوب شرق غرب وسط شرقي غربي شمالي جنوبي"))
"""A listed one-word «غرب» is part of a longer place («بلدية غرب الدمام»): no place alone."""
_REGION_NAMES = tuple(name_key(phrase) for phrase in (
    "الحدود الشمالية", "العاصمة المقدسة", "المنطقة الشرقية", "الشرقية"))
"""Saudi regions named by an adjective or a standing (the longer phrase first)."""


@lru_cache(maxsize=1)
def listed_places() -> frozenset[tuple[str, ...]]:
    """The normalised words of the listed cities and regions of one or two words, each
    with and without its article."""
    places: set[tuple[str, ...]] = set()
    for name, category in listed_names():
        if category not in _PLACE_CATEGORIES:
            continue
        words = tuple(split_word(word)[0] for word in name.split())
        if 1 <= len(words) <= 2 and all(word.isalpha() for word in words):
            places.add(words)
            if words[0].startswith("ال") and len(words[0]) > 4:
                places.add((words[0][2:], *words[1:]))
    return frozenset(places)


def named_place(texts: tuple[str, ...], index: int) -> int | None:
    """The last word of a listed place or a Saudi region opening at word ``index``
    (no proclitic but the article), or None."""
    for phrase in _REGION_NAMES:
        if tuple(texts[index:index + len(phrase)]) == phrase:
            return index + len(phrase) - 1
    places = listed_places()
    if index + 1 < len(texts) and tuple(texts[index:index + 2]) in places:
        return index + 1
    return index if (texts[index],) in places and texts[index] not in _COMPASS else None


def construct_town(texts: tuple[str, ...], index: int, not_names: frozenset[str]) -> int:
    """The last word of an unknown town opening at word ``index`` after a division
    noun: the next word too when this one is indefinite and the next definite
    («حفر الباطن»), else this one."""
    if index + 1 >= len(texts) or texts[index].startswith("ال"):
        return index
    after = texts[index + 1]
    if after.startswith("ال") and after.isalpha() and len(after) >= 5 and \
            after not in not_names:
        return index + 1
    return index
