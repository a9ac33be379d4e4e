"""An Eid visit of courtesy to the sick: «عايد مدير الدفاع المدني العقيد فلان الأطفال المنوّمين».

The verb «عايد» (greeted for the Eid) tells a visit when what follows it in its clause names
the sick, the wounded, the orphaned or the aged, or the hospital or home where they are
(«المرضى», «المنومين», «مستشفى», «المسنين»): the one who greets went to them. Elsewhere
(«عايد النزلاء بعضهم البعض», «عايد الأمير المواطنين») it is a greeting, no visit; nor is it one
when the sick are its subject, right after it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_VISITED = frozenset({
    "المرضي", "مرضي", "المنومين", "المنومات", "المنومون", "المصابين", "الجرحي", "جرحي",
    "الايتام", "ايتام", "المسنين", "مسنين", "مستشفي", "المستشفي", "مستشفيات", "المستشفيات",
    "مصحه",
})
"""The sick, wounded, orphaned or aged, and the hospital, centre or home that keeps them."""
_REACH = 14
"""How far after the verb they may be named (the subject's titles and name come first)."""


def greeting_visit(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether «عايد» at ``words[position]`` visits the sick (see the module's docstring)."""
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(_VISITED):
            return index > position + 1  # «عايد المرضى بعضهم»: the sick greet
    return False
