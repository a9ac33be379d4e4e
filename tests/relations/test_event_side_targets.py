"""The side whose posts are struck is the attack's target, also when it is a common noun
the name finder leaves untagged («مقرات النظام», «مواقع قوات النظام»), and «جيش النظام» is
the regime as a doer (session 22, ``kg.relations.event_side_targets``). Made-up sentences."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

SYRIA = E("Country", "سوريا", ("سوريا",), "Q858")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
FSA = E("ArmedGroup", "الجيش الحر", ("الجيش الحر",))
HAMA = E("City", "حماة", ("حماة",))
HOMS = E("City", "حمص", ("حمص",))
RIYADH = E("City", "الرياض", ("الرياض",))
ALL = [SYRIA, YEMEN, FSA, HAMA, HOMS, RIYADH]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_an_announced_strike_on_the_regime_posts_hits_the_regime() -> None:
    doc = run("أعلنت فصائل تابعة للجيش الحر عن استهداف مقرات النظام في ريف حماة بسوريا.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["النظام"]
    assert role(doc, event, "agent") == ["لجيش الحر"]


def test_the_posts_of_the_regime_forces_after_the_subject() -> None:
    doc = run("وقصف الجيش الحر مواقع قوات النظام في ريف حمص بسوريا.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["قوات النظام"]
    assert role(doc, event, "agent") == ["الجيش الحر"]


def test_the_regime_army_is_the_regime_as_a_doer() -> None:
    doc = run("وقتل جيش النظام خمسة من مقاتلي المعارضة في حمص بسوريا.")
    event = only(doc, "Killing")
    assert role(doc, event, "agent") == ["جيش النظام"]


def test_a_system_is_no_side() -> None:
    doc = run("واستهدف الجيش الحر مقرات النظام الأساسي في سوريا.")
    assert all(t != "النظام" for e in doc.events for t in role(doc, e, "target"))
    doc = run("انهار النظام الصحي في اليمن بعد الحرب.")
    assert not doc.events
    doc = run("رصد نظام ساهر مخالفات المرور في الرياض.")
    assert not doc.events


def test_without_a_country_the_regime_is_nobody() -> None:
    doc = run("وقصف الجيش الحر مواقع قوات النظام في ريف حمص.")
    assert all(t != "قوات النظام" for e in doc.events for t in role(doc, e, "target"))


def test_the_side_is_never_the_agent_of_its_own_strike() -> None:
    doc = run("وقصفت قوات النظام مواقع النظام السابق في حمص بسوريا.")
    for event in doc.events:
        assert not set(role(doc, event, "agent")) & set(role(doc, event, "target"))


def test_the_untagged_subject_is_no_target() -> None:
    doc = run("وفي سوريا استهدفت الفصائل المقاتلة مواقع قوات النظام في ريف حماة.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["قوات النظام"]


def test_the_regime_aircraft_are_no_target() -> None:
    doc = run("وفي سوريا أدى قصف طائرات النظام للمدينة إلى مقتل عشرة مدنيين.")
    assert all("النظام" not in t for e in doc.events for t in role(doc, e, "target"))
