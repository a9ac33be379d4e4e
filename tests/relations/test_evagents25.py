"""evagents25: the agents of violent events named by a group behind its fighters.

Rules:
- fighters «من» a group whose name is quoted behind its kind word («مسلحون من جماعة "بوكو
  حرام"», «عناصر من حركة «الشباب»») are the group's: the group is the doer, and the quoted
  name is no target;
- a describing adjective of the group right after its name («من جماعة بوكو حرام
  المتطرفة») belongs to the doer phrase and is never the verb's object.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

BOKO = E("ArmedGroup", "بوكو حرام", ("بوكو حرام",))
SHABAB = E("ArmedGroup", "حركة الشباب", ("الشباب",))
FALLUJA = E("City", "الفلوجة", ("الفلوجة",))
QAEDA = E("ArmedGroup", "تنظيم القاعدة", ("تنظيم القاعدة",))
WALID = E("Person", "وليد منصور", ("وليد منصور",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
GHOLAM = E("City", "غولام", ("غولام",))
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
ALEPPO = E("City", "حلب", ("حلب",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ALL = [BOKO, SHABAB, FALLUJA, QAEDA, WALID, KARIM, GHOLAM, RUSSIA, ALEPPO, HOUTHIS]


def killings(text: str, label: str = "Killing") -> tuple[Document, list[Event]]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return doc, [e for e in doc.events if e.label == label]


def agent_ids(event: Event) -> list[str]:
    return [a.entity_id for a in event.arguments if a.role == "agent"]


def test_fighters_of_a_quoted_group_are_the_groups() -> None:
    doc, found = killings('قتل مسلحون من جماعة "بوكو حرام" عشرات القرويين في قرية نائية أمس.')
    assert len(found) == 1
    assert agent_ids(found[0]) == [BOKO.id]
    assert "بوكو حرام" not in " ".join(role(doc, found[0], "target"))


def test_fighters_of_a_group_in_guillemets_are_the_groups() -> None:
    doc, found = killings("وقتل عناصر من حركة «الشباب» ثلاثة جنود في كمين قرب الحدود.")
    assert len(found) == 1
    assert agent_ids(found[0]) == [SHABAB.id]
    assert "الشباب" not in " ".join(role(doc, found[0], "target"))


def test_a_quote_not_behind_a_kind_word_names_no_holder() -> None:
    _, found = killings('قتل مسلحون من "بوكو حرام" عشرات القرويين في قرية نائية أمس.')
    assert all(agent_ids(e) != [BOKO.id] for e in found)


def test_the_groups_adjective_is_no_target() -> None:
    doc, found = killings("قتل مسلحون من جماعة بوكو حرام المتطرفة عشرات القرويين في قرية نائية.")
    assert len(found) == 1
    assert agent_ids(found[0]) == [BOKO.id]
    assert "المتطرفة" not in " ".join(role(doc, found[0], "target"))


def test_a_definite_victim_after_the_group_is_still_the_target() -> None:
    doc, found = killings("قتل مسلحون من جماعة بوكو حرام المدرسين في قرية نائية.")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["المدرسين"]


def test_fighters_from_a_city_are_not_its() -> None:
    _, found = killings('قتل مسلحون من مدينة "الفلوجة" عشرات القرويين أمس.')
    assert all(FALLUJA.id not in agent_ids(e) for e in found)


def test_a_cell_of_a_named_group_is_the_groups() -> None:
    doc, found = killings("وهاجمت خلية من تنظيم القاعدة نقطة تفتيش للجيش.", "Attack")
    assert len(found) == 1
    assert agent_ids(found[0]) == [QAEDA.id]
    assert role(doc, found[0], "target") == ["نقطة تفتيش"]


def test_a_band_of_a_named_group_behind_a_light_verb_is_the_groups() -> None:
    _, found = killings("وقامت مجموعة من تنظيم القاعدة بإطلاق النار على الجنديين.", "Attack")
    assert len(found) == 1
    assert agent_ids(found[0]) == [QAEDA.id]


def test_a_band_of_students_is_no_doer() -> None:
    doc, found = killings("وهاجمت مجموعة من الطلاب الحافلة في الفلوجة.", "Attack")
    assert all(role(doc, e, "agent") == [] for e in found)


def test_a_band_of_the_group_as_object_is_no_doer() -> None:
    _, found = killings("وقتلت الشرطة مجموعة من تنظيم القاعدة في الفلوجة.")
    assert all(QAEDA.id not in agent_ids(e) for e in found)


def test_a_conjunct_of_a_place_behind_to_is_no_doer() -> None:
    _, found = killings("ثم توجه المسلحون إلى غولام ووليد منصور، حيث قاموا بالشيء نفسه، "
                        "وقتلوا 43 شخصا.")
    assert len(found) == 1
    assert WALID.id not in agent_ids(found[0])


def test_a_conjunct_of_a_person_behind_about_is_no_doer() -> None:
    _, found = killings("وجاء المسلحون إلى القرية بحثا عن كريم سالم ووليد منصور، ثم قتلوا الحارس.")
    assert len(found) == 1
    assert agent_ids(found[0]) == []


def test_a_conjunct_right_before_the_verb_is_its_subject() -> None:
    _, found = killings("وتواصل القتال في حلب وروسيا قصفت أحياء المدينة.", "Attack")
    assert len(found) == 1
    assert agent_ids(found[0]) == [RUSSIA.id]


def test_an_ungoverned_conjunct_is_still_a_doer() -> None:
    _, found = killings("وكان كريم سالم ووليد منصور يحرسان القرية، ثم قتلوا الحارس.")
    assert len(found) == 1
    assert WALID.id in agent_ids(found[0])


def test_battles_waged_by_a_group_are_its() -> None:
    _, found = killings("وجاء هذا التقدم بعد معارك عنيفة خاضها تنظيم القاعدة ضد الحوثيين.",
                        "MilitaryOperation")
    assert len(found) == 1
    assert agent_ids(found[0]) == [QAEDA.id]
    assert QAEDA.id not in [a.entity_id for a in found[0].arguments if a.role == "target"]


def test_a_group_that_wages_battles_is_their_agent() -> None:
    _, found = killings("وخاض تنظيم القاعدة معارك عنيفة ضد الحوثيين في الفلوجة أمس.",
                        "MilitaryOperation")
    assert len(found) == 1
    assert agent_ids(found[0]) == [QAEDA.id]


def test_battles_a_group_will_wage_are_no_event() -> None:
    _, found = killings("وقال تنظيم القاعدة إنه سيخوض معارك ضد الحوثيين في الفلوجة.",
                        "MilitaryOperation")
    assert found == []


def test_the_resistance_loyal_to_a_leader_is_the_doer() -> None:
    doc, found = killings("وقال المصدر إن المقاومة الشعبية الموالية للرئيس كريم سالم انتزعت "
                          "أمس آخر حصون الحوثيين في الفلوجة.", "MilitaryOperation")
    assert len(found) == 1
    assert KARIM.id not in agent_ids(found[0])
    assert role(doc, found[0], "agent") == ["المقاومة الشعبية"]


def test_bare_forces_loyal_to_a_leader_name_no_doer() -> None:
    _, found = killings("وقال المصدر إن القوات الموالية لكريم سالم سيطرت على الفلوجة.",
                        "MilitaryOperation")
    assert len(found) == 1
    assert agent_ids(found[0]) == []


def test_a_side_not_ending_at_the_verb_is_not_read() -> None:
    _, found = killings("وقال المصدر إن المقاومة الشعبية الموالية لكريم سالم منذ سنوات "
                        "سيطرت على الفلوجة.", "MilitaryOperation")
    assert all(KARIM.id not in agent_ids(e) for e in found)


def test_an_ambush_of_a_quoted_group_behind_a_lone_lam_is_its() -> None:
    doc, found = killings("وقتل عشرة جنود في كمين لـ«بوكو حرام» قرب الحدود أمس.", "Attack")
    assert len(found) == 1
    assert agent_ids(found[0]) == [BOKO.id]
    assert role(doc, found[0], "target") == []


def test_attacks_that_led_to_a_toll_are_the_quoted_groups() -> None:
    _, found = killings("وأدت الهجمات الدامية لـ«بوكو حرام» إلى مقتل 15 ألف شخص منذ سنوات.",
                        "Attack")
    assert len(found) == 1
    assert agent_ids(found[0]) == [BOKO.id]


def test_a_strike_on_the_quoted_group_is_not_its() -> None:
    _, found = killings("وشن الجيش قصفا لـ«بوكو حرام» قرب الحدود أمس.", "Attack")
    assert all(BOKO.id not in agent_ids(e) for e in found)


def test_attacks_that_led_feminine_to_a_toll_are_the_groups() -> None:
    _, found = killings("وأدت الهجمات الدامية لبوكو حرام إلى مقتل 15 ألف شخص منذ سنوات.",
                        "Attack")
    assert len(found) == 1
    assert agent_ids(found[0]) == [BOKO.id]
