"""A body named again by the bare noun of its kind as a stance verb's subject, session 24:
«ودعت الوزارة المواطنين» after «وزارة الصحة» is the ministry's appeal; after two ministries,
or none, the noun names no one. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
EDUCATION = E("GovernmentBody", "وزارة التعليم", ("وزارة التعليم",))
KSU = E("Organization", "جامعة الملك سعود", ("جامعة الملك سعود",))
ENTITIES = [HEALTH, EDUCATION, KSU]


def urged_by(text: str) -> set[str]:
    doc = extract_relations(build_doc(text, ENTITIES))
    return {s for k, s, _ in stances(doc) if k == "urges"}


@pytest.mark.parametrize(("text", "subject"), [
    ("أعلنت وزارة الصحة نتائج الفحص الدوري. ودعت الوزارة المواطنين إلى أخذ اللقاح.",
     "وزارة الصحة"),
    ("نشرت جامعة الملك سعود أسماء المقبولين. وطالبت الجامعة الطلاب المقبولين بمراجعة مقرها.",
     "جامعة الملك سعود"),
])
def test_kind_noun_subject(text: str, subject: str) -> None:
    assert urged_by(text) == {subject}


@pytest.mark.parametrize("text", [
    # two ministries named before: «الوزارة» names no one
    "أعلنت وزارة الصحة ووزارة التعليم نتائج الفحص. ودعت الوزارة المواطنين إلى أخذ اللقاح.",
    # no ministry named before
    "ودعت الوزارة المواطنين إلى أخذ اللقاح قبل السفر.",
])
def test_kind_noun_names_no_one(text: str) -> None:
    assert not urged_by(text)


@pytest.mark.parametrize(("text", "subject"), [
    ("وأهابت وزارة الصحة بالمواطنين أخذ الحيطة والحذر أثناء موجة الحر.", "وزارة الصحة"),
    ("وأوضح أن جامعة الملك سعود تهيب بالطلاب الالتزام بمواعيد التسجيل.", "جامعة الملك سعود"),
])
def test_calling_upon(text: str, subject: str) -> None:
    """«أهاب بـ»: the addressee follows «ب»."""
    doc = extract_relations(build_doc(text, ENTITIES))
    assert {(s, o) for k, s, o in stances(doc) if k == "urges"} in (
        {(subject, "المواطنين")}, {(subject, "الطلاب")})


def test_calling_upon_needs_an_addressee() -> None:
    """«تهيب من»: apprehension, no one called upon."""
    assert not urged_by("وتهيب وزارة الصحة من مواجهة الأزمة وحدها.")
