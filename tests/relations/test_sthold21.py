"""Stance holders and phrase objects, session 21 (sthold21).

- A verbal noun refused whose own named agent follows it in construct is that agent's act:
  «رفض الوزير تهديد إيران للسعودية» presupposes Iran's threat (never a negative threatens);
  with no «ل» object after the agent nothing is written («رفضت مصر دعم إيران في ...»), and
  a refused noun with no agent of its own stays a stance not taken («رفضت مصر إدانة ...»).
- The «أن» clause of unnamed observers («ويرى مراقبون أن», «يعتقد محللون أن») holds no
  asserted stance; a named speaker's view does.
- «ترحيب/إشادة X بـ» after its named genitive agent takes a decision, an agreement or an
  undertaking after «ب» as its object, like «ل» («رفض X لـ»).
- Praise and welcome take an undertaking qualified by a definite adjective («بالعملية
  العسكرية», «بالانتخابات البرلمانية») as their object; a lone «بالعملية», guests or
  attendees are no object.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")
BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
ASSAD = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين",))
HAMMOND = E("Person", "فيليب هاموند", ("فيليب هاموند",))
TEHRAN = E("City", "طهران", ("طهران",), "Q3616")
UK = E("Country", "المملكة المتحدة", ("بريطانيا",), "Q145")
ENTITIES = [IRAN, EGYPT, SAUDI, QATAR, RUSSIA, TURKEY, FRANCE, USA, BAHRAIN, ASSAD, HOUTHIS,
            HAMMOND, TEHRAN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def polar(text: str, kind: str) -> set[tuple[str, str, str]]:
    return {(s, o, p) for s, o, p, _ in facts(run(text), kind)}


# --- another's act refused -------------------------------------------------------------------

def test_refused_threat_of_named_agent_is_no_negative_threat() -> None:
    text = "وفي مؤتمر صحفي رفض المسؤول الخليجي تهديد إيران للبحرين بشكل قاطع."
    found = polar(text, "threatens")
    assert ("إيران", "البحرين", "negative") not in found, found
    assert ("إيران", "البحرين", "positive") in found, found


def test_refused_support_of_named_agent_with_lam_object() -> None:
    text = "ورفضت تركيا دعم روسيا للنظام السوري خلال الأزمة."
    assert ("روسيا", "النظام السوري", "positive") in polar(text, "supports")


@pytest.mark.parametrize("text", [
    "ورفضت قطر دعم مصر في الجمعية العامة للأمم المتحدة.",
    "ورفضت قطر دعم مصر.",
])
def test_refused_noun_of_named_agent_without_lam_object_writes_nothing(text: str) -> None:
    assert not [f for f in facts(run(text), "supports") if f[2] == "negative"], \
        facts(run(text), "supports")


def test_refused_noun_without_agent_is_still_a_stance_not_taken() -> None:
    text = "ورفضت قطر إدانة الهجوم في البيان الختامي."
    assert ("قطر", "الهجوم", "negative") in polar(text, "condemns")


# --- unnamed observers' views ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويرى مراقبون أن روسيا تدعم النظام السوري عسكريا.",
    "ويعتقد محللون سياسيون أن قطر تؤيد الحوثيين سرا.",
    "ويرى كثير من الخبراء أن مصر سترفض المبادرة الفرنسية.",
    "وقال مراقبون إن تركيا انتقدت إيران بسبب مواقفها.",
])
def test_unnamed_observers_view_asserts_no_stance(text: str) -> None:
    assert not stances(run(text)), stances(run(text))


def test_named_speakers_view_still_asserts() -> None:
    text = "ويرى وزير الخارجية البريطاني فيليب هاموند أن روسيا تدعم النظام السوري."
    assert ("supports", "روسيا", "النظام السوري") in stances(run(text))


def test_observers_before_a_later_clause_do_not_block_it() -> None:
    text = "ويرى مراقبون أن الوضع معقد، بينما رحبت فرنسا بالاتفاق النووي."
    assert any(k == "welcomes" and s == "فرنسا" for k, s, _ in stances(run(text)))


# --- «ترحيب X بـ» after a named genitive agent -------------------------------------------------

@pytest.mark.parametrize("text, kind, holder", [
    ("وجاءت الخطوة بعد ترحيب فرنسا بالاتفاق الإطاري.", "welcomes", "فرنسا"),
    ("وتزامن ذلك مع إشادة البحرين بالقرار الأممي.", "praises", "البحرين"),
    ("ويأتي ذلك وسط ترحيب قطر بالعملية السياسية في اليمن.", "welcomes", "قطر"),
])
def test_genitive_agent_then_ba_object(text: str, kind: str, holder: str) -> None:
    found = stances(run(text))
    assert any(k == kind and s == holder for k, s, _ in found), found


def test_genitive_agent_then_ba_guests_is_no_object() -> None:
    text = "وجاء ذلك بعد ترحيب قطر بالوفود المشاركة."
    assert not any(k == "welcomes" for k, _, _ in stances(run(text)))


# --- undertakings praised or welcomed -----------------------------------------------------------

@pytest.mark.parametrize("text, kind, obj", [
    ("وأشادت البحرين بالعملية العسكرية ضد الحوثيين.", "praises", "العملية العسكرية"),
    ("ورحبت تركيا بالانتخابات البرلمانية التي جرت أمس.", "welcomes", "الانتخابات البرلمانية"),
    ("ورحب فيليب هاموند بالمحادثات الجارية في جنيف.", "welcomes", "المحادثات الجارية"),
])
def test_undertaking_as_object(text: str, kind: str, obj: str) -> None:
    assert any(k == kind and o == obj for k, _, o in stances(run(text))), stances(run(text))


@pytest.mark.parametrize("text", [
    "ورحبت البحرين بالعملية.",
    "ورحبت البحرين بالحضور الكريم.",
    "وأشادت تركيا بالعملية التي جرت أمس.",
])
def test_lone_or_non_undertaking_is_no_object(text: str) -> None:
    assert not stances(run(text)), stances(run(text))


# --- a document's describing clause: the object after «فيه» ---------------------------------

@pytest.mark.parametrize("text, kind, obj", [
    ("ونشرت قطر بيانا استنكرت فيه الاعتداء على البعثة.", "condemns", "الاعتداء"),
    ("وأصدرت تركيا بيانا رحبت فيه بالقرار الأممي الأخير.", "welcomes", "القرار الأممي"),
])
def test_document_clause_object_after_back_pointer(text: str, kind: str, obj: str) -> None:
    found = stances(run(text))
    assert any(k == kind and o.startswith(obj) for k, _, o in found), found


# --- a subjectless stance verb before a thing noun continues the clause's subject -------------

def test_thing_after_coordinated_verb_continues_previous_speaker() -> None:
    text = "وقال فيليب هاموند إن لندن تتابع الأمر. وانتقد التصعيد الروسي في أوكرانيا."
    found = stances(run(text))
    assert any(k == "criticizes" and s == "فيليب هاموند" for k, s, _ in found), found


def test_thing_after_coordinated_verb_after_comma() -> None:
    text = "وجددت البحرين موقفها من الأزمة، ورفضت الاتهامات الإيرانية."
    found = stances(run(text))
    assert any(k == "rejects" and s == "البحرين" for k, s, _ in found), found


@pytest.mark.parametrize("text", [
    # a document after the verb may be its subject: no holder borrowed
    "وقال فيليب هاموند إن لندن تتابع الأمر. وانتقد التقرير الحكومة الروسية.",
    # a feminine verb does not continue a man
    "وقال فيليب هاموند إن لندن تتابع الأمر. وانتقدت التدخل الروسي.",
])
def test_no_borrowed_holder(text: str) -> None:
    found = stances(run(text))
    assert not any(k == "criticizes" and s == "فيليب هاموند" for k, s, _ in found), found


@pytest.mark.parametrize("text", [
    # the object before the subject (VOS): the subject named after the thing is the holder
    "ورحبت قطر بالمبادرة، ورفضت القرار تركيا.",
    "وقال فيليب هاموند إن لندن تتابع الأمر. ورفض الاتفاق المعارضون في البرلمان.",
    "وقال فيليب هاموند إن لندن تتابع الأمر. وانتقد الاتفاق وزير الخارجية الروسي.",
])
def test_subject_after_the_thing_is_not_borrowed(text: str) -> None:
    found = stances(run(text))
    assert not any(k in {"rejects", "criticizes"} and s in {"قطر", "فيليب هاموند"}
                   for k, s, _ in found), found


# --- «، حيث» + a subjectless verb continues the sentence's actor -----------------------------

def test_where_clause_continues_opening_subject() -> None:
    text = "وزار فيليب هاموند طهران، حيث رحب بالاتفاق النووي."
    found = stances(run(text))
    assert any(k == "welcomes" and s == "فيليب هاموند" for k, s, _ in found), found


@pytest.mark.parametrize("text", [
    "وزار فيليب هاموند طهران، حيث رحبت به الحكومة الإيرانية.",  # its own subject
    "وزارت البعثة طهران، حيث رحب بالاتفاق النووي.",  # genders differ, no name
    "وزار فيليب هاموند طهران حيث رحب بالاتفاق النووي.",  # no comma before «حيث»
])
def test_where_clause_negatives(text: str) -> None:
    found = stances(run(text))
    assert not any(k == "welcomes" and s == "فيليب هاموند" for k, s, _ in found), found


# --- «دعم بلاده لـ Y»: the titled subject's country --------------------------------------------

def test_his_country_support_is_the_titled_subjects_country() -> None:
    text = "وأكد وزير الخارجية البريطاني فيليب هاموند دعم بلاده للنظام السوري في المفاوضات."
    assert ("supports", "المملكة المتحدة", "النظام السوري") in stances(
        extract_relations(build_doc(text, [*ENTITIES, UK])))


@pytest.mark.parametrize("text", [
    "وأكد فيليب هاموند دعم بلاده للنظام السوري.",  # no title naming a country
    "وأكد وزير الخارجية البريطاني فيليب هاموند دعم بلاده الكامل.",  # no «ل» object
])
def test_his_country_needs_title_country_and_object(text: str) -> None:
    found = stances(extract_relations(build_doc(text, [*ENTITIES, UK])))
    assert not any(k == "supports" for k, _, _ in found), found
