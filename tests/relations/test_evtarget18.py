"""Event targets on unseen news, session 18: the unnamed phrase a violent deed was done to
when a quantifier opens it («على كل شخص», «أحد أحياء المدينة»); a vehicle hit by a verb of
aiming («استهدفت سيارات»); the object of a describing «استهدف» past a counted weapon
(«تفجير ثلاث عبوات ناسفة استهدفت رتلاً») or past the noun's adjectives before «الذي»; the
«ل» object of an event noun after its genitive doer («اجتياح إسرائيل لقطاع غزة»); counts of
«أفراد» and decimal millions («5ر1 مليون»)."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
GAZA = E("Region", "قطاع غزة", ("قطاع غزة",))
HAMA = E("City", "حماة", ("حماة",))
MOSUL = E("City", "الموصل", ("الموصل",))
SOMALIA = E("Country", "الصومال", ("الصومال",))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
ALL = [HOUTHIS, ISIS, ISRAEL, GAZA, HAMA, MOSUL, SOMALIA, SHABAAB]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


@pytest.mark.parametrize(("text", "label", "target"), [
    ("وأكد الشهود أن الحوثيين قصفوا أحد أحياء المدينة مساء السبت.", "Attack", "أحد أحياء"),
    ("وأطلق مسلحون النار على كل شخص اقترب من الحاجز.", "Attack", "كل شخص"),
    ("وقال مسؤول إن الحوثيين هاجموا جميع المنازل القريبة من الجسر.", "Attack",
     "جميع المنازل القريبة"),
])
def test_a_quantifier_opens_the_victim_phrase(text: str, label: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, label), "target") == [target]


def test_sunday_is_no_quantifier() -> None:
    doc = run("وقصف الحوثيون الأحد مواقع في مدينة حماة.")
    assert "الأحد" not in " ".join(role(doc, only(doc, "Attack"), "target"))


@pytest.mark.parametrize(("text", "target"), [
    ("وقتل جنديان في تفجير ثلاث عبوات ناسفة استهدفت رتلا عسكريا قرب الموصل.", "رتلا"),
    ("وأصيب عشرة في انفجار سيارة مفخخة استهدف سوقا شعبيا في الموصل.", "سوقا"),
    ("ووقعت أمس انفجارات استهدفت سيارات قياديين في حركة الشباب.", "سيارات"),
])
def test_the_object_of_a_describing_aiming_verb(text: str, target: str) -> None:
    doc = run(text)
    event = only(doc, "Attack")
    assert role(doc, event, "target") == [target]
    assert doc.text[event.trigger_start:event.trigger_end] in {"تفجير", "انفجار", "انفجارات"}


def test_a_weapon_after_a_plain_verb_is_no_target() -> None:
    doc = run("وفجر انتحاري سيارة مفخخة قرب حاجز في الموصل.")
    assert "سيارة" not in " ".join(role(doc, only(doc, "Attack"), "target"))


def test_a_relative_clause_past_the_adjectives_reports_the_event() -> None:
    doc = run("وأدان الوزير الاعتداء الانتحاري الذي استهدف مدينة حماة أمس.")
    assert role(doc, only(doc, "Attack"), "target") == ["حماة"]


@pytest.mark.parametrize(("text", "label", "agent", "target"), [
    ("وأدى اجتياح إسرائيل لقطاع غزة إلى دمار واسع في المنازل.", "MilitaryOperation",
     "إسرائيل", "قطاع غزة"),
    ("وتسبب قصف الحوثيين للمدنيين في حماة بموجة نزوح.", "Attack", "الحوثيين", "للمدنيين"),
])
def test_the_lam_object_after_a_genitive_doer(text: str, label: str, agent: str,
                                              target: str) -> None:
    doc = run(text)
    event = only(doc, label)
    assert role(doc, event, "agent") == [agent]
    assert role(doc, event, "target") == [target]


def test_a_lam_purpose_is_no_target() -> None:
    doc = run("وبدأ هجوم الحوثيين لاستعادة المعسكر فجر اليوم.")
    for event in doc.events:
        assert not role(doc, event, "target") or "استعادة" not in role(doc, event, "target")[0]


@pytest.mark.parametrize(("text", "target"), [
    ("وقال المسؤول إنه قتل نحو 40 فردا من القبيلة في المواجهات.", "40 فردا"),
    ("وقتل ثلاثة أفراد من الشرطة في كمين قرب الموصل.", "ثلاثة أفراد"),
])
def test_members_are_counted(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Killing"), "target") == [target]


@pytest.mark.parametrize(("text", "value"), [
    ("وأدت الحرب الأهلية إلى مقتل 5ر1 مليون شخص في عام 1990.", 1500000),
    ("وأدت الحرب الأهلية إلى مقتل 2.5 مليون شخص في عام 1990.", 2500000),
    ("وأدت الحرب الأهلية إلى مقتل ثلاثة ملايين شخص في عام 1990.", 3000000),
])
def test_decimal_and_million_counts(text: str, value: int) -> None:
    doc = run(text)
    event = only(doc, "Killing")
    assert event.casualties == value
    assert "مليون" in role(doc, event, "target")[0] or "ملايين" in role(doc, event, "target")[0]


@pytest.mark.parametrize(("text", "label", "target"), [
    ("وقصف الحوثيون الاثنين مواقع عسكرية قرب المدينة.", "Attack", "مواقع"),
    ("وقتل ثلاثة أشخاص في هجوم على آلية للجيش جنوب المدينة.", "Attack", "آلية"),
    ("وقالت الشرطة إن القصف أدى إلى مقتل شخص وإصابة آخرين.", "Killing", "شخص"),
])
def test_more_unnamed_objects(text: str, label: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, label), "target") == [target]


@pytest.mark.parametrize("text", [
    "وأدى سقوط القذائف إلى مقتل تسعة أشخاص على الأقل في المدينة.",
    "ووقعت اشتباكات عنيفة على الرغم من انتشار الشرطة في المدينة.",
])
def test_an_on_adverb_is_no_object(text: str) -> None:
    doc = run(text)
    for event in doc.events:
        assert not any(word in " ".join(role(doc, event, "target")) for word in ("الأقل", "الرغم"))


def test_the_doer_after_a_light_verb_with_it_is_no_target() -> None:
    doc = run("وقال إن التفجير ناجم عن هجوم انتحاري قام به تنظيم داعش في المدينة.")
    for event in doc.events:
        assert role(doc, event, "target") == [], doc.text[event.trigger_start:event.trigger_end]


def test_a_place_joined_to_the_location_is_no_target() -> None:
    doc = run("وهاجم الحوثيون مواقع للجيش في حماة والموصل مساء أمس.")
    event = only(doc, "Attack")
    assert "الموصل" not in " ".join(role(doc, event, "target"))
    assert role(doc, event, "location") == ["حماة", "الموصل"]


def test_a_definite_noun_keeps_its_definite_nisba_before_its_object() -> None:
    doc = run("وأكد شهود أن الطيران نفذ سلسلة من الغارات الجوية على المعسكر أمس.")
    assert role(doc, only(doc, "Attack"), "target") == ["المعسكر"]


@pytest.mark.parametrize(("text", "target"), [
    ("وقال الشهود إن مجهولين فجروا عدة سيارات تعود لعناصر في الحركة.", "عدة سيارات"),
    ("وفجر مسلحون سيارة يستقلها ضابط في الجيش.", "سيارة"),
    ("وهاجم الحوثيون 3 مواقع للجيش.", "3 مواقع"),
])
def test_an_owned_vehicle_or_a_counted_place_is_what_was_hit(text: str, target: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "Attack"), "target") == [target]


@pytest.mark.parametrize("text", [
    "وفجر انتحاري سيارة مفخخة قرب الحاجز.",
    "واستهدفت سيارة مفخخة حاجزا للجيش في الموصل.",
])
def test_a_rigged_vehicle_is_the_weapon(text: str) -> None:
    doc = run(text)
    for event in doc.events:
        assert "سيارة" not in " ".join(role(doc, event, "target"))
