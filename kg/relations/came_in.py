"""«وجاء في بيان لوزارة الداخلية أن ...»: what «came in» a statement of a named author.

Arabic news reports a body's statement through the impersonal «جاء في» («it came in»):
«وجاء في بيان لوزارة الداخلية أن الحادث وقع فجر أمس», «وجاء في بيان صادر عن الشركة: «...»».
No verb of saying has the author as its subject, but GUIDELINES.md makes the author of a
statement its speaker («في بيان لوزارة الداخلية» → the ministry). The cue is «جاء / وجاء /
جاءت» + «في» + a document noun («بيان», «تقرير», «تصريح»), then its author: an organisation
glued to «لـ» («لوزارة الداخلية»; a person after «لـ» may be the addressee, so none) or any
agent after «صادر عن» / «أصدرته» (:mod:`kg.relations.issued_by`). A bare «وجاء في البيان»
names no author and gives nothing here.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.relations.context import Extraction
from kg.relations.cue_words import CAME_VERBS
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.issued_by import issuer_start

_DOCUMENTS = frozenset({"بيان", "تقرير", "تصريح", "تصريحات"})


class CameIn(NamedTuple):
    """A «جاء في بيان لـ X» cue: the index of «جاء», the author's entity id, and the index
    of the author's last word (the content follows it)."""

    cue: int
    author: str
    last: int


def came_in(context: Extraction, words: list[Word]) -> list[CameIn]:
    """The «جاء في + document + author» cues of a sentence."""
    found: list[CameIn] = []
    for index in range(len(words) - 3):
        if words[index].norm not in CAME_VERBS or words[index + 1].norm != "في" or \
                words[index + 2].norm not in _DOCUMENTS:
            continue
        issuer = issuer_start(words, index + 3)
        at = issuer if issuer is not None else index + 3
        mention = context.mention_starting_in(words[at])
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention):
            continue
        prefix = context.attached_prefix(mention)
        if issuer is None and (mention.label == "Person" or prefix.lstrip("وف") != "ل"):
            continue  # «جاء في بيان لسعد»: a person after «لـ» may be the one addressed
        if issuer is not None and prefix:
            continue
        _, last = context.mention_words(mention)
        found.append(CameIn(index, mention.entity_id, last - words[0].index))
    return found
