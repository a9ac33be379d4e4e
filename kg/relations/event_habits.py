"""Events told as a habit, not as news: «وفي كل عيد نسمع عن فاجعة ... تسببت في مقتل طفل».

A sentence whose words before the trigger hold «كل» and a noun of a recurring time («في كل
عيد», «كل عام», «في كل مرة», «كل يوم») or «كلما» tells what happens again and again: the
event it names is the kind of thing that keeps happening, no single event of the news. «كما
في كل عام»/«مثل كل عام» compares this year's event with the others, and it did happen
(«وكما في كل عام، نظم السكان مسيرة»), so it stays.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import HABIT_WORD, Word
from kg.relations.scanned_words import EVERY, WHENEVER

_RECURRING = frozenset({
    "عيد", "عام", "سنه", "يوم", "مره", "موسم", "اسبوع", "شهر", "صيف", "شتاء", "ليله",
    "صباح", "مساء", "جمعه", "مناسبه", "رمضان", "اعياد",
})
"""Nouns of a time that comes round again, after «كل»."""
_LIKE = frozenset({"كما", "مثل", "غرار"})
_REACH = 25
"""How far back in the sentence the habit may be said."""


def habitual(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is told as a habit (see the module)."""
    trigger = words[position]
    if not context.index.kind_between(words[max(0, position - _REACH)], trigger, HABIT_WORD):
        return False  # neither «كل» nor «كلما» in reach (most sentences)
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        word = words[index]
        if word.sentence_index != trigger.sentence_index:
            return False
        if word.has(WHENEVER):
            return True
        if word.has(EVERY) and index + 1 < position and words[index + 1].has(_RECURRING):
            return not _compared(words, index)
    return False


def _compared(words: list[Word], index: int) -> bool:
    """«كما في كل عام», «مثل كل عام»: the habit compared with, not the one of the event."""
    before = [words[i] for i in range(max(0, index - 2), index)]
    return any(word.has(_LIKE) for word in before)
