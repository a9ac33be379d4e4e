"""Whole stance objects, session 42 (helper so42). Sentences written for the tests.

- «دافع X عن قرار الرئيس أوباما», «منتقداً خطاب الأمين العام لـ"حزب الله"»: a descriptive
  object whose last words are a title reads on over the title's holder in apposition or the
  body after «ل» (``stance_titled_objects``), not «قرار الرئيس»;
- «قال X إن قرار مجلس الأمن غير مقبول»: a verdict of rejection is on the decision, the
  whole iḍāfa («قرار مجلس الأمن», «هذا التصريح لخامنئي»), not on the body whose decision it
  is (``stance_rejected_things``); a verdict that criticizes stays toward the actor.
"""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

KAREEM = E("Person", "كريم السالمي", ("كريم السالمي",))
NADA = E("Person", "ندى الفارس", ("ندى الفارس",))
MARTIN = E("Person", "مارتن هيل", ("مارتن هيل",))
HASSAN = E("Person", "حسان الرفاعي", ("حسان الرفاعي",))
PARTY = E("Organization", "حزب الوحدة", ("حزب الوحدة",))
LEAGUE = E("InternationalOrganization", "جامعة الدول العربية", ("جامعة الدول العربية",))
COUNCIL = E("InternationalOrganization", "مجلس الأمن الدولي",
            ("مجلس الأمن الدولي", "مجلس الأمن"))
CABINET = E("Organization", "الحكومة الكندية", ("الحكومة الكندية",))
CANADA = E("Country", "كندا", ("كندا",))
ENTITIES = [KAREEM, NADA, MARTIN, HASSAN, PARTY, LEAGUE, COUNCIL, CABINET, CANADA]


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc("الرياض - واس\n" + text, ENTITIES)))


# --- «قرار الرئيس مارتن هيل», «خطاب الأمين العام لحزب الوحدة»: the whole phrase -----------

@pytest.mark.parametrize(("text", "fact"), [
    ("دافع كريم السالمي عن قرار الرئيس مارتن هيل بتمديد المهلة.",
     ("supports", "كريم السالمي", "قرار الرئيس مارتن هيل")),
    ("دافع كريم السالمي عن قرار الرئيس لحزب الوحدة أمس.",
     ("supports", "كريم السالمي", "قرار الرئيس لحزب الوحدة")),
    ("وقالت ندى الفارس منتقدة خطاب الأمين العام لحزب الوحدة إن الطريق طويل.",
     ("criticizes", "ندى الفارس", "خطاب الأمين العام لحزب الوحدة")),
    ("وقال كريم السالمي في بيان، منتقدا خطاب الأمين العام لـ\"حزب الوحدة\"، إن الطريق طويل.",
     ("criticizes", "كريم السالمي", "خطاب الأمين العام لـ\"حزب الوحدة\"")),
])
def test_object_reads_on_over_the_titles_holder_or_body(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in found(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("دافع كريم السالمي عن قرار الرئيس أمس في المؤتمر.",
     ("supports", "كريم السالمي", "قرار الرئيس")),
    ("وقالت ندى الفارس منتقدة خطاب الأمين العام، مارتن هيل، إن الطريق طويل.",
     ("criticizes", "ندى الفارس", "خطاب الأمين العام")),
])
def test_object_stops_without_a_name_or_after_a_comma(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in found(text)


def test_a_title_that_heads_the_object_is_no_thing() -> None:
    facts = found("وانتقدت ندى الفارس الرئيس مارتن هيل أمام البرلمان.")
    assert not any(obj.startswith("الرئيس مارتن") for _, _, obj in facts)


# --- «إن قرار مجلس الأمن غير مقبول»: the decision is rejected, not the Council ------------

@pytest.mark.parametrize(("text", "obj"), [
    ("وقال حسان الرفاعي إن قرار مجلس الأمن الدولي الذي صدر أمس غير مقبول.",
     "قرار مجلس الأمن الدولي"),
    ("وأكد حسان الرفاعي أن خطة الحكومة الكندية مرفوضة.", "خطة الحكومة الكندية"),
    ("وقال حسان الرفاعي: «هذا القرار لمجلس الأمن الدولي غير مقبول».",
     "القرار لمجلس الأمن الدولي"),
])
def test_a_rejected_verdict_is_on_the_whole_thing(text: str, obj: str) -> None:
    facts = found(text)
    assert ("rejects", "حسان الرفاعي", obj) in facts
    assert not any(kind == "rejects" and o in {"مجلس الأمن الدولي", "الحكومة الكندية"}
                   for kind, _, o in facts)


def test_a_statement_with_a_glued_lam_is_the_thing_rejected() -> None:
    facts = found("وقال حسان الرفاعي إن هذا التصريح لمارتن هيل يمثل تدخلا مرفوضا.")
    assert facts == {("rejects", "حسان الرفاعي", "التصريح لمارتن هيل")}


def test_a_criticizing_verdict_stays_toward_the_actor() -> None:
    assert ("criticizes", "حسان الرفاعي", "جامعة الدول العربية") in found(
        "وأكد حسان الرفاعي أن تصريحات جامعة الدول العربية تمثل تدخلا سافرا.")
