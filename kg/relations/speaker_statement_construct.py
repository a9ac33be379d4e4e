"""The author of a statement noun in construct: «وقال بيان وزارة الداخلية إن», «وأضاف بيان
الاتحاد أن».

«بيان» with no article right after a reporting verb, or after «في», takes its author as
its genitive: an organisation named right after it («بيان وزارة الداخلية»), or a bare
definite kind noun for the one organisation of that kind the text named before («قالت
وزارة الصحة ... وأضاف بيان الوزارة أن»: see
:func:`kg.relations.speaker_bodies.kind_reference`). Other statement nouns («كلمة المملكة
أمام المجلس», «رسالة الملك») and other genitives are not read here: a country's speech is
given by its delegate, a person in the genitive may be the one addressed, and a news outlet
(«بيان وكالة الأنباء») relays the words.
"""

from __future__ import annotations

from kg.relations import speaker_bodies  # the module, not its names: it imports this one
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.speaker_readings import SpeakerReading

_NOT_AUTHORS = frozenset({"Person", "MediaOrganization", "Country"})
_STATEMENT = frozenset({"بيان", "وبيان"})


def construct_author(context: Extraction, words: list[Word], index: int,
                     end: int) -> SpeakerReading | None:
    """The organisation whose statement ``words[index]`` («بيان», indefinite) is,
    named by the genitive right after it, or None."""
    if index + 1 >= end or words[index].norm not in _STATEMENT or \
            context.gap(words[index], words[index + 1]).strip():
        return None
    following = words[index + 1]
    mention = context.mention_starting_in(following)
    if mention is not None:
        if not mention.entity_id or mention.label not in AGENT_LABELS or \
                mention.label in _NOT_AUTHORS or context.is_nisba(mention) or \
                context.attached_prefix(mention) or mention.start != following.start:
            return None
        return SpeakerReading(mention.entity_id, "author")
    reading = speaker_bodies.kind_reference(context, following)
    if reading is None or reading.entity_id is None:
        return None
    entity = context.entities.get(reading.entity_id)
    if entity is None or entity.label in _NOT_AUTHORS:
        return None
    return reading
