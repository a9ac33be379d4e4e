"""Support of a sector or a field of public life is no side backed.

«عن شكره لخادم الحرمين الشريفين على دعمه للقطاع الصحي», «ودعمه الدائم لمرفق القضاء», «دعم
الدولة للتعليم والرياضة»: «دعم» of a sector («القطاع الصحي», «مرفق القضاء») or a field
(«التعليم», «الرياضة», «الثقافة») is funding and care, not a political stance toward a side
or a proposal. A descriptive object (no named actor) whose head is such a noun is dropped
from ``supports``; named bodies and proposals («دعم المبادرة العربية») stay. So are a
technical feature a product «supports» («ستدعم الشركة البث المباشر») and the means of the
support after «بـ» («على دعمها بالهدايا للأطفال», «دعمه بالسلاح»): material, not a side.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.index import Word

DOMAINS = frozenset({
    "قطاع", "قطاعات", "مرفق", "مرافق", "تعليم", "رياضه", "صحه", "ثقافه", "سياحه", "اقتصاد",
    "بحث", "ابحاث", "صناعه", "زراعه", "اسكان", "تنميه", "فنون", "تراث",
    # features a device or a program «supports» («ستدعم الشركة البث المباشر»)
    "بث", "تطبيق", "تطبيقات", "تقنيه", "تقنيات", "خاصيه", "خصائص", "ميزه", "ميزات", "صيغه",
    "صيغ", "لغات", "متصفح", "متصفحات",
})
"""Heads of sectors and fields of public life, and of technical features, without the
article."""


def _bare(word: Word) -> str:
    """The word without «و»/«ف», «ب»/«ل» and the article («للقطاع» → «قطاع»)."""
    norm = word.norm.lstrip("وف")
    for prefix in ("بال", "لل", "ال", "ب", "ل"):
        if norm.startswith(prefix) and norm[len(prefix):] in DOMAINS:
            return norm[len(prefix):]
    return norm


def supported_domain(words: list[Word], candidate: Candidate) -> bool:
    """Whether the supports object ``candidate`` is a described sector or field (see the
    module docstring), not a named actor."""
    if candidate.label is not None or candidate.source not in {"topic", "group"}:
        return False
    first = next((word for word in words if word.start <= candidate.arg.start < word.end),
                 None)
    if first is not None and any(prefix == "بال" for prefix, _ in first.readings()[1:]):
        return True  # «على دعمها بالهدايا للأطفال»: the means of the support, not a side
    return first is not None and _bare(first) in DOMAINS
