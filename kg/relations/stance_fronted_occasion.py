"""A fronted adverbial of occasion before the opening verb: «وبهذه المناسبة هنأ X ...».

News often opens a sentence with the occasion or the context before its verb: «وبهذه
المناسبة رفع X التهاني لـ ...، كما قدم شكره لـ Y على دعمها», «وفي هذا السياق أكد X ...،
مشيداً بجهود Y», «وفي ختام الحفل قدم X شكره لـ ...، كما قدم شكره لـ Y على ...». The words
(«بهذه المناسبة», «في هذا السياق», «في ختام الحفل») belong to no one; the verb after them
opens the sentence for the rules that continue its subject in a participle or a «، كما»
clause."""

from __future__ import annotations

from kg.relations.index import Word

_FRONTED = frozenset({
    ("بهذه", "المناسبه"), ("في", "المناسبه"), ("في", "السياق"), ("في", "الصدد"),
})
"""The first and last words of the adverbial (a demonstrative may stand between)."""
_POINTERS = frozenset({"هذه", "هذا"})
_MOMENTS = frozenset({"ختام", "نهايه", "بدايه", "مستهل", "اختتام"})
"""«وفي ختام الحفل», «وفي نهاية الزيارة»: the moment of an occasion, then the occasion named
by one definite noun or by a noun and its definite genitive («في ختام حفل التخرج»)."""


def fronted_occasion(words: list[Word]) -> int:
    """How many words a fronted adverbial of occasion takes at the start of the sentence
    (0 when there is none): «وبهذه المناسبة» (2), «وفي هذا السياق» (3), «وفي ختام الحفل» (3),
    «وفي نهاية حفل التخرج» (4)."""
    if len(words) < 4:
        return 0
    first = words[0].norm.removeprefix("و")
    if (first, words[1].norm) in _FRONTED:
        return 2
    if words[1].norm in _POINTERS and (first, words[2].norm) in _FRONTED:
        return 3
    if first == "في" and words[1].norm in _MOMENTS:
        if words[2].norm.startswith("ال"):
            return 3
        if len(words) > 4 and words[3].norm.startswith("ال"):
            return 4
    return 0
