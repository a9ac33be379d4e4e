"""A title whose last noun carries a pronoun ends there: «نائب وزير خارجيتها».

An Arabic genitive chain closes at a noun with an attached pronoun: «وزير خارجيتها»
("her foreign minister") takes no further complement. After it may come an adjective
(«السابق»), a conjunct noun with the same kind of pronoun («وزير خارجيتها وتجارتها»), or
a preposition that places the office («سفيرها في القاهرة»); a bare noun after it is the
clause's: «وأبدت سوريا عبر X نائب وزير خارجيتها استعدادها للحوار» — «استعدادها» is what
Syria showed, not more of the deputy minister's title.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_PRONOUNS = ("ها", "هما", "هم", "هن")
"""Pronouns of the third person written apart from «ة» («ـه» may be «ة» normalised)."""
_PLACING = frozenset({"في", "لدي", "الي", "علي", "عن", "من", "باسم"})


def _suffixed(word: Word) -> bool:
    return len(word.norm) >= 5 and word.norm.endswith(_PRONOUNS)


def closed_by_pronoun(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` follows a title word with an attached pronoun and cannot
    continue the title: no definite adjective, no preposition, no «و» + a suffixed
    conjunct, no name."""
    if index < 1 or not _suffixed(words[index - 1]):
        return False
    word = words[index]
    if word.norm.startswith(("ال", "وال", "ل", "ب")) or word.norm in _PLACING:
        return False
    if word.norm.startswith("و") and _suffixed(word):
        return False  # «وزير خارجيتها وتجارتها»: one office over two fields
    return context.mention_starting_in(word) is None
