"""A phrase object that is the holder's own title is no object: «يوم عيد فينوس دعا إلهة
الحب فينوس أن ...».

Rule: a descriptive phrase read as the object («إلهة الحب», «وزير الخارجية») and followed at
once by a name of the holder itself is an apposition: the phrase describes that same actor
(«إلهة الحب فينوس» = Venus, goddess of love). Holder and object are then one actor, and the
holder was read from the wrong name (a genitive «عيد فينوس» before the verb): no stance is
written from it. A phrase followed by another name («دعا وزير الخارجية سامي الحربي») is
left to the other rules.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg


def apposed_self(context: Extraction, subject: Arg, candidate: Candidate) -> bool:
    """Whether the topic phrase ``candidate`` is followed at once by a name of ``subject``."""
    if candidate.source != "topic":
        return False
    text = context.doc.text
    end = candidate.arg.end
    rest = text[end:end + 3]
    if not rest[:1].isspace():
        return False
    start = end + len(rest) - len(rest.lstrip())
    following = context.covering_mention(start)
    return following is not None and following.start == start and \
        following.entity_id == subject.node_id
