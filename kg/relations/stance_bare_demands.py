"""The bare demand of an appeal whose addressee follows a comma after the subject's name.

«وناشد العنزي، جميع قائدي المركبات أخذ الحيطة والحذر», «ودعا X، المواطنين ضرورة الالتزام
بالتعليمات»: the demand is a verbal noun in the accusative, with no «إلى» or «بـ» before it,
so it is known only by its word: a closed list of what appeals ask of the public (care,
caution, keeping the rules, hurrying, calling). The addressee before it must read as a group
(«جميع ...», «كافة ...», a definite plural in «ـين») or a tagged name: a title after the
comma is the subject's apposition («وناشد X، مدير المرور ضرورة ...») and names no one urged.
"""

from __future__ import annotations

from kg.relations.index import Word

BARE_DEMANDS = frozenset({
    "ضروره", "اخذ", "الحرص", "عدم", "التقيد", "الالتزام", "توخي", "الابتعاد", "سرعه",
    "المبادره", "مراجعه", "الحذر", "الاتصال", "الابلاغ", "التاكد", "الانتباه", "اتخاذ",
    "الاسراع", "التعاون",
})
"""Verbal nouns, as normalised, that state what an appeal asks («أخذ الحيطة», «ضرورة
الالتزام», «الحرص على», «عدم التجمهر», «توخي الحذر», «سرعة مراجعة ...»)."""

_GROUP_HEADS = frozenset({"جميع", "كافه", "عموم", "كل"})
"""Words that open a group named as the addressee («جميع قائدي المركبات»)."""


def bare_demand(word: Word) -> bool:
    """Whether ``word`` is the bare accusative demand of an appeal (no clitic before it)."""
    return word.norm in BARE_DEMANDS


def group_opening(word: Word) -> bool:
    """«جميع», «كافة», or a definite plural in «ـين» («المواطنين», «المسافرين»): the first word
    of an addressee that is a group, never a title («مدير», «رئيس»)."""
    norm = word.norm
    return norm in _GROUP_HEADS or (norm.startswith("ال") and norm.endswith("ين") and
                                    len(norm) > 5)
