"""One toll told in digits and again in words: «* مقتل 4 مدنيين» then «مقتل أربعة مدنيين».

A news brief opens with a headline line in digits («* مقتل 19 من جماعة بوكو حرام في تشاد»)
and tells the same deaths in its body, often with the number in words or hedged («أعلنوا
مقتل أربعة مدنيين وجندي», «إن 19 على الأقل من مقاتلي بوكو حرام ... قتلوا»). A killing told
again with the same toll of three or more folds into the first (``event_repeats``) when
their victims agree; two victim phrases agree when they count the same number of the same
noun: the number read by its value (digits or a word), a hedge after it («على الأقل») passed
over, and the noun after it the same word («مدنيين», or «من» before whose they were).
"""

from __future__ import annotations

from kg.model import Argument
from kg.relations.casualties import number_value
from kg.relations.context import Extraction

_HEDGES = frozenset({"علي", "الاقل"})
"""«19 على الأقل من مقاتلي ...»: a hedge between the number and its noun."""
_REACH = 4


def same_count_noun(context: Extraction, one: Argument, other: Argument) -> bool:
    """Whether two victim phrases open with the same number (by value) and the same counted
    word after it (see the module docstring)."""
    first, second = _counted(context, one), _counted(context, other)
    return first is not None and first == second


def _counted(context: Extraction, argument: Argument) -> tuple[int, str] | None:
    """The number that opens the phrase and the first word after it past a hedge."""
    head = context.word_at(argument.start)
    if head is None or head.start != argument.start:
        return None
    value = number_value(head)
    if value is None:
        return None
    words = context.index.words
    for word in words[head.index + 1:head.index + 1 + _REACH]:
        if word.start >= argument.end:
            return None
        if word.norm not in _HEDGES:
            return value, word.bare()
    return None
