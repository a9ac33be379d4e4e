"""Coordination, session 39 (``coordinatesWith``).

- the name quoted after its kind noun («وكانت مجموعة "X" قد أطلقت», «ونظمت شركة «X» حملة»)
  ends at its closing quotation mark: the mark is no clause boundary between the opening
  verb's subject and the adjunct of partnership that follows («بالتعاون مع Y»); a mark that
  closes another quotation still ends the clause;
- a partner conjoined behind the noun of its kind («بالتعاون مع X وشركة Y», «وجمعية «Y»»,
  «ومعرض Y التفاعلي») is a partner too; a place or a person after the kind noun is none;
- a second adjunct of partnership joined to a first by a glued «و» («أقامه X بشراكة مع Y،
  وبالتعاون مع Z») shares the first one's doer; not across a relative or a verb of saying,
  nor for a plan;
- «تعاون» spelled as the verb but followed by «بين» is the verbal noun («اتفاقية تعاون بين
  X و Y», «وهناك تعاون بين X و Y»): the pair after «بين» coordinates, never the subject of
  the clause («شهد سامي توقيع اتفاقية تعاون بين X و Y» is no cooperation of Sami's);
- «ليس» that denies a coordination only its being first or new («ليس التعاون الأول بين X
  و Y», «وليس التنسيق بين X و Y أمرا مستجدا») takes it as given: the pair coordinates;
  «ليس هناك تنسيق بين» and «ليس التنسيق ... قائما» still deny it.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
EMBASSY = E("GovernmentBody", "سفارة اليابان", ("سفارة اليابان",))
DAIRY = E("Organization", "نخلة", ("نخلة",))
CLUB = E("Organization", "نادي الطيران الشراعي", ("نادي الطيران الشراعي",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي", "الحربي"))
COUNCIL = E("Organization", "مجلس شباب المنطقة", ("مجلس شباب المنطقة",))
ABHA = E("City", "أبها", ("أبها",))
ENTITIES = [HEALTH, EMBASSY, DAIRY, CLUB, SAMI, COUNCIL, ABHA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


@pytest.mark.parametrize(("text", "pair"), [
    ('وكانت مجموعة "نخلة" قد أطلقت بالتعاون مع سفارة اليابان عددا من المبادرات الخيرية.',
     ("نخلة", "سفارة اليابان")),
    ("وكانت شركة «نخلة» قد نظمت بالتنسيق مع وزارة الصحة حملة للتبرع بالدم.",
     ("نخلة", "وزارة الصحة")),
    ("ونظمت جمعية «نخلة» معرضا للكتاب بالتعاون مع نادي الطيران الشراعي.",
     ("نخلة", "نادي الطيران الشراعي")),
])
def test_a_quoted_name_after_its_kind_ends_at_its_mark(text: str, pair: tuple[str, str]) -> None:
    assert coordination(run(text)) == {pair}


@pytest.mark.parametrize("text", [
    "وقال سامي الحربي «إن شركة نخلة» نظمت حملة بالتعاون مع وزارة الصحة.",
    'ونظمت شركة "نخلة» حملة بالتعاون مع وزارة الصحة.',
])
def test_a_mark_that_closes_another_quotation_still_ends_the_clause(text: str) -> None:
    assert ("نخلة", "وزارة الصحة") not in coordination(run(text))


@pytest.mark.parametrize(("text", "partners"), [
    ("ويقيم الملتقى مجلس شباب المنطقة بالتعاون مع وزارة الصحة ومعرض نخلة التفاعلي.",
     {"وزارة الصحة", "نخلة"}),
    ("ونظم مجلس شباب المنطقة الحفل بالتنسيق مع سفارة اليابان وشركة نخلة ونادي الطيران "
     "الشراعي.", {"سفارة اليابان", "نخلة", "نادي الطيران الشراعي"}),
    ("ونظم مجلس شباب المنطقة الحفل بالتعاون مع وزارة الصحة وجمعية «نخلة» الخيرية.",
     {"وزارة الصحة", "نخلة"}),
])
def test_a_partner_conjoined_behind_its_kind(text: str, partners: set[str]) -> None:
    assert coordination(run(text)) == {("مجلس شباب المنطقة", p) for p in partners}


@pytest.mark.parametrize("text", [
    "ونظم مجلس شباب المنطقة الحفل بالتعاون مع وزارة الصحة ومعرض أبها.",
    "ونظم مجلس شباب المنطقة الحفل بالتعاون مع وزارة الصحة وشركة سامي الحربي.",
    "ونظم مجلس شباب المنطقة الحفل بالتعاون مع وزارة الصحة، وشركة نخلة ترعى الجوائز.",
])
def test_no_partner_behind_a_kind_past_a_place_a_person_or_a_comma(text: str) -> None:
    assert coordination(run(text)) == {("مجلس شباب المنطقة", "وزارة الصحة")}


@pytest.mark.parametrize("text", [
    "جاء ذلك في الملتقى الذي أقامه مجلس شباب المنطقة بشراكة مع وزارة الصحة بأبها، "
    "وبالتعاون مع سفارة اليابان لمدة يومين.",
    "ونظم مجلس شباب المنطقة بالتعاون مع وزارة الصحة وبالتنسيق مع سفارة اليابان حملة للتوعية.",
])
def test_a_second_adjunct_shares_the_first_ones_doer(text: str) -> None:
    assert coordination(run(text)) == {("مجلس شباب المنطقة", "وزارة الصحة"),
                                       ("مجلس شباب المنطقة", "سفارة اليابان")}


@pytest.mark.parametrize("text", [
    "ونظم مجلس شباب المنطقة بالتعاون مع وزارة الصحة حملة، وأكد سامي الحربي أن الحملة "
    "ستتواصل وبالتنسيق مع سفارة اليابان.",
    "وسينظم مجلس شباب المنطقة بالتعاون مع وزارة الصحة، وبالتنسيق مع سفارة اليابان، حملة.",
])
def test_no_shared_doer_across_a_report_or_for_a_plan(text: str) -> None:
    assert ("مجلس شباب المنطقة", "سفارة اليابان") not in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وشهد سامي الحربي توقيع اتفاقية تعاون بين مجلس شباب المنطقة ووزارة الصحة.",
    "وقال سامي الحربي إن هناك تعاون كبير بين مجلس شباب المنطقة ووزارة الصحة.",
    "ورعى سامي الحربي توقيع مذكرة تعاون مشترك بين مجلس شباب المنطقة ووزارة الصحة.",
])
def test_cooperation_before_between_is_the_pairs(text: str) -> None:
    assert coordination(run(text)) in ({("مجلس شباب المنطقة", "وزارة الصحة")},
                                       {("وزارة الصحة", "مجلس شباب المنطقة")})


@pytest.mark.parametrize("text", [
    "وأكد سامي الحربي أهمية تعاون مشترك بين مجلس شباب المنطقة ووزارة الصحة.",
    "وشهد سامي الحربي توقيع اتفاقية تعاون بين مجلس شباب المنطقة في أبها وعدد من الجهات.",
])
def test_no_holder_for_cooperation_before_between_without_a_pair(text: str) -> None:
    assert "سامي الحربي" not in {s for s, _ in coordination(run(text))}
    assert ("مجلس شباب المنطقة", "وزارة الصحة") not in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وليس التنسيق بين مجلس شباب المنطقة ووزارة الصحة أمرا مستجدا.",
    "وقال سامي الحربي إن المعرض ليس التعاون الأول بين مجلس شباب المنطقة ووزارة الصحة.",
])
def test_not_the_first_coordination_is_one(text: str) -> None:
    assert coordination(run(text)) in ({("مجلس شباب المنطقة", "وزارة الصحة")},
                                       {("وزارة الصحة", "مجلس شباب المنطقة")})


@pytest.mark.parametrize("text", [
    "وليس هناك تنسيق بين مجلس شباب المنطقة ووزارة الصحة، والمعرض الأول تأجل.",
    "وليس التنسيق بين مجلس شباب المنطقة ووزارة الصحة قائما.",
])
def test_a_coordination_denied_still_gives_nothing(text: str) -> None:
    assert coordination(run(text)) == set()
