"""Civil events that news tells by a construction around the trigger (session 28). Made-up
sentences.

Rules tested:

- a visit noun behind «في» («في زيارة رسمية», «في إطار زيارة», «ضمن جولة») after a past verb of
  going («وصل», «توجه», «غادر») is made by the verb's subject (after it, a relative's
  antecedent, or the subject of «كان ... قد»); the place after «إلى» is its location; not with
  a present verb («يصل ... غداً»), nor across punctuation or a clause opener
  (``event_arrivals``);
- the past verb «قابل»/«قابلت» is a meeting only with both persons who met named after it; not
  the adjective («قابل للتطبيق», «غير قابل»), a response («قابلت ... بالتصفيق»), a lone name
  («قابل الرئيس فلان»: who met whom is unclear), nor the dual or plural (``event_met``);
- sanctions told as imposed on a named side («العقوبات المفروضة على رملاند», «العقوبات التي
  فرضتها X على رملاند») are a standing Sanction on it even where a tally «منذ» or a hedge
  («ربما تضرر من») would make the bare noun no report (when lifted, eased or ended, «رفع»,
  «قد ينهي», «يخفف», only at their first mention: ``event_lifted_sanctions``, session 36),
  nor with a negated participle («غير مفروضة»)
  (``event_imposed``);
- a meeting or agreement whose clause says tomorrow («غداً», «بعد غد», «صباح الغد») is still to
  come; not where the clause says «أمس», past «على أن», or with a bare «الغد» («صحيفة الغد»);
  a tour that begins tomorrow is left as it was (``event_tomorrow``);
- «استقبل» with a facility for subject («استقبل مستشفى ...», «المستشفى استقبل») or a counted
  object («نحو 103 دعاوى», «300 مريض»; not a date «في 15 يوليو») is an intake, no meeting
  (``event_bulk_receptions``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

KAREEM = E("Person", "كريم الهادي", ("كريم الهادي",))
NADER = E("Person", "نادر السالم", ("نادر السالم",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
KARMA = E("City", "الكرمة", ("الكرمة",))
NAHR = E("City", "النهر", ("النهر",))
SAMI = E("Person", "سامي الراشد", ("سامي الراشد",))
SAHIL = E("Country", "ساحلستان", ("ساحلستان",))
UNION = E("Organization", "الاتحاد الجنوبي", ("الاتحاد الجنوبي",))
HOSPITAL = E("Organization", "مستشفى النهر العام", ("مستشفى النهر العام",))
ALL = [KAREEM, NADER, SAMI, RAMLAND, KARMA, NAHR, SAHIL, UNION, HOSPITAL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def labels(doc: Document) -> list[str]:
    return [e.label for e in doc.events]


def test_the_one_who_arrived_on_a_visit_is_the_visitor() -> None:
    doc = run("وصل رئيس وزراء رملاند كريم الهادي إلى الكرمة أمس في زيارة رسمية تستغرق يومين.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["كريم الهادي"]
    assert role(doc, event, "location") == ["الكرمة"]


def test_a_visit_framed_after_leaving_for_a_place() -> None:
    doc = run("غادر وزير الخارجية نادر السالم النهر أمس متوجها إلى الكرمة في إطار زيارة رسمية.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["نادر السالم"]
    assert role(doc, event, "location") == ["الكرمة"]


def test_the_subject_of_kana_qad_arrived() -> None:
    doc = run("وكان الوزير كريم الهادي قد وصل إلى الكرمة مساء أمس في زيارة رسمية.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["كريم الهادي"]


def test_a_relative_antecedent_arrived() -> None:
    doc = run("وقال كريم الهادي الذي وصل إلى الكرمة أمس في زيارة رسمية إن العلاقات متينة.")
    event = only(doc, "Visit")
    assert role(doc, event, "agent") == ["كريم الهادي"]


def test_an_arrival_to_come_makes_no_visit() -> None:
    doc = run("يصل رئيس وزراء رملاند كريم الهادي إلى الكرمة غدا في زيارة رسمية.")
    assert "Visit" not in labels(doc)


def test_no_visitor_across_a_clause_opener() -> None:
    doc = run("وصلت الطائرة إلى الكرمة بعد أن قدم الأطباء في زيارة.")
    assert "Visit" not in labels(doc)


def test_met_with_both_persons_named_is_a_meeting() -> None:
    doc = run("وقابل وزير الخارجية كريم الهادي نظيره نادر السالم في الكرمة أمس.")
    event = only(doc, "Meeting")
    assert role(doc, event, "agent") == ["كريم الهادي"]
    assert role(doc, event, "participant") == ["نادر السالم"]


def test_the_adjective_qabil_is_no_meeting() -> None:
    doc = run("وقال كريم الهادي إن اقتراح نادر السالم غير قابل للتطبيق.")
    assert "Meeting" not in labels(doc)
    doc = run("وأكد كريم الهادي أن الأمر قابل للنقاش مع نادر السالم.")
    assert "Meeting" not in labels(doc)


def test_a_response_is_no_meeting() -> None:
    doc = run("وقابلت الجماهير كريم الهادي ونادر السالم بالتصفيق الحار.")
    assert "Meeting" not in labels(doc)


def test_one_person_named_after_qabil_is_no_meeting() -> None:
    doc = run("قابل الرئيس كريم الهادي في الكرمة أمس.")
    assert "Meeting" not in labels(doc)
    doc = run("وقابلا كريم الهادي في الكرمة أمس.")
    assert "Meeting" not in labels(doc)


def test_sanctions_imposed_on_a_named_side_stand_past_a_since() -> None:
    doc = run("وتعاني رملاند من العقوبات المفروضة على رملاند منذ ضم الجزيرة.")
    event = only(doc, "Sanction")
    assert role(doc, event, "target") == ["رملاند"]


def test_sanctions_a_side_imposed_on_another_stand() -> None:
    doc = run("وربما تضرر الاقتصاد من العقوبات التي فرضها الاتحاد الجنوبي على ساحلستان.")
    event = only(doc, "Sanction")
    assert role(doc, event, "target") == ["ساحلستان"]
    assert role(doc, event, "agent") == ["الاتحاد الجنوبي"]


def test_imposed_sanctions_ended_or_eased_stand_on_the_named_side() -> None:
    # Session 36 (h6): the blind gold reads sanctions a deal may end, imposed on a named
    # state, as the Sanction on it (``event_lifted_sanctions``); this test said none before.
    doc = run("تراجعت أسعار النفط أمس مع اقتراب التوصل إلى اتفاق قد ينهي العقوبات المفروضة على "
              "رملاند منذ سنوات.")
    assert role(doc, only(doc, "Sanction"), "target") == ["رملاند"]
    doc = run("وقرر المجلس رفع العقوبات التي فرضها الاتحاد الجنوبي على ساحلستان.")
    assert "Sanction" not in labels(doc)


def test_sanctions_said_not_imposed_are_none() -> None:
    doc = run("وتعاني رملاند من العقوبات غير المفروضة على ساحلستان منذ ضم الجزيرة.")
    assert "Sanction" not in labels(doc)


def test_a_meeting_held_tomorrow_is_to_come() -> None:
    assert "Meeting" not in labels(run("ويعقد الوزير كريم الهادي اجتماعا مع نادر السالم غدا."))
    assert "Meeting" not in labels(run("ويلتقي كريم الهادي نادر السالم غدا في الكرمة."))
    assert "Meeting" not in labels(run(
        "وأكدت مصادر أن الاجتماع الذي يعقده كريم الهادي مع مديري التعليم بالمناطق مع بدء "
        "الدوام بعد غد الأربعاء يأتي لمناقشة الاستعدادات."))


def test_talks_and_a_signing_tomorrow_morning_are_to_come() -> None:
    doc = run("ويلتقي رئيس وزراء رملاند كريم الهادي نادر السالم صباح الغد في الكرمة.")
    assert "Meeting" not in labels(doc)
    doc = run("ويوقع كريم الهادي مع نادر السالم اتفاقية للتعاون الاقتصادي مساء غد.")
    assert "Agreement" not in labels(doc)


def test_a_tour_that_begins_tomorrow_is_left_as_it_was() -> None:
    doc = run("يبدأ وزير الخارجية كريم الهادي غدا جولة أوروبية تشمل رملاند.")
    assert role(doc, only(doc, "Visit"), "agent") == ["كريم الهادي"]


def test_a_meeting_held_with_more_tomorrow_stays() -> None:
    doc = run("وعقد الوزير كريم الهادي اجتماعا مع نادر السالم، على أن يلتقي بهم مجددا غدا.")
    assert role(doc, only(doc, "Meeting"), "agent") == ["كريم الهادي"]
    doc = run("وعقد الوزير كريم الهادي أمس اجتماعا مع نادر السالم يستأنف غدا.")
    assert role(doc, only(doc, "Meeting"), "agent") == ["كريم الهادي"]


def test_the_newspaper_al_ghad_sets_no_time() -> None:
    doc = run("وقال رئيس تحرير صحيفة الغد إن الوزير كريم الهادي التقى نادر السالم.")
    assert role(doc, only(doc, "Meeting"), "agent") == ["كريم الهادي"]


def test_a_hospital_that_takes_in_patients_meets_nobody() -> None:
    assert "Meeting" not in labels(run("واستقبل مستشفى النهر العام 300 مريض خلال أيام العيد."))
    assert "Meeting" not in labels(run("واستقبلت محاكم رملاند نحو 103 دعاوى ضد جهات حكومية."))


def test_a_count_of_people_received_is_no_meeting() -> None:
    doc = run("واستقبل كريم الهادي في الكرمة أكثر من مئة طالب من المتفوقين.")
    assert "Meeting" not in labels(doc)


def test_a_guest_received_on_a_date_is_met() -> None:
    doc = run("واستقبل كريم الهادي في 15 يوليو رئيس وزراء رملاند نادر السالم.")
    event = only(doc, "Meeting")
    assert role(doc, event, "agent") == ["كريم الهادي"]
