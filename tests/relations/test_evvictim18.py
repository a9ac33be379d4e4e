"""Victims and objects of violent events on unseen news, session 18: counted fighters with
their group («19 مسلحاً من تنظيم داعش», «خمسة من عناصر داعش») are the target, not the group;
an object that points back («فقتلوا اثنين منهم», «وقتلوا آخرين»); the counted object of a
verbal noun behind a light verb («قاموا بتفجير 6 سيارات»); an object past a dashed aside; a
building whose genitive is a word of aim («مركز تدريب»); a rider clause on the weapon before
the describing verb; «تسبب بمقتل»; nouns of cause, adverbs and definite forces are no
victims."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
HAMAS = E("ArmedGroup", "حماس", ("حماس",))
HAMA = E("City", "حماة", ("حماة",))
MOSUL = E("City", "الموصل", ("الموصل",))
GAZA = E("City", "غزة", ("غزة",))
ALL = [HOUTHIS, ISIS, HAMAS, HAMA, MOSUL, GAZA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


@pytest.mark.parametrize(("text", "target"), [
    ("وأعلنت الشرطة مقتل 19 مسلحاً من تنظيم داعش قرب الموصل.", "19 مسلحاً من تنظيم داعش"),
    ("وقال المصدر إن الغارة انتهت بمقتل خمسة من عناصر داعش.", "خمسة من عناصر داعش"),
    ("وقُتل 12 من مقاتلي الحوثيين في حماة مساء الأحد.", "12 من مقاتلي الحوثيين"),
])
def test_counted_fighters_of_a_group_are_the_target(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Killing"), "target") == [target]


def test_a_second_number_of_wounded_keeps_the_group() -> None:
    doc = run("وقتل 13 وأصيب 85 من الحوثيين في حماة.")
    assert role(doc, only(doc, "Killing"), "target") == ["الحوثيين"]


@pytest.mark.parametrize(("text", "target"), [
    ("وأطلق مسلحو داعش النار على المارة فقتلوا ثلاثة منهم في الموصل.", "ثلاثة منهم"),
    ("وهاجم مسلحو داعش قرية قرب الموصل وقتلوا آخرين.", "آخرين"),
    ("وقتل الحوثيون العشرات منهم في حماة.", "العشرات منهم"),
])
def test_a_killing_object_that_points_back(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Killing"), "target") == [target]


def test_others_is_no_object_of_a_strike() -> None:
    doc = run("وقصف الحوثيون مواقع في حماة وأخرى قرب الموصل.")
    assert all("أخرى" not in t for e in doc.events for t in role(doc, e, "target"))


def test_a_light_verb_deed_takes_its_counted_object() -> None:
    doc = run("وقالت الشرطة إن مجهولين قاموا بتفجير أربع سيارات تابعة لقياديين في حماس.")
    assert role(doc, only(doc, "Attack"), "target") == ["أربع سيارات"]


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن مسلحين قاموا بتفجير ثلاث عبوات ناسفة في غزة.",
    "وقالت الشرطة إن مسلحين قاموا بتفجير سيارتين مفخختين في غزة.",
    "وقالت الشرطة إن الحوثيين قاموا بتفجير كل المخزون في حماة.",
])
def test_a_light_verb_deed_with_weapons_or_a_stock_has_no_target(text: str) -> None:
    doc = run(text)
    assert all(not role(doc, e, "target") for e in doc.events if e.label == "Attack")


@pytest.mark.parametrize(("text", "target"), [
    ("وقال الشهود إن مسلحي داعش فجّروا -بواسطة عبوات ناسفة- ثلاث سيارات تعود لقياديين في حماس.",
     "ثلاث سيارات"),
    ("وأكد سكان أن الحوثيين قصفوا - بقذائف الهاون - أحد أحياء المدينة.", "أحد أحياء"),
])
def test_the_object_after_a_dashed_aside(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Attack"), "target") == [target]


@pytest.mark.parametrize(("text", "target"), [
    ("وجرح سبعة في انفجار عبوة ناسفة استهدف مركز تدريب قرب الموصل.", "مركز تدريب"),
    ("وجرح سبعة في انفجار سيارة مفخخة يقودها انتحاري استهدف مقرا للشرطة في الموصل.", "مقرا"),
    ("وجرح سبعة بانفجار سيارة مفخخة يقودها انتحاري، استهدف نقطة تفتيش قرب الموصل.",
     "نقطة تفتيش"),
])
def test_the_describing_verb_of_a_blast_gives_the_target(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Attack"), "target") == [target]


def test_an_aim_is_still_no_target() -> None:
    doc = run("واستهدفت الحملة تدريب الشباب في الموصل.")
    assert not [e for e in doc.events if e.label == "Attack"]


@pytest.mark.parametrize(("text", "target"), [
    ("وسقطت قذائف على حماة ما تسبب بمقتل رجل وجرح آخرين.", "رجل"),
    ("وقصف الحوثيون أحياء في حماة ما تسبب في مقتل طفل.", "طفل"),
])
def test_a_killing_told_as_what_something_caused(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Killing"), "target") == [target]


@pytest.mark.parametrize(("text", "wrong"), [
    ("وأكد المرصد أن القائد «قُتل جراء استهدافه من قبل تنظيم داعش قرب حماة.", "جراء"),
    ("وأضاف أن التفجيرات استهدفت مباشرة، الذراع المسلحة لحماس.", "مباشرة"),
    ("كما استهدف الطيران الحربي قرية قرب حماة.", "الطيران"),
])
def test_cause_adverbs_and_forces_are_no_victims(text: str, wrong: str) -> None:
    doc = run(text)
    assert all(wrong not in t for e in doc.events for t in role(doc, e, "target"))


@pytest.mark.parametrize(("text", "target"), [
    ("وأعلنت الشرطة مقتل جميع عناصر داعش المهاجمين.", "جميع عناصر داعش"),
    ("وأكد المصدر مقتل العشرات من مقاتلي الحوثيين قرب حماة.", "العشرات من مقاتلي الحوثيين"),
])
def test_quantified_members_of_a_group_are_the_target(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Killing"), "target") == [target]


def test_the_count_of_the_wounded_is_no_toll() -> None:
    doc = run("وانتهى الهجوم بمقتل المهاجم وإصابة ثلاثة من رجال الشرطة في الموصل.")
    for event in doc.events:
        assert event.casualties != 3
        assert all("ثلاثة" not in t for t in role(doc, event, "target"))


def test_passive_victims_before_at_least() -> None:
    doc = run("وأعلنت مصادر أن ستة جنود على الأقل قُتلوا قرب حماة.")
    assert role(doc, only(doc, "Killing"), "target") == ["ستة جنود"]


@pytest.mark.parametrize(("text", "target"), [
    ("وأكد المجلس أن الحوثيين قاموا بقصف متعمد لمنطقة المطار في حماة.", "منطقة"),
    ("وأكد المجلس أن الحوثيين قاموا بقصف عشوائي للأحياء السكنية في حماة.", "أحياء السكنية"),
])
def test_the_lam_object_of_a_light_verb_deed(text: str, target: str) -> None:
    doc = run(text)
    [found] = [t for t in role(doc, only(doc, "Attack"), "target")]
    assert target in found


def test_a_light_verb_deed_of_purpose_has_no_lam_target() -> None:
    doc = run("وأكد المجلس أن الحوثيين قاموا بقصف عنيف للسيطرة على حماة.")
    assert not role(doc, only(doc, "Attack"), "target")
