"""A director («مدير») who heads the body he directs.

«مدير المستشفى X», «مدير مركز التنمية الأسرية X», «مدير إدارة الدفاع المدني X»: the
director of a hospital, a centre or a directorate is its head, and the annotation
guidelines give him ``leads``. Yet «مدير» also heads units inside a body («مدير مكتب
الوزير», «مدير الكرة بالنادي», «مدير العلاقات العامة بالشركة») and the roles rules kept it
out of ``leads`` unless it is «المدير العام/التنفيذي».

The rule: a bare «مدير/مديرة» leads the body of its title when nothing stands between the
head and the body but «إدارة» or the body's own kind noun («مدير شركة X», «مدير مستشفى X»,
«مدير إدارة X»), the body is no place (a country or a city is governed, not directed: «مدير
شرطة الرياض» names the police, not Riyadh), and the holder is no deputy, acting or former
director. It is less sure than the leading heads («رئيس», «المدير العام»), so it gets a
lower raw confidence (:data:`DIRECTOR_CONFIDENCE`), measured apart by the calibration: on
200 fresh articles read after it was written, 4 of its 6 facts were right, the other two
had a holder or a body the name finder had cut («سعد», «تي»), as low as the least sure
leads. A governor («محافظ») of a body, not of a place, heads it the same way: «محافظ البنك
المركزي المصري X», «محافظ مؤسسة النقد العربي السعودي X».
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.relations.index import Word

DIRECTOR_CONFIDENCE = 0.6
_DIRECTOR_HEADS = frozenset({"مدير", "مديره", "محافظ"})
"""Directors, and governors of a body («محافظ البنك المركزي», «محافظ مؤسسة النقد»): a
governor of a province or a town is the place's (no body: see ``_PLACES``)."""
_BETWEEN = frozenset({"اداره"})
_DIRECTED_KINDS = frozenset({
    "مستشفي", "مركز", "مدرسه", "كليه", "معهد", "جامعه", "شركه", "مؤسسه", "بنك", "مصرف",
    "هيئه", "جمعيه", "مجمع", "متحف", "مكتبه", "وكاله", "صحيفه", "قناه", "اذاعه", "مصنع"})
"""Kind nouns of a directed institution (normalised, no article): «مدير مستشفى X»."""
_PLACES = frozenset({"Country", "City", "Region", "Place", "Governorate"})


def directs(head: str, between: Sequence[Word], body_label: str | None) -> bool:
    """Whether a title with head ``head`` and ``between`` (the words between the head and the
    body, clitic link and kind noun included) makes its holder head of a body labelled
    ``body_label``."""
    if head not in _DIRECTOR_HEADS or body_label is None or body_label in _PLACES:
        return False
    return all(w.norm in _BETWEEN or w.bare() in _BETWEEN or _kind(w) for w in between)


def _kind(word: Word) -> bool:
    """«مستشفى», «لمركز», «بشركة»: a directed institution's kind noun, indefinite."""
    return any(rest in _DIRECTED_KINDS and prefix in {"", "ب", "ل"}
               for prefix, rest in word.readings())
