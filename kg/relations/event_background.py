"""Events that are states or habits rather than a deed of the news period.

A sanction or a deployment that stays («بقاء العقوبات», «العقوبات ... ستظل كما هي»,
«استمرار وجود القوات») was imposed before the article: background, like a named past
year. A rate («الغارات تقتل 1000 شخص شهريا») tells a habit, not one event. A deed told as
having happened before («سبق أن زار», «سبق للتحالف أن قصف») and the start of a span that
lasts to the news («منذ أن بسطت جماعة منافسة سيطرتها», «منذ اجتياح بيروت») are
background too, and so is the event of an anniversary («الذكرى الثالثة لمجزرة ...», «مرور
عام على الهجوم»): it happened, well before the news that recalls it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import find_event

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


_ALREADY = frozenset({"سبق"})
"""«سبق أن», «سبق للرئيس أن»: the deed after «أن» happened before, not in the news."""
_THAT = frozenset({"ان"})
_ALREADY_REACH = 6
"""How far before the trigger «سبق» may stand: «سبق لقوات التحالف أن قصفت»."""
_FOR_REACH = 3
"""The «ل» phrase between «سبق» and «أن»: «له», «لقوات التحالف»."""


def told_before(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` follows «سبق أن» (or «سبق ل... أن») in
    its clause: a deed the article recalls. The news site «سبق» is no such word: «أن» must
    follow it, with at most a short «ل» phrase between."""
    that = None
    for index in range(position - 1, max(-1, position - 1 - _ALREADY_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.bare() in _THAT and word.norm in _THAT:
            that = index
        elif that is not None and word.bare() in _ALREADY:
            between = words[index + 1:that]
            return not between or (len(between) <= _FOR_REACH and between[0].norm[:1] == "ل")
    return False


_SINCE = frozenset({"منذ"})
_ONSETS = frozenset({"بدء", "بدايه", "اندلاع", "انطلاق", "انطلاقه", "بدا", "بدات", "اندلع",
                     "اندلعت", "انطلق", "انطلقت"})
"""«منذ بدء عاصفة الحزم», «منذ اندلاع المواجهات», «منذ بدأ القتال» (the verb too, evclass20):
the onset of the event after «منذ»."""
_SINCE_CLAUSE_REACH = 4
"""How far after «منذ أن» its event may stand: «منذ أن بسطت جماعة منافسة سيطرتها»."""


def span_start(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the event at ``words[position]`` is the start of a span that lasts to the
    news: right after «منذ» («منذ اجتياح بيروت»), behind a word of onset («منذ بدء
    الهجوم»), or in the clause of «منذ أن» («منذ أن بسطت الجماعة سيطرتها»)."""
    for back in range(1, _SINCE_CLAUSE_REACH + 2):
        index = position - back
        if index < 0 or context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.bare() in _SINCE:
            if back == 1:
                return True
            first = words[index + 1]
            if back == 2:
                return first.bare() in _ONSETS or first.norm.lstrip("و") in _ONSETS or \
                    first.norm in _THAT  # («بدأت» reads as «ب» + «دات» too)
            return first.norm in _THAT
    return False


_ANNIVERSARIES = frozenset({"ذكري", "ذكرى"})
"""«الذكرى», «بذكرى», «لذكرى» (the bare reading of each)."""
_PASSING = frozenset({"مرور"})
_YEARS = frozenset({"عام", "سنه", "عامين", "سنتين", "اعوام", "سنوات", "عاما", "قرن", "عقد",
                    "عقدين", "عقود"})
_ANNIVERSARY_REACH = 5
"""How far before the event noun «ذكرى» may stand: «الذكرى الثالثة والثلاثين لمجزرة»."""


def anniversary_of(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the event noun at ``words[position]`` is the event an anniversary recalls:
    «الذكرى الثالثة والثلاثين لمجزرة», «ذكرى اجتياح بيروت», «مرور عام على الهجوم», with no other
    event word between."""
    for back in range(1, _ANNIVERSARY_REACH + 1):
        index = position - back
        if index < 0 or context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.bare() in _ANNIVERSARIES or word.norm in _ANNIVERSARIES:
            return True
        if word.bare() in _PASSING and any(w.bare() in _YEARS or w.norm in _YEARS
                                           for w in words[index + 1:position]):
            return True
        if index < position - 1 and find_event(word.norm) is not None:
            return False
    return False
