"""Stance on unseen news, round 7: objects kg found no way to read. A chain of indefinite
nouns in iḍāfa («رفضت مصر قرار مجلس إدارة الاتحاد»), the antecedent of a relative whose
verb carries the object's pronoun («الاتفاق الذي تعارضه إسرائيل»), the object past an
adjunct set off by commas after the subject's title («، في تصريح لـ«X»،»), past the comma
that closes the subject's apposition or a time word, past a quoted name that closes the
subject's title; and two holders: a titled person in the genitive of a verbal noun
(«انتقاد رئيس الوزراء X لـ ...») and an institution that opens the sentence before its
verb («مجلس محافظة بغداد يرفض»). Sentences written for the tests, each with the facts
that must be found and those that must not."""

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


# --- past the comma that closes the subject's apposition or a time word ------------------

def test_the_addressee_past_the_comma_after_a_name_in_apposition() -> None:
    doc = run("ودعا المتحدث باسم النادي، العقيد كريم سالم، المسافرين إلى التأكد من وثائقهم.")
    assert ("urges", "كريم سالم", "المسافرين") in stances(doc)


def test_the_object_past_a_time_word_in_commas() -> None:
    doc = run("ورفضت مصر، أمس، قرار مجلس إدارة الاتحاد.")
    assert ("rejects", "مصر", "قرار مجلس إدارة الاتحاد") in stances(doc)


def test_the_addressee_past_a_relative_clause_in_commas() -> None:
    doc = run("ودعا كريم سالم، الذي وصل أمس، المواطنين إلى الهدوء.")
    assert ("urges", "كريم سالم", "المواطنين") in stances(doc)


def test_a_name_in_apposition_with_only_the_demand_after_it() -> None:
    doc = run("ودعا المتحدث باسم النادي، كريم سالم، إلى الهدوء.")
    assert not objects(doc, "urges")


# --- a quoted name that closes the subject's title ---------------------------------------

def test_the_addressee_after_a_quoted_name_in_the_title() -> None:
    doc = run("ودعا كريم سالم مدير مؤسسة «صباح الخير» المبتعثين إلى العودة.")
    assert ("urges", "كريم سالم", "المبتعثين") in stances(doc)


def test_a_quoted_name_with_only_the_demand_after_it() -> None:
    doc = run("ودعا كريم سالم مدير مؤسسة «صباح الخير» إلى العودة.")
    assert not objects(doc, "urges")


# --- a titled person as the genitive of a verbal noun -------------------------------------

def test_the_person_after_a_title_in_the_genitive_holds_the_stance() -> None:
    doc = run("وأثار انتقاد رئيس الوزراء الروسي كريم سالم لمصر جدلا واسعا.")
    assert ("criticizes", "كريم سالم", "مصر") in stances(doc)


def test_a_titled_person_with_nothing_after_him_holds_nothing() -> None:
    doc = run("وأكد الوزير دعم رئيس الوزراء الروسي كريم سالم في الانتخابات.")
    assert "كريم سالم" not in {s for _, s, _ in stances(doc)}


# --- an institution that opens the sentence before its verb ------------------------------

def test_an_institution_before_its_verb_holds_the_stance() -> None:
    doc = run("مجلس محافظة بغداد يرفض قرار الحكومة الأخير.")
    assert ("rejects", "مجلس محافظة بغداد", "قرار الحكومة الأخير") in stances(doc)


def test_an_institution_after_that_before_its_verb() -> None:
    doc = run("وقال الوزير إن مجلس محافظة بغداد يرفض قرار الحكومة.")
    assert "مجلس محافظة بغداد" in {s for k, s, _ in stances(doc) if k == "rejects"}


def test_an_institution_whose_verb_does_not_agree_holds_nothing() -> None:
    doc = run("وزارة الخارجية المصرية يرفض روسيا.")
    assert not stances(doc)


def test_an_indefinite_court_by_its_nisba_names_no_body() -> None:
    doc = run("محكمة مصرية ترفض طلب المحامين الثلاثة.")
    assert not stances(doc)


def test_an_institution_inside_a_prepositional_phrase_holds_nothing() -> None:
    doc = run("في اجتماع مجلس محافظة بغداد يرفض الأعضاء القرار.")
    assert not stances(doc)


# --- past a relative clause on the subject -----------------------------------------------

def test_the_object_past_a_relative_clause_that_ends_with_a_place() -> None:
    doc = run("واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في بغداد الحكومة بعرقلة الصادرات.")
    assert ("criticizes", "المؤسسة الوطنية للنفط", "الحكومة") in stances(doc)


def test_a_named_object_past_a_relative_clause() -> None:
    doc = run("واتهم كريم سالم الذي زار بغداد روسيا بالتدخل.")
    assert ("criticizes", "كريم سالم", "روسيا") in stances(doc)


def test_the_addressee_past_a_relative_clause_and_a_time_word() -> None:
    doc = run("ودعا كريم سالم الذي وصل إلى بغداد أمس المواطنين إلى الهدوء.")
    assert ("urges", "كريم سالم", "المواطنين") in stances(doc)


def test_a_definite_noun_after_a_noun_of_the_clause_is_its_genitive() -> None:
    doc = run("واتهم كريم سالم الذي يرأس الحزب الحكومة بالتقصير.")
    assert not objects(doc, "criticizes")


def test_the_object_of_the_relative_clause_is_not_the_stance_object() -> None:
    doc = run("ودعا كريم سالم الذي يرأس الأهلي بالتحرك.")
    assert not objects(doc, "urges")


def test_a_relative_clause_with_only_the_demand_after_it() -> None:
    doc = run("ودعا كريم سالم الذي زار بغداد إلى الهدوء.")
    assert not objects(doc, "urges")
