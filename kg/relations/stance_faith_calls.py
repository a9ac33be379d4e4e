"""An appeal whose goal is the faith itself is preaching, not a stance.

«نحن جماعة دعوية ندعو الناس إلى صحيح الإسلام», «دعا الشيخ الشباب إلى الله», «يدعون غير
المسلمين للإسلام»: «دعا» whose first goal after «إلى» (or a glued «ل») is the faith, God or
religion («الإسلام», «الله», «الدين», «التوحيد», «الإيمان», «الهداية»), past a word of the
way to it («صحيح», «دين», «سبيل», «طريق»), calls people to a religion: no actor takes a
stance on another, and whom it addresses («الناس», «الشباب») is no side. The first goal
decides: «دعا X إلى الجهاد في سبيل الله» asks for jihad, «دعا X إلى التمسك بالدين» for
an act, and both stay appeals.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_CALLING = frozenset({
    "دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "ادعو", "يدعون", "تدعون", "يدعوان",
    "تدعوان", "داعيا", "داعيه", "داعين", "دعوه", "دعوته", "دعوتها", "دعوتهم", "الدعوه",
})
_FAITH = frozenset({"الاسلام", "الله", "الدين", "التوحيد", "الايمان", "الهدايه", "الهدي"})
_WAY = frozenset({"صحيح", "دين", "سبيل", "طريق"})
_TO = frozenset({"الي", "ال"})
_REACH = 8
"""Words after the verb within which its first goal is sought."""


def _faith(word: Word) -> bool:
    """«الإسلام», «للإسلام», «لله»: a word of the faith, with or without a glued «ل»."""
    return word.has(_FAITH) or word.norm in {"لله", "ولله"}


def called_to_faith(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the verb or noun of calling at ``position`` calls to the faith (see the
    module docstring)."""
    if words[position].norm.lstrip("وف") not in _CALLING:
        return False
    for later in range(position + 1, min(len(words), position + _REACH)):
        if context.boundary_between(words[later - 1], words[later]):
            return False
        word = words[later]
        if word.norm in _TO:
            goal = later + 1
        elif word.norm.startswith("ل") and _faith(word):
            return True  # «دعا للإسلام»
        else:
            continue
        if goal < len(words) and words[goal].norm in _WAY:
            goal += 1
        return goal < len(words) and _faith(words[goal])
    return False
