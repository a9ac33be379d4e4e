"""A title that stands for one person named earlier, as a stance's object.

«ورحب الرئيس بمبعوث دول مجلس التعاون» after «... المبعوث صالح القنيعير»: the
envoy welcomed is the person introduced with that title. Unlike a subject
(:func:`kg.relations.role_holders.person_for_title` takes the latest holder), an object
is resolved only when every earlier holder of the title is the same person.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS


def title_head(word: Word, prefixes: frozenset[str]) -> str | None:
    """The title head of ``word`` read after one of ``prefixes`` («بمبعوث» → «مبعوث»)."""
    for prefix, rest in word.readings():
        if prefix.lstrip("وف") in prefixes and rest in TITLE_HEADS:
            return rest
    return None


def sole_title_holder(context: Extraction, word: Word, head: str) -> str | None:
    """The one person who holds a position with ``head`` before ``word``, or None when
    there is none or several («الرئيس» after two presidents)."""
    holders = {
        role.person_id for role in context.roles
        if role.start < word.start and (
            head in role.position_name or head.removesuffix("ه") in role.position_name)
    }
    return next(iter(holders)) if len(holders) == 1 else None
