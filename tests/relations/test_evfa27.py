"""Event precision, session 27: words that name no event of the news.

- a trigger read behind the future «س» is to come even when its form is read as a noun
  («إن إسرائيل ستسحب قواتها»);
- a deployment, a withdrawal, a sanction or a meeting voted on, allowed, prepared, ruled out
  or needed is a policy question, not an event (``event_advocated``); one supported, opposed
  or demanded stays, the object of the stance;
- an event told in a report that a verb of denial governs, with no punctuation between, is
  denied («نفى المصدر صحة تقارير تفيد بأن ...»); a deed past the denial, or one whose doer
  only denies a part in it, stays (``event_denied_reports``);
- an event in a condition opened by «إنْ» before a verb («إن فرضت العقوبات») is a condition
  (``event_if_clauses``); «إنّ»/«أن» before a noun or after a verb of saying is no condition;
- a meeting noun that a verb of airing or printing follows is an interview
  (``event_broadcast_talks``);
- a score, «النقاط الثلاث» and «منتخبنا» count as sports words (``event_sport_cues``);
- «ذلك العام», «تلك السنة» and a past century in digits («القرن الـ19») are background
  (``timex_period.that_era_at``).
"""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
LEBANON = E("Country", "لبنان", ("لبنان",))
SUDAN = E("Country", "السودان", ("السودان",))
DARFUR = E("Region", "دارفور", ("دارفور",))
SAMIR = E("Person", "سمير الهادي", ("سمير الهادي",))
COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
PEOPLE = [ISRAEL, LEBANON, SUDAN, DARFUR, SAMIR, COUNCIL]


def labels(text: str) -> list[str]:
    doc: Document = extract_relations(build_doc(text, PEOPLE, date="2008-05-07"))
    return [event.label for event in doc.events]


def test_a_future_withdrawal() -> None:
    assert "Withdrawal" not in labels("وقالت الناطقة إن إسرائيل ستسحب قواتها من لبنان.")
    assert "Withdrawal" in labels("وقالت الناطقة إن إسرائيل سحبت قواتها من لبنان أمس.")


@pytest.mark.parametrize(("text", "label"), [
    ("وصوت مجلس الأمن أمس على نشر قوة لحفظ السلام في دارفور.", "Deployment"),
    ("وكان البرلمان قد سمح للحكومة بإرسال قوات إلى دارفور.", "Deployment"),
    ("وقرر الاتحاد استبعاد العقوبات على السودان حاليا.", "Sanction"),
    ("وقال إن مجلس الأمن يتجه إلى إقرار عقوبات على السودان.", "Sanction"),
    ("وبدأت الحكومة التمهيد لنشر قوات في دارفور.", "Deployment"),
    ("وتتجه الحكومة إلى نشر قوات في دارفور.", "Deployment"),
])
def test_a_policy_on_an_event_is_no_event(text: str, label: str) -> None:
    assert label not in labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("وقال السفير إن الحكومة أرسلت قوات إلى دارفور أمس.", "Deployment"),
    ("وأعلن الجيش انسحاب القوات الإسرائيلية من لبنان أمس.", "Withdrawal"),
    ("ورحب المبعوث الدولي سمير الهادي بانسحاب القوات الإسرائيلية من لبنان.", "Withdrawal"),
    ("وفرض مجلس الأمن عقوبات على السودان أمس.", "Sanction"),
])
def test_an_event_done_stays(text: str, label: str) -> None:
    assert label in labels(text)


def test_a_deployment_opposed_stays_the_object_of_the_stance() -> None:
    doc = extract_relations(build_doc("وتعارض حكومة السودان إرسال قوات دولية إلى دارفور.",
                                      PEOPLE, date="2008-05-07"))
    assert [event.label for event in doc.events] == ["Deployment"]


def test_an_agreement_supported_was_made() -> None:
    assert "Agreement" in labels("وأكد السفير أن بلاده تدعم الاتفاق الذي وقعته الحكومة مع لبنان"
                                 " أمس.")


@pytest.mark.parametrize(("text", "label"), [
    ("نفى المصدر صحة تقارير تفيد بأن العميد سمير الهادي عذب في السجن.", "Attack"),
    ("ونفت الوزارة أنباء تفيد بأن مسلحين اختطفوا سمير الهادي في دارفور أمس.", "Attack"),
    ("ونفى الجيش أن تكون طائراته قصفت مستشفى في دارفور.", "Attack"),
])
def test_an_event_in_a_denied_report_is_no_event(text: str, label: str) -> None:
    assert label not in labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("ونفى الجيش صحة التقارير، وقال إن طائراته قصفت مواقع المسلحين في دارفور أمس.", "Attack"),
    ("ونفى الجيش ذلك وقال إن طائراته قصفت مواقع المسلحين في دارفور أمس.", "Attack"),
    ("ونفت الحركة أي علاقة لها بالهجوم الذي استهدف السوق أمس وأسفر عن مقتل خمسة أشخاص.",
     "Attack"),
])
def test_a_deed_told_past_the_denial_stays(text: str, label: str) -> None:
    assert label in labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("وهددت حكومة السودان بوقف التعاون إن فرضت العقوبات عليها.", "Sanction"),
    ("وتوعدت الحركة بالرد إن هاجمت القوات الإسرائيلية دارفور.", "Attack"),
])
def test_an_event_in_an_if_clause_is_no_event(text: str, label: str) -> None:
    assert label not in labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("وقالت الشرطة إن مسلحين هاجموا القرية أمس.", "Attack"),
    ("وبعد أن هاجم المسلحون القرية أمس فر السكان.", "Attack"),
    ("وقال سمير الهادي إن العقوبات التي فرضت على السودان أمس خطأ.", "Sanction"),
])
def test_that_and_a_noun_after_in_are_no_condition(text: str, label: str) -> None:
    assert label in labels(text)


@pytest.mark.parametrize("text", [
    "وقال سمير الهادي بلقاء مع راديو الشرق يبث غدا إن الأمر لا يتعلق بالسودان.",
    "وقال سمير الهادي في لقاء بثته الإذاعة الرسمية أمس إن الحكومة مستعدة.",
])
def test_a_talk_aired_is_an_interview(text: str) -> None:
    assert "Meeting" not in labels(text)


def test_a_meeting_not_aired_stays() -> None:
    assert "Meeting" in labels("والتقى سمير الهادي سفير لبنان أمس في لقاء بحث العلاقات"
                               " الثنائية.")


@pytest.mark.parametrize(("text", "label"), [
    ("وانتهى لقاء منتخب لبنان والسودان أمس بنتيجة 2 - 1.", "Meeting"),
    ("وقال مدير منتخبنا الوطني إن هدفنا في لقاء لبنان أول أمس إحراز النقاط الثلاث.",
     "Meeting"),
])
def test_a_score_or_our_team_tells_a_match(text: str, label: str) -> None:
    assert label not in labels(text)


def test_a_range_is_no_score_without_sport() -> None:
    assert "Withdrawal" in labels("وأعلنت إسرائيل انسحاب قواتها من 3-4 مواقع في جنوب لبنان"
                                  " أمس.")


def _attack(text: str) -> Event:
    doc = extract_relations(build_doc(text, PEOPLE, date="2008-05-07"))
    [event] = [event for event in doc.events if event.label == "Attack"]
    return event


@pytest.mark.parametrize("text", [
    "ونجا سمير الهادي من الهجوم الذي استهدف لبنان ذلك العام.",
    "وهاجم مسلحون قرية السلام في مطلع القرن الـ19.",
])
def test_that_year_and_a_century_in_digits_are_background(text: str) -> None:
    assert _attack(text).historical


@pytest.mark.parametrize("text", [
    "ونجا سمير الهادي من الهجوم الذي استهدف لبنان هذا العام.",
    "وهاجم مسلحون قرية السلام في القرن 21.",
])
def test_this_year_and_the_current_century_are_not(text: str) -> None:
    assert not _attack(text).historical


def test_talks_held_are_a_meeting() -> None:
    assert "Meeting" in labels("وجاء ذلك خلال المباحثات التي أجراها سمير الهادي اليوم مع وزير"
                               " خارجية لبنان.")
