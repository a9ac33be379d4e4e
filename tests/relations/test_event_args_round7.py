"""Event arguments, round 7: no agent from a name inside a place's name, from the speaker
of a clause opened by «إن», or from the victim of a passive set off by his age."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args, role_names
from tests.relations.docbuilder import E, build_doc

SALMAN = E("Person", "سلمان", ("سلمان",))
KHALED = E("Person", "خالد يوسف", ("خالد يوسف",))
SAADA = E("City", "صعدة", ("صعدة",))
POLICE = E("Organization", "الشرطة", ("الشرطة",))
ARMY = E("Organization", "الجيش", ("الجيش",))
ALL = [SALMAN, KHALED, SAADA, POLICE, ARMY]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_a_name_inside_a_mosques_name_is_no_agent() -> None:
    doc = run("وكان مسجد سلمان في صعدة قد شهد مذبحة في مايو الماضي.")
    assert role_names(doc, "Killing", "agent") == []


def test_a_name_after_a_hospital_noun_is_no_agent() -> None:
    doc = run("وقرب مستشفى خالد يوسف انفجرت سيارة مفخخة صباح أمس.")
    assert role_names(doc, "Attack", "agent") == []


def test_a_person_who_is_no_place_name_is_still_the_agent() -> None:
    doc = run("وكان خالد يوسف قد اغتال ثلاثة من الضباط في صعدة.")
    assert role_names(doc, "Killing", "agent") == ["خالد يوسف"]


def test_the_speaker_before_inna_is_not_the_agent_of_the_reported_clause() -> None:
    doc = run("وقال مسؤول الاعلام في الحزب خالد يوسف إن «سيارة مفخخة انفجرت قرب مقر الحزب "
              "في صعدة».")
    assert role_names(doc, "Attack", "agent") == []


def test_the_speaker_before_anna_with_a_subject_noun_is_not_the_agent() -> None:
    doc = run("وذكرت الشرطة أن عبوة ناسفة انفجرت قرب سوق في صعدة.")
    assert role_names(doc, "Attack", "agent") == []


def test_a_subject_after_inna_is_still_the_agent() -> None:
    doc = run("وقال خالد يوسف إن الشرطة اغتالت ثلاثة من الضباط في صعدة.")
    assert role_names(doc, "Killing", "agent") == ["الشرطة"]


def test_a_person_set_off_by_his_age_before_a_passive_killing_is_its_victim() -> None:
    doc = run("وأشارت المصادر الى ان المزارع خالد يوسف، عشرين عاماً، قتل بينما كان يفلح أرضه.")
    assert event_args(doc, "Killing")[0] == {("target", "خالد يوسف")}


def test_an_age_in_brackets_is_passed_too() -> None:
    doc = run("وذكرت المصادر ان خالد يوسف (30 عاماً) قتل في صعدة.")
    assert role_names(doc, "Killing", "agent") == []
    assert role_names(doc, "Killing", "target") == ["خالد يوسف"]


HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس",))


def test_the_target_follows_a_counted_weapon_and_a_time_phrase() -> None:
    doc = extract_relations(build_doc(
        "وكانت حركة حماس قد أطلقت عشرات الصواريخ فجر امس على البلدات المحيطة بالقطاع.",
        [HAMAS]))
    assert ("target", "البلدات") in event_args(doc, "Attack")[0]


def test_a_counted_weapon_with_no_ala_after_it_gives_no_target() -> None:
    doc = extract_relations(build_doc(
        "وكانت حركة حماس قد أطلقت عشرات الصواريخ فجر امس من البلدات المحيطة بالقطاع.",
        [HAMAS]))
    assert role_names(doc, "Attack", "target") == []
