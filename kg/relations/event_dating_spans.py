"""«سمح قبل 12 يوماً بإرسال قوات»: a preposition of time with a span after it dates a verb.

``event_prospects`` stops reading back from an event noun at a background governor («بعد»,
«قبل», «منذ»): the noun after it is told as past («يفترض أن تعيه الدول بعد توقيع الاتفاق»).
With a span of time after it and no «من»/«على» after the span, the preposition is an adverb
of the verb before it («ago»): «قرار البرلمان الذي سمح قبل 12 يوماً بإرسال قوات» dates the
permission, and the sending stays governed by it (a policy, not a deed). «قبل يومين من
إرسال القوات» still governs the noun.
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.index import Word

DATING_PREPOSITIONS = frozenset({"قبل", "بعد", "منذ"})
TIME_UNITS = frozenset({
    "ساعه", "ساعات", "ساعتين", "يوم", "يوما", "ايام", "يومين", "اسبوع", "اسبوعا", "اسابيع",
    "اسبوعين", "شهر", "شهرا", "اشهر", "شهور", "شهرين", "سنه", "سنوات", "سنتين", "عام", "عاما",
    "اعوام", "عامين", "دقائق", "دقيقه", "ليال", "ليلتين",
})
"""Units of a span of time («12 يوماً», «أسبوعين»)."""
_GOVERNED = frozenset({"من", "علي"})
"""After the span, these keep the noun governed: «قبل يومين من إرسال القوات»."""


def dates_verb(words: list[Word], index: int, position: int) -> bool:
    """Whether the preposition at ``words[index]`` (before the trigger at ``position``) is
    followed by a span of time («قبل 12 يوماً», «منذ أسبوعين») that ends before the trigger
    with no «من»/«على» after it."""
    if words[index].norm not in DATING_PREPOSITIONS:
        return False
    at = index + 1
    if at < position and number_value(words[at]) is not None:
        at += 1
    if at >= position or words[at].norm not in TIME_UNITS:
        return False
    return words[at + 1].norm not in _GOVERNED  # the trigger at the latest
