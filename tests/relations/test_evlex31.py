"""Event trigger forms news prose uses that the lexicon lacked, session 31 (evlex31).

- Missing persons of listed perfect verbs are read as their listed base
  (``kg.relations.event_persons``): the dual and plural «اتفقا/اتفقتا/اتفقوا», the passive
  «اغتيلت/اغتيلوا». The base's restrictions hold: «اتفقا على أن ...» (of one mind) is none;
  «هاجمتا» (a repeat), «سيطروا» (the doer read wrong), «أعدمت» (a tally) and a verb whose
  passive is spelled alike («قصفتا») stay out.
- The possessive «اجتماعه» is a meeting read like «لقائه» (``kg.relations.possessive``): only
  with the person met named right after it («خلال اجتماعه مع فلان»), not a body's sitting
  («عقب اجتماعه الأسبوعي») nor a coach with his players.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import all_roles, triggers
from tests.relations.docbuilder import E, build_doc

WARDA = E("City", "الوردة", ("الوردة",))
SAMIR = E("Person", "سمير القاسمي", ("سمير القاسمي",))
SALMA = E("Person", "سلمى النجار", ("سلمى النجار",))
ARMY = E("Organization", "جيش الوردة", ("جيش الوردة",))
RESISTANCE = E("Organization", "المقاومة الشعبية", ("المقاومة الشعبية",))
FATH = E("Organization", "حركة النور", ("حركة النور",))
HAMS = E("Organization", "حركة الفجر", ("حركة الفجر",))
ALL = [WARDA, SAMIR, SALMA, ARMY, RESISTANCE, FATH, HAMS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


# Missing persons of listed perfect verbs.

def test_feminine_dual_of_attacking_stays_out() -> None:
    doc = run("وقال الحاكم إن مروحيتين هاجمتا حاجزا لجيش الوردة أمس.")
    assert "هاجمتا" not in triggers(doc, "Attack")


def test_plural_of_seizing_stays_out() -> None:
    doc = run("باقتحام منزل سمير القاسمي، وسيطروا على مخزن للأسلحة في الوردة.")
    assert [t for t in triggers(doc, "MilitaryOperation") if "سيطروا" in t] == []


def test_feminine_dual_of_agreeing_is_an_agreement() -> None:
    doc = run("وكانت حركة النور وحركة الفجر قد اتفقتا أمس على هدنة في الوردة.")
    assert "اتفقتا" in triggers(doc, "Agreement")


def test_dual_of_agreeing_on_an_opinion_is_none() -> None:
    doc = run("واتفق سمير القاسمي وسلمى النجار على أن الوضع خطير، واتفقا على ضرورة الحوار.")
    assert triggers(doc, "Agreement") == []


def test_feminine_of_executing_stays_out() -> None:
    doc = run("ومنذ مارس الماضي أعدمت سلطات الوردة 12 رجلا.")
    assert triggers(doc, "Killing") == []


def test_feminine_passive_of_assassinating_is_a_killing() -> None:
    doc = run("واغتيلت الناشطة سلمى النجار في منزلها بالوردة أمس.")
    assert triggers(doc, "Killing") == ["واغتيلت"]
    assert all_roles(doc, "target") == ["سلمى النجار"]


def test_feminine_dual_whose_passive_is_alike_stays_out() -> None:
    doc = run("وقال المرصد إن المدينتين قصفتا بنحو 160 قذيفة أمس.")
    assert "قصفتا" not in triggers(doc, "Attack")


# A possessive meeting noun «اجتماعه», read like «لقائه».

def test_possessive_meeting_with_the_person_met_is_a_meeting() -> None:
    doc = run("وقال سمير القاسمي خلال اجتماعه مع سلمى النجار إن الحوار مستمر.")
    assert triggers(doc, "Meeting") == ["اجتماعه"]
    assert all_roles(doc, "agent") == ["سمير القاسمي"]
    assert all_roles(doc, "participant") == ["سلمى النجار"]


def test_possessive_meeting_with_the_title_met_is_a_meeting() -> None:
    doc = run("وأكد سمير القاسمي عقب اجتماعه بنظيره في الوردة أهمية التعاون.")
    assert triggers(doc, "Meeting") == ["اجتماعه"]


def test_a_bodys_sitting_is_no_meeting() -> None:
    doc = run("وأبدى جيش الوردة في بيان عقب اجتماعه الأسبوعي ارتياحه من القرار.")
    assert triggers(doc, "Meeting") == []


def test_possessive_meeting_with_players_is_no_meeting() -> None:
    doc = run("وشرح سمير القاسمي خلال اجتماعه باللاعبين الخطة.")
    assert triggers(doc, "Meeting") == []

