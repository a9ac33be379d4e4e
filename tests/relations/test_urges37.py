"""Appeals and partnerships, session 37 (helper p2, urges37).

Rules tested:
- «وناشد X، جميع قائدي المركبات أخذ الحيطة»: the addressee after a comma that closes the
  subject's name, ended by a bare accusative demand of a closed list («أخذ», «ضرورة»,
  «سرعة», «عدم» ...), when it reads as a group or a tagged name; a title after the comma is
  the subject's apposition and gives nothing (kg.relations.stance_bare_demands);
- «وينظم الملتقى X بالتعاون مع Y»: the event organised between the verb of doing and its
  named subject (VOS) leaves X the one who works with Y; a body's noun there («أطلقت
  الشركة») does not (kg.relations.stance_partnerships);
- «أن X بالتعاون مع Y أصدرت ...», «وكانت X بالتعاون مع Y قد وزعت ...»: the actor named before
  its verb with the adjunct between them works with Y, when a verb of doing in the past or
  present follows the partners; a future, «قد» and a present (what may be), a negation or a
  noun there give nothing (kg.relations.stance_fronted_partners).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

FAHD = E("Person", "فهد السبيعي", ("فهد السبيعي", "السبيعي"))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
SOCIETY = E("Organization", "جمعية البر الخيرية", ("جمعية البر الخيرية",))
CLUB = E("Organization", "نادي الشباب الرياضي", ("نادي الشباب الرياضي",))
ENTITIES = [FAHD, HEALTH, SOCIETY, CLUB]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- an addressee after the subject's comma, then a bare demand ------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("وناشد السبيعي، جميع سائقي الشاحنات أخذ الحيطة عند عبور الأودية.", "جميع سائقي الشاحنات"),
    ("ودعا فهد السبيعي، المصطافين ضرورة الابتعاد عن مجاري السيول.", "المصطافين"),
    ("وطالب فهد السبيعي، وزارة الصحة سرعة افتتاح المستشفى الجديد.", "وزارة الصحة"),
    ("وحث فهد السبيعي، كافة أولياء الأمور عدم ترك الأطفال قرب المسابح.",
     "كافة أولياء الأمور"),
])
def test_a_bare_demand_ends_the_addressee_after_a_comma(text: str, target: str) -> None:
    assert ("فهد السبيعي", target) in stances_of(run(text), "urges")


@pytest.mark.parametrize("text", [
    # a title after the comma is the subject's own apposition, no one urged
    "وناشد فهد السبيعي، مدير الدفاع المدني ضرورة الابتعاد عن مجاري السيول.",
    "ودعا فهد السبيعي، المتحدث باسم الإدارة ضرورة الالتزام بالتعليمات.",
    # not an appeal: a verb of saying before the comma
    "وقال فهد السبيعي، المصطافين ضرورة الابتعاد عن مجاري السيول.",
])
def test_a_title_or_a_statement_gives_no_addressee(text: str) -> None:
    assert not stances_of(run(text), "urges")


# --- VOS: the event organised between the verb and its subject -------------------------------

@pytest.mark.parametrize(("text", "partners"), [
    ("وينظم الملتقى جمعية البر الخيرية بالتعاون مع وزارة الصحة.",
     {("جمعية البر الخيرية", "وزارة الصحة")}),
    ("ونظم المهرجان نادي الشباب الرياضي بالتعاون مع جمعية البر الخيرية ووزارة الصحة.",
     {("نادي الشباب الرياضي", "جمعية البر الخيرية"), ("نادي الشباب الرياضي", "وزارة الصحة")}),
    ("وتقيم الحملة جمعية البر الخيرية بالشراكة مع نادي الشباب الرياضي.",
     {("جمعية البر الخيرية", "نادي الشباب الرياضي")}),
])
def test_the_event_organised_may_stand_before_the_subject(
        text: str, partners: set[tuple[str, str]]) -> None:
    assert partners <= stances_of(run(text), "coordinatesWith")


@pytest.mark.parametrize("text", [
    # a verb that is no deed, or no verb at all before the event noun
    "وحضر الملتقى نادي الشباب الرياضي بالتعاون مع وزارة الصحة.",
    "وشهد المهرجان نادي الشباب الرياضي بالتعاون مع وزارة الصحة.",
    # a noun between the verb and the name that is not an event organised
    "ونظمت الوزارة نادي الشباب الرياضي بالتعاون مع جمعية البر الخيرية.",
])
def test_no_partner_without_a_deed_and_its_event(text: str) -> None:
    assert not stances_of(run(text), "coordinatesWith")


# --- the doer before its verb, the adjunct between them --------------------------------------

@pytest.mark.parametrize(("text", "partners"), [
    ("يذكر أن جمعية البر الخيرية بالتعاون مع وزارة الصحة وزعت ألف سلة غذائية.",
     {("جمعية البر الخيرية", "وزارة الصحة")}),
    ("وأوضح فهد السبيعي أن نادي الشباب الرياضي بالتعاون مع وزارة الصحة قد جهز عيادة متنقلة.",
     {("نادي الشباب الرياضي", "وزارة الصحة")}),
    ("جمعية البر الخيرية بالتعاون مع نادي الشباب الرياضي ووزارة الصحة تطلق حملة للتبرع بالدم.",
     {("جمعية البر الخيرية", "نادي الشباب الرياضي"), ("جمعية البر الخيرية", "وزارة الصحة")}),
    ("وكانت جمعية البر الخيرية بالتعاون مع وزارة الصحة قد نظمت حملة مماثلة.",
     {("جمعية البر الخيرية", "وزارة الصحة")}),
])
def test_a_fronted_doer_works_with_its_partners(text: str, partners: set[tuple[str, str]]) -> None:
    assert partners <= stances_of(run(text), "coordinatesWith")


@pytest.mark.parametrize("text", [
    # a future, what may be, a negation: no deed done
    "وأكد فهد السبيعي أن جمعية البر الخيرية بالتعاون مع وزارة الصحة ستطلق حملة للتبرع بالدم.",
    "وأكد فهد السبيعي أن جمعية البر الخيرية بالتعاون مع وزارة الصحة قد تطلق حملة للتبرع بالدم.",
    "وأكد فهد السبيعي أن جمعية البر الخيرية بالتعاون مع وزارة الصحة لم تطلق الحملة بعد.",
    # the name governed by a preposition, not opening its clause
    "وفي جمعية البر الخيرية بالتعاون مع وزارة الصحة تطلق حملة للتبرع بالدم.",
])
def test_no_deed_after_the_partners_gives_nothing(text: str) -> None:
    assert not stances_of(run(text), "coordinatesWith")
