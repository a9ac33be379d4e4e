"""Deployments, withdrawals, sanctions and meetings voted on, allowed or prepared: not yet events.

A force sent, a withdrawal, a sanction or a meeting that a clause votes on, allows, prepares,
rules out, needs or heads toward is a question of policy, not an event of the news (read on
ANERcorp news, session 27):

- «قبل تصويت مجلس الأمن أمس على نشر قوة لحفظ السلام», «قرار البرلمان الذي سمح للحكومة
  بإرسال قوات»: a vote or a permission;
- «ضمن جولة تستهدف التمهيد لنشر القوات الدولية», «قرر الاتحاد استبعاد العقوبات على البلد»,
  «هناك حاجة لمحادثات», «مجلس الأمن يتجه إلى إقرار عقوبات»: preparing, ruling out, needing,
  heading toward;
- «طلبت من مجلس الأمن دراسة فرض عقوبات», «هدد الاتحاد بفرض عقوبات على روسيا»: studying or
  threatening (session 31).

The governor stands at most five words before the trigger in its clause (a verbal noun of
making, «إقرار عقوبات», «عقد اجتماع», may come between), with no «أن» between (what follows
«أن» is its own clause). A violent event voted on or prepared for is read by other rules
(``event_fears``, ``event_unasserted``), and an agreement or a visit is known once named
(«صوت البرلمان على الاتفاق»): only the four classes above are read. A definite sanction is one
in force, so it is a prospect only when ruled out or needed. Support, opposition, rejection
and demands («تدعم نشر قوة», «تعارض إرسال قوات», «طالب بانسحاب القوات») are left alone: the
event is the object of the stance fact (``supports``, ``opposes``, ``urges``) they make.
"""

from __future__ import annotations

from kg.relations.index import Word

ADVOCATING = frozenset({
    # votes and permissions
    "تصويت", "التصويت", "صوت", "صوتت", "يصوت", "سمح", "سمحت", "يسمح", "تسمح", "اجاز",
    "يجيز", "تفويض", "يفوض",
    # preparing, heading toward
    "تمهيد", "التمهيد", "تمهيدا", "تحضير", "التحضير", "تحضيرا", "يتجه", "تتجه", "اتجاه",
})
"""Words of a policy on an event to come: a vote, a permission, a preparation, a course."""

RULING_OUT = frozenset({
    "استبعاد", "استبعد", "استبعدت", "يستبعد", "تستبعد", "حاجه", "الحاجه", "بحاجه",
})
"""Words that rule an event out or call it needed: it has not taken place, definite or not."""

WEIGHED = frozenset({
    "دراسه", "الدراسه", "يدرس", "تدرس", "يدرسون", "تدارس", "يتدارس", "تتدارس",
    "هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "تهديد", "التهديد", "تهديدات", "مهددا",
    "مهدده", "لوح", "لوحت", "يلوح", "تلوح", "ملوحا", "التلويح", "تلويح",
})
"""Words that study or threaten an event («طلبت من مجلس الأمن دراسة فرض عقوبات», «هدد الاتحاد
بفرض عقوبات», «لوحت واشنطن بإرسال قوات»): weighed, not taken; definite or not."""

MAKERS = frozenset({"فرض", "عقد", "اقرار", "ارسال", "نشر", "اجراء"})
"""Verbal nouns between the governor and the event noun: «تؤيد فرض عقوبات»."""

_CLASSES = frozenset({"Deployment", "Withdrawal", "Sanction", "Meeting"})
_THAT = frozenset({"ان", "بان", "وان", "لان"})
_REACH = 5


def advocated(words: list[Word], before: list[int], position: int, label: str,
              definite: bool) -> bool:
    """Whether a governor of policy stands in ``before`` (the indexes of the trigger's clause
    before it, nearest first) within reach of the trigger at ``words[position]``."""
    if label not in _CLASSES:
        return False
    for index in before[:_REACH]:
        word = words[index]
        if word.norm in _THAT or word.bare() in _THAT:
            return False
        if word.has(RULING_OUT) or word.has(WEIGHED):
            return True
        if word.has(ADVOCATING):
            return not (definite and label == "Sanction")
    return False
