"""A fronted adverbial of occasion before the opening verb: «وبهذه المناسبة هنأ X ...».

News often opens a sentence with the occasion or the context before its verb: «وبهذه
المناسبة رفع X التهاني لـ ...، كما قدم شكره لـ Y على دعمها», «وفي هذا السياق أكد X ...،
مشيداً بجهود Y». The two words («بهذه المناسبة», «في هذا السياق», «في هذا الصدد») belong to
no one; the verb after them opens the sentence for the rules that continue its subject in a
participle or a «، كما» clause."""

from __future__ import annotations

from kg.relations.index import Word

_FRONTED = frozenset({
    ("بهذه", "المناسبه"), ("في", "المناسبه"), ("في", "السياق"), ("في", "الصدد"),
})
"""The first and last words of the adverbial (a demonstrative may stand between)."""
_POINTERS = frozenset({"هذه", "هذا"})


def fronted_occasion(words: list[Word]) -> int:
    """How many words a fronted adverbial of occasion takes at the start of the sentence
    (0 when there is none): «وبهذه المناسبة» (2), «وفي هذا السياق» (3)."""
    if len(words) < 4:
        return 0
    first = words[0].norm.removeprefix("و")
    if (first, words[1].norm) in _FRONTED:
        return 2
    if words[1].norm in _POINTERS and (first, words[2].norm) in _FRONTED:
        return 3
    return 0
