"""«ويدعو القرار إلى ...»: a document right after an appeal verb is its subject, never the
one urged.

Arabic puts the subject right after the verb: in «ويدعو القرار إلى تطبيق كامل للجدول
الزمني», «وحذرت الدراسة من أن ...», «ودعا التقرير إلى الكف عن ...», «ويطالب البند الثالث
بضرورة ...» the resolution, the study, the report or the clause calls, warns or demands.
A text cannot be called on, warned or threatened, so such a noun is never the object of
``urges``, ``warns`` or ``threatens``; when kg finds no named subject for the verb (and
falls back on the previous speaker), the noun must not become the one urged either. The
author that a resumed «البيان» or «التقرير» speaks for is read in
:mod:`kg.relations.stance_earlier_documents`; its span is the noun, as the subject's.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word

APPEAL_KINDS = frozenset({"urges", "warns", "threatens"})
"""The stance kinds whose object is the one addressed."""

_DOCUMENTS = frozenset({
    "القرار", "البيان", "التقرير", "المشروع", "القانون", "النص", "الرساله", "الوثيقه",
    "المرسوم", "الاعلان", "الميثاق", "المقال", "المقاله", "الدستور", "البند", "الاقتراح",
    "المقترح", "الدراسه", "البحث", "المذكره", "الاتفاق", "الاتفاقيه", "الخطاب", "التعميم",
    "البلاغ", "الكتاب", "الفتوي", "الاستطلاع", "المسح",
})
"""Definite nouns of texts, documents and studies (normalised spelling)."""


def document_subject(context: Extraction, words: list[Word], position: int,
                     candidate: Candidate) -> bool:
    """Whether ``candidate`` is a definite document noun right after the appeal verb at
    ``words[position]`` in the same clause: the verb's subject, not its addressee."""
    index = position + 1
    if index >= len(words) or context.boundary_between(words[position], words[index]):
        return False
    word = words[index]
    return word.norm in _DOCUMENTS and word.start <= candidate.arg.start < word.end
