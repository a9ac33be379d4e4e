"""A capital that signs or reaches an agreement stands for its government: «عقب توصل طهران
لاتفاق نووي مع القوى الكبرى», «ووقعت موسكو اتفاقية مع أنقرة».

The subject of a signing or reaching verb (or the genitive of its verbal noun in construct)
must be an actor; a city is none, so the side was lost («توصل طهران لاتفاق مع القوى الست»
gave the powers alone). A capital there is its country's government, as it is in a speaker's
place («أعلنت واشنطن», :mod:`kg.relations.capitals`): the side is the country, with the
capital's span. Only a capital (``capitals.government_of``) right after the verb and ending
where the agreement noun (or its «إلى») begins, past «أمس», «اليوم» or a weekday, is read;
any other city («توصلت جدة ...») and a
capital in another position («وقعت الشركة في الرياض اتفاقية») are left alone.
"""

from __future__ import annotations

from kg.relations.capitals import government_of
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import WEEKDAYS

_TIME_WORDS = frozenset({"امس", "اليوم"})


def capital_side(context: Extraction, words: list[Word], verb: int, goal: int) -> Arg | None:
    """The country whose capital stands right after the verb at ``words[verb]`` and ends
    right before ``words[goal]`` (the agreement noun or its «إلى»; a time word may stand
    between), or None."""
    if verb + 1 >= goal or context.boundary_between(words[verb], words[verb + 1]):
        return None
    mention = context.mention_starting_in(words[verb + 1])
    if mention is None or mention.entity_id is None or mention.label != "City":
        return None
    last = context.word_at(max(mention.start, mention.end - 1))
    if last is None:
        return None
    after = last.index - words[0].index + 1
    while after < goal and (words[after].norm in _TIME_WORDS or words[after].norm in WEEKDAYS):
        after += 1  # «ووقعت موسكو أمس اتفاقية»
    if after != goal:
        return None
    country = government_of(context, mention.entity_id)
    return None if country is None else Arg(country, mention.start, mention.end)
