"""Events that are states or habits rather than a deed of the news period.

A sanction or a deployment that stays («بقاء العقوبات», «العقوبات ... ستظل كما هي»,
«استمرار وجود القوات») was imposed before the article: background, like a named past
year. A rate («الغارات تقتل 1000 شخص شهريا») tells a habit, not one event.
"""

from __future__ import annotations

from kg.relations.index import Word

STATES = frozenset({"Sanction", "Deployment"})
"""Events that last: their staying is background, not a new deed."""

_STAYING_NOUNS = frozenset({"بقاء", "ابقاء", "استمرار", "دوام"})
"""«مع بقاء العقوبات», «استمرار العقوبات»: the state named goes on."""

_STAYING_VERBS = frozenset({"ستظل", "ستبقي", "ستستمر", "تظل", "تبقي", "ظلت", "بقيت", "ستظلان",
                            "ستبقيان", "تزال", "زالت", "يزال", "زال"})
"""«العقوبات ... ستظل كما هي», «لا تزال العقوبات مفروضة»."""

_STAYING_REACH = 12
"""How far after the trigger a verb of staying may stand (a relative clause may come
between: «العقوبات المفروضة على طهران لأسباب ترتبط بالإرهاب ... ستظل»)."""

RATE_WORDS = frozenset({"يوميا", "شهريا", "سنويا", "اسبوعيا"})
"""«تقتل 1000 شخص شهريا»: a rate, the habit of many events."""


def standing(words: list[Word], position: int, label: str) -> bool:
    """Whether the state event whose trigger is ``words[position]`` is said to stay: a
    noun of staying just before it («بقاء العقوبات», «استمرار وجود القوات»), a verb of
    staying just before it, or one in reach after a definite trigger, in its sentence."""
    if label not in STATES:
        return False
    trigger = words[position]
    for back in range(1, 3):
        index = position - back
        if index < 0:
            break
        if words[index].has(_STAYING_NOUNS) or words[index].has(_STAYING_VERBS):
            return True
    if not any("ال" in prefix for prefix, _ in trigger.readings()):
        return False  # «فرضت عقوبات جديدة ... بينما ظلت»: a new state, not the one that stays
    for word in words[position + 1:position + 1 + _STAYING_REACH]:
        if word.sentence_index != trigger.sentence_index:
            break
        if word.has(_STAYING_VERBS):
            return True
    return False
