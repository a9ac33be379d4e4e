"""Events that are not events, session 43 (helper fp43). Made-up sentences and names.

- «دخلت تركيا على الخط»: a side that «entered on the line» stepped into an affair; no troops
  entered a place (``event_entered_wars``).
- «بطولة فلان، ولقاء فلانة، وعلان»: a trigger word that is a name in a list, behind the clitic
  «و» that stays outside the mention, is no meeting (``event_named_triggers``).
- «لقوا حتفهم إثر انهيار مبنى»: deaths under a collapsed building have no killer
  (``event_non_events``).
- «هاجم المسؤولون الوزير لمعارضته الاتفاق»: a person attacked for a stance, in words
  (``lexicon_event_senses.VERBAL_CUES``).
- «لمنع الجماعات التي يصفها بالمتطرفة من دخول الأردن»: a deed kept from happening
  (``event_prevented``).
- «* مقتل 4 مدنيين ...» then «أعلنوا مقتل أربعة مدنيين»: one toll told in digits and in
  words is one killing (``event_retold_tolls``).
- «تعتزم الدول الثلاث عقد جولة جديدة من المباحثات»: a meeting meant to be held
  (``event_intended_holdings``).
- «ما يسمى «ذبح التراث»»: an event word that opens a label (``event_so_called``).
- «أسفر الهجوم عن تدمير عشر عربات»: damage told as the outcome of a deed is that deed's,
  not another attack (``event_outcome_damage``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

TURKEY = E("Country", "تركيا", ("تركيا",))
JORDAN = E("Country", "الأردن", ("الأردن",))
ALEPPO = E("City", "حلب", ("حلب",))
AMMAN = E("City", "عمان", ("عمان",))
ARMY = E("ArmedGroup", "الجيش السوري", ("الجيش السوري",))
ACTOR = E("Person", "سمير فهمي", ("سمير فهمي",))
ACTRESS = E("Person", "لقاء الخميسي", ("لقاء الخميسي",))
SINGER = E("Person", "رزان حداد", ("رزان حداد",))
DIRECTOR = E("Person", "منى الخطيب", ("منى الخطيب",))
TOWN_HALL = E("Organization", "بلدية الزرقاء", ("بلدية الزرقاء",))
ALL = [TURKEY, JORDAN, ALEPPO, AMMAN, ARMY, ACTOR, ACTRESS, SINGER, DIRECTOR, TOWN_HALL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def labels(text: str) -> list[str]:
    return [e.label for e in run(text).events]


def of(doc: Document, label: str) -> list[Event]:
    return [e for e in doc.events if e.label == label]


def test_entering_on_the_line_is_no_operation() -> None:
    assert labels("وفي الأثناء دخلت تركيا على الخط لتزيد الموقف تعقيدا.") == []


def test_troops_entering_a_town_stay_an_operation() -> None:
    doc = run("ودخلت قوات الجيش السوري مدينة حلب فجر أمس.")
    assert [role(doc, e, "target") for e in of(doc, "MilitaryOperation")] == [["حلب"]]


def test_troops_entering_on_a_road_stay_an_operation() -> None:
    assert labels("ودخلت قوات الجيش السوري على الطريق الرئيسي إلى حلب.") == [
        "MilitaryOperation"]


def test_a_name_in_a_list_is_no_meeting() -> None:
    assert labels("المسلسل من بطولة سمير فهمي، ولقاء الخميسي، ورزان حداد، والعمل من "
                  "إخراج منى الخطيب.") == []


def test_a_meeting_noun_before_a_name_stays() -> None:
    doc = run("وعقد سمير فهمي لقاء مع رزان حداد في عمان أمس.")
    assert len(of(doc, "Meeting")) == 1


def test_deaths_in_a_collapsed_building_are_no_killing() -> None:
    assert labels("أعلنت الشرطة الأردنية أمس أن 7 أشخاص لقوا حتفهم وأصيب ما لا يقل عن "
                  "20 شخصا إثر انهيار مبنى في عمان.") == []


def test_deaths_in_a_strike_that_felled_a_building_stay() -> None:
    assert "Killing" in labels("قتل سبعة أشخاص في قصف للجيش السوري على حلب أدى إلى انهيار "
                               "مبنى.")


def test_a_person_attacked_for_a_stance_is_attacked_in_words() -> None:
    assert labels("وقد هاجم المسؤولون الأتراك رئيس الوزراء سمير فهمي لمعارضته الشديدة "
                  "للاتفاق.") == []


def test_gunmen_attacking_a_motorcade_stay_an_attack() -> None:
    assert labels("وهاجم مسلحون موكب سمير فهمي لدى خروجه من منزله في حلب.") == ["Attack"]


def test_an_entry_kept_from_happening_is_no_deployment() -> None:
    assert labels("واعتبر القيادي ذلك خطوة ضرورية لمنع الجماعات التي يصفها بالمتطرفة من "
                  "دخول الأردن.") == []


def test_an_entry_after_a_prevention_stays() -> None:
    doc = run("ودخلت قوات الجيش السوري حلب بعد أن منعت المسلحين من التقدم.")
    assert [role(doc, e, "target") for e in of(doc, "MilitaryOperation")] == [["حلب"]]


def test_a_toll_in_digits_then_in_words_is_one_killing() -> None:
    doc = run("* مقتل 4 مدنيين وجندي في قصف على حلب. * حلب - «وكالات»: تبادل الجيش السوري "
              "والمسلحون الاتهامات بقصف الأحياء رغم الهدنة وأعلنوا مقتل أربعة مدنيين وجندي "
              "بعد أسبوع من المعارك.")
    assert [role(doc, e, "target") for e in of(doc, "Killing")] == [["4 مدنيين"]]


def test_another_toll_is_another_killing() -> None:
    doc = run("* مقتل 4 مدنيين وجندي في قصف على حلب. * حلب - «وكالات»: وأعلن الجيش السوري "
              "مقتل خمسة مسلحين بعد أسبوع من المعارك.")
    assert len(of(doc, "Killing")) == 2


def test_talks_a_list_of_states_means_to_hold_are_no_meeting() -> None:
    assert labels("تعتزم تركيا والأردن والحكومة السورية عقد جولة جديدة من المباحثات حول "
                  "المياه في عمان اليوم.") == []


def test_talks_held_stay_a_meeting() -> None:
    assert labels("وعقدت تركيا والأردن جولة جديدة من المباحثات في عمان اليوم.") == ["Meeting"]


def test_talks_held_by_a_side_that_had_meant_to_stay() -> None:
    assert labels("وقال سمير فهمي الذي كان يعتزم السفر إن تركيا والأردن عقدتا جولة جديدة "
                  "من المباحثات في عمان اليوم.") == ["Meeting"]


def test_a_so_called_label_is_no_killing() -> None:
    assert labels("ويجمعهم ما يسمى «ذبح التراث» الذي يستهدف سمير فهمي.") == []


def test_clashes_that_grew_stay_an_operation() -> None:
    assert labels("واندلعت اشتباكات عنيفة أمس في حلب بين الجيش السوري والمسلحين.") != []


def test_damage_told_as_an_outcome_is_no_second_attack() -> None:
    doc = run("شن مسلحون هجوما على حلب أمس، وأسفر الهجوم عن تدمير عشر عربات للجيش السوري.")
    assert [e.label for e in doc.events] == ["MilitaryOperation"]


def test_a_destruction_told_as_a_deed_stays() -> None:
    assert labels("وأعلن الجيش السوري تدمير عشر عربات للمسلحين في حلب أمس.") == ["Attack"]
