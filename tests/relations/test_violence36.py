"""Agents of violent events, session 36 (helper h5). Made-up sentences.

- «قُتل 12 جندياً في غارة للتحالف»: a killing told as the toll of an attack that names its
  doer after its noun stays an event, with that doer as its agent; an attack with no named
  doer of its own, or one the dead «underwent», still takes the killing as its toll
  (``event_folded_victims.striking_doers``, ``events._underwent``).
- «واتهمت المؤسسة التي يوجد مقرها في طرابلس الجيش بأنه قصف ...»: the accuser is no doer of
  the deed it lays at the accused's door, even past a relative clause on the accuser
  (``event_accusers``).
- «تبنى تنظيم القاعدة في بلاد المغرب الإسلامي قتل 14 جندياً»: a claim verb may stand seven
  words before the deed it claims, and the claimed deed noun is reported
  (``event_claims``, ``event_triggers.is_reported``).
- «لقي خمسة مدنيين حتفهم على يد عناصر التنظيم»: «حتف» with the hands of a doer after it is a
  killing, as with gunfire (``event_triggers._violent_cause``).
- «واستهدف موكب الوزير من قبل عناصر التنظيم»: an attack verb read as a passive takes the doer
  behind «من قبل» in its own clause, not one in a relative clause after it
  (``event_passive_attacks``).
- «هجوم من عناصر داعش على حاجز»: the actor behind «من» after an attack noun is never its
  target, and its doer when armed (a group, or forces by their head noun), save after a verb
  of undergoing (``event_from_doers``).
- «وأطلقت الفصائل أكثر من 300 قذيفة على قرى»: the fire a firing verb needs may follow its
  subject past a count (``event_fire_after_subject``).
- «في هجوم انتحاري نفذه عنصر من داعش»: the group of the member named after the support verb is
  the doer (``event_role_targets._doer_of_it``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("GovernmentBody", "الجيش الليبي", ("الجيش الليبي",))
SIRTE = E("City", "سرت", ("سرت",))
TRIPOLI = E("City", "طرابلس", ("طرابلس",))
COALITION = E("Organization", "التحالف", ("التحالف",))
OIL = E("Organization", "المؤسسة الوطنية للنفط", ("المؤسسة الوطنية للنفط",))
QAEDA = E("ArmedGroup", "تنظيم القاعدة", ("تنظيم القاعدة",))
POLICE = E("GovernmentBody", "الشرطة الليبية", ("الشرطة الليبية",))
ISIS = E("ArmedGroup", "داعش", ("داعش",))
HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))
MINISTER = E("Person", "سالم العبيدي", ("سالم العبيدي",))
SYRIA = E("Country", "سوريا", ("سوريا",))
ALL = [ARMY, SIRTE, TRIPOLI, COALITION, OIL, QAEDA, POLICE, ISIS, HOUTHIS, MINISTER, SYRIA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def test_killing_in_a_strike_with_its_doer_keeps_that_doer() -> None:
    doc = run("قتل 12 جنديا ليبيا أمس في غارة للتحالف على حاجز قرب سرت.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == ["لتحالف"]
    assert role(doc, killing, "target") == ["12 جنديا"]
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["لتحالف"]


def test_killing_in_shelling_done_by_a_named_force() -> None:
    doc = run("قُتل 9 مدنيين أمس في قصف قام به الجيش الليبي على أحياء سرت.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == ["الجيش الليبي"]
    assert role(doc, killing, "target") == ["9 مدنيين"]


def test_killing_in_a_blast_with_no_doer_stays_its_toll() -> None:
    doc = run("قتل 12 جنديا أمس في انفجار قنبلة قرب سرت.")
    assert events(doc, "Killing") == []
    [attack] = events(doc, "Attack")
    assert attack.casualties == 12


def test_killing_in_an_attack_by_unnamed_fighters_stays_its_toll() -> None:
    doc = run("قُتل ستة جنود أمس في هجوم شنه مسلحون مجهولون على حاجز قرب سرت.")
    assert events(doc, "Killing") == []
    [attack] = events(doc, "Attack")
    assert attack.casualties == 6


def test_killing_when_they_underwent_an_attack_stays_its_toll() -> None:
    doc = run("وقال الناطق إن ستة جنود قُتلوا عندما تعرضوا لهجوم شنه الجيش الليبي قرب سرت.")
    assert events(doc, "Killing") == []
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["الجيش الليبي"]


def test_the_group_of_the_dead_gives_the_killing_no_doer() -> None:
    doc = run("وقتل خمسة من عناصر الشرطة الليبية في هجوم مسلح على حاجز قرب سرت.")
    assert events(doc, "Killing") == []
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == []


def test_the_accuser_is_no_doer_past_its_relative_clause() -> None:
    doc = run("واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الجيش الليبي بأنه "
              "قصف ناقلات نفط قرب سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["الجيش الليبي"]


def test_a_long_claimer_before_the_claimed_killing() -> None:
    doc = run("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي قتل 14 جنديا في كمين قرب سرت.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == ["تنظيم القاعدة"]
    assert role(doc, killing, "target") == ["14 جنديا"]


def test_a_long_claimer_before_the_claimed_attack() -> None:
    doc = run("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم على حاجز قرب سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["تنظيم القاعدة"]


def test_a_denied_claim_names_no_killer() -> None:
    doc = run("لم يتبن تنظيم القاعدة في بلاد المغرب الإسلامي قتل 14 جنديا في كمين قرب سرت.")
    assert all(role(doc, event, "agent") == [] for event in doc.events)


def test_death_met_at_the_hands_of_a_group() -> None:
    doc = run("لقي خمسة مدنيين حتفهم على يد عناصر داعش في سرت.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == ["داعش"]
    assert role(doc, killing, "target") == ["خمسة مدنيين"]


def test_death_met_in_a_road_accident_is_no_killing() -> None:
    doc = run("لقي خمسة أشخاص حتفهم في حادث سير على الطريق قرب سرت.")
    assert events(doc, "Killing") == []


def test_passive_attack_takes_its_doer_after_by() -> None:
    doc = run("واستهدف موكب سالم العبيدي من قبل عناصر داعش في سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["داعش"]


def test_by_inside_a_relative_clause_is_not_the_attackers() -> None:
    doc = run("وقصفت الطائرات المواقع التي استخدمت من قبل الحوثيين في سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == []


def test_the_armed_doer_of_a_strike_noun_behind_from() -> None:
    doc = run("وقع هجوم من عناصر داعش على حاجز في سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["داعش"]


def test_the_forces_behind_from_are_no_target() -> None:
    doc = run("وتعرضت مواقع الحوثيين في سرت لقصف عنيف من طائرات التحالف.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "target") == ["مواقع الحوثيين"]


def test_a_body_behind_from_after_undergoing_is_not_read() -> None:
    doc = run("وتعرضت الشرطة الليبية لهجوم من الجيش الليبي.")
    assert all(role(doc, event, "agent") == [] for event in doc.events)


def test_counted_members_behind_from_stay_victims() -> None:
    doc = run("قُتل 13 مسلحا من الحوثيين في سرت.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == []


def test_shells_fired_past_their_count() -> None:
    doc = run("وأطلقت الشرطة الليبية 300 قذيفة على قرى قرب سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["الشرطة الليبية"]


def test_many_rockets_fired_at_a_town() -> None:
    doc = run("وأطلقت الشرطة الليبية عشرات الصواريخ على سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "target") == ["سرت"]


def test_a_count_of_projects_launched_is_no_attack() -> None:
    doc = run("وأطلقت الشرطة الليبية أكثر من 300 مشروع في سرت.")
    assert events(doc, "Attack") == []


def test_the_group_of_a_member_who_carried_out_the_attack() -> None:
    doc = run("وقتل خمسة مدنيين في هجوم انتحاري نفذه عنصر من داعش في سرت.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["داعش"]
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == ["داعش"]


def test_victims_from_a_group_are_no_member_doers() -> None:
    doc = run("وقتل خمسة عناصر من داعش في هجوم انتحاري قرب سرت.")
    assert all(role(doc, event, "agent") == [] for event in doc.events)
