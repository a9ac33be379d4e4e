"""Cooperation owned by its holder: «وأكدت X تعاونها مع Y», «ستواصل تعميق تعاونها العسكري
مع Y».

A verbal noun of cooperation with a possessive pronoun («تعاونه», «تعاونها», «تعاونهم») is
``coordinatesWith`` only when its partner follows «مع» at once, or past one or two
adjectives («تعاونها العسكري مع»), in the same clause. Elsewhere it names no partner:
«شكر اللجنة على تعاونها، مع التأكيد على ...» (a comma ends the cooperation),
«شكرهم على تعاونهم وتطوعهم» (no «مع» at all). Nor when a stance word stands a few words
before it in its clause: the cooperation is then what that stance is about («هددت إيران
بمراجعة تعاونها مع الوكالة»: a threat, whose object the cooperation's partner stays).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import WORKED_WITH, find_stance

_OUTER_REACH = 3
"""How far before the noun a stance word makes the cooperation its topic."""

_ADJECTIVE_REACH = 2
"""How many adjectives may stand between the noun and «مع» («تعاونها العسكري الوثيق مع»)."""


def partner_follows(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether «مع» follows the noun at ``position`` at once or past definite adjectives,
    with no punctuation between, and no stance word stands just before the noun."""
    for index in range(position - 1, max(-1, position - 1 - _OUTER_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        if find_stance(words[index].norm) is not None:
            return False
    for index in range(position + 1, min(len(words), position + 2 + _ADJECTIVE_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm in WORKED_WITH:
            return True
        if not words[index].norm.startswith("ال"):
            return False
    return False
