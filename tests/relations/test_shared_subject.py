"""A stance verb after «، و» with no subject of its own shares the subject of the verb that
opens the sentence («ويكلف مجلس الأمن الوكالة ...، ويطالب إيران بـ ...»); a masculine
imperfect verb before a country whose name takes a feminine verb has that country as its
object («ويطالب إيران»), not its subject. Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

COUNCIL = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
AGENCY = E("InternationalOrganization", "الوكالة الدولية", ("الوكالة الدولية",))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
ENTITIES = [COUNCIL, AGENCY, IRAN, IRAQ]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_coordinated_verb_shares_the_opening_verbs_subject() -> None:
    doc = run("ويكلف مجلس الأمن الوكالة الدولية بمراقبة المنشآت، ويطالب إيران بالتعاون الكامل.")
    assert ("urges", "مجلس الأمن", "إيران") in stances(doc)


def test_verbs_of_another_gender_share_nothing() -> None:
    doc = run("ويكلف مجلس الأمن الوكالة الدولية بمراقبة المنشآت، وتطالب إيران بالتعاون الكامل.")
    assert not any(subject == "مجلس الأمن" for _, subject, _ in stances(doc))


def test_a_masculine_verb_before_a_feminine_country_makes_it_the_object() -> None:
    doc = run("ويطالب إيران بالإفراج عن المعتقلين.")
    assert not any(subject == "إيران" for _, subject, _ in stances(doc))


def test_a_masculine_country_is_still_the_subject() -> None:
    doc = run("ويطالب العراق الوكالة الدولية بالتحقيق.")
    assert ("urges", "العراق", "الوكالة الدولية") in stances(doc)


GREECE = E("Country", "اليونان", ("اليونان",), "Q41")
MAKARIOS = E("Person", "مكاريوس", ("مكاريوس",))


def test_a_verbs_object_pronoun_takes_no_name_after_it() -> None:
    doc = extract_relations(build_doc(
        "وبعد أيام من انقلاب دعمته اليونان وأطاح الرئيس مكاريوس تدخل الجيش.",
        [GREECE, MAKARIOS]))
    assert ("supports", "اليونان", "مكاريوس") not in stances(doc)


def test_a_relative_clause_still_gives_the_antecedent() -> None:
    doc = extract_relations(build_doc("وكان الاتفاق الذي تدعمه اليونان قد فشل.", [GREECE]))
    assert any(kind == "supports" and subject == "اليونان" for kind, subject, _ in stances(doc))
