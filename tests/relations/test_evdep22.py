"""Verbs that move troops name a deployment or withdrawal only with troops as their object
(``kg.relations.event_troop_verbs``)."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args, event_labels
from tests.relations.docbuilder import E, build_doc

RUSSIA = E("Country", "روسيا", ("روسيا",))
TURKEY = E("Country", "تركيا", ("تركيا",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
SAUDI = E("Country", "السعودية", ("السعودية",))
TEHRAN = E("City", "طهران", ("طهران",))
ALEPPO = E("City", "حلب", ("حلب",))
GULF = E("Region", "الخليج", ("الخليج",))
ALL = [RUSSIA, TURKEY, USA, SAUDI, TEHRAN, ALEPPO, GULF]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_drawing_troops_out_is_a_withdrawal() -> None:
    doc = run("وسحبت روسيا قواتها من المنطقة الشهر الماضي.")
    assert event_args(doc, "Withdrawal") == [{("agent", "روسيا")}]


def test_spreading_troops_is_a_deployment() -> None:
    doc = run("ونشرت تركيا قوات على الحدود الجنوبية.")
    assert [("agent", "تركيا") in args for args in event_args(doc, "Deployment")] == [True]


def test_sending_reinforcements_is_a_deployment() -> None:
    doc = run("وأرسلت الولايات المتحدة تعزيزات إلى الخليج.")
    assert [("agent", "الولايات المتحدة") in args
            for args in event_args(doc, "Deployment")] == [True]


def test_pushing_reinforcements_is_a_deployment() -> None:
    doc = run("ودفع الجيش بتعزيزات عسكرية إلى حلب.")
    assert len(event_args(doc, "Deployment")) == 1


def test_a_troop_verb_has_a_lower_confidence_than_a_sure_verb() -> None:
    doc = run("وسحبت روسيا قواتها من المنطقة.")
    assert [e.evidence.confidence for e in doc.events] == [0.7]


def test_publishing_is_no_deployment() -> None:
    assert event_labels(run("ونشرت الصحيفة تقريرا مطولا عن الانتخابات.")) == []


def test_published_pictures_of_troops_are_no_deployment() -> None:
    assert event_labels(run("ونشرت وكالة الأنباء صور القوات في المدينة.")) == []


def test_drawing_confidence_or_an_ambassador_is_no_withdrawal() -> None:
    assert event_labels(run("وقرر البرلمان سحب الثقة من الحكومة.")) == []
    assert event_labels(run("وسحبت السعودية سفيرها من طهران.")) == []


def test_pulling_a_trigger_is_no_withdrawal() -> None:
    assert event_labels(run("وسحب المسلح الزناد ثم فر.")) == []


def test_a_letter_sent_to_troops_is_no_deployment() -> None:
    assert event_labels(run("وأرسل الرئيس رسالة إلى القوات المرابطة على الحدود.")) == []


def test_paying_soldiers_is_no_deployment() -> None:
    assert event_labels(run("ودفعت الحكومة رواتب الجنود المتأخرة.")) == []
    assert event_labels(run("ودفعت تركيا ثمن موقفها.")) == []


def test_an_accusative_troop_object_is_read() -> None:
    doc = run("ونشرت تركيا جنودا على الحدود.")
    assert len(event_args(doc, "Deployment")) == 1


def test_aircraft_carrying_aid_are_no_deployment() -> None:
    assert event_labels(run("وأرسلت السعودية طائرات تحمل مساعدات إنسانية إلى طهران.")) == []


def test_warships_sent_are_a_deployment() -> None:
    doc = run("وأرسلت تركيا قطعا بحرية إلى الخليج.")
    assert len(event_args(doc, "Deployment")) == 1


def test_plain_aircraft_or_evacuation_flights_are_no_deployment() -> None:
    assert event_labels(run("وأرسلت الشركة طائرات جديدة إلى الخليج.")) == []
    assert event_labels(run("وأرسلت تركيا طائرات حربية لإجلاء رعاياها من الخليج.")) == []
