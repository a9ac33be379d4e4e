"""The weapon a strike was made with, named with «بـ» between the doer and the object.

«قصفت المقاومة الشعبية بالمدفعية تجمعات للمتمردين», «استهدف الجيش بالصواريخ مواقع التنظيم»,
«ضربت الطائرات بقذائف مواقع»: the weapon is a noun of arms with «بـ» («بالمدفعية»,
«بقذائف», «بالطائرات»), maybe with one definite adjective («بالمدفعية الثقيلة») or a weapon
in the genitive («بقذائف الهاون»); any noun with an adjective of explosives is one too
(«بسيارة مفخخة», «بعبوة ناسفة», «بحزام ناسف»). A «بـ» phrase of anything else («بشكل
عنيف», «بعد») is no weapon. Read here with no other rule, so that the readers of doers and
of objects may both use it.
"""

from __future__ import annotations

from kg.relations.index import Word

WEAPONS = frozenset({
    "المدفعيه", "مدفعيه", "الصواريخ", "صواريخ", "صاروخ", "القذائف", "قذائف", "قذيفه",
    "الطائرات", "طائرات", "الطيران", "الدبابات", "دبابات", "الهاون", "هاون", "الراجمات",
    "راجمات", "المدافع", "مدافع", "الاسلحه", "اسلحه", "الرشاشات", "رشاشات", "البراميل",
    "براميل", "القنابل", "قنابل", "العبوات", "عبوات", "المسيرات", "مسيرات",
})
"""Nouns of arms, as read after «بـ» (normalized: ة as ه, hamza-less alef)."""

_WITH = ("ب", "وب")
_DEVICE_ADJECTIVES = frozenset({"مفخخه", "مفخخ", "ناسفه", "ناسف", "متفجره", "ملغومه"})
"""«بسيارة مفخخة», «بعبوة ناسفة», «بحزام ناسف»: an adjective that makes any noun behind
«بـ» a weapon."""


def weapon_end(words: list[Word], index: int) -> int | None:
    """The index of the last word of the weapon phrase that opens at ``words[index]``, or
    None when no weapon opens there."""
    if index + 1 < len(words) and _device(words, index):
        return index + 1
    if index >= len(words) or not _weapon(words[index]):
        return None
    if index + 1 < len(words) and words[index + 1].norm.startswith("ال") \
            and (_weapon(words[index], definite=True) or words[index + 1].norm in WEAPONS):
        return index + 1  # «بالمدفعية الثقيلة», «بقذائف الهاون»: one word more of the weapon
    return index


def _weapon(word: Word, definite: bool = False) -> bool:
    return any(prefix in _WITH and rest in WEAPONS and (rest.startswith("ال") or not definite)
               for prefix, rest in word.readings())


def _device(words: list[Word], index: int) -> bool:
    """«بسيارة مفخخة», «بعبوة ناسفة»: a noun behind «بـ» and an adjective of explosives."""
    return words[index + 1].norm in _DEVICE_ADJECTIVES and \
        any(prefix in _WITH for prefix, _ in words[index].readings())


def past_weapon(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` comes right after a weapon behind «بـ» («بالمدفعية تجمعات»,
    «بالمدفعية الثقيلة مواقع», «بقذائف الهاون حاجزاً», «بعبوة ناسفة دورية»): a strike's
    object, not a subject."""
    if index >= 1 and _weapon(words[index - 1]):
        return True
    if index >= 2 and _device(words, index - 2):
        return True
    return index >= 2 and words[index - 1].norm.startswith("ال") and \
        (_weapon(words[index - 2], definite=True) or
         (_weapon(words[index - 2]) and words[index - 1].norm in WEAPONS))
