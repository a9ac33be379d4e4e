"""Event arguments, round 5: the victims of a passive killing (``kg.relations.victims``)."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args
from tests.relations.docbuilder import E, build_doc

ARMY = E("Organization", "القوات العراقية", ("القوات العراقية",))
POLICE = E("Organization", "الشرطة", ("الشرطة",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
HAMID = E("Person", "حامد يوسف", ("حامد يوسف",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
REBELS = E("ArmedGroup", "جماعة النصرة", ("جماعة النصرة",))
ALL = [ARMY, POLICE, KARIM, HAMID, BAGHDAD, REBELS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_the_phrase_before_a_passive_killing_is_its_victim() -> None:
    doc = run("وأوضح البيان أن أحد عناصر القوات العراقية قتل وجرح سبعة آخرون.")
    assert event_args(doc, "Killing") == [{("target", "أحد عناصر القوات العراقية")}]


def test_a_killing_after_its_victim_is_a_verb_not_a_noun() -> None:
    doc = run("وقال مصدر في الشرطة إن شخصا قتل وأصيب أربعة آخرون.")
    assert event_args(doc, "Killing") == [{("target", "شخصا")}]


def test_a_person_named_before_a_passive_killing_is_its_victim() -> None:
    doc = run("وأشار المصدر إلى أن المزارع كريم سالم قتل بينما كان في أرضه.")
    assert event_args(doc, "Killing") == [{("target", "كريم سالم")}]


def test_the_antecedent_of_a_passive_killing_is_its_victim() -> None:
    doc = run("ونعى الحزب النائب كريم سالم الذي قتل مع ستة من مرافقيه أمس.")
    assert event_args(doc, "Killing") == [{("target", "كريم سالم")}]


def test_a_person_after_a_killing_with_no_object_is_its_victim() -> None:
    doc = run("وقتل حامد يوسف برصاص الشرطة أمس.")
    assert event_args(doc, "Killing") == [{("target", "حامد يوسف"), ("agent", "الشرطة")}]


def test_a_verb_of_dying_has_its_subject_as_the_victim() -> None:
    doc = run("واستشهد حامد يوسف في بغداد أمس.")
    assert {("target", "حامد يوسف")} <= event_args(doc, "Killing")[0]
    assert not any(role == "agent" for role, _ in event_args(doc, "Killing")[0])


def test_an_unnamed_subject_after_a_passive_killing_is_its_victim() -> None:
    doc = run("وقال المصدر إن الجيش اقتحم القرية. وقتل جندي في بغداد أمس.")
    assert {("target", "جندي")} <= event_args(doc, "Killing")[0]


def test_an_active_killing_keeps_its_agent_and_object() -> None:
    doc = run("وقتل كريم سالم حامد يوسف في بغداد.")
    assert {("agent", "كريم سالم"), ("target", "حامد يوسف")} <= event_args(doc, "Killing")[0]


def test_a_coordinated_killing_with_an_accusative_object_keeps_the_subject() -> None:
    doc = run("واستولت جماعة النصرة على البلدة، وقتل بعض الأجانب.")
    assert event_args(doc, "Killing") == [{("agent", "جماعة النصرة"), ("target", "بعض الأجانب")}]


def test_a_year_before_a_killing_is_no_victim() -> None:
    doc = run("في أغسطس 2003 قتل نحو ثمانين شخصا في بغداد.")
    assert ("target", "2003") not in {arg for args in event_args(doc, "Killing") for arg in args}


def test_a_counted_target_reads_past_the_from_of_the_count() -> None:
    doc = run("وقتل مسلحون أربعة من عناصر الشرطة في بغداد.")
    assert ("target", "أربعة من عناصر الشرطة") in event_args(doc, "Killing")[0]


def test_a_verb_describing_an_attack_behind_its_weapon_gives_the_attack_its_target() -> None:
    doc = run("وقتل خمسة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف دورية للشرطة في بغداد.")
    attacks = event_args(doc, "Attack")
    assert len(attacks) == 1
    assert ("target", "الشرطة") in attacks[0]  # the patrol's owner (evtarget20)
