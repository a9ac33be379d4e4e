"""Stances of session 33 (long politics articles), on sentences written for the tests.

- «اعترض على» in the dual («اعترضا», «تعترضان») and with a possessive («اعتراضهما»);
- a name after a noun with a possessive pronoun («ووزير داخليته X») is in apposition,
  not a genitive, so it holds the verb after it;
- a proposal after the «على» of «اعترض على»/«تحفظها على» is the object as a whole;
- «كما نفى الجانبان ...»: a dual of two sides right after «نفى» is its subject, so the
  earlier speaker is not continued;
- «ألا» (أن + لا) is no definite word and ends a phrase («من مستشاريه ألا يحضروا»).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, pairs
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, QATAR, UN, HASSAN, KARIM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "subject", "obj"), [
    ("وكان حسن العلي وكريم سالم قد اعترضا على الخطة الجديدة.", "كريم سالم", "الخطة الجديدة"),
    ("ومصر وقطر تعترضان على التعديلات الأخيرة.", "مصر", "التعديلات الأخيرة"),
    ("ومصر وقطر تعترضان على التعديلات الأخيرة.", "قطر", "التعديلات الأخيرة"),
])
def test_dual_objection(text: str, subject: str, obj: str) -> None:
    assert (subject, obj) in pairs(run(text), "opposes")


def test_intercepted_is_no_objection() -> None:
    doc = run("واعترضته دورية تابعة لقطر على الطريق الساحلي.")
    assert not pairs(doc, "opposes")


@pytest.mark.parametrize(("text", "subject", "obj"), [
    ("لكن رئيس الحكومة ووزير داخليته كريم سالم اعترضا على الاتهامات الموجهة.", "كريم سالم",
     "الاتهامات الموجهة"),
    ("وسفير خارجيتها حسن العلي يرفض الاتهامات الموجهة.", "حسن العلي", "الاتهامات الموجهة"),
])
def test_name_after_owned_noun_holds(text: str, subject: str, obj: str) -> None:
    doc = run(text)
    assert (subject, obj) in pairs(doc, "opposes") | pairs(doc, "rejects")


def test_genitive_name_still_holds_nothing() -> None:
    doc = run("ورئيس وزراء مصر يرفض الاتهامات الموجهة.")
    assert not any(s == "مصر" for s, _ in pairs(doc, "rejects"))


@pytest.mark.parametrize(("text", "subject"), [
    ("واعترضت قطر على قرار الأمم المتحدة.", "قطر"),
    ("وأبدت مصر تحفظها على قرار الأمم المتحدة.", "مصر"),
])
def test_proposal_after_ala(text: str, subject: str) -> None:
    found = pairs(run(text), "opposes")
    assert (subject, "قرار الأمم المتحدة") in found
    assert (subject, "الأمم المتحدة") not in found


def test_protest_keeps_its_named_object() -> None:
    doc = run("واحتجت قطر على قرار الأمم المتحدة.")
    assert ("قطر", "الأمم المتحدة") in pairs(doc, "criticizes")


def _denials(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for s, o, _, _ in facts(doc, "denies")}


def test_sides_deny_not_the_earlier_speaker() -> None:
    doc = run("ونفت مصر أن تكون قد دعمت المتمردين. "
              "كما نفى الجانبان ما تردد في وسائل الإعلام عن الاتفاق.")
    denied = _denials(doc)
    assert any(s == "مصر" and o.startswith("تكون") for s, o in denied)
    assert not any(o.startswith("الجانبان") for _, o in denied)


def test_subjectless_denial_still_continues() -> None:
    doc = run("ونفت مصر أن تكون قد دعمت المتمردين. "
              "كما نفت ما تردد في وسائل الإعلام عن الاتفاق.")
    assert any(s == "مصر" and o.startswith("ما تردد") for s, o in _denials(doc))


def test_alla_ends_the_phrase() -> None:
    doc = run("وطلب حسن العلي من مستشاريه ألا يحضروا الجلسات.")
    assert not any("الا" in o or "ألا" in o for _, o in pairs(doc, "urges"))


def test_alla_after_a_named_addressee() -> None:
    doc = run("وطلب حسن العلي من الأمم المتحدة ألا تتدخل في الأزمة.")
    assert ("حسن العلي", "الأمم المتحدة") in pairs(doc, "urges")
