"""Talks between two named sides that a future verb tells of are still to come.

«وأعلنت الرئاسة أن الأولوية خلال المحادثات بين الرئيس بخاري والرئيس أوباما ستكون هي
التدابير ...», «إن المحادثات بين الوزيرين ستتناول التعاون الأمني»: the subject of a future
verb («ستكون», «ستتناول», «سيبحث») is a meeting that has not taken place. ``event_happened``
reads such a verb within five words of the noun; after «بين» the two sides, with their
titles, push it further. A meeting noun followed by «بين» is no event when a verb with the
future «سـ» (``event_prospects.FUTURE_PREDICATES``) stands in its clause within a dozen
words (no comma between, not behind «و»). «المحادثات بين الوزيرين التي جرت أمس» is left
alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_prospects import FUTURE_PREDICATES
from kg.relations.index import Word

_BETWEEN = "بين"
_REACH = 12
"""How far after «بين» the future verb may stand (two sides with their titles)."""


def _future(word: Word) -> bool:
    """«ستكون», «ستتناول»: a verb of ``FUTURE_PREDICATES`` behind the future «سـ» (not
    behind «و»: «وستتناول الجولة المقبلة» opens a clause of its own)."""
    return any(prefix == "س" and rest in FUTURE_PREDICATES
               for prefix, rest in word.readings())


def talks_to_come(context: Extraction, words: list[Word], position: int, verb: bool) -> bool:
    """Whether the meeting noun at ``words[position]``, followed by «بين», is the subject of
    a future verb later in its clause (see the module docstring)."""
    if verb or position + 1 >= len(words) or words[position + 1].norm != _BETWEEN:
        return False
    last = min(len(words), position + 2 + _REACH)
    for index in range(position + 2, last):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if _future(words[index]):
            return True
    return False
