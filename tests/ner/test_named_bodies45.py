"""Bodies whose names the field reader of kg.ner.bodies cut or missed: a nisba joined to a
nisba («وزارة الشؤون البلدية والقروية»), a ministry of a short field («وزارة الحج»), a
society's people and their participle («جمعية الأطفال المعوقين»,
kg.ner.described_people). Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.conjoined_fields import conjoined_nisba, nisba_ending
from kg.ner.described_people import described_people
from kg.pipeline import Pipeline
from tests.ner.conftest import body_names


def _bodies(pipeline: Pipeline, text: str) -> list[str]:
    return body_names(pipeline(Document(id="t", text=text)))


@pytest.mark.parametrize(("text", "body"), [
    ("وأصدرت وزارة الشؤون البلدية والقروية تعميما للأمانات.",
     "وزارة الشؤون البلدية والقروية"),
    ("ونسقت الأمانة مع وزارة الشؤون البلدية والقروية في المشروع.",
     "وزارة الشؤون البلدية والقروية"),
    ("وتعمل وزارة الشؤون الصناعية والتجارية على خطة جديدة.",
     "وزارة الشؤون الصناعية والتجارية"),
    ("وأعلنت وزارة الحج عن مواعيد قدوم الحجاج.", "وزارة الحج"),
    ("وأصدرت الجوازات بالتعاون مع وزارة الحج تأشيرات الموسم.", "وزارة الحج"),
    ("ونظمت جمعية الأطفال المعوقين يوما مفتوحا في جدة.", "جمعية الأطفال المعوقين"),
    ("ووزعت جمعية الأيتام المكفوفين الهدايا على الطلاب.", "جمعية الأيتام المكفوفين"),
])
def test_named_body(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(pipeline, text)


@pytest.mark.parametrize(("text", "body"), [
    # another body after «و», not a second adjective
    ("ونسقت وزارة الشؤون الاجتماعية والجمعية الخيرية برنامج العيد.", "وزارة الشؤون الاجتماعية"),
    # a noun after «و»: another party
    ("وزار وفد وزارة الشؤون البلدية والقرى المتضررة.", "وزارة الشؤون البلدية"),
    # the verb's object after the society: an active participle
    ("وكرمت جمعية الأيتام المتطوعين في حفلها السنوي.", "جمعية الأيتام"),
    ("ودعت جمعية الأطفال المواطنين إلى التبرع.", "جمعية الأطفال"),
])
def test_name_stops(pipeline: Pipeline, text: str, body: str) -> None:
    bodies = _bodies(pipeline, text)
    assert body in bodies
    assert not any(found.startswith(body) and found != body for found in bodies)


@pytest.mark.parametrize("text", [
    "وقالت وزارة الآن إنها ستعلن النتائج.",  # a time word is no field
    "وأكد وكيل وزارة الحج أن الاستعدادات اكتملت.",  # the title's phrase stays whole
])
def test_no_short_ministry(pipeline: Pipeline, text: str) -> None:
    assert not any(body in ("وزارة الآن", "وزارة الحج") for body in _bodies(pipeline, text))


@pytest.mark.parametrize(("previous", "word", "joined"), [
    ("البلديه", "والقرويه", True),
    ("الصناعي", "والتجاري", True),
    ("البلديه", "والقري", False),
    ("البلديه", "والتجاري", False),
    ("الاجتماعيه", "والجمعيه", False),
    ("الشوون", "والقرويه", False),
])
def test_conjoined_nisba(previous: str, word: str, joined: bool) -> None:
    assert conjoined_nisba(previous, word) is joined


@pytest.mark.parametrize(("word", "ending"), [
    ("البلديه", "يه"), ("الصناعي", "ي"), ("العالميه", "يه"),
    ("بلديه", None), ("الوزاره", None), ("الوزراء", None),
])
def test_nisba_ending(word: str, ending: str | None) -> None:
    assert nisba_ending(word) == ending


@pytest.mark.parametrize(("field", "word", "described"), [
    ("الاطفال", "المعوقين", True),
    ("الاطفال", "المعاقين", True),
    ("الايتام", "المكفوفين", True),
    ("الاطفال", "المتطوعين", False),
    ("الاطفال", "المواطنين", False),
    ("البر", "المعوقين", False),
])
def test_described_people(field: str, word: str, described: bool) -> None:
    assert described_people(field, word) is described
