"""Statements on the word of a named source: «وبحسب «رويترز»، ...», «...، بحسب الأمم
المتحدة.» The guidelines take the source as the author of what it reports (the dev and
test annotations give it a ``stated``). Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said
from tests.relations.docbuilder import E, build_doc

REUTERS = E("MediaOrganization", "رويترز", ("رويترز",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
MINISTRY = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
LIBYA = E("Country", "ليبيا", ("ليبية",), "Q1016")
ENTITIES = [REUTERS, UN, MINISTRY, LIBYA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_source_that_opens_the_sentence() -> None:
    doc = run("وبحسب «رويترز» من المتوقع إتمام الصفقة الشهر المقبل.")
    assert said(doc) == {("رويترز", "من المتوقع إتمام الصفقة الشهر المقبل")}


def test_what_follows_then() -> None:
    doc = run("وحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى أربعين حالة.")
    assert said(doc) == {("وزارة الصحة", "عدد الإصابات ارتفع إلى أربعين حالة")}


def test_a_source_that_closes_the_sentence() -> None:
    doc = run("وقتل أكثر من ثلاثة آلاف شخص في القتال، بحسب الأمم المتحدة.")
    assert said(doc) == {("الأمم المتحدة", "وقتل أكثر من ثلاثة آلاف شخص في القتال")}


def test_an_unnamed_source_says_nothing() -> None:
    assert not said(run("وبحسب مصادر ليبية فإن الهجوم أسفر عن قتلى كثيرين."))


def test_a_plan_is_no_source() -> None:
    assert not said(run("وتم توزيع الخطب حسب الخطة الموضوعة من الوزارة."))


def test_a_reporting_verb_after_the_source_keeps_its_own_speaker() -> None:
    doc = run("وبحسب «رويترز»، فقد ذكرت وزارة الصحة أن الإصابات تراجعت.")
    assert ("رويترز", "ذكرت وزارة الصحة أن الإصابات تراجعت") not in said(doc)
