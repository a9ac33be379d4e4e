"""A body named inside a title, tagged as a body elsewhere in the same article.

Local news names a body in full in one sentence («تلقت شرطة محافظة رابغ بلاغات») and a
title over the same words in another («وجّه مدير شرطة محافظة رابغ العميد X»), where the
NER reads the whole phrase as the title and tags no body. The words after the title head
that spell, word for word, a body tagged elsewhere in the article are that body: the title
is its head noun («مدير») and the body is the title's organisation.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.text.normalize import normalize_key

_MIN_WORDS = 2
"""A body of one word («الشرطة») is too vague to be matched this way."""


def body_named_elsewhere(context: Extraction, rest: list[Word]) -> tuple[str, int, int] | None:
    """(entity id, start, end) of the body whose tagged name is exactly the words ``rest``
    (the title's words after its head, or a leading run of them), else None."""
    bodies: dict[str, str] = {}
    for mention in context.index.mentions:
        if mention.label in ORGANIZATION_LABELS and mention.label != "Country" and \
                mention.entity_id:
            bodies.setdefault(_key(mention), mention.entity_id)
    if not bodies:
        return None
    for size in range(len(rest), _MIN_WORDS - 1, -1):
        key = " ".join(word.norm for word in rest[:size])
        if key in bodies:
            return bodies[key], rest[0].start, rest[size - 1].end
    return None


def _key(mention: Mention) -> str:
    return " ".join(normalize_key(mention.text).split())
