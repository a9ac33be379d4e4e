"""A crowd counted as the members of a body: «تظاهر عشرات من أعضاء حزب الغد».

A protest's crowd is often told as a count of the members or supporters of a party or a
movement: «تظاهر مئات من أنصار حزب العمال», «احتشد الآلاف من أعضاء نقابة المعلمين». The
count alone («عشرات») says nothing of who protests; the body does. Two readings follow:

- the count and «من» before the members noun are no part of who the members are
  (``past_crowd_count``), so the named body behind them is the protest's doer as it is
  after the bare members noun («تظاهر أنصار حزب العمال», ``event_doers``);
- with no name tagged on the body, the crowd phrase runs to the body's name word and its
  country adjective (``members_body_end``: «عشرات من أعضاء حزب الغد المصري», not «عشرات»
  alone).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

MEMBERS = frozenset({"اعضاء", "انصار", "مؤيدو", "مؤيدي", "مناصرو", "مناصري", "منتسبو",
                     "منتسبي"})
"""«احتشد أعضاء من منظمة ...», «تظاهر أنصار الحزب»: the members of a named body."""
BODY_HEADS = frozenset({"منظمه", "حزب", "حركه", "جماعه", "جمعيه", "نقابه", "تيار", "ائتلاف"})
"""Heads of the name of a party, a movement or a union («حزب الغد», «نقابة المعلمين»)."""
CROWD_COUNTS = frozenset({"مئات", "المئات", "الاف", "الالاف", "عشرات", "العشرات", "حشود",
                          "الحشود", "حشد", "الوف", "ملايين", "الملايين", "جموع"})
"""Words that count a crowd («آلاف المحتجين», «المئات من الطلاب»)."""


def past_crowd_count(context: Extraction, words: list[Word], index: int) -> int:
    """The index of the members noun behind a crowd count and «من» at ``words[index]``
    («عشرات من أعضاء»), or ``index`` when no such count opens there."""
    word = words[index] if index < len(words) else None
    if word is None or not (word.norm in CROWD_COUNTS or word.bare() in CROWD_COUNTS) or \
            index + 2 >= len(words) or words[index + 1].norm != "من" or \
            not words[index + 2].has(MEMBERS) or \
            any(context.boundary_between(words[i], words[i + 1]) for i in (index, index + 1)):
        return index
    return index + 2


def members_body_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the name word of the body whose members noun is ``words[index]``, when
    no name is tagged on it («أعضاء حزب الغد» → «الغد»); None otherwise."""
    if not words[index].has(MEMBERS) or index + 2 >= len(words):
        return None
    head, name = words[index + 1], words[index + 2]
    if not head.has(BODY_HEADS) or \
            any(context.boundary_between(words[i], words[i + 1]) for i in (index, index + 1)):
        return None
    if any(context.covering_mention(word.start) is not None for word in (head, name)):
        return None
    prefix = name.readings()[-1][0] if name.readings() else ""
    if prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} or not name.norm.startswith("ال"):
        return None  # «أعضاء الحزب في المدينة», «أعضاء حزب بالمدينة»: no name of the body
    if index + 3 < len(words) and not context.boundary_between(name, words[index + 3]):
        adjective = context.covering_mention(words[index + 3].start)
        if adjective is not None and context.is_nisba(adjective) and \
                adjective.end <= words[index + 3].end:
            return index + 3  # «أعضاء حزب الغد المصري»: the body's country adjective
    return index + 2
