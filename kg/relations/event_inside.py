"""Names behind a word of inside, outside or direction: where something hit, never what it hit.

«استهدفوا منشآت حيوية داخل جميع دول مجلس التعاون الخليجي», «هاجموا مواقع داخل العراق»,
«نفذوا هجمات خارج سوريا»: a place or a body named after «داخل»/«بداخل»/«خارج» (past a
quantifier or a plural place noun: «جميع دول», «كل مدن») bounds the area of the deed. The
thing hit is the noun before («منشآت حيوية»), or is left unsaid; the name is no target.

So is a name after a direction in the locative, «بشمال», «في جنوب» («غارات على مواقع
للمتمردين بشمال مدينة الضالع»), maybe past a place noun: the name is a place, whatever class
the tagger gave it (a town read as a person), and the place rules read it as where
(``event_role_places``); as a target it is never right. A bare direction may open the object
(«قصفت الطائرات شمال المدينة», «سيطرت على جنوب البلدة»), so it is left to them.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import DIRECTIONS, PLACE_HEADS

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


def behind_direction(words: list[Word], index: int) -> bool:
    """Whether the name opening at ``words[index]`` follows a direction in the locative,
    glued to «ب» or after «في» («بشمال مدينة الضالع», «في جنوب حلب»), maybe past one place
    noun (see the module docstring)."""
    back = index - 1
    if back >= 0 and words[back].has(PLACE_HEADS):
        back -= 1
    if back < 0:
        return False
    word = words[back]
    prefix = next((p.lstrip("وف") for p, rest in word.readings() if rest in DIRECTIONS), None)
    if prefix is None:
        return False
    return prefix == "ب" or (prefix == "" and back > 0 and words[back - 1].norm == "في")
