"""Protests told as the outcome of a cause, its verb a few words before them.

«وتسبب هذا الإجراء في احتجاجات قرب مبانٍ حكومية», «وأدى القرار المثير للجدل إلى احتجاجات»:
a verb of causing (``lexicon.OCCURRENCE_WORDS`` has «تسبب», «أدى» within three words) with
a longer subject before the preposition that governs the indefinite protest noun still tells
that the protests took place. Only «في» after «تسبب», «إلى» after «أدى» and «عن» after «أسفر»,
in one clause, with no comma between; only the perfect, not behind «أن»/«قد» («أن يتسبب» is
a risk, not an outcome). Protests only (the hook in ``event_triggers``): «وتسبب انقلابها على
السلطة في مذبحة» in an opinion piece tells a charge, not news.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_CAUSING = {
    "في": frozenset({"تسبب", "تسببت", "تسببوا"}),
    "الي": frozenset({"ادي", "ادت"}),
    "عن": frozenset({"اسفر", "اسفرت"}),
}
_UNTOLD = frozenset({"ان", "لن", "لم", "قد", "ما", "لا"})
"""Particles before the verb that make the outcome a risk or deny it («أن تسبب», «لم يتسبب»)."""
_REACH = 6
"""How many words the subject of the cause may take between the verb and the preposition."""


def caused_event(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the indefinite event noun at ``words[position]`` follows a preposition that a
    verb of causing a few words before it governs («تسبب هذا الإجراء في احتجاجات»)."""
    if position < 2:
        return False
    causes = _CAUSING.get(words[position - 1].bare())
    if causes is None:
        return False
    for index in range(position - 2, max(-1, position - 2 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if any(prefix in {"", "و", "ف"} and rest in causes
               for prefix, rest in words[index].readings()):
            return index == 0 or words[index - 1].bare() not in _UNTOLD
    return False
