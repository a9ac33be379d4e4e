"""The counterpart named past his nationality: «دعا كيري نظيره الروسي سيرغي لافروف إلى ...».

News names a minister's or president's opposite number as «نظيره» («his counterpart»), often
with the country's adjective and then the name: «ودعا وزير الخارجية الأمريكي نظيره الروسي
سيرغي لافروف إلى الضغط على الأسد», «وحذر أوباما نظيره الروسي فلاديمير بوتين من ...». The
appeal, warning, threat, criticism or praise is toward the person named there. The usual reach of
an addressee (the name right after the verb) stops at the nisba («الروسي»), so the name
past «نظيره» and its nationality adjectives is read here.

Only «نظيره»/«نظيرته»/«نظيرها» as the object's first word (no preposition glued to it:
«بنظيره» is read by the ordinary scan), then at most two nationality adjectives, then a
Person who is not the subject. With no name («دعا كيري نظيره الروسي»), nothing is written:
the counterpart is not named.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import StanceTrigger

COUNTERPARTS = frozenset({"نظيره", "نظيرته", "نظيرها", "نظيرتها"})
"""«his/her counterpart», as a word of its own."""
_KINDS = frozenset({"urges", "warns", "threatens", "criticizes", "praises"})
"""Kinds whose object is a person addressed («دعا», «حذر», «هدد», «انتقد» + «نظيره»), or
praised («أثنى أوباما على نظيره الروسي فلاديمير بوتين», «شكر X نظيره Y على ...»)."""
_NISBAS = 2


def counterpart(context: Extraction, words: list[Word], first_word: int,
                trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The Person named past «نظيره» and its nationality adjectives at ``first_word``."""
    if trigger.kind not in _KINDS or trigger.noun or first_word >= len(words) or \
            words[first_word].norm not in COUNTERPARTS:
        return None
    index = first_word + 1
    for _ in range(_NISBAS + 1):
        if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
            return None
        mention = context.mention_starting_in(words[index])
        if mention is None:
            return None
        if context.is_nisba(mention):
            index += 1
            continue
        if mention.label != "Person" or not mention.entity_id or mention.entity_id in skip:
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                         mention.label, index, "mention")
    return None
