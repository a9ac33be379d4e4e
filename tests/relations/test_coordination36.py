"""Coordination, session 36 (``coordinatesWith``).

- a verb of cooperation whose stem ends in «اون» («تعاون», «يتعاون», «تتعاون») is a
  singular verb, not a plural in «ون»: the name a relative clause describes is its subject
  («X، الذي تعاون مع Y»); «نتعاون» stays the first person;
- the partner after «مع» described by a phrase and a country's adjective before the person's
  name («مع عالم الأحياء الصيني X») is the person, not the phrase;
- the adjunct of partnership after a comma («التي نظمتها X، بالتعاون مع Y») and after a verb
  of doing with an object pronoun («التي نظمتها X»);
- the partners conjoined to one named past its branch or administration («مع فرع وزارة الصحة
  ومجلس X»);
- the first of a pair after «بين» named with its kind and its name in quotation marks, or
  followed by its country's adjective («بين مجموعة «X» الفرنسية ومصر»);
- the doer named in a reported clause right after «أن» («أوضح X أن Z طرحت منافسة بالتنسيق
  مع Y»), not a future, a negated deed, nor a deed with another name between the verb and
  the adjunct.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.index_words import Word
from kg.relations.stance_verb_gender import verb_gender
from kg.text.normalize import normalize_key
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
FARMING = E("GovernmentBody", "وزارة الزراعة", ("وزارة الزراعة",))
MUNICIPALITY = E("GovernmentBody", "أمانة منطقة تبوك", ("أمانة منطقة تبوك",))
UNIVERSITY = E("Organization", "جامعة الملك خالد", ("جامعة الملك خالد",))
CLUB = E("Organization", "نادي الطيران الشراعي", ("نادي الطيران الشراعي",))
COUNCIL = E("Organization", "مجلس التنمية السياحية", ("مجلس التنمية السياحية",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي", "الحربي"))
CHEN = E("Person", "تشن مينغ", ("تشن مينغ",))
MAYA = E("Person", "مايا كلارك", ("مايا كلارك",))
FIRM = E("Organization", "ألستوم", ("ألستوم",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
FRANCE = E("Country", "فرنسا", ("فرنسا", "الفرنسية"), "Q142")
CHINA = E("Country", "الصين", ("الصين", "الصيني"), "Q148")
ENTITIES = [HEALTH, FARMING, MUNICIPALITY, UNIVERSITY, CLUB, COUNCIL, SAMI, CHEN, MAYA, CHINA,
            FIRM, EGYPT, FRANCE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


def _verb(form: str) -> Word:
    return Word(index=0, start=0, end=len(form), norm=normalize_key(form), sentence_index=0)


@pytest.mark.parametrize(("form", "gender"), [
    ("تعاون", "m"), ("وتعاون", "m"), ("يتعاون", "m"), ("تتعاون", "f"), ("تعاونت", "f"),
    ("يتعاونون", None), ("تعاونوا", None), ("نتعاون", None), ("يرفضون", None),
])
def test_the_gender_of_verbs_of_cooperation(form: str, gender: str | None) -> None:
    assert verb_gender(_verb(form)) == gender


@pytest.mark.parametrize(("text", "pair"), [
    ("وقال سامي الحربي، الذي تعاون مع تشن مينغ في البحث، إن النتائج مشجعة.",
     ("سامي الحربي", "تشن مينغ")),
    ("وأوضح سامي الحربي الذي يتعاون مع جامعة الملك خالد منذ سنوات أن الدراسة اكتملت.",
     ("سامي الحربي", "جامعة الملك خالد")),
])
def test_a_relative_clause_of_cooperation_describes_its_subject(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


def test_a_relative_clause_pointing_back_is_no_subject() -> None:
    assert ("تشن مينغ", "سامي الحربي") not in coordination(run(
        "وقال سامي الحربي إن تشن مينغ الذي تعاون معه كان باحثا بارزا."))


@pytest.mark.parametrize(("text", "pair"), [
    ("وقال سامي الحربي، الذي تعاون مع عالم الفلك الصيني تشن مينغ، إن المذنب سيقترب.",
     ("سامي الحربي", "تشن مينغ")),
    ("وتعاونت مايا كلارك مع الباحث الصيني تشن مينغ في التجربة.", ("مايا كلارك", "تشن مينغ")),
])
def test_a_partner_described_before_the_name_is_the_person(
        text: str, pair: tuple[str, str]) -> None:
    found = coordination(run(text))
    assert pair in found
    assert all(partner in {"تشن مينغ", "سامي الحربي", "مايا كلارك"} for _, partner in found)


def test_a_described_partner_with_no_name_after_it_stays_a_phrase() -> None:
    assert {partner for _, partner in coordination(run(
        "وتعاونت مايا كلارك مع الباحث الصيني في التجربة."))} != {"تشن مينغ"}


@pytest.mark.parametrize(("text", "pair"), [
    ("وحضر الأهالي الحفل الذي نظمته أمانة منطقة تبوك، بالتعاون مع نادي الطيران الشراعي.",
     ("أمانة منطقة تبوك", "نادي الطيران الشراعي")),
    ("وحلقت الطائرات في الاحتفالية التي نظمتها أمانة منطقة تبوك بالتعاون مع وزارة الصحة.",
     ("أمانة منطقة تبوك", "وزارة الصحة")),
    ("ونظمت جامعة الملك خالد، بالتعاون مع وزارة الصحة، حملة للتبرع بالدم.",
     ("جامعة الملك خالد", "وزارة الصحة")),
])
def test_the_adjunct_after_a_comma_and_an_object_pronoun(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


def test_a_place_before_the_comma_is_no_doer() -> None:
    assert coordination(run(
        "وأقيم الحفل في جامعة الملك خالد، بالتعاون مع وزارة الصحة.")) == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("وأوضح سامي الحربي أن أمانة منطقة تبوك طرحت منافسة لإنشاء سوق بالتنسيق مع وزارة "
     "الزراعة.", ("أمانة منطقة تبوك", "وزارة الزراعة")),
    ("وبين سامي الحربي أن الفرق باشرت العمل، كما أن جامعة الملك خالد نفذت البرنامج "
     "بالتعاون مع وزارة الصحة.", ("جامعة الملك خالد", "وزارة الصحة")),
])
def test_the_doer_named_after_an(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وقال سامي الحربي إن جامعة الملك خالد ستنفذ البرنامج بالتعاون مع وزارة الصحة.",
    "وقال سامي الحربي إن جامعة الملك خالد لم تنفذ البرنامج بالتعاون مع وزارة الصحة.",
    "وقال سامي الحربي إن جامعة الملك خالد نفذت برنامج أمانة منطقة تبوك بالتعاون مع وزارة "
    "الصحة.",
    "وقال سامي الحربي إن جامعة الملك خالد أشادت بالبرنامج المنفذ بالتعاون مع وزارة الصحة.",
])
def test_no_doer_after_an_for_a_plan_a_denial_or_another_name(text: str) -> None:
    assert ("جامعة الملك خالد", "وزارة الصحة") not in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وبين سامي الحربي أن جامعة الملك خالد تعاونت مع فرع وزارة الصحة ومجلس التنمية السياحية "
    "والشركة المنظمة لإنجاح الفعالية.",
    "ونظمت جامعة الملك خالد بالتعاون مع فرع وزارة الصحة ومجلس التنمية السياحية حملة للتوعية.",
])
def test_partners_joined_to_one_past_its_branch(text: str) -> None:
    assert {("جامعة الملك خالد", "وزارة الصحة"),
            ("جامعة الملك خالد", "مجلس التنمية السياحية")} <= coordination(run(text))


def test_a_place_after_the_branch_joins_no_partner() -> None:
    assert coordination(run(
        "ونظمت جامعة الملك خالد بالتعاون مع فرع وزارة الصحة في منطقة تبوك حملة للتوعية.")) == \
        {("جامعة الملك خالد", "وزارة الصحة")}


@pytest.mark.parametrize("text", [
    "وقال سامي الحربي إن العقد علامة فارقة في التعاون بين مجموعة «ألستوم» الفرنسية ومصر.",
    "وقال سامي الحربي إن العقد علامة فارقة في التعاون بين مجموعة «ألستوم» ومصر.",
    "وأشار سامي الحربي إلى التنسيق القائم بين ألستوم الفرنسية ومصر.",
])
def test_a_pair_past_quotation_marks_and_an_adjective(text: str) -> None:
    assert coordination(run(text)) in ({("ألستوم", "مصر")}, {("مصر", "ألستوم")})


@pytest.mark.parametrize("text", [
    "وأكد سامي الحربي أهمية التعاون بين مجموعة «ألستوم» الفرنسية ومصر.",
    "وأشار سامي الحربي إلى التنسيق بين ألستوم، ومصر.",
])
def test_no_pair_wanted_or_past_a_comma(text: str) -> None:
    assert coordination(run(text)) == set()
