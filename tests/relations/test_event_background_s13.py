"""Session 13: background states, marked years, rates and repelled attackers in events."""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import event_args
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران", "طهران"))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
SAUDI = E("Country", "السعودية", ("السعودية",))
JEDDAH = E("City", "جدة", ("جدة",))
ISIS = E("ArmedGroup", "داعش", ("داعش",))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
PESHMERGA = E("Organization", "قوات البيشمركة", ("قوات البيشمركة",))
SYRIA = E("Country", "سوريا", ("سوريا",))
ALL = [IRAN, USA, SAUDI, JEDDAH, ISIS, SHABAAB, PESHMERGA, SYRIA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def only(doc: Document, label: str) -> Event:
    events = [e for e in doc.events if e.label == label]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text", [
    "وقال مسؤول إن بقاء العقوبات الأميركية على إيران يضر باقتصادها.",
    "وأكد الوزير أن العقوبات المفروضة على طهران بسبب الإرهاب، ستظل كما هي دون تغيير.",
    "وتعاني البلاد من استمرار العقوبات الدولية على إيران منذ أعوام طويلة.",
])
def test_sanctions_that_stay_are_background(text: str) -> None:
    assert only(run(text), "Sanction").historical


def test_new_sanctions_are_news() -> None:
    doc = run("وفرضت الولايات المتحدة أمس عقوبات جديدة على إيران بينما ظلت الأسواق هادئة.")
    assert not only(doc, "Sanction").historical


@pytest.mark.parametrize("text", [
    "ووقعت السعودية اتفاقا مع إيران عام 1933م لتقاسم العائدات.",
    "ووقعت السعودية والولايات المتحدة اتفاقية للتعاون في جدة عام 1400 هـ.",
    "ووقعت السعودية والولايات المتحدة اتفاقية للتعاون في جدة عام 1420هـ.",
])
def test_a_marked_or_hijri_year_before_the_article_is_background(text: str) -> None:
    assert only(run(text), "Agreement").historical


def test_the_hijri_year_of_the_article_is_not_background() -> None:
    doc = run("ووقعت السعودية والولايات المتحدة اتفاقية للتعاون في جدة عام 1436هـ.")
    assert not only(doc, "Agreement").historical


@pytest.mark.parametrize("text", [
    "وقدر المسؤولون أن الغارات الجوية على سوريا تقتل نحو 1000 مقاتل شهريا.",
    "وتقول المنظمة إن الهجمات في سوريا تخلف عشرات القتلى يوميا.",
])
def test_a_rate_is_no_single_event(text: str) -> None:
    doc = run(text)
    assert not [e for e in doc.events if e.label in {"Attack", "Killing"}]


@pytest.mark.parametrize("text", [
    "وقال المصدر إن قوات البيشمركة تمكنت امس من صد هجوم لمسلحي داعش في قرية قرب سنجار "
    "وقتلت 10 مسلحين من التنظيم.",
    "وأعلنت الشرطة أنها أحبطت هجوما لحركة الشباب على قاعدة عسكرية وقتلت خمسة من عناصرها.",
])
def test_the_repelled_attacker_is_no_agent_of_the_next_verb(text: str) -> None:
    args = event_args(run(text), "Killing")
    assert args and not any(name in {"داعش", "حركة الشباب"} for group in args
                            for role, name in group if role == "agent")


def test_the_attacker_still_does_what_follows_an_attack_it_launched() -> None:
    doc = run("وشن مسلحو حركة الشباب هجوما على قاعدة عسكرية وقتلوا خمسة جنود.")
    assert ("agent", "حركة الشباب") in event_args(doc, "Killing")[0]


HOUTHI = E("ArmedGroup", "جماعة الحوثي", ("جماعة الحوثي",))
ADEN = E("City", "عدن", ("عدن",))
SISI = E("Person", "عبد الفتاح السيسي", ("عبد الفتاح السيسي",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
MORE = [*ALL, HOUTHI, ADEN, SISI, JUBEIR, KERRY]


def run_more(text: str) -> Document:
    return extract_relations(build_doc(text, MORE, date="2015-07-21"))


def test_the_object_of_an_opening_verb_is_no_agent_of_the_verb_joined_to_it() -> None:
    doc = run_more("ودحرت قوات الجيش اليمني مسلحي جماعة الحوثي من مدينة عدن وسيطرت "
                   "على مطار عدن.")
    assert not any(("agent", "جماعة الحوثي") in group for label in ("MilitaryOperation",)
                   for group in event_args(doc, label))


def test_the_subject_right_after_an_opening_verb_stays_the_agent() -> None:
    doc = run_more("وتمكنت قوات جماعة الحوثي من دخول مدينة عدن وسيطرت على مطار عدن.")
    assert ("agent", "جماعة الحوثي") in event_args(doc, "MilitaryOperation")[0]


def test_the_guest_after_a_headline_host_is_no_agent() -> None:
    doc = run_more("حاكم دبي يستقبل الرئيس المصري عبد الفتاح السيسي")
    assert event_args(doc, "Meeting") == [{("participant", "عبد الفتاح السيسي")}]


def test_a_named_minister_opening_a_headline_is_the_agent() -> None:
    doc = run_more("وزير الخارجية السعودي عادل الجبير يلتقي نظيره الأمريكي جون كيري")
    assert ("agent", "عادل الجبير") in event_args(doc, "Meeting")[0]
