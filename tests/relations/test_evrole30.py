"""Event arguments, session 30 (``event_passive_doers``, ``event_place_roles``,
``event_bare_clauses``, ``event_leader_targets``). Made-up sentences.

- a verb printed in the passive («وقُتل», «اُغتيل», «وذُبحوا») has no agent before it (the
  subject of the clause before, a name in «في عهد ...»); its doer after «على يد» stays, and an
  unmarked «وقتل» keeps the doer it shares with the verb before it;
- «الغارة على قانا قتلت»: a name after a preposition of aim is no doer (even one the NER calls
  an organisation); a doer before the verb stays;
- «استهدف موكب محافظ نينوى»: a place after a title is no target; a place hit stays;
- «على الهجوم الإسرائيلي دانت لبنان»: a name past a bare verb of saying or stance after a
  noun trigger is that verb's, no target; one before the verb, or past a relative, stays;
- «في انفجار كفر سالم»: a place right after a bare blast noun is its location, not its
  target; a place shelled stays a target;
- «مقتل زعيم حركة الفجر ماهر النجار»: the leader named after the group is the target, not the
  group; with no leader named the leader's phrase stays.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

PRESIDENT = E("Person", "سامر الحلبي", ("سامر الحلبي",))
KING = E("Person", "الملك عادل", ("الملك عادل",))
LEADER = E("Person", "ماهر النجار", ("ماهر النجار",))
PARTY = E("Organization", "حركة الفجر", ("حركة الفجر",))
DYNASTY = E("Organization", "أسرة مينغ", ("أسرة مينغ",))
CITY = E("City", "كفر سالم", ("كفر سالم",))
POLICE = E("GovernmentBody", "الشرطة", ("الشرطة",))
ARMY = E("GovernmentBody", "الجيش الوطني", ("الجيش الوطني",))
GUNMEN = E("ArmedGroup", "جبهة النصر", ("جبهة النصر",))
TOWN = E("InternationalOrganization", "قانا", ("قانا",))
PROVINCE = E("Region", "نينوى", ("نينوى",))
COUNTRY = E("Country", "لبنان", ("لبنان",))
ISRAEL = E("Country", "إسرائيل", ("الإسرائيلية", "الإسرائيلي", "إسرائيل"))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
ALL = [PRESIDENT, KING, LEADER, PARTY, DYNASTY, CITY, POLICE, ARMY, GUNMEN, TOWN, PROVINCE,
       COUNTRY, ISRAEL, UN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list:
    return [event for event in doc.events if event.label == label]


def test_the_host_before_a_printed_passive_is_no_killer() -> None:
    doc = run("التقى الرئيس سامر الحلبي بالملك عادل، وقُتل في اليوم نفسه عشرة مدنيين في كفر سالم.")
    killing = events(doc, "Killing")
    assert killing
    for event in killing:
        assert role(doc, event, "agent") == []


def test_a_passive_only_form_takes_no_doer_before_it() -> None:
    doc = run("استقبل الرئيس سامر الحلبي وفد حركة الفجر ثم اغتيل القيادي ماهر النجار في كفر سالم.")
    killing = events(doc, "Killing")
    assert killing
    for event in killing:
        assert role(doc, event, "agent") == []
        assert "حركة الفجر" not in role(doc, event, "agent")


def test_an_era_before_a_passive_is_no_killer() -> None:
    doc = run("وجاء الحكماء إلى كفر سالم في عهد أسرة مينغ، وذُبحوا أثناء صلاة الجمعة.")
    for event in events(doc, "Killing"):
        assert role(doc, event, "agent") == []


def test_the_doer_after_a_passive_stays() -> None:
    doc = run("وقُتل في كفر سالم جندي على يد مسلحي جبهة النصر.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "agent") == ["مسلحي جبهة النصر"]


def test_an_unmarked_verb_keeps_the_shared_doer() -> None:
    doc = run("وقتلت الشرطة في كفر سالم ثلاثة مسلحين أمس.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "agent") == ["الشرطة"]


def test_a_name_after_ala_is_no_killer() -> None:
    doc = run("وأكدت الأمم المتحدة أن الغارة الإسرائيلية على قانا قتلت 28 مدنياً.")
    killing = events(doc, "Killing")
    assert killing
    for event in killing:
        assert "قانا" not in role(doc, event, "agent")


def test_the_subject_before_the_verb_stays_agent() -> None:
    doc = run("وقالت المنظمة إن جبهة النصر قتلت 28 مدنياً في قانا.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "agent") == ["جبهة النصر"]


def test_a_province_after_a_title_is_no_target() -> None:
    doc = run("وقال مسؤول إن انفجاراً استهدف موكب محافظ نينوى أمس.")
    attacks = events(doc, "Attack")
    assert attacks
    for event in attacks:
        assert "نينوى" not in role(doc, event, "target")


def test_a_country_after_a_compound_title_is_no_target() -> None:  # «وزير داخلية لبنان»
    doc = run("وقال مسؤول إن انفجاراً استهدف موكب وزير داخلية لبنان أمس.")
    attacks = events(doc, "Attack")
    assert attacks
    for event in attacks:
        assert "لبنان" not in role(doc, event, "target")


def test_a_place_attacked_stays_target() -> None:
    doc = run("وقصفت الطائرات الإسرائيلية مدينة كفر سالم أمس.")
    attacks = events(doc, "Attack")
    assert attacks and role(doc, attacks[0], "target") == ["كفر سالم"]


def test_the_condemner_after_the_attack_noun_is_no_target() -> None:
    doc = run("وفي سياق ردود الفعل على الهجوم الإسرائيلي دانت لبنان الغارة بشدة.")
    attacks = events(doc, "Attack")
    assert attacks
    for event in attacks:
        assert "لبنان" not in role(doc, event, "target")


def test_the_speaker_after_the_attack_noun_is_no_target() -> None:
    doc = run("وفي سياق ردود الفعل على الهجوم الإسرائيلي قالت الأمم المتحدة إن الوضع خطير.")
    attacks = events(doc, "Attack")
    assert attacks
    for event in attacks:
        assert "الأمم المتحدة" not in role(doc, event, "target")


def test_the_target_before_the_verb_stays() -> None:
    doc = run("وفي سياق ردود الفعل على الهجوم الإسرائيلي على لبنان دانت الأمم المتحدة "
              "الغارة.")
    attacks = events(doc, "Attack")
    assert attacks and role(doc, attacks[0], "target") == ["لبنان"]


def test_a_claim_past_a_relative_stays() -> None:
    doc = run("واستمر الهجوم الذي أعلنت جبهة النصر مسؤوليتها عنه ساعات.")
    attacks = events(doc, "Attack")
    assert attacks and role(doc, attacks[0], "agent") == ["جبهة النصر"]


def test_the_foe_after_didd_stays_target() -> None:
    doc = run("وتشن إسرائيل ضربات ضد جبهة النصر في كفر سالم منذ أشهر.")
    strikes = events(doc, "Attack") + events(doc, "MilitaryOperation")
    assert strikes and "جبهة النصر" in role(doc, strikes[0], "target")


def test_the_city_of_a_blast_is_its_location() -> None:
    doc = run("وقتل ثلاثة جنود في انفجار كفر سالم أمس.")
    attacks = events(doc, "Attack")
    assert attacks and role(doc, attacks[0], "target") == []
    assert role(doc, attacks[0], "location") == ["كفر سالم"]


def test_the_city_of_bombings_is_no_target() -> None:
    doc = run("وأسفرت تفجيرات كفر سالم عن مقتل 52 شخصا.")
    for event in events(doc, "Attack"):
        assert "كفر سالم" not in role(doc, event, "target")


def test_the_named_leader_is_the_target_not_his_group() -> None:
    doc = run("وأعلن الجيش الوطني مقتل زعيم حركة الفجر ماهر النجار في غارة.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "target") == ["ماهر النجار"]


def test_the_phrase_of_an_unnamed_leader_stays() -> None:
    doc = run("وأعلن الجيش الوطني مقتل قائد حركة الفجر في غارة.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "target") == ["قائد حركة الفجر"]


def test_the_group_killed_stays_target() -> None:
    doc = run("وقتلت الشرطة عشرة من عناصر حركة الفجر في كفر سالم.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "target") != []
