"""Event arguments, session 30 (``event_passive_doers``). Made-up sentences.

- a verb printed in the passive («وقُتل», «اُغتيل», «وذُبحوا») has no agent before it (the
  subject of the clause before, a name in «في عهد ...»); its doer after «على يد» stays, and an
  unmarked «وقتل» keeps the doer it shares with the verb before it.
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
ALL = [PRESIDENT, KING, LEADER, PARTY, DYNASTY, CITY, POLICE, ARMY, GUNMEN]


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
