"""Who undergoes an attack («تعرّض X لهجوم») is never its doer; a tagged building name and a
definite place noun are read as the target (session 22, ``kg.relations.event_underwent``).
Made-up sentences."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

SANAA = E("City", "صنعاء", ("صنعاء",))
USA = E("Country", "الولايات المتحدة", ("الأمريكية",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
HOSPITAL = E("Organization", "مستشفى الثورة", ("مستشفى الثورة",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "ميليشيا الحوثي"))
ALL = [SANAA, USA, INTERIOR, HOSPITAL, HOUTHIS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_an_embassy_with_its_city_after_it_is_the_target() -> None:
    doc = run("وتعرضت السفارة الأمريكية في صنعاء أمس لهجوم بقذائف الهاون.")
    assert role(doc, only(doc, "Attack"), "target") == ["السفارة الأمريكية"]


def test_a_tagged_hospital_is_the_target() -> None:
    doc = run("وتعرض مستشفى الثورة لقصف من ميليشيا الحوثي.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["مستشفى الثورة"]
    assert role(doc, event, "agent") == ["ميليشيا الحوثي"]


def test_a_definite_town_noun_is_the_target() -> None:
    doc = run("وتعرضت المدينة أمس لقصف مدفعي عنيف.")
    assert role(doc, only(doc, "Attack"), "target") == ["المدينة"]


def test_a_ministry_that_underwent_an_attack_is_not_its_doer() -> None:
    doc = run("وتعرضت وزارة الداخلية لهجوم من النواب.")
    assert all(role(doc, e, "agent") == [] for e in doc.events)
    assert all(role(doc, e, "target") == [] for e in doc.events)


def test_a_building_governed_by_a_preposition_is_not_read() -> None:
    doc = run("وتعرض الحراس بالسفارة الأمريكية لهجوم.")
    assert all(role(doc, e, "target") == [] for e in doc.events)


ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))


def test_a_body_attacked_by_an_armed_group_is_the_target() -> None:
    doc = extract_relations(build_doc("وتعرض الجيش العراقي فجر اليوم لهجوم من تنظيم داعش.",
                                      [*ALL, ARMY, ISIS]))
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["الجيش العراقي"]
    assert role(doc, event, "agent") == ["تنظيم داعش"]


def test_a_body_attacked_by_another_body_is_not_read() -> None:
    doc = extract_relations(build_doc("وتعرضت وزارة الداخلية لهجوم من الجيش العراقي.",
                                      [*ALL, ARMY, ISIS]))
    assert all(role(doc, e, "target") == [] and role(doc, e, "agent") == [] for e in doc.events)
