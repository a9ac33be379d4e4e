"""Institutions the tagger missed, named by a head and an adjective that is no nisba:
«المديرية العامة للجوازات», «اللجنة العليا للانتخابات». Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")


def run(text: str) -> Document:
    return extract_relations(build_doc(text, [EGYPT]))


def test_a_general_directorate_calls_on_residents() -> None:
    doc = run("ودعت المديرية العامة للجوازات المقيمين إلى سرعة مراجعة مراكز الخدمة.")
    assert ("urges", "المديرية العامة للجوازات", "المقيمين") in stances(doc)


def test_a_high_committee_criticizes() -> None:
    doc = run("وانتقدت اللجنة العليا للانتخابات الأحزاب المعارضة في مصر.")
    assert any(kind == "criticizes" and subject == "اللجنة العليا للانتخابات"
               for kind, subject, _ in stances(doc))


def test_a_definite_head_alone_is_still_a_body_named_earlier() -> None:
    doc = run("وانتقدت اللجنة الأحزاب المعارضة في مصر.")
    assert not any(subject.startswith("اللجنة") for _, subject, _ in stances(doc))


GAZA = E("Region", "غزة", ("غزة",))


def test_a_states_agencies_speak_for_it() -> None:
    doc = extract_relations(build_doc("وأدانت الأجهزة الأمنية المصرية الهجوم على الكنيسة.",
                                      [EGYPT, E("Country", "مصر", ("المصرية",), "Q79")]))
    assert any(kind == "condemns" and subject == "مصر" for kind, subject, _ in stances(doc))


def test_where_the_accused_come_from_is_not_the_accused() -> None:
    doc = extract_relations(build_doc("واتهمت مصر مسلحين من غزة بالتسلل عبر الأنفاق.",
                                      [EGYPT, GAZA]))
    assert not any(obj == "غزة" for _, _, obj in stances(doc))


def test_a_body_named_with_a_lam_construct() -> None:
    doc = run("وانتقدت الجمعية الوطنية لحقوق الإنسان الحكومة بسبب الاعتقالات.")
    assert any(kind == "criticizes" and subject == "الجمعية الوطنية لحقوق الإنسان"
               for kind, subject, _ in stances(doc))
