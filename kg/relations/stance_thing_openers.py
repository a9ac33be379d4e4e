"""A stance verb followed by a thing: a verb with no subject of its own.

«والتقى الجبير نظيره كيري، وانتقد التدخل الإيراني», «وقال X إن ... . ورفض الاتهامات»,
«واستقبل X الوفد، وأدان الهجوم الإرهابي»: right after a stance verb that opens its clause
(after «و» and a comma, or opening the sentence), a definite noun that names a thing
(an intervention, an agreement, a decision, an attack, accusations, a policy) cannot be the
one who holds the stance: it is the verb's object, and the verb goes on the subject of the
clause or sentence before it (the rules of ``stance_verb_subjects`` then decide whose, by
gender and by who was named since). A document («البيان», «التقرير») may speak for its
author, so it is left out; so is any noun a name starts at.

Arabic may put the object before the subject («وانتقد الاتفاق رئيس الوزراء الإسرائيلي X»,
«ورفض الاتفاق الجمهوريون»): when the clause names, after the thing, an actor no preposition
governs, a title, or a definite plural in the nominative («ـون»), that is the verb's own
subject, and no earlier one is borrowed.
"""

from __future__ import annotations

from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.role_words import is_title_head

THINGS = frozenset({
    "قرار", "قرارات", "اتفاق", "اتفاقيه", "مبادره", "مقترح", "مقترحات", "اقتراح", "سياسه",
    "سياسات", "تصريحات", "اتهامات", "تدخل", "تدخلات", "هجوم", "هجمات", "تفجير", "تفجيرات",
    "اعتداء", "اعتداءات", "عدوان", "غارات", "قصف", "ممارسات", "انتهاكات", "تهديدات",
    "اجراءات", "خطوه", "تصعيد", "استيطان", "حصار", "عمليه", "حمله", "مزاعم", "ادعاءات",
    "دعوات", "مطالب", "شروط", "عقوبات", "احكام", "حكم",
})
"""Heads of things a stance is toward that never hold one (no document, no body)."""


def thing_after(verb: Word, following: Word) -> bool:
    """Whether ``following``, right after the stance verb, is a definite thing noun («التدخل
    الإيراني», «الاتهامات», «الهجوم»): the verb's object, so the verb has no subject there."""
    norm = following.norm
    return norm.startswith("ال") and norm.removeprefix("ال") in THINGS


_SUBJECT_REACH = 8
"""Words after the thing noun searched for a subject put after the object."""
_MIN_PLURAL = 6


def subject_after_thing(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the clause names its own subject after the thing at ``words[index]`` (VOS):
    an actor no preposition governs and that is no nisba, a title, or a definite plural in
    «ـون» («الجمهوريون»)."""
    for later in range(index + 1, min(len(words), index + _SUBJECT_REACH + 1)):
        if context.boundary_between(words[later - 1], words[later]):
            return False
        word = words[later]
        if is_title_head(word) or (word.norm.startswith("ال") and word.norm.endswith("ون") and
                                   len(word.norm) >= _MIN_PLURAL):
            return True
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
                not context.is_nisba(mention) and not preposition(context, mention):
            return True
    return False
