"""Agreements signed by two sides named only as a pair: «وقّع البلدان اتفاقية للتعاون الأمني»,
«أبرم الجانبان اتفاقاً».

A signing verb whose subject is a definite dual noun of parties («البلدان», «الجانبان»,
«الطرفان», «الحكومتان») reports an agreement between equals: it happened, though no party is
named (the names were told before, or not at all). Such an agreement has no agent (the gold's
meeting of equals) and is kept with no argument, where an agreement noun with no named party
is otherwise dropped («واتفق كثير من الأهالي على ...»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import SIGNING_VERBS

PAIRED_PARTIES = frozenset({
    "البلدان", "الجانبان", "الطرفان", "الدولتان", "الحكومتان", "الوزيران", "الرئيسان",
    "الزعيمان", "الشركتان", "الجهتان", "الوزارتان", "الجامعتان", "المؤسستان", "الهيئتان",
    "الجمعيتان", "البنكان", "المصرفان", "الناديان", "الاطراف", "الجانبين", "الطرفين",
})
"""Definite duals (and «الأطراف») that name the sides of an agreement as a pair."""
_REACH = 4
"""How many words before the agreement noun the signing verb may stand («وقع البلدان أمس
اتفاقية»)."""


def paired_signers(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a signing verb shortly before the agreement noun at ``words[position]`` has a
    paired-party subject right after it («وقع الجانبان اتفاقية»), in the same clause."""
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(SIGNING_VERBS):
            return index + 1 < position and words[index + 1].norm in PAIRED_PARTIES
    return False
