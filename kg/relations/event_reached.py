"""The side that reaches an agreement with another: «توصلت وزارة المالية إلى اتفاق مع البنك
الدولي», «نشرت الصحيفة خبر توصل إدارة المطار إلى اتفاق مع شركة إكس جت».

Rule: the verb «توصل» (past: «توصلت», «توصلوا», ...) or its verbal noun in construct («توصل
إدارة المطار», the genitive its doer), or «وصل» to the deal («لوصول إيران إلى اتفاقية»),
within a few words before the agreement noun and with «إلى»/«ل» right before that noun,
names the side that reached the deal: its subject (or genitive) is the agreement's agent
when it is one name and «مع» names the other side after
the noun (the gold's «توصلت مجموعة 5+1 إلى اتفاق مع إيران»: agent 5+1, participant Iran).
Without «مع» («توصلت إيران والقوى الست إلى اتفاق») or with several subjects the sides are
equals: without «مع», every subject of the verb is a party (the nearest name before the
noun alone would drop the first conjunct), with «مع», the parties are read as before.
Not read: the definite verbal noun («التوصل إلى اتفاق», an aim or a prospect,
``event_prospects``), the imperfect («تتوصل», still to come), a pronoun doer («توصلها»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.actors import institution_between
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.event_capital_signers import capital_side
from kg.relations.index import Arg, Word

_REACHED = frozenset({"توصل", "توصلت", "توصلا", "توصلتا", "توصلوا"})
"""The past verb «توصل» and its indefinite verbal noun in construct (same letters)."""
_ARRIVED = frozenset({"وصول", "لوصول", "بوصول", "ووصول", "وصلت", "ووصلت", "وصلوا", "ووصلوا"})
"""«لوصول إيران إلى اتفاقية مع أميركا», «ووصلت الشركة إلى اتفاق مع النقابة»: arriving at a
deal is reaching it (not «وصل», «ووصل», which may be «and linked»)."""
_TO = frozenset({"الي", "إلى", "الى"})
_WITH = frozenset({"مع"})
_REACH = 6
"""How many words before the agreement noun the verb may stand («توصلت وزارة المالية
السعودية أمس إلى اتفاق»)."""
_PARTNER_REACH = 4
"""How many words after the agreement noun «مع» may stand («إلى اتفاق نهائي ومبدئي مع»)."""


def _reached_verb(word: Word) -> bool:
    """«توصلت», «وتوصلت», «فتوصل»: the past verb (or construct noun), not «التوصل»."""
    norm = word.norm
    if norm in _ARRIVED:
        return True
    if norm[:1] in {"و", "ف"} and norm[1:] in _REACHED:
        return True
    return norm in _REACHED


def _governed(words: list[Word], position: int) -> bool:
    """«إلى اتفاق», «لاتفاق»: the agreement noun is the goal of the reaching."""
    if words[position].norm.startswith("ل") and not words[position].norm.startswith("ال"):
        return True
    return position > 0 and words[position - 1].norm in _TO


def _partner_after(words: list[Word], position: int) -> bool:
    """«مع» shortly after the agreement noun: the other side is named."""
    return any(w.norm in _WITH for w in words[position + 1:position + 1 + _PARTNER_REACH])


def reaching_side(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> list[Arg]:
    """The one side that reached the agreement noun at ``position`` with another named after
    «مع» («توصل إدارة المطار إلى اتفاق مع شركة إكس جت»), the joined subjects that reached it
    with no «مع» («توصلت إيران والقوى الست إلى اتفاق»), or ``[]``."""
    if not _governed(words, position):
        return []
    partner = _partner_after(words, position)
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return []
        if _reached_verb(words[index]):
            sides = subject_after(context, words, index, sentence)[0]
            if not partner:  # «توصلت بريطانيا والصين إلى اتفاق»: all the subjects, equals
                return sides if len(sides) > 1 and \
                    sides[-1].end <= words[position].start else []
            goal = position - 1 if words[position - 1].norm in _TO else position
            institution = None if sides else institution_between(context, words, index + 1,
                                                                 goal)
            if institution is not None:  # «توصل إدارة المطار إلى»: a body the NER missed
                return [institution]
            capital = None if sides else capital_side(context, words, index, goal)
            if capital is not None:  # «توصل طهران لاتفاق مع»: the capital's government
                return [capital]
            return sides if len(sides) == 1 and sides[0].end <= words[position].start else []
    return []
