"""A sentence is about sports by a word that only sports use, or by two that may.

A violent or visit trigger is no event in a sentence about sports («قصف المهاجم المرمى»,
``event_sense``). Some words of the sports table name other things as often in the news of
war: «مهاجم» an attacker («قتل مهاجم انتحاري عشرة جنود»), «هدفاً» a target («قصفت الطائرات
ثلاثين هدفاً»), «القدم» antiquity, «كأس» a glass, «تعادل» a balance. One of them alone does
not make the sentence a sports one; a word only sports use («مباراة», «الدوري», «لاعب»,
«ملعب», «النادي», «الفريق»), or two of them of different stems («سجل المهاجم هدفين»), does.
«الفريق» as the rank of lieutenant general, before «أول», «الركن» or a person's name («وقال
الفريق الركن فلان إن القوات قصفت»), is no sports word at all; as a team («الفريق كان
متوجهاً», «فريق من المحققين») it stays one.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_civic_teams import civic_use
from kg.relations.index import SPORTS_WORD, Word
from kg.relations.lexicon import SPORTS_WORDS

_STEMS = {
    "مهاجم": "مهاجم",
    "هدفا": "هدف", "هدفين": "هدف", "الاهداف": "هدف",
    "القدم": "قدم", "كاس": "كاس", "تعادل": "تعادل",
}
"""The sports words that other senses share, each with its stem."""


def sporting_sentence(context: Extraction, words: list[Word]) -> bool:
    """Whether the sentence of ``words`` is about sports: a sports word with no other sense,
    or shared sports words of two stems («مهاجم الفريق»)."""
    stems: set[str] = set()
    for position in context.trigger_positions(words, SPORTS_WORD):
        if _rank(context, words, position) or civic_use(context, words, position):
            continue
        found = {rest for _, rest in words[position].readings() if rest in SPORTS_WORDS}
        if any(rest not in _STEMS for rest in found):
            return True
        stems |= {_STEMS[rest] for rest in found}
    return len(stems) >= 2


_RANK = frozenset({"الفريق"})
_RANK_AFTER = frozenset({"اول", "الركن", "ركن", "طيار", "بحري"})
"""What follows the rank «الفريق»: «الفريق أول», «الفريق الركن», «الفريق طيار»."""


def _rank(context: Extraction, words: list[Word], position: int) -> bool:
    """«الفريق» as a military rank: before a word of rank or a person's name."""
    word = words[position]
    if word.norm.lstrip("و") not in _RANK or position + 1 >= len(words) or \
            context.boundary_between(word, words[position + 1]):
        return False
    after = words[position + 1]
    if after.norm in _RANK_AFTER:
        return True
    mention = context.mention_starting_in(after)
    return mention is not None and mention.label == "Person"
