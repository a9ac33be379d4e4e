"""Event targets, session 20 (evtarget20): the «ل» owner of a struck post, base or convoy is
the target («مركز تدريب لداعش» → Daesh); an ambush is laid for the troops behind «ل»
(«نصبت الحركة كميناً لقافلة عسكرية»)."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

ISIS = E("ArmedGroup", "داعش", ("داعش",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "جماعة الحوثي"))
IRAQI_ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي", "لجيش العراقي"))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
TALIBAN = E("ArmedGroup", "حركة طالبان", ("حركة طالبان",))
COALITION = E("Organization", "التحالف", ("التحالف",))
SAADA = E("City", "صعدة", ("صعدة",))
MOSUL = E("City", "الموصل", ("الموصل",))
SOMALIA = E("Country", "الصومال", ("الصومال",))
ALL = [ISIS, HOUTHIS, IRAQI_ARMY, SHABAAB, TALIBAN, COALITION, SAADA, MOSUL, SOMALIA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def targets(event: Event) -> list[str]:
    return [a.entity_id for a in event.arguments if a.role == "target"]


def test_a_training_centre_of_daesh_hits_daesh() -> None:
    doc = run("وقال مصدر أمني إن سيارة مفخخة استهدفت مركز تدريب لداعش قرب الموصل أمس.")
    attack = only(doc, "Attack")
    assert targets(attack) == [ISIS.id]


def test_positions_of_the_houthis_past_several() -> None:
    doc = run("وقصف طيران التحالف أمس مواقع عدة لجماعة الحوثي في محافظة صعدة.")
    attack = only(doc, "Attack")
    assert targets(attack) == [HOUTHIS.id]


def test_a_convoy_belonging_to_the_army() -> None:
    doc = run("وأصيب ثلاثة جنود في تفجير عبوة ناسفة استهدفت رتلا تابعا للجيش العراقي جنوب الموصل.")
    attack = only(doc, "Attack")
    assert targets(attack) == [IRAQI_ARMY.id]


def test_a_place_after_lam_is_no_owner() -> None:
    doc = run("وقال مصدر إن سيارة مفخخة استهدفت مركز شرطة للموصل أمس.")
    for event in doc.events:
        assert MOSUL.id not in targets(event)


def test_a_struck_thing_without_an_owner_stays() -> None:
    doc = run("وقصفت الطائرات مواقع عسكرية في محافظة صعدة أمس.")
    for event in doc.events:
        assert HOUTHIS.id not in targets(event)


def test_the_owner_is_not_the_doer() -> None:
    doc = run("وقصفت طائرات التحالف مواقع للتحالف عن طريق الخطأ في صعدة.")
    for event in doc.events:
        assert COALITION.id not in targets(event)


def test_an_ambush_laid_for_a_convoy() -> None:
    doc = run("ونصبت حركة الشباب كميناً لقافلة عسكرية في الصومال أمس.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "target") == ["قافلة عسكرية"]


def test_an_ambush_laid_by_a_relative_clause_for_a_patrol() -> None:
    doc = run("وقتل خمسة جنود في كمين نصبه مسلحو حركة الشباب لدورية عسكرية في الصومال.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "target") == ["دورية عسكرية"]


def test_a_named_side_after_the_ambush_of_a_known_doer() -> None:
    doc = run("ونصبت حركة طالبان كمينا للجيش العراقي قرب الموصل.")
    attack = only(doc, "Attack")
    assert targets(attack) == [IRAQI_ARMY.id]


def test_the_ambush_of_a_named_side_is_its_own() -> None:
    doc = run("وقتل عشرة جنود في كمين لداعش قرب الموصل.")
    for event in doc.events:
        assert ISIS.id not in targets(event)


def test_no_lam_no_ambush_target() -> None:
    doc = run("ونصبت حركة الشباب كميناً محكماً في الصومال أمس.")
    for event in doc.events:
        assert not targets(event)


def test_an_accusative_gathering_of_the_houthis() -> None:
    doc = run("واستهدفت غارة جوية تجمعا للحوثيين في محافظة صعدة.")
    attack = only(doc, "Attack")
    assert targets(attack) == [HOUTHIS.id]


def test_a_checkpoint_of_the_army_behind_on() -> None:
    doc = run("وأطلق مسلحون النار على حاجز للجيش العراقي قرب الموصل.")
    attack = only(doc, "Attack")
    assert targets(attack) == [IRAQI_ARMY.id]


def test_the_nominative_subject_with_its_owner_is_no_target() -> None:
    doc = run("وقصفت طائرات للتحالف مواقع في صعدة.")
    for event in doc.events:
        assert COALITION.id not in targets(event)
