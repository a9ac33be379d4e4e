"""After a verb that takes a person as its object, two titles in a row are two people.

«استقبل وزير الثقافة رئيسَ الوزراء X»: the first title is the verb's subject (a minister
named only by his office), the second title and the name are its object. Case endings are
not written, so this reads exactly like two titles of one person in apposition («اجتمع وزير
الثقافة رئيس مجلس إدارة الهيئة X», where «اجتمع» takes no object). The rule: when the word
right before a preposed run of titles is a verb of receiving, meeting, greeting, honouring or
seeing off with a direct object (استقبل، التقى، قابل، زار، ودّع، هنّأ، كرّم، عزّى، شكر،
صافح، رافق), or of criticising, accusing, urging or threatening one (انتقد، هاجم، اتهم، دعا،
حث، ناشد، هدد), only the last title before the name is the person's.
"""
from __future__ import annotations

from kg.relations.index import Word

_STEMS = ("استقبل", "التقي", "التقت", "يلتقي", "تلتقي", "قابل", "يقابل", "تقابل", "زار", "يزور",
          "تزور", "ودع", "يودع", "تودع", "هنا", "يهني", "تهني", "يهنئ", "تهنئ", "هنات", "كرم",
          "يكرم", "تكرم",
          "عزي", "عزت", "يعزي", "تعزي", "شكر", "يشكر", "تشكر", "صافح", "يصافح", "تصافح",
          "رافق", "يرافق", "ترافق", "يستقبل", "تستقبل", "زارت", "استقبلت", "قابلت", "ودعت",
          "كرمت", "شكرت", "صافحت", "رافقت")
_STANCE_STEMS = ("انتقد", "انتقدت", "ينتقد", "تنتقد", "هاجم", "هاجمت", "يهاجم", "تهاجم", "اتهم",
                 "اتهمت", "يتهم", "تتهم", "دعا", "دعت", "يدعو", "تدعو", "حث", "حثت", "يحث",
                 "تحث", "ناشد", "ناشدت", "يناشد", "تناشد", "هدد", "هددت", "يهدد", "تهدد")
"""Verbs of a stance whose direct object is often a person («وانتقد السيناتور X الرئيس Y»:
the president is the one criticised, and his title is Y's)."""
OBJECT_VERBS = frozenset(_STEMS + _STANCE_STEMS)
"""Normalised past and present forms (alif maqṣūra and hamza normalised as ``Word.norm``)."""


def takes_person_object(word: Word) -> bool:
    """«واستقبل», «فالتقى», «يستقبل»: a verb whose object is a person, with «و/ف» or none."""
    norm = word.norm
    if norm in OBJECT_VERBS:
        return True
    return norm[:1] in {"و", "ف"} and norm[1:] in OBJECT_VERBS
