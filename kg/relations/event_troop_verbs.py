"""Verbs that move troops: a deployment or a withdrawal only with troops as their object.

«سحبت روسيا قواتها من سوريا» (Withdrawal), «نشرت تركيا قوات في الشمال», «أرسلت واشنطن
تعزيزات إلى الخليج», «دفع الجيش بتعزيزات إلى المدينة» (Deployment). Each verb has other
senses far more often in news prose: «نشرت الصحيفة تقريراً», «سحب الثقة», «سحب السفير»,
«أرسل رسالة», «دفع الثمن». So the verb names the event only where a troop word
(``TROOP_WORDS``: قوات، جنود، تعزيزات، طائرات ...) is its object, within a few words after
it in its clause:

- for «سحب»/«نشر»/«أرسل» the troop word stands bare (only «و» or the article before it):
  «أرسل رسالة إلى القوات», «نشرت صوراً لجنود» have it behind a preposition;
- for «دفع» it stands behind «ب» («دفع بتعزيزات»): «دفعت الحكومة رواتب الجنود» is a payment;
- no word of aid or evacuation follows in its clause («أرسلت طائرات تحمل مساعدات»);
- aircraft, ships and «قطع» only when called military («طائرات حربية», «قطعاً بحرية»);
- no preposition and no published thing comes before it: the object is what the verb
  moves, not a word further on («نشرت الوكالة صور القوات», «أرسلت الوزارة وفداً إلى القوات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    AID_WORDS,
    DEPLOYING_VERBS,
    PUSHING_VERBS,
    TROOP_WORDS,
    WITHDRAWING_VERBS,
)

TROOP_VERBS = frozenset(WITHDRAWING_VERBS + DEPLOYING_VERBS + PUSHING_VERBS)
_PUSHING = frozenset(PUSHING_VERBS)
"""«دفع الجيش بتعزيزات»: a push of troops, with the troops behind «ب»."""
_TROOPS = TROOP_WORDS | frozenset({"جنودا", "قطعا", "سفنا", "مقاتلين", "مدرعات"})
"""Troop words, with the accusatives an object takes («نشرت الوزارة جنوداً»)."""
_VEHICLES = frozenset({"طائرات", "سفن", "سفنا", "قطع", "قطعا"})
"""Aircraft, ships and «pieces» carry troops only when called military («طائرات حربية»,
«قطعاً بحرية»): «أرسلت الشركة طائرات جديدة» is no deployment."""
_MILITARY = frozenset({"حربيه", "عسكريه", "مقاتله", "بحريه", "قتاليه"})
_RELIEF = AID_WORDS | frozenset({"اجلاء", "انقاذ"})
_AID_REACH = 8
"""How far after the verb a word of aid makes the sending a relief flight («أرسلت السعودية
طائرات تحمل مساعدات إنسانية»)."""
_REACH = 5
"""How many words after the verb its troops may stand («أرسلت وزارة الدفاع الأمريكية
تعزيزات»: the subject stands between)."""
_PREPOSITIONS = frozenset({"الي", "من", "في", "علي", "عن", "مع", "الى", "نحو", "باتجاه"})
PUBLISHED_THINGS = frozenset({
    "صور", "صوره", "صورا", "مقطع", "مقاطع", "فيديو", "تقرير", "تقريرا", "بيان", "بيانا",
    "خبر", "خبرا", "رساله", "رسائل", "وفد", "وفدا", "مساعدات", "جثث", "جثامين", "اسماء",
    "ارقام", "قائمه", "تفاصيل", "مقال", "مقالا", "دعوه", "طلب", "طلبا",
})
"""Things published, sent or drawn whose genitive may be troops («صور القوات», «وفداً إلى
الجنود», «جثث الجنود»): the troops are not what the verb moves."""


def _troop_object(word: Word, prefixes: frozenset[str]) -> bool:
    """The word is a troop word with only one of ``prefixes`` before it."""
    return any(rest in _TROOPS and prefix in prefixes for prefix, rest in word.readings())


def _military(words: list[Word], index: int) -> bool:
    """A vehicle word is military only with a military adjective right after it."""
    if not words[index].has(_VEHICLES):
        return True
    return index + 1 < len(words) and words[index + 1].has(_MILITARY)


_BARE = frozenset({"", "و", "ف"})
_WITH_BI = frozenset({"ب", "وب", "فب", "بال", "وبال", "فبال"})


def _aid_after(context: Extraction, words: list[Word], position: int) -> bool:
    """A word of aid or evacuation in the verb's clause a few words on: aircraft or ships
    carrying relief or bringing citizens home («أرسلت طائرات لإجلاء رعاياها»)."""
    last = min(len(words), position + 1 + _AID_REACH)
    for index in range(position + 1, last):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(_RELIEF):
            return True
    return False


def moves_troops(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether the troop verb at ``words[position]`` has troops as its object (see the module
    docstring); any other trigger form passes."""
    if form not in TROOP_VERBS:
        return True
    prefixes = _WITH_BI if form in _PUSHING else _BARE
    last = min(len(words), position + 1 + _REACH)
    for index in range(position + 1, last):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if _troop_object(word, prefixes):
            return _military(words, index) and not _aid_after(context, words, position)
        if word.norm in _PREPOSITIONS or word.has(PUBLISHED_THINGS):
            return False
    return False
