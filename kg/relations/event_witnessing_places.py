"""«شهدت مدينة تعز اليوم اشتباكات عنيفة»: a place that witnessed the fighting reports it.

A verb of occurrence right before an event noun reports it («شهدت المدينة اشتباكات»,
``event_descriptions``). «شهد» takes the place or time that saw the event as its subject, and
that subject, with its head noun, adjectives and a time word, may be long: «وشهدت مدينة تعز
اليوم اشتباكات», «شهد الوضع الميداني في سوريا اشتباكات عنيفة». A form of «شهد» a few words
before an indefinite noun of fighting or violence, in its clause with no other event word, verb
of saying, count or superlative between, reports the noun as having happened («شهدت
أفغانستان حوالي 140 هجوما في العام 2006» is a tally, «شهد العراق أكبر هجوم» a comparison).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_clauses import clause
from kg.relations.index import Word
from kg.relations.lexicon import find_event, reporting_verb

_WITNESSED = frozenset({"شهد", "شهدت"})
"""«شهدت المدينة»: the place or time that saw the event (the present «تشهد الجزائر تفجيرات»
as often tells what a country goes through)."""
_COUNTING = frozenset({"حوالي", "نحو", "قرابه", "زهاء", "عشرات", "مئات", "الاف", "اكثر", "عده",
                       "سلسله", "موجه", "اكبر", "اعنف", "اسوا", "اول", "اخطر", "ابرز", "اشد",
                       "اقوي", "احدث", "اخر"})
"""Words of a count, a run or a rank: the events are summed up or compared («حوالي 140
هجوما», «شهد العراق أكبر هجوم انتحاري منذ أسابيع», «أشد المعارك»), not reported."""
_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_REACH = 7
"""How far before the noun the verb may stand (its subject between)."""


def witnessed_far(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a form of «شهد» stands up to ``_REACH`` words before the noun at
    ``words[position]`` in its clause, with nothing but its subject between (a noun of
    fighting or violence only: a protest seen by a city is left to the protest rules)."""
    hit = find_event(words[position].norm)
    if hit is None or hit.value not in _VIOLENT:
        return False
    for word in clause(context, words, position, -1, _REACH):
        if any(prefix in {"", "و", "ف"} and rest in _WITNESSED
               for prefix, rest in word.readings()):
            return True
        if find_event(word.norm) is not None or reporting_verb(word.norm) is not None or \
                number_value(word) is not None or word.norm in _COUNTING:
            return False  # «شهدت أفغانستان حوالي 140 هجوما»: a tally of a period
    return False
