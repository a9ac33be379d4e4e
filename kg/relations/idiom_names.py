"""A one-word «name» that is a preposition's idiom: «لصالح» ("in favour of").

«صالح» is a given name, and the NER tags it inside «لصالح», the common phrase of news
prose for "in favour of, on behalf of": «شنت كوريا حملة لصالح وزير خارجيتها السابق X».
The title after it is X's, the man the campaign favours; «صالح» there is no one, and
holds no title («وزير خارجيتها» would go to whoever «صالح» was linked to: a president of
Yemen). A full name glued to «ل» («لصالح العلي») is left alone: only a lone «صالح».
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.text.normalize import normalize_key

_IDIOM_NAMES = frozenset({"صالح"})


def idiom_name(context: Extraction, mention: Mention) -> bool:
    """Whether ``mention`` is the one word «صالح» glued to «ل» (the idiom «لصالح»)."""
    text = context.doc.text[mention.start:mention.end]
    if normalize_key(text) not in _IDIOM_NAMES:
        return False
    return context.attached_prefix(mention).lstrip("وف") == "ل"
