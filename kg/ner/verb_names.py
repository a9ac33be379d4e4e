"""«أشرف» before «على» is the verb «supervised», not the given name Ashraf.

«أشرف» is a frequent given name and the perfect of «أشرف على» (to supervise), which sports
and local news use of coaches and officials: «المجموعة الأساسية أشرف عليها خالد القروني»,
«وأشرف على التدريبات المدرب». The tagger reads the verb as a one-word name, which can
then act or speak. A name never takes the preposition «على» with a pronoun or right
after it as its verb does, so :func:`supervising_verb` drops a person name that is the
word «أشرف» alone (with «و» or «ف» or not) when «على» or «عليه/عليها/عليهم/عليهما» follows
it at once, and a name the tagger made of «أشرف على» itself when a word with the article
follows («وأشرف على التدريبات المدرب»). Read on the written word: «علي» (the given name
Ali) after «أشرف» is a name («أشرف علي»), and a longer name («أشرف عبد الباقي») is left
alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ner.conll import chunks
from kg.text.normalize import normalize_key

_VERB = normalize_key("أشرف")
_ON = frozenset({"على", "عليه", "عليها", "عليهم", "عليهما", "عليهن"})
"""«على» as written (alef maqsura) and with its pronouns."""


def _supervise(word: str) -> bool:
    normal = normalize_key(word) or word
    return normal == _VERB or (normal[:1] in ("و", "ف") and normal[1:] == _VERB)


def supervising_verb(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) without a one-word person name «أشرف» before «على» (see the module
    docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind != "PERS" or not _supervise(words[start]):
            continue
        if end - start == 1 and end < len(words) and words[end] in _ON:
            result[start] = "O"
        elif end - start == 2 and words[start + 1] == "على" and end < len(words) and \
                (normalize_key(words[end]) or "").startswith("ال"):
            result[start:end] = ["O", "O"]
    return result
