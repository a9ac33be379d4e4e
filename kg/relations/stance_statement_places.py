"""Past the place a statement was made in: «في مؤتمر صحفي بالقاهرة», «في كلمة في الرياض».

«وندد X في مؤتمر صحفي بالقاهرة بالهجوم», «وانتقد X في مؤتمر صحفي في القاهرة أمس إسرائيل»,
«وأشاد X في كلمة ألقاها بالرياض بـ ...»: a town or a region right after the statement a
stance is voiced in (or after the verb that delivered it), with «بـ» glued or after «في»,
is where it was said, never the stance's object; the object opens after it (and after time
words, see ``stance_delivered_statements.past_delivered``).

Only a territory inside a country (a country may be what a stance is toward: «أشاد في
كلمته بالسعودية»), and only as the first word after the statement.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import TERRITORY_LABELS, Word


def past_statement_place(context: Extraction, words: list[Word], index: int) -> int:
    """The index after the place at ``words[index]`` (see the module docstring), or
    ``index`` when no such place is there."""
    if index >= len(words):
        return index
    at = index
    if words[at].norm == "في":
        at += 1
        if at >= len(words) or context.boundary_between(words[index], words[at]):
            return index
    elif not any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in words[at].readings()[1:]):
        return index
    mention = context.mention_starting_in(words[at])
    if mention is None or mention.label not in TERRITORY_LABELS or \
            context.is_nisba(mention):
        return index
    return context.mention_words(mention)[1] - words[0].index + 1
