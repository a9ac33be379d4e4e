"""Appeals, warnings and threats, session 39 (helper urges39).

Rules tested:
- «ويدعو القرار إلى ...», «وحذرت الدراسة من ...»: a definite document noun right after an
  appeal verb is its subject, never the one urged or warned
  (kg.relations.stance_document_addressees); an addressee named after the verb is kept.
- «توعّد تنظيم X Y بـ ...»: the past «توعد» opens with a «ت» of its own, so it is masculine
  (kg.relations.stance_verb_gender), not a feminine imperfect: a masculine body after it is
  its subject; «توعدت», «تتوعد» stay feminine.
- «المستشارة X تدعو Y وZ للتوصل إلى تسوية», «X يتهم Y بـ ...»: a named agent right before an
  imperfect stance verb (a headline, a line of a «قالوا» column) is the holder, and the names
  after the verb are the objects (kg.relations.stance_verb_subjects with
  kg.relations.stance_headline_order); a name governed by a noun before it («رئيس وزراء
  كينيا يدعو») holds nothing, as before.

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

SALEH = E("Person", "صالح الدوسري", ("صالح الدوسري",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
GROUP = E("ArmedGroup", "تنظيم الشباب", ("تنظيم الشباب",))
KENYA = E("Country", "كينيا", ("كينيا",))
GOVERNMENT = E("GovernmentBody", "الحكومة الصومالية", ("الحكومة الصومالية",))
MERKEL = E("Person", "هيلغا شتاين", ("هيلغا شتاين",))
SERBIA = E("Country", "صربيا", ("صربيا",))
KOSOVO = E("Country", "كوسوفو", ("كوسوفو",))
AGENCY = E("MediaOrganization", "وكالة الأنباء الوطنية", ("وكالة الأنباء الوطنية",))
ENTITIES = [SALEH, HEALTH, AGENCY, GROUP, KENYA, GOVERNMENT, MERKEL, SERBIA, KOSOVO]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "kind"), [
    ("وذكرت وكالة الأنباء الوطنية أن المجلس صوت بالإجماع. ويدعو القرار إلى تنفيذ كامل "
     "للجدول الزمني ويحث الدول على تسهيل العملية.", "urges"),
    ("وذكرت وكالة الأنباء الوطنية أن المجلس صوت بالإجماع. ويطالب القرار بوقف القتال.",
     "urges"),
    ("وقال صالح الدوسري إن المجلس صوت بالإجماع. ويدعو القرار إلى وقف القتال.", "urges"),
    # guards: kg found no fact here before the rule either
    ("وقال صالح الدوسري إن النتائج مقلقة. ودعا التقرير إلى الكف عن استعمال المادة.", "urges"),
    ("وقال صالح الدوسري إن الأرقام ترتفع. وحذرت الدراسة من أن المراهقين أكثر عرضة للخطر.",
     "warns"),
])
def test_a_document_after_the_verb_is_not_urged(text: str, kind: str) -> None:
    objects = {obj for _, obj in stances_of(run(text), kind)}
    assert not objects & {"القرار", "التقرير", "الدراسة"}


@pytest.mark.parametrize(("text", "holder", "target"), [
    ("ودعا صالح الدوسري وزارة الصحة إلى تنفيذ القرار.", "صالح الدوسري", "وزارة الصحة"),
    ("وحث صالح الدوسري وزارة الصحة على نشر التقرير.", "صالح الدوسري", "وزارة الصحة"),
])
def test_an_addressee_after_the_subject_is_kept(text: str, holder: str, target: str) -> None:
    assert (holder, target) in stances_of(run(text), "urges")


@pytest.mark.parametrize(("text", "holder", "target"), [
    ("توعد تنظيم الشباب كينيا بهجمات جديدة.", "تنظيم الشباب", "كينيا"),
    ("وتوعد تنظيم الشباب كينيا بالانتقام.", "تنظيم الشباب", "كينيا"),
    # guards: the feminine forms, as ever
    ("وتوعدت الحكومة الصومالية تنظيم الشباب بالهزيمة.", "الحكومة الصومالية", "تنظيم الشباب"),
    ("وتتوعد الحكومة الصومالية تنظيم الشباب بالهزيمة.", "الحكومة الصومالية", "تنظيم الشباب"),
])
def test_the_past_of_tawaad_is_masculine(text: str, holder: str, target: str) -> None:
    assert (holder, target) in stances_of(run(text), "threatens")


@pytest.mark.parametrize(("text", "kind", "pairs"), [
    ("* «حان وقت التسوية».\nالوزيرة هيلغا شتاين تدعو صربيا وكوسوفو للتوصل لتسوية بشأن النزاع",
     "urges", {("هيلغا شتاين", "صربيا"), ("هيلغا شتاين", "كوسوفو")}),
    # guard: a headline after a colon was read so before the rule
    ("قمة الأمن: صالح الدوسري يتهم وزارة الصحة بالتقصير", "criticizes",
     {("صالح الدوسري", "وزارة الصحة")}),
])
def test_a_name_before_an_imperfect_verb_holds_it(text: str, kind: str,
                                                  pairs: set[tuple[str, str]]) -> None:
    assert pairs <= stances_of(run(text), kind)


def test_a_governed_name_before_the_verb_holds_nothing() -> None:
    doc = run("وقال إن رئيس وزراء كينيا يدعو صربيا إلى الحوار.")
    assert ("كينيا", "صربيا") not in stances_of(doc, "urges")
    assert ("صربيا", "كينيا") not in stances_of(doc, "urges")
