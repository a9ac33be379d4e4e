"""Assaults told by a verb of transgression with the blows it dealt.

«واعتدت على المصلين بالضرب والإهانة», «تعدّى عناصر الأمن على المعتقلين بالضرب»: «اعتدى»
and «تعدّى على» are as often a breach of a law, a right or land («تعدى على أراضي الدولة»,
«اعتدت على حقوقهم») and «اعتدتُ على» is «I got used to». So «تعدّى» (``BEATING_FORMS``), and
«اعتدت» right before «على» (no subject between), name an attack only with the blows told in
their clause after them: «بالضرب», «بالهراوات», «بالسكاكين», «ضرباً» (``_BLOWS``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import BEATING_FORMS

_FEMININE = "اعتدت"
"""«اعتدت»: «she attacked», but also «I got used to» («اعتدت على العيش»)."""
_ON = frozenset({"علي", "عليه", "عليها", "عليهم", "عليهما"})
_BLOWS = frozenset({
    "الضرب", "ضربا", "الهراوات", "هراوات", "العصي", "السكاكين", "سكين", "السكين", "الركل",
    "الصفع", "السلاح", "الحجاره", "الرصاص",
})
"""The blows of an assault, mostly behind «ب» («بالضرب», «بسكين»)."""
_REACH = 8
"""How far the blows may stand («اعتدت على عدد من المصلين داخل المسجد بالضرب»)."""


def _needs_blows(words: list[Word], position: int, form: str) -> bool:
    if form in BEATING_FORMS:
        return True
    return form == _FEMININE and position + 1 < len(words) and words[position + 1].norm in _ON


def blows_told(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether a verb of transgression at ``words[position]`` that needs its blows has them
    in its clause (see the module docstring); any other trigger passes."""
    if not _needs_blows(words, position, form):
        return True
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(_BLOWS):
            return True
    return False
