"""Violent trigger forms read in their frame, session 30 (evlex30).

- Indefinite accusatives of fighting and targeting nouns («اشتباكاً», «استهدافاً») and the
  nominative duals of attack nouns («غارتان», «هجومان», «تفجيران», «انفجاران») are trigger
  forms (``lexicon._ACCUSATIVE_NOUNS``, ``lexicon.DUAL_ATTACKS``).
- An indefinite attack or fighting noun followed by a verb of occurrence («إن انفجاراً وقع
  في سوق», «أن اشتباكاً عنيفاً وقع بين») is reported (``event_occurred_after``); a definite
  noun («إن الانفجار وقع»), a plural attack noun (a series: «تفجيرات حدثت في الآونة الأخيرة»)
  and a victim falling («هجوم وقعت ضحيته») are not read so; a plural of fighting is.
- «مقتولاً» after a verb of finding or a corpse is a Killing with no doer before it, the
  person named right before it its target (``event_found_killed``); elsewhere («لا يريد
  أن يعود مقتولاً») it is none.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import all_roles, triggers
from tests.relations.docbuilder import E, build_doc

WARDA = E("City", "الوردة", ("الوردة",))
SAMIR = E("Person", "سمير القاسمي", ("سمير القاسمي",))
ALL = [WARDA, SAMIR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


# Forms.

def test_nominative_dual_of_raids_is_an_attack() -> None:
    doc = run("وقعت غارتان على مدينة الوردة أمس.")
    assert triggers(doc, "Attack") == ["غارتان"]


def test_nominative_dual_of_attacks_is_an_attack() -> None:
    doc = run("شن مسلحون هجومان على مركزين للشرطة في الوردة أمس.")
    assert triggers(doc, "Attack") == ["هجومان"]


# A verb of occurrence after the noun.

def test_indefinite_blast_that_occurred_is_an_attack() -> None:
    doc = run("وقالت الشرطة إن انفجارا وقع في سوق شعبي بمدينة الوردة أمس.")
    assert triggers(doc, "Attack") == ["انفجارا"]


def test_indefinite_accusative_clash_that_occurred_is_an_operation() -> None:
    doc = run("وأكد ناطق عسكري أن اشتباكا عنيفا وقع بين الجنود ومسلحين قرب الوردة أمس.")
    assert triggers(doc, "MilitaryOperation") == ["اشتباكا"]


def test_definite_blast_that_occurred_is_not_read_here() -> None:
    doc = run("وقالت الشرطة إن الانفجار وقع في سوق شعبي بمدينة الوردة.")
    assert triggers(doc, "Attack") == []


def test_attack_whose_victim_fell_is_not_an_occurrence() -> None:
    doc = run("وقال إن هجوما وقعت ضحيته امرأة في الوردة.")
    assert triggers(doc, "Attack") == []


def test_plural_attacks_that_occurred_are_a_series() -> None:
    doc = run("وأشار إلى مسؤوليتهم عن تفجيرات حدثت في الآونة الأخيرة قرب الوردة.")
    assert triggers(doc, "Attack") == []


def test_plural_clashes_that_occurred_are_one_fight() -> None:
    doc = run("وقال المتحدث إن اشتباكات وقعت بين الجنود ومسلحين قرب الوردة أمس.")
    assert triggers(doc, "MilitaryOperation") == ["اشتباكات"]


# Found killed.

def test_corpse_found_killed_is_a_killing() -> None:
    doc = run("وعثرت الشرطة على جثة شاب مقتولا في حي بمدينة الوردة أمس.")
    assert triggers(doc, "Killing") == ["مقتولا"]


def test_person_found_killed_is_no_doer() -> None:
    doc = run("وعثر على الصحفي سمير القاسمي مقتولا في منزله بمدينة الوردة.")
    assert triggers(doc, "Killing") == ["مقتولا"]
    assert all_roles(doc, "agent") == []
    assert all_roles(doc, "target") == ["سمير القاسمي"]


def test_killed_as_a_feared_state_is_none() -> None:
    doc = run("وقال إنه لا يريد أن يعود مقتولا من الوردة.")
    assert triggers(doc, "Killing") == []
