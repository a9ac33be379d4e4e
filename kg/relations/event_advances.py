"""Troops advancing on a place: a military operation told by «تقدم» and a direction.

«وقال المتحدث إن القوات العراقية تتقدم باتجاه منطقة البوعيثة», «وتقدمت قوات الجيش نحو
وسط المدينة»: an advance of troops is a move of the fighting. «تقدم» is far more often
said of anything else: progress («تقدم المفاوضات»), a request or a thanks handed in
(«تقدمت الوزارة بطلب», «يتقدم بالشكر»), a lead («تقدم المرشح في الاستطلاعات»), and
unpointed it also reads «تُقدّم» (she gives: «تقدم القوات المساعدات»). So its forms name
an event only with named troops (``TROOP_WORDS`` heading or in a name) as their subject
(``event_troop_moves``) and a word of direction right after the verb and its subject
(«نحو», «باتجاه», «صوب», «إلى»).
The places it heads for are its locations, never its targets (:func:`drop_advance_targets`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_troop_moves import troops_subject
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import ADVANCE_FORMS

_ADVANCES = frozenset(ADVANCE_FORMS)
_DIRECTIONS = frozenset({"نحو", "باتجاه", "صوب", "اتجاه", "الي"})
_DIRECTION_REACH = 6
"""How many words after the verb the direction may stand: its subject comes between
(«تقدمت قوات الجيش العراقي المشتركة نحو»)."""


def troops_advanced(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether an advancing verb at ``words[position]`` names troops moving on a place (see
    the module docstring); any other trigger form passes."""
    if form not in _ADVANCES:
        return True
    direction = False
    for index in range(position + 1, min(len(words), position + 1 + _DIRECTION_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            break
        if words[index].norm in _DIRECTIONS or words[index].bare() in _DIRECTIONS:
            direction = True
            break
    if not direction:
        return False
    subject = troops_subject(context, words, position)
    return subject is not None and _named_troops(context, words, subject)


def _named_troops(context: Extraction, words: list[Word], index: int) -> bool:
    """The troop word at ``words[index]`` is a name, or its head right before one («القوات
    العراقية», «قوات الجيش العراقي»); not «وحدات من الشرطة», whose doer is left unread and
    would be taken from a name earlier in the sentence."""
    mention = context.covering_mention(words[index].start)
    if mention is None and index + 1 < len(words):
        mention = context.mention_starting_in(words[index + 1])
    return mention is not None and mention.label in AGENT_LABELS


def drop_advance_targets(draft: Draft) -> None:
    """«تتقدم باتجاه منطقة البوعيثة وجزيرة الأنبار»: the places an advance heads for are where
    it goes, not ground attacked or taken; an advance has no target."""
    if trigger_form(draft.word) in _ADVANCES:
        draft.arguments = [a for a in draft.arguments if a.role != "target"]
