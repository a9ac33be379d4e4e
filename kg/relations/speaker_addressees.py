"""A person after a reporting verb and a glued «لـ» is the one spoken to, not the speaker.

«وقال لميركل: «نحن معكم»», «حيث قال لبرينان: ...», «وقال للومان إن ...»: the «ل» is the
preposition of the addressee, and the speaker is the verb's hidden subject. A bare «ل»
cannot tell this alone, for many given names begin with it («لبنى», «لطفي», «ليلى»);
the document tells: when the person the mention is linked to is named elsewhere with the
word that follows the «ل» («أنجيلا ميركل», «مارغريت برينان») and never with the «ل»
glued on, the «ل» is a preposition. A person whose name holds the «ل» form («لطفي
الزعبي») is read as the speaker as before.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.text.normalize import normalize_key


def addressed_person(context: Extraction, mention: Mention) -> bool:
    """Whether a person mention right after a reporting verb is the addressee after a
    glued «لـ»: «لميركل» (the recogniser split the «ل» off) or «لبرينان» (it kept it),
    linked to a person whose name has «ميركل», «برينان» and not «لميركل», «لبرينان»."""
    if mention.label != "Person" or not mention.entity_id:
        return False
    word = context.word_at(mention.start)
    entity = context.entities.get(mention.entity_id)
    if word is None or entity is None:
        return False
    if mention.start > word.start:  # «ل|ميركل»: the recogniser took the «ل» off
        if context.norm(word.start, mention.start).lstrip("وف") != "ل":
            return False
        first = context.norm(mention.start, word.end)
    else:  # «لبرينان»: the «ل» inside the mention
        glued = context.norm(word.start, word.end)
        if not glued.startswith("ل") or len(glued) < 4:
            return False
        first = glued[1:]
    name = normalize_key(entity.name).split()
    return first in name and "ل" + first not in name
