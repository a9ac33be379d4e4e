"""A perfect homograph behind «و» that continues a clause whose verb is a plain perfect.

«وقال إن الجيش اعتقل عشرة مسلحين وقتل خمسة آخرين», «اقتحمت القوات البلدة ... »: «وقتل»,
«وقصف», «وخطف» are verbs or verbal nouns. Behind «و», right after the object of a verb whose
form is only a perfect verb («اعتقل», «اقتحم», «هاجم», «استهدف»: their verbal nouns are
«اعتقال», «اقتحام» ...; or a feminine perfect of force, «خطفت», «قصفت», «اعتقلت»), the
form is a second verb of the same subject: a verbal noun would be joined to a verbal noun
(«أعلن الجيش اعتقال عشرة مسلحين وقتل آخرين»), not to a verb.
The form needs an object of its own after it, and nothing between the two verbs may govern
a noun of its own (a preposition, a «بـ/لـ» word, an event noun: «اعتقل المتهم بالقتل وخطف
أطفال» joins «خطف» to «القتل»).
"""

from __future__ import annotations

from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.event_told_again import VIOLENT_CAUSES
from kg.relations.index import Word
from kg.relations.lexicon import PREPOSITIONS, find_event
from kg.relations.perpetrators import object_follows

PLAIN_PERFECTS = frozenset({
    "اعتقل", "اقتحم", "هاجم", "استهدف", "اغتال", "اعدم", "اختطف", "اطلق", "اسقط", "احرق",
    "دمر", "اصاب", "احتجز", "داهم", "حاصر",
})
"""Masculine perfect verbs of force whose form is no verbal noun («أسر», «طرد» are also
nouns, «أسْر», «طَرْد», and are left out)."""

_REACH = 6
"""How many words the first verb's object (and subject) may have."""


def _plain(word: Word) -> bool:
    """«اعتقل», «واعتقل», «وخطفت»: the form with no clitic but «و/ف», or a feminine perfect of
    a verb of force («خطفت», «هاجمت», «اعتقلت»: never a noun)."""
    return any(prefix in {"", "و", "ف"} and (rest in PLAIN_PERFECTS or _feminine_perfect(rest))
               for prefix, rest in word.readings())


def _feminine_perfect(rest: str) -> bool:
    if not rest.endswith("ت") or rest.endswith("ات"):
        return False
    hit = find_event(rest)
    return rest[:-1] in PLAIN_PERFECTS or (hit is not None and hit.value in VIOLENT_CAUSES)


def continues_verb(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether «وقتل» at ``words[position]`` is the second verb of a clause whose first verb
    is a plain perfect («اعتقل عشرة مسلحين وقتل خمسة آخرين») and an object follows it."""
    if not object_follows(context, words, position + 1):
        return False
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if _plain(word):
            return index < position - 1
        if word.norm in PREPOSITIONS or word.bare() in PREPOSITIONS or \
                word.readings()[-1][0].lstrip("وف")[:1] in {"ب", "ل", "ك"} or \
                find_event(word.norm) is not None:
            return False
    return False


def own_count(context: Extraction, words: list[Word], position: int,
              count: Count | None) -> Count | None:
    """The count of the second verb («وقتل خمسة آخرين»): a count before it («اعتقل عشرة
    مسلحين وقتل») is the first verb's object, not its victims."""
    if count is None or count.start >= words[position].start or \
            not continues_verb(context, words, position):
        return count
    return None
