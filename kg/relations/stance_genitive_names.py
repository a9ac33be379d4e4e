"""A name that is the genitive of a head before it, not a relative clause's antecedent.

«والتقى الرئيس بوزير خارجية مصر الذي أعرب عن رفضه ...», «رئيس حزب الوفد الذي جدد دعمه»,
«نجل الرئيس X الذي انتقد ...»: the relative clause describes the head of the phrase (the
minister, the party leader, the son), not the name in its genitive: a title word a few words
before a body or a country, a kinship word before a person.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head

_KIN = frozenset({"نجل", "ابن", "ابنه", "بنت", "شقيق", "شقيقه", "زوج", "زوجه", "والد", "والده",
                  "حفيد", "حفيده", "ارمله", "نجله", "عم", "خال", "صهر"})
"""Kinship heads whose genitive is the person named after them («نجل الرئيس X»)."""
_HEAD_REACH = 3


def governed_name(context: Extraction, words: list[Word], holder: Arg) -> bool:
    """Whether the antecedent is the genitive of a head a few words before it in its
    phrase: a kinship word before a person, a title word before a body or a country."""
    first = next((i for i, w in enumerate(words) if w.start <= holder.start < w.end), None)
    if first is None:
        return False
    person = context.label(holder.node_id) == "Person"
    for index in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.has(_KIN) or \
                (not person and is_title_head(word)):
            return True
    return False
