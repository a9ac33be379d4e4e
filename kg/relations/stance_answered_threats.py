"""«هدد حزب الله بالرد على الغارة الإسرائيلية»: a threat to answer a deed is toward the one
who did it, never the deed.

A threat of retaliation («بالرد على», «بالانتقام من», «بالثأر لـ») names what it answers:
the raid, the killing, the insult. What is threatened is whoever did it: the actor named
right after the preposition («بالرد على إسرائيل»), or the country of the deed's adjective
(«الغارة الإسرائيلية»: Israel). When neither is named the threat has no object the graph
can hold, and none is read from further on: the deed itself («الغارة») is no one threatened.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.rules import ObjectSource

_ANSWERING = frozenset({"بالرد", "بالانتقام", "بالثار"})
"""«بالرد», «بالانتقام», «بالثأر»: a threat to answer a deed."""
_ANSWERED = frozenset({"علي", "من", "ل"})
_REACH = 4
"""How many words after the preposition the deed's actor or its adjective may stand."""


def answered_threat(context: Extraction, words: list[Word], first_word: int,
                    skip: set[str]) -> list[Candidate] | None:
    """The one a threat to answer a deed is toward (see the module docstring): a list of
    one candidate, an empty list when the deed's doer is not named, or None when the words
    at ``first_word`` are no threat to answer a deed."""
    if first_word + 1 >= len(words) or words[first_word].norm.lstrip("و") not in _ANSWERING:
        return None
    after = words[first_word + 1]
    if context.boundary_between(words[first_word], after) or not (
            after.norm in _ANSWERED or after.norm.startswith("ل")):
        return None
    start = first_word + 1 if after.norm.startswith("ل") and after.norm != "ل" else \
        first_word + 2
    for index in range(start, min(len(words), start + _REACH)):
        if index > start and context.boundary_between(words[index - 1], words[index]):
            break
        mention = context.mention_starting_in(words[index])
        if mention is None:
            continue
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS:
            break
        source: ObjectSource = "nisba" if context.is_nisba(mention) else "mention"
        return [Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                          mention.label, index, source)]
    return []
