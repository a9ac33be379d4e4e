"""Doers and objects of violent events, session 35 (helper h3). Made-up sentences.

``kg.relations.perpetrators``: the state's army or police named by its kind alone («الجيش»,
«الشرطة»), forces said to be the government's («القوات الحكومية», «القوات النظامية»),
separatists and women suicide bombers are the doers of a violent verb with an object, and a
time adjunct «أواخر/مطلع الشهر الماضي» between the verb and its object is no victim.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from kg.relations.event_repeats import same_counted_head
from tests.relations.docbuilder import E, build_doc

SALEM = E("Person", "فهد السالم", ("فهد السالم",))
CITY = E("City", "الرمادي", ("الرمادي",))
FRONT = E("ArmedGroup", "تنظيم الفجر", ("تنظيم الفجر", "الفجر"))
ALL = [SALEM, CITY, FRONT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def _role(doc: Document, event: Event, role: str) -> list[str]:
    return [doc.text[a.start:a.end] for a in event.arguments if a.role == role]


def _violent(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label in {"Attack", "Killing", "MilitaryOperation"}]


def _only(doc: Document) -> Event:
    (event,) = _violent(doc)
    return event


def test_bare_army_is_the_doer_of_a_shelling() -> None:
    doc = run("وقصف الجيش مواقع المتمردين قرب الرمادي أمس.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["الجيش"]
    assert _role(doc, event, "target")


def test_bare_army_after_that_is_the_doer() -> None:
    doc = run("وأوضح المتحدث أن الجيش قتل عشرين مسلحا قرب الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["الجيش"]
    assert _role(doc, event, "target") == ["عشرين مسلحا"]


def test_bare_police_is_the_doer_of_a_killing() -> None:
    doc = run("وقتلت الشرطة مطلوبا في الرمادي فجر اليوم.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["الشرطة"]


def test_government_forces_are_the_doer() -> None:
    doc = run("وبحسب التقرير فإن القوات الحكومية قتلت 54 شخصا في الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["القوات الحكومية"]
    assert _role(doc, event, "target") == ["54 شخصا"]


def test_regular_forces_are_the_doer() -> None:
    doc = run("وقصفت القوات النظامية أحياء الرمادي بالمدفعية.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["القوات النظامية"]


def test_separatists_are_the_doer() -> None:
    doc = run("وقصف الانفصاليون المناطق السكنية في الرمادي ليلا.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["الانفصاليون"]


def test_army_attacked_is_no_doer() -> None:
    """«الجيش» after the doer is the attack's object, never its agent."""
    doc = run("وهاجم مسلحون الجيش في الرمادي أمس.")
    for event in _violent(doc):
        assert "الجيش" not in _role(doc, event, "agent")


def test_army_taking_part_is_no_event() -> None:
    assert not _violent(run("وشارك الجيش في العرض العسكري في الرمادي أمس."))


def test_end_of_last_month_is_no_victim() -> None:
    doc = run("وكان فهد السالم قد قتل أواخر الشهر الماضي، جاره في الرمادي.")
    for event in _violent(doc):
        assert "أواخر" not in _role(doc, event, "target")


def test_start_of_last_month_before_the_victims() -> None:
    doc = run("وقتل مسلحون مطلع الشهر الماضي ثلاثة جنود في الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "target") == ["ثلاثة جنود"]
    assert _role(doc, event, "agent") == ["مسلحون"]


def test_unnamed_force_after_a_verb_of_success() -> None:
    """``event_success.unnamed_success_subject``: «تمكنت قوات الأمن من قتل»."""
    doc = run("وتمكنت قوات الأمن من قتل 12 مسلحا قرب الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["قوات الأمن"]
    assert _role(doc, event, "target") == ["12 مسلحا"]


def test_unnamed_force_before_a_verb_of_success() -> None:
    doc = run("وقال المتحدث إن قوة أمنية تمكنت من قتل 12 مسلحا قرب الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["قوة أمنية"]


def test_failed_success_stays_no_event() -> None:
    assert not _violent(run("ولم تتمكن قوات الأمن من قتل المسلحين في الرمادي."))


def test_same_toll_with_another_wording_is_one_killing() -> None:
    """``event_repeats.same_counted_head``: «19 مسلحاً من تنظيم داعش» then «19 مسلحاً من
    داعش»: the same count of the same noun (whose they were told in other words); one
    killing, and the repeat's doer joins it."""
    assert same_counted_head("19 مسلحا من تنظيم داعش", "19 مسلحا من داعش")
    assert not same_counted_head("19 مسلحا من تنظيم داعش", "19 جنديا من الجيش")
    assert not same_counted_head("عشرات المسلحين من داعش", "عشرات المسلحين")
    doc = run("أفاد مصدر أمني أمس بمقتل 17 مسلحا من تنظيم الفجر قرب الرمادي. "
              "وقال المصدر إن قوة أمنية تمكنت من قتل 17 مسلحا من الفجر بينهم قيادي.")
    (killing,) = [e for e in doc.events if e.label == "Killing"]
    assert _role(doc, killing, "agent") == ["قوة أمنية"]


def test_other_counts_stay_two_killings() -> None:
    doc = run("أفاد مصدر أمني أمس بمقتل 17 مسلحا من تنظيم الفجر قرب الرمادي. "
              "وقال المصدر إن قوة أمنية تمكنت من قتل 17 جنديا من الفجر في الرمادي.")
    killings = [e for e in doc.events if e.label == "Killing"]
    assert len(killings) == 2


def test_weapon_between_fronted_doers_and_object() -> None:
    """``event_doers.unnamed_subject``: «أن فصائل المعارضة قصفت بالصواريخ مواقع ...»."""
    doc = run("وأكد المتحدث أن فصائل المعارضة قصفت بالصواريخ مواقع للجيش قرب الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["فصائل المعارضة"]


def test_weapon_before_a_quarter() -> None:
    """``perpetrators.object_follows``: «حي» is an object though it has two letters."""
    doc = run("وقصف مسلحون بقذائف الهاون حي النصر في الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["مسلحون"]


def test_no_object_no_doer_before_weapon() -> None:
    """Without an object after the weapon the verb may be a passive: no doer."""
    doc = run("وقال المتحدث إن مسلحين قتلوا بالرصاص في الرمادي.")
    for event in _violent(doc):
        assert not _role(doc, event, "agent")


def test_weapon_tagged_as_a_place_is_no_location() -> None:
    """``event_place_roles.drop_misplaced_places``: the NER may tag «البراميل» as a place."""
    barrels = E("Place", "البراميل", ("البراميل",))
    doc = extract_relations(build_doc("وقصفت قوات النظام حي النصر بالبراميل المتفجرة أمس.",
                                      [*ALL, barrels], date="2024-05-02"))
    event = _only(doc)
    assert _role(doc, event, "agent") == ["قوات النظام"]
    assert "البراميل" not in _role(doc, event, "location")


def test_town_after_weapon_stays_a_location() -> None:
    doc = run("وقتل مسلحون بالرصاص ثلاثة جنود في الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "location") == ["الرمادي"]


def test_police_bullets_name_the_doer() -> None:
    doc = run("وقتل المطلوب فهد السالم برصاص الشرطة في الرمادي.")
    event = _only(doc)
    assert _role(doc, event, "agent") == ["الشرطة"]
    assert _role(doc, event, "target") == ["فهد السالم"]


def test_a_film_plot_is_no_event() -> None:
    """``event_plots.in_plot``: «وفي الفيلم يقوم الجيش باغتيال ...» is the story's deed."""
    assert not _violent(run("وفي الفيلم يقوم الجيش باغتيال فهد السالم في الرمادي."))
    assert not _violent(run("وفي المسلسل قتل مسلحون فهد السالم في الرمادي."))
    assert _violent(run("وقتل مسلحون فهد السالم في الرمادي بعد عرض الفيلم."))


def test_the_other_side_is_no_target() -> None:
    """``event_place_roles._other_side``: «على الجانب الآخر من الحدود» tells where."""
    doc = run("ووقع انفجار على الجانب الآخر من الحدود قرب الرمادي.")
    for event in _violent(doc):
        assert "الجانب" not in _role(doc, event, "target")


def test_the_eastern_side_shelled_stays_a_target() -> None:
    doc = run("وقصف مسلحون الجانب الشرقي من الرمادي أمس.")
    event = _only(doc)
    assert _role(doc, event, "target") == ["الجانب"]
