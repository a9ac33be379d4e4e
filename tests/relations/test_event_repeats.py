"""Coreferent repeats of an event across the sentences of an article fold into its first
mention (``kg.relations.event_repeats``). Documents written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import events_of, trigger
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
JEDDAH = E("City", "جدة", ("جدة",))
RIYADH = E("City", "الرياض", ("الرياض",))
MOSCOW = E("City", "موسكو", ("موسكو",))
BENGHAZI = E("City", "بنغازي", ("بنغازي",))
SANAA = E("City", "صنعاء", ("صنعاء",))
ARMY = E("Organization", "الجيش الليبي", ("الجيش الليبي",))
KERRY = E("Person", "جون كيري", ("جون كيري", "كيري"))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير", "الجبير"))
FABIUS = E("Person", "لوران فابيوس", ("لوران فابيوس",))
STATE_DEPARTMENT = E("GovernmentBody", "وزارة الخارجية الأمريكية", ("وزارة الخارجية الأمريكية",))
ALL = [EGYPT, JORDAN, IRAN, RUSSIA, ISRAEL, JEDDAH, RIYADH, MOSCOW, BENGHAZI, SANAA, ARMY,
       KERRY, JUBEIR, FABIUS, STATE_DEPARTMENT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def names(doc: Document, event: Event, role: str) -> set[str]:
    return {doc.text[a.start:a.end] for a in event.arguments if a.role == role}


# --- repeats fold into the first mention ----------------------------------------------

def test_the_offensive_carried_out_later_is_the_one_launched_before() -> None:
    doc = run("شن الجيش الليبي هجوما على بنغازي أمس. "
              "وقال المتحدث إن الجيش الليبي نفذ الهجوم بنجاح.")
    (operation,) = doc.events
    assert (operation.label, trigger(doc, operation)) == ("MilitaryOperation", "هجوما")
    assert names(doc, operation, "target") == {"بنغازي"}


def test_the_blast_after_a_bomber_blew_himself_up_is_that_attack_and_its_toll() -> None:
    doc = run("فجر انتحاري نفسه في مسجد في جدة. وأدى التفجير إلى مقتل عشرة أشخاص.")
    (attack,) = doc.events
    assert (attack.label, trigger(doc, attack), attack.casualties) == ("Attack", "فجر", 10)


def test_a_meeting_pointed_at_by_a_demonstrative_is_the_meeting_told_before() -> None:
    doc = run("التقى جون كيري عادل الجبير في الرياض أمس. "
              "وحضر هذا اللقاء لوران فابيوس.")
    (meeting,) = events_of(doc, "Meeting")
    assert trigger(doc, meeting) == "التقى"
    assert names(doc, meeting, "agent") == {"جون كيري"}


def test_a_definite_noun_behind_the_lam_of_the_article_repeats_the_agreement() -> None:
    doc = run("وقعت مصر اتفاقا مع الأردن في الرياض أمس. "
              "ورفضت إسرائيل الانضمام للاتفاقية مع مصر.")
    (agreement,) = events_of(doc, "Agreement")
    assert trigger(doc, agreement) == "اتفاقا"
    assert names(doc, agreement, "agent") == {"مصر"}
    assert "إسرائيل" not in names(doc, agreement, "participant")


def test_a_stance_on_the_repeat_is_a_stance_on_the_first_mention() -> None:
    doc = run("وقعت مصر اتفاقا مع الأردن في الرياض أمس. "
              "ورحبت وزارة الخارجية الأمريكية بالاتفاقية مع مصر.")
    (agreement,) = events_of(doc, "Agreement")
    welcomes = [r for r in doc.relations if r.kind == "welcomes"]
    assert [r.object_id for r in welcomes] == [agreement.id]


def test_the_repeat_adds_a_place_the_first_mention_lacks_and_keeps_its_evidence() -> None:
    doc = run("شن الجيش الليبي هجوما على بنغازي أمس. "
              "وقال المتحدث إن الجيش الليبي نفذ الهجوم في جدة.")
    (operation,) = doc.events
    assert names(doc, operation, "location") == {"جدة"}
    assert operation.evidence.sentence_id == doc.sentences[0].id


def test_the_attack_after_a_blast_that_targeted_a_mosque_is_that_blast() -> None:
    doc = run("استهدف انفجار مسجدا في جدة أمس. وقالت الشرطة إن الهجوم أسفر عن مقتل عشرة أشخاص.")
    (attack,) = events_of(doc, "Attack")
    assert (trigger(doc, attack), attack.casualties) == ("استهدف", 10)


def test_a_deal_named_by_its_party_is_the_deal_told_before() -> None:
    doc = run("وقعت روسيا اتفاقا مع إيران في موسكو أمس. وأشاد جون كيري باتفاق إيران مع روسيا.")
    (agreement,) = events_of(doc, "Agreement")
    assert trigger(doc, agreement) == "اتفاقا"


def test_a_summit_named_by_another_place_is_another_summit() -> None:
    doc = run("عقدت مصر والأردن قمة في الرياض أمس. وناقشت قمة موسكو الملف نفسه أمس.")
    assert len(events_of(doc, "Meeting")) == 2


def test_a_killing_told_again_with_the_same_toll_is_one_killing() -> None:
    doc = run("أفاد مصدر أمني بمقتل 19 مسلحاً من الجيش الليبي في بنغازي أمس. "
              "وقال المصدر إن قوة أمنية تمكنت من قتل 19 مسلحاً من الجيش الليبي.")
    (killing,) = events_of(doc, "Killing")
    assert (trigger(doc, killing), killing.casualties) == ("بمقتل", 19)


# --- a new event of the same kind stays apart -----------------------------------------

@pytest.mark.parametrize("text", [
    # another doer and another target
    "شن الجيش الليبي هجوما على بنغازي أمس. وشنت مصر الهجوم على صنعاء.",
    # an ordinal: another attack of the series
    "شن الجيش الليبي هجوما على بنغازي أمس. وقال المتحدث إن الجيش الليبي شن الهجوم الثاني "
    "على بنغازي.",
])
def test_a_definite_noun_with_other_arguments_or_an_ordinal_is_a_new_event(text: str) -> None:
    assert len([e for e in run(text).events if e.label in {"Attack", "MilitaryOperation"}]) == 2


def test_the_same_toll_with_other_victims_or_another_place_is_another_killing() -> None:
    doc = run("قتل خمسة جنود في بنغازي أمس. وقتل خمسة مدنيين في بنغازي أمس.")
    assert len(events_of(doc, "Killing")) == 2
    doc = run("قتل خمسة جنود في بنغازي أمس. وقتل خمسة جنود في صنعاء أمس.")
    assert len(events_of(doc, "Killing")) == 2


def test_the_previous_meeting_is_another_meeting() -> None:
    doc = run("التقى جون كيري عادل الجبير في الرياض أمس. "
              "وكان كيري قد عقد الاجتماع السابق مع الجبير في جدة يوم 3 يوليو 2015.")
    assert len(events_of(doc, "Meeting")) == 2


def test_this_first_blast_points_back_to_the_blast_told_before() -> None:
    doc = run("فجر انتحاري نفسه في مسجد في جدة أمس. "
              "وبعد هذا التفجير الأول في جدة، استهدف هجوم آخر بسيارة مفخخة مسجدا في الرياض.")
    triggers = [trigger(doc, attack) for attack in events_of(doc, "Attack")]
    assert triggers[0] == "فجر"
    assert "التفجير" not in triggers
