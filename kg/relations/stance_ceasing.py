"""Support cut off: «قطعت إيران دعمها عن حماس», «جمدت واشنطن مساعدتها ودعمها للمعارضة».

A finite verb of cutting, freezing, withdrawing or ending («قطع», «جمد», «علق», «سحب», «أنهى»,
«قلص»), then its subject, then the stance's verbal noun with the subject's own pronoun
(«دعمها», «تأييده», «مساندتهم»): the stance is ended, the subject's stance is negated (as
«أوقفت الحكومة دعمها», see ``lexicon.AVOIDING``). The pronoun is required: «سحبت مصر
سفيرها احتجاجا على» or «علقت مصر على دعم» name another act, not the stance ended.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_CUTTING = frozenset({
    "قطع", "قطعت", "قطعوا", "يقطع", "تقطع", "جمد", "جمدت", "جمدوا", "يجمد", "تجمد",
    "علق", "علقت", "علقوا", "يعلق", "تعلق", "سحب", "سحبت", "سحبوا", "يسحب", "تسحب",
    "انهي", "انهت", "انهوا", "ينهي", "تنهي", "قلص", "قلصت", "قلصوا", "يقلص", "تقلص",
    "خفض", "خفضت", "خفضوا", "يخفض", "تخفض",
})
"""Finite verbs of cutting off, freezing, suspending, withdrawing, ending or reducing
(normalised; «و»/«ف» stripped before lookup)."""

_OWN_PRONOUNS = ("ها", "هم", "ه", "هما")
_REACH = 6
"""Words at most from the verb to the noun (the subject's name between)."""


def _owned(word: Word) -> bool:
    """«دعمها», «تأييده», «مساندتهم»: the verbal noun carries a possessive pronoun, with no
    preposition or article glued before it."""
    norm = word.norm
    return not norm.startswith(("ال", "ب", "ل", "و")) and norm.endswith(_OWN_PRONOUNS)


def cut_off(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the verbal noun at ``position`` is a stance its holder cuts off («قطعت إيران
    دعمها عن حماس»): it carries its holder's pronoun, and a verb of cutting opens its
    clause a few words before it."""
    if not _owned(words[position]):
        return False
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm.lstrip("وف") in _CUTTING:
            return True
    return False
