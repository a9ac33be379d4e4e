"""A prayer after a ruler's title ends the title: «رئيس الدولة حفظه الله».

Gulf and Moroccan wire prose follows a ruler's name and title with a blessing: «حفظه
الله», «رعاه الله», «بحفظ الله ورعايته», «أيده الله». The blessing is no part of the office
(«رئيس الدولة بحفظ الله» is «رئيس الدولة»); its first word ends the title.
"""

from __future__ import annotations

from kg.relations.index import Word

_BLESSINGS = frozenset({"حفظه", "حفظها", "يحفظه", "رعاه", "رعاها", "يرعاه", "بحفظ", "ايده",
                        "ايدها", "يحفظها"})
"""The first word of a blessing, normalised."""


def blessing(word: Word) -> bool:
    """Whether ``word`` opens a blessing («حفظه», «رعاه», «بحفظ», «أيده»)."""
    return word.norm in _BLESSINGS
