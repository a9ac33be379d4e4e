"""A name in a fronted «عن» phrase is what is spoken about, not who speaks.

Interview reports front the topic of an answer with «وعن», «وحول», «وبشأن» and put the
verb after it: «وعن انخفاض مستوى المحترف البرازيلي تياجو نيفيز قال المدرب الروماني: ...»,
«وحول مستقبل اللاعب سامي قال رئيس النادي إن ...». The name inside that phrase is in a
genitive chain under the preposition, however deep, and is never the subject of the verb
that follows; the speaker is named after the verb or continues from before.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word

TOPIC_PREPOSITIONS = frozenset({"عن", "وعن", "حول", "وحول", "بشان", "وبشان", "بخصوص",
                                "وبخصوص"})
"""Prepositions that front the topic of what is said («وعن ...», «وحول ...»)."""
_CLAUSE_MARKS = frozenset("،,.:;!?؟؛")


def in_fronted_topic(context: Extraction, words: list[Word], mention: Mention,
                     position: int) -> bool:
    """Whether ``mention`` (before the verb ``words[position]``) lies in a phrase that a
    topic preposition opens at the start of its clause («وعن ... نيفيز قال»)."""
    first = context.word_at(mention.start)
    if first is None:
        return False
    index = first.index - words[0].index
    while index > 0 and _CLAUSE_MARKS.isdisjoint(context.gap(words[index - 1], words[index])):
        index -= 1
    return 0 <= index < position and words[index].norm in TOPIC_PREPOSITIONS
