"""Negotiations held: «أجرى الوفد مفاوضات مع الحكومة السورية» is a meeting.

The noun «مفاوضات» mostly names a process told in general or to come («مفاوضات النووي
الإيراني», «الاستمرار في المفاوضات», «استئناف المفاوضات إذا قبلت إيران»), so alone it is no
event. It names a meeting held when a verb of holding («أجرى», «أجرت», «عقد», «عقدت») stands
a few words before it in its clause (its subject between: «وأجرى وزير الخارجية فلان أمس
مفاوضات») and the other side follows «مع» or «بين» right after it: «مفاوضات مع الحكومة»,
«مفاوضات بين الجانبين». Its parties are then read as for talks («محادثات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

NEGOTIATION_FORMS = frozenset({"مفاوضات"})
"""The noun of negotiations: a meeting only where held with a side named (``held_with``)."""
_HOLDING = frozenset({"اجري", "اجرت", "اجريا", "اجروا", "عقد", "عقدت", "عقدا", "عقدوا"})
_SIDES = frozenset({"مع", "بين"})
_VERB_REACH = 7
"""How far before the noun the verb of holding may stand (its subject and a time between)."""


def held_with(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the negotiations noun at ``words[position]`` is the object of a verb of holding
    a few words before it in its clause, with «مع»/«بين» right after it."""
    if position + 1 >= len(words) or words[position + 1].norm not in _SIDES or \
            context.boundary_between(words[position], words[position + 1]):
        return False
    return context.lexicon_before(words, position, _HOLDING, _VERB_REACH)
