"""Civil events of the local and economy press (session 30, round 2). Made-up sentences.

Rules tested:

- «توصل(ت) X إلى اتفاق مع Y», and the construct verbal noun «خبر توصل X إلى اتفاق مع Y»: one
  named X reached the deal, the agent; Y after «مع» a participant. Several subjects or no
  «مع» leave the sides as equal parties; the definite «التوصل» (an aim) and the imperfect
  («تتوصل») name no doer (``event_reached``);
- a contract or memorandum right after the verbal noun «توقيع»/«إبرام» is a signed agreement
  when a past frame tells it done («جرى/تم/شهد ... توقيع», «أعلنت عن توقيع», «بعد توقيع») and
  a party is named after «بين»/«مع»; not a signing to come, expected or refused, nor one
  with no party named (``event_signed_nouns``);
- the past verb «تفقد»/«تفقدت» is a visit by the one named person right after it (the place
  after it its location); not the imperfect of «فقد» with a body or a thing for subject
  («تفقد الشركة حصتها»), a verbal noun («بتفقد», «خلال تفقده»), nor an unnamed official
  (``event_inspections``); where the same person's visit was told before, the verb goes on
  telling it (no second visit); so does a later visit verb by that person naming no place
  of its own, while one to a new place is a visit of its own (``continued_visit``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

RAMLAND = E("Country", "رملاند", ("رملاند",))
SAHIL = E("Country", "ساحلستان", ("ساحلستان",))
BANK = E("Organization", "بنك النهر", ("بنك النهر",))
FUND = E("GovernmentBody", "وزارة المالية الرملندية", ("وزارة المالية الرملندية",))
NOOR = E("Organization", "شركة النور", ("شركة النور",))
SALEM = E("Person", "سالم الهادي", ("سالم الهادي",))
KARMA = E("City", "الكرمة", ("الكرمة",))
ALL = [RAMLAND, SAHIL, BANK, FUND, NOOR, SALEM, KARMA]


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


def test_a_memorandum_signed_between_two_companies() -> None:
    doc = run("وجرى أمس توقيع مذكرة تفاهم بين بنك النهر وشركة النور في مجال التدريب.")
    event = only(doc, "Agreement")
    assert sorted(role(doc, event, "participant")) == ["بنك النهر", "شركة النور"]


def test_a_contract_signed_with_a_company_at_a_ceremony() -> None:
    doc = run("وتم خلال الحفل توقيع عقد مع شركة النور لتوريد الأجهزة الطبية.")
    event = only(doc, "Agreement")
    assert role(doc, event, "participant") == ["شركة النور"]


def test_a_contract_to_be_signed_is_no_event() -> None:
    for text in ("وسيتم توقيع عقد مع شركة النور الأسبوع المقبل.",
                 "ويتوقع توقيع عقد مع شركة النور خلال أيام.",
                 "ورفضت الوزارة توقيع عقد مع شركة النور.",
                 "ووصل الوفد إلى الكرمة لتوقيع مذكرة تفاهم مع شركة النور."):
        assert not [e for e in run(text).events if e.label == "Agreement"], text


def test_a_contract_signing_with_no_party_is_no_event() -> None:
    doc = run("وجرى توقيع عقد المشروع في مقر الوزارة أمس.")
    assert not [e for e in doc.events if e.label == "Agreement"]


def test_a_named_official_inspecting_a_place_visits_it() -> None:
    doc = run("تفقد وزير الصحة سالم الهادي أمس مستشفى المدينة في الكرمة.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["سالم الهادي"]
    assert role(doc, event, "location") == ["الكرمة"]


def test_losing_is_no_inspection() -> None:
    for text in ("وقد تفقد شركة النور حصتها السوقية إذا استمر التراجع.",
                 "وقال سالم الهادي إن رملاند لن تفقد حصتها في السوق.",
                 "وقام الوزير سالم الهادي بتفقد المشاريع في الكرمة.",
                 "تفقد المحافظ سير العمل في مستشفى الكرمة.",
                 "وتخشى الأسرة أن تفقد سالم الهادي عملها في الشركة."):
        assert not [e for e in run(text).events if e.label == "Visit"], text


def test_an_inspection_within_a_visit_told_before_is_the_same_visit() -> None:
    doc = run("قام الوزير سالم الهادي أمس بزيارة تفقدية للوحدات في الكرمة. "
              "وتفقد الوزير سالم الهادي وحدة الإسعاف في المدينة.")
    assert len([e for e in doc.events if e.label == "Visit"]) == 1


def test_a_later_visit_verb_without_a_place_goes_on_the_visit_told() -> None:
    doc = run("قام الوزير سالم الهادي أمس بزيارة تفقدية للوحدات في الكرمة. "
              "وزار الوزير سالم الهادي عقب ذلك وحدات الإسعاف.")
    assert len([e for e in doc.events if e.label == "Visit"]) == 1


def test_a_later_visit_to_a_new_place_is_its_own() -> None:
    doc = run("زار الوزير سالم الهادي الكرمة أمس. وزار الوزير سالم الهادي رملاند اليوم.")
    assert len([e for e in doc.events if e.label == "Visit"]) == 2
