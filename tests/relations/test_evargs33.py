"""Event agents and targets on conflict reports, session 33 (helper h4). Made-up sentences.

- «قتل نحو مئتي شخص خلال المعارك وقصف قوات فلان للمدينة»: the name in the genitive of a
  violent word after the killing is that word's, not a victim (``event_cause_genitives``).
- «في حين استهدفت الفصائل ...» is «whereas»: the clause reports a deed, as a when-clause
  («عندما قصفت») does not (``event_whereas``).
- «الفصائل المقاتلة», «فصائل مقاتلة»: the fighting factions are a doer, as «فصائل مسلحة» are
  (``perpetrators``).
- «إن الجبهة وقوات فلان قصفوا ...»: both names joined before a plural verb did it
  (``event_joined_subjects``).
- The same verb with the same doer and object told again further down is the same deed
  (``event_retold_deeds``).
- «استهدفت غارة لطيران التحالف مواقع للجبهة»: the «ل» owner of the posts the strike noun hits
  is its target (``event_owned_targets``).
- «وأطلق مسلحو جبهة الأحرار النار على ...»: the fire a firing verb needs may follow its subject
  (``event_fire_after_subject``).
- «قُتل الصحفي السوري فلان», «مقتل القيادي في جبهة الأحرار فلان»: the named person after a
  trade noun and its adjectives is the victim (``event_title_adjectives``, ``event_genitives``),
  and a name after a word that ends a group's name («جبهة القاعدة فلان») is no place's name
  (``event_named_places``).
- «وقصف الجيش وقوات المخلوع فلان الأحياء»: a name joined to the subject by «وقوات», past an
  epithet, is no object (``event_role_targets._conjunct``).
- «في ولاية بورنو وقتلت ...»: «ولاية» (a state) is no «أية» (any) that makes the deed after it
  hypothetical (``event_security_words.planned_before``).
- «نفذت طائرات التحالف أكثر من 20 غارة»: a bounded count between the support verb and its
  noun (``event_support``).
- «وقتل خمسة من عناصر الشرطة في هجوم مسلح»: the group of the dead is not the doer of the
  attack the killing folds into, and a named dead is the one it hit (``event_folded_victims``).
- «وشهدت مدينة سرت اليوم اشتباكات عنيفة»: «شهد» far before the noun reports it
  (``event_witnessing_places``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

FRONT = E("ArmedGroup", "جبهة الأحرار", ("جبهة الأحرار",))
GUARD = E("GovernmentBody", "قوات الحرس", ("قوات الحرس",))
ARMY = E("GovernmentBody", "الجيش الليبي", ("الجيش الليبي",))
SIRTE = E("City", "سرت", ("سرت",))
HOMS = E("City", "حمص", ("حمص",))
SYRIA = E("Country", "سوريا", ("سوريا",))
LEADER = E("Person", "سالم العبيدي", ("سالم العبيدي",))
COALITION = E("Organization", "التحالف", ("التحالف",))
BASE_FRONT = E("ArmedGroup", "جبهة القاعدة", ("جبهة القاعدة",))
WRITER = E("Person", "ناجي العلي", ("ناجي العلي",))
BOKO = E("ArmedGroup", "جماعة بوكو حرام", ("جماعة بوكو حرام",))
BORNO = E("Region", "ولاية بورنو", ("ولاية بورنو",))
POLICE = E("GovernmentBody", "الشرطة الليبية", ("الشرطة الليبية",))
ALL = [FRONT, GUARD, ARMY, SIRTE, HOMS, SYRIA, LEADER, COALITION, BASE_FRONT, WRITER, BOKO,
       BORNO, POLICE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


# --- the genitive of the shelling is no victim of the killing ---------------------------

def test_the_shellers_are_no_victims_of_the_killing() -> None:
    doc = run("وقال مسؤول إن نحو مئتي شخص قتلوا في سرت خلال المعارك وقصف جبهة الأحرار للمدينة.")
    killing = events(doc, "Killing")[0]
    assert "جبهة الأحرار" not in role(doc, killing, "target")


def test_a_victim_named_after_a_definite_word_stays() -> None:
    doc = run("وقتل في سرت خلال الاشتباكات القائد سالم العبيدي.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "target") == ["سالم العبيدي"]


def test_a_victim_right_after_the_killing_stays() -> None:
    doc = run("وقتل الجيش الليبي القائد سالم العبيدي في قصف على سرت.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "target") == ["سالم العبيدي"]


# --- «في حين» (whereas) ------------------------------------------------------------------

def test_a_strike_after_whereas_is_reported() -> None:
    doc = run("وقصف الجيش الليبي مدينة سرت، في حين استهدفت جبهة الأحرار مواقع قوات الحرس في حمص.")
    attacks = events(doc, "Attack")
    assert any(role(doc, a, "agent") == ["جبهة الأحرار"] for a in attacks)


def test_a_strike_in_a_when_clause_is_still_the_scene() -> None:
    doc = run("وانسحب الجيش الليبي من سرت حين استهدفت جبهة الأحرار مواقعه.")
    assert not any(role(doc, a, "agent") == ["جبهة الأحرار"] for a in events(doc, "Attack"))


def test_whereas_gives_no_doer_to_a_killing() -> None:
    doc = run("وقتل عشرة أشخاص في سرت، في حين قصفت جبهة الأحرار مدينة حمص.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "agent") == []


# --- the fighting factions ---------------------------------------------------------------

def test_the_fighting_factions_are_the_doers() -> None:
    doc = run("واستهدفت الفصائل المقاتلة مواقع قوات الحرس في حمص بسوريا.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "agent") == ["الفصائل المقاتلة"]
    assert [t for t in role(doc, attack, "target") if "قوات الحرس" in t]


def test_indefinite_fighting_factions_are_no_target() -> None:
    doc = run("واستهدفت فصائل مقاتلة مواقع قوات الحرس في حمص بسوريا.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "agent") == ["فصائل مقاتلة"]
    assert "فصائل مقاتلة" not in role(doc, attack, "target")


def test_fighting_factions_killed_are_no_doers() -> None:
    doc = run("وقتل عشرة من عناصر الفصائل المقاتلة في حمص.")
    for event in doc.events:
        assert role(doc, event, "agent") == []


# --- two subjects joined before a plural verb -------------------------------------------

def test_both_joined_subjects_of_a_plural_verb_are_doers() -> None:
    doc = run("وقال المصدر إن جبهة الأحرار وقوات الحرس قصفوا أحياء سكنية في سرت.")
    attack = events(doc, "Attack")[0]
    assert sorted(role(doc, attack, "agent")) == ["جبهة الأحرار", "قوات الحرس"]


def test_a_singular_verb_keeps_its_nearest_subject() -> None:
    doc = run("وقال المصدر إن جبهة الأحرار وقوات الحرس قصفت أحياء سكنية في سرت.")
    attack = events(doc, "Attack")[0]
    assert "جبهة الأحرار" not in role(doc, attack, "agent")


def test_a_name_behind_a_preposition_is_no_joined_subject() -> None:
    doc = run("وبعد المعارك مع جبهة الأحرار وقوات الحرس قصفوا أحياء سكنية في سرت.")
    for attack in events(doc, "Attack"):
        assert "جبهة الأحرار" not in role(doc, attack, "agent")


# --- a deed told again word for word ----------------------------------------------------

def test_a_deed_retold_in_the_body_is_one_event() -> None:
    doc = run("وأحرق مسلحو جبهة الأحرار منشأة النفط في سرت. وقال مصدر إن الحريق كبير. "
              "وفي سرت، أحرق مسلحو جبهة الأحرار منشأة النفط مساء أمس.")
    assert len(events(doc, "Attack")) == 1


def test_the_same_doer_on_another_object_is_another_deed() -> None:
    doc = run("وقصفت جبهة الأحرار مدينة سرت. وقال مصدر إن القصف عنيف. "
              "وقصفت جبهة الأحرار مدينة حمص بسوريا.")
    assert len(events(doc, "Attack")) == 2


def test_the_same_deed_in_another_place_is_another_deed() -> None:
    doc = run("وقصفت جبهة الأحرار مواقع قوات الحرس في سرت. وقال مصدر إن القصف عنيف. "
              "وقصفت جبهة الأحرار مواقع قوات الحرس في حمص بسوريا.")
    assert len(events(doc, "Attack")) == 2


# --- the owner of the posts a strike noun hits -------------------------------------------

def test_the_owner_of_the_posts_the_strike_noun_hits_is_the_target() -> None:
    doc = run("واستهدفت غارة لطيران التحالف مواقع لجبهة الأحرار في سرت.")
    attack = events(doc, "Attack")[0]
    assert [t for t in role(doc, attack, "target") if "جبهة الأحرار" in t]


def test_a_strike_noun_with_no_verb_before_reads_no_owner() -> None:
    doc = run("وأدت غارة لطيران التحالف مواقع لجبهة الأحرار إلى أضرار في سرت.")
    strike = [a for a in events(doc, "Attack") if a.trigger_start == doc.text.index("غارة")]
    for attack in strike:
        assert not [t for t in role(doc, attack, "target") if "جبهة الأحرار" in t]


# --- the fire after the subject -----------------------------------------------------------

def test_the_fire_after_a_long_subject_makes_an_attack() -> None:
    doc = run("وأطلق مسلحو جبهة الأحرار النار على دورية للجيش الليبي في سرت.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "agent") == ["مسلحو جبهة الأحرار"]


def test_a_release_is_no_fire() -> None:
    doc = run("وأطلق مسلحو جبهة الأحرار سراح عشرة رهائن في سرت.")
    assert events(doc, "Attack") == []


# --- the named victim after a trade noun ---------------------------------------------------

def test_the_named_journalist_past_his_nisba_is_the_victim() -> None:
    doc = run("وقُتل الصحفي السوري ناجي العلي برصاص مسلحين مجهولين في سرت.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "target") == ["ناجي العلي"]


def test_the_named_leader_of_a_group_after_a_death_noun_is_the_victim() -> None:
    doc = run("وأعلن الجيش الليبي مقتل القيادي في جبهة القاعدة سالم العبيدي في سرت.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "target") == ["سالم العبيدي"]


def test_a_trade_noun_with_no_name_stays_the_victim() -> None:
    doc = run("وقُتل الصحفي السوري برصاص مسلحين مجهولين في سرت.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "target") == ["الصحفي"]


# --- a second subject joined after the verb, past an epithet --------------------------------

def test_a_joined_subject_past_an_epithet_is_no_target() -> None:
    doc = run("وقصف الجيش الليبي وقوات المخلوع سالم العبيدي الأحياء السكنية في سرت.")
    attack = events(doc, "Attack")[0]
    assert "سالم العبيدي" not in role(doc, attack, "target")


def test_an_object_after_an_epithet_stays_the_target() -> None:
    doc = run("وقصف الجيش الليبي مقر المخلوع سالم العبيدي في سرت.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "target") != []


# --- «ولاية» is no «أية» -------------------------------------------------------------------

def test_a_killing_after_a_state_name_is_reported() -> None:
    doc = run("وهاجمت جماعة بوكو حرام قرية في ولاية بورنو النيجيرية وقتلت 30 شخصا.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "agent") == ["جماعة بوكو حرام"]


def test_any_attack_stays_hypothetical() -> None:
    doc = run("وقال الجيش الليبي إنه مستعد لصد أية هجمات على مواقعه في سرت.")
    assert events(doc, "Attack") == []


# --- a bounded count between the support verb and its noun --------------------------------

def test_more_than_a_count_of_strikes_keeps_the_doer() -> None:
    doc = run("ونفذت جبهة الأحرار أكثر من 20 غارة على مواقع قوات الحرس في سرت.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "agent") == ["جبهة الأحرار"]


# --- the dead are no doers of the attack they died in -------------------------------------

def test_the_group_of_the_dead_is_no_doer_of_the_attack() -> None:
    doc = run("وقتل خمسة من عناصر الشرطة الليبية في هجوم مسلح استهدف حاجزا أمنيا في سرت.")
    for event in doc.events:
        assert "الشرطة الليبية" not in role(doc, event, "agent")


def test_a_doer_named_after_the_attack_stays() -> None:
    doc = run("وقتل خمسة من عناصر الشرطة الليبية في هجوم شنته جبهة الأحرار على حاجز في سرت.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "agent") == ["جبهة الأحرار"]


# --- a place that witnessed the fighting ---------------------------------------------------

def test_fighting_witnessed_by_a_long_subject_is_reported() -> None:
    doc = run("وشهدت مدينة سرت اليوم اشتباكات عنيفة بين جبهة الأحرار وقوات الحرس.")
    assert len(events(doc, "MilitaryOperation")) == 1


def test_a_signing_witnessed_is_no_fighting() -> None:
    doc = run("وشهد القائد سالم العبيدي في سرت اليوم توقيع الاتفاق.")
    assert events(doc, "MilitaryOperation") == []


def test_the_named_dead_is_the_target_of_the_strike_he_died_in() -> None:
    doc = run("وقُتل القيادي في جبهة الأحرار سالم العبيدي في غارة ليبية قرب سرت.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "target") == ["سالم العبيدي"]


def test_a_strike_with_its_own_target_keeps_it() -> None:
    doc = run("وقُتل سالم العبيدي في غارة ليبية على مدينة سرت.")
    attack = events(doc, "Attack")[0]
    assert role(doc, attack, "target") == ["سرت"]


def test_a_tally_of_attacks_a_country_witnessed_is_no_event() -> None:
    doc = run("وقد شهدت سوريا حوالي 140 هجوما انتحاريا في العام 2006 بحسب الجيش الليبي.")
    assert events(doc, "Attack") == []


def test_a_protest_a_city_witnessed_is_left_to_the_protest_rules() -> None:
    doc = run("وشهدت مدينة سرت الكبيرة امس تظاهرات احتجاجا على الهجوم.")
    assert events(doc, "MilitaryOperation") == []


def test_the_biggest_attack_a_country_witnessed_is_a_comparison() -> None:
    doc = run("وشهد العراق امس أكبر هجوم انتحاري منذ أسابيع.")
    assert events(doc, "Attack") == []
