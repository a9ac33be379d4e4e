"""«أعلن X مسؤوليته عن الهجوم»: a claim of responsibility reports no words.

Groups claim an attack with a verb of saying and «مسؤولية» + «عن»: «وأعلنت جماعة X في
بيان مسؤوليتها عن الهجوم», «تبنّى التنظيم المسؤولية عن التفجير». The «عن» belongs to
«مسؤولية», not to the verb, and what follows it is the deed claimed (read as an event,
:mod:`kg.relations.event_claims`), never a statement's content: the verb reports nothing.
"""

from __future__ import annotations

from kg.relations.index import Word

_RESPONSIBILITY = frozenset({"مسؤوليه", "المسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم",
                             "مسؤوليتهما"})
"""«مسؤولية» and its possessed forms (normalised)."""


def claimed_deed(words: list[Word], index: int) -> bool:
    """Whether the preposition at ``words[index]`` follows «مسؤولية» (its complement, the
    deed claimed), not the verb of saying before it."""
    return index > 0 and words[index - 1].norm in _RESPONSIBILITY
