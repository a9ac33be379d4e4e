"""A deed that did not succeed: «لم تتمكن القوات من قتل قائد التنظيم».

A verb of success (``event_success.SUCCESS_VERBS``: «تمكن», «نجح», «استطاع») negated by «لم»,
«لن», «ما» or «لا» says the deed it governs did not happen, as a negated event does: «لم تتمكن
القوات من قتل», «لم ينجح المسلحون في اقتحام», «لن يستطيع التنظيم السيطرة». The trigger is the
noun or verb behind the verb's preposition («من», «في», «ب») or right after its subject, in the
same clause, a few words after it; no event is read.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_success import SUCCESS_VERBS
from kg.relations.index import Word
from kg.relations.lexicon import JUSSIVE_PARTICLES, NEGATORS, find_event

_REACH = 6
"""How far the verb of success may stand before the trigger (its subject between them)."""


_NEGATORS_OR_JUSSIVE_PARTICLES = NEGATORS | JUSSIVE_PARTICLES


def failed_deed(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is governed by a negated verb of success
    in its clause, with no other event word between them."""
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.has(SUCCESS_VERBS):
            return index > 0 and not context.boundary_between(words[index - 1], word) and \
                words[index - 1].norm.lstrip("و") in _NEGATORS_OR_JUSSIVE_PARTICLES
        if find_event(word.norm) is not None:
            return False  # another event between: the verb governs that one
    return False
