"""«نددت الحكومة الليبية المعترف بها دوليا بالهجوم»: a participle phrase that describes the
holder right after its name is no object.

A passive participle with the article and a preposition that points back to the holder
(«المعترف بها», «المتفق عليها»), and an adverb after it
(«دوليا», «رسميا»), describe the name before them; the stance's object starts after them.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_BACK_POINTERS = frozenset({"بها", "به", "بهم", "عليها", "عليه", "عليهم", "لها", "له", "لهم"})
"""The preposition with the pronoun of the holder after a passive participle."""
_ADVERBS = frozenset({"دوليا", "رسميا", "شرعيا", "دستوريا", "عربيا", "اقليميا", "شعبيا"})
_MIN_PARTICIPLE = 6
"""«المعترف»: «الم» and at least three letters."""


def past_recognised(context: Extraction, words: list[Word], index: int,
                    subjects: list[Arg]) -> int:
    """The index after the holder's participle phrase at ``words[index]``, or ``index``."""
    if index < 1 or index + 1 >= len(words) or len(subjects) != 1:
        return index
    participle = words[index]
    if not participle.norm.startswith("الم") or len(participle.norm) < _MIN_PARTICIPLE or \
            words[index + 1].norm not in _BACK_POINTERS or \
            context.boundary_between(words[index - 1], participle) or \
            context.boundary_between(participle, words[index + 1]):
        return index
    named = context.covering_mention(words[index - 1].start)
    if named is None or named.entity_id != subjects[0].node_id:
        return index  # after another word than the holder's name
    end = index + 2
    if end < len(words) and words[end].norm in _ADVERBS and \
            not context.boundary_between(words[end - 1], words[end]):
        end += 1
    return end
