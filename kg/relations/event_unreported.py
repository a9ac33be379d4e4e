"""Events that the sentence says nothing reported: «لم يصدر ما يفيد بإجراء الوزير مباحثات».

A negated verb of issuing, coming or being («لم يصدر», «لم يرد», «لا يوجد», «ليس هناك») whose
subject is «ما» with a verb of indicating («ما يفيد», «ما يشير», «ما يؤكد», «ما يدل») tells
that no word of the event came out: «لم يصدر ما يفيد بإجراء ديمبسي مباحثات مع المسؤولين» is
no meeting, «لا يوجد ما يشير إلى مقتل القائد» no killing (GUIDELINES: negated events are no
events). The event must follow in the same clause, with no punctuation between.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_NEGATIONS = frozenset({"لم", "ولم", "لا", "ولا", "ليس", "وليس", "ليست"})
_COMING = frozenset({
    "يصدر", "تصدر", "يرد", "ترد", "يوجد", "توجد", "يتوفر", "تتوفر", "يظهر", "هناك", "ثمه",
})
"""Verbs of issuing, coming or being after the negation («لم يصدر», «لا يوجد», «ليس هناك»)."""
_WHAT = frozenset({"ما"})
_INDICATING = frozenset({"يفيد", "يشير", "يؤكد", "يدل", "يثبت", "يوحي"})
_REACH = 8
"""How far before the trigger «ما يفيد» may stand («ما يفيد بإجراء ديمبسي مباحثات»)."""


def unreported(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` follows, in its clause, «لم يصدر ما يفيد»
    or the like (module docstring)."""
    for index in range(position - 1, max(0, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm in _INDICATING and index >= 3 and \
                words[index - 1].norm in _WHAT and words[index - 2].norm in _COMING and \
                words[index - 3].norm in _NEGATIONS:
            return not any(context.boundary_between(words[k], words[k + 1])
                           for k in range(index - 3, index))
    return False
