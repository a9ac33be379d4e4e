"""Civil events on unseen news (session 27). Sentences written for the tests.

- A meeting noun whose genitive is two named actors joined by «و» («محادثات سولانا
  ولاريجاني») is a meeting of equals: both are participants, no agent; a meeting noun with
  its sides after «بين» keeps the raw confidence of a meeting with its sides read, not the
  floor of a meeting whose host is unread.
- A protocol («بروتوكول») and agreements counted as two or more («اتفاقيتين», «اتفاقيات») are
  an agreement where signed («وقعت الحكومة مسودة بروتوكول أمني مع المتمردين»), and no event
  elsewhere («ستحترم الاتفاقيات الموقعة»).
- A news agency in brackets («(رويترز)») is no party of a meeting; one named in the prose
  keeps its part («اجتمع فلان مع رويترز»).
- A place joined by «و» to a phrase after «بين» («لتوطيد العلاقات بين العراق ودولة قطر») is a
  term of a relation, not the place of a visit; places joined after the visit verb stay.
- A trigger noun right after «حزب»/«أحزاب» names a party («أحزاب اللقاء المشترك»), no event.
- What a plan or a text provides for, in the present right after its noun («تسوية تتضمن نشر
  مستشارين»), is no event; the past «تضمنت الزيارة لقاء» tells one, and a verb of content that
  opens its clause has the event noun as subject («إذ ينص اتفاق برلين على التصويت»).
- «مفاوضات» is a meeting only where held with a side named: «أجرى فلان مفاوضات مع فلان»,
  not «مفاوضات النووي», «الاستمرار في المفاوضات مع إيران».
- A «قمة» between two teams in a sentence that names a derby or the two teams' stadium is a
  match, no meeting.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args
from tests.relations.docbuilder import E, build_doc

SOLANA = E("Person", "خافيير سولانا", ("خافيير سولانا", "سولانا"))
LARIJANI = E("Person", "علي لاريجاني", ("علي لاريجاني", "لاريجاني"))
OLMERT = E("Person", "إيهود أولمرت", ("إيهود أولمرت", "أولمرت"))
ABBAS = E("Person", "محمود عباس", ("محمود عباس",))
BERLIN = E("City", "برلين", ("برلين",))
MARRAKESH = E("City", "مراكش", ("مراكش",))
KAWKAB = E("Organization", "الكوكب", ("الكوكب",))
HASSANIA = E("Organization", "الحسنية", ("الحسنية",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")
KHARTOUM_GOV = E("Organization", "الحكومة السودانية", ("الحكومة السودانية",))
REUTERS = E("MediaOrganization", "رويترز", ("رويترز",))
ATTIYAH = E("Person", "خالد العطية", ("خالد العطية",))
ERBIL = E("City", "أربيل", ("أربيل",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
ALL = [ATTIYAH, ERBIL, BAGHDAD, IRAQ, QATAR, REUTERS, SOLANA, LARIJANI, OLMERT, ABBAS, BERLIN,
       MARRAKESH, KAWKAB, HASSANIA, EGYPT, USA, KHARTOUM_GOV]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2006-10-01"))


# --- meetings of equals told by their noun ---------------------------------------------

@pytest.mark.parametrize("text", [
    "وقالت المصادر إن محادثات سولانا ولاريجاني كانت بناءة.",
    "وانتهت في برلين أمس محادثات سولانا ولاريجاني دون نتيجة.",
])
def test_a_meeting_noun_of_two_joined_names_has_them_as_participants(text: str) -> None:
    found = event_args(run(text), "Meeting")
    assert len(found) == 1
    assert {("participant", "خافيير سولانا"), ("participant", "علي لاريجاني")} <= found[0]
    assert not any(role == "agent" for role, _ in found[0])


def test_a_meeting_noun_of_one_name_with_a_guest_keeps_its_host() -> None:
    found = event_args(run("وقال إن محادثات سولانا مع لاريجاني في برلين كانت بناءة."),
                       "Meeting")
    assert len(found) == 1 and ("agent", "خافيير سولانا") in found[0]


def _confidence(doc: Document) -> float:
    meetings = [e for e in doc.events if e.label == "Meeting"]
    assert len(meetings) == 1
    return meetings[0].evidence.confidence


def test_sides_after_between_are_no_unread_host() -> None:
    equals = _confidence(run("وقالت الصحيفة إن اللقاء بين أولمرت ومحمود عباس تم في برلين."))
    hostless = _confidence(run("وقالت الصحيفة إن اللقاء مع أولمرت تم في برلين."))
    assert equals > hostless


# --- a summit of two teams is a match ---------------------------------------------------

def test_a_summit_of_two_teams_before_a_derby_is_no_meeting() -> None:
    doc = run("القمة في مراكش بين الكوكب والحسنية: فبمدينة مراكش يشهد ملعب الحارثي "
              "ديربي جهويا بين الكوكب والحسنية.")
    assert not [e for e in doc.events if e.label == "Meeting"]


def test_a_summit_between_two_bodies_without_a_match_stays_a_meeting() -> None:
    doc = run("وعقدت في مراكش أمس القمة بين الكوكب والحسنية لبحث التعاون.")
    assert [e for e in doc.events if e.label == "Meeting"]


# --- protocols and agreements counted, where signed -------------------------------------

@pytest.mark.parametrize(("text", "agent"), [
    ("وفي سياق آخر وقعت الحكومة السودانية مسودة بروتوكول أمني مع المتمردين.",
     "الحكومة السودانية"),
    ("ووقعت مصر أمس عشر اتفاقيات منح في القاهرة.", "مصر"),
    ("وأبرمت مصر اتفاقيتين للتعاون الاقتصادي.", "مصر"),
])
def test_a_signed_protocol_or_counted_agreements_are_an_agreement(text: str, agent: str) -> None:
    found = event_args(run(text), "Agreement")
    assert len(found) == 1 and ("agent", agent) in found[0]


@pytest.mark.parametrize("text", [
    "وقال إن مصر ستحترم الاتفاقيات الموقعة مع الولايات المتحدة.",
    "وأكدت مصر أهمية البروتوكول المعمول به مع الولايات المتحدة.",
    "وتناولت مصر والولايات المتحدة اتفاقيات التجارة الحرة.",
])
def test_protocols_and_agreements_not_signed_are_no_event(text: str) -> None:
    assert not event_args(run(text), "Agreement")


# --- a news agency credited in brackets ---------------------------------------------------

def test_an_agency_in_brackets_is_no_participant() -> None:
    found = event_args(run("وقالت إن اللقاء بين أولمرت ومحمود عباس تم بناء على مبادرة "
                           "مصرية (رويترز) وذكرت الصحيفة ذلك."), "Meeting")
    assert len(found) == 1 and ("participant", "إيهود أولمرت") in found[0]
    assert not any(name == "رويترز" for _, name in found[0])


def test_an_agency_met_in_the_prose_keeps_its_part() -> None:
    found = event_args(run("واجتمع أولمرت مع رويترز في برلين أمس."), "Meeting")
    assert len(found) == 1 and ("participant", "رويترز") in found[0]


# --- the terms of a relation after «بين» ----------------------------------------------------

@pytest.mark.parametrize("tail", ["بين العراق وقطر", "بين العراق ودولة قطر"])
def test_a_place_joined_after_between_is_no_place_visited(tail: str) -> None:
    found = event_args(run("وزار الوزير خالد العطية أربيل أمس. وقال الوزير إن الزيارة جاءت "
                           f"لتوطيد العلاقات {tail}."), "Visit")
    assert len(found) == 1 and ("location", "أربيل") in found[0]
    assert ("location", "قطر") not in found[0]


def test_places_joined_after_the_visit_verb_stay() -> None:
    found = event_args(run("وزار الوزير خالد العطية أمس بغداد وأربيل."), "Visit")
    assert len(found) == 1 and {("location", "بغداد"), ("location", "أربيل")} <= found[0]


# --- a party named like an event ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وجاء ذلك بعد يوم من إقرار أحزاب اللقاء المشترك المعارض بنتائج الانتخابات التي فاز بها "
    "محمود عباس.",
    "وقال محمود عباس إن حزب اللقاء الديمقراطي يرفض القرار.",
])
def test_a_party_named_like_a_meeting_is_no_meeting(text: str) -> None:
    assert not event_args(run(text), "Meeting")


def test_a_meeting_held_by_a_party_stays() -> None:
    assert event_args(run("وعقد حزب الأمة اجتماعا أمس مع محمود عباس في برلين."), "Meeting")


# --- what a plan provides for ----------------------------------------------------------------

def test_a_deployment_a_settlement_provides_for_is_no_event() -> None:
    doc = run("وأكد محمود عباس أن مصر تقبل بتسوية تتضمن نشر قوات دولية في برلين.")
    assert not event_args(doc, "Deployment")


def test_a_meeting_a_visit_included_happened() -> None:
    found = event_args(run("وتضمنت الزيارة لقاء مع محمود عباس في برلين."), "Meeting")
    assert len(found) == 1 and ("participant", "محمود عباس") in found[0]


def test_an_agreement_subject_of_a_verb_of_content_stays() -> None:
    found = event_args(run("وسيكون الأسبوع حاسما لمحمود عباس؛ إذ ينص اتفاق برلين مع مصر على "
                           "التصويت الأربعاء."), "Agreement")
    assert len(found) == 1 and ("location", "برلين") in found[0]


# --- negotiations held ------------------------------------------------------------------------

def test_negotiations_held_with_a_side_are_a_meeting() -> None:
    found = event_args(run("وأجرى محمود عباس أمس مفاوضات مع أولمرت في برلين."), "Meeting")
    assert len(found) == 1
    assert {("agent", "محمود عباس"), ("participant", "إيهود أولمرت")} <= found[0]


@pytest.mark.parametrize("text", [
    "وأعلنت مصر دعمها محمود عباس في مفاوضات برلين.",
    "وقال إن مصر لن تستطيع الاستمرار في المفاوضات مع أولمرت.",
    "وقالت مصر إن المفاوضات مع أولمرت ستستأنف في برلين.",
])
def test_negotiations_not_held_are_no_meeting(text: str) -> None:
    assert not event_args(run(text), "Meeting")
