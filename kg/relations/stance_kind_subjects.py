"""A body named again by the bare noun of its kind as a stance verb's subject: «ودعت الكلية
المقبولين إلى ...», «وطالبت الوزارة المواطنين بـ ...».

Saudi news names a body once in full («أعلنت المديرية العامة لكلية الملك فهد الأمنية ...»)
and goes on with the definite noun of its kind alone («ودعت الكلية ...»), as it does for
speakers (see :mod:`kg.relations.body_references`). Right after a stance verb, such a noun is
the verb's subject and stands for the one body of that kind the text has named before it;
when the text has named two bodies of the kind (two ministries) or none, it names no one.
So is such a noun fronted after «أن»/«إن» right before the verb («إن الصحيفة رفضت»).
"""

from __future__ import annotations

from kg.relations.body_references import added_bodies
from kg.relations.context import Extraction
from kg.relations.index import REFERENCE_KINDS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS


def kind_reference(context: Extraction, word: Word) -> Arg | None:
    """«الأمانة», «الكلية», «الهيئة» (a «و» or «ف» glued to it allowed, no preposition): the
    one body of that kind the text has named before the word, if it named exactly one."""
    if context.covering_mention(word.start) is not None:
        return None
    kind = next((rest for prefix, rest in word.readings()
                 if prefix.lstrip("وف") == "ال" and rest in REFERENCE_KINDS), None)
    if kind is None:
        return None
    earlier = {m.entity_id for m in context.index.organizations_by_kind.get(kind, [])
               if m.end <= word.start and m.entity_id} | added_bodies(context, kind, word.start)
    if len(earlier) != 1:
        return None
    return Arg(next(iter(earlier)), word.start, word.end)


def kind_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The body a bare kind noun right after the stance verb at ``position`` stands for
    («ودعت الكلية المقبولين»), in the verb's clause."""
    index = position + 1
    if index >= len(words) or context.boundary_between(words[position], words[index]):
        return None
    return kind_reference(context, words[index])


_PARTICLES = frozenset({"لا", "لم", "لن", "قد"})
_OPENING_MARKS = frozenset({"«", "“", "\""})


def fronted_kind(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وقال X إن الصحيفة رفضت نشر مقاله», «أن الوزارة الكندية لم ترفض»: after «أن»/«إن»
    a bare kind noun (a nisba adjective may follow it) right before the verb at ``position``
    is its fronted subject, and stands for the one body of that kind named before; the verb
    may open a quotation («إن الصحيفة «رفضت ...»»)."""
    index = position - 1
    while index >= 0 and words[index].norm in _PARTICLES:
        index -= 1
    if index >= 1:
        nisba = context.covering_mention(words[index].start)
        if nisba is not None and context.is_nisba(nisba):
            index -= 1  # «الصحيفة الكندية»
    if index < 1 or words[index - 1].norm not in COMPLEMENTIZERS or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    for left in range(index, position):
        gap = context.gap(words[left], words[left + 1]).strip()
        if gap and not (left + 1 == position and gap in _OPENING_MARKS):
            return None
    return kind_reference(context, words[index])
