"""Coordination and support, session 34.

- a definite verbal noun after the factual «أنّ» is no subjunctive verb: «قال إن التعاون
  بين X و Y مستمر» is asserted (:mod:`kg.relations.stance_subjunctive`); «أن تتعاون X مع Y»
  stays a wish;
- «بين X و Y» after a coordination noun with one or two adjectives of its definiteness
  («تنسيق يومي وشامل بين», «بالتنسيق القائم بين»), the indefinite accusative «تنسيقا بين»,
  the pair joined by «مع» («بين X مع Y»), a bare word of existence («وجود تنسيق بين»), and
  «إلى» after a verb of pointing out («أشار إلى التعاون القائم بين»);
  a coordination denied, wanted or discussed gives nothing, nor «تنسيقا» without «بين»
  (:mod:`kg.relations.stance_pairs`);
- a partner behind the branches of its body («مع فروع وزارة X»: the ministry), as behind its
  administration (:mod:`kg.relations.stance_partnerships`);
- two named subjects right before a dual verb of cooperation with no «مع» coordinate with
  each other («أن X و Y تنسقان في»), and the duals «تتعاونان», «تعاونتا» are read
  (:mod:`kg.relations.stance_cooperation`); not a genitive pair nor a negated verb;
- several named states listed before a singular feminine or plural verb all hold its
  stance («إن بريطانيا وألمانيا وفرنسا تؤيد X»); not a genitive list, a governed one, nor
  persons before a singular feminine verb (:mod:`kg.relations.stance_listed_holders`).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

OMAN = E("Country", "سلطنة عمان", ("سلطنة عمان", "عمان"), "Q842")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
KUWAIT = E("Country", "الكويت", ("الكويت",), "Q817")
SPAIN = E("Country", "إسبانيا", ("إسبانيا",), "Q29")
ITALY = E("Country", "إيطاليا", ("إيطاليا",), "Q38")
PORTUGAL = E("Country", "البرتغال", ("البرتغال",), "Q45")
LIBYA_GOV = E("GovernmentBody", "حكومة الوفاق", ("حكومة الوفاق",))
TRANSPORT = E("GovernmentBody", "وزارة النقل", ("وزارة النقل",))
WATER = E("GovernmentBody", "وزارة المياه", ("وزارة المياه",))
SAMIR = E("Person", "سمير الحداد", ("سمير الحداد",))
NADIA = E("Person", "نادية الكردي", ("نادية الكردي",))
ENTITIES = [OMAN, JORDAN, KUWAIT, SPAIN, ITALY, PORTUGAL, LIBYA_GOV, TRANSPORT, WATER, SAMIR,
            NADIA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(text: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in stances_of(run(text), "coordinatesWith")}


@pytest.mark.parametrize(("text", "pair"), [
    ("وقال سمير الحداد إن التعاون بين الأردن والكويت متواصل في كل المجالات.",
     ("الأردن", "الكويت")),
    ("وأوضحت نادية الكردي أن التعاون بين وزارة النقل ووزارة المياه يسير بشكل جيد.",
     ("وزارة النقل", "وزارة المياه")),
])
def test_definite_noun_after_that_is_asserted(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in coordination(text)


def test_subjunctive_verb_stays_a_wish() -> None:
    text = "وطالب سمير الحداد بأن تتعاون وزارة النقل مع وزارة المياه في المشروع."
    assert coordination(text) == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("وأكد المتحدث وجود تنسيق يومي وشامل بين وزارة النقل ووزارة المياه لإصلاح الطرق.",
     ("وزارة النقل", "وزارة المياه")),
    ("وأشاد سمير الحداد بالتنسيق القائم بين الأردن والكويت.", ("الأردن", "الكويت")),
    ("وأوضح أن هناك تنسيقا عاليا بين الأردن والكويت في ملف اللاجئين.", ("الأردن", "الكويت")),
    ("وقالت نادية الكردي إن ثمة تنسيقاً بين وزارة النقل ووزارة المياه في المشروع.",
     ("وزارة النقل", "وزارة المياه")),
    ("وذكر البيان أن هناك تنسيقا بين وزارة النقل مع وزارة المياه لإنجاز الطريق.",
     ("وزارة النقل", "وزارة المياه")),
    ("وجرى التنسيق الأمني بين الأردن مع الكويت لتأمين الحدود.", ("الأردن", "الكويت")),
    ("وأشار سمير الحداد إلى التعاون الوثيق بين الأردن والكويت.", ("الأردن", "الكويت")),
    ("مشيرا إلى التنسيق القائم بين وزارة النقل ووزارة المياه.", ("وزارة النقل", "وزارة المياه")),
])
def test_pair_after_between(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in coordination(text)


@pytest.mark.parametrize("text", [
    "وقال سمير الحداد إنه لم يكن هناك أي تنسيق بين الأردن والكويت.",
    "ونفت نادية الكردي وجود تنسيق بين وزارة النقل ووزارة المياه.",
    "ودعا سمير الحداد إلى تنسيق كامل بين الأردن والكويت.",
    "وبحث الوزيران سبل التعاون الثنائي بين الأردن والكويت.",
    "وأكدت نادية الكردي ضرورة التنسيق الكامل بين وزارة النقل ووزارة المياه.",
    "ودعت نادية الكردي إلى التعاون بين الأردن والكويت.",
    "وأشار سمير الحداد إلى أهمية التعاون بين الأردن والكويت.",
    # «تنسيقا» with no pair after «بين»: its holder is not read
    "ونفذت وزارة النقل الأعمال تنسيقا مع وزارة المياه.",
    # a definite genitive after an indefinite noun is no adjective
    "وطالب سمير الحداد بتنسيق الجهود بين الأردن والكويت.",
])
def test_no_pair_when_not_asserted(text: str) -> None:
    assert coordination(text) == set()


@pytest.mark.parametrize(("text", "holders"), [
    ("وقال سمير الحداد إن إسبانيا وإيطاليا والبرتغال تؤيد حكومة الوفاق.",
     {"إسبانيا", "إيطاليا", "البرتغال"}),
    ("إسبانيا وإيطاليا تدعم حكومة الوفاق في طرابلس.", {"إسبانيا", "إيطاليا"}),
    ("وأكدت نادية الكردي أن إسبانيا، وإيطاليا، والبرتغال تساند حكومة الوفاق.",
     {"إسبانيا", "إيطاليا", "البرتغال"}),
])
def test_listed_states_all_hold(text: str, holders: set[str]) -> None:
    supports = stances_of(run(text), "supports")
    assert {(holder, "حكومة الوفاق") for holder in holders} <= supports


@pytest.mark.parametrize("text", [
    # a genitive list: the ambassadors hold the stance, not their states
    "وقال إن سفراء إسبانيا وإيطاليا والبرتغال تؤيد حكومة الوفاق.",
    # governed by a preposition
    "وقال إن وفدا من إسبانيا وإيطاليا والبرتغال يؤيد حكومة الوفاق.",
])
def test_listed_states_not_heads_hold_nothing(text: str) -> None:
    holders = {s for s, _ in stances_of(run(text), "supports")}
    assert not holders & {"إسبانيا", "إيطاليا"}


def test_persons_before_a_singular_feminine_verb_hold_nothing() -> None:
    text = "وقال إن سمير الحداد ونادية الكردي تؤيد حكومة الوفاق."
    holders = {s for s, _ in stances_of(run(text), "supports")}
    assert "سمير الحداد" not in holders


@pytest.mark.parametrize(("text", "pair"), [
    ("وذكر المتحدث أن هناك تنسيقا بين وزارة النقل مع فروع وزارة المياه في كل المناطق.",
     ("وزارة النقل", "وزارة المياه")),
    ("ونظمت وزارة النقل بالتعاون مع فروع وزارة المياه حملة للتوعية.",
     ("وزارة النقل", "وزارة المياه")),
])
def test_partner_behind_its_branches(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in coordination(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("وأوضح سمير الحداد أن الأردن والكويت تنسقان في ملف اللاجئين.", ("الأردن", "الكويت")),
    ("الأردن والكويت تتعاونان في مكافحة التهريب.", ("الأردن", "الكويت")),
    ("وقالت نادية الكردي إن وزارة النقل ووزارة المياه تعاونتا في إنجاز الطريق.",
     ("وزارة النقل", "وزارة المياه")),
])
def test_two_subjects_before_a_dual_verb(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in coordination(text)


@pytest.mark.parametrize("text", [
    "وأوضح أن وزيري خارجية الأردن والكويت ينسقان في ملف اللاجئين.",
    "وأوضح سمير الحداد أن الأردن والكويت لا تنسقان في ملف اللاجئين.",
])
def test_no_pair_before_a_dual_verb(text: str) -> None:
    assert frozenset({"الأردن", "الكويت"}) not in coordination(text)
