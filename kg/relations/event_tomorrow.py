"""Meetings and signings set for tomorrow: «ويعقد الوزير فلان اجتماعاً مع نظيره غداً».

News announces the next day's programme in the imperfect, which also tells what is happening
now: «ويعقد وزير التعليم اجتماعاً مع مديري التعليم غداً», «الاجتماع الذي يعقده الوزير ... بعد
غد الأربعاء», «ويلتقي الوزير نظيره صباح الغد». A word of tomorrow in the trigger's clause
(«غداً», «بعد غد», «يوم غد», «صباح الغد», «مساء غد») makes a meeting or an agreement one still
to come, not an event of the news. A visit or tour that begins tomorrow («يبدأ الوزير غداً
جولة أوروبية») is left to the other rules: it is told as the visitor's journey under way, and
reported as such. The word is read in the clause of the trigger only: up to punctuation,
before a word that opens another clause («حيث», «على أن», «وذلك»), a future verb joined by
«و» («وسيعقد») or another event's trigger, and never where the clause
also says «أمس» or «اليوم» (a past meeting whose talks go on tomorrow: «اختتم الاجتماع أمس على
أن يستأنف غداً»). A bare «الغد» is left out: «صحيفة الغد» is a newspaper, «مستقبل الغد» a
figure."""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import find_event

TOMORROW_CLASSES = frozenset({"Meeting", "Agreement"})
_TOMORROW = frozenset({"غدا"})
"""«غداً»: tomorrow, on its own."""
_MORROW = frozenset({"غد", "الغد"})
_MORROW_HEADS = frozenset({"بعد", "يوم", "صباح", "مساء", "ظهر", "عصر", "ليله", "فجر"})
"""«بعد غد», «يوم غد», «صباح الغد»: the morrow after a word of time."""
_NOW = frozenset({"امس", "اليوم", "البارحه", "الان", "حاليا"})
_OPENERS = frozenset({"حيث", "وذلك", "بينما", "فيما", "لكن", "قبل", "بعد", "عقب", "منذ",
                      "عندما", "حين"})
"""Words that open another clause or a time of its own; «بعد» ends the clause unless «غد»
follows it, and «على» ends it before «أن» («على أن يستأنف غداً»). A relative on the trigger
(«الاجتماع الذي يعقده الوزير بعد غد») stays in its clause."""
_JOINED_FUTURE = frozenset({"وسي", "وست", "وسن", "فسي", "فست"})
"""«وسيعقد», «وستوقع»: a verb of the future joined by «و» opens a clause of its own (a noun
read so, «وسيارات», only ends the clause early)."""
_REACH = 18
"""How many words after the trigger its clause is read (the host's titles, the guests)."""
_BACK = 6
"""How many words before the trigger («غداً» may open the clause: «وغداً يلتقي الوزير»)."""


def set_for_tomorrow(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the clause of the trigger at ``words[position]`` sets it for tomorrow."""
    clause = _clause(context, words, position)
    if any(words[i].has(_NOW) for i in clause):
        return False
    return any(_tomorrow_at(words, i) for i in clause)


def _tomorrow_at(words: list[Word], index: int) -> bool:
    word = words[index]
    if word.has(_TOMORROW):
        return True
    return word.bare() in _MORROW and index > 0 and words[index - 1].bare() in _MORROW_HEADS


def _clause(context: Extraction, words: list[Word], position: int) -> list[int]:
    """Indexes of the words of the trigger's clause around it (the trigger left out)."""
    found: list[int] = []
    for index in range(position - 1, max(-1, position - 1 - _BACK), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        found.append(index)
        if words[index].norm in _OPENERS:
            break
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            break
        word = words[index]
        following = words[index + 1].norm if index + 1 < len(words) else ""
        if (word.norm in _OPENERS and following not in _MORROW) or \
                (word.norm == "علي" and following == "ان") or \
                word.norm[:3] in _JOINED_FUTURE or find_event(word.norm) is not None:
            break  # «وعقد اجتماعاً ... وسيعقد اجتماعاً آخر غداً»: the next one is to come
        found.append(index)
    return found
