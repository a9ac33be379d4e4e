"""Meetings, visits and agreements told as scheduled past their noun phrase: prospects.

``event_happened.happened`` reads a schedule word right after the trigger («الهجوم المرتقب»)
and a future verb in its clause. Read on fresh politics news (session 25), a gathering noun
is as often told as to come by words further on, past the genitive chain that names its
parties:

- a participle of schedule that agrees with the noun: «على هامش اجتماعات وزراء خارجية دول
  الاتحاد الأوروبي المقررة غداً», «زيارة الرئيس فلان المرتقبة», «الاتفاق المزمع»; one that
  does not agree belongs to another noun («اجتماع لبحث الانتخابات المقررة»), and a
  preposition or a new clause ends the noun phrase;
- a relative clause on the noun phrase whose verb is in the future: «ويعد اجتماع وزراء
  خارجية دول الاتحاد، الذي سينعقد غداً، الأخير» (not a verb of going on: «الزيارة التي
  ستستمر يومين» has begun), for meetings and visits (an agreement «الذي سيسمح» exists);
- a meeting or a visit right before or after a future verb, its subject or object: «أعتقد
  أننا سنستخدم هذا الاجتماع لتقييم البيانات», «إن الاجتماع سيتصدره مناقشة 3 قضايا» (again
  not a verb of going on: «ستستمر المحادثات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, RELATIVE_PRONOUNS

_SCHEDULE_PARTICIPLES = frozenset({
    "المقرر", "المقرره", "مقرر", "مقرره", "المزمع", "المزمعه", "مزمع", "مزمعه", "المرتقب",
    "المرتقبه", "مرتقب", "مرتقبه", "المنتظر", "المنتظره", "المتوقع", "المتوقعه", "المقبل",
    "المقبله", "القادم", "القادمه",
})
"""After a gathering noun and its genitives: scheduled, awaited or coming."""
_REACH = 8
"""How many words after the trigger the schedule may stand («اجتماعات وزراء خارجية دول الاتحاد
الأوروبي المقررة»: six)."""
_GOING_ON = frozenset({
    "يستمر", "تستمر", "يتواصل", "تتواصل", "يستغرق", "تستغرق", "يدوم", "تدوم", "يبقي", "تبقي",
    "يظل", "تظل", "يتضمن", "تتضمن", "يسمح", "تسمح", "يتيح", "تتيح",
})
"""Future verbs that tell an event going on or what it brings, not that it is to come."""
_NOT_FUTURE = ("سيطر", "سيار", "سياس", "سنو", "سينا", "ستو", "سنغ", "سيول", "سيد")
"""Words that open with «س» of their own («سيطرت», «سيارة», «سنوات»)."""
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
_GATHERINGS = frozenset({"Meeting", "Visit"})


def scheduled(context: Extraction, words: list[Word], position: int, label: str) -> bool:
    """Whether the gathering noun at ``words[position]`` is told as scheduled or to come by
    the words after its noun phrase, or by a future verb right before it."""
    feminine = _feminine(words[position])
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        word = words[index]
        if word.norm in RELATIVE_PRONOUNS:
            return label in _GATHERINGS and index + 1 < len(words) and \
                future_verb(words[index + 1]) and not words[index + 1].has(_GOING_ON)
        if context.boundary_between(words[index - 1], word) or word.norm in FUNCTION_WORDS \
                or _governed(word):
            break  # «زيارة الوزير للمدينة التي ستستضيف»: the clause is on another noun
        if word.bare() in _SCHEDULE_PARTICIPLES and word.bare().endswith("ه") == feminine:
            return True
    if label not in _GATHERINGS:
        return False
    if position + 1 < len(words) and _future_next(context, words[position], words[position + 1]):
        return True  # «أن الاجتماع سيتصدره مناقشة 3 قضايا»: its subject
    before = position - 1
    if before >= 0 and words[before].norm in _DEMONSTRATIVES:
        before -= 1
    return before >= 0 and _future_next(context, words[before], words[before + 1])


def _future_next(context: Extraction, left: Word, right: Word) -> bool:
    """Whether one of two adjacent words of a clause is a future verb (not of going on) and
    the other the gathering noun or its demonstrative; a name is no verb («سنجاري»)."""
    verb = left if future_verb(left) else right
    return future_verb(verb) and not verb.has(_GOING_ON) and \
        context.covering_mention(verb.start) is None and \
        not context.boundary_between(left, right)


def future_verb(word: Word) -> bool:
    """«سينعقد», «وستترأس», «سنستخدم»: an imperfect verb behind the future «س»."""
    if word.bare().startswith(_NOT_FUTURE):
        return False
    return any(prefix.endswith("س") and len(rest) >= 4 and rest[0] in "يتنا"
               for prefix, rest in word.readings())


def _governed(word: Word) -> bool:
    """A word behind a glued preposition («للمدينة», «بالعاصمة»): the noun phrase has ended."""
    prefix = word.readings()[-1][0].replace("ال", "").lstrip("وف")
    return any(letter in prefix for letter in "بلك")


def _feminine(word: Word) -> bool:
    """«زيارة», «قمة», «اجتماعات», «محادثات»: a noun the feminine agrees with (a plural of
    things takes the feminine singular)."""
    bare = word.bare()
    return bare.endswith(("ه", "ات"))
