"""An object read past the weapon a strike was made with.

A verb of striking often names its weapon with «بـ» between the doer and the object:
«قصفت المقاومة الشعبية بالمدفعية تجمعات للمتمردين», «استهدف الجيش بالصواريخ مواقع التنظيم»,
«ضربت الطائرات بقذائف مواقع». The plain noun after the weapon is the verb's object; when
the rules read no target, the deed has a victim left unread, like an object right after the
doer (``event_clause_doers.plain_object``), so its event is less sure.

The weapon is a noun of arms with «بـ» («بالمدفعية», «بقذائف», «بالطائرات»), maybe with one
definite adjective («بالمدفعية الثقيلة») or a weapon in the genitive («بقذائف الهاون»); a
«بـ» phrase of anything else («بشكل عنيف», «بعد») is not skipped.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_clause_doers import plain_object
from kg.relations.index import Word

WEAPONS = frozenset({
    "المدفعيه", "مدفعيه", "الصواريخ", "صواريخ", "صاروخ", "القذائف", "قذائف", "قذيفه",
    "الطائرات", "طائرات", "الطيران", "الدبابات", "دبابات", "الهاون", "هاون", "الراجمات",
    "راجمات", "المدافع", "مدافع", "الاسلحه", "اسلحه", "الرشاشات", "رشاشات", "البراميل",
    "براميل", "القنابل", "قنابل", "العبوات", "عبوات", "المسيرات", "مسيرات",
})
"""Nouns of arms, as read after «بـ» (normalized: ة as ه, hamza-less alef)."""

_WITH = ("ب", "وب")


def object_past_weapon(context: Extraction, words: list[Word], after: int) -> bool:
    """Whether the word after ``words[after]`` is a weapon behind «بـ» and a plain noun object
    follows it: «قصفت المقاومة بالمدفعية تجمعات ...» (``after`` is the doer's last word, or the
    verb when its doer stands before it)."""
    index = after + 1
    if index >= len(words) or not _weapon(words[index]):
        return False
    if index + 1 < len(words) and words[index + 1].norm.startswith("ال") \
            and (_weapon(words[index], definite=True) or words[index + 1].norm in WEAPONS):
        index += 1  # «بالمدفعية الثقيلة», «بقذائف الهاون»: one word more of the weapon
    return plain_object(context, words, index)


def _weapon(word: Word, definite: bool = False) -> bool:
    return any(prefix in _WITH and rest in WEAPONS and (rest.startswith("ال") or not definite)
               for prefix, rest in word.readings())


def past_weapon(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` comes right after a weapon behind «بـ» («بالمدفعية تجمعات»,
    «بالمدفعية الثقيلة مواقع», «بقذائف الهاون حاجزاً»): a strike's object, not a subject."""
    if index >= 1 and _weapon(words[index - 1]):
        return True
    return index >= 2 and words[index - 1].norm.startswith("ال") and \
        (_weapon(words[index - 2], definite=True) or
         (_weapon(words[index - 2]) and words[index - 1].norm in WEAPONS))
