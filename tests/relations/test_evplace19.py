"""Event roles on unseen text, session 19 (evplace19): places in the agent and target roles.

- «في العاصمة الصومالية مقديشو»: a place noun and a nisba before a name make it where the
  deed happened, not what it hit;
- «مجزرة دار سعد», «معارك صلاح الدين»: a place misread as a person after a noun of massacre
  or battle is not the doer;
- «أن الجنود قُتلوا», «لقي الجنود الثلاثة حتفهم»: definite soldiers before a passive or «لقي»
  are the victims.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

KABUL = E("City", "كابل", ("كابل",))
ALEPPO = E("City", "حلب", ("حلب",))
AFGHAN = E("Country", "أفغانستان", ("أفغانستان",))
# places that NER misreads as persons
HOUSE = E("Person", "دار النعيم", ("دار النعيم",))
PROVINCE = E("Person", "نور الدين", ("نور الدين",))
OFFICER = E("Person", "خالد المنصوري", ("خالد المنصوري",))
ALL = [KABUL, ALEPPO, AFGHAN, HOUSE, PROVINCE, OFFICER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


@pytest.mark.parametrize("text", [
    "وهاجم انتحاري مبنى حكومياً في العاصمة الأفغانية كابل صباح اليوم.",
    "وقصفت طائرات مجهولة سوقاً شعبية في المدينة السورية حلب أمس.",
])
def test_a_place_behind_its_noun_and_nisba_is_no_target(text: str) -> None:
    doc = run(text)
    event = only(doc, "Attack")
    assert all(a.role != "target" or a.entity_id not in {KABUL.id, ALEPPO.id}
               for a in event.arguments)
    assert {a.entity_id for a in event.arguments if a.role == "location"} & {KABUL.id, ALEPPO.id}


def test_a_city_told_as_the_object_stays_the_target() -> None:
    doc = run("وقصفت الطائرات المدينة السورية حلب أمس.")
    assert role(doc, only(doc, "Attack"), "target") == ["حلب"]


@pytest.mark.parametrize(("text", "label"), [
    ("وندد الوزير بمجزرة دار النعيم التي راح ضحيتها عشرات المدنيين.", "Killing"),
    ("وتتواصل معارك نور الدين منذ أيام بين الجيش والمسلحين.", "MilitaryOperation"),
])
def test_a_place_read_as_a_person_after_a_battle_is_no_doer(text: str, label: str) -> None:
    doc = run(text)
    for event in doc.events:
        assert all(a.entity_id not in {HOUSE.id, PROVINCE.id} or a.role != "agent"
                   for a in event.arguments)


def test_a_person_who_commits_a_massacre_is_still_its_doer() -> None:
    doc = run("وارتكب خالد المنصوري مجزرة بحق المدنيين في القرية.")
    events = [e for e in doc.events if e.label == "Killing"]
    assert not events or all(a.entity_id == OFFICER.id for e in events
                             for a in e.arguments if a.role == "agent")


@pytest.mark.parametrize(("text", "victims"), [
    ("وقالت الشرطة إن الجنود قتلوا عندما انفجرت عبوة ناسفة قرب دوريتهم.", "الجنود"),
    ("وأكد المتحدث أن العسكريين الأربعة قتلوا في الكمين.", "العسكريين الأربعة"),
    ("ولقي الجنود الثلاثة حتفهم في الانفجار.", "الجنود الثلاثة"),
])
def test_definite_soldiers_before_a_passive_are_the_victims(text: str, victims: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Killing"), "target") == [victims]


def test_definite_soldiers_who_kill_are_not_the_victims() -> None:
    doc = run("وقال المتحدث إن الجنود قتلوا خمسة مسلحين في الاشتباك.")
    for event in doc.events:
        assert "الجنود" not in role(doc, event, "target")


def test_gunmen_before_a_passive_stay_unread() -> None:
    doc = run("وأضاف أن المسلحين قتلوا في الاشتباكات.")
    for event in doc.events:
        assert "المسلحين" not in role(doc, event, "target")


def test_a_place_behind_a_plain_noun_after_fi_is_no_target() -> None:
    doc = run("وقصفت طائرات مجهولة قرى أمامية في قطاع حلب أمس.")
    event = only(doc, "Attack")
    assert ALEPPO.id not in {a.entity_id for a in event.arguments if a.role == "target"}
    assert ALEPPO.id in {a.entity_id for a in event.arguments if a.role == "location"}


def test_a_city_after_a_noun_of_shelling_stays_its_target() -> None:
    doc = run("وقتل ثلاثة مدنيين في قصف حلب أمس.")
    attacks = [e for e in doc.events if e.label == "Attack"]
    assert attacks and role(doc, attacks[0], "target") == ["حلب"]


def test_a_place_behind_a_direction_and_its_noun_is_no_target() -> None:
    doc = run("وقال الشهود إن سيارة مفخخة انفجرت في سوق شعبي بوسط العاصمة كابل.")
    for event in doc.events:
        assert KABUL.id not in {a.entity_id for a in event.arguments if a.role == "target"}


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون قرية شمال مدينة حلب فجر اليوم.",
])
def test_a_place_noun_with_a_direction_after_it_is_the_target(text: str) -> None:
    doc = run(text)
    event = only(doc, "Attack")
    assert role(doc, event, "target") == ["قرية"]
    assert ALEPPO.id in {a.entity_id for a in event.arguments if a.role == "location"}


@pytest.mark.parametrize("text", [
    "واستهدف انتحاري فندقاً في العاصمة الأفغانية كابل صباح اليوم.",
    "واستهدف انتحاري فندق الصحافيين في كابل صباح اليوم.",
])
def test_a_hotel_keeps_its_own_first_letter(text: str) -> None:
    """«فندق»: its «ف» is no conjunction, so the hotel is the object and the target."""
    doc = run(text)
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["انتحاري"]
    assert role(doc, event, "target")[0].startswith("فندق")
