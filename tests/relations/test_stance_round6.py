"""Stance on unseen news, round 6: an institution the NER missed as the holder («اتهمت
المؤسسة الوطنية للنفط ...»), the possessives of «إدانة» and «إشادة», a coordinated verb
whose object is a plural in «ـين» («، وناشد المواطنين»). Sentences written for the tests,
each with the facts that must be found and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stance_holders, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
BAGHDAD = E("City", "بغداد", ("بغداد",), "Q1530")
AHLY = E("Organization", "الأهلي", ("الأهلي",))
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, RUSSIA, BAGHDAD, AHLY, SALEM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- an institution the NER missed, after the verb ---------------------------------------

def test_an_institution_with_adjectives_after_a_feminine_verb_holds_the_stance() -> None:
    doc = run("واتهمت المؤسسة الوطنية للنفط روسيا بعرقلة الصادرات.")
    assert ("criticizes", "المؤسسة الوطنية للنفط", "روسيا") in stances(doc)


def test_an_institution_named_by_its_city_holds_the_stance() -> None:
    doc = run("وانتقد مجلس محافظة بغداد مصر في بيان صدر أمس.")
    assert ("criticizes", "مجلس محافظة بغداد", "مصر") in stances(doc)


def test_an_institution_with_a_genitive_and_a_nisba() -> None:
    doc = run("ورحبت وزارة الخارجية البحرينية بموقف مصر من الأزمة.")
    assert "وزارة الخارجية البحرينية" in stance_holders(doc, "welcomes")


def test_a_long_institution_before_a_stance_noun_holds_it_not_its_chairman() -> None:
    doc = run("أعلن مجلس إدارة النادي الأهلي برئاسة كريم سالم دعمه لمصر في الأزمة.")
    assert ("supports", "مجلس إدارة النادي الأهلي", "مصر") in stances(doc)
    assert "كريم سالم" not in stance_holders(doc, "supports")


def test_a_masculine_verb_before_a_ministry_has_it_for_object() -> None:
    doc = run("وانتقد وزارة الإسكان لتأخرها في تسليم الوحدات إلى مصر.")
    assert "وزارة الإسكان" not in stance_holders(doc, "criticizes")


def test_a_body_named_earlier_is_no_holder() -> None:
    doc = run("وثمنت إدارة النادي موقف مصر من اللاعبين.")
    assert not stance_holders(doc, "praises")


def test_a_bare_definite_head_is_no_holder() -> None:
    doc = run("ورحبت الوزارة بقرار روسيا الأخير.")
    assert not stance_holders(doc, "welcomes")


def test_an_institution_after_a_preposition_is_no_holder() -> None:
    doc = run("وأشاد كريم سالم بوزارة الصحة المصرية لجهودها.")
    assert not {h for h in stance_holders(doc, "praises") if "وزارة" in h}


# --- possessives of «إدانة» and «إشادة» ---------------------------------------------------

def test_a_possessive_of_condemnation_after_a_light_verb() -> None:
    doc = run("وأعربت مصر عن إدانتها الشديدة لتصريحات روسيا الأخيرة.")
    assert ("condemns", "مصر", "روسيا") in stances(doc)


def test_a_possessive_of_praise_after_a_light_verb() -> None:
    doc = run("وأبدى كريم سالم إشادته بمصر لدورها في الوساطة.")
    assert ("praises", "كريم سالم", "مصر") in stances(doc)


def test_a_negated_condemnation_has_negative_polarity() -> None:
    doc = extract_relations(build_doc("ولم تعلن مصر إدانتها لتصريحات روسيا.", ENTITIES))
    polarities = {r.polarity for r in doc.relations if r.kind == "condemns"}
    assert polarities <= {"negative"}


# --- a coordinated verb with its object right after it ----------------------------------

def test_a_coordinated_verb_before_a_plural_object_shares_the_subject() -> None:
    doc = run("دعا كريم سالم أمس إلى الحوار، وناشد المواطنين التزام الهدوء.")
    assert {o for k, s, o in stances(doc) if k == "urges" and s == "كريم سالم" and
            o.startswith("المواطنين")}


def test_a_plural_subject_in_una_is_not_the_previous_actor() -> None:
    doc = run("دعا كريم سالم أمس إلى الحوار، وطالب المتظاهرون روسيا بالانسحاب.")
    assert ("urges", "كريم سالم", "روسيا") not in stances(doc)


def test_declining_to_comment_is_still_no_stance() -> None:
    doc = run("ورفضت وزارة الخارجية المصرية التعليق على تصريحات روسيا.")
    assert not stance_holders(doc, "rejects")
