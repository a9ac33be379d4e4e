"""Unnamed doers and common-noun victims of violent events, on sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_args
from tests.relations.docbuilder import E, build_doc

FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
GAO = E("City", "غاو", ("غاو",))
ADAMA = E("Person", "آدم كوني", ("آدم كوني", "كوني"))
ALL = [FRANCE, GAO, ADAMA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_unnamed_gunmen_after_a_singular_verb_with_its_object() -> None:
    doc = run("واختطف مسلحون ثلاثة صيادين قرب غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "مسلحون") in args
    assert ("target", "ثلاثة صيادين") in args


def test_unnamed_gunmen_before_a_plural_verb_keep_their_adjective() -> None:
    doc = run("وقال شهود إن مسلحين مجهولين اغتالوا آدم كوني أمام منزله.")
    [args] = event_args(doc, "Killing")
    assert ("agent", "مسلحين مجهولين") in args
    assert ("target", "آدم كوني") in args


def test_suicide_bombers_before_qad_and_a_reflexive_object() -> None:
    doc = run("وكان انتحاريان قد فجرا نفسيهما عند مدخل السوق.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "انتحاريان") in args
    assert not any(role == "target" for role, _ in args)  # «نفسيهما» is no victim


def test_passive_reading_without_object_gives_no_agent() -> None:
    doc = run("وقتل مسلحون في الاشتباكات العنيفة قرب غاو.")
    assert all(role != "agent" for args in event_args(doc, "Killing") for role, _ in args)
    doc = run("وقال مصدر إن أربعة مسلحين قتلوا أمس في غاو.")
    assert all(role != "agent" for args in event_args(doc, "Killing") for role, _ in args)


def test_plural_nisba_after_the_noun_is_no_object() -> None:
    doc = run("وقتل مسلحون ماليون في المعارك.")
    assert all(("agent", "مسلحون") not in args for args in event_args(doc, "Killing"))


def test_force_named_by_its_owner_and_fire_on_the_victims() -> None:
    doc = run("وفتحت دبابة فرنسية النار على المزارعين قرب غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "دبابة فرنسية") in args
    assert ("target", "المزارعين") in args


def test_weapon_object_is_no_target() -> None:
    doc = run("وفجر انتحاري سيارة مفخخة أمام مطعم في غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "انتحاري") in args
    assert not any(role == "target" for role, _ in args)


def test_victim_common_noun_keeps_its_genitive() -> None:
    doc = run("وقالت الشرطة إن مسلحين أطلقوا النار على مقر الحزب في غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "مسلحين") in args
    assert ("target", "مقر الحزب") in args


def test_by_hand_of_unnamed_gunmen() -> None:
    doc = run("وقتل الحارس على يد مسلحين ملثمين قرب غاو.")
    [args] = event_args(doc, "Killing")
    assert ("agent", "مسلحين ملثمين") in args


def test_security_forces_by_fire() -> None:
    doc = run("وقتل متظاهر برصاص قوات الأمن في غاو.")
    [args] = event_args(doc, "Killing")
    assert ("agent", "قوات الأمن") in args


def test_practice_noun_needs_a_named_doer() -> None:
    doc = run("وأفرج عن الطفلة بعد تعرضها للخطف على يد مسلحين في غاو.")
    assert not event_args(doc, "Attack")


def test_protest_against_a_named_actor_after_ihtijajan_ala() -> None:
    doc = run("وتظاهر مئات الطلاب أمام الجامعة احتجاجا على زيارة آدم كوني.")
    [args] = event_args(doc, "Protest")
    assert ("target", "آدم كوني") in args


def test_protest_against_a_force_after_didd() -> None:
    doc = run("وخرجت مظاهرات ضد وجود القوات الفرنسية في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("target", "القوات الفرنسية") in args


def test_protest_against_an_unnamed_grievance_has_no_target() -> None:
    doc = run("وتظاهر العشرات احتجاجا على الغلاء في غاو.")
    [args] = event_args(doc, "Protest")
    assert not any(role == "target" for role, _ in args)


def test_unnamed_perpetrator_between_a_light_verb_and_its_noun() -> None:
    doc = run("وفي غاو قام مسلحون مقنعون بخطف ثلاثة تجار من سيارتهم.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "مسلحون مقنعون") in args
    doc = run("وقامت دبابة فرنسية بقصف المنازل في غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "دبابة فرنسية") in args


def test_light_verb_without_a_doer_keeps_a_practice_noun_out() -> None:
    doc = run("ثم قامت بخطف الجنود في غاو.")
    assert not event_args(doc, "Attack")


def test_tagged_nisba_completes_a_force_phrase() -> None:
    doc = run("وقال سكان إن دبابات فرنسية أطلقت نيرانها على السوق.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "دبابات فرنسية") in args
    assert ("target", "السوق") in args


def test_time_phrase_between_the_verb_and_its_object() -> None:
    doc = run("يذكر أن مسلحين اغتالوا الأسبوع الماضي آدم كوني في غاو.")
    [args] = event_args(doc, "Killing")
    assert ("agent", "مسلحين") in args
    doc = run("وقال مصدر إن ثلاثة مسلحين قتلوا الأسبوع الماضي في غاو.")
    assert all(role != "agent" for args in event_args(doc, "Killing") for role, _ in args)


def test_unnamed_subject_of_a_support_verb() -> None:
    doc = run("وأضاف البيان أن المتمردين شنوا الهجوم على الثكنة قرب غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "المتمردين") in args
    doc = run("وأصيب ثلاثة حراس في هجوم مسلح نفذه متطرف إسلامي في غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "متطرف إسلامي") in args


def test_protest_crowd_counted_by_a_definite_plural() -> None:
    doc = run("وتظاهر مئات الصيادين أمام الميناء في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("agent", "مئات الصيادين") in args


def test_protest_crowd_as_a_number_of_people_after_an_adverb() -> None:
    doc = run("وتظاهر أمس نحو مائتي شخص أمام البرلمان في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("agent", "نحو مائتي شخص") in args


def test_protest_crowd_before_the_verb() -> None:
    doc = run("وكان متظاهرون ماليون قد خرجوا إلى الشوارع في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("agent", "متظاهرون ماليون") in args


def test_bare_crowd_count_before_a_preposition_stays_alone() -> None:
    doc = run("وتظاهر الآلاف في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("agent", "الآلاف") in args


def test_some_of_the_doers_and_the_object_before_a_later_name() -> None:
    doc = run("وأطلق بعض المسلحين النار على المقر في غاو وأصر آدم كوني على زيارته.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "بعض المسلحين") in args
    assert ("target", "المقر") in args
    assert ("target", "آدم كوني") not in args


def test_counted_soldiers_named_by_a_plural_nisba_before_their_verb() -> None:
    doc = run("وقال سكان إن ثمانية جنود فرنسيين اختطفوا صيادا قرب غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "ثمانية جنود فرنسيين") in args


def test_protest_against_a_force_named_by_a_tagged_nisba() -> None:
    doc = run("وتواصلت المظاهرات ضد وجود القوات الفرنسية في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("target", "القوات الفرنسية") in args


def test_protest_addressed_to_a_named_actor_by_a_demand() -> None:
    doc = run("وتظاهر المئات أمام البرلمان مطالبين آدم كوني بالتنحي.")
    [args] = event_args(doc, "Protest")
    assert ("target", "آدم كوني") in args
    doc = run("واعتصم العمال في غاو يطالبون باستقالة آدم كوني.")
    [args] = event_args(doc, "Protest")
    assert ("target", "آدم كوني") in args


def test_demand_for_a_release_names_no_target() -> None:
    doc = run("وتظاهر العشرات في غاو للمطالبة بالإفراج عن آدم كوني.")
    [args] = event_args(doc, "Protest")
    assert not any(role == "target" for role, _ in args)


def test_killed_by_a_country_s_fire() -> None:
    doc = run("وقال مسؤولون إن أربعة صيادين قتلوا بنيران فرنسية قرب غاو.")
    [args] = event_args(doc, "Killing")
    assert ("agent", "فرنسا") in args


def test_victim_after_a_time_word() -> None:
    doc = run("وقالت الشرطة إن مجهولين خطفوا أمس القاضي في غاو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "مجهولين") in args
    assert ("target", "القاضي") in args


def test_crowd_subject_of_a_support_verb() -> None:
    doc = run("ونفذ المتظاهرون اعتصاما أمام البرلمان في غاو.")
    [args] = event_args(doc, "Protest")
    assert ("agent", "المتظاهرون") in args
