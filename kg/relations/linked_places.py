"""Two places joined by a word of relation or connection: no place inside the other.

«علاقات طهران بالولايات المتحدة», «الطريق الذي يربط عدن بمحافظة لحج», «مقارنة دبي
بلندن»: a noun or verb of relation, connection or comparison takes the first place as its
complement and the second with «بـ» ("with", "to"); the «بـ» is the verb's, not the «بـ» of
«ميناء الزيتيات بالسويس». The first place then lies in nothing the sentence says.
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.text.normalize import normalize_key

_LINKING = frozenset({"علاقات", "علاقه", "علاقاتها", "علاقاته", "علاقتها", "علاقته", "ربط",
                      "يربط", "تربط", "الرابط", "رابط", "يصل", "تصل", "مقارنه", "قارن",
                      "يقارن", "اتصال", "اتصالات", "صله", "صلات", "ارتباط", "يجمع", "تجمع",
                      "يقرب", "تقارب", "سيربط", "ستربط", "سيصل", "ستصل"})
"""Nouns and verbs of relation, connection or comparison (normalised, without clitics)."""
_MARKS = frozenset("،,.:;؛()«»\"“”-–")
_PLACE_NOUNS = frozenset({"ولايه", "محافظه", "منطقه", "مدينه", "اقليم", "مقاطعه", "ريف", "دوله"})
"""«بولاية كيدال»: a place noun glued to «بـ» before the second place's name."""


def linked_pair(context: Extraction, sentence: Sentence, first: Mention,
                second: Mention) -> bool:
    """Whether ``first`` is the complement of a linking word right before it and ``second``
    its partner glued to «بـ» right after it (see the module)."""
    if not _glued_partner(context, first, second):
        return False
    before = context.words_between(max(sentence.start, first.start - 24), first.start)
    if not before or any(mark in context.doc.text[before[-1].end:first.start]
                         for mark in _MARKS):
        return False
    return before[-1].has(_LINKING)


def _glued_partner(context: Extraction, first: Mention, second: Mention) -> bool:
    """Whether only «بـ» (or «بـ» and a place noun: «بولاية») stands between the places."""
    gap = context.doc.text[first.end:second.start].strip()
    prefix = context.attached_prefix(second)
    if prefix.startswith("ب"):
        return gap == prefix
    return gap.startswith("ب") and " " not in gap and normalize_key(gap[1:]) in _PLACE_NOUNS
