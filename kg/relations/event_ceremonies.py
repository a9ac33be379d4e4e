"""Receptions of well-wishers and mourners: «استقبل أمير المنطقة المهنئين بعيد الفطر»,
«استقبل الأمير في قصره المعزين في وفاة ...», «استقبل المحافظ المواطنين للسلام عليه وتهنئته
بالعيد».

A meeting verb or noun whose guests are a crowd that comes to congratulate or console
(«المهنئين», «المعزين», «المعايدين») names a ceremony, not talks between
actors; whether a reader counts it as a Meeting is unsure (the guidelines leave ceremonies
out of the events only by example), so kg keeps it with a lower confidence. The crowd may
also be told by the purpose of its coming: «للسلام عليه», «لتهنئته», «لتقديم التهاني/العزاء»
(a purpose with «لـ», not a greeting handed over in talks: «نقل إليه تهنئة الملك»).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.text.normalize import normalize_key

_WELL_WISHERS = frozenset({
    "المهنئين", "مهنئين", "المهنئون", "مهنئون", "المعزين", "معزين", "المعزون", "معزون",
    "المعايدين", "معايدين", "المعايدون", "معايدون",
})
"""Crowds that come to a reception to congratulate, console or greet («جموع المهنئين»)."""
_REACH = 14
"""How far after the meeting word its guests may stand (past the host's titles and place:
«استقبل أمير منطقة الرياض الأمير فيصل بن بندر في مكتبه بقصر الحكم أمس المعزين»)."""


_PURPOSES = frozenset({
    "لتهنئته", "لتهنئتهم", "لتهنئتها", "للتهنئة", "لتهنئة", "لمعايدته", "لمعايدتهم", "للمعايدة",
    "لمعايدة", "لتعزيته", "لتعزيتهم", "لتعزيتها", "للتعزية", "لتعزية",
})
"""A purpose of coming to greet, congratulate or console, with its «لـ» («وفدوا لتهنئته»)."""
_OFFERED = frozenset({"لتقديم"})
_GREETINGS = frozenset({"التهاني", "التهنئة", "التبريكات", "التعازي", "العزاء", "التعزية"})
"""«لتقديم التهاني», «لتقديم العزاء»: the greeting offered is the purpose of coming."""
_SALUTE = frozenset({"للسلام"})
_ON_HIM = frozenset({"عليه", "عليهم", "عليها"})
"""«للسلام عليه»: to greet him (not «السلام» as peace: «مؤتمر للسلام»)."""


_PURPOSE_REACH = 40
"""The purpose stands after the whole list of guests («استقبل المحافظ ... مديري الدوائر
الحكومية وعدداً من رجال الأعمال ... وجموعاً من الأهالي للسلام عليه وتهنئته بالعيد»)."""


def _normal(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize_key(form) for form in forms)


_PURPOSES, _OFFERED, _GREETINGS = _normal(_PURPOSES), _normal(_OFFERED), _normal(_GREETINGS)


def _greeting_purpose(words: list[Word], index: int) -> bool:
    norm = words[index].norm.removeprefix("و")
    if norm in _PURPOSES:
        return True
    following = words[index + 1].norm if index + 1 < len(words) else ""
    return (norm in _OFFERED and following in _GREETINGS) or (
        norm in _SALUTE and following in _ON_HIM)


def ceremonial(words: list[Word], position: int) -> bool:
    """Whether a crowd of well-wishers or mourners, or the purpose of greeting or consoling,
    follows the meeting word at ``words[position]`` in its sentence, within a few words."""
    end = min(len(words), position + 1 + _REACH)
    if any(word.has(_WELL_WISHERS) for word in words[position + 1:end]):
        return True
    end = min(len(words), position + 1 + _PURPOSE_REACH)
    return any(_greeting_purpose(words, index) for index in range(position + 1, end))
