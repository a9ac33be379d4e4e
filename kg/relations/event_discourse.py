"""A discourse opener before a form that is a verb or a verbal noun: «من جهة ثانية قصف طيران
التحالف مواقع», «إلى ذلك قتل مسلحون»: the phrase that turns to another piece of news
opens a clause, so the form after it is a verb, as after «فيما» (``CLAUSE_OPENERS``).
"""

from __future__ import annotations

from kg.relations.index import Word

_SIDE_HEADS = frozenset({"جهه", "ناحيه", "صعيد"})
_OTHER = frozenset({"اخري", "ثانيه", "اخر", "ثان", "متصل"})
_THAT = frozenset({"ذلك"})
"""«إلى ذلك», «في غضون ذلك», «وفي الأثناء»: «ذلك» before an indefinite noun is never its
demonstrative («ذلك القصف» has the article)."""


def after_discourse_opener(words: list[Word], position: int) -> bool:
    """Whether «من جهة أخرى», «على صعيد متصل» or «إلى ذلك» stands right before the form
    (the caller checks that no punctuation comes between)."""
    if position == 0:
        return False
    before = words[position - 1]
    if before.norm in _THAT:
        return True
    return position > 1 and before.norm in _OTHER and words[position - 2].bare() in _SIDE_HEADS
