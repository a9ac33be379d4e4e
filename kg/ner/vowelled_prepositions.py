"""«على» before a vowelled noun is the preposition, not the given name «علي».

Gulf and Egyptian prose often write the name «علي» with a final «ى», so the tagger takes
«على» (on) for the given name, and the noun after it for the family name: «وأثنى المدير على
حُسن التنظيم» gave a person «على حُسن» who praised and held the director's title. A writer
puts a short vowel on a word to tell two readings of a common noun apart («حُسن», «عِلم»);
news never vowels a person's name. :func:`vowelled_prepositions` drops a person name whose
first word is «على» as written (with «و» or «ف» glued or not) and whose second word carries a
short vowel or a sukun inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ner.conll import chunks

__all__ = ["vowelled_prepositions"]

_ON = frozenset({"على", "وعلى", "فعلى"})
"""The preposition as written, with its alef maqsura."""
_SHORT_VOWELS = frozenset("\u064e\u064f\u0650\u0652")
"""Fatha, damma, kasra and sukun (not the tanween or the shadda, which names may carry)."""


def _vowelled(word: str) -> bool:
    return any(char in _SHORT_VOWELS for char in word[:-1])


def vowelled_prepositions(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) without a person name «على» + a vowelled noun (see the module
    docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind == "PERS" and end - start >= 2 and words[start] in _ON and \
                _vowelled(words[start + 1]):
            result[start:end] = ["O"] * (end - start)
    return result
