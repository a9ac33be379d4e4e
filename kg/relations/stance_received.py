"""What received or faced a stance, named by a descriptive phrase: the stance's object.

«وواجهت الخطة معارضة من حركة حماس», «ولقي الاتفاق النووي ترحيبا من الاتحاد الأوروبي»,
«وقوبل القرار برفض من الحكومة»: a verb of facing or receiving (``FACING_VERBS``,
``RECEIVING_VERBS``), its subject, then the stance noun whose holder is named after «من»
(see :mod:`kg.relations.stance_directed_holders`). A named subject is read by
``stance_objects``; here the subject is a short descriptive phrase («الخطة», «الاتفاق
النووي», «تصريحات ترامب») that fills the whole gap between the verb and the noun, with no
punctuation, and it is the thing the stance is toward.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FACING_VERBS, RECEIVING_VERBS
from kg.relations.stance_phrase_objects import content_noun
from kg.relations.stance_phrases import conjunction, prepositional, topic_phrase
from kg.text.normalize import normalize_key

_VERBS = FACING_VERBS | RECEIVING_VERBS
_REACH = 3
"""Words the subject phrase may take between the verb and the stance noun."""


def received_topic(context: Extraction, words: list[Word], position: int,
                   skip: set[str]) -> Candidate | None:
    """The descriptive subject of the facing or receiving verb before the stance noun at
    ``position`` (see the module docstring); None when no such verb or phrase is there."""
    for verb in range(position - 2, max(-1, position - _REACH - 2), -1):
        if context.boundary_between(words[verb], words[verb + 1]):
            return None
        if not words[verb].has(_VERBS):
            continue
        first = words[verb + 1]
        if not content_noun(first) or conjunction(first) or prepositional(first) or \
                context.covering_mention(first.start) is not None:
            return None
        phrase = topic_phrase(context, words, verb + 1)
        if phrase is None or phrase.end != words[position - 1].end:
            return None
        node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
        if node in skip:
            return None
        return Candidate(Arg(node, phrase.start, phrase.end), "", None, verb + 1, "faced")
    return None
