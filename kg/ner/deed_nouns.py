"""A verbal noun of what befalls a person never opens the person's name.

The tagger may open a person's name on a verbal noun the name lists hold as a given name
(«[انتخاب بلاتر]», see :mod:`kg.gazetteer.deed_nouns`). :func:`deed_noun_openers` takes
out of a person name of two words or more its first word when that word, with its
proclitics or none, is such a noun (:data:`kg.gazetteer.deed_nouns.DEED_NOUNS`): election,
appointment, dismissal, resignation, arrest, killing, death, visit, trial, execution.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.deed_nouns import DEED_NOUNS
from kg.gazetteer.person_words import split_word
from kg.ner.conll import chunks


def _deed_noun(word: str) -> bool:
    normal, _, stem = split_word(word)
    return normal in DEED_NOUNS or stem in DEED_NOUNS


def deed_noun_openers(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with the deed noun that opens a person name of two words or more
    taken out of it (see the module docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind == "PERS" and end - start >= 2 and _deed_noun(words[start]):
            result[start], result[start + 1] = "O", "B-PERS"
    return result
