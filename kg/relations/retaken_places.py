"""What a force retook, past the force's backers and behind «بعض»: «استعادت قوات الجيش
المدعومة من قبل السكان بعض الأراضي».

A verb of retaking names its object right after its subject («استعادت القوات قصر الرئاسة»,
``targets.seized_place``). The subject may carry a participle of who backs it or whose it is
(«قوات الجيش المدعومة من قبل السكان المسلحين», «القوات الموالية للحكومة», «القوات التابعة
للتحالف»), up to five words; the object is the first place noun past it. A part of the
places («بعض الأراضي», «بعض المناطق») is the object as a whole phrase.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.targets import SEIZED_HEADS, seized_place

_BACKING = frozenset({"المدعومه", "المدعوم", "المدعومين", "المواليه", "الموالي", "الموالين",
                      "التابعه", "التابع", "التابعين"})
"""Participles of backing or belonging after the force («المدعومة», «الموالية», «التابعة»)."""
_SOME = "بعض"
_REACH = 6


def retaken_place(context: Extraction, words: list[Word], after: int) -> Arg | None:
    """The place retaken, its object opening at ``words[after]`` or past a participle of
    backing there; «بعض» before the place noun is kept in the phrase."""
    start: int | None = after
    if after < len(words) and words[after].norm in _BACKING and \
            not context.boundary_between(words[after - 1], words[after]):
        start = _past_backers(context, words, after)
    if start is None:
        return None
    if start < len(words) and words[start].norm == _SOME:
        return _some_places(context, words, start)
    return seized_place(context, words, start)


def _some_places(context: Extraction, words: list[Word], some: int) -> Arg | None:
    """«بعض الأراضي», «بعض المناطق»: «بعض» and the definite place noun after it."""
    if some + 1 >= len(words) or context.boundary_between(words[some], words[some + 1]):
        return None
    place = words[some + 1]
    prefix = place.readings()[-1][0] if place.readings() else ""
    if prefix != "ال" or not place.has(SEIZED_HEADS) or \
            context.covering_mention(place.start) is not None:
        return None
    begin = words[some].start
    node = context.add_entity("Miscellaneous", context.doc.text[begin:place.end])
    return Arg(node, begin, place.end)


def _past_backers(context: Extraction, words: list[Word], participle: int) -> int | None:
    """The index of the first «بعض» or place noun within a few words after the participle
    at ``words[participle]``, in its clause; None when none is there."""
    for index in range(participle + 1, min(len(words), participle + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index].norm == _SOME or seized_place(context, words, index) is not None:
            return index
    return None
