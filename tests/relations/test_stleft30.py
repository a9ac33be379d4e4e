"""Stance constructions left undone by session 29, session 30.

- «غير أن البيت الأبيض رفض الاقتراح», «إلا أن حزب الله رفض», «لكن الرئيس الأمريكي X رفض»:
  a form that may be a verb or its verbal noun («رفض», «دعم») right after a name that opens
  the clause after «أنّ» or a sister (a person past his title, a body past its nisba) is the
  verb of that name, not a noun in construct; right after the subject of another verb
  («أكد الجبير دعم المملكة») it is still the noun, and a name in construct after a noun
  («أن رئيس حزب X رفض») is no holder (:mod:`kg.relations.stance_particle_verbs`);
- «وحثت X في أحاديث خاصة Y على», «ودعا X في اتصال هاتفي Y إلى», «وطالب X في تقرير جديد Y
  بـ», «وحث X في بيان صدر اليوم Y على»: talks, a report, a call are statements the stance
  is voiced in, with their indefinite adjectives, and a statement that «صدر» is closed by a
  time word; the object comes after them; a statement that goes on («في اتصال مع ...»,
  «في بيان صدر عن ...») gives no object (:mod:`kg.relations.stance_voiced_statements`);
- «ودعا X في تصريح لإحدى القنوات الفضائية Y إلى», «في تصريحات لصحيفة Z البريطانية», «في
  مقابلة مع Z الأسبوع الماضي»: the outlet a statement was given to (a named medium, a
  medium's head noun and its name, «لإحدى» and a definite noun), its adjectives and a time
  phrase come before the object; a person after «مع» is not passed
  (:mod:`kg.relations.stance_statement_outlets`);
- «رفض X اقتراح Y», «وأيدت X خطة Y», «ورحبت X بمبادرة Y»: a proposal noun in construct with
  its author, right after the verb or its subject (past «بشدة», «أمس»), is the object as a
  whole («اقتراح Y»), not Y; criticism («انتقدت X سياسة Y») still reads Y, and a proposal
  further on («رحبت X بالاتفاق الذي ينص على تنفيذ قرار Y») is not read
  (:mod:`kg.relations.stance_proposal_phrases`).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HOUSE = E("GovernmentBody", "البيت الأبيض", ("البيت الأبيض",))
HEZB = E("ArmedGroup", "حزب الله", ("حزب الله",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "الأمريكي", "واشنطن"), "Q30")
SAMIR = E("Person", "سمير داود", ("سمير داود",))
JUBAIR = E("Person", "عادل الجبير", ("الجبير",))
SAUDI = E("Country", "السعودية", ("السعودية", "المملكة"), "Q851")
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
IRAQ_GOV = E("GovernmentBody", "الحكومة العراقية", ("الحكومة العراقية",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
AMNESTY = E("Organization", "منظمة العفو الدولية", ("منظمة العفو الدولية",))
TIMES = E("MediaOrganization", "التايمز", ("التايمز",))
UK = E("Country", "بريطانيا", ("بريطانيا", "البريطانية"), "Q145")
ENTITIES = [HOUSE, HEZB, USA, SAMIR, JUBAIR, SAUDI, YEMEN_GOV, EU, IRAQ_GOV,
            ISRAEL, AMNESTY, TIMES, UK]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def holders(doc: Document, kind: str) -> set[str]:
    return {s for k, s, _ in stances(doc) if k == kind}


def objects(doc: Document, kind: str) -> set[str]:
    return {o for k, _, o in stances(doc) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وقالت إسرائيل إنها مستعدة للتهدئة. غير أن البيت الأبيض رفض الاقتراح الإسرائيلي.",
     "rejects", "البيت الأبيض"),
    ("وتحدثت مصر عن مبادرة جديدة، لكن البيت الأبيض رفض المبادرة المصرية.", "rejects",
     "البيت الأبيض"),
    ("إلا أن حزب الله رفض المبادرة المصرية.", "rejects", "حزب الله"),
    ("غير أن البيت الأبيض الأمريكي رفض الاقتراح الإسرائيلي.", "rejects", "البيت الأبيض"),
    ("غير أن الرئيس التنفيذي سمير داود رفض العرض الجديد.", "rejects", "سمير داود"),
    ("وكانت الحكومة قد عرضت الصلح ولكن سمير داود رفض العرض.", "rejects", "سمير داود"),
])
def test_verb_after_fronted_name(text: str, kind: str, holder: str) -> None:
    assert holders(run(text), kind) == {holder}


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن رئيس حزب الله رفض المبادرة المصرية.",  # the chief, unnamed
    "وأكد أن مستشار البيت الأبيض رفض الاقتراح الإسرائيلي.",
])
def test_construct_name_is_no_holder(text: str) -> None:
    assert not holders(run(text), "rejects")


def test_noun_after_another_verbs_subject() -> None:
    doc = run("أكد الجبير دعم المملكة للحكومة اليمنية.")
    assert ("supports", "السعودية", "الحكومة اليمنية") in stances(doc)
    assert "عادل الجبير" not in holders(doc, "supports")


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("وحثت واشنطن في أحاديث خاصة الحكومة العراقية على إجراء الانتخابات.", "urges",
     "الحكومة العراقية"),
    ("ودعا الاتحاد الأوروبي في اتصال هاتفي الحكومة العراقية إلى الحوار.", "urges",
     "الحكومة العراقية"),
    ("وانتقدت منظمة العفو الدولية في تقرير جديد الحكومة العراقية.", "criticizes",
     "الحكومة العراقية"),
    ("وحث الاتحاد الأوروبي في بيان صدر اليوم إسرائيل على وقف الاستيطان.", "urges", "إسرائيل"),
])
def test_object_past_statement(text: str, kind: str, target: str) -> None:
    assert objects(run(text), kind) == {target}


@pytest.mark.parametrize(("text", "kind"), [
    ("ودعا الاتحاد الأوروبي في اتصال مع الحكومة العراقية إسرائيل إلى الحوار.", "urges"),
    ("وحث الاتحاد الأوروبي في بيان صدر عن الحكومة العراقية إسرائيل على وقف الاستيطان.",
     "urges"),
])
def test_statement_that_goes_on(text: str, kind: str) -> None:
    assert not objects(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("ودعا سمير داود في تصريح لإحدى القنوات الفضائية العربية الحكومة العراقية إلى الحوار.",
     "urges", "الحكومة العراقية"),
    ("وانتقد سمير داود في تصريحات لصحيفة التايمز البريطانية الحكومة العراقية.", "criticizes",
     "الحكومة العراقية"),
    ("وأشاد سمير داود في مقابلة مع التايمز الأسبوع الماضي بالحكومة العراقية.", "praises",
     "الحكومة العراقية"),
])
def test_object_past_outlet(text: str, kind: str, target: str) -> None:
    assert objects(run(text), kind) == {target}


@pytest.mark.parametrize(("text", "kind"), [
    ("ودعا سمير داود في اتصال مع عادل الجبير الحكومة العراقية إلى الحوار.", "urges"),
    ("ودعا سمير داود في تصريح لوزير الحكومة العراقية إلى الحوار.", "urges"),
])
def test_no_outlet(text: str, kind: str) -> None:
    assert not objects(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("رفض سمير داود اقتراح الجبير.", "rejects", "سمير داود", "اقتراح الجبير"),
    ("وأيد الاتحاد الأوروبي خطة إسرائيل.", "supports", "الاتحاد الأوروبي", "خطة إسرائيل"),
    ("ورحب الاتحاد الأوروبي بمبادرة إسرائيل.", "welcomes", "الاتحاد الأوروبي",
     "مبادرة إسرائيل"),
    ("إلا أن حزب الله رفض اقتراح إسرائيل.", "rejects", "حزب الله", "اقتراح إسرائيل"),
    ("ورفض الاتحاد الأوروبي بشدة قرار إسرائيل.", "rejects", "الاتحاد الأوروبي", "قرار إسرائيل"),
])
def test_proposal_is_object(text: str, kind: str, holder: str, target: str) -> None:
    assert (kind, holder, target) in stances(run(text))
    assert {o for k, _, o in stances(run(text)) if k == kind} == {target}


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("وانتقد الاتحاد الأوروبي سياسة إسرائيل.", "criticizes", "إسرائيل"),
    ("ورحب الاتحاد الأوروبي بالاتفاق الذي ينص على تنفيذ قرار إسرائيل.", "welcomes",
     "الاتفاق"),
])
def test_no_proposal_phrase(text: str, kind: str, target: str) -> None:
    assert objects(run(text), kind) == {target}
