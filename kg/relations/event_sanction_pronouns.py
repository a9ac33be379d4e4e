"""Sanctions lifted from a side named by a pronoun: «فور رفع العقوبات الدولية عنها».

``event_lifted_sanctions`` reads a lifting of sanctions as the Sanction event when a named side
follows the noun behind «عن»/«على» («رفع العقوبات عن إيران»). The news as often names the side
earlier in the sentence and points back to it with a feminine pronoun, as Arabic does for a
state or a city: «وتبدو طهران منفتحة على ... فور رفع العقوبات الدولية عنها», «بزيادة الصادرات
من إيران في أعقاب اتفاق يخفف العقوبات المفروضة عليها». The side is then the state or place
named last before the noun in its sentence (no nisba: «الدولية», «الأوروبي» name no side).
The pronoun must stand within a few words after the noun, past its adjectives and the
participle of imposing only.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import PLACE_LABELS, Arg, Word

_PRONOUN_SIDES = frozenset({"عنها", "عليها"})
_PARTICIPLES = frozenset({"مفروضه", "مفروض", "المفروضه", "المفروض"})
_REACH = 4
"""How far after the noun the pronoun may stand («العقوبات الاقتصادية الدولية المفروضة عليها»)."""


def pronoun_side(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The side that «عنها»/«عليها» after the sanction noun at ``words[position]`` points back
    to (module docstring), or None."""
    if not _pronoun_after(context, words, position):
        return None
    noun = words[position]
    for mention in reversed(context.mentions_between(words[0].start, noun.start)):
        if mention.end > noun.start or not mention.entity_id or \
                mention.label not in PLACE_LABELS or context.is_nisba(mention):
            continue
        return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _pronoun_after(context: Extraction, words: list[Word], position: int) -> bool:
    """«عنها»/«عليها» within a few words after the noun, with only its adjectives (definite
    words) and the participle of imposing between."""
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.norm in _PRONOUN_SIDES:
            return True
        if not (word.norm in _PARTICIPLES or word.bare() in _PARTICIPLES or
                word.norm.startswith("ال")):
            return False
    return False
