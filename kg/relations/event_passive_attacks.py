"""The doer of an attack verb read as a passive, named after it with «من قبل».

«واستهدف موكب الوزير من قبل عناصر داعش», «وقصفت مواقع الحوثيين في تعز من قبل طائرات
التحالف»: an attack verb with no subject of its own whose clause names a doer behind «من
قبل» (or «على يد», «برصاص») was done by that doer, as a passive killing is («قُتل برصاص
الجيش», ``event_subjects.by_hand_of``). Only within the verb's own clause: a relative pronoun
or another verb of the clause between («وقصفت المواقع التي استخدمت من قبل المسلحين») opens a
clause whose doer that is, and so does a word of time («بعد»), which ``by_hand_of`` stops at.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_subjects import by_hand_of
from kg.relations.index import Arg, Word
from kg.relations.lexicon import RELATIVE_PRONOUNS, find_event

_BY = frozenset({"قبل", "يد", "ايدي"})
_REACH = 10


def passive_attack_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The doer named behind «من قبل» in the clause of the attack verb at ``words[position]``
    that has no subject of its own; [] when none, or when another clause opens first."""
    for index in range(position + 1, min(len(words), position + _REACH)):
        word = words[index]
        if word.norm in RELATIVE_PRONOUNS or find_event(word.norm) is not None or \
                context.boundary_between(words[index - 1], word):
            return []
        if word.bare() in _BY:
            return by_hand_of(context, words, position)
    return []
