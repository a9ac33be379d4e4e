"""Event triggers the lexicon knows that were dropped though the text reports the event.

- after the noun of aiming «استهداف» a plain noun of people is its target phrase («استهداف
  المصلين», «استهداف رجال الأمن»), as buildings were; not after «تفجير»;
- an attack noun a perfect verb of repelling governs («تصدت القوات لهجمات», «دحر الجيش
  هجوماً») is a reported attack when its attacker is named behind «ل» after it and its
  adjectives («لهجمات أخرى للحوثيين»), never the one who repelled it; with no attacker named
  it is left out; not a verbal noun of repelling («القدرة على التصدي لأي هجوم»), nor foiling
  («أحبطت الشرطة هجوماً»);
- one sports word that war news uses in another sense («مهاجم انتحاري», «ثلاثين هدفاً») does
  not make a sentence a sports one, nor «الفريق» as a military rank («الفريق الركن فلان»);
  «الفريق» as a team, a word only sports use, or two shared words of different stems
  («سجل المهاجم هدفين») still do.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))
RESISTANCE = E("Organization", "المقاومة الوطنية", ("المقاومة الوطنية",))
ARMY = E("GovernmentBody", "الجيش الوطني", ("الجيش الوطني",))
QARYA = E("City", "القرية البيضاء", ("القرية البيضاء",))
GENERAL = E("Person", "سامر الحلبي", ("سامر الحلبي",))
ALL = [HOUTHIS, RESISTANCE, ARMY, QARYA, GENERAL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def found(doc: Document, label: str) -> list[Event]:
    return [e for e in doc.events if e.label == label]


def test_targeting_people_names_them_as_the_target() -> None:
    doc = run("وأعلن الجيش الوطني استهداف المصلين في القرية البيضاء أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1
    assert role(doc, attacks[0], "target") == ["المصلين"]


def test_targeting_men_of_a_body_names_the_whole_phrase() -> None:
    doc = run("وأعلن الجيش الوطني استهداف رجال الأمن في القرية البيضاء أمس.")
    assert role(doc, found(doc, "Attack")[0], "target") == ["رجال الأمن"]


def test_people_after_a_blast_noun_are_no_target() -> None:
    doc = run("وأعلن الجيش الوطني تفجير المصلين في القرية البيضاء أمس.")
    assert all(role(doc, e, "target") == [] for e in found(doc, "Attack"))


def test_repelled_attacks_took_place_and_the_repeller_is_no_agent() -> None:
    doc = run("وتصدت المقاومة الوطنية لهجمات أخرى للحوثيين في القرية البيضاء أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1
    assert [a.entity_id for a in attacks[0].arguments if a.role == "agent"] == [HOUTHIS.id]


def test_a_repelled_attack_with_no_named_attacker_is_left_out() -> None:
    doc = run("وتصدى الجيش الوطني لهجمات متزامنة في القرية البيضاء أمس.")
    assert found(doc, "Attack") == []


def test_repelling_by_dahara_with_the_attacker_named() -> None:
    doc = run("ودحر الجيش الوطني هجوماً للحوثيين في القرية البيضاء أمس.")
    events = found(doc, "Attack") + found(doc, "MilitaryOperation")
    assert len(events) == 1
    assert [a.entity_id for a in events[0].arguments if a.role == "agent"] == [HOUTHIS.id]


def test_the_ability_to_repel_any_attack_is_no_attack() -> None:
    doc = run("وقال الجيش الوطني إنه قادر على التصدي لأي هجوم على القرية البيضاء.")
    assert found(doc, "Attack") == [] and found(doc, "MilitaryOperation") == []


def test_a_foiled_attack_is_no_attack() -> None:
    doc = run("وأحبط الجيش الوطني هجوماً للحوثيين على القرية البيضاء أمس.")
    assert found(doc, "Attack") == [] and found(doc, "MilitaryOperation") == []


def violent(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label in {"Attack", "Killing", "MilitaryOperation"}]


def test_a_lieutenant_general_speaking_is_no_sports_cue() -> None:
    doc = run("وقال الفريق الركن سامر الحلبي إن الطائرات قصفت مواقع للحوثيين في القرية "
              "البيضاء أمس.")
    assert [e.label for e in violent(doc)] == ["Attack"]


def test_a_suicide_attacker_is_no_striker() -> None:
    doc = run("وقتل مهاجم انتحاري عشرة جنود في القرية البيضاء أمس.")
    assert "Killing" in [e.label for e in violent(doc)]


def test_targets_struck_are_no_goals() -> None:
    doc = run("وقصفت طائرات الجيش الوطني ثلاثين هدفاً للحوثيين في القرية البيضاء أمس.")
    assert violent(doc) != []


def test_a_team_stays_a_sports_cue() -> None:
    doc = run("وقال المدير إن الفريق قصف مرمى المنافس في القرية البيضاء أمس.")
    assert violent(doc) == []


def test_a_striker_and_goals_are_sports() -> None:
    doc = run("وسجل المهاجم هدفين ثم قصف مرمى المنافس في القرية البيضاء أمس.")
    assert violent(doc) == []
