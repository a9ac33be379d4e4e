"""A clause with a subject of its own between an event verb and the deed told before it.

A verb with no subject of its own takes the agent of the sentence's last event («قصفت قوات
التحالف مواقع الحوثيين وقتلت ...»). But when a clause with its own subject stands between
them, the verb continues that clause, and its subject is that clause's: «وسارعت طائرات
هليكوبتر إسرائيلية إلى المنطقة فقصفت الطرقات», «ثم تقدمت وحدات من الشرطة نحو المدينة
وقصفت مقار التنظيم», «وردت فصائل المعارضة على مصادر النيران وقصفت مواقع الجيش»: the
helicopters, the police units, the opposition factions, never the doer of the deed before.
The clause is found by its verb, a feminine past verb after «و», «ف» or «ثم» (not a
plural noun in «ات»), with a force or group noun right after it, as most unnamed forces take
(«طائرات», «وحدات», «فصائل», «قوات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_own_subjects import SUBJECT_HEADS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import ADVANCE_FORMS, find_event
from kg.relations.perpetrators import perpetrator_phrase

_HEADS = SUBJECT_HEADS | frozenset({"فصائل", "كتائب", "الويه", "سرايا"})
_ADVANCES = frozenset(ADVANCE_FORMS)


def new_subject_between(context: Extraction, words: list[Word], position: int,
                        previous: list[Arg]) -> list[Arg] | None:
    """The subject of a clause that opens with a force or group noun between the previous
    agent of the sentence and the verb at ``words[position]`` (see the module docstring):
    the phrase when the perpetrator rules read it whole («طائرات هليكوبتر إسرائيلية»), else
    []; None when no such clause opens."""
    if not previous:
        return None
    since = max(a.end for a in previous)
    for index in range(position - 1, 0, -1):
        word = words[index]
        if word.start < since:
            return None
        if _opening_verb(words, index) and index + 1 < position and \
                not context.boundary_between(word, words[index + 1]) and \
                _force(words[index + 1]):
            phrase = perpetrator_phrase(context, words, index + 1)
            return [phrase[0]] if phrase is not None else []
    return None


def _opening_verb(words: list[Word], index: int) -> bool:
    """«وسارعت», «فتقدمت», «ثم تقدمت»: a feminine past verb opening a clause."""
    word = words[index]
    if find_event(word.norm) is not None and not word.has(_ADVANCES):
        return False  # (an advance names an event only with named troops: ``event_advances``)
    joined = word.norm[:1] in {"و", "ف"}
    bare = word.norm[1:] if joined else word.norm
    if not joined and (index == 0 or words[index - 1].norm != "ثم"):
        return False
    return len(bare) >= 3 and bare.endswith("ت") and not bare.endswith("ات")


def _force(word: Word) -> bool:
    """A force or group noun, bare (a preposition glued to it makes it no subject)."""
    return any(rest in _HEADS and prefix.lstrip("وف") in {"", "ال"}
               for prefix, rest in word.readings())
