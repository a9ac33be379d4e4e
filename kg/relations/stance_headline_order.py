"""A name right before an imperfect verb is its subject, so the name after it is its object.

Headlines and clauses after «إن» put the subject first: «ألونسو يتهم شوماخر بافتقاد الروح
الرياضية», «موسكو تنتقد واشنطن». When a headline runs into the text before it («... مع
الآخرين ألونسو يتهم شوماخر ...») no complementizer marks the order, and the name after the
verb would be read as its subject, turning the stance round. An imperfect verb with no «و»
or «ف» before it, right after a named agent that no preposition governs, has that agent
for its subject: the name after it is never read as the holder.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word

_PREFIXES = ("ي", "ت")
_MIN_LENGTH = 4


def named_before(context: Extraction, words: list[Word], position: int) -> bool:
    """The verb at ``position`` is an imperfect («يتهم», «تنتقد») right after the last word
    of a named agent, with no preposition, conjunction or boundary before the verb."""
    verb = words[position]
    if position == 0 or not verb.norm.startswith(_PREFIXES) or len(verb.norm) < _MIN_LENGTH:
        return False
    before = words[position - 1]
    mention = context.covering_mention(before.start)
    return mention is not None and bool(mention.entity_id) and mention.end == before.end and \
        mention.label in AGENT_LABELS and not context.is_prepositional(mention) and \
        not context.is_nisba(mention) and not context.boundary_between(before, verb)
