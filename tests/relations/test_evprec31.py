"""Event precision, session 31. Made-up sentences.

- «استقبل الممثل فلان إعلان المهرجان بسعادة»: a verb of receiving whose first object after
  its subject is news, a decision or a story meets no one (``event_tidings``); a guest named
  after the host keeps the meeting.
- «وتقاتل ميليشيات فلان إلى جانب قوات النظام»: a verb of fighting with «إلى جانب»/«بجانب»
  after it tells an alliance, no operation (``event_allies``); «قاتلت القوات التنظيم» stays.
- «بعد تفجيرين انتحاريين استهدفا مصلين»: «انتحاريين» right after a blast noun is its
  adjective, no agent (``event_blast_adjectives``); «استهدف انتحاريون المساجد» keeps it.
- «يستعد الوزير لزيارة لندن ولقاء رئيس الوزراء»: a noun joined by «و» to a noun of purpose
  («لـ») is an aim too, no event (``event_purpose_conjuncts``); «قام بزيارة لندن ولقاء» stays.
- «نفذت الجماعة اعتداءات في الكاميرون وتشاد، وشنت هجوماً»: a conjunct of a name under a
  preposition, set off from the verb after it by a comma or the verb's «و», is no subject of
  it (``governed_conjuncts``); «في حلب وروسيا تواصل القصف» is left as it was.
- «عمّا يدور من أحداث عنفٍ، وقتلٍ، واعتقالاتٍ»: a form printed with tanween is a noun, not
  a verb whose subject is the name before (``event_tanween``); «وقتل المسلحون» stays a verb.
- «استهدفت الغارات ومسجد أنس بن مالك»: a person's name (or a name with «بن») right after a
  building noun names the building, no target (``event_named_places``); «اغتال مسلحون الشيخ
  فلان» keeps its target.
- «وقد ذبحت به النعاج», «وذبح الأهالي المواشي»: ewes, livestock, goats slaughtered are no
  Killing (``event_new_triggers._BEASTS``); «ذبح المسلحون الرهائن» stays.
- «واستمرت الاشتباكات على مختلف المحاور»: a front or an axis after «على» is where the fight
  goes on, no target (``event_fronts``); «هجوماً على مواقع المسلحين» keeps its target.
- «حيث لقي 660 شخصاً مصرعهم خلال شهر ونصف»: a tally's raw confidence stays under the first
  calibration edge (0.45, ``event_confidence._TALLY_CEILING``); one killing stays above it.
- «الذي تقع أحداثه خلال الحرب ... وكيف قام الجيش باغتصاب», «وتدور أحداث الفيلم ... حيث قتل»:
  deeds of a film's or a novel's plot are no events (``event_plots``); «تدور أحداث عنف في
  المدينة حيث قتل مسلحون» stays.
- «إن المحادثات بين الرئيس فلان والرئيس فلان ستتناول التعاون»: talks «بين» two sides that a
  future verb tells of are to come, no event (``event_talks_to_come``); «وتناولت المحادثات
  بين ... أمس» stays.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ACTOR = E("Person", "جون باركر", ("جون باركر",))
PRESIDENT = E("Person", "محمد الصالح", ("محمد الصالح",))
MINISTER = E("Person", "لوران فابيوس", ("لوران فابيوس",))
FRANCE = E("Country", "فرنسا", ("فرنسا",))
TUNISIA = E("Country", "تونس", ("التونسي", "تونس"))
ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش",))
MILITIA = E("ArmedGroup", "حزب الفتح", ("حزب الفتح",))
REGIME = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
VISITOR = E("Person", "كمال الشريف", ("كمال الشريف",))
PREMIER = E("Person", "ديفيد كاميرون", ("ديفيد كاميرون",))
LONDON = E("City", "لندن", ("لندن",))
GROUP = E("ArmedGroup", "جماعة بوكو حرام", ("جماعة بوكو حرام",))
CAMEROON = E("Country", "الكاميرون", ("الكاميرون",))
CHAD = E("Country", "تشاد", ("تشاد",))
NIGER = E("Country", "النيجر", ("النيجر",))
OBSERVER = E("Person", "كريم الهاشمي", ("كريم الهاشمي",))
COMPANION = E("Organization", "أنس بن مالك", ("أنس بن مالك",))
COALITION = E("InternationalOrganization", "التحالف", ("التحالف",))
LEADER = E("Person", "سالم بن راشد", ("سالم بن راشد",))
FRONT = E("ArmedGroup", "جبهة فتح الشام", ("جبهة فتح الشام",))
ALL = [ACTOR, PRESIDENT, MINISTER, FRANCE, TUNISIA, ARMY, ISIS, MILITIA, REGIME, VISITOR, PREMIER,
       LONDON, GROUP, CAMEROON, CHAD, NIGER, OBSERVER, COMPANION, COALITION,
       LEADER, FRONT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list:
    return [event for event in doc.events if event.label == label]


def test_receiving_an_announcement_is_no_meeting() -> None:
    doc = run("استقبل الممثل جون باركر إعلان المهرجان بقرار منحه جائزة شرف بسعادة غامرة.")
    assert events(doc, "Meeting") == []


def test_receiving_a_decision_is_no_meeting() -> None:
    doc = run("استقبلت فرنسا قرار المحكمة بترحيب حذر.")
    assert events(doc, "Meeting") == []


def test_receiving_a_guest_stays_a_meeting() -> None:
    doc = run("استقبل الرئيس التونسي محمد الصالح وزير الخارجية الفرنسي لوران فابيوس.")
    meetings = events(doc, "Meeting")
    assert meetings and role(doc, meetings[0], "agent") == ["محمد الصالح"]


def test_news_after_a_preposition_keeps_the_meeting() -> None:
    doc = run("استقبل الرئيس التونسي محمد الصالح بعد إعلان النتائج لوران فابيوس.")
    assert events(doc, "Meeting") != []


def test_fighting_on_the_regime_side_is_no_operation() -> None:
    doc = run("وتقاتل ميليشيات حزب الفتح إلى جانب قوات النظام السوري.")
    assert events(doc, "MilitaryOperation") == []


def test_fighting_at_the_side_of_the_army_is_no_operation() -> None:
    doc = run("وقاتلت القبائل إلى جانب الجيش العراقي ضد تنظيم داعش في الأنبار.")
    assert events(doc, "MilitaryOperation") == []


def test_factions_fighting_at_its_side_name_no_operation() -> None:
    doc = run("ويشن الجيش العراقي وفصائل تقاتل إلى جانبه حملة ضد تنظيم داعش.")
    assert events(doc, "MilitaryOperation") == []


def test_fighting_a_named_foe_stays() -> None:
    doc = run("قاتلت قوات الجيش العراقي مقاتلي تنظيم داعش أمس في مدينة الرمادي.")
    operations = events(doc, "MilitaryOperation")
    assert operations and role(doc, operations[0], "target") == ["تنظيم داعش"]


def test_the_suicide_adjective_of_blasts_is_no_agent() -> None:
    doc = run("قتل 30 شخصا بعد تفجيرين انتحاريين استهدفا مصلين في مدينة كانو.")
    attacks = events(doc, "Attack")
    assert attacks
    for attack in attacks:
        assert role(doc, attack, "agent") == []


def test_suicide_bombers_who_target_stay_agents() -> None:
    doc = run("وكان رمضان دمويا حيث استهدف انتحاريون عددا من المساجد في مدينة كانو.")
    attacks = events(doc, "Attack")
    assert attacks and role(doc, attacks[0], "agent") == ["انتحاريون"]


def test_a_meeting_joined_to_a_planned_visit_is_an_aim() -> None:
    doc = run("يستعد الوزير كمال الشريف لزيارة لندن ولقاء رئيس الوزراء ديفيد كاميرون.")
    assert events(doc, "Meeting") == []


def test_a_meeting_joined_to_a_visit_made_stays() -> None:
    doc = run("قام الوزير كمال الشريف بزيارة لندن ولقاء رئيس الوزراء ديفيد كاميرون.")
    meetings = events(doc, "Meeting")
    assert meetings and role(doc, meetings[0], "participant") == ["ديفيد كاميرون"]


def test_a_second_place_before_a_verb_with_its_own_wa_is_no_agent() -> None:
    doc = run("نفذت جماعة بوكو حرام اعتداءات في الكاميرون وتشاد، وشنت هجوما في النيجر.")
    found = [event for event in doc.events
             if doc.text[event.trigger_start:event.trigger_end] == "هجوما"]
    assert found
    assert "تشاد" not in role(doc, found[0], "agent")


def test_a_name_before_a_list_of_vocalised_nouns_is_no_killer() -> None:
    doc = run("كشف المراقب الدولي كريم الهاشمي الكثير عمّا يدور في سوريا من أحداث عنفٍ، "
              "وقتلٍ، واعتقالاتٍ، وقنصٍ للأطفال.")
    for event in events(doc, "Killing"):
        assert role(doc, event, "agent") != ["كريم الهاشمي"]


def test_an_unvocalised_killing_verb_keeps_its_subject() -> None:
    doc = run("وقتل المسلحون عشرة جنود في النيجر أمس.")
    killings = events(doc, "Killing")
    assert killings and role(doc, killings[0], "agent") == ["المسلحون"]


def test_a_mosque_named_for_a_companion_is_no_person_struck() -> None:
    doc = run("استهدف طيران التحالف بعدة غارات منطقة الصناعة ومسجد أنس بن مالك بمدينة الرقة.")
    attacks = events(doc, "Attack")
    assert attacks
    for attack in attacks:
        assert "أنس بن مالك" not in role(doc, attack, "target")


def test_a_sheikh_assassinated_stays_the_target() -> None:
    doc = run("اغتال مسلحون القيادي سالم بن راشد في مدينة الرقة أمس.")
    killings = events(doc, "Killing")
    assert killings and role(doc, killings[0], "target") == ["سالم بن راشد"]


def test_ewes_slaughtered_are_no_killing() -> None:
    doc = run("كأنني دخلت مسلخا في الرقة وقد ذبحت به النعاج.")
    assert events(doc, "Killing") == []


def test_hostages_slaughtered_are_a_killing() -> None:
    doc = run("ذبح مسلحو تنظيم داعش الرهائن في مدينة الرقة أمس.")
    assert events(doc, "Killing") != []


def test_fronts_are_no_target() -> None:
    doc = run("اندلعت اشتباكات عنيفة على جبهات القتال في ريف الأنبار.")
    for event in events(doc, "MilitaryOperation"):
        assert role(doc, event, "target") == []


def test_positions_attacked_stay_the_target() -> None:
    doc = run("شن الجيش العراقي هجوما على مواقع المسلحين في الأنبار أمس.")
    found = events(doc, "MilitaryOperation") + events(doc, "Attack")
    assert found and role(doc, found[0], "target") == ["مواقع"]


def test_a_body_named_front_stays_the_target() -> None:
    doc = run("وتشن فرنسا ضربات ضد جبهة فتح الشام في الأنبار منذ أشهر.")
    strikes = events(doc, "Attack") + events(doc, "MilitaryOperation")
    assert strikes and "جبهة فتح الشام" in role(doc, strikes[0], "target")


def test_a_tally_stays_under_the_first_calibration_edge() -> None:
    doc = run("وتواجه البلاد موجة من العنف، حيث لقي 660 شخصا مصرعهم خلال شهر ونصف في تونس.")
    killings = events(doc, "Killing")
    assert killings and killings[0].evidence.confidence < 0.45


def test_one_killing_stays_over_the_first_calibration_edge() -> None:
    doc = run("وقتل مسلحو تنظيم داعش 12 شخصا في هجوم على سوق في تونس أمس.")
    found = events(doc, "Killing") + events(doc, "Attack")
    assert found and max(event.evidence.confidence for event in found) >= 0.45


def test_a_film_plot_tells_no_event() -> None:
    doc = run("وهو الفيلم الذي تقع أحداثه خلال الحرب في التسعينات وكيف قام الجيش العراقي "
              "باغتصاب النساء.")
    assert doc.events == ()


def test_the_plot_of_the_film_tells_no_killing() -> None:
    doc = run("وتدور أحداث الفيلم في الأنبار حيث قتل الجيش العراقي عشرات المدنيين.")
    assert events(doc, "Killing") == []


def test_incidents_of_violence_are_news() -> None:
    doc = run("وتدور أحداث عنف في الأنبار منذ أمس حيث قتل الجيش العراقي عشرة مدنيين.")
    assert events(doc, "Killing") != []


def test_talks_a_future_verb_tells_of_are_to_come() -> None:
    doc = run("وقالت الرئاسة إن المحادثات بين الرئيس محمد الصالح والوزير لوران فابيوس ستتناول "
              "التعاون الأمني.")
    assert events(doc, "Meeting") == []


def test_talks_held_stay_a_meeting() -> None:
    doc = run("وتناولت المحادثات بين الرئيس محمد الصالح والوزير لوران فابيوس أمس التعاون الأمني.")
    assert events(doc, "Meeting") != []
