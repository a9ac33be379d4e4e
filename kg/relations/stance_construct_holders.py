"""A name in construct with another noun before a possessive stance noun holds no stance.

The holder of «جدد X دعمه» is the light verb's subject, the head of its phrase. A name that
is the genitive of a noun before it is not that head (GUIDELINES: «the subject is the head
of the phrase that holds the stance»):

- a plural noun of members or followers: «أعرب عدد من نواب حزب الله عن رفضهم» (the MPs),
  «أعلن أحد قادة حركة حماس رفضه», «أعلن مؤيدو حركة فتح تأييدهم» — the named body is not
  the holder, and the members are unnamed;
- a person noun or a ministry's portfolio: «أعلن عضو حركة فتح رفضه» (a member),
  «أبدى وزير خارجية إيران رفضه» (the minister, not Iran);
- a verbal noun with «لـ» glued to it: «أكدت الجبهة الشعبية لتحرير فلسطين رفضها» (the
  front, not Palestine).

«المتحدث باسم حركة حماس» speaks in the body's name: «باسم» is no such head. Titles in
construct («رئيس حزب X») are read by :func:`kg.relations.stance_title_bodies.title_complement`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import PERSON_NOUNS
from kg.relations.stance_phrases import definite

_MEMBERS = frozenset({
    "نواب", "قاده", "قيادات", "قياديو", "قياديي", "اعضاء", "عضوا", "عضوي", "انصار", "مؤيدو",
    "مؤيدي", "عناصر", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "ممثلو", "ممثلي", "مسؤولو",
    "مسؤولي", "كوادر", "نشطاء", "ناشطو", "ناشطي", "وزراء", "سفراء", "موظفو", "موظفي",
    "انصاره", "اتباع", "زعماء", "قيادي",
})
"""Nouns of members, followers or officials of a body, in construct before its name."""

_PORTFOLIOS = frozenset({"خارجيه", "داخليه", "دفاع", "اعلام", "عدل", "ماليه"})
"""The portfolio of «وزير خارجية X»: the name after it is the minister's country."""

_IN_THE_NAME_OF = frozenset({"باسم", "وباسم"})


def genitive_of_other(context: Extraction, words: list[Word], actor: Arg) -> bool:
    """Whether ``actor`` is the genitive of a member, person or portfolio noun, or of a
    verbal noun with a glued «لـ», that stands right before it in its phrase."""
    position = next((i for i, w in enumerate(words) if w.start <= actor.start < w.end), 0)
    if position == 0:
        return False
    head = words[position - 1]
    if context.boundary_between(head, words[position]) or definite(head) or \
            head.norm in _IN_THE_NAME_OF:
        return False
    norm = head.norm.removeprefix("و") if len(head.norm) > 4 else head.norm
    if norm in _MEMBERS or norm in PERSON_NOUNS or norm in _PORTFOLIOS:
        return True
    return norm.startswith("ل") and len(norm) >= 5 and \
        context.covering_mention(head.start) is None  # «لتحرير فلسطين», not «لجنة»
