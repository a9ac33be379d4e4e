"""Two subjects joined by «و» before a plural verb both did the deed.

«قال المركز إن مسلحي الحوثي وقوات صالح أطلقوا صواريخ على الأحياء»: the plural verb agrees
with the whole joined subject, so the name before «و» is an agent as well as the nearest one
(``arguments.subject_before`` reads only the nearest). Only a plural verb («أطلقوا», «قصفوا»)
and a name that ends right before the «و» word of the nearest agent are read; a name governed
by a preposition («بين الحوثيين وقوات صالح») is no subject.
"""

from __future__ import annotations

from kg.relations.arguments import subject_before
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_REACH = 3
"""How many words the name before «و» may span («مسلحي جماعة الحوثي»)."""


def joined_subjects(context: Extraction, words: list[Word], position: int,
                    before: list[Arg]) -> list[Arg]:
    """``before`` (the nearest subject of the plural verb at ``words[position]``) with the
    name joined to it by «و», if one stands right before it."""
    if len(before) != 1 or not any(rest.endswith("وا") for _, rest in
                                   words[position].readings()):
        return before
    nearest = context.word_at(before[0].start)
    if nearest is None:
        return before
    at = nearest.index - words[0].index
    if at < 1 or at >= position or not nearest.norm.startswith("و") or \
            context.boundary_between(words[at - 1], nearest):
        return before
    joined = subject_before(context, words, at, max_words=_REACH)
    if len(joined) != 1 or joined[0].end != words[at - 1].end or \
            joined[0].node_id == before[0].node_id:
        return before
    return [joined[0], before[0]]
