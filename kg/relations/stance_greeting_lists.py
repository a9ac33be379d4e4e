"""A congratulation on a holiday addressed to a list of dignitaries is protocol.

«وهنأ X ولي العهد الأمير Y وزير الداخلية، وولي ولي العهد الأمير Z، حفظهم الله بمناسبة
العيد»: the occasion comes after the whole list of those congratulated, past the commas
that part them, so a look inside the trigger's clause
(:func:`kg.relations.stance_triggers._season_greeting`) does not reach it. GUIDELINES:
congratulations on an occasion praise no deed. :func:`greeting_past_list` reads on over the
commas of such a list (not over the end of the sentence or a colon) for the
holiday named as the occasion («بمناسبة عيد الفطر», «بحلول شهر رمضان», «بالعيد»), within
:data:`_REACH` words. A holiday named otherwise («توزيع هدايا العيد») is no occasion, and a
deed named before the holiday («هنأه بالفوز») keeps the praise, because the deed is then
read first by the clause look.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

__all__ = ["greeting_past_list"]

_REACH = 40
"""The most words between the congratulation and its occasion, across the list."""
_OCCASION = "بمناسبه"
"""«on the occasion of» (normalised)."""
_STOPS = frozenset(".!?؟:؛;")
"""Marks that end the congratulation: the end of the sentence, a colon before a quote (a
quoted name, «وهنأ "X" ...», does not)."""


def greeting_past_list(context: Extraction, words: list[Word], position: int,
                       holidays: frozenset[str]) -> bool:
    """Whether a holiday of ``holidays`` follows the congratulation at ``words[position]``
    within the sentence, across commas only, named as the occasion."""
    for index in range(position + 1, min(len(words), position + _REACH)):
        if any(mark in _STOPS for mark in context.gap(words[index - 1], words[index])):
            return False
        if _occasion(words[index - 1], words[index], holidays):
            return True
    return False


def _occasion(before: Word, word: Word, holidays: frozenset[str]) -> bool:
    """«بمناسبة عيد», «بحلول», «بالعيد»: a holiday after «بمناسبة» or with «ب» glued."""
    if before.norm == _OCCASION:
        return word.has(holidays)
    return any(prefix.lstrip("وف").startswith("ب") and rest in holidays
               for prefix, rest in word.readings())
