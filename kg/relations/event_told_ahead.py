"""Meetings and visits told in the imperfect before their subject: «ويلتقي الوزير فلان نظيره»,
«ثم يلتقي صديقه الروائي فلان», «وعادة ما يستقبل الأمير المواطنين».

Arabic news tells the day's meeting or visit with the perfect («التقى», «استقبل», «زار»). A
clause that opens with the imperfect of a meeting or visit verb («يلتقي», «يستقبل», «يزور»,
«تزور») tells one still to come (a programme: «ويلتقي الوزير اليوم نظيره ...»), a habit («عادة
ما يستقبل»), or a story's present (a book review: «ثم يلتقي صديقه الروائي»): none is an event
of the news. Kept are the headline's present, where the subject stands before the verb («أمير
الرياض يستقبل السفير»: the day's event told in a title), a relative clause on the visitor
(«الرئيس الذي يزور الرياض حاليا»: under way), a visit said to be under way («حاليا»,
«الآن») or set as the time of another fact («في وقت يزور فيه أوباما كينيا», «فيما يزور
الرئيس الرياض»). A programme dated to a day («ويستقبل الأمير ... اليوم/غداً المواطنين») is left
to the rules of time and confidence (``event_confidence``: some are kept by the gold), and so
is a headline opened by a title («حاكم دبي يستقبل الرئيس», ``event_openings``): what this rule
drops is the undated present of a programme, a habit or a story.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_openings import headline_subject
from kg.relations.index import Arg, Word
from kg.relations.lexicon import RELATIVE_PRONOUNS, WEEKDAYS

IMPERFECT_GATHERINGS = frozenset({"يلتقي", "يستقبل", "يزور", "تزور", "تلتقي", "تستقبل"})
"""The imperfect forms of the meeting and visit verbs (the Meeting and Visit triggers)."""
_UNDER_WAY = frozenset({"حاليا", "الان"})
"""«يزور الرئيس حاليا الرياض»: the visit is going on."""
_WHILE = frozenset({"وقت", "فيما", "بينما", "حين", "حينما", "عندما"})
"""«في وقت يزور فيه», «فيما يزور»: the visit is the time of another fact, going on."""
_IN_IT = frozenset({"فيه", "فيها"})
_DAYS = frozenset({"اليوم", "غدا", "امس", "الليله", "مساء", "صباح", "ظهر", "عصر"})
"""Words that date the meeting to a day: a programme the time rules judge."""
_DATE_REACH = 14
_REACH = 8
"""How many words after the verb «حاليا» may stand."""


def told_ahead(context: Extraction, words: list[Word], position: int, draft: Draft,
               agents: list[Arg]) -> bool:
    """Whether the meeting or visit verb at ``words[position]`` is an imperfect that opens
    its clause before its subject (see the module): to come, a habit or a story."""
    if not draft.verb or trigger_form(words[position]) not in IMPERFECT_GATHERINGS or \
            any(agent.start < words[position].start for agent in agents):
        return False
    if position > 0 and words[position - 1].norm in RELATIVE_PRONOUNS and \
            not context.boundary_between(words[position - 1], words[position]):
        return False  # «الرئيس الذي يزور الرياض»: said of the visitor, under way
    if (position > 0 and words[position - 1].norm in _WHILE) or \
            (position + 1 < len(words) and words[position + 1].norm in _IN_IT):
        return False  # «في وقت يزور فيه أوباما كينيا»: going on as another fact is told
    if any(word.norm in _UNDER_WAY for word in words[position + 1:position + 1 + _REACH]):
        return False  # «يزور الرئيس حاليا الرياض»: under way
    if headline_subject(context, words, position):
        return False  # «حاكم دبي يستقبل الرئيس»: a headline's present
    return not any(word.norm in _DAYS or word.norm in WEEKDAYS
                   for word in words[position + 1:position + 1 + _DATE_REACH]
                   if word.sentence_index == words[position].sentence_index)
