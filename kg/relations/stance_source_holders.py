"""An official source of a body, who speaks for it: the body holds the stance.

«وأدان مصدر مسؤول في وزارة الخارجية التفجير», «ودعا مصدر رسمي بوزارة الداخلية
المواطنين إلى ...»: the official statement of a ministry or an organisation is voiced by an
unnamed «مصدر مسؤول» (or «مصدر رسمي») «في»/«بـ» the body; the stance is the body's. Only the
singular official source counts («مصدر مطلع», «مصادر دبلوماسية» are informants, not the
body's voice), only right after the verb, and only for a body tagged as an organisation or
a government body (a source «في السعودية» speaks for no one in particular).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_SOURCE = frozenset({"مصدر"})
_OFFICIAL = frozenset({"مسؤول", "رسمي"})
_BODY_LABELS = frozenset({"GovernmentBody", "Organization", "InternationalOrganization"})


def source_holder(context: Extraction, words: list[Word], position: int) -> tuple[Arg, int] | None:
    """The body an official source right after the verb at ``position`` speaks for, and the
    index of the word after the body's name; None when no such source follows."""
    index = position + 1
    if index + 2 >= len(words) or words[index].norm not in _SOURCE or \
            words[index + 1].norm not in _OFFICIAL:
        return None
    for at in (index, index + 1, index + 2):
        if context.boundary_between(words[at - 1], words[at]):
            return None
    body = index + 2
    if words[body].norm == "في":
        body += 1
        if body >= len(words) or context.boundary_between(words[body - 1], words[body]):
            return None
    elif not words[body].norm.startswith("ب"):
        return None
    mention = context.mention_starting_in(words[body])
    if mention is None or not mention.entity_id or mention.label not in _BODY_LABELS or \
            context.is_nisba(mention):
        return None
    last = context.mention_words(mention)[1] - words[0].index
    return Arg(mention.entity_id, mention.start, mention.end), last + 1
