"""A congratulation on a holiday addressed to a list of dignitaries is protocol.

«وهنأ X ولي العهد الأمير Y وزير الداخلية، وولي ولي العهد الأمير Z، حفظهم الله بمناسبة
العيد»: the occasion comes after the whole list of those congratulated, past the commas
that part them, so a look inside the trigger's clause
(:func:`kg.relations.stance_triggers._season_greeting`) does not reach it. GUIDELINES:
congratulations on an occasion praise no deed. :func:`greeting_past_list` reads on over the
commas of such a list (not over the end of the sentence, a colon or a quote) for the
holiday, within :data:`_REACH` words; a deed named before the holiday («هنأه بالفوز») keeps
the praise, because the deed is then read first by the clause look.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

__all__ = ["greeting_past_list"]

_REACH = 40
"""The most words between the congratulation and its occasion, across the list."""
_STOPS = frozenset(".!?؟:؛;«»\"“”")
"""Marks that end the congratulation: the sentence, a colon before a quote, a quote."""


def greeting_past_list(context: Extraction, words: list[Word], position: int,
                       holidays: frozenset[str]) -> bool:
    """Whether a holiday of ``holidays`` follows the congratulation at ``words[position]``
    within the sentence, across commas only."""
    for index in range(position + 1, min(len(words), position + _REACH)):
        if any(mark in _STOPS for mark in context.gap(words[index - 1], words[index])):
            return False
        if words[index].has(holidays):
            return True
    return False
