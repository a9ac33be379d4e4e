"""A time set off by commas between a killing verb's subject and its counted victims.

«اغتال الطيران الإسرائيلي، بعد ظهر أمس، خمسة فلسطينيين», «قتلت القوات الأميركية، فجر اليوم،
ثلاثة مسلحين»: news prose often fences the time of the deed with commas right after the
subject of a verb-first clause. The comma is no end of the clause: the counted phrase right
after the time (``perpetrators.past_adjunct``: «أمس», «بعد ظهر أمس», «صباح اليوم», «قبل
يومين») is the verb's object, so its count is the toll and its people the victims (read as
``event_objects.casualty_target`` reads «قتل أربعون شخصاً»). Only a time is crossed: «قتلت
القوات، بحسب المصدر، ثلاثة» or a second clause after the comma is left alone.
"""

from __future__ import annotations

from kg.relations.casualties import Count, count_at
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word
from kg.relations.perpetrators import past_adjunct, past_time

_COMMAS = frozenset({"،", ","})


def fenced_count(context: Extraction, words: list[Word], position: int, draft: Draft,
                 agents: list[Arg]) -> Count | None:
    """The counted victims after a comma-fenced time that follows the subject ``agents`` of
    the killing verb at ``words[position]``; None when the sentence is not so built."""
    if not draft.verb or draft.label != "Killing" or not agents or \
            min(a.start for a in agents) < words[position].end:
        return None
    last = context.word_at(max(a.end for a in agents) - 1)
    if last is None:
        return None
    after = last.index - words[0].index + 1
    if not position < after < len(words) or \
            context.gap(words[after - 1], words[after]).strip() not in _COMMAS:
        return None
    end = past_time(context, words, after, after_comma=True)
    if end == after:
        end = past_adjunct(context, words, after)[0]
    if end == after or end >= len(words):
        return None
    gap = context.gap(words[end - 1], words[end]).strip()
    if gap and gap not in _COMMAS:
        return None
    return count_at(words, end)
