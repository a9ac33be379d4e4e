"""Conflict events dropped though the text reports them (session 32). Made-up sentences.

Rules tested:

- a verb of seizing takes what it seized behind «على»: its unnamed subject phrase ends right
  before «على» («وسيطرت قوات الجيش على المدينة», «وسيطر المسلحون على ...»), and the plural
  «سيطروا» is a seizing verb too, its named subject before it (``event_seizures``);
- armed men in the construct state before the unnamed body they belong to («مسلحو التنظيم»,
  «مقاتلو المعارضة») are a doer (``perpetrators._CONSTRUCT_FIGHTERS``);
- «فجّر» with a bomber noun right after it or its reflexive object farther in its clause
  («فجر انتحاري متنكر بزي امرأة نفسه») is a bombing, and the words that describe the bomber
  are no target (``event_detonations``); «فجر اليوم» is dawn;
- arson burns plants and stores too («أحرق مسلحون منشأة نفطية»), not waste
  (``event_attack_words._BUILDINGS``);
- an indefinite event noun governed by a verb of causing a few words before it («وتسبب هذا
  الإجراء الحكومي في احتجاجات») took place (``event_caused``);
- an attack repelled by the perfect «صدّ/صدّت» took place, its attacker named after it
  (behind «ل» or as the subject of «شنه»); «لصد أي هجوم», «في صد هجوم» are aims, no events
  (``event_repulsed._opens_on``);
- raiding and assaulting verbs take their object behind «على» too, so their unnamed subject
  ends before it («وأغارت طائرات حربية على», «واعتدى مسلحون مجهولون على»); «أغارت السيول»
  is none (``event_seizures``, ``lexicon.RAIDING_FORMS``);
- «دارت اشتباكات» reports the clashes (``lexicon.OCCURRENCE_WORDS``); «حرب كلامية» is none;
- names joined after an unnamed first side behind «بين» are sides of the clashes, not their
  target (``event_clash_sides``);
- «قوات النظام», «قوات المعارضة» are armed men of a side, a doer (``SECURITY_OWNERS``), and
  «بلدة» opens an object though it starts with «ب» (``perpetrators._ROOT_INITIAL``);
- the object of «مستهدفاً» a few words after an attack with no target is its target
  («فجر انتحاري نفسه أمس مستهدفاً حافلة»; ``event_aimed_participles``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

DAESH = E("Organization", "تنظيم النور", ("تنظيم النور",))
ARMY = E("GovernmentBody", "الجيش الوطني", ("الجيش الوطني",))
TOWN = E("City", "الوادي الأخضر", ("الوادي الأخضر",))
ALL = [DAESH, ARMY, TOWN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def found(doc: Document, *labels: str) -> list[Event]:
    return [e for e in doc.events if e.label in labels]


def test_forces_seize_a_town_behind_ala() -> None:
    doc = run("وسيطرت قوات الجيش على الوادي الأخضر صباح أمس.")
    ops = found(doc, "MilitaryOperation")
    assert len(ops) == 1
    assert role(doc, ops[0], "agent") == ["قوات الجيش"]
    assert role(doc, ops[0], "target") == ["الوادي الأخضر"]


def test_definite_gunmen_seize_a_building() -> None:
    doc = run("وسيطر المسلحون على مبنى المحافظة في الوادي الأخضر أمس.")
    ops = found(doc, "MilitaryOperation")
    assert len(ops) == 1 and role(doc, ops[0], "agent") == ["المسلحون"]


def test_plural_seizing_verb_after_its_named_subject() -> None:
    doc = run("وقالت مصادر محلية إن تنظيم النور سيطروا على الوادي الأخضر أمس.")
    ops = found(doc, "MilitaryOperation")
    assert len(ops) == 1
    assert [a.entity_id for a in ops[0].arguments if a.role == "agent"] == [DAESH.id]


def test_construct_gunmen_of_the_group_are_the_doer() -> None:
    doc = run("واختطف مسلحو التنظيم أربعة عمال في الوادي الأخضر أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1 and role(doc, attacks[0], "agent") == ["مسلحو التنظيم"]


def test_fighters_of_the_opposition_killed_are_no_doer() -> None:
    doc = run("وقتل عشرة من مقاتلي المعارضة في الوادي الأخضر أمس.")
    assert all(role(doc, e, "agent") == [] for e in found(doc, "Killing"))


def test_seizing_a_share_of_a_market_is_no_operation() -> None:
    doc = run("وسيطرت الشركة على حصة كبيرة من السوق في الوادي الأخضر.")
    assert found(doc, "MilitaryOperation") == []


def test_a_bomber_with_a_long_subject_blew_himself_up() -> None:
    doc = run("فجر انتحاري متنكر بزي عامل نظافة نفسه أمس في الوادي الأخضر.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1
    assert role(doc, attacks[0], "agent") == ["انتحاري"]
    assert role(doc, attacks[0], "target") == []


def test_dawn_is_no_bombing() -> None:
    doc = run("وصل الوفد فجر اليوم إلى الوادي الأخضر وقدم نفسه للأهالي.")
    assert found(doc, "Attack") == []


def test_arson_of_a_plant() -> None:
    doc = run("وأحرق مسلحون منشأة نفطية في الوادي الأخضر أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1 and role(doc, attacks[0], "target") == ["منشأة"]


def test_burning_straw_is_no_arson() -> None:
    doc = run("وأحرق المزارعون مخلفات القش في الوادي الأخضر أمس.")
    assert found(doc, "Attack") == []


def test_protests_caused_by_a_measure_took_place() -> None:
    doc = run("وتسبب هذا الإجراء الحكومي في احتجاجات واسعة في الوادي الأخضر.")
    assert len(found(doc, "Protest")) == 1


def test_protests_a_measure_may_cause_are_none() -> None:
    doc = run("وحذر الخبراء من أن يتسبب هذا الإجراء الحكومي في احتجاجات في الوادي الأخضر.")
    assert found(doc, "Protest") == []


def test_an_attack_repelled_by_sadda_with_its_attacker() -> None:
    doc = run("وصد الجيش الوطني هجوما شنه مسلحو التنظيم على الوادي الأخضر أمس.")
    events = found(doc, "Attack", "MilitaryOperation")
    assert len(events) == 1
    assert role(doc, events[0], "agent") == ["مسلحو التنظيم"]


def test_an_attack_repelled_by_saddat_with_the_attacker_behind_lam() -> None:
    doc = run("وصدت قوات الجيش الوطني هجوما لتنظيم النور على الوادي الأخضر أمس.")
    events = found(doc, "Attack", "MilitaryOperation")
    assert len(events) == 1
    assert [a.entity_id for a in events[0].arguments if a.role == "agent"] == [DAESH.id]


def test_readiness_to_repel_any_attack_is_no_attack() -> None:
    doc = run("وتستعد قوات الجيش الوطني لصد أي هجوم لتنظيم النور على الوادي الأخضر.")
    assert found(doc, "Attack", "MilitaryOperation") == []


def test_succeeding_in_repelling_is_left_to_other_rules() -> None:
    doc = run("ونجح الجيش الوطني في صد هجوم على الوادي الأخضر.")
    assert found(doc, "Attack", "MilitaryOperation") == []


def test_an_air_raid_behind_ala() -> None:
    doc = run("وأغارت طائرات حربية على مواقع تنظيم النور في الوادي الأخضر فجر اليوم.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1
    assert role(doc, attacks[0], "agent") == ["طائرات حربية"]


def test_gunmen_assault_a_patrol_behind_ala() -> None:
    doc = run("واعتدى مسلحون مجهولون على دورية للشرطة في الوادي الأخضر أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1
    assert role(doc, attacks[0], "agent") == ["مسلحون مجهولون"]


def test_a_raid_by_floods_is_none() -> None:
    doc = run("وأغارت السيول على المنازل في الوادي الأخضر أمس.")
    assert found(doc, "Attack") == []


def test_clashes_that_went_on_took_place() -> None:
    doc = run("وفي الوادي الأخضر دارت اشتباكات عنيفة بين الجيش الوطني وتنظيم النور أمس.")
    assert len(found(doc, "MilitaryOperation")) == 1


def test_a_war_of_words_went_on_is_none() -> None:
    doc = run("ودارت بين الجيش الوطني وتنظيم النور حرب كلامية في الوادي الأخضر.")
    assert found(doc, "MilitaryOperation") == []


def test_sides_of_clashes_past_an_unnamed_first_side_are_no_target() -> None:
    doc = run("ووقعت اشتباكات عنيفة بين مقاتلي القبائل والجيش الوطني وتنظيم النور قرب "
              "الوادي الأخضر أمس.")
    ops = found(doc, "MilitaryOperation")
    assert len(ops) == 1
    assert role(doc, ops[0], "target") == []
    assert {a.entity_id for a in ops[0].arguments if a.role == "participant"} >= {DAESH.id}


def test_forces_of_the_regime_storm_a_town() -> None:
    doc = run("واقتحمت قوات النظام بلدة في ريف الوادي الأخضر أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1 and role(doc, attacks[0], "agent") == ["قوات النظام"]


def test_forces_of_the_regime_killed_are_victims() -> None:
    doc = run("وقتل عشرة من قوات النظام في الوادي الأخضر أمس.")
    assert all(role(doc, e, "agent") == [] for e in found(doc, "Killing"))


def test_what_a_bombing_aimed_at_follows_the_participle() -> None:
    doc = run("فجر انتحاري نفسه أمس مستهدفا حافلة للجنود في الوادي الأخضر.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1 and role(doc, attacks[0], "target") == ["حافلة"]


def test_a_participle_in_the_next_sentence_names_no_target() -> None:
    doc = run("فجر انتحاري نفسه أمس في الوادي الأخضر. وكان التنظيم مستهدفا حافلة للجنود.")
    assert all(role(doc, e, "target") == [] for e in found(doc, "Attack"))
