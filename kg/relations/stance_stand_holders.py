"""Stands told by an adjective after «موقف»: «موقف المملكة الرافض للتدخل», «موقفها المعارض لـ».

A stand («موقف», «مواقف») is qualified by the adjective that says what it is toward:
«الرافض» (rejects), «المعارض», «المناهض» (opposes), «المؤيد» (supports, an adjective of
``kg.relations.stance_adjective_heads``). Whose stand it is comes between them: the
possessive of «موقفها», or the named genitive of «موقف المملكة». Out of that frame these
adjectives name people («التيار الرافض للاتفاق», «المعارض السوري X»), no holder's stand.
"""

from __future__ import annotations

from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import OPPOSING_STANDS, REFUSING_STANDS, STANDS
from kg.relations.realm_actors import kingdom

STAND_ADJECTIVES = frozenset(REFUSING_STANDS + OPPOSING_STANDS)
"""Adjectives of a stand that are stance triggers only right after a stand (and its holder)."""


def stand_adjective(words: list[Word], position: int) -> bool:
    """Whether ``words[position]`` is one of :data:`STAND_ADJECTIVES`."""
    return words[position].norm.removeprefix("و") in STAND_ADJECTIVES


def after_stand(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the stand adjective at ``words[position]`` follows a stand word, right before
    it («موقفها الرافض») or before its named holder («موقف المملكة الرافض»)."""
    if position > 0 and words[position - 1].norm.lstrip("و") in STANDS:
        return True
    return stand_genitive(context, words, position) is not None or \
        stand_nisba(context, words, position) is not None


def stand_genitive(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named holder between a stand word and its adjective: «موقف المملكة الرافض لـ»,
    «موقف مصر المعارض لـ»."""
    if position < 2 or context.boundary_between(words[position - 1], words[position]):
        return None
    last = words[position - 1]
    if words[position - 2].norm.lstrip("و") in STANDS and \
            not words[position - 2].norm.startswith(("ال", "وال")):
        realm = kingdom(context, words, position - 1)  # «موقف المملكة الرافض لـ»
        if realm is not None:
            return Arg(realm, last.start, last.end)
    mention = context.covering_mention(last.end - 1)
    if mention is None or mention.end != words[position - 1].end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
            preposition(context, mention):
        return None
    first = context.word_at(mention.start)
    local = first.index - words[0].index if first is not None else 0
    if first is None or local < 1 or local > position - 1:
        return None
    stand = words[local - 1]
    if stand.norm.lstrip("و") not in STANDS or stand.norm.startswith(("ال", "وال")) or \
            context.boundary_between(stand, first):
        return None  # «الموقف المصري»: a nisba, not a genitive holder
    return Arg(mention.entity_id, mention.start, mention.end)


def stand_nisba(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The country of the nisba between a definite stand word and its adjective: «الموقف
    المصري الرافض للتدخل», «بالموقف الروسي الداعم للأسد» (the country's stand, as «الوزير
    السعودي» is the country's minister)."""
    if position < 2 or context.boundary_between(words[position - 1], words[position]) or \
            context.boundary_between(words[position - 2], words[position - 1]):
        return None
    stand = words[position - 2]  # «الموقف», «بالموقف», «والمواقف»
    if not any(rest in STANDS and rest.startswith("ال") for _, rest in stand.readings()):
        return None
    last = words[position - 1]
    mention = context.covering_mention(last.end - 1)
    if mention is None or mention.start != last.start or mention.end != last.end or \
            not mention.entity_id or mention.label != "Country" or not context.is_nisba(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)
