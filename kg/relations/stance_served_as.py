"""Work done for another, not coordination: «تعاون X مع فرانس برس كمصور».

«تعاون مع» is ``coordinatesWith`` between two actors («تعاونت مصر مع السعودية في ...»),
but with a profession after «كـ» («كمصور», «كمراسل», «كمستشار») it says that X worked
for Y in that capacity: a job, not two sides coordinating. No stance is read then.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_PROFESSIONS = frozenset({
    "مصور", "مراسل", "صحفي", "صحافي", "مستشار", "مدرب", "خبير", "مترجم", "محلل", "كاتب",
    "منتج", "محرر", "مخرج", "معلق", "موظف", "متطوع", "اعلامي", "مهندس", "طبيب", "محاضر",
    "باحث", "مصوره", "مراسله", "صحفيه", "مستشاره", "مدربه", "خبيره", "مترجمه", "محلله",
    "كاتبه", "منتجه", "محرره", "مخرجه", "موظفه", "متطوعه", "اعلاميه", "باحثه",
})
"""Professions as they stand after «كـ»: «كمصور», «كمراسلة»."""

_REACH = 8
"""Words after the verb within which «كـ» + profession may stand («مع فرانس برس كمصور»)."""


def served_as(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether «تعاون» at ``position`` is followed, in its clause and past «مع», by «كـ» and a
    profession: «تعاون X مع فرانس برس كمصور في مناطق نزاع»."""
    seen_with = False
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        norm = words[index].norm
        if norm == "مع":
            seen_with = True
        elif seen_with and norm.startswith("ك") and norm[1:] in _PROFESSIONS:
            return True
    return False
