"""Bodies named by an institution noun, a genitive chain and a place or a country
(kg.ner.headed_bodies), on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.ner.conftest import body_names


def _bodies(pipeline: Pipeline, text: str) -> list[str]:
    return body_names(pipeline(Document(id="t", text=text)))


@pytest.mark.parametrize(("text", "body"), [
    ("وأطلق مجلس شباب منطقة جازان مبادرة لتنظيف الشواطئ.", "مجلس شباب منطقة جازان"),
    ("ويمول صندوق التنمية الزراعية السعودي مشاريع المزارعين.",
     "صندوق التنمية الزراعية السعودي"),
    ("واستضافت الغرفة التجارية الصناعية بجدة وفدا من المستثمرين.",
     "الغرفة التجارية الصناعية بجدة"),
    ("وأقام النادي الأدبي بالطائف ندوة عن الشعر.", "النادي الأدبي بالطائف"),
    ("وأصدرت سفارة المملكة في لندن تنبيها للمواطنين.", "سفارة المملكة في لندن"),
    ("وأعلنت السفارة الفرنسية في بيروت إغلاق أبوابها.", "السفارة الفرنسية في بيروت"),
    ("وناشدت سفارة الأردن بالقاهرة رعاياها الحذر.", "سفارة الأردن بالقاهرة"),
    ("وعقد ملتقى مثقفي منطقة تبوك جلسته الأولى.", "ملتقى مثقفي منطقة تبوك"),
    ("ووقعت غرفة الشرقية مذكرة تفاهم مع الجامعة.", "غرفة الشرقية"),
    ("ونظم المجلس البلدي بالدمام لقاء مع الأهالي.", "المجلس البلدي بالدمام"),
])
def test_headed_body(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(pipeline, text)


@pytest.mark.parametrize("text", [
    "وقال المجلس إن الجلسة المقبلة ستعقد قريبا.",  # a bare head refers
    "وأكدت اللجنة أن التحقيق مستمر.",
    "وشكلت لجنة التحقيق في ملابسات الحادث.",  # no anchor
    "وتتابع غرفة العمليات الموقف على مدار الساعة.",
    "وأقيم مجلس عزاء بالرياض لأسرة الفقيد.",  # an indefinite chain and «بـ»: a gathering
    "وفتحت صناديق الاقتراع أبوابها في مصر.",
    "وقال رئيس مجلس شباب منطقة جازان إن المبادرة نجحت.",  # the title's phrase stays whole
    "وتحدث الوفد في الغرفة الكبيرة بالفندق.",  # no listed adjective
    "وأعلنت السفارة أمس أن القنصلية مغلقة.",  # a bare embassy
    "وقال مجلس \"الشباب\" السعودي إنه سيشارك.",  # a quote ends the chain
])
def test_no_headed_body(pipeline: Pipeline, text: str) -> None:
    assert not any(body.startswith(("مجلس", "لجنة", "غرفة", "الغرفة", "السفارة", "صناديق",
                                    "المجلس", "اللجنة"))
                   for body in _bodies(pipeline, text))


def test_known_body_stays(pipeline: Pipeline) -> None:
    """A body the gazetteer or the country reading knows is not cut again."""
    doc = pipeline(Document(id="t", text="وحضر الجلسة مجلس الشورى بالرياض."))
    assert "مجلس الشورى بالرياض" not in [m.text for m in doc.mentions]
    bodies = _bodies(pipeline, "وعقد مجلس الوزراء السعودي جلسته.")
    assert bodies.count("مجلس الوزراء السعودي") == 1


@pytest.mark.parametrize("text", [
    "وقال أمين صندوق اتحاد أميركا الجنوبية إن الحسابات سليمة.",  # a treasurer
    "وتلقت غرفة العمليات بالدمام بلاغا عن الحريق.",  # an operations room
    "وقرر مجلس إدارة اتحاد الكرة المصري تأجيل المباراة.",  # a board
])
def test_room_box_board_is_no_body(pipeline: Pipeline, text: str) -> None:
    assert not any(body.startswith(("صندوق", "غرفة", "مجلس")) for body in _bodies(pipeline, text))


def test_place_after_division(pipeline: Pipeline) -> None:
    """«بمدينة» alone is no place: the body's place is the name after it."""
    bodies = _bodies(pipeline, "وقامت لجنة العمل التطوعي بمدينة الرياض بتوزيع الوجبات.")
    assert "لجنة العمل التطوعي بمدينة الرياض" in bodies


@pytest.mark.parametrize(("text", "body"), [
    ("وحذرت سلطة المياه من شح الإمدادات في الصيف.", "سلطة المياه"),
    ("وقالت سلطة الطيران المدني إن الرحلات مستمرة.", "سلطة الطيران المدني"),
    ("وأعلنت مصلحة الجمارك ضبط شحنة مهربة.", "مصلحة الجمارك"),
    ("وطورت مصلحة الجمارك العامة أنظمتها.", "مصلحة الجمارك العامة"),
    ("وأصدرت مصلحة الأحوال المدنية بطاقات جديدة.", "مصلحة الأحوال المدنية"),
])
def test_agency(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(pipeline, text)


@pytest.mark.parametrize("text", [
    "ولا أحد فوق سلطة القانون في البلاد.",  # power, not an agency
    "وقال إن مصلحة الوطن فوق كل اعتبار.",  # an interest
    "وتناول الضيوف سلطة الخضار مع الطعام.",  # a salad
])
def test_no_agency(pipeline: Pipeline, text: str) -> None:
    assert not any(body.startswith(("سلطة", "مصلحة")) for body in _bodies(pipeline, text))


@pytest.mark.parametrize("text", [
    "واجتمع الطرفان في غرفة فندقية بمدينة دبي لبحث الخلاف.",  # a hotel room
    "وتولى مجلس عسكري السلطة في العاصمة.",  # an indefinite adjective
])
def test_indefinite_adjective_is_no_chain(pipeline: Pipeline, text: str) -> None:
    assert not any(body.startswith(("غرفة", "مجلس")) for body in _bodies(pipeline, text))


def test_masdar_before_place(pipeline: Pipeline) -> None:
    """A noun in «ية» before its place is a chain («صندوق تنمية ...»)."""
    text = "وحقق المحققون في حسابات صندوق تنمية ماليزيا."
    assert "صندوق تنمية ماليزيا" in _bodies(pipeline, text)
