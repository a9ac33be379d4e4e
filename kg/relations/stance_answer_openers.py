"""A fronted answer to a question before the verb: «وفي رده على سؤال حول إيران، اتهم طهران ...».

Interviews and press conferences put the question first: «ورداً على سؤال عن العقوبات، انتقد
...», «وفي رده على سؤال لـ"الحياة"، رفض ...», «وعن سؤال حول الاتفاق، أشاد ...». The phrase
names no one (the one asked is the one answering), so the verb after its comma opens the
sentence as a subjectless «وانتقد» would: its holder is the speaker the sentence continues.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_ANSWERS = frozenset({"رده", "ردها", "ردا", "رد", "اجابته", "اجابتها", "جوابه", "جوابها"})
"""«في رده», «رداً», «في إجابته»: answering (with «على» or «عن» after it)."""
_QUESTIONS = frozenset({"سؤال", "سوال", "سؤالا", "اسئله", "تساؤل", "استفسار"})
_REACH = 12
"""At most this many words from the start of the sentence to the verb."""


def after_answer(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether ``words[position]`` comes right after a comma that ends a fronted answer
    phrase opening the sentence («وفي رده على سؤال ...، اتهم», «ورداً على سؤال ...، رفض»,
    «وعن سؤال ...، قال»), with no clause of its own in the phrase (no full stop, no colon)."""
    if position < 3 or position > _REACH or \
            context.gap(words[position - 1], words[position]).strip() not in {"،", ","}:
        return False
    first = 1 if words[0].norm.removeprefix("و") == "في" else 0
    if words[first].norm.removeprefix("و") in _ANSWERS:
        question = first + 2  # «رداً على سؤال», «في رده على سؤال»
        if words[first + 1].norm not in {"علي", "عن"}:
            return False
    elif words[0].norm.removeprefix("و") == "عن" and first == 0:
        question = 1  # «وعن سؤال حول ...»
    else:
        return False
    if question > position - 1 or not words[question].has(_QUESTIONS):
        return False
    return not any(context.boundary_between(words[i], words[i + 1]) and
                   context.gap(words[i], words[i + 1]).strip() not in {"«", "»", "\""}
                   for i in range(question, position - 1))
