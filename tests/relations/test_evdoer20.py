"""Event doers on unseen conflict news, session 20: the actor phrase in the genitive of a
strike noun («غارات التحالف», «هجوم قوات الأسد») or behind «ل» for the coalition and its
aircraft («غارة جوية للتحالف», «قصف لطيران التحالف») is the strike's doer; a verb of
aiming whose subject is such a strike noun names the strike itself, not a second event;
unnamed doers held by a named group («مسلحون من تنظيم داعش», «عناصر من حركة الشباب»,
«مسلحون تابعون لتنظيم القاعدة») are that group; a «من قبل»/«على يد» phrase past «بعد»
belongs to the later deed, not to the killing."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import trigger
from tests.relations.docbuilder import E, build_doc, role

ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش",))
SHABAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
QAEDA = E("ArmedGroup", "تنظيم القاعدة", ("تنظيم القاعدة",))
HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))
POLICE = E("GovernmentBody", "قوات الأمن الصومالية", ("قوات الأمن الصومالية",))
SAADA = E("City", "صعدة", ("صعدة",))
SANAA = E("City", "صنعاء", ("صنعاء",))
FALLUJA = E("City", "الفلوجة", ("الفلوجة",))
SINAI = E("Region", "سيناء", ("سيناء",))
PERSON = E("Person", "حسن علي", ("حسن علي",))
ALL = [ISIS, SHABAB, QAEDA, HOUTHIS, POLICE, SAADA, SANAA, FALLUJA, SINAI, PERSON]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def at(doc: Document, word: str) -> list[Event]:
    return [e for e in doc.events if trigger(doc, e) == word]


def agent_names(doc: Document, event: Event) -> list[str]:
    names = {e.id: e.name for e in doc.entities}
    return [names[a.entity_id] for a in event.arguments if a.role == "agent"]


# The actor phrase in a strike noun's genitive.

def test_coalition_in_the_genitive_of_strikes_is_the_doer() -> None:
    doc = run("وتواصلت غارات طيران التحالف على مواقع الحوثيين في صعدة.")
    strikes = at(doc, "غارات")
    assert strikes and agent_names(doc, strikes[0]) == ["التحالف"]


def test_coalition_behind_lam_after_an_air_strike_is_the_doer() -> None:
    doc = run("وقتل عشرة مدنيين في غارة جوية للتحالف على صعدة.")
    strikes = at(doc, "غارة")
    assert strikes and agent_names(doc, strikes[0]) == ["التحالف"]


def test_coalition_aircraft_behind_lam_after_shelling_is_the_doer() -> None:
    doc = run("وأعلن مصدر محلي مقتل عشرين شخصا في قصف لطائرات التحالف العربي على صنعاء.")
    strikes = at(doc, "قصف")
    assert strikes and agent_names(doc, strikes[0]) == ["التحالف"]


def test_lam_before_a_place_noun_is_the_object_not_the_doer() -> None:
    doc = run("وشهدت صعدة قصفا لمواقع الحوثيين.")
    for event in doc.events:
        assert not agent_names(doc, event)


def test_the_victims_genitive_of_an_arrest_is_no_doer() -> None:
    doc = run("وأدان الوزير اعتقال عناصر التحالف في صنعاء.")
    for event in doc.events:
        assert "التحالف" not in agent_names(doc, event)


def test_a_verb_whose_subject_is_the_strikes_names_one_event_with_their_doer() -> None:
    doc = run("واستهدفت غارات التحالف مواقع الحوثيين في صعدة.")
    attacks = [e for e in doc.events if e.label == "Attack"]
    assert len(attacks) == 1
    assert agent_names(doc, attacks[0]) == ["التحالف"]


def test_a_verb_whose_subject_is_a_named_groups_attack_takes_no_target_from_it() -> None:
    doc = run("واستهدف هجوم تنظيم داعش نقطة للجيش في سيناء.")
    attacks = [e for e in doc.events if e.label == "Attack"]
    assert len(attacks) == 1
    assert agent_names(doc, attacks[0]) == ["تنظيم داعش"]


def test_strikes_with_no_named_owner_keep_the_verb_event() -> None:
    doc = run("واستهدفت غارات جوية مواقع الحوثيين في صعدة.")
    verbs = at(doc, "واستهدفت")
    assert verbs and not agent_names(doc, verbs[0])


# Unnamed doers held by a named group.

def test_gunmen_of_a_named_group_after_the_verb_are_the_group() -> None:
    doc = run("وهاجم مسلحون من تنظيم داعش نقطة تفتيش للجيش في سيناء.")
    attacks = at(doc, "وهاجم")
    assert attacks and agent_names(doc, attacks[0]) == ["تنظيم داعش"]
    assert "نقطة تفتيش" in role(doc, attacks[0], "target")


def test_members_of_a_named_group_are_the_group() -> None:
    doc = run("وهاجم عناصر من حركة الشباب قاعدة عسكرية في جنوب الصومال.")
    attacks = at(doc, "وهاجم")
    assert attacks and agent_names(doc, attacks[0]) == ["حركة الشباب"]


def test_gunmen_belonging_to_a_group_are_the_group_and_not_the_target() -> None:
    doc = run("واختطف مسلحون تابعون لتنظيم القاعدة ثلاثة مهندسين في صنعاء.")
    kidnaps = at(doc, "واختطف")
    assert kidnaps and agent_names(doc, kidnaps[0]) == ["تنظيم القاعدة"]
    assert "تابعون" not in " ".join(role(doc, kidnaps[0], "target"))


def test_gunmen_of_a_group_before_a_plural_verb_are_the_group() -> None:
    doc = run("وقال مصدر أمني إن مسلحين من حركة الشباب اقتحموا قرية في جنوب الصومال.")
    raids = at(doc, "اقتحموا")
    assert raids and agent_names(doc, raids[0]) == ["حركة الشباب"]


def test_gunmen_from_a_city_are_no_group() -> None:
    doc = run("وهاجم مسلحون من الفلوجة نقطة للجيش.")
    for event in doc.events:
        assert "الفلوجة" not in agent_names(doc, event)


def test_killed_members_of_a_group_stay_the_victims() -> None:
    doc = run("وقتل ثلاثة مسلحين من تنظيم داعش في غارة جوية شمال صنعاء.")
    for event in doc.events:
        assert "تنظيم داعش" not in agent_names(doc, event)


# «من قبل» past «بعد» belongs to the later deed.

def test_by_phrase_after_another_deed_is_not_the_killings_doer() -> None:
    doc = run("وقتل القيادي حسن علي بعد مداهمة منزله من قبل قوات الأمن الصومالية.")
    for event in doc.events:
        if event.label == "Killing":
            assert "قوات الأمن الصومالية" not in agent_names(doc, event)


def test_by_hand_before_after_stays_the_killings_doer() -> None:
    doc = run("وقتل حسن علي على يد مسلحين من حركة الشباب بعد خروجه من منزله.")
    killings = [e for e in doc.events if e.label == "Killing"]
    assert killings and agent_names(doc, killings[0]) == ["حركة الشباب"]


# The bomber who drives the car bomb.

def test_the_suicide_bomber_driving_the_car_bomb_is_the_blasts_doer() -> None:
    doc = run("وقتل عشرة جنود بانفجار سيارة مفخخة يقودها انتحاري استهدف حاجزا للجيش في الفلوجة.")
    blasts = at(doc, "بانفجار")
    assert blasts and role(doc, blasts[0], "agent") == ["انتحاري"]


def test_a_car_bomb_driven_by_no_perpetrator_has_no_doer() -> None:
    doc = run("وقتل سائق بانفجار سيارة مفخخة يقودها في صنعاء.")
    for event in doc.events:
        assert not agent_names(doc, event)


# A speaker named by an actor phrase reports its own fighters' deed.

def test_the_resistance_that_reports_its_fighters_deed_is_the_doer() -> None:
    doc = run("وأوضحت المقاومة أن مقاتليها استهدفوا دورية للحوثيين في صعدة.")
    attacks = at(doc, "استهدفوا")
    assert attacks and agent_names(doc, attacks[0])
    assert "المقاومة" in role(doc, attacks[0], "agent")[0]


def test_a_speaking_phrase_is_not_the_doer_of_anothers_deed() -> None:
    doc = run("وقالت المقاومة إن الحوثيين قصفوا مواقعها في صعدة.")
    attacks = at(doc, "قصفوا")
    assert attacks and agent_names(doc, attacks[0]) == ["الحوثيين"]


def test_the_resistance_alone_before_a_comma_still_speaks_for_its_fighters() -> None:
    doc = run("وأوضحت المقاومة، أن مقاتليها استهدفوا دورية للحوثيين في صعدة.")
    attacks = at(doc, "استهدفوا")
    assert attacks and role(doc, attacks[0], "agent") == ["المقاومة"]


# An attack noun «ل» a group, as the subject of a verb of causing a toll.

def test_the_groups_shelling_that_caused_a_toll_is_the_groups() -> None:
    doc = run("وتسبب قصف مدفعي للحوثيين في مقتل 43 شخصا في صعدة.")
    shelling = at(doc, "قصف")
    assert shelling and agent_names(doc, shelling[0]) == ["الحوثيين"]


def test_shelling_of_positions_that_caused_a_toll_has_no_doer() -> None:
    doc = run("وأدى قصف لمواقع الحوثيين إلى مقتل عشرة مسلحين في صعدة.")
    shelling = at(doc, "قصف")
    assert shelling and not agent_names(doc, shelling[0])
