"""Event doers that were not read, session 19: a claim of responsibility names the doer
(«تبنى تنظيم داعش الهجوم», «في هجوم تبناه ...»), a suspected group is a held doer and no
victim («يشتبه أن جماعة ... نفذته»), armed opposition factions are unnamed doers, an armed
group behind «ل» owns the attack told as the cause of a toll («في كمين لداعش»), and a verb
whose object stands past a place adjunct and a comma has an unread object."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش", "داعش"))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
BOKO = E("ArmedGroup", "بوكو حرام", ("بوكو حرام",))
MOSUL = E("City", "الموصل", ("الموصل",))
MOGADISHU = E("City", "مقديشو", ("مقديشو",))
ALEPPO = E("City", "حلب", ("حلب",))
ALL = [ISIS, SHABAAB, BOKO, MOSUL, MOGADISHU, ALEPPO]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def violent(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label in {"Attack", "Killing", "MilitaryOperation"}]


def test_the_group_that_claims_a_deed_is_its_agent() -> None:
    doc = run("تبنى تنظيم داعش الهجوم الذي استهدف مسجداً في الموصل أمس.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["تنظيم داعش"]


def test_a_claim_with_a_long_subject_reaches_the_killing() -> None:
    doc = run("وتبنت حركة الشباب في مقديشو قتل عشرة جنود.")
    (event,) = [e for e in violent(doc) if e.label == "Killing"]
    assert role(doc, event, "agent") == ["حركة الشباب"]


def test_the_claimer_in_a_clause_on_the_attack_is_its_agent_not_its_target() -> None:
    doc = run("قتل خمسة جنود في هجوم تبناه تنظيم داعش قرب الموصل.")
    (event,) = [e for e in violent(doc) if e.label == "Attack"]
    assert role(doc, event, "agent") == ["تنظيم داعش"]
    assert role(doc, event, "target") == []


def test_a_claim_keeps_the_confidence_its_other_roles_give() -> None:
    claimed = run("قتل خمسة جنود في هجوم تبناه تنظيم داعش قرب الموصل.")
    plain = run("قتل خمسة جنود في هجوم قرب الموصل.")
    (event,) = [e for e in violent(claimed) if e.label == "Attack"]
    (other,) = [e for e in violent(plain) if e.label == "Attack"]
    assert event.evidence.confidence <= other.evidence.confidence + 0.1
    assert event.evidence.confidence < 0.8


def test_a_negated_claim_names_no_doer() -> None:
    doc = run("ولم تتبنى حركة الشباب الهجوم الذي استهدف فندقاً في مقديشو.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_the_suspected_group_is_no_victim() -> None:
    doc = run("وقتل 12 مدنياً في هجوم يشتبه أن جماعة بوكو حرام نفذته قرب مقديشو.")
    (event,) = [e for e in violent(doc) if e.label == "Attack"]
    assert role(doc, event, "target") == []
    assert role(doc, event, "agent") == ["بوكو حرام"]
    assert event.evidence.confidence < 0.8


def test_armed_opposition_factions_are_an_unnamed_doer() -> None:
    doc = run("وهاجمت فصائل معارضة قرى في ريف حلب.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["فصائل معارضة"]


def test_a_faction_noun_keeps_its_first_letter() -> None:
    doc = run("وقصفت فصائل المعارضة مواقع للجيش قرب حلب.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["فصائل المعارضة"]


def test_factions_of_students_are_no_doer() -> None:
    doc = run("وهاجمت مجموعة من الطلاب قرى في ريف حلب.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_an_armed_group_behind_lam_owns_the_ambush_that_caused_a_toll() -> None:
    doc = run("وقتل سبعة جنود في كمين لداعش قرب الموصل.")
    (event,) = [e for e in violent(doc) if e.label == "Attack"]
    assert role(doc, event, "agent") == ["داعش"]


def test_a_strike_behind_ba_owned_by_an_armed_group() -> None:
    doc = run("وأصيب جنديان بهجوم لحركة الشباب في مقديشو.")
    (event,) = [e for e in violent(doc) if e.label == "Attack"]
    assert role(doc, event, "agent") == ["حركة الشباب"]


def test_an_object_past_a_place_and_a_comma_is_unread() -> None:
    far = run("وقصفت فصائل معارضة أخرى في حلب، مواقع للجيش النظامي.")
    near = run("وقصفت فصائل معارضة مواقع للجيش النظامي في حلب.")
    (event,) = violent(far)
    (other,) = violent(near)
    assert role(far, event, "agent") == ["فصائل معارضة"]
    assert role(far, event, "target") == []
    assert event.evidence.confidence < other.evidence.confidence


PAKISTAN = E("Country", "باكستان", ("باكستان",))


def run_with_country(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, PAKISTAN], date="2015-07-21"))


def test_who_stands_behind_a_deed_described_here_is_a_held_agent() -> None:
    doc = run("وقال مسؤول إن تنظيم داعش يقف وراء الهجوم الذي استهدف سوقاً في الموصل.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["تنظيم داعش"]
    assert event.evidence.confidence < 0.8


def test_standing_behind_a_bare_attack_is_not_read() -> None:
    doc = run_with_country("وقال مسؤول إن باكستان تقف وراء الهجوم.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_an_accusation_names_no_doer() -> None:
    doc = run_with_country(
        "وتتهم الحكومة باكستان بالوقوف وراء الهجوم الذي استهدف سوقاً في الموصل.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_a_suspicion_that_someone_stands_behind_names_no_doer() -> None:
    doc = run("وقالت الشرطة إنها تشتبه في أن حركة الشباب تقف وراء الهجوم الذي استهدف سوقاً في "
              "مقديشو.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_a_denial_of_standing_behind_names_no_doer() -> None:
    doc = run("وقال مسؤول إن تنظيم داعش لا يقف وراء الهجوم الذي استهدف سوقاً في الموصل.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_machines_of_war_are_an_unnamed_doer() -> None:
    doc = run("وقصفت طائرات حربية مواقع في الموصل.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["طائرات حربية"]
    assert role(doc, event, "target") == ["مواقع"]


def test_a_downed_warplane_is_no_doer() -> None:
    doc = run("وأسقطت الدفاعات الجوية طائرة حربية فوق الموصل.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_a_plain_object_right_after_the_unnamed_doer_left_unread_lowers() -> None:
    unread = run("وقصفت فصائل معارضة أخرى مواقع للجيش النظامي في حلب.")
    (event,) = violent(unread)
    assert role(unread, event, "target") == []
    assert event.evidence.confidence < 0.8


def test_the_adjective_of_origin_stays_with_the_machines() -> None:
    doc = run("فيما قصفت طائرات حربية عربية الجماعة المتحالفة مع الحوثيين.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["طائرات حربية عربية"]
    assert role(doc, event, "target") == ["الجماعة"]


def test_a_bomber_who_blew_himself_up_leaves_no_object_unread() -> None:
    doc = run("حيث فجر انتحاري نفسه بسيارة مفخخة قرب الموصل.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["انتحاري"]
    assert event.evidence.confidence >= 0.85


def test_a_direction_after_the_place_is_no_object() -> None:
    aside = run("وهاجمت حركة الشباب في مقديشو، شرقي البلاد.")
    unread = run("وهاجمت حركة الشباب في مقديشو، مواقع للجيش.")
    (event,) = violent(aside)
    (other,) = violent(unread)
    assert role(aside, event, "agent") == ["حركة الشباب"]
    assert other.evidence.confidence < event.evidence.confidence


def test_an_aside_of_ownership_between_the_unnamed_doer_and_its_verb() -> None:
    doc = run("وقال متحدث إن طائرات حربية، تابعة للحكومة المعترف بها، قصفت سفينة قرب حلب.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["طائرات حربية"]
    assert role(doc, event, "target") == ["سفينة"]


def test_a_place_aside_before_the_verb_is_not_skipped() -> None:
    doc = run("وقال متحدث إن طائرات حربية، في حلب، قصفت سفينة.")
    for event in violent(doc):
        assert role(doc, event, "agent") == []
