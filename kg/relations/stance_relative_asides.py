"""«والحكومة الأردنية، التي تستضيف اللاجئين، رفضت القرار»: a fronted holder set off from its
verb by a relative clause between commas.

Long reports describe the actor before its stance: «ومجلس التعاون الخليجي، الذي عقد
اجتماعه أمس في الرياض، رحب بالاتفاق», «وزارة الخارجية القطرية، التي تتابع التطورات،
أدانت الهجوم». The relative clause between commas stands where «من جهتها» stands in
:mod:`kg.relations.stance_aside_subjects`, whose checks then apply (the name opens its
clause, is a named agent not governed by a preposition, agrees with the verb). The
relative pronoun gives the agreement: «الذي» a masculine verb, «التي» a feminine one,
«الذين» a plural; a relative of the other gender is on another noun, and gives nothing.

Only a relative clause of at most :data:`_REACH` words, opened right after a comma and
closed by a comma right before the verb, with no mark inside.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_RELATIVES = {"الذي": "m", "التي": "f", "الذين": "p"}
_COMMAS = frozenset({"،", ","})
_REACH = 8
"""How many words the relative clause may hold, its pronoun included."""


def relative_aside(context: Extraction, words: list[Word], index: int) -> tuple[int, str] | None:
    """The index of «الذي»/«التي» that opens a relative clause between commas ending at
    ``words[index]``, and its agreement; None when no such clause ends there."""
    if index + 1 >= len(words) or \
            context.gap(words[index], words[index + 1]).strip() not in _COMMAS:
        return None
    for start in range(index - 1, max(0, index - _REACH), -1):
        if context.boundary_between(words[start], words[start + 1]):
            return None
        agreement = _RELATIVES.get(words[start].norm)
        if agreement is None:
            continue
        if context.gap(words[start - 1], words[start]).strip() not in _COMMAS:
            return None
        return start, agreement
    return None
