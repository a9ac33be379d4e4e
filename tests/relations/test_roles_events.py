"""Roles, events, geography, membership and time on sentences written for the tests."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import event_args, facts, pairs
from tests.relations.docbuilder import E, build_doc

FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
MALI = E("Country", "مالي", ("مالي",), "Q912")
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",), "Q458")
AU = E("InternationalOrganization", "الاتحاد الأفريقي", ("الاتحاد الأفريقي",), "Q7159")
BAMAKO = E("City", "باماكو", ("باماكو",), "Q3703")
GAO = E("City", "غاو", ("غاو",))
REBELS = E("ArmedGroup", "جماعة النصرة", ("جماعة النصرة",))
LOUIS = E("Person", "لويس مارتان", ("لويس مارتان", "مارتان"))
ADAMA = E("Person", "آدم كوني", ("آدم كوني", "كوني"))
SARA = E("Person", "سارة دوبوا", ("سارة دوبوا",))
ALL = [FRANCE, MALI, EU, AU, BAMAKO, GAO, REBELS, LOUIS, ADAMA, SARA]


def run(text: str, date: str | None = None) -> object:
    return extract_relations(build_doc(text, ALL, date=date))


def test_preposed_title_with_organisation() -> None:
    doc = run("وقال الأمين العام للاتحاد الأفريقي آدم كوني إن الوضع خطير.")
    assert ("آدم كوني", "الأمين العام") in pairs(doc, "holdsPosition")
    assert ("الأمين العام", "الاتحاد الأفريقي") in pairs(doc, "positionOf")
    assert ("آدم كوني", "الاتحاد الأفريقي") in pairs(doc, "leads")
    position = next(e for e in doc.entities if e.label == "Position")
    assert position.name == "الأمين العام"


def test_apposition_title_with_nisba_country_and_observation_time() -> None:
    doc = run("واستقبل لويس مارتان، وزير الدفاع الفرنسي، وفدا من مالي.", date="2019-11-14")
    assert ("لويس مارتان", "وزير الدفاع") in pairs(doc, "holdsPosition")
    assert ("وزير الدفاع", "فرنسا") in pairs(doc, "positionOf")
    [holds] = [r for r in doc.relations if r.kind == "holdsPosition"]
    assert holds.time == "2019-11-14"
    assert pairs(doc, "leads") == set()


def test_title_alone_later_refers_to_the_person() -> None:
    text = ("وقالت سارة دوبوا، سفيرة الاتحاد الأوروبي لدى مالي، إن الدعم مستمر. "
            "وأكدت السفيرة أن الحوار هو الحل.")
    doc = run(text)
    assert {s for s, _ in pairs(doc, "stated")} == {"سارة دوبوا"}
    assert len(pairs(doc, "stated")) == 2


def test_military_operation_with_agent_and_location() -> None:
    doc = run("وأعلنت مالي عن توغل جماعة النصرة في غاو أمس.", date="2020-03-05")
    [args] = event_args(doc, "MilitaryOperation")
    assert args == {("agent", "جماعة النصرة"), ("location", "غاو")}
    [event] = [e for e in doc.events if e.label == "MilitaryOperation"]
    assert event.time == "2020-03-04"
    assert event.evidence.trigger_start == doc.text.index("توغل")


def test_killing_by_first_person_in_a_quote_of_an_envoy() -> None:
    text = "وقال لويس مارتان، مبعوث فرنسا إلى مالي: «نحن من قتل زعيم جماعة النصرة»."
    doc = run(text)
    [args] = event_args(doc, "Killing")
    assert ("agent", "فرنسا") in args
    assert ("target", "زعيم جماعة النصرة") in args
    assert ("زعيم جماعة النصرة", "جماعة النصرة") in pairs(doc, "leads")


def test_meeting_with_host_location_participants_and_weekday() -> None:
    text = "واستضافت فرنسا اجتماعا في باماكو الخميس مع الاتحاد الأفريقي."
    doc = run(text, date="2019-11-16")
    [args] = event_args(doc, "Meeting")
    assert ("location", "باماكو") in args
    assert ("participant", "الاتحاد الأفريقي") in args
    [meeting] = [e for e in doc.events if e.label == "Meeting"]
    assert meeting.time == "2019-11-14"


def test_opposition_to_an_event_inside_a_quote() -> None:
    text = "وقال لويس مارتان، وزير خارجية فرنسا: «لم نكن راضين عن انسحاب مالي من الاتفاق»."
    doc = run(text)
    opposes = facts(doc, "opposes")
    assert ("فرنسا", "Withdrawal:انسحاب", "positive", "reported") in opposes


def test_located_in_and_part_of() -> None:
    doc = run("ووقع الهجوم في مدينة غاو، شمال مالي.")
    assert ("غاو", "مالي") in pairs(doc, "locatedIn")


def test_membership_list() -> None:
    doc = run("وأيدت فرنسا ومالي، الدول الأعضاء في الاتحاد الأفريقي، القرار.")
    assert {("فرنسا", "الاتحاد الأفريقي"), ("مالي", "الاتحاد الأفريقي")} <= pairs(doc, "memberOf")


def test_no_date_no_resolution() -> None:
    doc = run("وأعلنت مالي عن توغل جماعة النصرة في غاو أمس.")
    assert all(e.time is None for e in doc.events)


def test_bare_direction_names_a_landmark_not_the_location() -> None:
    """«في غاو شمال باماكو»: the event is in Gao; Bamako is only what «north of» measures
    from, so it is neither a location nor a target of the attack."""
    [args] = event_args(run("هاجمت جماعة النصرة الجيش في غاو شمال باماكو أمس."), "Attack")
    assert ("location", "غاو") in args
    assert ("location", "باماكو") not in args and ("target", "باماكو") not in args


def test_direction_opening_the_place_phrase_still_locates() -> None:
    """«في شمال مالي»: the direction carries the «في», so the event is in Mali."""
    [args] = event_args(run("هاجمت جماعة النصرة الجيش في شمال مالي أمس."), "Attack")
    assert ("location", "مالي") in args


def test_country_in_the_genitive_of_a_title_is_not_the_one_met() -> None:
    """«التقى لويس مارتان رئيس جمهورية مالي»: Mali names the office of the one met; the
    meeting's participant is the (unnamed) president, not the country."""
    for text in ("التقى لويس مارتان في باماكو اليوم الرئيس آدم كوني رئيس جمهورية مالي.",
                 "اجتمع لويس مارتان مع وزير خارجية مالي."):
        [args] = event_args(run(text), "Meeting")
        assert ("participant", "مالي") not in args
        assert ("agent", "لويس مارتان") in args
