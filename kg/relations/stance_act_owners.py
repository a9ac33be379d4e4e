"""The one named after an act's verbal noun is not what is rejected or opposed.

«ويرفض الأكراد تقسيم العراق», «عارضت روسيا تسليح المعارضة السورية», «رفضت الحكومة انسحاب
القوات الأمريكية»: the thing rejected or opposed is the act (partitioning Iraq, arming the
opposition); the name in construct after the indefinite verbal noun is its patient or its
doer. Writing it as the object («rejects(الأكراد → العراق)») reads a nearby name for the
phrase's head, as for a proposal's author (see :mod:`kg.relations.stance_proposal_owners`).
The verbal noun is known by its measure («تفعيل» تقسيم, «إفعال» إرسال, «افتعال» احتلال,
«انفعال» انسحاب, «استفعال» استخدام, «تفاعل» تبادل, «تفعّل» تدخل) or from a short list of
common acts of another shape («غزو», «نزع», «وجود», «عودة»); the words someone said or the
demands they made count the same («رفض الحريري اتهامات حزب الله», «رفضت سوريا شروط
إسرائيل»). The fact is kept with its raw confidence at most
:data:`~kg.relations.stance_proposal_owners.OWNER_CEILING`, for the act's doer is sometimes
what is meant («رفض تدخل إيران» is aimed at Iran too).

Praise, welcome and support are not touched: «أشاد بتعاون الأردن» praises Jordan for its
deed, «دعمت فرنسا ترشيح X» backs X. Nor are criticism and condemnation, which an act
mostly reaches through its doer («انتقد تعامل الحكومة مع الأزمة» criticises the
government).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_proposal_owners import construct_head

_REFUSALS = frozenset({"rejects", "opposes"})

_OTHER_ACTS = frozenset({
    "غزو", "نزع", "وجود", "عوده", "بقاء", "رحيل", "سحب", "عزل", "طرد", "ضرب", "قصف", "حصار",
    "قتل", "حرب", "دخول", "ضم",
})
"""Verbal nouns of acts of a shape the measures below do not cover."""

_CLAIMS = frozenset({
    "اتهامات", "اتهام", "ادعاءات", "مزاعم", "تصريحات", "تهديدات", "انتقادات", "شروط", "مطالب",
    "تقارير", "روايه", "اقوال",
})
"""What someone said or asks («رفض الحريري اتهامات حزب الله»): the words are refused,
their author is only named in construct."""


def _act_noun(norm: str) -> bool:
    """Whether ``norm`` (without clitics or article) has the shape of a derived verbal noun
    (see the module docstring) or is one of :data:`_OTHER_ACTS`."""
    size = len(norm)
    return norm in _OTHER_ACTS or norm in _CLAIMS or (
        (size == 5 and norm[0] == "ت" and norm[3] == "ي")  # تقسيم
        or (size == 5 and norm[0] == "ا" and norm[3] == "ا")  # إرسال
        or (size == 6 and norm[0] == "ا" and norm[2] == "ت" and norm[4] == "ا")  # احتلال
        or (size == 6 and norm.startswith("ان") and norm[4] == "ا")  # انسحاب
        or (size == 7 and norm.startswith("است") and norm[5] == "ا")  # استخدام
        or (size == 5 and norm[0] == "ت" and norm[2] == "ا")  # تبادل
        or (size == 4 and norm[0] == "ت"))  # تدخل


def _indefinite_act(word: Word) -> bool:
    """«تقسيم», «بتسليح», «لاحتلال»: an act's verbal noun without the article, with at most
    «و»/«ف» and one of «ب»/«ل» before it."""
    norm = word.norm.lstrip("وف")
    if norm.startswith("ال"):
        return False
    return _act_noun(norm) or (norm[:1] in {"ب", "ل"} and not norm[1:].startswith("ال")
                               and _act_noun(norm[1:]))


def act_owner(context: Extraction, words: list[Word], candidate: Candidate, kind: str) -> bool:
    """Whether the named object ``candidate`` stands in construct right after an act's
    indefinite verbal noun («تقسيم العراق»), so that it is the act's patient or doer, not
    the thing the stance is toward."""
    if kind not in _REFUSALS or candidate.source != "mention":
        return False
    head = construct_head(context, words, candidate)
    return head is not None and _indefinite_act(head)
