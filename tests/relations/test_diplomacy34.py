"""Diplomatic events, session 34 (helper h7). Made-up sentences.

- A visit noun whose visitor's trip the article announced with a future verb («سيتوجه»,
  «من المقرر أن يزور») names the planned trip: it is lowered as one still to come
  (``event_announced_trips``).
- Talks told by their noun with the sides after «بين» are a meeting of equals: a name read
  before the noun as its doer is dropped (``event_parties.drop_hosts_of_equals``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

MINISTER = E("Person", "ماريو فيرنانديز", ("ماريو فيرنانديز", "فيرنانديز"))
ENVOY = E("Person", "كلارا مونتيس", ("كلارا مونتيس",))
LIMA = E("City", "ليما", ("ليما",))
PERU = E("Country", "بيرو", ("بيرو",))
CHILE = E("Country", "تشيلي", ("تشيلي",))
ALL = [MINISTER, ENVOY, LIMA, PERU, CHILE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def visits(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Visit"]


def meetings(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Meeting"]


# --- a trip announced ahead --------------------------------------------------------------

ANNOUNCED = ("أعلن وزير الخارجية ماريو فيرنانديز، اليوم، أنه سيتوجه إلى ليما الأسبوع المقبل. "
             "وتأتي زيارة فيرنانديز بعد أشهر من التوتر بين البلدين.")
TOLD = ("وصل وزير الخارجية ماريو فيرنانديز إلى ليما أمس. "
        "وتأتي زيارة فيرنانديز بعد أشهر من التوتر بين البلدين.")


def test_the_noun_of_an_announced_trip_is_lowered() -> None:
    announced = [v for v in visits(run(ANNOUNCED)) if role(run(ANNOUNCED), v, "agent")]
    told = [v for v in visits(run(TOLD)) if role(run(TOLD), v, "agent")]
    assert announced and told
    assert announced[-1].evidence.confidence < told[-1].evidence.confidence


def test_a_trip_planned_by_schedule_lowers_its_noun() -> None:
    planned = ("ومن المقرر أن يزور وزير الخارجية ماريو فيرنانديز ليما لحضور المراسم. "
               "وتأتي زيارة فيرنانديز بعد أشهر من التوتر بين البلدين.")
    lowered = [v for v in visits(run(planned)) if role(run(planned), v, "agent")]
    told = [v for v in visits(run(TOLD)) if role(run(TOLD), v, "agent")]
    assert lowered and told
    assert lowered[-1].evidence.confidence < told[-1].evidence.confidence


def test_another_persons_announced_trip_does_not_lower_the_visit() -> None:
    other = ("أعلنت المبعوثة كلارا مونتيس، اليوم، أنها ستتوجه إلى ليما الأسبوع المقبل. "
             "وتأتي زيارة فيرنانديز بعد أشهر من التوتر بين البلدين.")
    kept = [v for v in visits(run(other)) if role(run(other), v, "agent") == ["فيرنانديز"]]
    told = [v for v in visits(run(TOLD)) if role(run(TOLD), v, "agent") == ["فيرنانديز"]]
    assert kept and told
    assert kept[-1].evidence.confidence == told[-1].evidence.confidence


# --- talks between two sides -------------------------------------------------------------

def test_talks_between_two_sides_have_no_host() -> None:
    doc = run("وقالت المبعوثة كلارا مونتيس، التي قادت المحادثات بين بيرو وتشيلي، إن الأجواء "
              "كانت إيجابية.")
    talks = [m for m in meetings(doc) if role(doc, m, "participant")]
    assert talks
    assert role(doc, talks[0], "agent") == []
    assert set(role(doc, talks[0], "participant")) == {"بيرو", "تشيلي"}


def test_talks_with_a_guest_keep_their_host() -> None:
    doc = run("وأجرى وزير الخارجية ماريو فيرنانديز محادثات مع المبعوثة كلارا مونتيس في ليما.")
    talks = meetings(doc)
    assert talks
    assert role(doc, talks[0], "agent") == ["ماريو فيرنانديز"]


# --- a meeting verb joined to a visit whose doer is unnamed -------------------------------

def test_the_one_met_after_a_visit_by_an_unnamed_doer_is_no_agent() -> None:
    doc = run("وزار الوزير ليما أمس والتقى ماريو فيرنانديز.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent") == []
    assert role(doc, met[0], "participant") == ["ماريو فيرنانديز"]


def test_a_named_visitor_still_hosts_the_joined_meeting() -> None:
    doc = run("وزار ماريو فيرنانديز ليما أمس والتقى كلارا مونتيس.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent") == ["ماريو فيرنانديز"]
    assert role(doc, met[0], "participant") == ["كلارا مونتيس"]


def test_a_meeting_verb_opening_its_own_clause_keeps_its_subject() -> None:
    doc = run("التقى ماريو فيرنانديز كلارا مونتيس في ليما أمس.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent") == ["ماريو فيرنانديز"]


# --- a person told by a style, a title and a name ----------------------------------------

KING = E("Person", "فرناندو الأول", ("الحارس الأمين", "فرناندو الأول"))


def run_king(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, KING], date="2024-05-02"))


def test_the_styled_king_met_after_where_is_the_guest() -> None:
    doc = run_king("وزار ماريو فيرنانديز ليما أمس حيث التقى الحارس الأمين الملك فرناندو الأول.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent") == ["ماريو فيرنانديز"]
    assert "الحارس الأمين" in role(doc, met[0], "participant")


def test_a_second_person_after_the_name_still_opens_a_clause() -> None:
    doc = run("وزار الوفد ليما أمس حيث التقى ماريو فيرنانديز الوزيرة كلارا مونتيس.")
    met = meetings(doc)
    assert met
    assert "ماريو فيرنانديز" not in role(doc, met[0], "participant")


# --- signers before a counted document ---------------------------------------------------

def test_signers_before_a_counted_document_sign_it() -> None:
    doc = run("ووقعت بيرو وتشيلي أمس ست اتفاقيات للتعاون في مجال الطاقة.")
    deals = [e for e in doc.events if e.label == "Agreement"]
    assert deals
    assert set(role(doc, deals[0], "participant")) == {"بيرو", "تشيلي"}
    assert role(doc, deals[0], "agent") == []


def test_the_signer_before_a_partner_behind_with_is_the_agent() -> None:
    doc = run("ووقع وزير الخارجية ماريو فيرنانديز أمس مع المبعوثة كلارا مونتيس اتفاقية للتعاون.")
    deals = [e for e in doc.events if e.label == "Agreement"]
    assert deals
    assert role(doc, deals[0], "agent") == ["ماريو فيرنانديز"]
    assert role(doc, deals[0], "participant") == ["كلارا مونتيس"]


def test_two_signers_with_a_partner_stay_equal_parties() -> None:
    doc = run("ووقعت بيرو وتشيلي أمس اتفاقية للتعاون.")
    deals = [e for e in doc.events if e.label == "Agreement"]
    assert deals
    assert role(doc, deals[0], "agent") == []


# --- a stand of protest ------------------------------------------------------------------

def test_a_stand_of_protest_is_a_protest() -> None:
    doc = run("ونظم مئات المعلمين وقفة احتجاجية أمام مقر الحكومة في ليما أمس.")
    protests = [e for e in doc.events if e.label == "Protest"]
    assert protests
    assert doc.text[protests[0].trigger_start:protests[0].trigger_end] == "وقفة"


def test_a_brotherly_stand_is_no_protest() -> None:
    doc = run("وثمن الوزير ماريو فيرنانديز الوقفة الأخوية لبيرو مع تشيلي.")
    assert not [e for e in doc.events if e.label == "Protest"]


# --- two parties joined by «و», the second behind a title --------------------------------

def test_two_titled_parties_of_a_meeting_verb_are_equals() -> None:
    doc = run("والتقى الوزير ماريو فيرنانديز والمبعوثة كلارا مونتيس في ليما أمس.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent") == []
    assert set(role(doc, met[0], "participant")) == {"ماريو فيرنانديز", "كلارا مونتيس"}


def test_two_titled_parties_holding_talks_are_equals() -> None:
    doc = run("وأجرى الوزير ماريو فيرنانديز والمبعوثة كلارا مونتيس محادثات في ليما أمس.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent") == []
    assert set(role(doc, met[0], "participant")) == {"ماريو فيرنانديز", "كلارا مونتيس"}


def test_two_hosts_receiving_a_guest_are_no_equals() -> None:
    doc = run_king("واستقبل الحارس الأمين الملك فرناندو الأول والوزير ماريو فيرنانديز المبعوثة "
                   "كلارا مونتيس.")
    met = meetings(doc)
    assert met
    assert role(doc, met[0], "agent")
