"""A second adjunct of partnership joined to a first: «بشراكة مع X، وبالتعاون مع Y».

An organiser often works with more than one partner, each named in an adjunct of its own:
«اللقاء الذي أقامه ملتقى X بشراكة مع مركز Y بدبي، وبالتعاون مع الغرفة التجارية»,
«نظمت الجامعة بالتعاون مع وزارة الصحة وبالتنسيق مع الهلال الأحمر حملة». The second
adjunct, a «و» glued to it, shares the doer of the first: :func:`earlier_adjunct` finds the
first, whose doer the caller reads. Only across the first adjunct's partner and what
describes it (a place, a comma): a complementizer, a relative or a verb of saying between
them opens another clause, and gives nothing.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import COMPLEMENTIZERS, find_reporting
from kg.relations.stance_cooperation import closes_adjunct
from kg.relations.stance_partnerships import partnering
from kg.relations.stance_phrases import COMMAS, RELATIVES

_REACH = 12
"""How many words back the first adjunct may stand from the second."""


def earlier_adjunct(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the adjunct of partnership («بالتعاون مع», «بشراكة مع») the one at
    ``position`` («وبالتعاون مع», «، وبالتنسيق مع») is joined to, or None."""
    word = words[position]
    if position < 3 or not word.norm.startswith("و") or not partnering(word) or \
            position + 1 >= len(words) or not closes_adjunct(words, position) or \
            context.gap(words[position - 1], word).strip() not in {"", *COMMAS}:
        return None
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        earlier = words[index]
        if index < position - 1 and context.boundary_between(earlier, words[index + 1]) and \
                context.gap(earlier, words[index + 1]).strip() not in COMMAS:
            return None
        if partnering(earlier) and closes_adjunct(words, index):
            return index
        if earlier.norm in COMPLEMENTIZERS or earlier.norm in RELATIVES or \
                find_reporting(earlier.norm) is not None:
            return None
    return None
