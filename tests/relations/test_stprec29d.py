"""Stance precision on fresh news, session 29 (stprec29d).

- A crowd of one protest («المتظاهرين», «المحتجين») or a band known by its masks
  («الملثمين») described by a stance adjective («المؤيدين للحكومة», «الموالين لـ X») is
  an unnamed group and holds no stance; a political camp («الانفصاليين الموالين لـ X»)
  still does (``kg.relations.stance_crowds``).
- A lone definite nisba word written right after the holder («دعا الاتحاد النقابي
  الأساسي إلى الإضراب») is the holder's adjective, never the object; a noun there
  («الحكومة», «الأهالي») or a rare family name («الفرماوي») still is
  (``kg.relations.stance_holder_adjectives``).
- A stance noun right after the subject of a verb that answers it («رفض X الدعوة»,
  «تجاهل X الدعوة») is another's call: X holds no urges (``kg.relations.stance_answered_calls``).
- «ثمن» after a form of «دفع» («تدفع اليوم ثمن أخطاء X») is the price paid, not «ثمّن»
  (praised) (``kg.relations.stance_prices``).
- «الآخرين», «البعض», «الجميع» name nobody: no stance object
  (``kg.relations.stance_vague_objects``).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

TALIBAN = E("Organization", "حركة طالبان", ("طالبان",))
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
ENTITIES = [TALIBAN, RUSSIA]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- an unnamed crowd described by a stance adjective ----------------------------------------

@pytest.mark.parametrize("text", [
    "وقعت مواجهات في المدينة بين آلاف المتظاهرين المؤيدين للحكومة والشرطة.",
    "وأطلقت القوات النار على عشرات المحتجين الموالين لروسيا أمام البرلمان.",
    "واحتل عشرات من المقاتلين الملثمين الموالين لطالبان مسجدا في المنطقة.",
])
def test_crowd_described_by_stance_adjective_holds_nothing(text: str) -> None:
    found = run(text)
    assert not any(kind == "supports" for kind, _, _ in found), found


def test_political_camp_described_by_stance_adjective_still_holds() -> None:
    text = "وقال الجيش إن الانفصاليين الموالين لروسيا هاجموا المدينة."
    assert any(kind == "supports" and obj == "روسيا" for kind, _, obj in run(text))


# --- a nisba adjective right after the holder ------------------------------------------------

UNION = E("Organization", "الاتحاد النقابي", ("الاتحاد النقابي",))
GOVERNMENT = E("GovernmentBody", "الحكومة", ("الحكومة",))


def run_union(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, [UNION, GOVERNMENT])))


def test_adjective_after_the_holder_is_no_object() -> None:
    text = "ودعا الاتحاد النقابي الأساسي أمس إلى الإضراب العام في البلاد."
    found = run_union(text)
    assert not any(kind == "urges" for kind, _, _ in found), found


@pytest.mark.parametrize(("text", "obj"), [
    ("ودعا الاتحاد النقابي الحكومة إلى الحوار مع العمال.", "الحكومة"),
    ("وحث الاتحاد النقابي الأهالي على المشاركة في الإضراب.", "الأهالي"),
    ("واتهم الاتحاد النقابي الفرماوي بتزوير الانتخابات.", "الفرماوي"),
])
def test_noun_after_the_holder_stays_the_object(text: str, obj: str) -> None:
    found = run_union(text)
    assert any(kind in {"urges", "criticizes"} and o.endswith(obj[2:])
               for kind, _, o in found), found


# --- a call its holder answers ---------------------------------------------------------------

EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",), "Q458")
CHINA = E("Country", "الصين", ("الصين",), "Q148")


def run_eu(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, [EU, RUSSIA, CHINA])))


@pytest.mark.parametrize("text", [
    "فيما رفض الاتحاد الأوروبي الدعوة وكذا روسيا والصين.",
    "وتجاهل الاتحاد الأوروبي الدعوة وكذلك روسيا والصين.",
])
def test_answered_call_is_not_the_answerers(text: str) -> None:
    found = run_eu(text)
    assert not any(kind == "urges" for kind, _, _ in found), found


def test_own_call_still_holds() -> None:
    text = "وجدد الاتحاد الأوروبي دعوته روسيا والصين إلى وقف التصعيد."
    found = run_eu(text)
    assert any(kind == "urges" and subject == "الاتحاد الأوروبي"
               for kind, subject, _ in found), found


# --- «ثمن» after «دفع»: the price -------------------------------------------------------------

ABBAS = E("Person", "محمود عباس", ("عباس",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")


def run_price(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, [ABBAS, EGYPT])))


@pytest.mark.parametrize("text", [
    "وقال المحلل إن عباس يدفع اليوم ثمن أخطاء مصر.",
    "وأكد الكاتب أن عباس دفع ثمن مواقف مصر.",
])
def test_price_paid_is_no_praise(text: str) -> None:
    found = run_price(text)
    assert not any(kind == "praises" for kind, _, _ in found), found


@pytest.mark.parametrize("text", [
    "وثمن الرئيس عباس جهود مصر في التهدئة.",
    "وقرر المجلس دفع التعويضات وثمن الرئيس عباس جهود مصر في التهدئة.",
])
def test_praise_with_thamman_stays(text: str) -> None:
    found = run_price(text)
    assert ("praises", "محمود عباس", "مصر") in found, found


# --- «الآخرين», «البعض»: nobody in particular ------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودعا الرئيس عباس الآخرين إلى الحوار والتهدئة.",
    "وانتقد الرئيس عباس البعض ممن يعرقلون المصالحة.",
])
def test_vague_word_is_no_object(text: str) -> None:
    found = run_price(text)
    assert not any(subject == "محمود عباس" for _, subject, _ in found), found


def test_named_object_stays() -> None:
    found = run_price("ودعا الرئيس عباس مصر إلى الحوار والتهدئة.")
    assert ("urges", "محمود عباس", "مصر") in found, found
