"""Stances against and for named actors on unseen news, session 37 (against37).

Rules tested:
- «حمّل X القيادي في حماس Y المسؤولية», «انتقد X العضو في الحزب Y»: a person named right
  after a membership (member or leader noun, «في» and the body, tagged or not) where the
  object may start is the object (kg.relations.stance_subject_titles).
- «لكن مصر تواجه معارضة الأردن», «وقال X إن مصر تتعرض لانتقادات الأردن», «لكن موسكو تصطدم
  برفض الأردن»: a named agent (a capital for its government) that opens its clause right
  before a verb of facing is the object of the stance faced; never the genitive of a noun
  before it (kg.relations.stance_received_before); «اصطدم بـ» faces like «واجه»
  (kg.relations.lexicon_stance_words.FACING_VERBS).
- «وانتقدت حركة التغيير الكردية ...», «ورفض ائتلاف دولة القانون ...»: a movement, current,
  coalition, group or bloc the NER missed, named by its head and genitive or
  adjective, holds the stance like a party; not an indefinite head with «من» («جماعة من
  المحتجين») (kg.relations.actors._SUBJECT_HEADS).
- «انتقادات لحزب X وحركة التغيير»: a body the NER missed, joined by a glued «و» right after
  the first named object, is an object too (kg.relations.stance_object_picks).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FAHD = E("Person", "فهد الشمري", ("فهد الشمري", "الشمري"))
SALIM = E("Person", "سالم الحربي", ("سالم الحربي",))
HAMAS = E("ArmedGroup", "حماس", ("حماس",))
UMMA = E("Organization", "حزب الأمة", ("حزب الأمة",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
MOSCOW = E("City", "موسكو", ("موسكو",), "Q649")
ENTITIES = [FAHD, SALIM, HAMAS, UMMA, EGYPT, JORDAN, RUSSIA, MOSCOW]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def found(text: str, kind: str) -> set[tuple[str, str]]:
    return {(holder, target) for k, holder, target in stances(run(text)) if k == kind}


@pytest.mark.parametrize(("text", "kind"), [
    ("وانتقد فهد الشمري القيادي في حماس سالم الحربي بسبب تصريحاته.", "criticizes"),
    ("وحمل فهد الشمري القيادي في حماس سالم الحربي المسؤولية عن الهجوم.", "criticizes"),
    ("وانتقد فهد الشمري القيادي في الحركة سالم الحربي.", "criticizes"),
    ("وأدان فهد الشمري العضو في حماس سالم الحربي.", "condemns"),
])
def test_person_after_membership_is_the_object(text: str, kind: str) -> None:
    assert ("فهد الشمري", "سالم الحربي") in found(text, kind)


def test_membership_before_the_verb_stays_the_subjects() -> None:
    facts = found("ورفض القيادي في حماس سالم الحربي الاتهامات الموجهة إليه.", "rejects")
    assert {holder for holder, _ in facts} == {"سالم الحربي"}
    assert all(target != "سالم الحربي" for _, target in facts)


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("لكن مصر تواجه معارضة الأردن في مجلس الأمن.", "opposes", "الأردن", "مصر"),
    ("وقال فهد الشمري إن مصر تتعرض لانتقادات الأردن.", "criticizes", "الأردن", "مصر"),
    ("لكن موسكو تصطدم برفض الأردن.", "rejects", "الأردن", "روسيا"),
    ("واصطدمت مصر بمعارضة الأردن.", "opposes", "الأردن", "مصر"),
])
def test_clause_subject_faces_the_stance(text: str, kind: str, holder: str,
                                         target: str) -> None:
    assert (holder, target) in found(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("وتحدث فهد الشمري عن حكومة مصر تواجه معارضة الأردن.", "opposes"),
    ("لكن مصر تواجه دعم الأردن.", "supports"),
])
def test_no_facer_read_from_a_genitive_or_for_support(text: str, kind: str) -> None:
    assert all(target != "مصر" for _, target in found(text, kind))


def test_collision_is_no_stance() -> None:
    assert not stances(run("واصطدمت سيارة فهد الشمري بشاحنة في مصر."))


def holders(text: str, kind: str) -> set[str]:
    return {holder for holder, _ in found(text, kind)}


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وانتقدت حركة التغيير الكردية قرار رئيس الإقليم.", "criticizes", "حركة التغيير الكردية"),
    ("ورفض ائتلاف دولة القانون الاتهامات الموجهة إليه.", "rejects", "ائتلاف دولة القانون"),
    ("وقال فهد الشمري إن تيار الإصلاح يعارض المشروع.", "opposes", "تيار الإصلاح"),
])
def test_untagged_movement_holds_the_stance(text: str, kind: str, holder: str) -> None:
    assert holder in holders(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("وأدانت جماعة من المحتجين القرار الأخير.", "condemns"),
    ("وانتقد تيار واسع من الناشطين الحكومة.", "criticizes"),
])
def test_indefinite_crowd_holds_no_stance(text: str, kind: str) -> None:
    assert not found(text, kind)


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("ووجه فهد الشمري انتقادات لحزب الأمة وحركة التغيير دون أن يسميهما.", "criticizes",
     "حركة التغيير"),
    ("وأدان فهد الشمري حماس وجماعة أنصار الشريعة.", "condemns", "جماعة أنصار الشريعة"),
])
def test_untagged_body_joined_to_a_named_object(text: str, kind: str, target: str) -> None:
    assert ("فهد الشمري", target) in found(text, kind)


def test_no_body_joined_past_a_mark() -> None:
    facts = found("وانتقد فهد الشمري حماس، وحركة التغيير تؤيده.", "criticizes")
    assert all(target != "حركة التغيير" for _, target in facts)
