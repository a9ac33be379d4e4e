"""Stance precision rules of helper stprec29b, on sentences written for the tests: a stance
someone is asked to stop («ضرورة توقف X عن دعم») or stops («توقفت X عن دعم») is not
asserted; the one named after «أبلغ» before «احتجاجه» is the one told, not the holder; a
dateline place is no object; the middle of three names in a row is the rest of the holder's
name; a phrase object apposed to the holder's own name is no object."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
BRITAIN = E("Country", "بريطانيا", ("بريطانيا",), "Q145")
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
HAMAS = E("Organization", "حركة حماس", ("حركة حماس",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
MAJED = E("Person", "ماجد النادي", ("ماجد النادي",))
UNSC = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
BEIRUT = E("City", "بيروت", ("بيروت",), "Q3820")
LEBANON = E("Country", "لبنان", ("لبنان",), "Q822")
ENTITIES = [EGYPT, QATAR, BRITAIN, ISRAEL, HAMAS, SAMI, MAJED, UNSC, BEIRUT, LEBANON]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- «توقف/كف عن» ---------------------------------------------------------------------------


def test_a_stance_asked_to_stop_is_nobodys_stance() -> None:
    doc = run("كما أكد سامي الحربي على ضرورة توقف البريطانيين عن دعم حكومات تؤجج الحروب.")
    assert not {k for k, _, _ in stances(doc)} & {"supports"}


def test_a_country_asked_to_stop_backing_gives_the_speaker_no_stance() -> None:
    doc = run("كما أكد سامي الحربي على ضرورة توقف بريطانيا عن دعم الجماعات المسلحة في سوريا.")
    assert not {k for k, _, _ in stances(doc)} & {"supports"}


def test_a_stance_expressed_with_a_light_verb_is_kept() -> None:
    doc = run("وأكد سامي الحربي دعمه لحركة حماس في المنطقة.")
    assert ("supports", "سامي الحربي", "حركة حماس") in stances(doc)


# --- «أبلغ X احتجاجه»: X is the one told ---------------------------------------------------


def test_the_one_told_a_protest_does_not_hold_it() -> None:
    doc = run("وأعلن سامي الحربي انه أبلغ مجلس الأمن احتجاجه على الخرق الإسرائيلي للأجواء.")
    assert "مجلس الأمن" not in {s for _, s, _ in stances(doc)}


def test_the_second_name_after_informing_is_the_one_told() -> None:
    doc = run("وأبلغت مصر إسرائيل احتجاجها على الغارة.")
    assert {s for _, s, _ in stances(doc)} == {"مصر"}


def test_the_informer_before_a_told_one_after_the_noun_keeps_the_protest() -> None:
    doc = run("وأبلغت مصر احتجاجها إلى مجلس الأمن على الغارة.")
    assert "مصر" in {s for _, s, _ in stances(doc)}


def test_a_renewed_refusal_keeps_its_holder() -> None:
    doc = run("وجدد سامي الحربي رفضه للاقتراح الإسرائيلي.")
    assert ("rejects", "سامي الحربي", "الاقتراح الإسرائيلي") in stances(doc)


# --- datelines ----------------------------------------------------------------------------


def test_a_dateline_place_after_a_headline_is_no_object() -> None:
    doc = run("ولبنان يهدد بوقف نشر الجيش في الجنوب بيروت ـ من سامي الحربي ـ قال مسؤولون إن "
              "الجيش سينتشر.")
    assert ("threatens", "لبنان", "بيروت") not in stances(doc)


def test_a_dateline_with_an_agency_in_brackets_is_no_object() -> None:
    doc = run("وانتقد سامي الحربي بيروت (رويترز) - قالت مصادر إن الجيش سينتشر.")
    assert ("criticizes", "سامي الحربي", "بيروت") not in stances(doc)


def test_a_dash_opening_an_aside_leaves_the_place_an_object() -> None:
    doc = run("وانتقد سامي الحربي بيروت - في إشارة إلى الحكومة.")
    assert ("criticizes", "سامي الحربي", "بيروت") in stances(doc)


def test_a_threatened_city_is_an_object() -> None:
    doc = run("وهدد سامي الحربي بيروت بقطع العلاقات.")
    assert ("threatens", "سامي الحربي", "بيروت") in stances(doc)


# --- a long name cut in two ---------------------------------------------------------------


def test_the_middle_of_three_names_is_the_rest_of_the_holders_name() -> None:
    doc = run("ودعا الرئيس المصري السابق سامي الحربي ماجد النادي إسرائيل إلى سحب قواتها.")
    assert ("urges", "سامي الحربي", "ماجد النادي") not in stances(doc)


def test_a_person_criticised_by_name_stays_the_object() -> None:
    doc = run("وانتقد سامي الحربي ماجد النادي في مؤتمر صحفي.")
    assert ("criticizes", "سامي الحربي", "ماجد النادي") in stances(doc)


# --- a phrase object apposed to the holder's own name -----------------------------------


def test_a_phrase_apposed_to_the_holders_name_is_no_object() -> None:
    doc = run("وأخيرا يوم عيد ماجد النادي دعا كبير الآلهة ماجد النادي أن يحيي التمثال.")
    assert not {k for k, _, _ in stances(doc)} & {"urges"}


def test_a_phrase_object_followed_by_no_name_is_kept() -> None:
    doc = run("وانتقد سامي الحربي سياسة الحكومة الجديدة في المنطقة.")
    assert ("criticizes", "سامي الحربي", "سياسة الحكومة الجديدة") in stances(doc)
