"""Agents of violent events, session 43 (helper ag43). Made-up sentences.

- «قام عدد من الجنود بقتل المدنيين»: the people between a past light verb and its violent
  «ب» noun did the deed, even with no owner said or with a quoted owner
  (``event_light_people``); not after «يقوم» (a habit), nor across a comma or a place phrase.
- «تعرض المعسكر لهجوم أسفر عن مقتل جنديين، وقد تبناه تنظيم ...»: a named group that claims
  the deed in a clause after it is the agent of the sentence's violent events that have none
  (``event_later_claims``); not a state adopting a plan, nor a claim a speaker reports.
- «ودخل مسلحون المنزل فقتلوا صاحبه»: a violent verb joined to a verb-first clause shares the
  clause's unnamed doer (``event_joined_clause_doers``); not with no object, nor a feminine verb
  after a masculine one.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

GROUP = E("ArmedGroup", "تنظيم أنصار الجبهة", ("تنظيم أنصار الجبهة",))
MOVEMENT = E("ArmedGroup", "حركة الفجر الجديد", ("حركة الفجر الجديد",))
GOVERNMENT = E("GovernmentBody", "الحكومة", ("الحكومة",))
STATE = E("Country", "ليبيريا", ("ليبيريا",))
BODY = E("Organization", "منظمة الإغاثة الدولية", ("منظمة الإغاثة الدولية",))
TOWN = E("City", "كفر ناصر", ("كفر ناصر",))
ALL = [GROUP, MOVEMENT, GOVERNMENT, STATE, BODY, TOWN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2009-03-11"))


def violent(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label in {"Attack", "Killing"}]


def agents(text: str) -> list[list[str]]:
    """The agents of each violent event read in ``text``."""
    doc = run(text)
    return [role(doc, e, "agent") for e in violent(doc)]


# event_light_people


def test_soldiers_with_no_owner_before_a_killing_noun() -> None:
    assert agents("قام الجنود بقتل أربعة فلاحين قرب كفر ناصر.") == [["الجنود"]]


def test_part_of_soldiers_with_a_quoted_owner() -> None:
    assert agents("وذكر التقرير أنه قام عدد من جنود «الكوماندوز» بقتل ثلاثة صيادين.") == [
        ["عدد من جنود «الكوماندوز"]]


def test_members_of_a_band_before_a_kidnapping_noun() -> None:
    assert agents("وقام أفراد من العصابة بخطف طفلين من أمام المدرسة.") == [
        ["أفراد من العصابة"]]


def test_a_trailing_yesterday_is_left_out() -> None:
    assert agents("وقامت مجموعة من المستوطنين أمس بالاعتداء على المزارعين.") == [
        ["مجموعة من المستوطنين"]]


def test_a_present_light_verb_tells_a_habit() -> None:
    assert agents("يقوم الجنود بقتل الفلاحين قرب كفر ناصر.") == []


def test_a_comma_between_breaks_the_slot() -> None:
    assert [a for a in agents("قام الجنود، بحسب الشهود، بقتل أربعة فلاحين.") if a] == []


def test_a_place_phrase_between_is_no_doer() -> None:
    assert [a for a in agents("قام الجنود في كفر ناصر بقتل أربعة فلاحين.")
            if a != ["الجنود"] and a] == []


def test_citizens_are_no_head_of_doers() -> None:
    assert [a for a in agents("قام عدد من المواطنين بقتل اللص.") if a] == []


# event_later_claims


def test_a_claim_after_the_deed_names_its_agent() -> None:
    assert agents("وتعرض معسكر للجيش لهجوم أسفر عن مقتل جنديين، وقد تبناه "
                  "«تنظيم أنصار الجبهة».") == [["تنظيم أنصار الجبهة"], ["تنظيم أنصار الجبهة"]]


def test_a_joined_claim_after_a_blast() -> None:
    assert ["حركة الفجر الجديد"] in agents(
        "وانفجرت عبوة ناسفة قرب سوق كفر ناصر مما أدى إلى مقتل خمسة أشخاص، وتبنته "
        "حركة الفجر الجديد.")


def test_a_government_adopting_is_no_claim() -> None:
    assert [a for a in agents("وقتل ثلاثة جنود في هجوم على قافلة عسكرية، وقد تبنته "
                              "الحكومة.") if a] == []


def test_a_state_is_no_claimer() -> None:
    assert [a for a in agents("وقتل ثلاثة جنود في هجوم على قافلة عسكرية، وقد تبنته "
                              "ليبيريا.") if a] == []


def test_a_body_adopting_a_plan_is_no_claimer() -> None:
    assert [a for a in agents("وأصيب ثلاثة مدنيين في انفجار قرب المستشفى، وأعدت البلدية خطة "
                              "طوارئ وقد تبنتها منظمة الإغاثة الدولية.") if a] == []


def test_a_claim_a_speaker_reports_is_not_read() -> None:
    assert [a for a in agents("وقتل ثلاثة جنود في هجوم على قافلة، وقال الجيش إن "
                              "حركة الفجر الجديد تبنته.") if a] == []


def test_a_named_doer_is_kept() -> None:
    assert agents("وفجر انتحاري نفسه قرب حاجز للجيش، وقد تبناه تنظيم أنصار الجبهة.") == [
        ["انتحاري"]]


# event_device_subjects


def test_a_bomb_that_blew_up_a_vehicle_takes_no_earlier_doer() -> None:
    doc = run("وقام الجنود بقتل أربعة فلاحين بعدما فجرت عبوة ناسفة إحدى آلياتهم.")
    assert [(doc.text[e.trigger_start:e.trigger_end], role(doc, e, "agent"))
            for e in violent(doc)] == [("بقتل", ["الجنود"]), ("فجرت", [])]


def test_a_bomb_set_off_by_the_same_doer_keeps_it() -> None:
    doc = run("واقتحمت حركة الفجر الجديد حاجزا للجيش وفجرت عبوة ناسفة قرب كفر ناصر.")
    assert all(role(doc, e, "agent") == ["حركة الفجر الجديد"] for e in violent(doc)
               if doc.text[e.trigger_start:e.trigger_end] == "وفجرت")


# event_doers: a crowd that opens its sentence before the protest verb


def protesters(text: str) -> list[list[str]]:
    doc = run(text)
    return [role(doc, e, "agent") for e in doc.events if e.label == "Protest"]


def test_a_crowd_opening_the_sentence_is_the_protest_doer() -> None:
    assert protesters("وقع ذلك في العاصمة. مئات الطلاب خرجوا إلى الشوارع احتجاجا على "
                      "القرار.")[:1] == [["مئات الطلاب"]]


def test_a_crowd_after_a_comma_is_the_protest_doer() -> None:
    assert protesters("وفي كفر ناصر، آلاف المحتجين تظاهروا أمام مبنى البلدية.") == [
        ["آلاف المحتجين"]]



# perpetrator_holders: «من الموالين لـ»


def test_gunmen_of_those_loyal_to_a_group() -> None:
    assert agents("وذكرت الشرطة أن مسلحين من الموالين لحركة الفجر الجديد اختطفوا أربعة "
                  "عمال.") == [["مسلحين من الموالين لحركة الفجر الجديد"]]


def test_those_loyal_to_a_city_are_no_holder() -> None:
    assert agents("وذكرت الشرطة أن مسلحين من الموالين لكفر ناصر اختطفوا أربعة عمال.") in (
        [[]], [])


# event_protest_genitives


def test_the_opposition_in_the_genitive_of_protests() -> None:
    assert protesters("وتصاعدت احتجاجات المعارضة ضد الحكومة في كفر ناصر أمس.") == [
        ["المعارضة"]]


def test_workers_in_the_genitive_of_demonstrations() -> None:
    assert protesters("وتواصلت مظاهرات العمال في كفر ناصر لليوم الثالث.") == [["العمال"]]


def test_a_day_in_the_genitive_is_no_protester() -> None:
    assert [a for a in protesters("وتواصلت مظاهرات الجمعة في كفر ناصر لليوم الثالث.")
            if a] == []


def test_a_place_in_the_genitive_is_no_protester() -> None:
    assert [a for a in protesters("وتواصلت احتجاجات المدينة ضد الحكومة لليوم الثالث.")
            if a] == []


# event_light_people: the doer before the light verb


def test_a_unit_opening_the_clause_before_the_light_verb() -> None:
    assert agents("وقال الشهود إن قوة من الشرطة قامت بمداهمة المنزل.") == [["قوة من الشرطة"]]


def test_soldiers_opening_the_clause_before_the_light_verb() -> None:
    assert agents("وقال المختار إن الجنود قاموا بقتل ثلاثة فلاحين.") == [["الجنود"]]


def test_a_place_phrase_before_the_light_verb_breaks_the_clause() -> None:
    assert [a for a in agents("وقال المختار إن الجنود في كفر ناصر قاموا بقتل ثلاثة فلاحين.")
            if a] == []


def test_students_before_the_light_verb_are_no_doer_head() -> None:
    assert [a for a in agents("وقال المدير إن الطلاب قاموا بالاعتداء على المعلم.") if a] == []


# event_joined_clause_doers


def test_gunmen_of_a_verb_first_clause_do_the_joined_killing() -> None:
    assert agents("ودخل مسلحون ملثمون المزرعة فقتلوا حارسها.") == [["مسلحون ملثمون"]]


def test_a_unit_of_a_verb_first_clause_does_the_joined_killing() -> None:
    assert agents("ووصلت قوة من الجيش إلى كفر ناصر وقتلت خمسة مسلحين.") == [["قوة من الجيش"]]


def test_gunmen_who_stopped_a_bus_did_the_joined_kidnapping() -> None:
    assert agents("واعترض مسلحون شاحنة للنقل وخطفوا سائقها.") == [["مسلحون"]]


def test_a_joined_verb_with_no_object_may_be_passive() -> None:
    assert [a for a in agents("ودخل مسلحون ملثمون المزرعة فقتلوا.") if a] == []


def test_a_feminine_joined_verb_needs_a_feminine_first_verb() -> None:
    assert [a for a in agents("ووصل مسلحون إلى كفر ناصر وقتلت امرأة.") if a] == []
