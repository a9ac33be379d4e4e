"""A body named as the complement of a title is not the holder of a light verb's stance.

«وأعرب رئيس حزب القوات اللبنانية عن شكره وتقديره للمملكة»: the party right before «عن
شكره» is what the title «رئيس» governs; the thanks are the title holder's, the person
named earlier with that title (see :mod:`kg.relations.stance_titled_holders`), never the
party's. A named actor whose first word follows an indefinite title head («رئيس»,
«وزير», «أمين») in construct is that title's complement and holds no stance of its own.
"""

from __future__ import annotations

from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite


def title_complement(words: list[Word], actor: Arg) -> bool:
    """Whether ``actor`` starts right after an indefinite title head in construct
    («رئيس حزب القوات اللبنانية», «أمين عام الجامعة»), i.e. is governed by the title."""
    for index, word in enumerate(words):
        if word.start <= actor.start < word.end:
            if index == 0 or word.start != actor.start:
                return False
            head = words[index - 1]
            return is_title_head(head) and not definite(head)
    return False
