"""A person's family name repeated alone in quotation marks after a verb (session 45).

Saudi papers name a person in full once and then by the family name in quotation marks:
«وشكر "السبيعي" ...», «ونوه «الرشيدان» ...». The marks are words of their own, so the
verb no longer stands right before the name (:mod:`kg.ner.quoted_surnames`,
:func:`kg.ner.cues.surnames_from_document`). Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.ner.cues import surnames_from_document
from kg.ner.quoted_surnames import quoted_slot, thanking_verb
from tests.ner.iob import persons, tagged


def _document(*sentences: tuple[str, dict[str, str]]) -> tuple[list[list[str]], list[list[str]]]:
    words, tags = zip(*(tagged(sentence, names) for sentence, names in sentences), strict=True)
    return list(words), list(tags)


def _found(*sentences: tuple[str, dict[str, str]]) -> list[list[str]]:
    words, tags = _document(*sentences)
    result = surnames_from_document(words, tags)
    return [persons(w, t) for w, t in zip(words, result, strict=True)]


@pytest.mark.parametrize(
    "sentence",
    [
        'وشكر " السبيعي " شركة الكهرباء على رعايتها .',
        "ونوه « السبيعي » بدعم الوزارة للمعرض .",
        "وأكد “ السبيعي ” أن المعرض ناجح .",
        "وطالب « السبيعي » البلدية بتوفير المواقف .",
        # a verb of thanks or urging, with no quotation marks
        "وحث السبيعي الطلاب على المشاركة .",
        "وشكر السبيعي الرعاة على دعمهم .",
    ],
)
def test_the_family_name_alone_in_quotes_is_the_person_again(sentence: str) -> None:
    found = _found(("وافتتح المدير ماجد السبيعي المعرض .", {"ماجد السبيعي": "PERS"}),
                   (sentence, {}))
    assert found[1] == ["السبيعي"]


def test_one_name_said_twice_is_one_owner() -> None:
    found = _found(
        ("وحضر المدير فهد الرشيدان الاجتماع .", {"فهد الرشيدان": "PERS"}),
        ("ثم تحدث المدير فهد الرشيدان عن الخطة .", {"فهد الرشيدان": "PERS"}),
        ('وأوضح " الرشيدان " أن الخطة جاهزة .', {}),
    )
    assert found[2] == ["الرشيدان"]


def test_two_names_ending_in_the_family_name_leave_the_quoted_one_alone() -> None:
    """«فهد بن سعود الرشيدان» and «فهد الرشيدان»: the linker would not join the bare name."""
    found = _found(
        ("وحضر المدير فهد بن سعود الرشيدان الاجتماع .", {"فهد بن سعود الرشيدان": "PERS"}),
        ("ثم تحدث المدير فهد الرشيدان عن الخطة .", {"فهد الرشيدان": "PERS"}),
        ('وأوضح " الرشيدان " أن الخطة جاهزة .', {}),
    )
    assert found[2] == []


def test_two_people_with_the_family_name_leave_the_quoted_one_alone() -> None:
    found = _found(
        ("وحضر العقيد ناصر الدوسري والعقيد سعد الدوسري الحفل .",
         {"ناصر الدوسري": "PERS", "سعد الدوسري": "PERS"}),
        ('وشكر " الدوسري " وزارة الداخلية على دعمها .', {}),
    )
    assert found[1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb or cue before the opening mark
        'ووصل " السبيعي " إلى المعرض .',
        'وفي " السبيعي " عرض جديد .',
        # the mark is not closed right after the word
        'وشكر " السبيعي الصغير " الرعاة .',
        # a word that is no family name of the document
        'وشكر " الحضور " الرعاة .',
    ],
)
def test_no_quoted_name_without_the_verb_the_marks_and_the_person(sentence: str) -> None:
    found = _found(("وافتتح المدير ماجد السبيعي المعرض .", {"ماجد السبيعي": "PERS"}),
                   (sentence, {}))
    assert found[1] == []


def test_a_quoted_word_stands_between_matching_marks() -> None:
    assert quoted_slot(["وشكر", "«", "السبيعي", "»"], 2)
    assert quoted_slot(["وشكر", '"', "السبيعي", '"'], 2)
    assert not quoted_slot(["وشكر", "«", "السبيعي", '"'], 2)
    assert not quoted_slot(["وشكر", "السبيعي"], 1)


def test_verbs_of_thanks_and_urging() -> None:
    assert thanking_verb("وشكر")
    assert thanking_verb("ونوهت")
    assert thanking_verb("فحث")
    assert not thanking_verb("الشكر")
    assert not thanking_verb("وقال")
