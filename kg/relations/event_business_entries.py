"""A company that «entered» a market made no military entry.

«ودخلت شركة "هيونداي" للسيارات ... سوق السيارات الهجينة», «دخل البنك السوق السعودية»: the verb
«دخلت» names a military operation when troops enter a town («ودخلت قوات الجيش مدينة
الرمادي»); with a business for its subject, right after the verb (``BUSINESS_HEADS`` within two
words), it is a market entered, no operation (``business_entry``).
"""

from __future__ import annotations

from kg.relations.index import Word

ENTRY_VERBS = frozenset({"دخلت", "دخل"})
BUSINESS_HEADS = frozenset({
    "شركه", "شركات", "مجموعه", "بنك", "مصرف", "علامه", "مستثمرين", "مستثمرون", "مستثمر",
    "منتجات", "منتج", "تطبيق", "متجر", "مصنع", "مصانع", "مطعم", "مطاعم",
})
"""Heads of a business subject («شركة», «المجموعة», «بنك», «العلامة التجارية»)."""
_SUBJECT_REACH = 2


def business_entry(words: list[Word], position: int, form: str) -> bool:
    """Whether an entry verb at ``words[position]`` has a business head within two words
    after it, in its sentence (see the module docstring)."""
    if form not in ENTRY_VERBS:
        return False
    sentence = words[position].sentence_index
    return any(word.sentence_index == sentence and word.has(BUSINESS_HEADS)
               for word in words[position + 1:position + 1 + _SUBJECT_REACH])
