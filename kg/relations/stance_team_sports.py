"""The sport a club is named for, right after the club as a stance's holder.

Sports news names a club with its sport: «حذر نادي بوروسيا دورتموند الألماني لكرة القدم
نادي أرسنال من ...», «وطالب نادي الشباب لكرة اليد الاتحاد بـ ...». «لكرة القدم» belongs to
the holder's name («the football club»); it is never what the stance is toward, and the
object is read after it (after the club's nationality adjective, if any, too).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_BALL = "كره"
_SPORTS = frozenset({"القدم", "السله", "اليد", "الطائره", "الماء"})
"""What follows «لكرة» in a club's name: football, basketball, handball, volleyball, water
polo (normalised)."""


def past_sport(context: Extraction, words: list[Word], index: int, subjects: list[Arg]) -> int:
    """The index past «لكرة القدم» at ``index`` when it follows the holder's name (or the
    adjective after it) with nothing but a space between, else ``index``."""
    if not 0 < index < len(words) - 1 or not subjects or \
            subjects[-1].end > words[index].start or \
            context.boundary_between(words[index - 1], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return index
    ball = any(prefix.lstrip("و") == "ل" and rest == _BALL
               for prefix, rest in words[index].readings())
    if not ball or words[index + 1].norm not in _SPORTS:
        return index
    return index + 2
