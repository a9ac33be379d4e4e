"""Events feared, warned of or threatened: «تخشى السلطات من وقوع هجمات انتقامية».

What a fear, a warning or a threat governs has not happened: «يخشى المراقبون من اندلاع
مواجهات», «خوفاً من تجدد الاشتباكات», «حذّر الجيش من هجوم وشيك», «هدد التنظيم في بيان
بشن هجمات». The governing word may stand a few words before the trigger, with its subject
between («تخشى السلطات من ...») and a noun of occurring or making between «من» and the
trigger («وقوع», «اندلاع», «تجدد», «شن»). Nothing else may stand between: «حذّر من تداعيات
الهجوم» warns of the outcome of an attack that took place, and «بعد» or a comma ends the
reach. The threat takes «ب» («هدد بقصف», «توعد بشن هجمات»), the fear and the warning
«من» (or nothing: «خشية وقوع هجمات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

FEAR_WORDS = frozenset({
    "تخشي", "يخشي", "يخشون", "نخشي", "اخشي", "خشي", "خشيت", "خشيه", "خوف", "خوفا", "خوفه",
    "خوفها", "خوفهم", "مخاوف", "مخاوفه", "مخاوفها", "مخاوفهم", "تخوف", "تخوفه", "تخوفها",
    "تخوفات", "يتخوف", "تتخوف", "يتخوفون", "حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون",
    "تحذير", "تحذيرات", "تحذيره", "تحذيرها", "محذرا", "محذره", "محذرين", "تحسبا", "مغبه",
})
"""Words of fearing and warning: what they govern through «من» (or directly) is feared."""

THREAT_WORDS = frozenset({
    "هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "تهديد", "تهديدات", "تهديده", "تهديدها",
    "مهددا", "مهدده", "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "متوعدا",
})
"""Words of threatening: what they govern through «ب» is threatened."""

OCCURRING = frozenset({
    "وقوع", "حدوث", "اندلاع", "تجدد", "تكرار", "شن", "تنفيذ", "ارتكاب", "تعرض",
    "تعرضه", "تعرضها", "تعرضهم", "مزيد", "المزيد",
})
"""Nouns of occurring or making between the governing word and the trigger: «من وقوع
هجمات», «بشن هجمات», «من تعرضه للاغتيال»."""

_FROM = frozenset({"من", "ومن"})
_SUBJECT_REACH = 3
"""How many words (the governing verb's subject and its place) may stand between the verb
and its «من»: «تخشى السلطات الأمنية من», «هدد التنظيم في بيان»."""
_STOPS = frozenset({"بعد", "عقب", "اثر", "منذ", "قبل", "بسبب", "جراء"})


def feared(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is what a fear, a warning or a threat
    governs (see the module's docstring)."""
    index = position - 1
    threat_link = _with_ba(words[position])
    while index >= 0 and _joined(context, words, index) and words[index].has(OCCURRING):
        threat_link = _with_ba(words[index])
        index -= 1
    if index < 0 or not _joined(context, words, index):
        return False
    word = words[index]
    if word.has(FEAR_WORDS):
        return True  # «خشية وقوع هجمات», «تحسباً لهجمات»
    if word.norm in _FROM:
        return _governor_before(context, words, index, FEAR_WORDS)
    if threat_link:
        return word.has(THREAT_WORDS) or _governor_before(context, words, index + 1,
                                                          THREAT_WORDS)
    return False


def _with_ba(word: Word) -> bool:
    """«بشن», «بقصف», «بالهجوم»: the word read behind the preposition «ب»."""
    return any(prefix.lstrip("وف").startswith("ب") for prefix, _ in word.readings()
               if prefix)


def _joined(context: Extraction, words: list[Word], index: int) -> bool:
    """No punctuation between ``words[index]`` and the word after it, and the same
    sentence."""
    return index + 1 < len(words) and \
        words[index].sentence_index == words[index + 1].sentence_index and \
        not context.boundary_between(words[index], words[index + 1])


def _governor_before(context: Extraction, words: list[Word], index: int,
                     table: frozenset[str]) -> bool:
    """A governing word of ``table`` up to ``_SUBJECT_REACH`` words before ``words[index]``
    in its clause, with no word of time or cause between."""
    for back in range(index - 1, max(-1, index - 1 - _SUBJECT_REACH), -1):
        if not _joined(context, words, back) or words[back].has(_STOPS):
            return False
        if words[back].has(table):
            return True
    return False
