"""Titles by appointment, session 43 (helper sp43); sentences written for the test.

A denied or rumoured appointment («نفت الوزارة صحة الأنباء عن تكليف X مديرا», «ونفى
المتحدث تعيين X», «شائعات عن تعيين X») gives no title
(:mod:`kg.relations.denied_appointments`); a reported one does, «وكالة الأنباء» too.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import pairs


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _titles(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return pairs(pipeline(Document(id="appointments43", text=text)), "holdsPosition")


@pytest.mark.parametrize(("text", "person"), [
    ("ونفت الإدارة صحة الأنباء عن تكليف ماجد القرني مديرا للتعليم في المحافظة.", "ماجد القرني"),
    ("وتناقلت حسابات في تويتر شائعات عن تعيين وليد الزهراني سفيرا في باريس.", "وليد الزهراني"),
    ("وكذبت الرئاسة على الفور اختيار فهد الدوسري رئيسا للجنة.", "فهد الدوسري"),
])
def test_denied_or_rumoured_appointment_gives_no_title(pipeline: Pipeline, text: str,
                                                       person: str) -> None:
    assert person not in {holder for holder, _ in _titles(pipeline, text)}


@pytest.mark.parametrize(("text", "fact"), [
    ("وأصدر الملك أمرا بتعيين وليد الزهراني سفيرا في باريس.", ("وليد الزهراني", "سفير")),
    ("وذكرت وكالة الأنباء الرسمية تعيين وليد الزهراني سفيرا في باريس.",
     ("وليد الزهراني", "سفير")),
    ("ونفت الوزارة ما تردد، وأعلنت تكليف ماجد القرني مديرا للمستشفى.",
     ("ماجد القرني", "مدير المستشفى")),
])
def test_reported_appointment_still_gives_the_title(pipeline: Pipeline, text: str,
                                                    fact: tuple[str, str]) -> None:
    assert fact in _titles(pipeline, text)


def test_denied_truth_of_reports_far_before(pipeline: Pipeline) -> None:
    text = ("نفى المتحدث الرسمي باسم الإدارة العامة للمرور في المنطقة الشرقية العقيد سامي "
            "الغامدي صحة ما نشرته بعض المواقع حول تكليف فهد الدوسري مديرا للمرور.")
    assert "فهد الدوسري" not in {holder for holder, _ in _titles(pipeline, text)}


def test_confirmed_truth_keeps_the_title(pipeline: Pipeline) -> None:
    text = "وأكدت الإدارة صحة ما نشرته بعض المواقع حول تكليف فهد الدوسري مديرا للمرور."
    assert ("فهد الدوسري", "مدير المرور") in _titles(pipeline, text)
