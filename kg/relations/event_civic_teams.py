"""A club or a team that is no sports club or team: «النادي الأدبي», «فريق العمل».

Words of the sports table («نادي», «فريق») also name the literary and cultural clubs of the
Saudi and Gulf press («نادي الرياض الأدبي», «الأندية الأدبية», «النادي الثقافي») and working
teams («فريق عمل», «فريق تطوير سوق عكاظ», «فريق طبي», «فريق التفاوض»). Counted as sports
words they make a sentence about sports and drop its meeting («توصيات لقاء رؤساء الأندية
الأدبية برئيس فريق تطوير سوق عكاظ»). A club is cultural when an adjective of letters or
culture follows it within a few words (past the club's city: «نادي الرياض الأدبي»); a team
works when a noun of work, research, care or negotiation is its genitive or adjective.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import SPORTS_WORD, Word

_CLUBS = frozenset({"نادي", "النادي", "ناديا"})
_CULTURAL = frozenset({
    "الادبي", "الادبيه", "ادبي", "ادبيه", "الثقافي", "الثقافيه", "ثقافي", "ثقافيه",
})
"""Adjectives of a literary or cultural club («النادي الأدبي», «نادي جدة الثقافي»)."""
_CLUB_REACH = 3
"""How many words after «نادي» its adjective may stand («بنادي الرياض الأدبي»)."""
_TEAMS = frozenset({"فريق", "الفريق"})
_WORK = frozenset({
    "عمل", "العمل", "تطوير", "التطوير", "بحث", "البحث", "بحثي", "طبي", "الطبي", "التفاوض",
    "تفاوض", "التفاوضي", "تفاوضي", "انقاذ", "الانقاذ", "تحقيق", "التحقيق", "فني", "الفني",
})
"""The genitive or adjective of a working team («فريق عمل», «فريق تطوير», «الفريق الطبي»)."""


def civic_use(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the sports word at ``words[position]`` names a cultural club or a working
    team (module docstring)."""
    word = words[position]
    rests = {rest for _, rest in word.readings()} | {word.norm}
    if rests & _CLUBS:
        for index in range(position + 1, min(len(words), position + 1 + _CLUB_REACH)):
            if context.boundary_between(words[index - 1], words[index]):
                return False
            if words[index].norm in _CULTURAL:
                return True
        return False
    if rests & _TEAMS and position + 1 < len(words):
        after = words[position + 1]
        return not context.boundary_between(word, after) and after.norm in _WORK
    return False


def sports_word_positions(context: Extraction, words: list[Word]) -> list[int]:
    """The positions of the sentence's sports words, less cultural clubs and working teams."""
    return [position for position in context.trigger_positions(words, SPORTS_WORD)
            if not civic_use(context, words, position)]
