"""Event arguments, round 6: subjects behind «كان ... قد», unnamed groups past a time
adjunct, the owner of an air strike, what a protest is against, and suicide offensives."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args, role_names
from tests.relations.docbuilder import E, build_doc

HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس",))
POLICE = E("Organization", "الشرطة", ("الشرطة",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
REBELS = E("ArmedGroup", "جماعة النصرة", ("جماعة النصرة",))
ALL = [HAMAS, POLICE, BAGHDAD, REBELS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_a_quoted_name_after_kana_is_the_subject_of_the_verb_after_qad() -> None:
    doc = run("وكانت «كتائب عز الدين القسام»، الجناح العسكري لحركة حماس قد أطلقت عشرات "
              "الصواريخ على البلدات.")
    assert role_names(doc, "Attack", "agent") == ["كتائب عز الدين القسام"]


def test_kana_before_an_inna_clause_gives_its_verb_no_subject() -> None:
    doc = run("وكانت الشرطة قد أعلنت أن مسلحين قد خطفوا خمسة مهندسين في بغداد.")
    assert role_names(doc, "Attack", "agent") == ["مسلحين"]


def test_a_definite_group_noun_stands_for_the_group_the_article_named() -> None:
    doc = run("وتبنت جماعة النصرة الهجوم. وخطفت الجماعة عشرات العمال الأجانب في بغداد.")
    assert ("agent", "جماعة النصرة") in event_args(doc, "Attack")[-1]


def test_a_definite_group_noun_with_no_group_named_is_its_own_doer() -> None:
    doc = extract_relations(build_doc("وخطفت الحركة عشرات العاملين الأجانب خلال سلسلة هجمات.",
                                      [BAGHDAD]))
    assert role_names(doc, "Attack", "agent") == ["الحركة"]


def test_a_definite_group_noun_with_no_object_is_no_doer() -> None:
    doc = run("وقتل عنصر من الحركة في بغداد أمس.")
    assert role_names(doc, "Killing", "agent") == []


def test_the_subject_is_read_past_a_time_adjunct_after_a_comma() -> None:
    doc = run("اغتال الطيران الإسرائيلي، بعد ظهر أمس، خمسة مقاتلين في بغداد.")
    assert role_names(doc, "Killing", "agent") == ["الطيران الإسرائيلي"]


def test_the_object_is_read_past_a_time_adjunct_closed_by_a_comma() -> None:
    doc = run("كما خطف مسلحون قبل خمسة أيام، عدداً من الأشخاص جنوب بغداد.")
    assert {("agent", "مسلحون"), ("target", "عدداً من الأشخاص")} <= event_args(doc, "Attack")[0]


def test_a_time_adjunct_with_no_object_after_it_keeps_the_verb_passive() -> None:
    doc = run("وقتل مسلحون، أمس، في اشتباك مع الشرطة في بغداد.")
    assert role_names(doc, "Killing", "agent") == []


def test_a_killing_in_an_air_strike_has_the_strikes_country_as_agent() -> None:
    doc = run("وقتل ثلاثة مسلحين في ضربة جوية إسرائيلية قرب بغداد.")
    assert role_names(doc, "Killing", "agent") == ["إسرائيل"]


def test_a_strike_with_no_country_gives_the_killing_no_agent() -> None:
    doc = run("وقتل ثلاثة مسلحين في ضربة جوية قرب بغداد.")
    assert role_names(doc, "Killing", "agent") == []


def test_an_air_strike_has_the_country_of_its_nisba_as_agent() -> None:
    doc = run("ونفذت الطائرات ضربة جوية إسرائيلية على مواقع المسلحين قرب بغداد.")
    assert role_names(doc, "MilitaryOperation", "agent") == ["إسرائيل"]


def test_an_unnamed_phrase_after_against_is_the_protest_target() -> None:
    doc = run("وتجمع المتظاهرون في قرية بلعين ضد جدار الفصل.")
    assert role_names(doc, "Protest", "target") == ["جدار الفصل"]


def test_the_body_a_crowd_demands_of_is_the_protest_target() -> None:
    doc = run("وتجمع المتظاهرون أمام مبنى المحافظة مطالبين الحكومة المحلية بالمضي في الإصلاح.")
    assert role_names(doc, "Protest", "target") == ["الحكومة المحلية"]


def test_a_body_whose_ousting_is_demanded_is_the_protest_target() -> None:
    doc = run("واحتشد الآلاف من المتظاهرين للمطالبة باستقالة الائتلاف الحاكم.")
    assert role_names(doc, "Protest", "target") == ["الائتلاف الحاكم"]


def test_a_protest_over_an_issue_or_for_a_release_has_no_target() -> None:
    assert role_names(run("وتظاهر الآلاف احتجاجا على الغلاء."), "Protest", "target") == []
    doc = run("وتظاهر المئات للمطالبة بالإفراج عن المعتقلين.")
    assert role_names(doc, "Protest", "target") == []


def test_an_offensive_with_a_suicide_bomber_is_an_attack() -> None:
    doc = run("وشن مسلحون هجوما انتحاريا على مركز للشرطة في بغداد.")
    assert role_names(doc, "Attack", "agent") == ["مسلحون"]
    assert event_args(doc, "MilitaryOperation") == []


def test_an_offensive_on_positions_stays_a_military_operation() -> None:
    doc = run("وشنت القوات العراقية هجوما على مواقع المسلحين قرب بغداد.")
    assert len(event_args(doc, "MilitaryOperation")) == 1
    assert event_args(doc, "Attack") == []


def test_a_noun_after_inna_takes_no_agent_from_the_speaker() -> None:
    doc = run("وقال متحدث باسم الشرطة إن عملية انتحارية استهدفت دورية في بغداد.")
    assert role_names(doc, "Attack", "agent") == []
