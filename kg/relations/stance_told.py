"""The one told is not the one protesting: «وأبلغ الأمين العام للأمم المتحدة احتجاجه على».

Rule: «أبلغ» takes the one informed as its first object and the thing conveyed as its
second («أبلغ X احتجاجه» = conveyed his protest to X). When a verb of informing, with no
object pronoun of its own, is followed by ONE noun phrase and then the stance's verbal noun
with a possessive pronoun («احتجاجه», «رفضها»), that noun phrase is the one told and the
holder is the verb's own (pronoun) subject: the name is not the holder. Two noun phrases
(«أبلغت مصر إسرائيل احتجاجها»: subject, then the one told) or the one told after the noun
(«أبلغت مصر احتجاجها للسفير», «... إلى السفير») leave the name as the holder.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_phrases import possessive

_INFORMING = frozenset({"ابلغ", "ابلغت", "ابلغوا", "يبلغ", "تبلغ", "نبلغ", "يبلغون"})
"""Verbs of informing with no object pronoun (normalised, «و»/«ف» stripped)."""

_TO = frozenset({"الي", "لدي"})
"""Words after the noun that name the one told («إلى السفير»)."""


def _genitive_word(context: Extraction, words: list[Word], word: Word) -> bool:
    """«للأمم», «المتحدة» in «الأمين العام للأمم المتحدة»: a «لـ» genitive of the name
    before it, or a later word of a name that such a word opens."""
    if word.norm.startswith("ل"):
        return True
    mention = context.covering_mention(word.start)
    return mention is not None and any(
        w.start <= mention.start < w.end and w.norm.startswith("ل") for w in words)


_TIMES = frozenset({"امس", "اليوم", "ايضا"})


def told_one(context: Extraction, words: list[Word], light: int, position: int,
             subjects: list[Arg]) -> bool:
    """Whether ``subjects``, found after the informing verb at ``light``, are the one told
    of the possessive verbal noun at ``position`` rather than its holder."""
    if words[light].norm.lstrip("وف") not in _INFORMING or not possessive(words[position]):
        return False
    if not all(words[light].end <= s.start and s.end <= words[position].start for s in subjects):
        return False
    last = max(s.end for s in subjects)
    between = [w for w in words[light + 1:position] if w.start >= last]
    if not all(_genitive_word(context, words, w) for w in between):
        return False  # «أبلغت مصر إسرائيل احتجاجها»: the first name is the subject
    following = [w for w in words[position + 1:position + 3] if w.norm not in _TIMES][:1]
    return not any(w.norm in _TO or w.norm.startswith("ل") for w in following)


def told_before(context: Extraction, words: list[Word], before: Arg, position: int) -> bool:
    """Whether ``before``, the name right before the possessive verbal noun at ``position``
    («وأبلغ مجلس الأمن احتجاجه», «أبلغت مصر إسرائيل احتجاجها»), is the one told: a verb
    of informing stands before it, with at most the verb's named subject between."""
    if not possessive(words[position]):
        return False
    first = next((i for i, w in enumerate(words) if w.end > before.start), None)
    if first is None:
        return False
    for index in range(first - 1, max(-1, first - 6), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if word.norm.lstrip("وف") in _INFORMING:
            return True
        if context.covering_mention(word.start) is None and not word.norm.startswith("ل"):
            return False
    return False
