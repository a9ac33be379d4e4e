"""The holder of a stance noun that says what an actor's role or efforts were for.

«أشاد X بدور المملكة المحوري في مساندة الحكومة الشرعية», «دور إيران في دعم الحوثيين»,
«ثمن جهود الأمانة في دعم الحركة المسرحية»: a role or effort noun («دور», «جهود», «مساعي»,
«إسهام») in construct with a named actor, then «في» and a verbal noun of stance; the actor of
the role is the holder of the stance (``supports(المملكة, الحكومة الشرعية)``), not the one who
speaks of the role.

Only when the actor's name follows the role noun at once, no other name stands between the
name and «في» (adjectives of the role may: «المحوري والإيجابي»), and no punctuation breaks
the phrase.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word

ROLE_NOUNS = frozenset({"دور", "ادوار", "جهود", "جهد", "مساعي", "اسهام", "اسهامات", "مساهمه",
                        "مساهمات"})
"""Nouns of what an actor does toward an end: «دور X في دعم Y»."""

_REACH = 10
"""Words from «في» back to the role noun: a long name and two adjectives fit in it."""


def role_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The actor whose role or efforts («دور X», «جهود X») the stance noun at
    ``words[position]`` after «في» names the aim of; None when the noun is no such aim."""
    if position < 3 or words[position - 1].norm != "في" or \
            context.boundary_between(words[position - 1], words[position]):
        return None
    fi = position - 1
    for index in range(fi - 1, max(0, fi - _REACH) - 1, -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if not words[index].has(ROLE_NOUNS) or index + 1 >= fi:
            continue
        mention = context.mention_starting_in(words[index + 1])
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention) or mention.start != words[index + 1].start:
            return None
        if any(m.entity_id and not context.is_nisba(m)
               for m in context.mentions_between(mention.end, words[fi].start)):
            return None  # another name before «في»: the role may be theirs
        return Arg(mention.entity_id, mention.start, mention.end)
    return None
