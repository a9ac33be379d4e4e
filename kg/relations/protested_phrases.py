"""What an unnamed protest is against: «الحكومة المحلية», «جدار الفصل», «رفض القضاء الإسرائيلي».

A definite noun with its definite adjectives, or an indefinite noun with its definite
genitive; for a demand, only a phrase headed by a body or holding one (``AUTHORITY_HEADS``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.target_words import (
    PLACE_HEADS,
    victim_word,
    with_genitive,
)

AUTHORITY_HEADS = frozenset({
    "حكومه", "سلطه", "سلطات", "نظام", "قضاء", "محكمه", "برلمان", "جيش", "شرطه", "احتلال",
    "رئاسه", "وزاره", "مجلس", "ائتلاف", "اداره", "بلديه", "حزب", "جدار", "قوات",
})
"""Heads of an unnamed body a crowd demands something of or protests against («مطالبين
الحكومة المحلية», «احتجاجاً على رفض القضاء الإسرائيلي», «ضد جدار الفصل»)."""


def protested_phrase(context: Extraction, words: list[Word], start: int,
                     authority: bool) -> Arg | None:
    """The unnamed phrase a protest is against, at ``words[start]``: a definite noun with
    its definite adjectives («الحكومة المحلية», «النظام العسكري الحاكم») or an indefinite
    noun with its definite genitive («جدار الفصل»); with ``authority``, only one headed by a
    body (``AUTHORITY_HEADS``) or holding one in its genitive («رفض القضاء الإسرائيلي»)."""
    if start >= len(words) or start == 0 or \
            context.boundary_between(words[start - 1], words[start]):
        return None
    head = words[start]
    if not victim_word(context, head) or head.bare() in PLACE_HEADS:
        return None
    if head.norm.startswith("ال"):
        last = _definite_adjectives(context, words, start)
    else:
        last = with_genitive(context, words, start)
        if last == start:
            return None  # «ضد مجهول»: an indefinite noun alone names nothing
        last = _definite_adjectives(context, words, last)
    if authority and not any(word.bare() in AUTHORITY_HEADS for word in words[start:last + 1]):
        return None
    begin, end = head.start, words[last].end
    return Arg(context.add_entity("Miscellaneous", context.doc.text[begin:end]), begin, end)


def _definite_adjectives(context: Extraction, words: list[Word], last: int) -> int:
    """Past up to two definite words after ``words[last]`` that describe it («المحلية»,
    «العسكري الحاكم», a nisba tagged as its country: «الإسرائيلي»)."""
    for _ in range(2):
        following = last + 1
        if following >= len(words) or context.boundary_between(words[last], words[following]):
            break
        word = words[following]
        mention = context.covering_mention(word.start)
        nisba = mention is not None and mention.label == "Country" and \
            context.is_nisba(mention) and mention.end == word.end
        if not word.norm.startswith("ال") or (mention is not None and not nisba) or \
                (mention is None and not victim_word(context, word)):
            break
        last = following
    return last
