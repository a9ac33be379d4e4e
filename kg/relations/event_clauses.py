"""The words of a trigger's clause, shared by the readers of event triggers.

:func:`clause` gives the words on one side of a trigger up to the nearest punctuation
(«قتل 76 صحافياً منذ الغزو، وأصيب ...» stops at the comma), :func:`has_any` whether one of
them belongs to a word class, and :func:`subjunctive` whether a verb stands after a particle
of the subjunctive («أن يهاجم», «لن تشن», «كي يقتل») or the «ل» of purpose («لتقتل»), an
intention rather than an event.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import EVENT_TRIGGERS

_SUBJUNCTIVE_PARTICLES = frozenset({"ان", "وان", "لن", "ولن", "كي", "لكي", "حتي"})


_CACHED_REACH = 12
"""How far :func:`clause` reads a side of a trigger the first time it is asked for it (the
longest reach most readers ask for): a shorter clause is the start of a longer one."""


def clause(context: Extraction, words: list[Word], position: int, step: int,
           limit: int) -> list[Word]:
    """Up to ``limit`` words from the trigger in direction ``step`` without crossing a comma
    (nearest first): the words in reach, up to the punctuation nearest the trigger.

    A trigger's clause is asked for a dozen times (by reach and side), so each side is read
    once per extraction run, to :data:`_CACHED_REACH` words or ``limit`` if longer, and a
    shorter reach takes its start: the clause stops at the same punctuation whatever the
    reach (a word holds no punctuation), only sooner. The list of ``words`` is kept with its
    clauses, so that its id names it as long as they are kept (no reader changes a list of
    words)."""
    if position < 0 or limit < 1:
        return _clause(context, words, position, step, limit)
    key = (id(words), position, step)
    cached = context.clauses.get(key)
    if cached is None or cached[1] < limit:
        reach = max(limit, _CACHED_REACH)
        cached = context.clauses[key] = (words, reach, _clause(context, words, position,
                                                               step, reach))
    return cached[2][:limit]


def _clause(context: Extraction, words: list[Word], position: int, step: int,
            limit: int) -> list[Word]:
    """:func:`clause`, read afresh."""
    trigger = words[position]
    if step > 0:
        reach = words[position + 1:position + 1 + limit]
    else:
        reach = words[max(0, position - limit):position][::-1]
    if not reach:
        return reach
    farthest = reach[-1]
    if farthest.sentence_index != trigger.sentence_index:
        return _clause_by_word(context, words, position, step, limit)
    if step > 0:
        mark = context.index.first_boundary(trigger, farthest)
        return reach if mark is None else [word for word in reach if word.start < mark]
    if context.index.first_boundary(farthest, trigger) is None:
        return reach
    return _clause_by_word(context, words, position, step, limit)


def _clause_by_word(context: Extraction, words: list[Word], position: int, step: int,
                    limit: int) -> list[Word]:
    """:func:`clause` word by word (for words in reach that are not all in the trigger's
    sentence, or a clause before the trigger that punctuation cuts)."""
    found: list[Word] = []
    index = position + step
    while 0 <= index < len(words) and len(found) < limit:
        left, right = (words[index - 1], words[index]) if step > 0 else (words[index],
                                                                         words[index + 1])
        if context.boundary_between(left, right):
            break
        found.append(words[index])
        index += step
    return found


def has_any(words: list[Word], table: frozenset[str]) -> bool:
    """Whether a reading of one of ``words`` is in ``table`` (:meth:`Word.has` of each,
    read inline: this runs over every clause of every trigger)."""
    for word in words:
        for _, rest in word.forms:
            if rest in table:
                return True
    return False


def subjunctive(words: list[Word], index: int) -> bool:
    """«أن يهاجم», «لن تشن», «كي يقتل»: an imperfect after a particle of the subjunctive is
    an intention or a prospect, not an event."""
    if any(prefix.lstrip("وف") == "ل" and len(rest) >= 3 and rest[0] in "يتن"
           and rest in EVENT_TRIGGERS for prefix, rest in words[index].readings()):
        return True  # «ومن ثم تفجيرها لتقتل كل من حولها»: the lam of purpose
    if index == 0 or words[index - 1].norm not in _SUBJUNCTIVE_PARTICLES:
        return False
    bare = words[index].bare()
    return len(bare) >= 3 and bare[0] in "يتن"
