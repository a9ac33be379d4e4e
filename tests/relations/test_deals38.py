"""Agreements, meetings and visits, session 38 (helper m1). Made-up sentences.

- The first mention of the article of «الاتفاق النووي» («اتفاق لوزان النووي»), the subject
  of a that-clause, is the agreement even with no party named; not one told as a time
  («بعد التوقيع على الاتفاق النووي»), nor one after a deal already found to be none
  (``event_named_deals``).
- A deal approved by a body is the deal made when a definite participle of concluding follows
  it with its parties («يصادق على الاتفاق النووي المبرم بين X وY»; ``event_made_deals``);
  approved alone it stays none (``event_endorsed``).
- A present verb of going with «اليوم» («ويتوجه الوزير فلان، اليوم، إلى القاهرة») is the visit of
  the day; without «اليوم», behind «سـ», or with no named person, it is none; with a visit
  noun after it the noun is the visit, reached from the verb (``event_trips_today``,
  ``event_arrivals``), and «إلى العاصمة المصرية القاهرة» gives the capital as its place.
- Sanctions lifted from a side named by a feminine pronoun after the noun («فور رفع العقوبات
  الدولية عنها») are that side's: the state or place named last before the noun in its
  sentence, not the one who lifts them (``event_sanction_pronouns``); with no side named
  before, or a pronoun past another word, none.
- An understanding told as reached by a relative clause («للتفاهم الذي تم التوصل إليه في
  جنيف») is an agreement even with no party named; «روح التفاهم» or «مذكرة تفاهم» are not
  (``event_understandings``).
- What a deal will do is no party to it: «الاتفاق سيقود إلى علاقات أوثق مع الصين» gives no
  participant «الصين» (``event_deal_predicates``); «اتفاقاً مع الصين» still does.
- An event after «لم يصدر ما يفيد», «لا يوجد ما يشير» is told as unreported, no event
  (``event_unreported``); after «صدر ما يفيد» it stays.
- A literary or cultural club («نادي جدة الأدبي») and a working team («فريق عمل») are no
  sports words: a meeting in their sentence stays a meeting (``event_civic_teams``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

KHALID = E("Person", "خالد المنصور", ("خالد المنصور",))
SAMIR = E("Person", "سمير الدوسري", ("سمير الدوسري",))
LAUSANNE = E("City", "لوزان", ("لوزان",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
JEDDAH = E("City", "جدة", ("جدة",))
KOREA = E("Country", "كوريا الشمالية", ("كوريا الشمالية",))
CHINA = E("Country", "الصين", ("الصين",))
EGYPTIAN = E("Country", "مصر", ("مصر", "المصرية"))
BELARUS = E("Country", "بيلاروسيا", ("بيلاروسيا",))
EUROPE = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
GENEVA = E("City", "جنيف", ("جنيف",))
ALL = [GENEVA, KHALID, SAMIR, LAUSANNE, CAIRO, JEDDAH, KOREA, CHINA, EGYPTIAN, BELARUS, EUROPE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def of(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def trigger(doc: Document, event: Event) -> str:
    return doc.text[event.trigger_start:event.trigger_end]


# --- the nuclear deal named as such, with no party ---------------------------------------

def test_nuclear_deal_told_of_in_a_that_clause_is_the_agreement() -> None:
    doc = run("وقال خالد المنصور أمس إن الاتفاق النووي لن يبدل سياسة بلاده في المنطقة.")
    found = of(doc, "Agreement")
    assert [trigger(doc, e) for e in found] == ["الاتفاق"]
    assert role(doc, found[0], "agent") == [] and role(doc, found[0], "target") == []


def test_deal_named_by_its_city_and_kind_is_the_agreement() -> None:
    doc = run("وأشار خالد المنصور إلى أن اتفاق لوزان النووي لن يغلق الباب أمام الخلافات.")
    assert [trigger(doc, e) for e in of(doc, "Agreement")] == ["اتفاق"]


def test_nuclear_deal_told_as_a_time_is_no_agreement() -> None:
    doc = run("بدأ المسؤولون يتوافدون على القاهرة بعد التوقيع على الاتفاق النووي.")
    assert of(doc, "Agreement") == []


def test_deal_without_its_kind_is_no_agreement() -> None:
    doc = run("وقال خالد المنصور أمس إن الاتفاق لن يبدل سياسة بلاده في المنطقة.")
    assert of(doc, "Agreement") == []


def test_deal_after_a_conditional_mention_stays_none() -> None:
    doc = run("وقال خالد المنصور إن بلاده سترد إذا انتهكت كوريا الشمالية الاتفاق. "
              "وأضاف سمير الدوسري أن الاتفاق النووي لن يبدل شيئاً.")
    assert of(doc, "Agreement") == []


# --- an approved deal told as concluded by a participle -----------------------------------

def test_approved_deal_told_as_concluded_between_parties_is_the_agreement() -> None:
    doc = run("صادق البرلمان أمس على الاتفاق النووي المبرم بين كوريا الشمالية والصين.")
    found = of(doc, "Agreement")
    assert [trigger(doc, e) for e in found] == ["الاتفاق"]
    assert "كوريا الشمالية" in role(doc, found[0], "participant")


def test_approved_deal_alone_stays_none() -> None:
    doc = run("صادق البرلمان أمس على الاتفاق مع كوريا الشمالية بعد جدل طويل.")
    assert of(doc, "Agreement") == []


# --- cultural clubs and working teams are no sports words --------------------------------

def test_meeting_beside_a_literary_club_and_a_working_team_is_a_meeting() -> None:
    doc = run("اجتمع خالد المنصور بسمير الدوسري في نادي جدة الأدبي بحضور فريق عمل المهرجان.")
    found = of(doc, "Meeting")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["خالد المنصور"]


def test_meeting_beside_a_football_club_and_team_stays_none() -> None:
    doc = run("اجتمع خالد المنصور بسمير الدوسري في النادي بحضور لاعبي الفريق.")
    assert of(doc, "Meeting") == []


# --- a trip of the day told in the present ------------------------------------------------

def test_present_trip_with_today_is_the_visit() -> None:
    doc = run("ويتوجه خالد المنصور، وزير التجارة، اليوم، إلى القاهرة، لبحث العلاقات الثنائية.")
    found = of(doc, "Visit")
    assert [trigger(doc, e) for e in found] == ["ويتوجه"]
    assert role(doc, found[0], "agent") == ["خالد المنصور"]


def test_present_trip_without_today_is_none() -> None:
    doc = run("ويتوجه خالد المنصور، وزير التجارة، إلى القاهرة كل عام لبحث العلاقات الثنائية.")
    assert of(doc, "Visit") == []


def test_future_trip_with_today_is_none() -> None:
    doc = run("وسيتوجه خالد المنصور اليوم إلى القاهرة لبحث العلاقات الثنائية.")
    assert of(doc, "Visit") == []


def test_present_going_of_no_named_person_is_none() -> None:
    doc = run("يتوجه الناخبون اليوم إلى مراكز الاقتراع في القاهرة.")
    assert of(doc, "Visit") == []


def test_present_trip_with_today_before_a_visit_noun_is_the_nouns_visit() -> None:
    doc = run("يتوجه خالد المنصور وزير التجارة اليوم إلى العاصمة المصرية القاهرة في زيارة "
              "تستغرق يومين.")
    found = of(doc, "Visit")
    assert [trigger(doc, e) for e in found] == ["زيارة"]
    assert role(doc, found[0], "agent") == ["خالد المنصور"]
    assert role(doc, found[0], "location") == ["القاهرة"]


def test_present_trip_tomorrow_before_a_visit_noun_has_no_visitor() -> None:
    doc = run("يتوجه خالد المنصور وزير التجارة غداً إلى القاهرة في زيارة تستغرق يومين.")
    assert all(role(doc, e, "agent") == [] for e in of(doc, "Visit"))


# --- sanctions lifted from a side named by a pronoun ---------------------------------------

def test_sanctions_lifted_from_her_are_the_named_states() -> None:
    doc = run("وتستعد بيلاروسيا لجذب المستثمرين فور رفع العقوبات الدولية عنها بموجب الاتفاق.")
    found = of(doc, "Sanction")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["بيلاروسيا"]
    assert role(doc, found[0], "agent") == []


def test_sanctions_imposed_on_her_eased_are_the_named_states() -> None:
    doc = run("ارتفعت الصادرات من بيلاروسيا بعد قرار يخفف العقوبات المفروضة عليها.")
    found = of(doc, "Sanction")
    assert [role(doc, e, "target") for e in found] == [["بيلاروسيا"]]


def test_sanctions_lifted_with_no_side_named_before_stay_none() -> None:
    doc = run("وتستعد الشركات لجذب المستثمرين فور رفع العقوبات الدولية عنها بموجب الاتفاق.")
    assert of(doc, "Sanction") == []


def test_pronoun_past_another_phrase_names_no_side() -> None:
    doc = run("وتستعد بيلاروسيا لجذب المستثمرين فور رفع العقوبات بعد الحديث عنها طويلاً.")
    assert of(doc, "Sanction") == []


# --- events that nothing reported -----------------------------------------------------------

def test_talks_nothing_reported_are_no_meeting() -> None:
    doc = run("ولم يصدر ما يفيد بإجراء خالد المنصور مباحثات مع سمير الدوسري في القاهرة.")
    assert of(doc, "Meeting") == []


def test_visit_nothing_points_to_is_no_visit() -> None:
    doc = run("ولا يوجد ما يشير إلى زيارة خالد المنصور إلى القاهرة أمس.")
    assert of(doc, "Visit") == []


def test_talks_reported_stay_a_meeting() -> None:
    doc = run("وصدر بيان يفيد بإجراء خالد المنصور مباحثات مع سمير الدوسري في القاهرة.")
    found = of(doc, "Meeting")
    assert [role(doc, e, "agent") for e in found] == [["خالد المنصور"]]


# --- an understanding told as reached ---------------------------------------------------------

def test_understanding_told_as_reached_is_an_agreement() -> None:
    doc = run("وقال خالد المنصور إن الخطوة مخالفة للتفاهم الذي تم التوصل إليه في جنيف.")
    found = of(doc, "Agreement")
    assert [trigger(doc, e) for e in found] == ["للتفاهم"]
    assert role(doc, found[0], "agent") == [] and role(doc, found[0], "target") == []


def test_understanding_as_a_mood_is_no_agreement() -> None:
    doc = run("وقال خالد المنصور إن روح التفاهم سادت اللقاء في جنيف.")
    assert of(doc, "Agreement") == []


def test_memorandum_of_understanding_gives_no_second_trigger() -> None:
    doc = run("ووقعت كوريا الشمالية والصين أمس مذكرة تفاهم التي تم التوصل إليها في جنيف.")
    assert all(trigger(doc, e) != "تفاهم" for e in of(doc, "Agreement"))


# --- what a deal will do is no party to it -----------------------------------------------------

def test_relations_the_deal_leads_to_name_no_party() -> None:
    doc = run("وأبرمت كوريا الشمالية أمس الاتفاق. وقال سمير الدوسري إن الاتفاق سيقود إلى علاقات "
              "أوثق مع الصين.")
    assert all("الصين" not in role(doc, e, "participant") for e in of(doc, "Agreement"))


def test_deal_with_a_named_side_keeps_its_party() -> None:
    doc = run("ووقعت كوريا الشمالية أمس اتفاقاً تجارياً مع الصين في جنيف.")
    found = of(doc, "Agreement")
    assert any("الصين" in role(doc, e, "participant") for e in found)
