"""Stance objects, session 28 (stobj28).

- The doer of the act an appeal demands («بضرورة قيام Y بـ», «إلى قيام Y بـ», «بأن تقوم Y
  بـ») is the one urged (see :mod:`kg.relations.stance_urged_doers`); not a place, not
  without the act with «بـ» right after the doer («إلى قيام دولة»: a founding).
- A capital in construct right after a verbal noun, with the noun's object or adjective
  after it («جدد X رفض دمشق القرار», «دعم القاهرة الكامل للمبادرة»), is the noun's agent,
  not the object of the light verb's subject (see :mod:`kg.relations.stance_capital_agents`).
- The addressee of an appeal after the subject's name, a time word and a comma («دعا X
  أمس، Y إلى ...», see :mod:`kg.relations.stance_dated_addressees`).
- Past a verb that delivers the statement a stance is voiced in, or its audience, and the
  time words after it («في خطاب ألقاه أمس Y», «في تصريح للصحفيين أمس Y», see
  :mod:`kg.relations.stance_delivered_statements`); a delivering verb with neither a time
  word nor the stance's preposition after it may have its own subject: no object.
- The doer in «ما قامت به X», «لما قامت به X», «ما ترتكبه X» opening the object of a stance
  against a deed, or of welcoming or backing one, is the object (see
  :mod:`kg.relations.stance_deed_doers`); not for an appeal, not a region.
- Time phrases of two or three words between the subject and the object («يوم الأحد»,
  «مساء أول من أمس», «الأسبوع الماضي») are skipped, never read as the object (see
  :mod:`kg.relations.stance_time_phrases`).
- A town or region right after the statement a stance is voiced in, with «بـ» glued or
  after «في» («في مؤتمر صحفي بالقاهرة», «في كلمة ألقاها بالرياض»), is where it was said,
  never the object (see :mod:`kg.relations.stance_statement_places`); a country stays one.
- «بلسان X» is read as «على لسان X» (see :mod:`kg.relations.stance_tongues`): the
  spokesman after it is never the object.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

KARIMI = E("Person", "سالم الكريمي", ("سالم الكريمي",))
NOURA = E("Person", "نورة السالم", ("نورة السالم",))
ARAB_LEAGUE = E("InternationalOrganization", "الجامعة العربية", ("الجامعة العربية",))
TURK_GOV = E("GovernmentBody", "الحكومة التركية", ("الحكومة التركية",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
GAZA = E("Region", "غزة", ("غزة",))
DAMASCUS = E("City", "دمشق", ("دمشق",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
FOREIGN = E("GovernmentBody", "وزارة الخارجية", ("وزارة الخارجية",))
EGYPT = E("Country", "مصر", ("مصر",))
HADI = E("Person", "هادي المنصور", ("هادي المنصور",))
SAUDI = E("Country", "السعودية", ("السعودية",))
ENTITIES = [KARIMI, NOURA, ARAB_LEAGUE, TURK_GOV, UN, ISRAEL, GAZA, DAMASCUS, CAIRO, FOREIGN,
            EGYPT, HADI, SAUDI]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


def urged(text: str) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in run(text) if k == "urges"}


# --- the doer of the demanded act is the one urged ---------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("وطالب وزير الخارجية سالم الكريمي أمس بضرورة قيام الحكومة التركية بوقف القصف.",
     ("سالم الكريمي", "الحكومة التركية")),
    ("ودعا سالم الكريمي إلى قيام الأمم المتحدة بدور أكبر في حماية المدنيين.",
     ("سالم الكريمي", "الأمم المتحدة")),
    ("وطالبت الجامعة العربية بأن تقوم إسرائيل بوقف الاستيطان فوراً.",
     ("الجامعة العربية", "إسرائيل")),
    ("وطالبت نورة السالم بقيام الأمم المتحدة بواجبها تجاه اللاجئين.",
     ("نورة السالم", "الأمم المتحدة")),
    ("وحث سالم الكريمي على ضرورة أن تقوم الحكومة التركية بفتح الحدود.",
     ("سالم الكريمي", "الحكومة التركية")),
])
def test_doer_of_demand_is_urged(text: str, pair: tuple[str, str]) -> None:
    assert pair in urged(text)


@pytest.mark.parametrize("text", [
    # no act with «بـ» after the name: «قيام» is a founding or a rise, no one is urged
    "ودعا سالم الكريمي إلى قيام الأمم المتحدة الجديدة في العالم.",
    "وطالب سالم الكريمي بضرورة قيام الحكومة التركية.",
    # a region names where, not who
    "وطالب سالم الكريمي بضرورة قيام غزة بدور أكبر.",
    # «قيام» past the demand's opening: in a clause of its own
    "وطالب سالم الكريمي بوقف القصف الذي جاء بعد قيام إسرائيل بالهجوم.",
])
def test_no_doer_urged(text: str) -> None:
    assert not urged(text)


def test_doer_not_read_for_other_kinds() -> None:
    facts = run("ورحب سالم الكريمي بقيام الأمم المتحدة بدور أكبر.")
    assert ("urges", "سالم الكريمي", "الأمم المتحدة") not in facts


# --- a capital in construct after a verbal noun is its agent -----------------------------

@pytest.mark.parametrize("text", [
    "وجدد الرئيس سالم الكريمي رفض دمشق القرار الأمريكي.",
    "وأكد الوزير سالم الكريمي دعم القاهرة الكامل للمبادرة العربية.",
    "وأعلن سالم الكريمي إدانة دمشق للهجوم على السفارة.",
])
def test_capital_after_noun_is_no_object(text: str) -> None:
    assert not {f for f in run(text) if f[2] in {"دمشق", "القاهرة"}}


@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد سالم الكريمي دمشق بشدة.", ("criticizes", "سالم الكريمي", "دمشق")),
    ("وجددت نورة السالم انتقادها لدمشق.", ("criticizes", "نورة السالم", "دمشق")),
])
def test_capital_as_object_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


# --- the addressee after «X أمس،» ---------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("ودعا وزير الخارجية سالم الكريمي امس، الأمم المتحدة الى التدخل.",
     ("سالم الكريمي", "الأمم المتحدة")),
    ("وطالبت نورة السالم الاثنين، الحكومة التركية بفتح الحدود.",
     ("نورة السالم", "الحكومة التركية")),
])
def test_addressee_after_dated_comma(text: str, pair: tuple[str, str]) -> None:
    assert pair in urged(text)


def test_no_addressee_after_dated_comma_without_demand() -> None:
    assert not urged("ودعا سالم الكريمي امس، في كلمة أمام الأمم المتحدة.")


# --- past the verb that delivers the statement --------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد سالم الكريمي في خطاب ألقاه أمس إسرائيل بشدة.",
     ("criticizes", "سالم الكريمي", "إسرائيل")),
    ("ودعا سالم الكريمي في تصريح للصحفيين أمس الأمم المتحدة إلى التدخل.",
     ("urges", "سالم الكريمي", "الأمم المتحدة")),
    ("ودعت الجامعة العربية في بيان أصدرته الأحد إسرائيل إلى وقف الاستيطان.",
     ("urges", "الجامعة العربية", "إسرائيل")),
])
def test_object_past_delivered_statement(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # the verb's own subject may follow: neither it nor the name after it is read
    "وحثت الجامعة العربية في بيان أصدرته وزارة الخارجية إسرائيل على وقف الاستيطان.",
    "وانتقد سالم الكريمي في خطاب ألقاه إسرائيل.",
])
def test_no_object_after_delivering_verb_with_subject(text: str) -> None:
    facts = run(text)
    assert not {f for f in facts if f[0] in {"urges", "criticizes"}}


# --- the doer of «ما قامت به X» -----------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأعربت الجامعة العربية عن رفضها لما قامت به إسرائيل من اعتداءات.",
     ("rejects", "الجامعة العربية", "إسرائيل")),
    ("واستنكر سالم الكريمي ما ترتكبه إسرائيل من انتهاكات.",
     ("condemns", "سالم الكريمي", "إسرائيل")),
    ("وأعرب سالم الكريمي عن إدانته الشديدة لما أقدمت عليه الحكومة التركية.",
     ("condemns", "سالم الكريمي", "الحكومة التركية")),
])
def test_doer_of_deed_is_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # a region is where, not who
    "وأعربت الجامعة العربية عن رفضها لما قامت به غزة من خطوات.",
    # an appeal's addressee is never read from a deed
    "ودعا سالم الكريمي إلى ما قامت به الأمم المتحدة.",
])
def test_no_doer_of_deed(text: str) -> None:
    facts = run(text)
    assert not {f for f in facts if f[2] in {"غزة", "الأمم المتحدة"}}


# --- time phrases before the object -----------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقدت الجامعة العربية يوم الأحد إسرائيل.",
     ("criticizes", "الجامعة العربية", "إسرائيل")),
    ("ودعت الجامعة العربية يوم الخميس الماضي إسرائيل إلى وقف الاستيطان.",
     ("urges", "الجامعة العربية", "إسرائيل")),
    ("وانتقد سالم الكريمي الأسبوع الماضي الحكومة التركية.",
     ("criticizes", "سالم الكريمي", "الحكومة التركية")),
    ("وانتقد سالم الكريمي مساء أول من أمس الحكومة التركية.",
     ("criticizes", "سالم الكريمي", "الحكومة التركية")),
    ("وانتقد سالم الكريمي أمس الأول الحكومة التركية.",
     ("criticizes", "سالم الكريمي", "الحكومة التركية")),
])
def test_object_past_time_phrase(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    "وانتقدت الجامعة العربية يوم الأحد بشدة.",
    "ودعت الجامعة العربية الأسبوع الماضي إلى الهدوء.",
])
def test_time_phrase_is_no_object(text: str) -> None:
    assert not {f for f in run(text) if f[0] in {"criticizes", "urges"}}


# --- «بلسان X» ---------------------------------------------------------------------------

def test_spokesman_after_bilisan_is_no_object() -> None:
    facts = run("وأدانت مصر بلسان وزير خارجيتها هادي المنصور إسرائيل.")
    assert ("condemns", "مصر", "هادي المنصور") not in facts
    assert ("condemns", "مصر", "إسرائيل") in facts


# --- the place a statement was made in ----------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد سالم الكريمي في مؤتمر صحفي بالقاهرة إسرائيل.",
     ("criticizes", "سالم الكريمي", "إسرائيل")),
    ("وانتقد سالم الكريمي في مؤتمر صحفي في دمشق أمس إسرائيل.",
     ("criticizes", "سالم الكريمي", "إسرائيل")),
    ("وأشاد سالم الكريمي في كلمة ألقاها بالقاهرة بالسعودية.",
     ("praises", "سالم الكريمي", "السعودية")),
])
def test_object_past_statement_place(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    "وندد سالم الكريمي في مؤتمر صحفي بالقاهرة بالهجوم على السفارة.",
    "وأشاد سالم الكريمي في كلمة ألقاها بدمشق بالجهود المبذولة.",
])
def test_statement_place_is_no_object(text: str) -> None:
    assert not {f for f in run(text) if f[2] in {"القاهرة", "دمشق"}}
