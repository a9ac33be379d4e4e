"""Attacks, military operations and withdrawals, session 38 (helper v2). Made-up sentences.

- «لقي العشرات مصرعهم في المواجهات المسلحة»: a clash noun, definite too, named as where a
  toll told before it happened («مصرعهم», «حتفهم» as well as «قتل») is reported; clashes
  have no agent (``event_clash_tolls``).
- «اشتباكات لأكثر من ثماني ساعات»: clashes whose length is told took place
  (``event_clash_tolls.clash_lasted``).
- «وتبادل الطرفان القصف»: blows traded are reported, with neither side as agent nor target
  (``event_clash_tolls.exchanged``).
- «لهجوم من جانب داعش»: «من جانب» names the doer, as «من قبل», never the target
  (``event_side_of``).
- «قصف داعش ثلاث بلدات»: the «ب» of «بلدات» is the noun's own, no clitic, so the counted
  towns are the target (``perpetrators.root_initial``, ``target_words.victim_word``).
- «عقب انسحاب القوات العراقية من المدينة»: a withdrawal of named troops after «بعد/عقب» is a
  move of the news, not its background (``event_withdrawals``).
- «إن القوات العراقية تتقدم باتجاه منطقة البوعيثة»: troops advancing on a place are a military
  operation, with no target; «تقدمت الوزارة بطلب» is none (``event_advances``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
ISIS = E("ArmedGroup", "داعش", ("داعش",))
RAMADI = E("City", "الرمادي", ("الرمادي",))
HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))
IRAQI_FORCES = E("GovernmentBody", "القوات العراقية", ("القوات العراقية",))
MINISTER = E("Person", "سمير الخالدي", ("سمير الخالدي",))
ALL = [ARMY, ISIS, RAMADI, HOUTHIS, IRAQI_FORCES, MINISTER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def test_toll_in_definite_clashes() -> None:
    doc = run("لقي العشرات من مقاتلي داعش مصرعهم في المواجهات المسلحة قرب الرمادي.")
    [clash] = events(doc, "MilitaryOperation")
    assert role(doc, clash, "agent") == [] and role(doc, clash, "target") == []


def test_fate_met_in_definite_clashes() -> None:
    doc = run("ولقي خمسة جنود حتفهم في الاشتباكات العنيفة شمال الرمادي.")
    assert len(events(doc, "MilitaryOperation")) == 1


def test_definite_clashes_without_toll_stay_none() -> None:
    doc = run("وتحدث الوزير عن الاشتباكات في أطراف الرمادي.")
    assert events(doc, "MilitaryOperation") == []


def test_exchanged_attacks() -> None:
    doc = run("وتبادل الجانبان الهجمات بالطائرات الحربية قرب الرمادي.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == [] and role(doc, attack, "target") == []


def test_exchanged_shelling_names_no_side() -> None:
    doc = run("وتبادل الجيش العراقي وداعش القصف المدفعي في الرمادي.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == [] and role(doc, attack, "target") == []


def test_definite_attacks_without_exchange_stay_none() -> None:
    doc = run("وتحدث الوزير عن الهجمات بالطائرات الحربية قرب الرمادي.")
    assert events(doc, "Attack") == []


def test_troops_withdrawn_before_the_news() -> None:
    doc = run("ودخل مقاتلو داعش الرمادي عقب انسحاب القوات العراقية من المدينة.")
    [withdrawal] = events(doc, "Withdrawal")
    assert role(doc, withdrawal, "agent") == ["القوات العراقية"]


def test_minister_withdrawn_before_stays_background() -> None:
    doc = run("وغادر الوفد القاعة بعد انسحاب الوزير سمير الخالدي من الاجتماع.")
    assert events(doc, "Withdrawal") == []


def test_definite_withdrawal_before_stays_background() -> None:
    doc = run("ودخل مقاتلو داعش الرمادي بعد الانسحاب من المدينة.")
    assert events(doc, "Withdrawal") == []


def test_troops_advance_toward_a_place() -> None:
    doc = run("وقال المتحدث إن القوات العراقية تتقدم باتجاه منطقة البوعيثة وجزيرة الرمادي.")
    [advance] = events(doc, "MilitaryOperation")
    assert role(doc, advance, "agent") == ["القوات العراقية"]
    assert role(doc, advance, "target") == []


def test_advance_after_the_verb() -> None:
    doc = run("وتقدمت قوات الجيش العراقي نحو وسط الرمادي.")
    [advance] = events(doc, "MilitaryOperation")
    assert role(doc, advance, "agent") == ["الجيش العراقي"]


def test_request_handed_in_is_no_advance() -> None:
    doc = run("وتقدمت الوزارة بطلب إلى الحكومة في الرمادي.")
    assert events(doc, "MilitaryOperation") == []


def test_talks_moving_on_are_no_advance() -> None:
    doc = run("وتتقدم المفاوضات نحو اتفاق في الرمادي.")
    assert events(doc, "MilitaryOperation") == []


def test_troops_advancing_nowhere_are_no_event() -> None:
    doc = run("وتتقدم القوات العراقية بخطى ثابتة.")
    assert events(doc, "MilitaryOperation") == []


def test_unnamed_units_advancing_take_no_earlier_doer() -> None:
    doc = run("وقصف الجيش العراقي مواقع داعش في الرمادي، ثم تقدمت وحدات من الشرطة نحو "
              "المدينة وقصفت مقار المسلحين.")
    assert events(doc, "MilitaryOperation") == []
    [_, second] = events(doc, "Attack")
    assert role(doc, second, "agent") != ["الجيش العراقي"]


def test_clashes_told_by_their_length() -> None:
    doc = run("وأشار المرصد إلى اشتباكات لأكثر من ثماني ساعات متواصلة في محيط الرمادي.")
    [clash] = events(doc, "MilitaryOperation")
    assert role(doc, clash, "agent") == [] and role(doc, clash, "target") == []


def test_clashes_with_a_cause_are_no_length() -> None:
    doc = run("وتحدث الوزير عن اشتباكات لأسباب عشائرية في الرمادي.")
    assert events(doc, "MilitaryOperation") == []


def test_attack_by_side_of_a_group() -> None:
    doc = run("وتعرض المسلمون لهجوم من جانب داعش في الرمادي.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["داعش"]
    assert role(doc, attack, "target") == []


def test_attack_by_side_of_gunmen() -> None:
    doc = run("وتعرض المسلمون لهجوم من جانب مسلحين في الرمادي.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["مسلحين"]


def test_counted_towns_shelled_are_the_target() -> None:
    doc = run("وقصف داعش ثلاث بلدات في محيط الرمادي.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "target") == ["ثلاث بلدات"]


def test_rockets_are_no_target() -> None:
    doc = run("وقصف داعش بالصواريخ مواقع الجيش العراقي.")
    [attack] = events(doc, "Attack")
    assert "بالصواريخ" not in role(doc, attack, "target")
