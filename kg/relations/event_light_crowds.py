"""A crowd between a light verb and its protest noun: «قام متظاهرون بالاحتجاج على القرار».

News tells a protest with the light verb «قام» and the «ب» noun of the protest, the crowd in
between: «قام متظاهرون في ضواحي نابولي بالاحتجاج على إجراءات المفوض», «قام مئات الطلاب
بالاعتصام أمام الوزارة». The crowd phrase (``targets.crowd_phrase``: «متظاهرون», «مئات
الطلاب», «آلاف المحتجين») right after the light verb is the protest's doer, as an unnamed
perpetrator is a violent noun's (``event_doers.light_perpetrator``), maybe followed by where
it stood («في ضواحي نابولي», «أمام الوزارة», up to four words). A noun that is no crowd
(«قام الوزير بالاحتجاج»: named rules) or a clause in between is none.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import EVENT_TRIGGERS, LIGHT_VERBS, find_event
from kg.relations.targets import crowd_phrase

_WHERE = frozenset({"في", "امام", "قرب", "وسط", "داخل", "خارج", "عند", "قباله"})
"""Prepositions of where the crowd stood («في ضواحي نابولي», «أمام الوزارة»)."""
_PLACE_WORDS = 4
_REACH = 8


def light_crowd(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The crowd between a light verb and the protest «ب» noun at ``words[position]``, or
    None."""
    hit = find_event(words[position].norm)
    if hit is None or hit.value != "Protest" or not any(
            prefix.lstrip("وف")[:1] == "ب" for prefix, rest in words[position].readings()
            if rest in EVENT_TRIGGERS):
        return None
    for index in range(position - 2, max(-1, position - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].bare() not in LIGHT_VERBS and words[index].norm not in LIGHT_VERBS:
            continue
        crowd = crowd_phrase(context, words, index + 1)
        if crowd is None or not _place_between(words, crowd[1], position):
            return None
        return crowd[0]
    return None


def _place_between(words: list[Word], after: int, position: int) -> bool:
    """Nothing, or a short place phrase opened by a preposition of where, between the end of
    the crowd and the protest noun."""
    if after == position:
        return True
    return words[after].norm in _WHERE and position - after <= _PLACE_WORDS + 1 and not any(
        find_event(word.norm) is not None for word in words[after:position])
