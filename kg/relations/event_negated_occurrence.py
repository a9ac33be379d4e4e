"""An event noun right after a negated verb of occurring did not take place.

Arabic news often denies an event with a light verb of occurring or holding before the
noun, which is its subject: «لم يحصل اتفاق بين الطرفين», «لم يتم أي لقاء بين الوزيرين»,
«لن يجري اجتماع قبل الانتخابات». The negator stands before the light verb, not before the
noun, so the plain negation check (``polarity.is_negated``, which lets no verb stand between
the negator and the trigger) misses it. Only the verb right before the noun counts (an «أي»
may stand between), and only the negators «لم», «لن», «لا» (with «و»/«ف»).
"""

from __future__ import annotations

from kg.relations.index import Word

_NEGATORS = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "فلن", "لا", "ولا", "فلا"})
_OCCURRING = frozenset({
    "يحصل", "تحصل", "يتم", "تتم", "يجر", "تجر", "يجري", "تجري", "يحدث", "تحدث", "يقع",
    "تقع", "يعقد", "تعقد", "يبرم", "تبرم", "يسجل", "تسجل",
})
"""Jussive and imperfect verbs of happening, holding or concluding («لم يحصل», «لم يجرِ»,
«لم تُعقد», «لم يُبرم», «لم تُسجل»), as they stand between a negator and the noun."""
_ANY = frozenset({"اي", "ايه"})


def negated_occurrence(words: list[Word], position: int) -> bool:
    """Whether the noun at ``words[position]`` is the subject of a negated verb of occurring
    right before it: «لم يحصل اتفاق», «لم يتم أي لقاء»."""
    index = position - 1
    if index >= 0 and words[index].norm in _ANY:
        index -= 1
    if index < 1 or words[index].norm not in _OCCURRING:
        return False
    negator = words[index - 1]
    return negator.norm in _NEGATORS and \
        negator.sentence_index == words[position].sentence_index
