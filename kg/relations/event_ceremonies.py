"""Receptions of well-wishers and mourners: «استقبل أمير المنطقة المهنئين بعيد الفطر»,
«استقبل الأمير في قصره المعزين في وفاة ...».

A meeting verb or noun whose guests are a crowd that comes to congratulate or console
(«المهنئين», «المعزين», «المعايدين») names a ceremony, not talks between
actors; whether a reader counts it as a Meeting is unsure (the guidelines leave ceremonies
out of the events only by example), so kg keeps it with a lower confidence.
"""

from __future__ import annotations

from kg.relations.index import Word

_WELL_WISHERS = frozenset({
    "المهنئين", "مهنئين", "المهنئون", "مهنئون", "المعزين", "معزين", "المعزون", "معزون",
    "المعايدين", "معايدين", "المعايدون", "معايدون",
})
"""Crowds that come to a reception to congratulate, console or greet («جموع المهنئين»)."""
_REACH = 14
"""How far after the meeting word its guests may stand (past the host's titles and place:
«استقبل أمير منطقة الرياض الأمير فيصل بن بندر في مكتبه بقصر الحكم أمس المعزين»)."""


def ceremonial(words: list[Word], position: int) -> bool:
    """Whether a crowd of well-wishers or mourners follows the meeting word at
    ``words[position]`` in its sentence, within a few words."""
    return any(word.has(_WELL_WISHERS) for word in words[position + 1:position + 1 + _REACH])
