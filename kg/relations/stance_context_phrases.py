"""A phrase that ties a stance to the text around it, between the stance word and its object.

«مثمناً في ذات السياق جهود اللجنة», «وثمّن في هذا الصدد دعم X», «مشيداً في الوقت نفسه بـ
Y», «ورحب بهذه المناسبة بـ Z»: «في» with «السياق», «الصدد», «الإطار» or «الوقت» pointed
by a demonstrative or «ذات»/«نفس» before it or «ذاته»/«نفسه» after it, and «بهذه المناسبة»,
say where the stance stands in the article, never what it is toward; the object starts
after them.
"""

from __future__ import annotations

from kg.relations.index import Word

_NOUNS = frozenset({"السياق", "الصدد", "الاطار", "الوقت", "المناسبه"})
_BEFORE = frozenset({"هذا", "هذه", "ذات", "نفس"})
_AFTER = frozenset({"ذاته", "نفسه", "ذاتها", "نفسها"})
_OPENERS = frozenset({"في", "وفي", "بهذه", "وبهذه"})


def past_context_phrase(words: list[Word], index: int) -> int:
    """The index after a phrase of context at ``index`` («في ذات السياق», «في السياق نفسه»,
    «بهذه المناسبة»), else ``index``."""
    if index + 1 >= len(words) or words[index].norm not in _OPENERS:
        return index
    if words[index].norm.removeprefix("و") == "بهذه":
        return index + 2 if words[index + 1].norm == "المناسبه" else index
    if index + 2 < len(words) and words[index + 1].norm in _BEFORE and \
            words[index + 2].norm in _NOUNS:
        return index + 3
    if index + 2 < len(words) and words[index + 1].norm in _NOUNS and \
            words[index + 2].norm in _AFTER:
        return index + 3
    return index
