"""Going out to protest, the protest told a few words after the verb of going out.

«خرج أمس سكان أحياء وسط الخرطوم في مظاهرة احتجاجاً على», «مليون متظاهر خرجوا تحت حماية
الشرطة للاحتجاج على قرار الحكومة»: «خرج» is a protest with a crowd or a demand right after
it (``EVENT_COMPLEMENTS``); a long subject or an adjunct may also stand between it and the
protest it goes out to. So a noun of protest behind «في» or an «احتجاجاً»/«للاحتجاج» of
purpose further on in the verb's clause (``_REACH`` words, no punctuation) makes it one too;
«خرج الوزير من الاجتماع» or «خرجت الطائرة عن مسارها» have none.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

GOING_OUT = frozenset({"خرج", "خرجوا", "خرجت"})
_MARCHES = frozenset({"مظاهره", "مظاهرات", "تظاهره", "تظاهرات", "مسيره", "مسيرات",
                      "احتجاجات", "وقفه", "وقفات"})
"""Protests one goes out in («خرجوا في مظاهرة»)."""
_IN = frozenset({"في", "وفي"})
_FOR = frozenset({"احتجاجا", "للاحتجاج", "للتظاهر", "تظاهرا", "للتنديد", "تنديدا"})
"""Purposes of going out: to protest, to denounce."""
_REACH = 8


def went_out_to_protest(context: Extraction, words: list[Word], position: int,
                        form: str) -> bool:
    """Whether the verb of going out at ``words[position]`` has a protest further on in its
    clause: «في مظاهرة», «احتجاجاً», «للاحتجاج» (see the module docstring)."""
    if form not in GOING_OUT:
        return False
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.norm in _FOR or (word.has(_MARCHES) and (
                word.norm[:1] == "ب" or words[index - 1].norm in _IN or
                any(prefix.lstrip("و") == "في" for prefix, _ in word.readings()))):
            return True
    return False
