"""Meetings and visits, session 37 (helper p5). Made-up sentences.

- A visit told by the arrival of its visitor reaches back over a long title chain, the place
  and a time of three words («مساء أول من أمس») to the verb of going (``event_arrivals``).
- A possessive reception or meeting noun told as the occasion of the clause («لدى استقباله»,
  «أثناء لقائه») is the subject's meeting with the person named after it, even behind the
  place and the day of the meeting («خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء»;
  ``kg.relations.possessive``); an intake or a gathering («لدى استقباله المهنئين», «لقائه
  بالصحفيين») stays none.
- A later «الاتفاق» whose relative clause tells it made («الذي أبرم في جنيف بين X وY») is
  read on its own though an earlier mention named no event, and even behind a word of
  reference («في إطار الاتفاق الذي أبرم»; ``event_made_deals``); one to come stays none.
- An agent that is a lone indefinite title head opening a longer title («استقبل رئيس وزراء
  نيوزيلندا», the guest of a host left unsaid) lowers the event (``event_title_agents``).
- A visit or meeting noun told as news («لم تعلن الحكومة نبأ الزيارة», «تفاصيل اللقاء») takes
  no agent from the teller before it (``event_news_of``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_title_agents import title_head_agent
from tests.relations.docbuilder import E, build_doc, role

GENERAL = E("Person", "جون ماكلين", ("جون ماكلين",))
AMMAN = E("City", "عمان", ("عمان",))
OTHER = E("Person", "سامي العلي", ("سامي العلي",))
PRINCE = E("Person", "فهد بن خالد", ("فهد بن خالد",))
ENVOY = E("Person", "كينجي تاناكا", ("كينجي تاناكا",))
MINISTER = E("Person", "مارك دوبوا", ("مارك دوبوا",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
CHILE = E("Country", "تشيلي", ("تشيلي",))
PERU = E("Country", "بيرو", ("بيرو",))
GENEVA = E("City", "جنيف", ("جنيف",))
ALL = [GENERAL, AMMAN, OTHER, PRINCE, ENVOY, MINISTER, BAGHDAD, CHILE, PERU, GENEVA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def visits(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Visit"]


# --- a visit told by the arrival of its visitor, far before the visit noun ---------------

def test_arrival_over_a_long_title_and_time_is_the_visit() -> None:
    doc = run("وصل قائد القيادة المركزية للقوات البريطانية المشتركة الجنرال جون ماكلين إلى عمان "
              "مساء أول من أمس في زيارة غير معلنة.")
    found = visits(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["جون ماكلين"]
    assert role(doc, found[0], "location") == ["عمان"]


def test_arrival_to_come_far_before_the_visit_noun_is_none() -> None:
    doc = run("يصل قائد القيادة المركزية للقوات البريطانية المشتركة الجنرال جون ماكلين إلى عمان "
              "مساء بعد غد الأحد في زيارة غير معلنة.")
    assert [role(doc, e, "agent") for e in visits(doc)] in ([], [[]])


def test_arrival_behind_a_clause_opener_gives_no_visitor() -> None:
    doc = run("وصل الجنرال جون ماكلين إلى عمان أمس، بينما كان سامي العلي قد أنهى قبل أيام "
              "في زيارة سابقة.")
    assert all(role(doc, e, "agent") != ["جون ماكلين"] for e in visits(doc))


def meetings(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Meeting"]


# --- a possessive reception or meeting noun as the occasion of the clause ---------------

def test_reception_noun_behind_upon_is_the_hosts_meeting() -> None:
    doc = run("أكد الأمير فهد بن خالد أمير المنطقة لدى استقباله سفير اليابان كينجي تاناكا "
              "متانة العلاقات بين البلدين.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["فهد بن خالد"]
    assert role(doc, found[0], "participant") == ["كينجي تاناكا"]
    assert role(doc, found[0], "target") == []


def test_meeting_noun_behind_while_is_the_subjects_meeting() -> None:
    doc = run("وقال الوزير سامي العلي أثناء لقائه وزير الخارجية الفرنسي مارك دوبوا إن "
              "بلاده تدعم الحل السياسي.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["سامي العلي"]
    assert role(doc, found[0], "participant") == ["مارك دوبوا"]


def test_the_one_met_after_the_place_and_the_day() -> None:
    doc = run("وقال الوزير سامي العلي خلال اجتماعه في بغداد السبت الماضي بوزير الخارجية "
              "الفرنسي مارك دوبوا إن بلاده تدعم الحل السياسي.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["سامي العلي"]
    assert role(doc, found[0], "participant") == ["مارك دوبوا"]


def test_reception_in_the_office_yesterday() -> None:
    doc = run("أكد الأمير فهد بن خالد لدى استقباله في مكتبه أمس سفير اليابان كينجي تاناكا "
              "متانة العلاقات.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["فهد بن خالد"]


def test_reception_of_well_wishers_is_no_meeting_of_actors() -> None:
    doc = run("أكد الأمير فهد بن خالد لدى استقباله المهنئين بعيد الفطر أهمية التكافل.")
    assert meetings(doc) == []


def test_meeting_the_press_after_the_place_is_no_meeting() -> None:
    doc = run("وقال الوزير سامي العلي خلال لقائه في بغداد مساء أمس بالصحفيين إن بلاده تدعم "
              "الحل السياسي.")
    assert meetings(doc) == []


def test_bare_reception_noun_is_no_trigger() -> None:
    doc = run("بدأ مطار بغداد استقبال الرحلات القادمة من عمان أمس.")
    assert meetings(doc) == []


def agreements(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Agreement"]


# --- a deal told as made by its relative clause, after a mention that named none --------

_IF_BROKEN = "وحذر المسؤولون من عودة التوتر إذا انتهكت تشيلي الاتفاق التاريخي. "


def test_deal_made_in_a_relative_clause_after_a_conditional_mention() -> None:
    doc = run(_IF_BROKEN + "وقال الوزير إن الاتفاق الذي أبرم في جنيف الأسبوع الماضي بين تشيلي "
              "وبيرو يفتح صفحة جديدة.")
    found = agreements(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == [] and role(doc, found[0], "target") == []
    assert "تشيلي" in role(doc, found[0], "participant")


def test_deal_made_behind_a_word_of_reference() -> None:
    doc = run(_IF_BROKEN + "وجاء القرار في إطار الاتفاق الذي أبرم في جنيف الأسبوع الماضي بين "
              "تشيلي وبيرو.")
    found = agreements(doc)
    assert len(found) == 1
    assert "تشيلي" in role(doc, found[0], "participant")


def test_deal_signed_by_sides_named_in_the_relative_clause() -> None:
    doc = run(_IF_BROKEN + "وأضاف أن الاتفاق الذي وقعته تشيلي مع بيرو سيعزز التجارة.")
    assert len(agreements(doc)) == 1


def test_deal_still_to_come_in_the_relative_clause_stays_none() -> None:
    doc = run(_IF_BROKEN + "وأضاف أن الاتفاق الذي سيتم توقيعه بين تشيلي وبيرو سيعزز التجارة.")
    assert agreements(doc) == []


def test_deal_referred_to_with_no_making_stays_none() -> None:
    doc = run(_IF_BROKEN + "وجاء القرار في إطار الاتفاق بين تشيلي وبيرو.")
    assert agreements(doc) == []


# --- a lone title head as the agent ---------------------------------------------------------

def test_lone_title_head_agent_is_doubted(monkeypatch) -> None:
    seen: list[bool] = []

    def spy(context: Extraction, draft: Draft) -> bool:
        seen.append(title_head_agent(context, draft))
        return seen[-1]

    monkeypatch.setattr("kg.relations.event_record.title_head_agent", spy)
    guest = E("Person", "سامي العلي", ("سامي العلي", "رئيس"))
    doc = extract_relations(build_doc(
        "وكان رئيس سامي العلي قد زار المدينة. وفي يوم الثلاثاء استقبل رئيس وزراء نيوزيلندا.",
        [guest], date="2024-05-02"))
    found = [e for e in doc.events if e.label == "Meeting" and role(doc, e, "agent") == ["رئيس"]]
    assert found and max(e.evidence.confidence for e in found) <= 0.65
    assert any(seen)


def test_named_host_after_the_title_is_no_doubt() -> None:
    doc = run("استقبل الأمير فهد بن خالد أمير المنطقة أمس سفير اليابان كينجي تاناكا.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["فهد بن خالد"]
    assert found[0].evidence.confidence >= 0.85


# --- a visit or meeting noun told as news -----------------------------------------------

def test_who_tells_the_news_of_a_visit_did_not_visit() -> None:
    body = E("Organization", "وزارة الإعلام", ("وزارة الإعلام",))
    doc = extract_relations(build_doc(
        "وصل الجنرال جون ماكلين إلى عمان أمس، بينما لم تعلن وزارة الإعلام نبأ الزيارة.",
        [*ALL, body], date="2024-05-02"))
    assert all(role(doc, e, "agent") != ["وزارة الإعلام"] for e in visits(doc))


def test_who_tells_the_details_of_a_meeting_did_not_meet() -> None:
    body = E("Organization", "وزارة الإعلام", ("وزارة الإعلام",))
    doc = extract_relations(build_doc("ونشرت وزارة الإعلام تفاصيل اللقاء أمس.",
                                      [*ALL, body], date="2024-05-02"))
    assert all(role(doc, e, "agent") != ["وزارة الإعلام"] for e in meetings(doc))
