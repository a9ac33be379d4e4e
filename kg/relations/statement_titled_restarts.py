"""«وأوضح أن ... وأضاف الوزير أن ...»: a joined verb of saying with a title after it opens
the narrator's next statement.

The narrator names the speaker again by a title («وأضاف الوزير», «وقال ممثل قطر X»,
«وأضاف الإمام بحزن») only in their own sentence, whose full stop the wire text often lost:
the indirect statement before it ends at the «و». A joined verb with no subject («... وقال
إن ...») is left to the statement (it may belong to the reported clause's own subject: «قال
إن الوزير زار المدينة وقال إن ...»), as is one with a name after it, which
:mod:`kg.relations.statement_content` already reads (fresh news, session 44: «وأوضح أنه
... وأضاف الوزير أنه رغم ...» ran as one statement).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS, TITLE_HEADS

_DEFINITE_TITLES = frozenset({"الامام", "الخطيب", "الناطق", "المتحدث"})
"""Titles read only with the article («الإمام», not «أمام» before a place)."""


def titled_restart(words: list[Word], index: int) -> bool:
    """Whether the word after the joined verb of saying at ``words[index]`` is a title."""
    if index + 1 >= len(words):
        return False
    after = words[index + 1].norm
    if after in HONORIFICS or after in _DEFINITE_TITLES:
        return True
    bare = after.removeprefix("ال")
    return bare in TITLE_HEADS
