"""A bare force noun after a verb of striking is its subject; the object after it is the
target (session 22, ``kg.relations.event_force_subject``). Made-up sentences."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ISRAEL_FORCES = E("GovernmentBody", "القوات الإسرائيلية", ("القوات الإسرائيلية",))
ALL = [HOUTHIS, ISRAEL_FORCES]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_the_object_after_bare_aircraft_is_the_target() -> None:
    doc = run("وقصفت الطائرات سوق البلدة ظهر الأحد.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["سوق البلدة"]
    assert role(doc, event, "agent") == []


def test_adjectives_of_the_force_are_skipped() -> None:
    doc = run("واستهدف الطيران الحربي مبنى المحكمة في المدينة.")
    assert role(doc, only(doc, "Attack"), "target") == ["مبنى المحكمة"]


def test_a_less_sure_reading_than_a_named_doer() -> None:
    bare = run("وقصفت الطائرات سوق البلدة ظهر الأحد.")
    named = run("وقصف الحوثيون سوق البلدة ظهر الأحد.")
    assert only(bare, "Attack").evidence.confidence < only(named, "Attack").evidence.confidence


def test_no_skip_after_a_named_subject() -> None:
    doc = run("وقصفت القوات الإسرائيلية منزلا في البلدة.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["القوات الإسرائيلية"]


def test_an_instrument_after_the_force_is_no_target() -> None:
    doc = run("وقصفت الطائرات بالصواريخ أطراف البلدة.")
    assert role(doc, only(doc, "Attack"), "target") == []
