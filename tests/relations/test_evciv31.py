"""Civil events of long political and economic reports (session 31). Made-up sentences.

Rules tested:

- a past signing verb whose named subject is long (titles, a full name, a second signer with
  his title) stands farther before the agreement or document noun than the nearer rules
  look: it still signs the noun when its subjects end right before it, past a time word
  («وقع وزير المالية فلان ونظيره فلان أمس اتفاقية», «ووقع وزير الصحة الدكتور فلان أمس مذكرة
  تفاهم مع ...»). One signer is the agent, two are equal parties; a signing to come
  («من المقرر أن يوقع») or a phrase between the subject and the noun other than a time word
  and the named place of the signing («أمس في الرياض», «بجدة»; not «في العاصمة») leaves the
  noun to the nearer rules (``event_long_signers``); one named country or person signer joined
  by «و» to an unnamed one («ووقعت رملاند والقوى الكبرى اتفاقا») is one of equal parties, not
  the agent (``joined_signer``);
- a deal sent to a body («بعد إرساله اتفاق رملاند إلى مجلس الأمن») is referred, made before:
  no event (``event_endorsed``);
- an undated imperfect meeting or visit verb that opens its clause before its subject
  («ثم يلتقي صديقه فلان», «وعادة ما يستقبل الأمير المواطنين») tells a meeting to come, a
  habit or a story: no event; one dated to a day (left to the time rules), a headline opened
  by a title, and the perfect stay, and so does a relative
  clause on the visitor, a visit said to be under way («الذي يزور ... حاليا») or set as the
  time of another fact («فيما يزور», «في وقت يزور فيه»)
  (``event_told_ahead``);
- «التقى/اجتمع X Y، في زيارة» and «... لدى عودته من زيارة»: X, the one person who met, is
  the visitor, not Y, the name nearest before the visit noun; a reception («استقبل X Y في
  زيارة») keeps its guest as the visitor (``event_returns``);
- a title subject of a meeting verb followed by a time clause («والتقى الرئيس الرملندي خلال
  الزيارة الوزير فلاناً») does not take the name after that clause as its holder: that name is
  the one met; nor does a name past «أمس» («والتقى الوزير أمس في الكرمة فلاناً»)
  (``arguments.TITLE_BREAKS``);
- sanctions (and forces, withdrawals, meetings) that a clause studies or threatens
  («طلبت من مجلس الأمن دراسة فرض عقوبات», «هدد الاتحاد بفرض عقوبات») are weighed, not
  taken: no event; sanctions imposed stay (``event_advocated.WEIGHED``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

KARMA = E("City", "الكرمة", ("الكرمة",))
COUNCIL = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
SALEM = E("Person", "سالم الهادي", ("سالم الهادي",))
KAREEM = E("Person", "كريم النوري", ("كريم النوري",))
NOOR = E("Organization", "شركة النور", ("شركة النور",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
ALL = [SALEM, KAREEM, NOOR, RAMLAND, KARMA, COUNCIL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def events(doc: Document, label: str) -> list[object]:
    return [event for event in doc.events if event.label == label]


def test_a_titled_signer_far_before_a_memorandum_signed_it() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي أمس مذكرة تفاهم مع شركة النور.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["سالم الهادي"]
    assert role(doc, event, "participant") == ["شركة النور"]


def test_a_titled_signer_far_before_an_agreement_is_its_agent() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي أمس اتفاقية مع شركة النور.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["سالم الهادي"]


def test_two_titled_signers_are_equal_parties() -> None:
    doc = run("وقع وزير المالية سالم الهادي ونظيره الساحلي كريم النوري أمس اتفاقية لتجنب "
              "الازدواج الضريبي.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == []
    assert sorted(role(doc, event, "participant")) == ["سالم الهادي", "كريم النوري"]


def test_a_signing_to_come_is_no_signed_memorandum() -> None:
    doc = run("ومن المقرر أن يوقع وزير الصحة الرملندي الدكتور سالم الهادي مذكرة تفاهم مع "
              "شركة النور.")
    assert events(doc, "Agreement") == []


def test_a_phrase_between_the_signer_and_the_contract_leaves_it_unsigned() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي في العاصمة عقدا مع شركة النور.")
    assert events(doc, "Agreement") == []


def test_the_named_place_of_the_signing_may_stand_before_the_memorandum() -> None:
    doc = run("ووقعت شركة النور أمس في الكرمة مذكرة تفاهم مع رملاند.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["شركة النور"]


def test_a_place_with_the_clitic_b_may_stand_before_the_contract() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي أمس بالكرمة عقدا مع شركة النور.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["سالم الهادي"]


def test_an_undated_imperfect_meeting_verb_before_its_subject_is_no_event() -> None:
    doc = run("وعادة ما يستقبل وزير الخارجية الرملندي سالم الهادي في مكتبه كريم النوري.")
    assert events(doc, "Meeting") == []


def test_a_story_told_in_the_present_is_no_meeting() -> None:
    doc = run("ثم يلتقي صديقه الروائي كريم النوري الذي يدله على طريقة سهلة للكتابة.")
    assert events(doc, "Meeting") == []


def test_the_perfect_meeting_verb_stays() -> None:
    doc = run("والتقى وزير الخارجية الرملندي سالم الهادي أمس نظيره كريم النوري.")
    event = only(doc, "Meeting")
    assert role(doc, event, "agent") == ["سالم الهادي"]


def test_a_visit_under_way_stays() -> None:
    doc = run("ويزور وزير الخارجية الرملندي سالم الهادي حاليا مدينة الكرمة.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["سالم الهادي"]


def test_a_visit_set_as_the_time_of_another_fact_stays() -> None:
    doc = run("وصدر التقرير فيما يزور سالم الهادي مدينة الكرمة.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["سالم الهادي"]


def test_sanctions_asked_to_be_studied_are_no_event() -> None:
    doc = run("وطلبت رملاند أمس من مجلس الأمن دراسة فرض عقوبات على شركة النور.")
    assert events(doc, "Sanction") == []


def test_sanctions_threatened_are_no_event() -> None:
    doc = run("وهدد مجلس الأمن بفرض عقوبات على رملاند.")
    assert events(doc, "Sanction") == []
    doc = run("ولوحت رملاند أمس بفرض عقوبات جديدة على شركة النور.")
    assert events(doc, "Sanction") == []


def test_sanctions_imposed_stay() -> None:
    doc = run("وفرضت رملاند أمس عقوبات على شركة النور.")
    event = only(doc, "Sanction")
    assert role(doc, event, "agent") == ["رملاند"]


def test_a_named_signer_joined_to_an_unnamed_one_is_a_party() -> None:
    doc = run("ووقعت رملاند والقوى الكبرى اتفاقا في الكرمة.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == []
    assert role(doc, event, "participant") == ["رملاند"]


def test_a_lone_named_signer_is_the_agent() -> None:
    doc = run("ووقعت رملاند اتفاقا مع شركة النور.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["رملاند"]


def test_a_deal_sent_to_a_body_is_no_new_agreement() -> None:
    doc = run("وانتقد النواب الرئيس سالم الهادي بعد إرساله اتفاق رملاند إلى مجلس الأمن.")
    assert events(doc, "Agreement") == []


def test_who_met_during_a_visit_is_the_visitor() -> None:
    doc = run("والتقى وزير الخارجية الرملندي سالم الهادي رئيس الحكومة كريم النوري، في زيارة "
              "خاطفة لمدينة الكرمة.")
    visit = only(doc, "Visit")
    assert role(doc, visit, "agent") == ["سالم الهادي"]


def test_the_guest_of_a_reception_is_still_the_visitor() -> None:
    doc = run("واستقبل الرئيس الرملندي سالم الهادي الوزير كريم النوري في زيارة رسمية.")
    visit = only(doc, "Visit")
    assert role(doc, visit, "agent") == ["كريم النوري"]


def test_the_name_after_a_time_clause_is_not_the_title_subject() -> None:
    doc = run("والتقى الرئيس الرملندي خلال الزيارة الوزير كريم النوري.")
    meeting = only(doc, "Meeting")
    assert role(doc, meeting, "agent") == []
    assert role(doc, meeting, "participant") == ["كريم النوري"]


def test_a_name_right_after_the_title_is_its_holder() -> None:
    doc = run("والتقى الرئيس الرملندي سالم الهادي خلال الزيارة الوزير كريم النوري.")
    meeting = only(doc, "Meeting")
    assert role(doc, meeting, "agent") == ["سالم الهادي"]


def test_the_name_past_amsi_is_not_the_title_subject() -> None:
    doc = run("والتقى وزير الخارجية أمس في الكرمة كريم النوري.")
    meeting = only(doc, "Meeting")
    assert role(doc, meeting, "agent") == []
