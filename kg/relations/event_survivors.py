"""The one who escaped an attack is what it was aimed at: «نجا الوزير فلان من محاولة اغتيال».

«نجا X من <violent noun>», «نجا X من محاولة اغتيال», «أن X نجا من هجوم»: the subject of the
verb of escaping is the target of the attack or of the attempt on his life (``event_bystanders``
already keeps him from being its agent). The subject is read right after the verb, up to a
place, a time or the «من» of the attack («نجا قائد الشرطة في بغداد أمس من محاولة اغتيال»), or
between «أن» and the verb («أعلنت الشرطة أن الوزير فلان نجا من هجوم»): a named actor in it
(a person first: «الوزير فلان»; a body that opens it), or else the phrase itself («قائد
شرطة النجدة»: the commander, not the police).
A phrase that opens with a preposition, a number or a function word is no subject.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import VIOLENT, Draft
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, RELATIVE_DAYS, WEEKDAYS

_ESCAPING = frozenset({"نجا", "نجت", "نجوا", "نجيا", "ينجو", "تنجو"})
_ATTEMPT = frozenset({"محاوله", "محاولات"})
_OPENERS = frozenset({"ان", "بان", "وان", "فان"})
_VERB_REACH = 8
"""How many words the subject (and its place and time) may take between the verb and «من»."""
_SUBJECT_WORDS = 5
_ENDS = frozenset({"في", "من", "امس", "اليوم", "صباح", "مساء", "ليل", "فجر", "ظهر", "عصر",
                   "يوم", "خلال", "اثناء", "بعد", "قبل", "عندما", "حين", "اثر", "علي", "قرب"})
"""Words that end the subject of «نجا»: a place, a time, the «من» of what was escaped."""


def survivor_target(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> Arg | None:
    """The subject of «نجا» whose «من» governs the violent noun at ``words[position]`` (maybe
    behind «محاولة»); None when the noun is not what someone escaped."""
    if draft.verb or draft.label not in VIOLENT:
        return None
    at = position - 1
    if at >= 0 and words[at].norm in _ATTEMPT:
        at -= 1
    if at < 1 or words[at].norm != "من" or \
            any(context.boundary_between(words[i], words[i + 1]) for i in range(at, position)):
        return None
    verb = None
    for index in range(at - 1, max(-1, at - 1 - _VERB_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].has(_ESCAPING):
            verb = index
            break
    if verb is None:
        return None
    if verb + 1 < at:
        return _subject(context, words, verb + 1, _subject_end(words, verb + 1, at))
    opener = next((i for i in range(verb - 1, max(-1, verb - 1 - _SUBJECT_WORDS), -1)
                   if words[i].norm in _OPENERS), None)
    if opener is None or any(context.boundary_between(words[i], words[i + 1])
                             for i in range(opener, verb)):
        return None
    return _subject(context, words, opener + 1, verb)


def _subject_end(words: list[Word], start: int, limit: int) -> int:
    """The index after the subject that opens at ``words[start]``, before ``limit``."""
    for index in range(start, limit):
        word = words[index]
        prefix = word.readings()[-1][0] if word.readings() else ""
        if word.norm in _ENDS or word.norm in RELATIVE_DAYS or word.norm in WEEKDAYS or \
                (index > start and prefix.lstrip("و")[:1] in {"ب", "ل"}):
            return index
    return limit


def _subject(context: Extraction, words: list[Word], start: int, end: int) -> Arg | None:
    """The named actor of ``words[start:end]`` (a person first), or the phrase itself."""
    if not 0 < end - start <= _SUBJECT_WORDS:
        return None
    first = words[start]
    prefix = first.readings()[-1][0] if first.readings() else ""
    if first.norm in FUNCTION_WORDS or prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} or \
            any(ch.isdigit() for ch in first.norm):
        return None
    begin, finish = first.start, words[end - 1].end
    named = [m for m in context.mentions_between(begin, finish)
             if m.entity_id and m.label in AGENT_LABELS and m.end <= finish and
             not context.is_nisba(m)]
    person = next((m for m in named if m.label == "Person"), None)
    chosen = person or (named[0] if named and named[0].start == begin else None)
    if chosen is not None and chosen.entity_id is not None:
        return Arg(chosen.entity_id, chosen.start, chosen.end)
    if any((m := context.covering_mention(w.start)) is not None and m.label not in AGENT_LABELS
           for w in words[start:end]):
        return None  # a name that is no actor (a place): not a phrase to coin
    name = context.doc.text[begin:finish]
    return Arg(context.add_entity("Miscellaneous", name), begin, finish)
