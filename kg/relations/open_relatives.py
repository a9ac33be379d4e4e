"""A preposition inside a relative clause set off after the speaker opens no content.

News describes a speaker in a relative clause between commas before what he says: «وشدد
X، الذي يعد أحد أبرز المرشحين لمنصب الرئاسة منذ انتهاء ولاية سلفه، على ضرورة إقرار قانون
جديد». The verb's preposition («شدد على») came first inside the clause («المرشحين على
منصب ...» in the article read), so the clause became the content. :func:`inside_relative`
says when a word stands inside such a clause: a relative pronoun right after a comma between
the verb and the word, and no comma since it. The preposition after the closing comma is the
verb's, and opens the content.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon_event_senses import RELATIVE_PRONOUNS

__all__ = ["inside_relative"]

_COMMAS = ("،", ",")


def inside_relative(context: Extraction, words: list[Word], position: int, index: int) -> bool:
    """Whether ``words[index]`` lies inside a relative clause opened by «، الذي» after the
    verb at ``words[position]`` and not closed by a comma before it."""
    opened = False
    for later in range(position + 1, index + 1):
        gap = context.gap(words[later - 1], words[later])
        if any(comma in gap for comma in _COMMAS):
            opened = later < index and words[later].norm in RELATIVE_PRONOUNS
    return opened
