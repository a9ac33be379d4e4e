"""The names of what is said after a meeting are no parties to it.

«وقال الوزير فلان عقب لقائه وزير الخارجية الأمريكي جون كيري إن إيران تسبب مشاكل», «وأضاف
معاليه عقب لقائه فلاناً إنه "إذا حاولت إيران ..."»: a complementiser of saying («إن», «إنه»,
«أن», «بأن») after a meeting or a visit opens what the speaker said; the names in it are the
topic of the statement, not the one met or the place visited.
"""

from __future__ import annotations

from kg.relations.index import Word

_SAID = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "وانها"})


def said_clause(words: list[Word], start: int, last: int) -> int:
    """Where the first complementiser of saying opens between ``words[start]`` and the
    farthest name read (``last``); ``len(words)`` when none does."""
    for index in range(max(start, 0), min(last + 1, len(words))):
        if words[index].norm in _SAID:
            return index
    return len(words)
