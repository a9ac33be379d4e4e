"""A visit or a meeting noun whose doer's trip the article announced as still to come.

News of a trip often opens with the announcement («أعلن الوزير فلان أنه سيتوجه إلى طهران
الأسبوع المقبل», «ومن المقرر أن يزور الوزير فلان واشنطن») and then names the same trip by
its noun («وتأتي زيارة فلان بعد ...», «وذلك في أول زيارة رسمية لوزير خارجية ...»): the noun
tells the planned trip again, not a visit that took place (GUIDELINES: planned events are not
events), though nothing around it says so. On fresh politics news (session 34) such nouns
read 0.50-0.80, and none was an event of the gold's kind.

A Visit or Meeting noun is told ahead when its agent is named, before the trigger, within a
few words of a trip verb in the imperfect that is to come: behind the future «سـ» («سيتوجه»,
«ستزور», «وسيلتقي») or behind a word of plan and «أن» («من المقرر أن يزور», «يعتزم أن
يتوجه»). Such an event is not dropped (the trip may have begun by the time the noun is
written) but lowered as one told for a later day (``event_confidence``, ``to_come``).
A verb («زار», «التقى») tells its own time and is left alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word

TRIP_VERBS = frozenset({
    "يزور", "تزور", "يزوران", "يتوجه", "تتوجه", "يتوجهان", "يصل", "تصل", "يصلان", "يسافر",
    "تسافر", "يلتقي", "تلتقي", "يلتقيان", "يجتمع", "تجتمع", "يجتمعان", "يقوم", "تقوم", "يحل",
    "تحل", "يتوجهون", "يزورون",
})
"""Imperfect verbs of going to a place or meeting someone (normalized forms)."""
_PLAN_WORDS = frozenset({
    "المقرر", "مقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يرتقب", "المرتقب", "يتوقع",
    "المتوقع", "يعتزمان", "المنتظر", "يزمع", "تزمع",
})
"""Words that set a verb after «أن» in the future: «من المقرر أن يزور», «يعتزم أن يتوجه»."""
_THAT = frozenset({"ان", "بان"})
_PLAN_REACH = 3
"""How many words before the trip verb the plan word may stand («من المقرر أن يزور»)."""
_NAME_REACH = 12
"""How many words from the trip verb the doer's name may stand («أعلن وزير الخارجية الفرنسي
لوران فابيوس، اليوم (الثلاثاء)، انه سيتوجه»)."""
_CLASSES = frozenset({"Visit", "Meeting"})


def _future_trip(words: list[Word], position: int) -> bool:
    """``words[position]`` is a trip verb to come: «سيتوجه», «وستزور», «المقرر أن يزور»."""
    word = words[position]
    if not word.has(TRIP_VERBS):  # (most words: one look-up a reading, no generator)
        return False
    readings = word.readings()
    if any(prefix.endswith("س") and rest in TRIP_VERBS for prefix, rest in readings):
        return True
    if not any(rest in TRIP_VERBS and not prefix for prefix, rest in readings):
        return False
    if position < 1 or words[position - 1].norm not in _THAT:
        return False
    first = max(0, position - 1 - _PLAN_REACH)
    return any(words[k].norm in _PLAN_WORDS or words[k].has(_PLAN_WORDS)
               for k in range(first, position - 1)
               if words[k].sentence_index == word.sentence_index)


def announced_trip(context: Extraction, draft: Draft) -> bool:
    """The Visit or Meeting noun of ``draft`` names a trip of its agent that a trip verb to
    come, earlier in the article and near the agent's name, announced (module docstring)."""
    if draft.verb or draft.label not in _CLASSES:
        return False
    agents = {a.entity_id for a in draft.arguments if a.role == "agent"}
    if not agents:
        return False
    words = context.words
    trigger = draft.word.index
    for position in range(trigger):
        # (the look-up first: most words of the article are no trip verb, and this runs
        # for each such noun over every word before it)
        if not words[position].has(TRIP_VERBS) or not _future_trip(words, position):
            continue
        sentence = words[position].sentence_index
        low = max(0, position - _NAME_REACH)
        high = min(len(words) - 1, position + _NAME_REACH, trigger - 1)
        if high < low:
            continue
        for mention in context.mentions_between(words[low].start, words[high].end):
            if mention.entity_id in agents and mention.sentence_index == sentence:
                return True
    return False
