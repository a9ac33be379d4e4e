"""Persons a subjectless stance verb is about: not a second candidate for its holder.

«أما الكاتبة X، فرأت أن فوز الناشطة Y إشارة ... . وأشادت بفوز Y»: a stance verb with no
subject of its own continues the actor of the sentence before only when no other person is
named since, as the reader cannot tell who acted. A person the verb's own clause names
after it («بفوز Y», «بجهود Y») is the one praised or called on, and one does not praise
oneself: naming them in the sentence before leaves X the only candidate.
:func:`clause_persons` gives those persons. Read for
:func:`kg.relations.stance_verb_clauses.previous_opening_subject`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_REACH = 8
"""Words after the verb read for the persons its clause names."""


def clause_persons(context: Extraction, words: list[Word], position: int) -> frozenset[str]:
    """The entities of the persons named in the clause right after the stance verb at
    ``position``, up to the first punctuation."""
    found: set[str] = set()
    for index in range(position + 1, min(len(words), position + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            break
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.label == "Person" and mention.entity_id:
            found.add(mention.entity_id)
    return frozenset(found)
