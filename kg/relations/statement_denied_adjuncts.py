"""Adjuncts between a denial and what it denies: «نفت الوزارة، في بيان لها أمس، إغلاق الحدود».

News prose puts where and when the denial was made between the denier and the thing denied:
fenced by commas («، في بيان لها أمس،», «، على لسان المتحدث باسمها،») or as «في بيان (لها)»
with no comma. The object of «نفى» (``statement_objects.denied_object``) starts past them,
so that «في بيان لها أمس» is never what was denied. A time clause with no comma after the
denier («وجاء نفي الوزارة بعد ساعات من انتشار الشائعات») leaves no object to read: no
denial rather than a wrong one.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_COMMAS = frozenset({"،", ","})
_ADJUNCT_OPENERS = frozenset({
    "في", "وفي", "على", "علي", "عبر", "خلال", "بعد", "قبل", "عقب", "اثر", "امس", "اليوم",
    "حسب", "بحسب", "وفق", "وفقا", "من", "مساء", "صباح", "ظهر", "فجر", "منذ", "لدي", "امام",
    "بدوره", "بدورها", "بيان", "ببيان",
})
"""Words that open a where-or-when adjunct («في بيان», «على لسان», «عبر حسابه», «أمس»)."""
_STATEMENT_PREPOSITIONS = frozenset({"في", "عبر", "خلال"})
_STATEMENT_NOUNS = frozenset({
    "بيان", "بيانه", "بيانها", "تصريح", "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "حديث",
    "حديثه", "حديثها", "مؤتمر", "تغريده", "تغريدات", "رساله", "مقابله", "اتصال", "كلمه",
})
"""«في بيان», «عبر تغريدة», «خلال مؤتمر»: where the denial was made."""
_STATEMENT_TAILS = frozenset({
    "له", "لها", "لهم", "صحفي", "صحافي", "رسمي", "مقتضب", "مكتوب", "اصدره", "اصدرته", "امس",
    "اليوم", "الليله", "مساء", "صباح",
})
"""Words that may follow «في بيان» before the object: whose, what kind, when."""
_TIME_OPENERS = frozenset({"بعد", "قبل", "عقب", "اثر", "خلال", "منذ"})
_FENCE_REACH = 10


def past_denial_adjunct(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the first word of what is denied, past an adjunct opening at
    ``words[index]``: ``index`` when none opens there, None when only an adjunct follows
    (a fence that does not close, a bare time clause)."""
    if not 0 < index < len(words):
        return index
    word = words[index]
    if context.gap(words[index - 1], word).strip() in _COMMAS and \
            word.norm in _ADJUNCT_OPENERS:
        for later in range(index + 1, min(len(words), index + _FENCE_REACH)):
            gap = context.gap(words[later - 1], words[later]).strip()
            if gap in _COMMAS:
                return later  # «، في بيان لها أمس، إغلاق الحدود»
            if gap:
                return None  # another mark first: no fenced adjunct
        return None
    if word.norm in _STATEMENT_PREPOSITIONS and index + 1 < len(words) and \
            words[index + 1].norm in _STATEMENT_NOUNS:
        after = index + 2
        while after < len(words) and words[after].norm in _STATEMENT_TAILS and \
                not context.boundary_between(words[after - 1], words[after]):
            after += 1
        return after if after < len(words) else None  # «في بيان لها إغلاق الحدود»
    if word.norm in _TIME_OPENERS:
        return None  # «وجاء نفي الوزارة بعد ساعات من ...»: a time, and no object seen
    return index
