"""In-document coreference of person names.

«بومبيو» after «مايك بومبيو», «جيفري» after «جيمس جيفري», «عبد الله صالح»
after «علي عبد الله صالح»: a shorter person name joins the one longer person
name in the document that it ends with (or, for one word, begins with). Titles
before a name («الرئيس», «وزير الخارجية») are not part of it. When two longer
names would fit, the short one is left alone rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.link.gazetteer import name_key
from kg.link.resources import TITLES

_TITLE_KEYS = frozenset(word for title in TITLES for word in name_key(title))
# Words that follow a title and are part of it: «وزير الخارجية», «الأمين العام».
_TITLE_COMPLEMENTS = frozenset(
    name_key("الخارجية الدفاع الداخلية العام الوزراء الأمريكي الأميركي الروسي التركي السوري")
)


def person_words(text: str) -> tuple[str, ...]:
    """The normalised words of a person name without leading titles."""
    words = name_key(text)
    index = 0
    while index < len(words) - 1 and (
        words[index] in _TITLE_KEYS or words[index] in _TITLE_COMPLEMENTS
    ):
        index += 1
    return words[index:]


def attach_short_names(names: Sequence[tuple[str, ...]]) -> dict[int, int]:
    """For each name (word tuple) that is a short form of exactly one longer
    name in ``names``, the index of that longer name.

    A one-word name matches a longer name's last word, or failing that its
    first word; a several-word name must be a proper suffix.
    """
    longer = [(index, words) for index, words in enumerate(names) if len(words) >= 2]
    links: dict[int, int] = {}
    for index, words in enumerate(names):
        if not words:
            continue
        distinct: dict[tuple[str, ...], int] = {}
        if len(words) == 1:
            for other, full in longer:
                if full[-1] == words[0]:
                    distinct.setdefault(full, other)
            if not distinct:
                for other, full in longer:
                    if full[0] == words[0]:
                        distinct.setdefault(full, other)
        else:
            for other, full in longer:
                if len(full) > len(words) and full[-len(words) :] == words:
                    distinct.setdefault(full, other)
        if len(distinct) == 1:
            links[index] = next(iter(distinct.values()))
    return links
