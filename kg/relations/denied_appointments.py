"""An appointment that is denied or only rumoured gives no title.

«نفت الوزارة صحة الأنباء عن تكليف X مديراً للتعليم», «ونفى المتحدث باسم الوزارة تعيين X
وزيراً», «تداولت مواقع التواصل شائعات عن تعيين X سفيراً»: the verb of appointing is the
object of a denial, or the content of news or rumours, and nobody was appointed (or the
text does not say so). A verb of denial before the appointment in its clause, a noun of
rumour right before it, or a denied «صحة» («نفى صحة ما نشر حول تكليف X») makes it
unreal, as «لم يعيّن» does (:mod:`kg.relations.appointments`). «وكالة الأنباء» is a
news agency that reports an appointment, not a rumour.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_DENIALS = frozenset({
    "نفي", "نفت", "ينفي", "تنفي", "نفوا", "النفي", "كذب", "كذبت", "تكذيب", "دحض", "دحضت",
})
"""Verbs and verbal nouns of denial («نفى», «نفت», «كذّبت»), as normalised forms."""
_RUMOURS = frozenset({
    "انباء", "الانباء", "شائعات", "الشائعات", "شائعه", "الشائعه", "اشاعات", "الاشاعات",
    "اشاعه", "الاشاعه", "مزاعم", "المزاعم", "تكهنات", "التكهنات", "ادعاءات", "الادعاءات",
})
"""Nouns of news not confirmed («أنباء عن تعيين», «شائعات تعيين»)."""
_AGENCIES = frozenset({"وكاله", "لوكاله", "ووكاله"})
"""«وكالة الأنباء»: the agency, whose «الأنباء» is no rumour."""
_DENIAL_REACH = 7
"""Words before the trigger searched for a denial, within the clause («نفى المتحدث باسم
الوزارة تعيين»)."""
_RUMOUR_REACH = 3
"""Words before the trigger searched for a noun of rumour («الأنباء عن تكليف»)."""
_TRUTH = "صحه"
"""«صحة» (truth), the object of a denial: «نفى صحة ما نشر عن تعيين X»."""
_TRUTH_REACH = 10
"""Words before the trigger searched for «صحة» («صحة ما تناولته بعض الصحف حول تكليف»)."""
_CLAUSE_REACH = 30
"""Words before «صحة» searched for the denial («نفى الناطق الرسمي باسم ... صحة»)."""


def denied_appointment(context: Extraction, words: list[Word], trigger: int) -> bool:
    """Whether the appointing word ``words[trigger]`` is denied or rumoured: a verb of
    denial at most ``_DENIAL_REACH`` words before it in its clause, a noun of rumour at
    most ``_RUMOUR_REACH`` words before it (not «وكالة الأنباء»), or «صحة» (the truth of
    what was said about it) at most ``_TRUTH_REACH`` words before it, itself denied in its
    clause («نفى الناطق باسم الإدارة ... صحة ما تناولته الصحف حول تكليف X»)."""
    for index in range(trigger - 1, max(-1, trigger - 1 - _TRUTH_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        norm = words[index].norm
        if trigger - index <= _DENIAL_REACH and _denial(norm):
            return True
        if trigger - index <= _RUMOUR_REACH and norm.removeprefix("و") in _RUMOURS and \
                not (index > 0 and words[index - 1].norm in _AGENCIES):
            return True
        if norm == _TRUTH:
            return _denied_truth(context, words, index)
    return False


def _denial(norm: str) -> bool:
    return norm in _DENIALS or (norm[:1] in "وف" and norm[1:] in _DENIALS)


def _denied_truth(context: Extraction, words: list[Word], truth: int) -> bool:
    """Whether «صحة» at ``words[truth]`` follows a denial in its clause («نفى ... صحة»,
    «عدم صحة»), within ``_CLAUSE_REACH`` words."""
    for index in range(truth - 1, max(-1, truth - 1 - _CLAUSE_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if _denial(words[index].norm) or words[index].norm.removeprefix("و") == "عدم":
            return True
    return False
