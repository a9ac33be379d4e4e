"""Meetings and visits, session 35 (helper h1). Made-up sentences.

- A light verb governs its «ب» noun past a title or a name set off by commas: the visitor
  is the light verb's subject, not the title word before the noun
  (``event_light_asides``, ``event_support.distant_light_subject``).
- A verb of receiving whose object is greetings, condolences, a call or a letter
  («استقبل التهاني», «استقبل اتصالاً») meets no one (``event_non_events``).
- A meeting verb joined to a meeting or visit of its sentence, with no subject of its own,
  shares that deed's own subject and is as sure (``event_shared_hosts``); a name right after
  it, past a time adjunct, before a second person, is its own subject
  (``event_joined_meetings``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

GOVERNOR = E("Person", "نبيل السعدون", ("نبيل السعدون", "السعدون"))
ENVOY = E("Person", "ليلى الحكيم", ("ليلى الحكيم",))
MAYOR = E("Person", "سامر العتيق", ("سامر العتيق",))
RIVER = E("Region", "منطقة الوادي", ("منطقة الوادي",))
TOWN = E("City", "الزهراء", ("الزهراء",))
LAND = E("Country", "مالطا", ("مالطا",))
BANK = E("Organization", "بنك التنمية الريفية", ("بنك التنمية الريفية",))
POST = E("Position", "أمير", ("أمير",))
ALL = [GOVERNOR, ENVOY, MAYOR, RIVER, TOWN, LAND, BANK, POST]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def of(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


# --- a light verb past an aside in commas -------------------------------------------------

def test_a_title_in_commas_does_not_take_the_visit() -> None:
    doc = run("وقام نبيل السعدون، أمير منطقة الوادي، بزيارة للمرضى في مستشفى الزهراء.")
    visits = of(doc, "Visit")
    assert visits
    assert role(doc, visits[0], "agent") == ["نبيل السعدون"]
    assert visits[0].evidence.confidence >= 0.8  # the light verb's own subject


def test_a_name_in_commas_after_a_title_is_the_visitor() -> None:
    doc = run("وقام الأمين العام، الدكتور نبيل السعدون، بجولة في الزهراء.")
    visits = of(doc, "Visit")
    assert visits
    assert role(doc, visits[0], "agent") == ["نبيل السعدون"]
    assert visits[0].evidence.confidence >= 0.8


def test_a_clause_in_commas_still_ends_the_light_verb() -> None:
    doc = run("وقام نبيل السعدون، الذي وصل أمس، بزيارة للمرضى في مستشفى الزهراء.")
    assert all(v.evidence.confidence < 0.8 for v in of(doc, "Visit"))


# --- receiving a thing ---------------------------------------------------------------------

def test_receiving_greetings_is_no_meeting() -> None:
    doc = run("واستقبل نبيل السعدون، رئيس بنك التنمية الريفية، التهاني من موظفي البنك صباح أمس.")
    assert of(doc, "Meeting") == []


def test_receiving_a_call_is_no_meeting() -> None:
    doc = run("واستقبل نبيل السعدون اتصالاً هاتفياً من ليلى الحكيم.")
    assert of(doc, "Meeting") == []


def test_receiving_a_guest_who_then_hands_a_letter_is_a_meeting() -> None:
    doc = run("واستقبل نبيل السعدون ليلى الحكيم في الزهراء وتسلم منها رسالة من سامر العتيق.")
    met = of(doc, "Meeting")
    assert met
    assert role(doc, met[0], "agent") == ["نبيل السعدون"]


# --- a second gathering verb of the same subject ----------------------------------------

def test_a_joined_meeting_shares_the_visitors_certainty() -> None:
    joined = run("وزار نبيل السعدون مالطا الأسبوع الماضي، والتقى خلال الزيارة ليلى الحكيم.")
    alone = run("التقى نبيل السعدون ليلى الحكيم في مالطا الأسبوع الماضي.")
    met, own = of(joined, "Meeting"), of(alone, "Meeting")
    assert met and own
    assert role(joined, met[0], "agent") == ["نبيل السعدون"]
    assert met[0].evidence.confidence == own[0].evidence.confidence


def test_a_joined_meeting_with_another_agent_keeps_its_doubt() -> None:
    doc = run("وزار نبيل السعدون مالطا الأسبوع الماضي، وقالت ليلى الحكيم إن سامر العتيق "
              "التقى الوفد.")
    visit = of(doc, "Visit")
    assert visit and visit[0].evidence.confidence >= 0.8
    assert all(role(doc, m, "agent") != ["نبيل السعدون"] for m in of(doc, "Meeting"))


def test_a_name_before_a_second_person_past_an_adjunct_is_the_subject() -> None:
    doc = run("وزار نبيل السعدون مالطا أمس، والتقى ليلى الحكيم بعد ذلك سامر العتيق.")
    met = of(doc, "Meeting")
    assert met
    assert role(doc, met[0], "agent") == ["ليلى الحكيم"]
    assert role(doc, met[0], "participant") == ["سامر العتيق"]


def test_a_name_before_a_place_and_a_second_person_is_the_subject() -> None:
    doc = run("واستقبل نبيل السعدون ليلى الحكيم أمس، والتقت ليلى الحكيم في الزهراء سامر العتيق.")
    met = [m for m in of(doc, "Meeting") if doc.text[m.trigger_start:m.trigger_end] == "والتقت"]
    assert met
    assert role(doc, met[0], "agent") == ["ليلى الحكيم"]


def test_the_one_met_alone_after_a_joined_verb_stays_a_participant() -> None:
    doc = run("وزار نبيل السعدون مالطا أمس، والتقى ليلى الحكيم في الزهراء.")
    met = of(doc, "Meeting")
    assert met
    assert role(doc, met[0], "agent") == ["نبيل السعدون"]
    assert role(doc, met[0], "participant") == ["ليلى الحكيم"]


# --- a visit told by the arrival of its visitor ------------------------------------------

def test_an_arrival_verb_behind_a_second_waw_gives_the_visitor() -> None:
    doc = run("ووصل نبيل السعدون إلى مالطا أمس في زيارة رسمية.")
    visits = of(doc, "Visit")
    assert visits
    assert role(doc, visits[0], "agent") == ["نبيل السعدون"]
    assert role(doc, visits[0], "location") == ["مالطا"]


def test_an_arrival_to_come_gives_no_visitor() -> None:
    doc = run("ويصل نبيل السعدون إلى مالطا غداً في زيارة رسمية.")
    assert all(role(doc, v, "agent") == [] or v.evidence.confidence < 0.8
               for v in of(doc, "Visit"))


# --- the place after a visit noun ---------------------------------------------------------

def test_the_place_after_a_visit_noun_is_where_it_goes() -> None:
    doc = run("وقام نبيل السعدون بزيارة مالطا أمس.")
    visits = of(doc, "Visit")
    assert visits
    assert role(doc, visits[0], "agent") == ["نبيل السعدون"]
    assert role(doc, visits[0], "location") == ["مالطا"]


def test_a_place_after_a_visit_noun_never_visits() -> None:
    doc = run("واستهل نبيل السعدون جولته بزيارة مالطا.")
    assert all(role(doc, v, "agent") != ["مالطا"] for v in of(doc, "Visit"))


def test_a_plural_verb_after_a_tour_noun_keeps_its_doubt() -> None:
    doc = run("وقام بنك التنمية الريفية بجولات في الزهراء، والتقوا بسامر العتيق.")
    assert all(m.evidence.confidence < 0.8 for m in of(doc, "Meeting"))


# --- a styled host told first in a reported clause ---------------------------------------

KING = E("Person", "فرناندو الأول", ("خادم البلاد الأمين", "فرناندو الأول"))


def test_a_styled_host_after_that_hosts_the_meeting() -> None:
    doc = extract_relations(build_doc(
        "وقالت الوكالة إن خادم البلاد الأمين الملك فرناندو الأول استقبل في الزهراء أمس "
        "ليلى الحكيم.", [*ALL, KING], date="2024-05-02"))
    met = of(doc, "Meeting")
    assert met
    assert role(doc, met[0], "agent") == ["فرناندو الأول"]
    assert met[0].evidence.confidence >= 0.8


def test_a_clause_between_that_and_the_host_leaves_it_unsure() -> None:
    doc = extract_relations(build_doc(
        "وقالت الوكالة إن خادم البلاد الأمين الذي عاد أمس فرناندو الأول استقبل في الزهراء "
        "ليلى الحكيم.", [*ALL, KING], date="2024-05-02"))
    assert all(m.evidence.confidence < 0.8 for m in of(doc, "Meeting"))


# --- a fronted possessive visit whose visitor meets after it ------------------------------

def test_a_fronted_visit_is_the_meeting_subjects() -> None:
    doc = run("وخلال زيارته إلى مالطا، التقى نبيل السعدون ليلى الحكيم.")
    visits = of(doc, "Visit")
    assert visits
    assert role(doc, visits[0], "agent") == ["نبيل السعدون"]


def test_a_fronted_visit_received_by_a_host_has_no_visitor_read() -> None:
    doc = run("وخلال زيارته إلى مالطا، استقبله نبيل السعدون.")
    assert all(role(doc, v, "agent") != ["نبيل السعدون"] for v in of(doc, "Visit"))


def test_a_fronted_visit_of_another_gender_is_not_the_subjects() -> None:
    doc = run("وخلال زيارتها إلى مالطا، التقى نبيل السعدون ليلى الحكيم.")
    assert all(role(doc, v, "agent") != ["نبيل السعدون"] for v in of(doc, "Visit"))
