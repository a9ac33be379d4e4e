"""An event told in the present is not dated by a year told after it.

«ويعتصم آلاف المتظاهرين ... ويطالبون باستقالة ساماك، الذي ... أطاحه انقلاب عام 2006»: a
trigger verb in the imperfect with «ي» («يعتصم», «يتظاهرون», «يحتجون») tells what is going on
now; a year or a date after it belongs to another clause (here the coup's), so it does not
make the event background. A past copula just before the verb («كان يعتصم», «كانوا
يتظاهرون») makes it a past habit, and the marks after it count again.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import EVENT_TRIGGERS

_WAS = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "ظل", "ظلت",
                  "ظلوا", "بات", "باتت"})
_WAS_REACH = 3


def told_in_present(words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is an imperfect verb in «ي» with no past
    copula a few words before it."""
    word = words[position]
    present = any(prefix in {"", "و", "ف"} and rest[:1] == "ي" and len(rest) > 3 and
                  rest in EVENT_TRIGGERS for prefix, rest in word.readings())
    return present and not any(w.norm in _WAS for w in words[max(0, position - _WAS_REACH):
                                                             position])
