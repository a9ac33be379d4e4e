"""Event agents and targets, session 27 (evargs27).

- A machine of war is an unnamed doer (``war_machines``): a machine noun with an adjective of
  war as definite as it is («الطائرات الحربية», «المروحيات العسكرية», «مروحية هجومية») or
  an aircraft «بدون طيار» / «من دون طيار»; «الطائرة المدنية» is none.
- An unnamed doer stays the doer past a clause of what he carries, before his verb
  (``carrying_doers``: «إن انتحارياً يقود سيارة مفخخة فجّر نفسه»); a man who is no
  perpetrator («رجلاً يقود سيارة») is none, nor a doer cut off by a comma.
- A force's deed (MilitaryOperation, Deployment) told with an unnamed force phrase right
  after its verb has that phrase as its doer, not a name before the verb
  (``event_doers._FORCE_DEEDS``: «اشتبكوا مع مقاتلي حزب الله، واستعادت المروحيات
  الإسرائيلية الآليتين»).
- A crowd between a light verb and a protest «ب» noun is the protest's doer
  (``event_light_crowds``: «قام متظاهرون في ضواحي المدينة بالاحتجاج»); a noun that is no
  crowd, or a clause between, is none.
- A weapon fired is no accusative object that was hit (``event_accusative_objects``): the
  «على» phrase after it is the target («أطلقت مروحية هجومية صاروخاً على منزل»), while a
  name past a real object stays dropped («استهدفت مقصفا يقصده طلاب جامعة ...»).
- A verb of retaking finds its object past a participle of backing on its subject and keeps
  «بعض» with a definite place noun (``retaken_places``: «استعادت قوات الجيش المدعومة من قبل
  السكان بعض الأراضي»); a possessive noun is still no object («هدوءها»).
- A name after a place noun in apposition to a place behind a preposition of where is where
  too, not what was hit (``event_apposed_places``: «أسقطت القوات طائرتين فوق تسخينفالي
  عاصمة أوسيتيا»); with no preposition of where before it, it is read as before.
- A violent verb right after an indefinite perpetrator phrase describes it, so the phrase
  is its doer wherever it stands (``event_doers._described``: «وترجل منها 3 مسلحين أطلقوا
  النار», «اعتقلت مسلحين اغتالوا ضابطاً»); a definite noun («الجنود أطلقوا») is none.
- A shell's word of what fired it may stand between the shell and the verb of firing it
  (``event_subjects._ARTILLERY``: «قُتل خمسة مدنيين بقذائف الهاون أطلقها مسلحون»): the
  subject of that verb is the killing's doer; with no verb of firing there is none.
- The verb that fired the weapon ends the phrase of who suffered (``event_bystanders``): the
  name after «بقذيفة أطلقها» is the doer, not a sufferer of «استشهد» six words back.
- A plural country adjective after a verb of dying, with its definite number, is the victim
  (``event_people_victims``: «واستشهد الفلسطينيون الثلاثة»); a singular one is none.
"""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR
from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس",))
HEZBOLLAH = E("ArmedGroup", "حزب الله", ("حزب الله",))
RAFAH = E("City", "رفح", ("رفح",))
ARMY = E("GovernmentBody", "الجيش الإسرائيلي", ("الجيش الإسرائيلي",))
PERSON = E("Person", "أحمد علي", ("أحمد علي",))
PALESTINE = E("Country", "فلسطين", ("الفلسطينيون", "الفلسطيني"))
OSSETIA = E("Region", "أوسيتيا الجنوبية", ("أوسيتيا الجنوبية",))
RUSSIANS = E("GovernmentBody", "القوات الروسية", ("القوات الروسية",))
ALL = [HAMAS, HEZBOLLAH, RAFAH, OSSETIA, RUSSIANS, ARMY, PERSON, PALESTINE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def run_adjective(text: str) -> Document:
    """As the tagger has it, the country's adjective is found by the adjective gazetteer."""
    built = build_doc(text, ALL, date="2015-07-21")
    mentions = tuple(replace(m, extractor=ADJECTIVE_EXTRACTOR)
                     if m.entity_id == PALESTINE.id else m for m in built.mentions)
    return extract_relations(replace(built, mentions=mentions))


def at(doc: Document, word: str) -> Event:
    found = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == word]
    assert len(found) == 1, [doc.text[e.trigger_start:e.trigger_end] for e in doc.events]
    return found[0]


# Machines of war.

def test_definite_warplanes_are_the_doer() -> None:
    doc = run("وقصفت الطائرات الحربية مواقع للمسلحين في رفح.")
    assert role(doc, at(doc, "وقصفت"), "agent") == ["الطائرات الحربية"]


def test_definite_military_helicopters_are_the_doer() -> None:
    doc = run("وقصفت المروحيات العسكرية منزلا في رفح.")
    assert role(doc, at(doc, "وقصفت"), "agent") == ["المروحيات العسكرية"]


def test_attack_helicopter_before_its_verb_is_the_doer() -> None:
    doc = run("وقال مصدر أمني إن مروحية هجومية أطلقت صاروخا على منزل في رفح.")
    assert role(doc, at(doc, "أطلقت"), "agent") == ["مروحية هجومية"]


def test_drone_is_the_doer() -> None:
    doc = run("وقصفت طائرة بدون طيار منزلا في رفح.")
    assert role(doc, at(doc, "وقصفت"), "agent") == ["طائرة بدون طيار"]


def test_drone_with_min_dun_is_the_doer() -> None:
    doc = run("وقصفت طائرة من دون طيار منزلا في رفح.")
    assert role(doc, at(doc, "وقصفت"), "agent") == ["طائرة من دون طيار"]


def test_civil_plane_is_no_doer() -> None:
    doc = run("وقصفت الطائرة المدنية منزلا في رفح.")
    assert [e for e in doc.events if role(doc, e, "agent")] == []


def test_plane_without_a_word_of_war_is_no_doer() -> None:
    doc = run("وقصفت الطائرات منزلا في رفح.")
    assert [e for e in doc.events if role(doc, e, "agent")] == []


# A doer past what he carries.

def test_bomber_driving_a_car_bomb_is_the_doer() -> None:
    doc = run("وقالت الشرطة إن انتحاريا يقود سيارة مفخخة فجر نفسه قرب مقر للشرطة في رفح.")
    assert role(doc, at(doc, "فجر"), "agent") == ["انتحاريا"]


def test_bomber_wearing_a_belt_is_the_doer() -> None:
    doc = run("وقال المصدر إن انتحاريا يرتدي حزاما ناسفا فجر نفسه وسط المصلين في رفح.")
    assert role(doc, at(doc, "فجر"), "agent") == ["انتحاريا"]


def test_gunmen_riding_a_car_are_the_doers() -> None:
    doc = run("وكان مسلحون يستقلون سيارة قد أطلقوا النار على دورية للشرطة في رفح.")
    assert role(doc, at(doc, "أطلقوا"), "agent") == ["مسلحون"]


def test_a_man_driving_a_car_is_no_doer() -> None:
    doc = run("وقال إن رجلا يقود سيارة فجر نفسه في رفح.")
    assert role(doc, at(doc, "فجر"), "agent") == []


def test_a_comma_cuts_the_doer_off() -> None:
    doc = run("وكان انتحاري يقود سيارة مفخخة، فجر نفسه قرب الحاجز في رفح.")
    assert role(doc, at(doc, "فجر"), "agent") == []


# A force's deed with its unnamed force after the verb.

def test_helicopters_after_the_verb_of_recapture_are_its_doer() -> None:
    doc = run("واكد ان الجنود اشتبكوا مع مقاتلي حزب الله، واستعادت المروحيات الاسرائيلية "
              "الاليتين.")
    assert role(doc, at(doc, "واستعادت"), "agent") == ["المروحيات الاسرائيلية"]


def test_warplanes_landing_troops_are_the_doer() -> None:
    doc = run("وأنزلت طائرات حربية جنودا قرب رفح.")
    assert role(doc, at(doc, "وأنزلت"), "agent") == ["طائرات حربية"]


def test_force_phrase_after_a_named_subject_is_no_doer() -> None:
    doc = run("واستعاد حزب الله المروحيات الاسرائيلية قرب رفح.")
    assert role(doc, at(doc, "واستعاد"), "agent") == ["حزب الله"]


# A crowd between a light verb and its protest noun.

def test_protesters_between_light_verb_and_protest_noun_are_the_doer() -> None:
    doc = run("قام متظاهرون في ضواحي رفح بالاحتجاج على اجراءات المفوض.")
    assert role(doc, at(doc, "بالاحتجاج"), "agent") == ["متظاهرون"]


def test_counted_students_sitting_in_are_the_doer() -> None:
    doc = run("وقام مئات الطلاب بالاعتصام أمام وزارة التعليم في رفح.")
    assert role(doc, at(doc, "بالاعتصام"), "agent") == ["مئات الطلاب"]


def test_no_crowd_before_the_protest_noun_is_no_doer() -> None:
    doc = run("وقام الوزير بالاحتجاج على القرار في رفح.")
    assert role(doc, at(doc, "بالاحتجاج"), "agent") == []


def test_a_clause_between_crowd_and_protest_noun_is_no_doer() -> None:
    doc = run("وقام المتظاهرون الذين اعتقلوا أمس بالاحتجاج على القرار في رفح.")
    assert role(doc, at(doc, "بالاحتجاج"), "agent") == []


# A weapon fired is no object hit.

def test_house_after_a_missile_fired_by_a_helicopter_is_the_target() -> None:
    doc = run("وأطلقت مروحية إسرائيلية صاروخا على منزل في رفح.")
    event = at(doc, "وأطلقت")
    assert role(doc, event, "agent") == ["مروحية إسرائيلية"]
    assert role(doc, event, "target") == ["منزل"]


def test_name_past_a_real_object_stays_dropped() -> None:
    doc = run("وقصفت طائرات حربية مقرا يقصده عناصر حركة حماس في رفح.")
    assert "حركة حماس" not in role(doc, at(doc, "وقصفت"), "target")


# What a force retook.

def test_some_lands_past_the_backers_are_retaken() -> None:
    doc = run("واستعادت قوات الجيش المدعومة من قبل السكان المسلحين بعض الأراضي التي "
              "خسرتها في رفح.")
    assert role(doc, at(doc, "واستعادت"), "target") == ["بعض الأراضي"]


def test_some_areas_right_after_the_force_are_retaken() -> None:
    doc = run("واستعادت قوات الجيش بعض المناطق في رفح.")
    assert role(doc, at(doc, "واستعادت"), "target") == ["بعض المناطق"]


def test_a_possessive_noun_past_the_backers_is_no_target() -> None:
    doc = run("واستعادت قوات الجيش المدعومة من قبل السكان هدوءها في رفح.")
    assert role(doc, at(doc, "واستعادت"), "target") == []


# A place in apposition to where.

def test_land_of_a_capital_behind_above_is_no_target() -> None:
    doc = run("وأسقطت القوات الروسية طائرتي تجسس تعملان بدون طيار فوق تسخينفالي عاصمة "
              "أوسيتيا الجنوبية.")
    event = at(doc, "وأسقطت")
    assert "أوسيتيا الجنوبية" not in role(doc, event, "target")
    assert role(doc, event, "location") == ["أوسيتيا الجنوبية"]


def test_land_of_a_capital_behind_in_is_the_place() -> None:
    doc = run("وقصفت القوات الروسية مواقع في تسخينفالي عاصمة أوسيتيا الجنوبية.")
    assert role(doc, at(doc, "وقصفت"), "location") == ["أوسيتيا الجنوبية"]


def test_capital_apposition_with_no_preposition_of_where_is_as_before() -> None:
    doc = run("وقصفت القوات الروسية تسخينفالي عاصمة أوسيتيا الجنوبية.")
    assert role(doc, at(doc, "وقصفت"), "location") == []


# A verb that describes an indefinite perpetrator.

def test_counted_gunmen_described_by_the_verb_are_its_doers() -> None:
    doc = run("واعترضت سيارة موكب الوزير وترجل منها 3 مسلحين اطلقوا النار مباشرة في رفح.")
    assert role(doc, at(doc, "اطلقوا"), "agent") == ["3 مسلحين"]


def test_gunmen_arrested_who_killed_an_officer_are_the_killers() -> None:
    doc = run("وقالت الشرطة إنها اعتقلت مسلحين اغتالوا ضابطا في رفح.")
    assert role(doc, at(doc, "اغتالوا"), "agent") == ["مسلحين"]


def test_definite_soldiers_before_a_verb_mid_clause_are_no_doer() -> None:
    doc = run("وشاهد السكان الجنود أطلقوا النار على المتظاهرين في رفح.")
    assert role(doc, at(doc, "أطلقوا"), "agent") == []


# A shell of artillery and the verb of firing it.

def test_gunmen_who_fired_mortar_shells_are_the_killers() -> None:
    doc = run("وقتل خمسة مدنيين بقذائف الهاون أطلقها مسلحون على السوق في رفح.")
    assert role(doc, at(doc, "وقتل"), "agent") == ["مسلحون"]


def test_artillery_shells_with_no_verb_of_firing_name_no_doer() -> None:
    doc = run("وقتل خمسة مدنيين بقذائف مدفعية في رفح.")
    assert role(doc, at(doc, "وقتل"), "agent") == []


# The verb that fired the weapon ends the sufferer's phrase.

def test_army_that_fired_the_shell_is_the_killer_of_the_named_youth() -> None:
    doc = run("واستشهد الشاب أحمد علي بقذيفة أطلقها الجيش الإسرائيلي في رفح.")
    event = at(doc, "واستشهد")
    assert role(doc, event, "target") == ["أحمد علي"]
    assert role(doc, event, "agent") == ["الجيش الإسرائيلي"]


def test_army_right_after_the_verb_of_dying_is_still_no_doer() -> None:
    doc = run("وأعلن مصدر طبي أن الشاب أحمد علي استشهد في رفح.")
    assert role(doc, at(doc, "استشهد"), "agent") == []


# A people named by its plural adjective after a verb of dying.

def test_three_palestinians_by_their_plural_adjective_are_the_victims() -> None:
    doc = run_adjective("واستشهد الفلسطينيون الثلاثة بقذائف مدفعية أطلقها الجيش الإسرائيلي "
                        "في رفح.")
    event = at(doc, "واستشهد")
    assert role(doc, event, "target") == ["الفلسطينيون الثلاثة"]
    assert role(doc, event, "agent") == ["الجيش الإسرائيلي"]


def test_singular_adjective_after_a_verb_of_dying_is_no_victim() -> None:
    doc = run_adjective("واستشهد الفلسطيني في قصف على رفح.")
    assert all(role(doc, e, "target") == [] for e in doc.events
               if doc.text[e.trigger_start:e.trigger_end] == "واستشهد")
