"""Organisation and geography edges, session 40 (precision audit on unseen news).

- a continent or world region («أوروبا», «آسيا», «الشرق الأوسط») is never ``locatedIn`` a
  place named after it: «بطولة أبطال آسيا في الدوحة» names a competition held there;
- a place noun two words before a place mention, with a word that is no function word
  between («مدينة سانت بطرسبورغ بروسيا» read as «بطرسبورغ»), shows a name cut to its tail:
  no ``locatedIn`` for the tail; «مدينة غاو بولاية سيغو» still is one;
- a body whose span runs over a title's own adjective («وكيل وزارة الزراعة المساعد
  للشؤون الفنية» read with the body «وزارة الزراعة المساعد للشؤون الفنية») is no body of the
  position: no ``positionOf``; «وكيل وزارة الزراعة» still is.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

ASIA = E("Region", "آسيا", ("آسيا",))
EUROPE = E("Region", "أوروبا", ("أوروبا",))
QATAR = E("Country", "قطر", ("قطر",), "Q846")
DOHA = E("City", "الدوحة", ("الدوحة",))
BURG = E("City", "بطرسبورغ", ("بطرسبورغ",))
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
GAO = E("City", "غاو", ("غاو",))
SEGOU = E("Region", "سيغو", ("سيغو",))
AGRI = E("GovernmentBody", "وزارة الزراعة", ("وزارة الزراعة",))
AGRI_LONG = E("GovernmentBody", "وزارة الزراعة المساعد للشؤون الفنية",
              ("وزارة الزراعة المساعد للشؤون الفنية",))
FAHD = E("Person", "فهد العتيبي", ("فهد العتيبي",))
ALL = [ASIA, EUROPE, QATAR, DOHA, BURG, RUSSIA, GAO, SEGOU, FAHD]


def run(text: str, entities: list[E] = ALL) -> Document:
    return extract_relations(build_doc(text, entities))


@pytest.mark.parametrize("text", [
    "وتقام مباريات دوري أبطال آسيا في قطر الشهر المقبل.",
    "وتنطلق بطولة أوروبا في روسيا بعد عامين.",
    "وسحبت قرعة كأس آسيا في الدوحة أمس.",
])
def test_a_world_region_lies_in_no_place(text: str) -> None:
    assert pairs(run(text), "locatedIn") == set()


def test_a_city_in_its_country_still_lies_in_it() -> None:
    assert ("الدوحة", "قطر") in pairs(run("ووصل المنتخب إلى الدوحة في قطر أمس."), "locatedIn")


def test_a_name_cut_to_its_tail_lies_nowhere() -> None:
    assert pairs(run("وأقيمت البطولة في مدينة سانت بطرسبورغ بروسيا أمس."), "locatedIn") == set()


@pytest.mark.parametrize("text", [
    "وأقيمت البطولة في مدينة غاو بولاية سيغو أمس.",
    "وأقيمت البطولة في مدينة بطرسبورغ بروسيا أمس.",
])
def test_a_whole_name_after_its_place_noun_still_lies_in_the_larger_place(text: str) -> None:
    assert len(pairs(run(text), "locatedIn")) == 1


def test_a_body_that_swallowed_the_title_adjective_is_no_body_of_it() -> None:
    text = "وقال وكيل وزارة الزراعة المساعد للشؤون الفنية فهد العتيبي إن الموسم جيد."
    assert pairs(run(text, [AGRI_LONG, FAHD]), "positionOf") == set()


def test_a_body_named_before_the_title_adjective_keeps_its_position() -> None:
    text = "وقال وكيل وزارة الزراعة فهد العتيبي إن الموسم جيد."
    assert pairs(run(text, [AGRI, FAHD]), "positionOf") == {("وكيل", "وزارة الزراعة")}


IBRAHIM = E("Person", "إبراهيم", ("إبراهيم",))
QABUS = E("Person", "قابوس", ("قابوس",))
RIYADH_AMANA = E("GovernmentBody", "أمانة منطقة الرياض", ("أمانة منطقة الرياض",))


@pytest.mark.parametrize("text", [
    "وقال رئيس أمانة منطقة الرياض المهندس إبراهيم السلطان، إن العمل مستمر.",
    "وافتتح المعرض رئيس أمانة منطقة الرياض إبراهيم الشيخ.",
])
def test_a_name_cut_before_a_royal_family_name_gets_no_title(text: str) -> None:
    doc = run(text, [IBRAHIM, RIYADH_AMANA])
    assert pairs(doc, "leads") == set()
    assert pairs(doc, "holdsPosition") == set()


def test_a_royal_title_before_another_name_keeps_the_first_title() -> None:
    text = "وقال رئيس أمانة منطقة الرياض إبراهيم إن الوفد التقى السلطان قابوس."
    assert pairs(run(text, [IBRAHIM, QABUS, RIYADH_AMANA]), "leads") == {
        ("إبراهيم", "أمانة منطقة الرياض")}


NAKHIL = E("Organization", "النخيل", ("النخيل",))
SALIM = E("Person", "سالم الدوسري", ("سالم الدوسري",))


@pytest.mark.parametrize("text", [
    "وقال سالم الدوسري، مدير مركز «النخيل» للأبحاث، إن التجربة نجحت.",
    "وأكد سالم الدوسري مدير مستشفى «النخيل» أن التجربة نجحت.",
])
def test_a_kind_noun_before_a_quoted_name_is_the_bodys(text: str) -> None:
    doc = run(text, [NAKHIL, SALIM])
    assert pairs(doc, "holdsPosition") == {("سالم الدوسري", "مدير")}
    assert pairs(doc, "positionOf") == {("مدير", "النخيل")}


def test_a_unit_noun_before_an_unquoted_name_stays_in_the_title() -> None:
    doc = run("وقال سالم الدوسري، مدير مركز النخيل، إن التجربة نجحت.", [NAKHIL, SALIM])
    assert pairs(doc, "holdsPosition") == {("سالم الدوسري", "مدير مركز")}
