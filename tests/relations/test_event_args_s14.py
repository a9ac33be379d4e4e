"""Event arguments, session 14: the speaker who reports a deed as their own is its agent; the
one hurt or killed is never the agent of the attack told after; the counted victims' group
before a passive killing is its target; no target from another clause."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import role_names
from tests.relations.docbuilder import E, build_doc

ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
TURKEY = E("Country", "تركيا", ("تركيا",))
OBSERVATORY = E("Organization", "المرصد السوري", ("المرصد السوري",))
MINISTRY = E("Organization", "وزارة الدفاع الروسية", ("وزارة الدفاع الروسية",))
HAMAS = E("ArmedGroup", "حماس", ("حماس",))
PKK = E("ArmedGroup", "حزب العمال الكردستاني", ("حزب العمال الكردستاني",))
DAESH = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("جماعة الحوثي", "الحوثيون"))
HASHD = E("ArmedGroup", "الحشد الشعبي", ("الحشد الشعبي",))
TALIBAN = E("ArmedGroup", "طالبان", ("حركة طالبان", "طالبان"))
MURR = E("Person", "الياس المر", ("الياس المر",))
MALIKI = E("Person", "نوري المالكي", ("نوري المالكي",))
GAZA = E("Region", "غزة", ("غزة",))
SHABAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
ALL = [ISRAEL, TURKEY, OBSERVATORY, MINISTRY, HAMAS, PKK, DAESH, HOUTHIS, HASHD, TALIBAN, MURR,
       MALIKI, GAZA, SHABAB]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


@pytest.mark.parametrize(("text", "label", "agent"), [
    ("وقالت إسرائيل إنها قصفت موقعاً لحماس في غزة.", "Attack", "إسرائيل"),
    ("وأعلنت وزارة الدفاع الروسية في بيان أنها قصفت مواقع لتنظيم داعش.", "Attack",
     "وزارة الدفاع الروسية"),
    ("وقالت تركيا إنها قتلت 20 مسلحاً من حزب العمال الكردستاني.", "Killing", "تركيا"),
])
def test_the_speaker_of_her_own_deed_is_its_agent(text: str, label: str, agent: str) -> None:
    assert role_names(run(text), label, "agent") == [agent]


@pytest.mark.parametrize("text", [
    "وقال المرصد السوري إنه قتل 20 شخصاً في غارات على غزة.",  # the pronoun of the matter
    "وقالت تركيا إنها قصفت في غارة على غزة.",  # no object: «قُصفت», a passive
    "وقالت تركيا إن حماس قصفت موقعاً في غزة.",  # the clause has its own subject
])
def test_no_speaker_agent_without_her_own_deed(text: str) -> None:
    assert "المرصد السوري" not in role_names(run(text), "Killing", "agent")
    assert "تركيا" not in role_names(run(text), "Attack", "agent")


@pytest.mark.parametrize(("text", "victim"), [
    ("جرح وزير الدفاع الياس المر في تفجير سيارة مفخخة استهدفت موكبه.", "الياس المر"),
    ("وأصيب رئيس الوزراء نوري المالكي في هجوم بقذائف الهاون.", "نوري المالكي"),
])
def test_the_one_hurt_is_not_the_agent_of_the_attack(text: str, victim: str) -> None:
    assert victim not in role_names(run(text), "Attack", "agent")


def test_the_group_of_the_killed_is_not_the_agent_of_the_shelling() -> None:
    doc = run("وأعلن مصدر أمني مقتل سبعة من قادة تنظيم داعش بقصف مدفعي استهدف موكباً.")
    assert role_names(doc, "Attack", "agent") == []


def test_the_doer_after_the_victims_still_acts() -> None:
    doc = run("وإثر مقتل جنديين شنت تركيا غارات على مواقع حزب العمال الكردستاني.")
    assert role_names(doc, "Attack", "agent") == ["تركيا"]


def test_the_counted_group_before_a_passive_killing_is_its_target() -> None:
    doc = run("وقالت مصادر إن سبعة من مليشيا الحشد الشعبي قتلوا وأصيب اثنان في الاشتباكات.")
    assert role_names(doc, "Killing", "agent") == []
    assert role_names(doc, "Killing", "target") == ["الحشد الشعبي"]


def test_the_counted_group_with_an_object_is_the_doer() -> None:
    doc = run("وقالت الشرطة إن خمسة من مقاتلي حركة طالبان قتلوا جندياً في الهجوم.")
    assert role_names(doc, "Killing", "agent") == ["طالبان"]


def test_no_target_behind_a_word_that_opens_another_clause() -> None:
    doc = run("وقالت مصادر طبية إن 43 شخصاً قتلوا وأصيب 173 أمس عندما قصفت جماعة الحوثي "
              "الحي.")
    assert "الحوثيون" not in role_names(doc, "Killing", "target")


def test_no_target_inside_a_relative_clause_on_the_object() -> None:
    doc = run("كما قصفت إسرائيل مدرسة الحسين التي يتخذها الحوثيون قاعدة لهم.")
    assert role_names(doc, "Attack", "target") == ["مدرسة الحسين"]


def test_a_relative_on_the_trigger_keeps_its_target() -> None:
    doc = run("ونفذت حماس الهجوم الانتحاري الذي استهدف تركيا أمس.")
    assert role_names(doc, "Attack", "target") == ["تركيا"]


def test_no_agent_from_the_clause_before_fima() -> None:
    doc = run("وهدد تنظيم داعش بقتل نوري المالكي فيما هاجمت الكتل البرلمانية بعض القوى.")
    assert role_names(doc, "Attack", "agent") == []


def test_the_subject_after_fima_is_still_the_agent() -> None:
    doc = run("وسيطرت حماس على المعبر فيما قصفت إسرائيل مواقع في غزة.")
    assert role_names(doc, "Attack", "agent") == ["إسرائيل"]


def test_a_country_after_a_state_noun_is_a_place_not_a_target() -> None:
    doc = run("أصيب رجل أمن بانفجار قنبلة في قرية العكر الغربي بمملكة البحرين قرب غزة.")
    assert role_names(doc, "Attack", "target") == []


def test_the_object_of_another_event_noun_is_not_the_killings_target() -> None:
    doc = run("وذكرت مصادر عسكرية أن تسعة متمردين قتلوا ليلا في غارة جوية على غزة.")
    assert "غزة" not in role_names(doc, "Killing", "target")


@pytest.mark.parametrize("text", [
    "وقال مسؤول في تركيا إن جنديين استشهدا في الهجوم.",
    "ويرى الكاتب أن ندعم تركيا واستشهد جنديان في الهجوم.",
])
def test_a_name_before_a_verb_of_dying_is_never_its_agent(text: str) -> None:
    assert role_names(run(text), "Killing", "agent") == []


def test_the_victims_after_bihaqq_are_the_massacres_target() -> None:
    doc = run("وأكد المسؤول أن الحوثيون ارتكبوا أمس مجزرة بحق المدنيين في عدن.")
    assert role_names(doc, "Killing", "target") == ["المدنيين"]


@pytest.mark.parametrize(("text", "agent"), [
    ("وأسفر هجوم لحركة الشباب على قاعدة عسكرية عن مقتل عشرين جندياً.", "حركة الشباب"),
    ("لقي ثمانية أشخاص مصرعهم بقصف لـجماعة الحوثي على حي في عدن.", "الحوثيون"),
])
def test_the_lam_owner_before_the_object_is_the_agent(text: str, agent: str) -> None:
    assert role_names(run(text), "Attack", "agent") == [agent]


def test_lam_without_an_object_after_it_is_no_agent() -> None:
    doc = run("وتواصل قصف لمواقع حماس في غزة.")
    assert role_names(doc, "Attack", "agent") == []


def test_the_group_of_the_hands_is_the_agent() -> None:
    doc = run("واغتيل الصحفي على أيدي عناصر من تنظيم داعش.")
    assert role_names(doc, "Killing", "agent") == ["داعش"]


def test_min_qibal_after_an_attack_noun_gives_its_agent() -> None:
    doc = run("وتعرضت دورية للجيش لهجوم من قبل عناصر من حركة الشباب في غزة.")
    assert role_names(doc, "Attack", "agent") == ["حركة الشباب"]


def test_inahu_of_a_body_before_an_accusative_object_is_the_body() -> None:
    doc = run("وقالت حماس في بيان إنه قتل عدداً من جنود إسرائيل في غزة.")
    assert role_names(doc, "Killing", "agent") == []  # «قالت» and «ـه» disagree: not her
    doc = run("وقال المرصد السوري إنه قتل عددا من زعماء حماس في غزة.")
    assert role_names(doc, "Killing", "agent") == ["المرصد السوري"]


def test_inahu_before_a_nominative_quantifier_is_the_pronoun_of_the_matter() -> None:
    doc = run("وقال المرصد السوري إنه قتل عدد من المدنيين في غارات على غزة.")
    assert role_names(doc, "Killing", "agent") == []


def test_the_speakers_clause_is_not_the_victim_of_a_passive() -> None:
    doc = run("وقال المرصد السوري إنه قتل مدنيين في غارات على غزة.")
    assert "وقال المرصد السوري إنه" not in role_names(doc, "Killing", "target")


def test_a_state_noun_in_a_guests_title_gives_no_place() -> None:
    doc = run("واستقبل الملك وزير الخارجية بجمهورية تركيا في جدة.")
    assert "تركيا" not in role_names(doc, "Meeting", "location")


def test_unnamed_gunmen_who_launch_an_offensive_are_its_doers() -> None:
    doc = run("وشن مسلحون هجوماً على حاجز للجيش في غزة.")
    assert role_names(doc, "MilitaryOperation", "agent") == ["مسلحون"]


def test_a_protests_purpose_after_a_comma_gives_its_target() -> None:
    doc = run("وتظاهر مئات الطلاب أمس، احتجاجاً على زيارة نوري المالكي.")
    assert role_names(doc, "Protest", "target") == ["نوري المالكي"]


def test_a_new_clause_after_a_comma_gives_no_protest_target() -> None:
    doc = run("وتظاهر مئات الطلاب أمس، وقال نوري المالكي إن الحكومة ستستجيب.")
    assert role_names(doc, "Protest", "target") == []
