"""Event triggers kg's lexicon lacked (session 27). Made-up sentences.

Rules tested:

- a verb of going («وصلت», «توجهت», «تحركت») is a deployment with troops as its subject:
  right after it (past a word of time), or opening its clause before it after «أن»; not a
  minister who arrived, troops behind a preposition, aircraft not called military, nor
  aircraft with aid (``event_troop_moves``);
- «تعدّى على» and «اعتدت على» (no subject between) are an assault only with the blows told in
  their clause («بالضرب», «بالهراوات»); without them they are a breach («تعدى على أراضي
  الدولة») or «I got used to» («اعتدت على العيش»); «تعدّى» is a perfect, not an imperfect
  (``event_beatings``);
- «خرج» with a protest further on in its clause («في مظاهرة», «للاحتجاج», past a long subject
  or an adjunct) is a protest; not going out of a meeting or off course (``event_going_out``);
- a violent imperfect right after a perfect verb of seeing and the ones seen («شاهد مسلحين
  يطلقون النار») is an event seen as it happened; not after an imperfect of seeing, nor
  alone (a habit), nor «تطلق على نفسها اسم» (``event_witnessed``, ``FIRING_PRESENT``);
- «لاقى» is «لقي» before «مصرعه/حتفه» («لاقى ثلاثة جنود مصرعهم»); not in a relative clause
  on someone known (``event_outcomes.MEETING_DEATH``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import triggers
from tests.relations.docbuilder import E, build_doc

KARMA = E("City", "الكرمة", ("الكرمة",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
ALL = [KARMA, RAMLAND]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_reinforcements_that_arrived_were_deployed() -> None:
    doc = run("ووصلت أمس تعزيزات عسكرية إلى مدينة الكرمة.")
    assert triggers(doc, "Deployment") == ["ووصلت"]


def test_reinforcements_named_before_their_verb_were_deployed() -> None:
    doc = run("وقال مسؤول أن تعزيزات ضخمة مدعمة بالمدرعات توجهت السبت إلى مدينة الكرمة.")
    assert triggers(doc, "Deployment") == ["توجهت"]


def test_a_minister_who_arrived_among_troops_deployed_nothing() -> None:
    doc = run("ووصل الوزير إلى القوات في مدينة الكرمة أمس.")
    assert triggers(doc, "Deployment") == []


def test_airliners_and_aid_flights_are_no_deployment() -> None:
    doc = run("ووصلت طائرات الركاب إلى مطار الكرمة أمس. ووصلت طائرات تحمل مساعدات إلى الكرمة.")
    assert triggers(doc, "Deployment") == []


def test_police_who_fell_on_worshippers_with_blows_attacked() -> None:
    doc = run("إن قوة من الشرطة داهمت المسجد في الكرمة واعتدت على المصلين بالضرب والإهانة.")
    assert "واعتدت" in triggers(doc, "Attack")


def test_guards_who_transgressed_with_blows_attacked() -> None:
    doc = run("وتعدى عناصر الأمن على المعتقلين بالضرب داخل سجن الكرمة أمس.")
    assert triggers(doc, "Attack") == ["وتعدى"]


def test_getting_used_to_a_life_is_no_attack() -> None:
    doc = run("لقد اعتدت على العيش في مدينة الكرمة منذ سنوات.")
    assert triggers(doc, "Attack") == []


def test_encroaching_on_state_land_is_no_attack() -> None:
    doc = run("وتعدى المستثمر على أراضي الدولة في الكرمة.")
    assert triggers(doc, "Attack") == []


def test_residents_who_went_out_in_a_demonstration_protested() -> None:
    doc = run("وخرج أمس سكان أحياء وسط الكرمة في مظاهرة احتجاجا على إغلاق الميدان.")
    assert triggers(doc, "Protest") == ["وخرج"]


def test_a_crowd_that_went_out_under_guard_to_protest_protested() -> None:
    doc = run("وخرج طلاب الجامعة تحت حماية الشرطة للاحتجاج على قرار حكومة رملاند.")
    assert triggers(doc, "Protest") == ["وخرج"]


def test_a_minister_leaving_a_meeting_is_no_protest() -> None:
    doc = run("وخرج الوزير من الاجتماع في الكرمة دون الإدلاء بتصريح.")
    assert triggers(doc, "Protest") == []


def test_gunmen_seen_firing_attacked() -> None:
    doc = run("وقال شاهد إنه شاهد مسلحين من القبائل يطلقون النار على الشرطة في الكرمة.")
    assert triggers(doc, "Attack") == ["يطلقون"]


def test_gunmen_said_to_fire_at_whoever_comes_near_is_a_habit() -> None:
    doc = run("وقال إن المسلحين يطلقون النار على كل من يقترب من حاجز الكرمة.")
    assert triggers(doc, "Attack") == []


def test_children_seen_in_a_habit_of_seeing_is_no_event() -> None:
    doc = run("لا أحد يخالف رأيها عندما يرى ثلاثة أطفال يقتلون عمدا في الكرمة.")
    assert triggers(doc, "Killing") == []


def test_a_group_that_calls_itself_fires_nothing() -> None:
    doc = run("وشاهد السكان جماعة تطلق على نفسها اسم الأنصار في الكرمة.")
    assert triggers(doc, "Attack") == []


def test_soldiers_who_met_their_death_with_laqa_were_killed() -> None:
    doc = run("ولاقى ثلاثة جنود مصرعهم في هجوم على حاجز قرب الكرمة أمس.")
    assert triggers(doc, "Killing") == ["مصرعهم"]


def test_a_poet_who_met_her_death_long_ago_is_told_in_a_relative_clause() -> None:
    doc = run("وتزوج الشاعر من سلمى التي لاقت مصرعها في انفجار السفارة في الكرمة.")
    assert triggers(doc, "Killing") == []
