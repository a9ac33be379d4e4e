"""How the relation stage reads the parts of entity names.

The first words of a name and its aliases (what a glued clitic is told from,
:func:`first_words`), the stem a group's nisba plural shares with its adjective
(:func:`group_stem`), and the family names a person is called by alone inside a
longer name (:func:`family_names`).
"""

from __future__ import annotations

from kg.model import Entity
from kg.relations.lexicon import TITLE_HEADS
from kg.text.normalize import normalize_key


def first_words(entity: Entity | None) -> list[str]:
    """The first words of the entity's name and aliases, with and without «ال»."""
    if entity is None:
        return []
    names = [normalize_key(entity.name), *(normalize_key(a) for a in entity.aliases)]
    first = [n.split(" ")[0] for n in names if n]
    return first + [n.removeprefix("ال") for n in first]


def group_stem(word: str, endings: tuple[str, ...]) -> str | None:
    """«الحوثيين» → «حوث», «الحوثيه» → «حوث»: a definite nisba word without «ال» and its
    ending; None when the word is no such form or the stem is under three letters."""
    if not word.startswith("ال"):
        return None
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) - 2 >= 3:
            return word[2:-len(ending)]
    return None


_COMPOUND_OPENERS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "ام"})
_COMPOUND_ENDS = frozenset({"الدين", "الاسلام", "الله", "الرحمن"})


def family_names(name: list[str]) -> list[str]:
    """«محمود الصرخي الحسني» → [«الصرخي»]: a definite word inside a name of three words or
    more, after a given name and before a last definite word (a lineage or tribe after the
    family name), is a name the person is called by alone («دعا الصرخي»); not the second
    half of a compound given name («عبد العزيز», «نور الدين»), nor a name opening with a
    title."""
    if len(name) < 3 or not name[-1].startswith("ال") or name[0] in TITLE_HEADS:
        return []  # «وكيل الرقيب حسين الوعيد»: a title the tagger took in, not a name
    return [word for index, word in enumerate(name[1:-1], 1)
            if word.startswith("ال") and len(word) >= 5 and word not in _COMPOUND_ENDS
            and name[index - 1] not in _COMPOUND_OPENERS
            and not name[index - 1].startswith("ال")]
