"""Cooperation between named parties (``coordinatesWith``) in frames of Arabic news beside
those of :mod:`kg.relations.stance_partnerships`, and one frame that is no cooperation:

- **the charge of an accusation**: «واتهمت الحكومة العراقية حزب البعث بالتعاون مع تنظيم
  داعش», «وتتهم دمشق أنقرة بالتنسيق مع جبهة النصرة», «اعتقل X بتهمة التعاون مع Y»: the
  cooperation is what one side charges the other with; the accuser does not coordinate
  with anyone, and the accused is only said to: no ``coordinatesWith`` is read.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_ACCUSING = ("اتهم", "يتهم", "تتهم", "نتهم", "متهم", "اتهام", "تهمه")
"""Stems of accusing, charging and the accused, as they open a word once «و», «ف», «ب» and
the article are taken off («واتهمت», «يتهمون», «بتهمة», «المتهم», «الاتهامات»)."""

_CHARGE_REACH = 8
"""Words before the cooperation noun within which the accusation stands in its clause."""


def _accusing(word: Word) -> bool:
    """«واتهمت», «بتهمة», «المتهمين», «اتهامات»; not «تهم» («قضايا تهم المواطنين»)."""
    norm = word.norm
    for prefix in ("و", "ف", "ب", "ال"):
        norm = norm.removeprefix(prefix)
    return norm.startswith(_ACCUSING)


def charged(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the cooperation noun or verb at ``position`` is the charge of an accusation in
    its clause: «اتهمت X Y بالتعاون مع Z», «بتهمة التعاون مع Z»."""
    for index in range(position, max(-1, position - 1 - _CHARGE_REACH), -1):
        if index < position and context.boundary_between(words[index], words[index + 1]):
            return False
        if _accusing(words[index]):
            return True
    return False
