"""A meeting told by a verb whose object pronoun is the guest: «ساركوزي الذي استقبله الرئيس».

«وقال ساركوزي الذي استقبله، صباح أمس، الرئيس التونسي الباجي قائد السبسي، إن ...»: in a
relative clause whose verb of receiving or meeting carries the object pronoun
(``RECEIVING_FORMS``), the antecedent is the guest and the person named after the verb, maybe
past a time adjunct set off by commas and behind his titles, is the host. The antecedent is a
participant, the host the agent (not the antecedent, as for «هاموند الذي زار إسرائيل»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import RECEIVING_FORMS, RELATIVE_DAYS, WEEKDAYS

_TIMES = frozenset({"صباح", "مساء", "ظهر", "فجر", "ليل", "ليله", "عصر", "يوم", "امس", "اليوم"})
_TIME_WORDS = 3
_TITLE_REACH = 6
"""How many title words may stand between the adjunct and the host's name («الرئيس التونسي»)."""


def receiving_verb(word: Word) -> bool:
    """«استقبله», «التقاها»: a verb of meeting with the guest as its object pronoun."""
    return word.has(RECEIVING_FORMS)


def host_after(context: Extraction, words: list[Word], position: int,
               sentence: Sentence) -> list[Arg]:
    """The host named after the receiving verb at ``words[position]``: its subject right after
    it, or past a time adjunct set off by commas («استقبله، صباح أمس، الرئيس التونسي فلان»); a
    person, else nothing."""
    subjects, _ = subject_after(context, words, position, sentence)
    if subjects:
        return subjects if all(context.label(a.node_id) == "Person" for a in subjects) else []
    start = position + 1
    while start < len(words) and start - position <= _TIME_WORDS and _time_word(words[start]):
        start += 1
    if start == position + 1:
        return []
    for index in range(start, min(len(words), start + _TITLE_REACH)):
        if index > start and context.boundary_between(words[index - 1], words[index]):
            return []
        mention = context.mention_starting_in(words[index])
        if mention is None or not mention.entity_id or context.is_nisba(mention):
            continue
        if mention.label != "Person":
            return []
        return [Arg(mention.entity_id, mention.start, mention.end)]
    return []


def _time_word(word: Word) -> bool:
    """«صباح», «أمس», «الاثنين»: a word of the time adjunct after the verb."""
    return word.norm in _TIMES or word.bare() in _TIMES or word.norm in RELATIVE_DAYS or \
        word.norm in WEEKDAYS
