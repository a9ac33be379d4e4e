"""A stance verb followed by a thing: a verb with no subject of its own.

«والتقى الجبير نظيره كيري، وانتقد التدخل الإيراني», «وقال X إن ... . ورفض الاتهامات»,
«واستقبل X الوفد، وأدان الهجوم الإرهابي»: right after a stance verb that opens its clause
(after «و» and a comma, or opening the sentence), a definite noun that names a thing
(an intervention, an agreement, a decision, an attack, accusations, a policy) cannot be the
one who holds the stance: it is the verb's object, and the verb goes on the subject of the
clause or sentence before it (the rules of ``stance_verb_subjects`` then decide whose, by
gender and by who was named since). A document («البيان», «التقرير») may speak for its
author, so it is left out; so is any noun a name starts at.
"""

from __future__ import annotations

from kg.relations.index import Word

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
