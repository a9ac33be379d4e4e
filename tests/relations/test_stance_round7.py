"""Stance on unseen news, round 7: objects kg found no way to read. A chain of indefinite
nouns in iḍāfa («رفضت مصر قرار مجلس إدارة الاتحاد»), the antecedent of a relative whose
verb carries the object's pronoun («الاتفاق الذي تعارضه إسرائيل»), and the object past
an adjunct set off by commas after the subject's title («، في تصريح لـ«X»،»). Sentences
written for the tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
BAGHDAD = E("City", "بغداد", ("بغداد",), "Q1530")
AHLY = E("Organization", "الأهلي", ("الأهلي",))
FEDERATION = E("Organization", "اتحاد الكرة", ("اتحاد الكرة",))
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, RUSSIA, ISRAEL, BAGHDAD, AHLY, FEDERATION, SALEM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def objects(doc: Document, kind: str) -> set[str]:
    return {o for k, _, o in stances(doc) if k == kind}


# --- a chain of indefinite nouns in iḍāfa -------------------------------------------------

def test_a_construct_closed_by_a_definite_noun_is_the_object() -> None:
    doc = run("ورفضت مصر قرار مجلس إدارة الاتحاد المحلي.")
    assert ("rejects", "مصر", "قرار مجلس إدارة الاتحاد") in stances(doc)


def test_a_construct_closed_by_a_name_is_the_whole_construct() -> None:
    doc = run("ورفض الأهلي قرار مجلس إدارة اتحاد الكرة بشأن المباراة.")
    assert ("rejects", "الأهلي", "قرار مجلس إدارة اتحاد الكرة") in stances(doc)


def test_a_construct_through_a_noun_that_opens_with_lam() -> None:
    doc = run("وانتقد كريم سالم أداء لاعبي فريق الأهلي.")
    assert ("criticizes", "كريم سالم", "أداء لاعبي فريق الأهلي") in stances(doc)


def test_a_construct_that_meets_a_verb_is_no_object() -> None:
    doc = run("ورفضت مصر قرارا يقضي بمنع السفر.")
    assert not objects(doc, "rejects")


def test_a_construct_that_never_closes_is_no_object() -> None:
    doc = run("ورفضت مصر طلب تأجيل مباراة.")
    assert not objects(doc, "rejects")


def test_a_construct_cut_by_a_preposition_is_no_object() -> None:
    doc = run("ورفض الأهلي قرار لجنة لإيقاف اللاعب.")
    assert not objects(doc, "rejects")


def test_a_construct_after_a_demand_of_an_appeal_is_no_addressee() -> None:
    doc = run("ودعا كريم سالم بسرعة إجراء تحقيق لجنة مستقلة في الحادث.")
    assert not objects(doc, "urges")


# --- the antecedent of a resumptive pronoun -----------------------------------------------

def test_the_antecedent_of_a_resumptive_verb_is_the_object() -> None:
    doc = run("ووقعت مصر على الاتفاق النووي الذي تعارضه إسرائيل.")
    assert ("opposes", "إسرائيل", "الاتفاق النووي") in stances(doc)


def test_a_feminine_antecedent_with_its_adjectives() -> None:
    doc = run("وانتقد كريم سالم الخطة الأمريكية الجديدة التي يدعمها الأهلي.")
    assert ("supports", "الأهلي", "الخطة الأمريكية الجديدة") in stances(doc)


def test_a_possessive_noun_after_a_relative_reads_as_a_verb() -> None:
    doc = run("وناقش البرلمان قرار مجلس الأمن الذي رفضه كريم سالم.")
    assert ("rejects", "كريم سالم", "قرار مجلس الأمن") in stances(doc)


def test_a_named_antecedent() -> None:
    doc = run("وتحدث الوزير عن مصر التي يدعمها الأهلي منذ سنوات.")
    assert ("supports", "الأهلي", "مصر") in stances(doc)


def test_a_construct_head_before_a_place_is_the_antecedent() -> None:
    doc = run("ويتمسك الوزير باتفاق بغداد الذي ترفضه روسيا.")
    assert ("rejects", "روسيا", "اتفاق بغداد") in stances(doc)
    assert "بغداد" not in objects(doc, "rejects")


def test_a_verb_before_the_antecedent_is_not_part_of_it() -> None:
    doc = run("وناقش المجلس الخطة التي ترفضها روسيا.")
    assert objects(doc, "rejects") == {"الخطة"}


def test_a_resumptive_pronoun_without_a_relative_has_no_object() -> None:
    doc = run("وقال كريم سالم إن روسيا تعارضه بشدة.")
    assert not objects(doc, "opposes")


def test_a_relative_of_the_other_gender_is_no_antecedent() -> None:
    doc = run("وناقش البرلمان الخطة التي يرفضه كريم سالم.")
    assert not objects(doc, "rejects")


# --- past an adjunct in commas after the subject's title ----------------------------------

def test_the_object_past_a_title_and_an_interview_in_commas() -> None:
    doc = run("واتهم كريم سالم، النائب في برلمان الإقليم عن الحزب الديمقراطي الكردستاني، "
              "في تصريح لـ«الأهرام»، روسيا بتحريك الأطراف.")
    assert ("criticizes", "كريم سالم", "روسيا") in stances(doc)


def test_the_object_past_a_title_and_an_occasion_in_commas() -> None:
    doc = run("واتهم كريم سالم، رئيس النادي، في مؤتمر صحافي أمس، روسيا بالتدخل.")
    assert ("criticizes", "كريم سالم", "روسيا") in stances(doc)


def test_an_adjunct_that_never_closes_leaves_no_object() -> None:
    doc = run("واتهم كريم سالم، رئيس النادي، في مؤتمر صحافي عقده في مصر أمس روسيا بالتدخل.")
    assert "مصر" not in objects(doc, "criticizes")
