"""Stance precision on fresh news, session 21 (stprec21).

- A speaker's prediction of a third party's stance («قال X إن Y سيرفض Z», «لن تدعم») is no
  stance; the speaker's own future commitment («إنه سيرفض», «إن بريطانيا ستدعم» from a
  British minister) still is. A non-person's future stance in the words of a speaker whose
  side is unknown is kept below what an analyst is shown.
- Support of people in need («دعم الأسر المحتاجة», «اللاجئين السوريين») is aid, not backing.
- «أيّد/دعم العملية العسكرية»: a definite material adjective of a definite object describes
  the thing backed; «الدعم العسكري», «دعما عسكريا» stay material.
- «المريدين والمؤيدين لـ Y»: a participle after «و» is a second noun, not an adjective of
  the noun before it (which then holds nothing).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
KUWAIT = E("Country", "الكويت", ("الكويت",), "Q817")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
UK = E("Country", "المملكة المتحدة", ("بريطانيا",), "Q145")
ASSAD = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين",))
HAMMOND = E("Person", "فيليب هاموند", ("فيليب هاموند",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [IRAN, RUSSIA, KUWAIT, QATAR, UK, ASSAD, HOUTHIS, HAMMOND, KARIM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def confidences(doc: Document, kind: str) -> list[float]:
    return [max(e.confidence for e in r.evidence) for r in doc.relations if r.kind == kind]


# --- a prediction of someone else's stance -------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال فيليب هاموند إن كريم سالم سيرفض الاتفاق النووي.",
    "وأكد فيليب هاموند أن كريم سالم لن يؤيد الاتفاق النووي.",
    "وقال فيليب هاموند: كريم سالم سوف ينتقد الحوثيين.",
])
def test_prediction_about_another_person_is_no_stance(text: str) -> None:
    found = {k for k, s, _ in stances(run(text)) if s == "كريم سالم"}
    assert not found, found


def test_prediction_of_a_body_by_unaffiliated_speaker_is_held_low() -> None:
    doc = run("وقال فيليب هاموند إن روسيا ستدعم النظام السوري في مجلس الأمن.")
    assert all(c <= 0.4 for c in confidences(doc, "supports")), confidences(doc, "supports")


def test_speakers_own_future_stance_is_kept() -> None:
    doc = run("وقال فيليب هاموند إنه سيرفض أي تدخل من روسيا في اليمن.")
    assert any(s == "فيليب هاموند" for _, s, _ in stances(doc)), stances(doc)


@pytest.mark.parametrize("text", [
    "وانتقد فيليب هاموند روسيا بشدة.",
    "وقال فيليب هاموند إن روسيا دعمت النظام السوري بالسلاح.",  # material: nothing either way
])
def test_asserted_stances_untouched(text: str) -> None:
    before = stances(run(text))
    if "انتقد" in text:
        assert ("criticizes", "فيليب هاموند", "روسيا") in before, before


def test_future_outside_speech_is_untouched() -> None:
    found = stances(run("وستدعم قطر الحوثيين في مفاوضات السلام."))
    assert ("supports", "قطر", "الحوثيون") in found, found


# --- aid to people in need -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودعمت قطر الأسر المحتاجة في غزة.",
    "وتدعم الكويت اللاجئين السوريين في الأردن.",
    "ودعمت قطر أسر الشهداء في غزة.",
    "ودعمت الكويت الفقراء والأيتام في اليمن.",
])
def test_support_of_needy_people_is_no_stance(text: str) -> None:
    found = {(k, s, o) for k, s, o in stances(run(text)) if k == "supports"}
    assert not found, found


def test_political_support_is_kept() -> None:
    found = stances(run("ودعمت قطر الحوثيين في مفاوضات السلام."))
    assert ("supports", "قطر", "الحوثيون") in found, found


# --- backing an operation ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأيدت الكويت العملية العسكرية التي ينفذها التحالف.",
    "وأعلنت الكويت تأييدها للحملة العسكرية على الحوثيين.",
])
def test_backing_a_military_operation_is_support(text: str) -> None:
    found = {(k, s) for k, s, _ in stances(run(text))}
    assert ("supports", "الكويت") in found, stances(run(text))


@pytest.mark.parametrize("text", [
    "وقدمت روسيا الدعم العسكري للنظام السوري.",
    "ودعمت إيران الحوثيين دعما عسكريا كبيرا.",
    "وقدمت روسيا الدعم الروسي العسكري للنظام السوري.",
])
def test_material_support_stays_out(text: str) -> None:
    found = {(k, s, o) for k, s, o in stances(run(text)) if k == "supports"}
    assert not found, found


# --- a coordinated participle ----------------------------------------------------------------

def test_participle_after_and_is_a_second_noun() -> None:
    found = stances(run("ويزيد ذلك من عدد المريدين والمؤيدين لقادة الإرهاب."))
    assert not found, found


def test_attributive_participle_still_reads_its_head() -> None:
    found = stances(run("وقاتل الحوثيين الموالين لإيران في عدن."))
    # the named head before «الموالين» holds the support
    assert ("supports", "الحوثيون", "إيران") in found, found


# --- the author of a proposal --------------------------------------------------------------

@pytest.mark.parametrize(("text", "proposal", "author"), [
    ("وأيدت الكويت مبادرة قطر لحل الأزمة.", "مبادرة قطر", "قطر"),
    ("ورفضت إيران قرار الكويت بشأن السفير.", "قرار الكويت", "الكويت"),
    ("ورفضت إيران بشدة قرار الكويت بشأن السفير.", "قرار الكويت", "الكويت"),
])
def test_author_of_a_proposal_is_not_the_object(text: str, proposal: str, author: str) -> None:
    # the proposal as a whole is the object (see kg.relations.stance_proposal_phrases)
    found = stances(run(text))
    assert any(o == proposal for _, _, o in found), found
    assert not any(o == author for _, _, o in found), found



def test_criticism_of_a_policy_keeps_its_author() -> None:
    doc = run("وانتقدت الكويت سياسة إيران في المنطقة.")
    assert ("criticizes", "الكويت", "إيران") in stances(doc), stances(doc)
    assert all(max(e.confidence for e in r.evidence) > 0.4 for r in doc.relations
               if r.kind == "criticizes")
