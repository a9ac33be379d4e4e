"""A statement or a report right after a stance verb holds its author's stance: «وأدان
بيان لوزارة الخارجية ...», «وانتقد تقرير أخير لـ«هيومن رايتس ووتش» ...». A name that
opens with a «و» of its own («وحدات حماية الشعب») is no coordinated phrase. Sentences
written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

MINISTRY = E("GovernmentBody", "وزارة الخارجية", ("وزارة الخارجية",))
HRW = E("Organization", "هيومن رايتس ووتش", ("هيومن رايتس ووتش",))
UNITS = E("ArmedGroup", "وحدات حماية الشعب", ("وحدات حماية الشعب",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
ENTITIES = [MINISTRY, HRW, UNITS, UN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_statement_of_a_ministry() -> None:
    doc = run("وأدان بيان لوزارة الخارجية التفجير الذي استهدف السوق.")
    assert any(kind == "condemns" and subject == "وزارة الخارجية"
               for kind, subject, _ in stances(doc))


def test_a_recent_report_of_a_quoted_organisation() -> None:
    doc = run("وانتقد تقرير أخير لـ«هيومن رايتس ووتش» وحدات حماية الشعب لتجنيدها الأطفال.")
    assert ("criticizes", "هيومن رايتس ووتش", "وحدات حماية الشعب") in stances(doc)


def test_a_statement_issued_by() -> None:
    doc = run("ورحب بيان صادر عن الأمم المتحدة بالاتفاق الجديد.")
    assert any(kind == "welcomes" and subject == "الأمم المتحدة"
               for kind, subject, _ in stances(doc))


def test_a_report_with_no_named_author_holds_nothing() -> None:
    assert not stances(run("وانتقد تقرير صحافي وحدات حماية الشعب."))
