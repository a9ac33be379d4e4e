"""Coordination, session 28 (:mod:`kg.relations.stance_cooperation`).

- the charge of an accusation is not coordination: «اتهمت X Y بالتعاون مع Z», «بتهمة
  التنسيق مع Z» give no ``coordinatesWith``; cooperation asserted in a clause of its own
  still does, and so does a deed done to the accused («داهمت X منازل المتهمين ... بالتعاون
  مع Y»);
- joint work «بالاشتراك مع» is an adjunct of partnership; «الاشتراك في» (taking part) is not;
- the adjunct after verbs of working («تعمل», «تواصل», «أجرت»);
- the doubled adjunct «بالتعاون والتنسيق مع»;
- the organiser of a passive frame («بتنظيم من X وبالتعاون مع Y»); a patron is none;
- several partners after «مع» («مع X و Y», «مع كل من X و Y»); a place in the list is none;
- a signed memorandum of understanding («وقعت X مذكرة تفاهم مع Y»); one discussed, or not
  signed, is none;
- two named subjects of a verb of cooperation, joined by «و» («وتتعاون X و Y في»), with no
  partner after «مع».

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
EDUCATION = E("GovernmentBody", "وزارة التعليم", ("وزارة التعليم",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
KSU = E("Organization", "جامعة الملك سعود", ("جامعة الملك سعود",))
RED_CRESCENT = E("Organization", "الهلال الأحمر", ("الهلال الأحمر",))
SYRIA_GOV = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
NUSRA = E("Organization", "جبهة النصرة", ("جبهة النصرة",))
POLICE = E("GovernmentBody", "الشرطة التركية", ("الشرطة التركية",))
PKK = E("Organization", "حزب العمال الكردستاني", ("حزب العمال الكردستاني",))
OMAR = E("Person", "عمر الخطيب", ("عمر الخطيب",))
ENTITIES = [HEALTH, EDUCATION, INTERIOR, KSU, RED_CRESCENT, SYRIA_GOV, TURKEY, NUSRA, POLICE,
            PKK, OMAR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


@pytest.mark.parametrize("text", [
    "وتتهم الحكومة السورية تركيا بالتنسيق مع جبهة النصرة.",
    "واتهمت الحكومة السورية تركيا بالتعاون مع جبهة النصرة في إدلب.",
    "واعتقلت الشرطة التركية عمر الخطيب بتهمة التعاون مع حزب العمال الكردستاني.",
    "ونفت تركيا الاتهامات بالتنسيق مع جبهة النصرة.",
    "وأوقفت الشرطة التركية عمر الخطيب المتهم بالتعاون مع حزب العمال الكردستاني.",
])
def test_a_charge_of_cooperation_is_no_coordination(text: str) -> None:
    assert coordination(run(text)) == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("ونسقت وزارة الداخلية مع وزارة الصحة لنقل المصابين.", ("وزارة الداخلية", "وزارة الصحة")),
    ("وتتعاون تركيا مع الحكومة السورية في ملف المياه.", ("تركيا", "الحكومة السورية")),
    # the accused farther back is the one the deed was done to, not the charge
    ("وداهمت الشرطة التركية منازل المتهمين في إسطنبول بالتعاون مع وزارة الداخلية.",
     ("الشرطة التركية", "وزارة الداخلية")),
    ("وقال الوزير إن المتهمين نقلوا إلى السجن. ونظمت وزارة الصحة بالتعاون مع وزارة التعليم "
     "حملة للتوعية.", ("وزارة الصحة", "وزارة التعليم")),
])
def test_cooperation_outside_a_charge_is_kept(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


JOINT_AND_WORKING = [
    ("نفذت الهلال الأحمر بالاشتراك مع وزارة الداخلية تمرينا للإخلاء في الرياض.",
     ("الهلال الأحمر", "وزارة الداخلية")),
    ("ونظمت جامعة الملك سعود، وبالاشتراك مع وزارة الصحة، حملة للتبرع بالدم.",
     ("جامعة الملك سعود", "وزارة الصحة")),
    ("وتعمل وزارة الصحة بالتنسيق مع وزارة الداخلية على متابعة الحالات.",
     ("وزارة الصحة", "وزارة الداخلية")),
    ("وتواصل الهلال الأحمر بالتعاون مع وزارة الصحة تقديم الخدمات للحجاج.",
     ("الهلال الأحمر", "وزارة الصحة")),
    ("وأجرت جامعة الملك سعود بالتعاون مع وزارة التعليم دراسة عن السمنة.",
     ("جامعة الملك سعود", "وزارة التعليم")),
]


@pytest.mark.parametrize(("text", "pair"), JOINT_AND_WORKING)
def test_joint_work_and_verbs_of_working(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وقررت وزارة الصحة الاشتراك مع جامعة الملك سعود في المؤتمر.",
    "وأعلنت وزارة الصحة فتح باب الاشتراك في البرنامج مع جامعة الملك سعود.",
    "وأقيم المعرض في جامعة الملك سعود بالاشتراك مع وزارة الصحة.",
])
def test_no_joint_work_without_its_adjunct_and_doer(text: str) -> None:
    assert coordination(run(text)) == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("ونظمت جامعة الملك سعود بالتعاون والتنسيق مع وزارة الصحة حملة للتبرع بالدم.",
     ("جامعة الملك سعود", "وزارة الصحة")),
    ("ونفذت وزارة الصحة بالتنسيق والتعاون مع وزارة الداخلية حملة تفتيشية.",
     ("وزارة الصحة", "وزارة الداخلية")),
    ("وأقيم المعرض بتنظيم من وزارة الصحة وبالتعاون والتنسيق مع جامعة الملك سعود.",
     ("وزارة الصحة", "جامعة الملك سعود")),
])
def test_the_doubled_adjunct(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


def test_a_second_noun_without_its_with_is_no_adjunct() -> None:
    assert coordination(run(
        "ونظمت جامعة الملك سعود بالتعاون والتنسيق حملة لوزارة الصحة.")) == set()


@pytest.mark.parametrize("text", [
    "وأقيم المعرض بتنظيم من وزارة الصحة وبالتعاون مع جامعة الملك سعود.",
    "ويقام الملتقى بتنظيم وزارة الصحة بالتعاون مع جامعة الملك سعود في الرياض.",
    "والمعرض من تنظيم وزارة الصحة بالتعاون مع جامعة الملك سعود.",
])
def test_the_organiser_of_a_passive_frame(text: str) -> None:
    assert ("وزارة الصحة", "جامعة الملك سعود") in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وأقيم المعرض برعاية وزارة الصحة وبالتعاون مع جامعة الملك سعود.",
    "وأقيم المعرض في وزارة الصحة بالتعاون مع جامعة الملك سعود.",
])
def test_a_patron_or_a_place_is_no_organiser(text: str) -> None:
    assert coordination(run(text)) == set()


@pytest.mark.parametrize(("text", "pairs"), [
    ("ونظمت جامعة الملك سعود بالتعاون مع وزارة الصحة والهلال الأحمر حملة للتبرع بالدم.",
     {("جامعة الملك سعود", "وزارة الصحة"), ("جامعة الملك سعود", "الهلال الأحمر")}),
    ("ونظمت جامعة الملك سعود بالتعاون مع كل من وزارة الصحة والهلال الأحمر حملة للتبرع.",
     {("جامعة الملك سعود", "وزارة الصحة"), ("جامعة الملك سعود", "الهلال الأحمر")}),
    ("ونظمت جامعة الملك سعود بالتعاون مع وزارة الصحة ووزارة التعليم ووزارة الداخلية حملة.",
     {("جامعة الملك سعود", "وزارة الصحة"), ("جامعة الملك سعود", "وزارة التعليم"),
      ("جامعة الملك سعود", "وزارة الداخلية")}),
])
def test_several_partners(text: str, pairs: set[tuple[str, str]]) -> None:
    assert coordination(run(text)) == pairs


RIYADH = E("City", "الرياض", ("الرياض",), "Q3692")


def test_a_place_in_the_list_is_no_partner() -> None:
    doc = extract_relations(build_doc(
        "ونظمت جامعة الملك سعود بالتعاون مع وزارة الصحة والرياض حملة.", [*ENTITIES, RIYADH]))
    assert coordination(doc) == {("جامعة الملك سعود", "وزارة الصحة")}


@pytest.mark.parametrize(("text", "pair"), [
    ("وقعت وزارة التعليم مذكرة تفاهم مع جامعة الملك سعود لتطوير المناهج.",
     ("وزارة التعليم", "جامعة الملك سعود")),
    ("ووقعت وزارة الصحة ووزارة التعليم مذكرة تفاهم لتأهيل الكوادر.",
     ("وزارة الصحة", "وزارة التعليم")),
    ("ووقعت وزارة الصحة مع وزارة التعليم مذكرة تفاهم لتأهيل الكوادر.",
     ("وزارة الصحة", "وزارة التعليم")),
])
def test_a_signed_memorandum(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text)) or pair[::-1] in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وبحث وزير الصحة مع وزارة التعليم مذكرة تفاهم بين الوزارتين.",
    "ولم توقع وزارة الصحة مذكرة تفاهم مع وزارة التعليم.",
    "وتنص مذكرة تفاهم مع وزارة التعليم على تدريب المعلمين.",
    "وناقش الطرفان مشروع مذكرة تفاهم بين وزارة الصحة ووزارة التعليم.",
    "وأكدت وزارة الصحة أهمية التفاهم مع وزارة التعليم.",
])
def test_no_memorandum_signed(text: str) -> None:
    assert coordination(run(text)) == set()


@pytest.mark.parametrize(("text", "pairs"), [
    ("وتتعاون الحكومة السورية وتركيا في ملف المياه.", {("الحكومة السورية", "تركيا")}),
    ("ونسقت وزارة الداخلية ووزارة الصحة لنقل المصابين إلى المستشفيات.",
     {("وزارة الداخلية", "وزارة الصحة")}),
    ("وتتعاون الحكومة السورية وتركيا مع الهلال الأحمر في إغاثة النازحين.",
     {("الحكومة السورية", "الهلال الأحمر"), ("تركيا", "الهلال الأحمر")}),
])
def test_two_subjects_of_a_verb_of_cooperation(text: str, pairs: set[tuple[str, str]]) -> None:
    assert coordination(run(text)) == pairs


@pytest.mark.parametrize("text", [
    "وتتعاون الحكومة السورية في ملف المياه وتركيا في ملف الطاقة.",
    "وتتعاون الحكومة السورية، وتركيا تراقب، في ملف المياه.",
])
def test_no_pair_of_subjects_apart(text: str) -> None:
    assert ("الحكومة السورية", "تركيا") not in coordination(run(text))
