"""Event rules of issue #12, round 4, on sentences written for the tests: possessive event
nouns whose pronoun names the agent, a target after a support clause, the place a verb of
retaking takes, and the genitive doer of a seizure behind a group's head noun."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args
from tests.relations.conftest import role_names as roles
from tests.relations.docbuilder import E, build_doc

FRONT = E("ArmedGroup", "جبهة الأحرار", ("جبهة الأحرار",))
ARMY = E("ArmedGroup", "جيش النصر", ("جيش النصر",))
KANO = E("City", "كانو", ("كانو",))
LAGOS = E("City", "لاغوس", ("لاغوس",))
ALL = [FRONT, ARMY, KANO, LAGOS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-20"))



# --- a possessive event noun: its pronoun refers to the clause's subject -----------

def test_control_established_by_the_subject_is_its_event() -> None:
    doc = run("ويقيم الوزير في لاغوس منذ أن بسطت جبهة الأحرار سيطرتها على مدينة كانو.")
    assert roles(doc, "MilitaryOperation", "agent") == ["جبهة الأحرار"]
    assert roles(doc, "MilitaryOperation", "target") == ["كانو"]


def test_a_seizure_after_time_word_belongs_to_the_clause_subject() -> None:
    doc = run("وقال الجيش إن المتحف دمره متشددون عقب استيلائهم على مدينة كانو.")
    assert roles(doc, "MilitaryOperation", "agent") == ["متشددون"]
    assert roles(doc, "MilitaryOperation", "target") == ["كانو"]


def test_a_pronoun_that_disagrees_with_the_verb_names_no_event() -> None:
    doc = run("وبسط جيش النصر سيطرتها على كانو.")
    assert event_args(doc, "MilitaryOperation") == []


def test_control_lost_is_no_event() -> None:
    doc = run("وفقد جيش النصر سيطرته على كانو.")
    assert event_args(doc, "MilitaryOperation") == []


def test_a_possessive_noun_with_no_clear_antecedent_names_no_event() -> None:
    doc = run("وتحدث الوزير في لاغوس بعد سيطرته على كانو.")
    assert event_args(doc, "MilitaryOperation") == []


def test_a_possessive_noun_resuming_the_same_event_takes_its_agent() -> None:
    doc = run("وجاء ذلك بعد سيطرة جيش النصر على لاغوس، واستكمال سيطرته على كانو.")
    assert roles(doc, "MilitaryOperation", "agent") == ["جيش النصر", "جيش النصر"]
    assert roles(doc, "MilitaryOperation", "target") == ["كانو", "لاغوس"]


def test_a_possessive_noun_after_another_kind_of_event_is_not_resumed() -> None:
    doc = run("وجاء ذلك بعد هجوم جيش النصر على لاغوس، واستكمال سيطرته على كانو.")
    assert roles(doc, "MilitaryOperation", "agent") == []


# --- the target after a support clause that names the doer ---------------------------

def test_the_target_follows_the_doer_of_a_support_clause() -> None:
    doc = run("وقتل خمسة أشخاص في قصف عشوائي قام به جيش النصر على الأحياء السكنية في كانو.")
    assert roles(doc, "Attack", "agent") == ["جيش النصر"]
    assert roles(doc, "Attack", "target") == ["الأحياء"]
    assert roles(doc, "Attack", "location") == ["كانو"]


def test_the_target_follows_the_doer_and_its_conjunct() -> None:
    doc = run("وأصيب عشرة في قصف قام به جيش النصر وقوات جبهة الأحرار على الأحياء في كانو.")
    assert roles(doc, "Attack", "target") == ["الأحياء"]


def test_a_named_target_after_a_support_clause() -> None:
    doc = run("وأصيب ثلاثة حراس في هجوم شنته جبهة الأحرار على لاغوس.")
    assert roles(doc, "Attack", "agent") == ["جبهة الأحرار"]
    assert roles(doc, "Attack", "target") == ["لاغوس"]


# --- the place a verb of retaking takes ------------------------------------------------

def test_the_place_after_a_retaking_verb_is_its_target() -> None:
    doc = run("وقال إن هذه القوات استعادت قصر 15 يونيو الرئاسي في كانو.")
    assert roles(doc, "MilitaryOperation", "target") == ["قصر 15"]
    doc = run("واستعادت جبهة الأحرار مقر القيادة العسكرية.")
    assert roles(doc, "MilitaryOperation", "target") == ["مقر القيادة"]


def test_a_place_with_a_possessive_object_is_the_subject() -> None:
    doc = run("واستعادت المدينة هدوءها بعد أيام.")
    assert roles(doc, "MilitaryOperation", "target") == []


# --- a seizure's doer behind a group's head noun ---------------------------------------

def test_a_group_head_before_a_quoted_name_leads_to_the_doer() -> None:
    doc = run("وجاء ذلك بعد سيطرة تجمع «جيش النصر» في لاغوس على المدينة.")
    assert roles(doc, "MilitaryOperation", "agent") == ["جيش النصر"]
    assert roles(doc, "MilitaryOperation", "target") == ["المدينة"]
    assert roles(doc, "MilitaryOperation", "location") == []


# --- a passive verb: the name after it is the victim ------------------------------------

def test_the_name_after_a_passive_killing_verb_is_its_victim() -> None:
    doc = run("واُغتيل جيش النصر في كانو.")  # only the victim follows a passive
    assert roles(doc, "Killing", "agent") == []
    doc = run("وقُتل قائد جيش النصر في كانو.")
    assert roles(doc, "Killing", "agent") == []


def test_an_active_verb_keeps_its_subject() -> None:
    doc = run("وقَتل جيش النصر عشرة مدنيين في كانو.")
    assert roles(doc, "Killing", "agent") == ["جيش النصر"]
