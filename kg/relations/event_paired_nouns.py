"""Two violent nouns joined by «و» share the object after the second: «القصف وإطلاق النار على
قرى أمامية».

«بدأ الجيش الباكستاني القصف وإطلاق النار على قرى أمامية», «الغارات والهجمات على مواقع
الحوثيين»: the «على» phrase after the second noun (and the «النار» of «إطلاق النار») is the
object of both; the first is not cut off from it by the second, as it would be by an event
noun that opens a phrase of its own («قُتلوا في غارة على خور مكسر»).
"""

from __future__ import annotations

from kg.relations.event_draft import VIOLENT
from kg.relations.index import Word
from kg.relations.lexicon import find_event

_FIRE = frozenset({"النار", "النيران", "الرصاص"})


def past_paired(words: list[Word], start: int) -> int:
    """The index of the «على» after a second violent noun joined by «و» that opens at
    ``words[start]`` («وإطلاق النار على»), or ``start`` when none is there."""
    index = start
    hit = find_event(words[index].norm) if index < len(words) else None
    if hit is None or hit.value not in VIOLENT or not words[index].norm.startswith("و"):
        return start
    index += 1
    if index < len(words) and words[index].norm in _FIRE:
        index += 1
    if index < len(words) and words[index].norm == "علي":
        return index
    return start
