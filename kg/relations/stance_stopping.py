"""A stance someone stops or is asked to stop: «توقف عن دعم», «الكف عن انتقاد».

Rules:

- A finite verb of ceasing («توقفت», «يتوقف», «كفت», «يكف») a few words before «عن» and
  the stance's verbal noun right after it: the subject's stance is no longer taken, a
  negated stance («توقفت قطر عن دعم الجماعة», as «امتنعت مصر عن إدانة»).
- The same word read as a verbal noun («ضرورة توقف البريطانيين عن دعم حكومات تؤجج الحروب»,
  «طالب بالكف عن انتقاد الحكومة») or the ambiguous bare «توقف»/«كف»: the stance belongs to
  the noun's genitive (or to nobody), and is asked to stop, not asserted — no stance.

Only «عن» right before the trigger counts: «توقف الحوار ودعت مصر إلى» has another clause.
"""

from __future__ import annotations

from typing import Literal

from kg.relations.context import Extraction
from kg.relations.index import Word

_FINITE = frozenset({
    "توقفت", "توقفوا", "يتوقف", "تتوقف", "نتوقف", "يتوقفون", "كفت", "كفوا", "يكف", "تكف",
    "نكف", "يكفون",
})
"""Finite forms of ceasing that cannot be read as a verbal noun (normalised, «و»/«ف»
stripped)."""

_NOMINAL = frozenset({"توقف", "التوقف", "كف", "الكف", "بالكف", "بالتوقف", "بكف", "بتوقف"})
"""«توقف» and «كف» (verb or verbal noun) and their definite or «بـ» verbal nouns."""

_REACH = 5
"""Words at most from the word of ceasing to «عن» (its subject or genitive between)."""


def stopped(context: Extraction, words: list[Word],
            position: int) -> Literal["negated", "unasserted"] | None:
    """«توقفت قطر عن دعم الجماعة»: negated; «ضرورة توقف البريطانيين عن دعم»: unasserted;
    None when no word of ceasing governs the trigger at ``position`` through «عن»."""
    if position < 2 or words[position - 1].norm != "عن":
        return None
    for index in range(position - 2, max(-1, position - 2 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        norm = words[index].norm.lstrip("وف") if words[index].norm not in _NOMINAL \
            else words[index].norm
        if norm in _FINITE:
            return "negated"
        if norm in _NOMINAL:
            return "unasserted"
    return None
