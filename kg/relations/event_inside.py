"""Names behind a word of inside or outside: where something hit, never what it hit.

«استهدفوا منشآت حيوية داخل جميع دول مجلس التعاون الخليجي», «هاجموا مواقع داخل العراق»,
«نفذوا هجمات خارج سوريا»: a place or a body named after «داخل»/«بداخل»/«خارج» (past a
quantifier or a plural place noun: «جميع دول», «كل مدن») bounds the area of the deed. The
thing hit is the noun before («منشآت حيوية»), or is left unsaid; the name is no target.
"""

from __future__ import annotations

from kg.relations.index import Word

_BOUNDS = frozenset({"داخل", "خارج"})
_FILLERS = frozenset({"جميع", "كل", "دول", "بلدان", "اراضي", "مدن", "مناطق",
                      "عموم", "سائر", "بقيه", "باقي"})
_REACH = 3
"""How many filler words may stand between the bound word and the name."""


def behind_bounds(words: list[Word], index: int) -> str:
    """The bound word («داخل» or «خارج») the name opening at ``words[index]`` stands
    behind, past at most ``_REACH`` filler words («داخل جميع دول ...»), else ``""``."""
    for back in range(index - 1, max(-1, index - 2 - _REACH), -1):
        word = words[back]
        bound = next((rest for prefix, rest in word.readings()
                      if rest in _BOUNDS and prefix.lstrip("وف") in {"", "ب", "من"}), "")
        if bound:
            return bound
        if not word.has(_FILLERS):
            return ""
    return ""
