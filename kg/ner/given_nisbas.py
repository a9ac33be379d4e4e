"""A given name that is also a nationality adjective, before a family name: «تركي المشيقح».

Some Gulf given names are spelt as an indefinite nationality adjective: «تركي» (Turki,
and «Turkish»), «يمني». The gazetteer reads the word as a country's adjective and the
tagger, taught by it, leaves the name untagged: «قال الشاعر السعودي تركي المشيقح إن ...»
loses its speaker, every time the article names him. An adjective describes an
indefinite noun before it («مسؤول تركي») and is followed by what the sentence goes on
with; a given name is followed by its family name. So :func:`given_nisba_names` tags a
person of two words where:

- the word is a listed given name with no proclitic, and a country's adjective without
  the article in the gazetteer, untagged or tagged alone (a place, a Misc, or a person
  of this one word);
- the next word, untagged, is a family name: a nisba listed among people's names
  («الحربي»: :func:`kg.ner.cues.listed_nisba`), or a rare definite word of a name
  («الفيصل»: :func:`kg.ner.family_words.definite_family`) or one general text never
  uses («المشيقح»: :func:`kg.ner.family_words.unknown_family`).

«مسؤول تركي الجنسية», «وفد تركي الأسبوع الماضي» keep their adjective: «الجنسية» and
«الأسبوع» are common words, no family names.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.index import AliasKind, default_gazetteer
from kg.gazetteer.person_words import is_given, split_word
from kg.ner.cues import listed_nisba
from kg.ner.family_words import definite_family, unknown_family

_LOOSE = frozenset({"B-LOC", "B-MISC", "B-PERS"})
"""A one-word tag the given name may carry: the country or adjective the tagger read, or
the given name alone (which the gazetteer's adjective then outweighs)."""


def _nationality(word: str) -> bool:
    """A given name spelt as an indefinite nationality adjective: «تركي»."""
    normal, proclitics, _ = split_word(word)
    if proclitics or not normal.endswith("ي") or not is_given(word):
        return False
    return any(ref.kind is AliasKind.ADJECTIVE for ref in default_gazetteer().lookup(normal))


def _family(word: str) -> bool:
    return listed_nisba(word) or definite_family(word) or unknown_family(word)


def given_nisba_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a person of two words where a given name spelt as a
    nationality adjective precedes a family name (see the module docstring)."""
    result = list(tags)
    for index in range(len(words) - 1):
        tag = result[index]
        if tag != "O" and not (tag in _LOOSE and not result[index + 1].startswith("I-")):
            continue
        if result[index + 1] != "O" or (
                index + 2 < len(result) and result[index + 2].startswith("I-")):
            continue
        if _nationality(words[index]) and _family(words[index + 1]):
            result[index:index + 2] = ["B-PERS", "I-PERS"]
    return result
