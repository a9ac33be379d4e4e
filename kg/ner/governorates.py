"""A town the tagger reads as a person because the lists know it only as a governorate.

Saudi local news names a town by its bare name in the dateline and everywhere after
(«سبق- عنيزة:», «مهرجان صيف عنيزة», «شرطة رفحاء»), while the bundled name lists know
many of these towns only with their division noun: «محافظة عنيزة», «مدينة الخفجي».
The tagger then often reads the bare name, a rare word, as a person. A one-word
person mention (a conjunction or a preposition aside) whose word is listed only as
«محافظة» / «مدينة» + that word (category region or city in ``names.tsv``) is that
town, a City. The word must be rare in general text (word-usage bucket 6 or rarer:
«الخبر», «الوادي», «الجوف» are also common nouns) and listed as no other name. A
town's word is the town only in a document where no person name of two words or more
has it as a word: «غريفيث» after «مارتن غريفيث» is the envoy; «عنيزة» in a document
with no «عنيزة ...» person is the town although it is also a given name. A name of
two words or more is left as it is («عنيزة العتيبي» is no town).
"""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer.person_words import split_word
from kg.ner.features import listed_names, word_usage

_DIVISIONS = ("محافظه ", "مدينه ")
_PLACE_CATEGORIES = frozenset({"region", "city"})
_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول"})
_RARE = frozenset({"6", "7"})


@lru_cache(maxsize=1)
def division_towns() -> frozenset[str]:
    """Normalised words listed only after a division noun («عنيزه» of «محافظة عنيزة»)."""
    listed: dict[str, set[str]] = {}
    towns: set[str] = set()
    for name, category in listed_names():
        normal = " ".join(split_word(word)[0] for word in name.split())
        listed.setdefault(normal, set()).add(category)
        for division in _DIVISIONS:
            rest = normal.removeprefix(division)
            if rest != normal and category in _PLACE_CATEGORIES and " " not in rest:
                towns.add(rest)
    usage = word_usage()
    return frozenset(town for town in towns if town not in listed and
                     usage.get(split_word(town)[2], ("7",))[0] in _RARE)


def town_label(text: str, label: str, first_names: frozenset[str] = frozenset()) -> str:
    """``City`` for a one-word person mention that names a listed division's town, else
    ``label``. ``first_names``: the words (normalised) of the document's person names
    of two words or more; a town's word must be none of them."""
    if label != "Person" or " " in text.strip():
        return label
    normal, proclitics, stem = split_word(text.strip())
    towns = division_towns()
    town = normal if normal in towns else stem if proclitics in _PROCLITICS else ""
    if town not in towns:
        return label
    if town in first_names:
        return label
    return "City"


def person_name_words(names: list[str]) -> frozenset[str]:
    """The normalised words of the person names of two words or more in ``names``."""
    return frozenset(split_word(word)[0] for name in names if len(name.split()) > 1
                     for word in name.split())
