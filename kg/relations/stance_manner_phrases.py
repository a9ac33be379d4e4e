"""Manner and time phrases of two words between a stance verb and its subject.

Wire copy often puts a two-word adverbial between the verb and its named subject:

- «بأشد العبارات» ('in the strongest terms'), «بأقوى العبارات», «بأقسى العبارات», «بأشد
  الكلمات»: «وأدانت بأشد العبارات وزارة الخارجية المصرية الهجوم على الكنيسة»;
- «أمس الأول» ('the day before yesterday'): «ورحب أمس الأول الاتحاد الأوروبي بالاتفاق».

Each is skipped as one time or manner word by
``stance_adjunct_subjects._past_time``; the name after it is then read as the subject
under that module's checks (the name agrees with the verb and what the stance is toward
follows it).
"""

from __future__ import annotations

from kg.relations.index import Word

_SUPERLATIVE_MANNER = frozenset({"باشد", "باقوي", "باقسي", "وباشد", "وباقوي", "وباقسي"})
"""«بأشد», «بأقوى», «بأقسى»: 'in the strongest/harshest ...'."""
_TERMS = frozenset({"العبارات", "العباره", "الكلمات", "الالفاظ"})
"""The noun those superlatives qualify: 'terms', 'words'."""


def manner_phrase_end(words: list[Word], index: int) -> int:
    """The index past a two-word manner or time phrase at ``words[index]`` («بأشد العبارات»,
    «أمس الأول»); ``index`` when none starts there."""
    if index + 1 >= len(words):
        return index
    first, second = words[index].norm, words[index + 1].norm
    if (first in _SUPERLATIVE_MANNER and second in _TERMS) or \
            (first == "امس" and second == "الاول"):
        return index + 2
    return index
