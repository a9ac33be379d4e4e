"""A person's honorific inside a tagged body's name ends the body's name there.

Gulf news names a speaker after her workplace: «عضو هيئة التدريس بجامعة الملك عبدالعزيز
الدكتورة الهاشمي», «مدير عام الشؤون الصحية بمنطقة جازان الدكتور محمد الشهري». The tagger,
seeing a long name, often runs the body on over the honorific and the person: one
Organization «جامعة الملك عبدالعزيز الدكتورة الهاشمي», a wrong entity, and the statement
the speaker makes right after has no holder. An academic, civil or military honorific
(«الدكتور», «المهندس», «الأستاذ», «السيد», «اللواء»: :data:`PERSON_HONORIFICS`) opens a
person's name, never continues a body's, once the body has a name of its own (two words
at least before it); :func:`honorific_cuts` ends the body before the honorific and makes
the one to three words after it, when they are bare name words, a person. Not the royal
and religious titles that name institutions («جامعة الملك عبدالعزيز», «مسجد الشيخ
زايد»), nor an honorific right after the head, which names the body after the person
(«مستشفى الدكتور سليمان الحبيب», «مسجد السيدة زينب»).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.index import name_key
from kg.gazetteer.person_words import is_bare, split_word
from kg.ner.conll import chunks

PERSON_HONORIFICS = frozenset(name_key(
    "الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة السيد السيدة اللواء العميد "
    "العقيد المقدم الرائد"))
"""Honorifics that open a person's name and never a body's (no royal or religious one)."""
_NAME_WORDS = 3
"""The longest person's name after the honorific made a person."""


def _honorific(word: str) -> bool:
    return split_word(word)[0] in PERSON_HONORIFICS


def honorific_cuts(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with each non-person name that has a person's honorific as its
    third word or later cut before it, and the bare words after the honorific (one to
    three, to the name's end) made a person (see the module docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind == "PERS":
            continue
        cut = next((index for index in range(start + 2, end) if _honorific(words[index])),
                   None)
        if cut is None:
            continue
        rest = range(cut + 1, end)
        result[cut] = "O"
        if 1 <= len(rest) <= _NAME_WORDS and all(
                is_bare(words[index]) and not _honorific(words[index]) for index in rest):
            for index in rest:
                result[index] = "B-PERS" if index == cut + 1 else "I-PERS"
        else:
            for index in rest:
                result[index] = "O"
    return result
