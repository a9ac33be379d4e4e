"""The bomber who drives the car bomb of a blast: «بانفجار سيارة مفخخة يقودها انتحاري».

A blast noun whose bomb is a vehicle («سيارة مفخخة», «شاحنة مفخخة») often names its doer
in a relative clause on the vehicle: «يقودها انتحاري» (driven by a suicide bomber),
«قادها مسلح». The unnamed perpetrator (``perpetrators.perpetrator_phrase``) after that verb
is the blast's doer; a vehicle driven by anyone else (a driver, a name) is left alone, for
the driver may be its victim.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word
from kg.relations.perpetrators import perpetrator_phrase

_BLASTS = frozenset({"انفجار", "تفجير", "انفجارات", "تفجيرات", "هجوم"})
"""Blast nouns whose bomb may be a vehicle told after them."""
_DRIVEN = frozenset({"يقودها", "قادها", "يقودهما", "تقودها"})
"""«يقودها»: driven by (the pronoun is the vehicle)."""
_DRIVEN_REACH = 4
"""How far after the blast noun the verb of driving may stand («بانفجار سيارة مفخخة
يقودها»: third word)."""


def driving_bomber(context: Extraction, words: list[Word], position: int,
                   draft: Draft) -> Arg | None:
    """The unnamed perpetrator who drives the vehicle bomb of the blast noun at
    ``words[position]`` («بانفجار سيارة مفخخة يقودها انتحاري»), or None."""
    if draft.verb or not words[position].has(_BLASTS):
        return None
    for index in range(position + 1, min(len(words) - 1, position + 1 + _DRIVEN_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index].norm in _DRIVEN:
            if context.boundary_between(words[index], words[index + 1]):
                return None
            phrase = perpetrator_phrase(context, words, index + 1)
            return phrase[0] if phrase is not None else None
    return None
