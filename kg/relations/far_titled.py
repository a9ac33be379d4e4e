"""A long title chain before the name: «وبيّن مدير عام فرع الهيئة بالمنطقة أمين عام مجلس
التنمية السياحية صالح العمري أن ...».

Arabic news stacks two or three titles before a name, so the name may stand further from
the title's head than the usual window. Two rules of such a chain:

1. The name that closes the chain is the title's holder: no other word of the clause may
   stand between (no clause boundary, no content word «أن / إن / بأن», no colon, no
   reporting verb, no free-standing preposition or function word: «في تصريح خلال زيارة
   الأمير X» opens an adjunct, and X there is not the title's holder), and no preposition
   governs the name (a genitive after «لـ / بـ» is not the holder).
2. When such a name follows, the title is not a back-reference to a person introduced
   earlier with the same title («مدير» read as the «مدير البنك» of three sentences back):
   the person of the clause is the one named here, never the earlier one.

The search runs only when the usual window ran out without a boundary, so it adds no work
on ordinary sentences.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, find_reporting
from kg.text.normalize import normalize_key

FAR_REACH = 22
"""Most words from a title's head to the name that closes a stacked title chain."""
_STOPS = FUNCTION_WORDS | frozenset(normalize_key(word) for word in (
    "أن", "إن", "بأن", "أنه", "إنه", "عقب", "أثناء", "أمام", "بشأن", "برفقة", "بصحبة", "بحضور",
    "لدى", "إثر", "عبر"))


def far_holder(context: Extraction, words: list[Word], head: int, start: int) -> Mention | None:
    """The Person named at the end of the title chain headed at ``words[head]``, found from
    ``words[start]`` on (the words before were the usual window), or None (rule 1)."""
    for later in range(head + 1, min(len(words), head + FAR_REACH)):
        if context.boundary_between(words[later - 1], words[later]) or \
                _stops(words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and later >= start:
            if not mention.entity_id or context.is_prepositional(mention):
                return None
            return mention
    return None


def _stops(word: Word) -> bool:
    """Whether ``word`` ends a title chain: a function word, a preposition, a reporting verb."""
    norm = word.norm
    return norm in _STOPS or norm.removeprefix("و") in _STOPS or \
        find_reporting(norm) is not None
