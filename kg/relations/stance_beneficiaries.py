"""Aid to people in need is charity, not political support.

«ودعم الملك الأسر المحتاجة», «تدعم الجمعية الأيتام والأرامل», «دعمت السعودية اللاجئين
السوريين», «لدعم الفقراء»: when what is supported is a group of people in need (families,
the poor, orphans, refugees, the displaced, the sick, those hit by a disaster), the support
is relief or aid. The guidelines write ``supports`` only for backing a side, a policy or a
proposal; material help is not a stance. So such an object is dropped, and with it a
nationality the group carries («اللاجئين السوريين» names no backing of Syria).

Only the head of the object phrase, or the noun right before a nisba or a name, is
looked at: «دعم الحكومة اليمنية» and «دعم حقوق اللاجئين»'s advocates are not reached
(«حقوق» is the head there, and rights are a cause).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word

NEEDY_GROUPS = frozenset({
    "اسر", "الاسر", "عائلات", "العائلات", "اسره", "الاسره", "فقراء", "الفقراء", "محتاجين",
    "المحتاجين", "المحتاجون", "ايتام", "الايتام", "ارامل", "الارامل", "لاجئين", "اللاجئين",
    "اللاجئون", "نازحين", "النازحين", "النازحون", "مهجرين", "المهجرين", "متضررين",
    "المتضررين", "المتضررون", "منكوبين", "المنكوبين", "مرضي", "المرضي", "مصابين", "المصابين",
    "جرحي", "الجرحي", "معاقين", "المعاقين", "مساكين", "المساكين", "مشردين", "المشردين",
    "اطفال", "الاطفال", "المعوزين", "معوزين", "ضحايا", "الضحايا", "الفقيره", "المحتاجه",
})
"""Heads (normalised, without «و»/«ل»/«ب») of a group of people in need."""


def _bare(word: Word) -> str:
    """The word without «و»/«ف» and «ل»/«ب» (the article kept: «للأسر» is «الاسر»)."""
    norm = word.norm.lstrip("وف")
    if norm.startswith("لل"):
        return "ال" + norm[2:]
    if norm.startswith(("ل", "ب")) and norm[1:] in NEEDY_GROUPS:
        return norm[1:]
    return norm


def needy(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """Whether the supports object ``candidate`` is, or belongs to, a group of people in
    need: its first word is a needy group («الأسر المحتاجة»), or the word right before it is
    («اللاجئين السوريين» for the nisba «السوريين», «أسر الشهداء»)."""
    index = candidate.word_index
    if not 0 <= index < len(words):
        return False
    first = next((i for i in range(max(0, index - 3), min(len(words), index + 3))
                  if words[i].start <= candidate.arg.start < words[i].end), None)
    if first is None:
        return False
    if _bare(words[first]) in NEEDY_GROUPS:
        return True
    return first > 0 and _bare(words[first - 1]) in NEEDY_GROUPS and \
        not context.boundary_between(words[first - 1], words[first])
