"""Violent trigger vocabulary, session 28 (evvocab28).

- Fighting words (``lexicon.FIGHTING_VERBS``, ``FIGHTING_NOUNS``) name a military operation
  with fighting men, a casualty word or another violent event near them in their sentence
  (``event_new_triggers.armed_near``): «اشتبكت قوات الحوثيين مع مسلحي القبائل», «قتلوا
  خلال قتال مع جماعات مسلحة», «تصادم محدود بين عناصر»; not a struggle for a living, a car
  crash or a war of words («اشتباك كلامي»), nor a call to stop the fighting. Fighting men
  right after the indefinite «قتال» are the foe, its target («قتال جماعات إسلامية»); a force
  phrase after a fighting verb and before «مع» is its doer («اشتبكت قوات الأمن مع مسلحين»).
- «قوات الأمن» after a verb of seizing or fighting is a force, not order restored
  (``event_sense._FORCE_HEADS``): «ودخلت قوات الأمن مدينة عدن».
- Raids and pounding (``RAIDING_FORMS``) are attacks only with fighting men near them: «داهمت
  قوات الجيش منزلاً», not «داهمت السيول المنازل».
- A stabbing needs its blade («طعن ... بسكين»), not «طعن في الحكم»; a slaughter is a killing
  as a verb, unless beasts follow («ذبح الأضاحي»), not a noun in a list («من قتل وذبح»).
- A campaign is a military operation only as a military, air or ground one («حملة
  عسكرية», not «حملة انتخابية»); «عاصفة الحزم» is a named operation, reported by its name;
  «عاصفة رملية» is weather; who ordered it («التي أمر بها الملك فلان») is its doer.
- The dual «غارتين» is an air raid like «غارة».
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import triggers
from tests.relations.docbuilder import E, build_doc, role

HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))
ADEN = E("City", "عدن", ("عدن",))
BENGHAZI = E("City", "بنغازي", ("بنغازي",))
COALITION = E("Organization", "التحالف", ("التحالف",))
ISLAM_ARMY = E("ArmedGroup", "جيش الإسلام", ("جيش الإسلام",))
NUSRA = E("ArmedGroup", "جبهة النصرة", ("جبهة النصرة",))
ALL = [HOUTHIS, ADEN, BENGHAZI, COALITION, ISLAM_ARMY, NUSRA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


# Fighting.

def test_clash_verb_with_armed_sides_is_an_operation() -> None:
    doc = run("واشتبكت قوات الحوثيين مع مسلحي القبائل في عدن أمس.")
    assert triggers(doc, "MilitaryOperation") == ["واشتبكت"]


def test_fighting_noun_with_soldiers_killed_is_an_operation() -> None:
    doc = run("وقال مسؤولون إن عشرة جنود قتلوا خلال قتال مع جماعات مسلحة في بنغازي أمس.")
    assert "قتال" in triggers(doc, "MilitaryOperation")


def test_collision_between_fighters_is_an_operation() -> None:
    doc = run("ووقع تصادم محدود بين عناصر جيش الإسلام وجبهة النصرة على حاجز في الغوطة.")
    assert triggers(doc, "MilitaryOperation") == ["تصادم"]


def test_struggle_for_a_living_is_no_operation() -> None:
    doc = run("وقال إن الأب يقاتل من أجل لقمة العيش كل يوم في بنغازي.")
    assert doc.events == ()


def test_car_crash_is_no_operation() -> None:
    doc = run("وأسفر تصادم سيارتين على الطريق السريع قرب عدن عن إصابة ثلاثة أشخاص.")
    assert triggers(doc, "MilitaryOperation") == []


def test_war_of_words_is_no_operation() -> None:
    doc = run("ووقع اشتباك كلامي بين النواب خلال جلسة البرلمان في عدن.")
    assert doc.events == ()


def test_call_to_stop_the_fighting_is_no_operation() -> None:
    doc = run("ودعا الوزير إلى وقف القتال فوراً في مدينة بنغازي.")
    assert triggers(doc, "MilitaryOperation") == []


def test_security_forces_entering_is_an_operation() -> None:
    doc = run("ودخلت قوات الأمن مدينة عدن أمس.")
    assert triggers(doc, "MilitaryOperation") == ["ودخلت"]


def test_order_restored_is_no_operation() -> None:
    doc = run("واستعاد الأمن والاستقرار في عدن بعد أشهر.")
    assert triggers(doc, "MilitaryOperation") == []


# Raids, stabbings, slaughter.

def test_raid_by_troops_is_an_attack() -> None:
    doc = run("وداهمت قوات الجيش منزلاً في عدن واعتقلت ثلاثة مطلوبين أمس.")
    assert triggers(doc, "Attack") == ["وداهمت"]


def test_floods_sweeping_homes_are_no_attack() -> None:
    doc = run("وداهمت السيول المنازل في عدن أمس.")
    assert doc.events == ()


def test_stabbing_with_a_knife_is_an_attack() -> None:
    doc = run("وطعن مسلح من الحوثيين حارساً بسكين في عدن أمس.")
    assert triggers(doc, "Attack") == ["وطعن"]


def test_appeal_is_no_stabbing() -> None:
    doc = run("وطعن المحامي في الحكم الصادر بحق موكله أمام محكمة عدن.")
    assert doc.events == ()


def test_slaughter_of_hostages_is_a_killing() -> None:
    doc = run("وذبح الحوثيين 21 رهينة على شاطئ في عدن أمس.")
    assert triggers(doc, "Killing") == ["وذبح"]


def test_sacrifice_is_no_killing() -> None:
    doc = run("وذبح المواطنون الأضاحي في ساحات عدن صباح العيد.")
    assert doc.events == ()


# Campaigns and named operations.

def test_military_campaign_is_an_operation() -> None:
    doc = run("وشن التحالف حملة عسكرية على مواقع الحوثيين في عدن أمس.")
    assert "حملة" in triggers(doc, "MilitaryOperation")


def test_election_campaign_is_no_operation() -> None:
    doc = run("وأطلق التحالف حملة انتخابية واسعة في عدن.")
    assert doc.events == ()


def test_named_operation_is_reported_by_its_name() -> None:
    doc = run("وبرز التفاعل مع عاصفة الحزم التي أمر بها الملك في عدن.")
    assert triggers(doc, "MilitaryOperation") == ["عاصفة"]


def test_sandstorm_is_no_operation() -> None:
    doc = run("وضربت عاصفة رملية مدينة عدن أمس.")
    assert doc.events == ()


def test_two_air_raids_are_an_attack() -> None:
    doc = run("وشن التحالف غارتين على مواقع الحوثيين في عدن.")
    event = next(e for e in doc.events if e.label == "Attack")
    assert doc.text[event.trigger_start:event.trigger_end] == "غارتين"
    assert role(doc, event, "agent") == ["التحالف"]


def test_slaughter_listed_among_crimes_is_no_killing() -> None:
    doc = run("وهذا ما يجري في عدن من قتل وذبح وخطف.")
    assert triggers(doc, "Killing") == []


def test_who_ordered_a_named_operation_is_its_doer() -> None:
    king = E("Person", "سلمان بن عبدالعزيز", ("سلمان بن عبدالعزيز",))
    doc = extract_relations(build_doc(
        "وبرز التفاعل مع عاصفة الحزم التي أمر بها الملك سلمان بن عبدالعزيز في عدن.",
        [*ALL, king], date="2015-07-21"))
    event = next(e for e in doc.events if e.label == "MilitaryOperation")
    assert role(doc, event, "agent") == ["سلمان بن عبدالعزيز"]


def test_no_doer_without_the_ordering_clause() -> None:
    king = E("Person", "سلمان بن عبدالعزيز", ("سلمان بن عبدالعزيز",))
    doc = extract_relations(build_doc(
        "وبرز التفاعل مع عاصفة الحزم في عدن، وأشاد الملك سلمان بن عبدالعزيز بالفنانين.",
        [*ALL, king], date="2015-07-21"))
    event = next(e for e in doc.events if e.label == "MilitaryOperation")
    assert role(doc, event, "agent") == []


# The foe after «قتال».

def test_fighting_men_after_the_fighting_noun_are_its_target() -> None:
    doc = run("وقال مسؤولون إن عشرة جنود قتلوا خلال قتال جماعات إسلامية في بنغازي أمس.")
    event = next(e for e in doc.events if e.label == "MilitaryOperation")
    assert role(doc, event, "target") != []


def test_adjective_after_the_fighting_noun_is_no_target() -> None:
    doc = run("وقال مسؤولون إن عشرة جنود قتلوا خلال قتال شرس في بنغازي أمس.")
    event = next(e for e in doc.events if e.label == "MilitaryOperation")
    assert role(doc, event, "target") == []


# The force before «مع».

def test_force_before_ma_is_the_doer_of_a_clash() -> None:
    doc = run("واشتبكت قوات الأمن مع مسلحين في عدن أمس.")
    event = next(e for e in doc.events if e.label == "MilitaryOperation")
    assert role(doc, event, "agent") == ["قوات الأمن"]


def test_force_before_ma_makes_no_doer_of_another_verb() -> None:
    doc = run("ودخلت قوات الأمن مع مسلحين إلى سوق عدن.")
    assert [e for e in doc.events if role(doc, e, "agent")] == []
