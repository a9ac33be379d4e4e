"""Civil events of the local and economy press (session 30, round 2). Made-up sentences.

Rules tested:

- «توصل(ت) X إلى اتفاق مع Y», and the construct verbal noun «خبر توصل X إلى اتفاق مع Y»: one
  named X reached the deal, the agent; Y after «مع» a participant. Several subjects or no
  «مع» leave the sides as equal parties; the definite «التوصل» (an aim) and the imperfect
  («تتوصل») name no doer (``event_reached``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

RAMLAND = E("Country", "رملاند", ("رملاند",))
SAHIL = E("Country", "ساحلستان", ("ساحلستان",))
BANK = E("Organization", "بنك النهر", ("بنك النهر",))
FUND = E("GovernmentBody", "وزارة المالية الرملندية", ("وزارة المالية الرملندية",))
ALL = [RAMLAND, SAHIL, BANK, FUND]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_the_one_who_reached_a_deal_with_another_is_its_agent() -> None:
    doc = run("وتوصلت وزارة المالية الرملندية أمس إلى اتفاق مع بنك النهر لتمويل المشروع.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["وزارة المالية الرملندية"]
    assert role(doc, event, "participant") == ["بنك النهر"]


def test_the_genitive_of_the_verbal_noun_reached_it() -> None:
    doc = run("ونشرت الصحيفة خبر توصل رملاند إلى اتفاق مع ساحلستان حول الحدود.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["رملاند"]
    assert role(doc, event, "participant") == ["ساحلستان"]


def test_an_unnamed_body_after_the_verbal_noun_reached_it() -> None:
    doc = run("وأكد المدير توصل إدارة المطار إلى اتفاق مع بنك النهر لإنشاء مبنى جديد.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["إدارة المطار"]
    assert role(doc, event, "participant") == ["بنك النهر"]


def test_two_sides_that_reached_a_deal_are_equals() -> None:
    doc = run("وتوصلت رملاند وساحلستان أمس إلى اتفاق حول الحدود.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == []
    assert "ساحلستان" in role(doc, event, "participant")


def test_a_deal_still_sought_has_no_doer() -> None:
    doc = run("وتسعى رملاند إلى التوصل إلى اتفاق مع ساحلستان حول الحدود.")
    assert not any(role(doc, e, "agent") == ["رملاند"] for e in doc.events)


def test_an_imperfect_reaching_names_no_agent() -> None:
    doc = run("وقال المسؤول إن رملاند قد تتوصل إلى اتفاق مع ساحلستان.")
    assert not any(role(doc, e, "agent") == ["رملاند"] for e in doc.events)
