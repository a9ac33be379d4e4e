"""The rest of the subject's own name, read as the object: no object.

The taggers sometimes stop a name one word short: «وحثت سارة ليا ويتسن مديرة قسم الشرق
الأوسط ... الولايات المتحدة على ...» tags «سارة ليا», «دعت إدارة التربية والتعليم بمحافظة
حفر الباطن ممثلة بشؤون المعلمين ...» tags the body up to «حفر». The word left over right
after the tagged subject is the end of its name, and the title or the participle of
representation after it («مديرة», «ممثلة بـ») is the subject's apposition: neither is the
one the stance is toward. Such an object is dropped (the one urged, named further on, is
not read: a missing fact rather than a wrong one).

A noun of a thing said or decided is no end of a name: «انتقد X خطاب الأمين العام لحزب Y»,
«رحب X بقرار الرئيس Z» criticize the speech and welcome the decision of the titled one
(:data:`SAID_OR_DECIDED`; the whole phrase is read by
:mod:`kg.relations.stance_titled_objects`).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite
from kg.relations.stance_refused_claims import CLAIM_HEADS

_REPRESENTED = frozenset({"ممثله", "ممثلا", "ممثلين", "ممثلتين", "ممثلان"})
"""«ممثلة بـ ...» (represented by): the apposition of a body, never a word of its addressee."""
SAID_OR_DECIDED = frozenset({
    "خطاب", "كلمه", "تصريح", "تصريحات", "بيان", "قرار", "قرارات", "دعوه", "دعوات", "موقف",
    "مواقف", "سياسه", "سياسات", "خطه", "مبادره", "مقترح", "اقتراح", "مشروع", "اتهامات",
    # a course pursued or a demand made: «يرفض X دبلوماسية الرئيس Y», «رفض X شروط الوزير»
    "دبلوماسيه", "استراتيجيه", "نهج", "رؤيه", "مطالب", "مطالبات", "شروط", "مقترحات",
    "اقتراحات", "خطط", "اجراءات", "تدابير", "وعود", "تهديدات",
}) | CLAIM_HEADS
"""Heads of a thing of someone («خطاب الأمين العام», «بقرار الرئيس», «دبلوماسية الرئيس»),
never a word of a name."""


def name_tail(context: Extraction, words: list[Word], subjects: list[Arg],
              candidate: Candidate) -> bool:
    """Whether ``candidate``, a phrase read from the words after the subject, opens with the
    one word left over from the subject's name: right after the tagged subject (spaces only
    between them), then a title or a participle of representation right after that word
    («ويتسن مديرة», «الباطن ممثلة»). A title is read so only after a word without «ال» (a
    name, not an addressee: «دعا X المواطنين» is read as ever)."""
    index = candidate.word_index
    if candidate.source != "topic" or not 0 < index < len(words) - 1:
        return False
    first, before, after = words[index], words[index - 1], words[index + 1]
    named = context.covering_mention(before.start)  # a tagged name, not the verb of a pronoun
    if named is None or not any(subject.start == named.start and
                                subject.end == before.end == named.end for subject in subjects) or \
            context.gap(before, first).strip() or context.gap(first, after).strip() or \
            context.covering_mention(first.start) is not None:
        return False
    if first.has(SAID_OR_DECIDED):
        return False  # «خطاب الأمين العام», «بقرار الرئيس»: a thing of the titled one
    if after.norm.lstrip("و") in _REPRESENTED:
        return True
    return is_title_head(after) and not definite(first)
