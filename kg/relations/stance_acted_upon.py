"""A definite stance noun that another stance verb acts upon is a thing, not a stance.

In «رفض الاتحاد الأوروبي الدعوة وكذا روسيا», «رحبت مصر بالدعوة», «أيدت قطر الدعوة»,
«انتقد X الدعم» the noun with the article names a call, a support or a criticism already
known: its maker is someone else, and the verb's subject only rejects, welcomes or backs it
(the verb writes that stance itself, see ``stance._refused``). So the noun writes none. The
noun is the verb's object when, in the verb's clause, only the verb's subject (names) stands
between them, or nothing («رفضت الدعوة»). A possessive («دعوته») or a construct
(«دعوة إيران») names the noun's own maker and is read as before; a participle that
describes the subject («هاجم الحوثيون الموالون لإيران») is no object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import STANCE_ADJECTIVES, find_stance
from kg.relations.stance_phrases import definite

_REACH = 6


def acted_upon(context: Extraction, words: list[Word], position: int, noun: bool) -> bool:
    """The definite stance noun at ``words[position]`` is the object of a stance verb before
    it (see the module's docstring)."""
    word = words[position]
    if not noun or not definite(word) or word.has(STANCE_ADJECTIVES):
        return False  # «هاجم الحوثيون الموالون لإيران»: an adjective of the subject
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if context.covering_mention(words[index].start) is not None:
            continue
        hit = find_stance(words[index].norm)
        return hit is not None and not hit.value.noun and "ال" not in hit.prefix
    return False
