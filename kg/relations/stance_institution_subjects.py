"""The author of a statement, or an institution the NER missed, as the subject of a stance verb.

«وأدان بيان لوزارة الخارجية ...», «وانتقد تقرير أخير لـ«هيومن رايتس ووتش» ...»: the author
of a statement or report right after the verb holds the stance; «واتهمت المؤسسة الوطنية
للنفط X»: an institution named by its kind noun after the verb, or opening the clause, is
the subject. Read for :func:`kg.relations.stance_verb_subjects.verb_subject`.
"""

from __future__ import annotations

from kg.relations.actors import institution_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    NISBA,
)
from kg.relations.stance_phrases import definite
from kg.relations.stance_verb_gender import verb_gender

_DOCUMENT_NOUNS = frozenset({"بيان", "تقرير", "رساله", "مذكره", "بلاغ"})
"""A text that speaks for its author: «وأدان بيان لوزارة الخارجية ...»."""

_DOCUMENT_WORDS = frozenset({"اخير", "رسمي", "جديد", "صادر", "الصادر", "عن", "من", "ل"})
"""Words between a text and its author («بيان صادر عن», «تقرير أخير لـ»)."""


def document_author(context: Extraction, words: list[Word],
                     position: int) -> tuple[Arg, int] | None:
    """«وانتقد تقرير أخير لـ«هيومن رايتس ووتش» ...», «وأدان بيان لوزارة الخارجية ...»,
    «ورحب بيان صادر عن الأمم المتحدة ...»: a statement or report right after the verb
    holds the stance of its author, the named body after «ل» or «عن»; the index after it."""
    index = position + 1
    if index >= len(words) or words[index].norm not in _DOCUMENT_NOUNS:
        return None
    for later in range(index + 1, min(len(words), index + 4)):
        if context.boundary_between(words[later - 1], words[later]) and \
                context.gap(words[later - 1], words[later]).strip() not in {"«", "ـ«", "\""}:
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None:
            glued = context.attached_prefix(mention).lstrip("وف")
            preceded = words[later - 1].norm in {"عن", "ل"} or glued == "ل"
            if not mention.entity_id or mention.label not in AGENT_LABELS or \
                    mention.label == "Person" or not preceded:
                return None
            last = context.word_at(max(mention.start, mention.end - 1))
            end = later + 1 if last is None else last.index - words[0].index + 1
            return Arg(mention.entity_id, mention.start, mention.end), end
        if words[later].norm not in _DOCUMENT_WORDS:
            return None
    return None


def institution_subject(context: Extraction, words: list[Word],
                         position: int) -> tuple[Arg, int] | None:
    """«واتهمت المؤسسة الوطنية للنفط X», «أعلن مجلس محافظة بغداد رفضه»: an institution the
    NER missed, right after the verb, when the verb agrees with its head in gender (a
    masculine verb before «وزارة» has it as its object: «دعا وزارة الصحة إلى ...»)."""
    if position + 1 >= len(words) or \
            context.boundary_between(words[position], words[position + 1]):
        return None
    found = institution_after(context, words, position + 1)
    if found is None:
        return None
    feminine = words[position + 1].bare().endswith("ه")
    return found if verb_gender(words[position]) == ("f" if feminine else "m") else None


_OPENING_REACH = 6


def opening_institution(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«مجلس محافظة بغداد يرفض قرار ...»: an institution the NER missed, that opens the
    sentence (or a clause after punctuation or «إن») and ends right before the verb, which agrees
    with its head in gender."""
    for first in range(position - 1, max(-1, position - _OPENING_REACH - 1), -1):
        if first > 0 and not context.boundary_between(words[first - 1], words[first]) and \
                words[first - 1].norm not in COMPLEMENTIZERS:
            continue
        found = institution_after(context, words, first)
        if found is None or found[1] != position or _indefinite_by_nisba(context, words, first):
            return None
        feminine = words[first].bare().endswith("ه")
        return found[0] if verb_gender(words[position]) == ("f" if feminine else "m") else None
    return None


def _indefinite_by_nisba(context: Extraction, words: list[Word], head: int) -> bool:
    """«محكمة ألمانية ترفض ...»: an indefinite head with a nisba adjective names no one
    body («a German court»)."""
    if head + 1 >= len(words) or definite(words[head]):
        return False
    adjective = words[head + 1]
    mention = context.mention_starting_in(adjective)
    return (not definite(adjective) or adjective.norm in NISBA) and (
        (mention is not None and context.is_nisba(mention)) or
        context.country_for_nisba(adjective) is not None)
