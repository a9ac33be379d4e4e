"""Strike sides told around a strike noun (session 22, ``kg.relations.event_underwent``):
the place that «تعرّض لـ» an attack is its target, and an armed side that announces a
strike («أعلن الجيش استهداف ...») is its doer. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

IDLIB = E("City", "إدلب", ("إدلب",))
HOMS = E("City", "حمص", ("حمص",))
MARIB = E("City", "مأرب", ("مأرب",))
FSA = E("ArmedGroup", "الجيش الحر", ("الجيش الحر",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "ميليشيا الحوثي"))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
IRAQI_ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
MINISTER = E("Person", "سالم الراشد", ("سالم الراشد",))
ALL = [IDLIB, HOMS, MARIB, FSA, HOUTHIS, ISIS, IRAQI_ARMY, HEALTH, INTERIOR, MINISTER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def attacks(doc: Document) -> list[str]:
    return [doc.text[e.trigger_start:e.trigger_end] for e in doc.events if e.label == "Attack"]


def test_a_town_that_underwent_shelling_is_its_target() -> None:
    doc = run("وتعرضت مدينة حمص أمس لقصف مدفعي من الحوثيين.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["حمص"]
    assert role(doc, event, "agent") == ["الحوثيين"]


def test_a_building_that_underwent_an_attack_is_its_target() -> None:
    doc = run("وتعرض مبنى المحكمة في مأرب لهجوم بقذائف الهاون.")
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["مبنى المحكمة"]  # the city is its place
    assert role(doc, event, "agent") == []


def test_an_unnamed_camp_that_underwent_shelling_is_its_target() -> None:
    doc = run("وتعرض معسكر النصر لقصف عنيف مساء الخميس.")
    assert role(doc, only(doc, "Attack"), "target") == ["معسكر النصر"]


def test_the_side_read_by_a_construction_stands_below_a_direct_one() -> None:
    underwent = only(run("وتعرضت مدينة حمص لقصف من الحوثيين."), "Attack")
    direct = only(run("وقصف الحوثيون مدينة حمص."), "Attack")
    assert underwent.evidence.confidence < direct.evidence.confidence


@pytest.mark.parametrize("text", [
    "ولم تتعرض مدينة حمص لأي قصف خلال الهدنة.",  # negated
    "وقد تتعرض مدينة حمص لقصف إذا فشلت المفاوضات.",  # a possibility
    "وتعرض سالم الراشد لهجوم حاد من النواب في الجلسة.",  # a person attacked in words
])
def test_no_target_read_where_nothing_was_hit(text: str) -> None:
    doc = run(text)
    assert not any(a.role == "target" for e in doc.events for a in e.arguments)


def test_an_armed_side_that_announces_a_strike_did_it() -> None:
    doc = run("وأعلن الجيش الحر استهداف مواقع تنظيم داعش في إدلب.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["الجيش الحر"]


def test_an_announced_strike_behind_about() -> None:
    doc = run("وأعلن تنظيم داعش عن قصف مواقع الجيش العراقي.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["تنظيم داعش"]
    assert role(doc, event, "target") == ["الجيش العراقي"]


@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الصحة مقتل عشرة أشخاص في إدلب.",  # a death announced, not the ministry's deed
    "وأعلنت وزارة الداخلية عن قصف حوثي على مأرب.",  # the strike names its own doer
    "وأعلنت وزارة الداخلية استهداف الحوثيين مسجدا في مأرب.",  # the strike's subject
    "وأعلن الجيش الحر رفضه استهداف المدنيين في إدلب.",  # a word between: not the deed
])
def test_the_announcer_is_not_read_as_the_doer_of_another_deed(text: str) -> None:
    doc = run(text)
    assert not any(a.role == "agent" and doc.text[a.start:a.end] in {
        "وزارة الصحة", "وزارة الداخلية", "الجيش الحر"} for e in doc.events for a in e.arguments)


def test_a_name_among_the_wounded_is_no_target_of_the_killing() -> None:
    doc = run("وقال مصدر إن 20 جنديا من الجيش العراقي و9 مسلحين قتلوا وأصيب 15 بينهم 4 من "
              "تنظيم داعش.")
    killing = only(doc, "Killing")
    assert "تنظيم داعش" not in role(doc, killing, "target")


def test_the_killed_before_the_wounded_keep_their_target() -> None:
    doc = run("وقتل الحوثيون خمسة جنود وأصيب عشرة آخرون في مأرب.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["خمسة جنود"]
    assert role(doc, killing, "agent") == ["الحوثيون"]


@pytest.mark.parametrize("text", [
    "ولم تتمكن القوات العراقية من قتل قائد التنظيم في الموصل.",
    "ولن يستطيع المسلحون اقتحام مدينة حمص.",
])
def test_a_negated_success_names_no_deed(text: str) -> None:
    assert [e for e in run(text).events if e.label in {"Killing", "Attack",
                                                        "MilitaryOperation"}] == []


def test_a_success_still_names_the_deed() -> None:
    doc = run("وتمكنت القوات العراقية من قتل قائد التنظيم في الموصل.")
    assert [e.label for e in doc.events] == ["Killing"]


@pytest.mark.parametrize(("text", "target"), [
    ("وأطلق الحوثيون صواريخ كاتيوشا على الأحياء السكنية في مأرب.", "الأحياء"),
    ("وأطلق الحوثيون النار بكثافة على المتظاهرين في مأرب.", "المتظاهرين"),
])
def test_fire_with_its_kind_or_manner_before_on(text: str, target: str) -> None:
    doc = run(text)
    event = only(doc, "Attack")
    assert role(doc, event, "target") == [target]
    assert role(doc, event, "agent") == ["الحوثيون"]



@pytest.mark.parametrize(("text", "label", "agent"), [
    ("وقتل ثوار الجيش الحر خمسة من عناصر داعش في إدلب.", "Killing", "ثوار الجيش الحر"),
    ("وقتل مقاتلو المقاومة الشعبية عشرة من الحوثيين في مأرب.", "Killing",
     "مقاتلو المقاومة الشعبية"),
    ("وهاجم عناصر المقاومة الشعبية مواقع الحوثيين في مأرب.", "Attack",
     "عناصر المقاومة الشعبية"),
])
def test_fighters_of_a_movement_are_the_movement(text: str, label: str, agent: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, label), "agent") == [agent]


def test_units_of_a_side_that_announce_a_strike_are_the_side() -> None:
    doc = run("وأعلنت فصائل تابعة للجيش الحر عن قصف مواقع تنظيم داعش في إدلب.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "agent"] == [FSA.id]


def test_units_of_a_side_that_speak_do_not_strike() -> None:
    doc = run("وقالت فصائل تابعة للجيش الحر إن الطيران قصف مواقعها في إدلب.")
    assert not any(a.role == "agent" and a.entity_id == FSA.id
                   for e in doc.events for a in e.arguments)
