"""A capital right after a verbal noun, with the noun's own object after it, is its agent.

«جدد الرئيس X رفض دمشق القرار الأمريكي», «أكد الوزير X دعم القاهرة الكامل للمبادرة»,
«أعلن X إدانة بغداد للهجوم»: a verbal noun in construct with a capital that stands for its
government, then an object (a definite noun in the accusative, «ل» + the object, «مع»,
«ضد») or an adjective of degree («الكامل», «الشديد»): the capital is the one who refuses,
backs or condemns, not what the light verb's subject refuses. Such a capital is no object
of the stance; it holds it as its country's government (``capital_holder``: «أكد الوزير
دعم واشنطن للحكومة العراقية» is the United States backing the Iraqi government), as a
capital in a speaker's place does (:mod:`kg.relations.capitals`).

A capital with nothing of the noun's after it («أكد X دعم القاهرة»), or one after a
preposition («دعم الوزير للقاهرة»), is left to the other rules.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import Candidate
from kg.relations.capitals import government_of
from kg.relations.context import Extraction
from kg.relations.index import TERRITORY_LABELS, Arg, Word
from kg.relations.lexicon import INTENSIFIERS, StanceTrigger
from kg.relations.stance_phrases import definite, glued_lam

_OBJECT_OPENERS = frozenset({"مع", "ضد", "تجاه", "حيال", "لكل", "لاي"})


def capital_agent(context: Extraction, words: list[Word], position: int,
                  trigger: StanceTrigger, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a city in construct after the verbal noun at
    ``words[position]`` with the noun's object or adjective after it (see the module
    docstring)."""
    if not trigger.noun or candidate.label not in TERRITORY_LABELS or \
            candidate.source != "mention" or candidate.preposition or \
            candidate.word_index != position + 1 or candidate.word_index >= len(words):
        return False
    mention = context.mention_starting_in(words[candidate.word_index])
    return mention is not None and _noun_goes_on(context, words, mention)


def capital_holder(context: Extraction, words: list[Word], mention: Mention) -> Arg | None:
    """The country whose government the capital ``mention`` right after a verbal noun
    stands for, when the noun's object or adjective follows it («دعم واشنطن للحكومة
    العراقية»: the United States backs it); None otherwise."""
    if mention.label != "City" or not mention.entity_id or \
            not _noun_goes_on(context, words, mention):
        return None
    country = government_of(context, mention.entity_id)
    return Arg(country, mention.start, mention.end) if country is not None else None


def _noun_goes_on(context: Extraction, words: list[Word], mention: Mention) -> bool:
    """Whether the word after ``mention`` carries on the verbal noun before it: its object
    (definite, «لـ», «مع», «ضد») or an adjective of degree («الكامل»)."""
    last = context.mention_words(mention)[1] - words[0].index
    following = last + 1
    if following >= len(words) or context.boundary_between(words[last], words[following]):
        return False
    word = words[following]
    return definite(word) or glued_lam(word) or word.norm in _OBJECT_OPENERS or \
        word.bare() in INTENSIFIERS
