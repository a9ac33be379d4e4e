"""A meeting that a side means to hold: «تعتزم الدول الثلاث عقد جولة جديدة من المباحثات».

A verb of intent or decision («تعتزم», «ينوي», «يخطط», «قررت») takes a verbal noun of holding
as its object («عقد», «إجراء», «استئناف»), and the meeting noun stands after that noun,
directly or behind «جولة (جديدة) من»: «تعتزم كوريا واليابان والصين عقد جولة جديدة من
المباحثات», «قررت الحكومتان استئناف المفاوضات». The meeting is to come, not held. Its subject
is often a list of states, long enough to put the verb of intent past the near hedges
(``event_happened``, three words), so the frame is read here: the holding noun with no
preposition glued to it (not «لعقد»: a purpose, read elsewhere), and the verb of intent
before it in its clause, with no punctuation and no relative pronoun between.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

HOLDING = frozenset({"عقد", "اجراء", "استئناف", "بدء", "مواصله", "تنظيم"})
"""Verbal nouns of holding a meeting («عقد اجتماع», «إجراء محادثات», «استئناف المفاوضات»)."""
_ROUND = frozenset({"جوله", "جولات", "جديده", "اخري", "ثانيه", "ثالثه", "من", "مزيد", "المزيد"})
"""Words between the holding noun and the meeting noun («عقد جولة جديدة من المباحثات»)."""
INTENDING = frozenset({
    "يعتزم", "تعتزم", "يعتزمون", "يعتزمان", "تعتزمان", "ينوي", "تنوي", "ينوون", "ينويان",
    "تنويان", "يخطط", "تخطط", "يخططون", "يخططان", "تخططان", "يزمع", "تزمع", "قرر", "قررت",
    "قرروا", "قررا", "قررتا", "يقرر", "تقرر",
})
"""Verbs of intent and decision, as normalized («تعتزم», «قررت»)."""
_ROUND_REACH = 4
_SUBJECT_REACH = 8
"""How far before the holding noun the verb of intent may stand (past a list of states)."""
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def intended_holding(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the meeting noun at ``words[position]`` is the object of a holding noun that a
    verb of intent governs (see the module docstring)."""
    holding = _holding_before(context, words, position)
    if holding is None:
        return False
    trigger = words[position]
    for index in range(holding - 1, max(holding - 1 - _SUBJECT_REACH, -1), -1):
        word = words[index]
        if word.sentence_index != trigger.sentence_index or \
                context.boundary_between(word, words[index + 1]) or word.norm in _RELATIVES:
            return False
        if word.norm in INTENDING or word.norm.removeprefix("و") in INTENDING:
            return True
    return False


def _holding_before(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the bare holding noun before the trigger, past «جولة جديدة من»."""
    for index in range(position - 1, max(position - 1 - _ROUND_REACH, -1), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return None
        if word.norm in HOLDING:
            return index
        if word.norm not in _ROUND:
            return None
    return None
