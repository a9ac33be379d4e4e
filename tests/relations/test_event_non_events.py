"""Seasons received, schedules, vox pops and sports are no events; a tally stays low."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from kg.relations.event_confidence import EventCues, event_confidence
from tests.relations.docbuilder import E, build_doc

TOWN_HALL = E("Organization", "أمانة محافظة الخرج", ("أمانة محافظة الخرج",))
GOVERNOR = E("Person", "سلمان بن سعد", ("سلمان بن سعد",))
MINISTER = E("Person", "جون هاملتون", ("جون هاملتون",))
CHELSEA = E("Organization", "نادي تشيلسي", ("نادي تشيلسي",))
ROMA = E("Organization", "روما", ("روما",))
FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
MALI = E("Country", "مالي", ("مالي",), "Q912")
ALL = [TOWN_HALL, GOVERNOR, MINISTER, CHELSEA, ROMA, FRANCE, MALI]


def events(text: str, label: str) -> list[Event]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return [e for e in doc.events if e.label == label]


def test_a_season_received_is_no_meeting() -> None:
    assert events("استقبلت أمانة محافظة الخرج العيد بتزيين الشوارع والميادين.", "Meeting") == []
    assert events("يستقبل سلمان بن سعد شهر رمضان المبارك بحملة تطوعية.", "Meeting") == []


def test_a_guest_received_on_a_feast_is_still_a_meeting() -> None:
    assert events("استقبل سلمان بن سعد في مكتبه أمس جون هاملتون.", "Meeting")
    assert events("استقبل سلمان بن سعد جون هاملتون بمناسبة العيد.", "Meeting")


def test_a_title_ending_in_a_season_word_is_no_season() -> None:
    assert events("استقبل الأمين العام جون هاملتون في مقر المنظمة أمس.", "Meeting")


def test_visiting_hours_and_meeting_rooms_are_no_events() -> None:
    assert events("حدد سلمان بن سعد أوقات الزيارة في المستشفيات خلال أيام العيد.", "Visit") == []
    assert events("افتتح سلمان بن سعد قاعة الاجتماعات الجديدة في مبنى الإمارة.", "Meeting") == []


def test_a_visit_itself_is_still_an_event() -> None:
    assert events("بدأ جون هاملتون أمس زيارة رسمية إلى فرنسا تستمر يومين.", "Visit")


def test_a_vox_pop_is_no_meeting() -> None:
    text = "وفي لقاء مع عدد من الزوار قال سلمان بن سعد إن المهرجان ناجح."
    assert events(text, "Meeting") == []


def test_a_club_deal_is_sports_business() -> None:
    text = "وتوصل نادي تشيلسي أمس إلى اتفاق مع روما لضم مدافعه مقابل عشرين مليوناً."
    assert events(text, "Agreement") == []


def test_an_agreement_between_states_is_kept() -> None:
    assert events("وقعت فرنسا ومالي أمس اتفاقية للتعاون العسكري في باريس.", "Agreement")


def test_a_tally_stays_under_one_deed_however_sure() -> None:
    plain = {"verb": True, "participant": False, "other_roles": True, "definite_noun": False,
             "background": False, "killing_verb": True}
    tally = event_confidence(EventCues(agent="own", target="counted", tally=True, **plain))
    one_deed = event_confidence(EventCues(agent="none", target="counted", **plain))
    assert tally <= 0.5 < one_deed


RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
BANK = E("Organization", "البنك المركزي", ("البنك المركزي",))


def kinds(text: str, label: str) -> list[Event]:
    doc: Document = extract_relations(build_doc(text, [RUSSIA, IRAN, BANK, MALI]))
    return [e for e in doc.events if e.label == label]


def test_a_draw_of_no_troops_is_no_withdrawal() -> None:
    assert kinds("وقرر البنك المركزي سحب الودائع من المصارف المتعثرة.", "Withdrawal") == []
    assert kinds("وهدد النواب بسحب الثقة من حكومة مالي.", "Withdrawal") == []


def test_troops_drawn_back_are_a_withdrawal() -> None:
    assert kinds("وأعلنت روسيا أمس سحب قواتها من مالي.", "Withdrawal")


def test_a_spreading_of_no_troops_is_no_deployment() -> None:
    text = "وتشمل القائمة كيانات تعمل في أنشطة الانتشار الإيرانية غير المشروعة."
    assert kinds(text, "Deployment") == []


def test_a_definite_noun_done_by_an_adjective_stands_lower() -> None:
    plain = {"verb": False, "agent": "own", "target": "none", "participant": False,
             "other_roles": False, "definite_noun": True, "background": False}
    general = event_confidence(EventCues(adjective_doer=True, **plain))
    named = event_confidence(EventCues(**plain))
    assert general < named and general <= 0.6


def test_the_sides_campaign_in_general_is_read_lower() -> None:
    text = "ويرى الكاتب أن كثيرا ممن واجهوا الزحف الإيراني في المنطقة يطالبون بدعم أكبر."
    found = kinds(text, "MilitaryOperation")
    assert all(e.evidence.confidence <= 0.6 for e in found)


TAIF = E("City", "الطائف", ("الطائف",))
HILAL = E("Organization", "نادي الهلال", ("نادي الهلال",))


def deaths(text: str) -> list[Event]:
    doc: Document = extract_relations(build_doc(text, [TAIF, HILAL, MALI]))
    return [e for e in doc.events if e.label in {"Killing", "Protest"}]


def test_a_death_in_a_crash_or_a_fire_is_no_killing() -> None:
    assert deaths("لقي ثلاثة أشخاص مصرعهم وأصيب اثنان؛ إثر حادث تصادم شاحنتين قرب الطائف.") == []
    assert deaths("لقي خمسة عمال مصرعهم في حريق شب في مستودع بالطائف أمس.") == []


def test_a_death_in_an_attack_is_still_a_killing() -> None:
    assert deaths("قتل مسلحون خمسة جنود من جيش مالي في كمين قرب الحدود أمس.")


def test_a_clubs_complaint_is_no_protest() -> None:
    assert deaths("قررت لجنة الانضباط قبول احتجاج نادي الهلال على نتيجة المباراة.") == []


REPORTER = E("Person", "ماجد العتيبي", ("ماجد العتيبي",))
FIRM = E("Organization", "شركة الريان", ("شركة الريان",))


def agreements(text: str) -> list[Event]:
    doc: Document = extract_relations(build_doc(text, [REPORTER, FIRM, TAIF]))
    return [e for e in doc.events if e.label == "Agreement"]


def test_the_reporter_in_the_byline_is_no_party() -> None:
    text = "ماجد العتيبي- سبق- الطائف: زار أمس وفد من شركة الريان مقر البلدية."
    doc: Document = extract_relations(build_doc(text, [REPORTER, FIRM, TAIF]))
    assert all(a.start > text.index(":") for e in doc.events for a in e.arguments)


def test_a_person_after_the_byline_is_still_a_party() -> None:
    text = "الطائف: وقع ماجد العتيبي أمس اتفاقية مع شركة الريان لتطوير الحدائق."
    assert any(a.start == text.index("ماجد") for e in agreements(text) for a in e.arguments)


PRISONERS = E("Organization", "نادي الأسير الفلسطيني", ("نادي الأسير الفلسطيني",))


def test_a_civil_club_is_no_sports_club() -> None:
    text = "وقع نادي الأسير الفلسطيني أمس اتفاقية تعاون مع وزارة العدل."
    doc: Document = extract_relations(build_doc(text, [PRISONERS, MALI]))
    assert any(e.label == "Agreement" for e in doc.events)


def test_a_fire_set_by_an_attack_leaves_the_killing() -> None:
    text = "قتل مسلحون خمسة جنود من جيش مالي في هجوم أدى إلى حريق في الثكنة."
    assert deaths(text)
