"""Service bodies of local news (kg.ner.local_bodies), on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bodies import body_mentions
from kg.pipeline import Pipeline
from tests.ner.conftest import body_names


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer"])


def _bodies(pipeline: Pipeline, text: str) -> list[str]:
    doc = body_mentions(pipeline(Document(id="t", text=text)))
    return body_names(doc)


@pytest.mark.parametrize(("text", "body"), [
    ("وصلت فرق الدفاع المدني إلى الموقع بعد دقائق.", "الدفاع المدني"),
    ("واستعان الأهالي بالدفاع المدني لإخراج العالقين.", "الدفاع المدني"),
    ("وقال المتحدث باسم مديرية الدفاع المدني بمنطقة الرياض إن الحريق انطفأ.",
     "مديرية الدفاع المدني بمنطقة الرياض"),
    ("وتلقت إدارة الدفاع المدني بمحافظة الخرج بلاغا مساء أمس.",
     "إدارة الدفاع المدني بمحافظة الخرج"),
    ("وأعلنت الشؤون الصحية بمنطقة الرياض افتتاح مركز جديد.", "الشؤون الصحية بمنطقة الرياض"),
    ("وأوضحت المديرية العامة للشئون الصحية بمنطقة الرياض أن العمل مستمر.",
     "المديرية العامة للشئون الصحية بمنطقة الرياض"),
    ("وناشدت المديرية العامة للجوازات المقيمين تجديد وثائقهم.", "المديرية العامة للجوازات"),
    ("وأعلنت المديرية العامة لحرس الحدود عن وظائف جديدة.", "المديرية العامة لحرس الحدود"),
])
def test_service_body(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(pipeline, text)


@pytest.mark.parametrize("text", [
    "وتناول الملتقى الشؤون الصحية والتعليمية للطلاب.",  # a common noun with no place
    "وسيطر المسلحون على مديرية التواهي في عدن.",  # a Yemeni district
    "وقصفت الطائرات مواقع في مديرية كتاف.",
])
def test_no_service_body(pipeline: Pipeline, text: str) -> None:
    assert _bodies(pipeline, text) == []


def test_site_adjective_and_glued_link(pipeline: Pipeline) -> None:
    bodies = _bodies(pipeline, "ويمكن زيارة موقع المديرية العامة للجوازات الإلكتروني للاطلاع.")
    assert bodies == ["المديرية العامة للجوازات"]
    assert _bodies(pipeline, "يرجى زيارة موقع المديرية العامة للجوازاتwww.gdp.gov.sa") == []


def test_name_after_field_is_not_cut(pipeline: Pipeline) -> None:
    assert _bodies(pipeline, "وأعلنت المديرية العامة لكلية الملك فهد الأمنية النتائج.") == []


def test_after_a_title_only_with_its_place(pipeline: Pipeline) -> None:
    assert _bodies(pipeline, "زار مدير إدارة الدفاع المدني بسكاكا العقيد سالم المرضى.") == []
    assert "مديرية الدفاع المدني بمنطقة الرياض" in _bodies(
        pipeline, "وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة الرياض أن الحريق انطفأ.")


@pytest.mark.parametrize(("text", "body"), [
    ("ونظمت لجنة التنمية الاجتماعية الأهلية حفلا للأيتام.", "لجنة التنمية الاجتماعية الأهلية"),
    ("وأقامت اللجنة الأهلية للتنمية الاجتماعية بمحافظة الخرج أمسية شعرية.",
     "اللجنة الأهلية للتنمية الاجتماعية بمحافظة الخرج"),
    ("ودعت إدارة التعليم بمنطقة الرياض المعلمين الجدد إلى المراجعة.",
     "إدارة التعليم بمنطقة الرياض"),
])
def test_committees_and_education(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(pipeline, text)


def test_education_sector_is_no_body(pipeline: Pipeline) -> None:
    assert _bodies(pipeline, "ودمجت بعض الدول إدارة التعليم العالي مع إدارة التعليم العام.") == []


@pytest.mark.parametrize(("text", "body"), [
    ("وتعمل الإدارة العامة للمرور على خطة جديدة.", "الإدارة العامة للمرور"),
    ("وأعلنت الإدارة العامة للعلاقات والإعلام عن حملة توعية.", "الإدارة العامة للعلاقات والإعلام"),
    ("وحددت الإدارة العامة للتعليم بمنطقة الرياض موعد المقابلات.",
     "الإدارة العامة للتعليم بمنطقة الرياض"),
])
def test_general_departments(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _bodies(pipeline, text)


def test_general_department_field_ends(pipeline: Pipeline) -> None:
    assert "الإدارة العامة للدفاع المدني" in _bodies(
        pipeline, "وانتقلت فرقة من الإدارة العامة للدفاع المدني إلى الموقع.")
    assert _bodies(pipeline, "وتعمل الإدارة العامة للمرور والتنسيق مع الجهات الأخرى.") == [
        "الإدارة العامة للمرور"]
