"""Praise, thanks and welcome on unseen local news, session 35 (praise35).

Rules tested:
- «شكرت الهيئة X على حسن استقبال وفدها وعلى رأسهم Y»: past the «على» of the deed thanked
  for, the foremost list names members of the deed's group, who are not thanked
  (kg.relations.stance_foremost); before it they are («شكر المسؤولين وعلى رأسهم Y على»).
- «وشكرت الحركة X على ...، وثمّنت دعم Y»: a body named by the bare noun of its kind right
  after a stance verb is the actor a coordinated verb goes on with (kg.relations.stance).
- «دشّن معالي أمين المنطقة الدكتور X ... . وفي جولة معالي أمين المدينة ... ثمّن معاليه
  جهود Y»: an honorific pronoun after a styled title repeated without its name stands for
  the person that style and title named earlier (kg.relations.stance_styled_repeats); not
  when the title words differ.
- «أثنى X على نظيره الروسي Y», «شكر X نظيره الروسي Y على ...»: the counterpart named past
  his nationality is praised (kg.relations.stance_counterparts).
- «تقدم X بالشكر الجزيل لـ Y على ...»: an adjective of degree after a definite noun of
  thanks is no unnamed genitive agent (kg.relations.stance_genitive_agents, lexicon).
- «مثمناً في ذات السياق جهود Y»: a phrase of context between a stance word and its object
  (kg.relations.stance_context_phrases).
- «وتقدم المهندس فرحان بن نايف الفيصل الجربا رئيس مجلس إدارة X بالشكر لـ Y على»: a name
  counts as one word toward the light verb of a stance noun (kg.relations.stance_subjects).
- «وفي ختام الحفل قدم X شكره لـ ...، كما قدم شكره لـ Y على ...»: a fronted moment of an
  occasion before the opening verb (kg.relations.stance_fronted_occasion, stance_fronted_times).
- «معرباً عن ارتياحه لنتائج الزيارة وتقديره لدور X»: a noun of feeling joined by «و» to
  another shares its light verb; support so joined does not (kg.relations.stance_light_reach).
- «وأشاد الزائر/المتطوع X بـ ...»: a visitor or a volunteer is a person noun before the
  name (kg.relations.lexicon.PERSON_NOUNS).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

JORDAN = E("Country", "الأردن", ("الأردن", "الأردنية"), "Q810")
SAUDI = E("Country", "السعودية", ("السعودية", "المملكة"), "Q851")
ABDULLAH = E("Person", "عبدالله الثاني", ("عبدالله الثاني",))
UNION = E("Organization", "اتحاد الكتاب العرب", ("اتحاد الكتاب العرب",))
SAMIR = E("Person", "سمير النجار", ("سمير النجار",))
FAHD = E("Person", "فهد الراشد", ("فهد الراشد",))
NASSER = E("Person", "ناصر العتيبي", ("ناصر العتيبي",))
FESTIVAL = E("Organization", "مهرجان الربيع", ("مهرجان الربيع",))
MOVEMENT = E("Organization", "حركة النهضة", ("حركة النهضة",))
ENTITIES = [JORDAN, SAUDI, ABDULLAH, UNION, SAMIR, FAHD, NASSER, FESTIVAL, MOVEMENT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def praised(text: str) -> set[tuple[str, str]]:
    return {(holder, target) for kind, holder, target in stances(run(text)) if kind == "praises"}


def test_a_leader_of_the_deeds_group_is_not_thanked() -> None:
    text = ("زار وفد من اتحاد الكتاب العرب الأردن. وشكر اتحاد الكتاب العرب في بيانه الملك "
            "عبدالله الثاني على حفاوة استقبال الوفد وعلى رأسهم رئيس الاتحاد سمير النجار.")
    found = praised(text)
    assert ("اتحاد الكتاب العرب", "عبدالله الثاني") in found, found
    assert ("اتحاد الكتاب العرب", "سمير النجار") not in found, found


def test_a_leader_of_the_thanked_group_is_praised() -> None:
    text = ("وأشاد اتحاد الكتاب العرب بجهود المسؤولين في الأردن وعلى رأسهم الملك "
            "عبدالله الثاني.")
    assert ("اتحاد الكتاب العرب", "عبدالله الثاني") in praised(text), stances(run(text))


def test_a_coordinated_verb_goes_on_with_a_body_named_by_its_kind() -> None:
    text = ("زار وفد من حركة النهضة المملكة. وأشادت المملكة بالزيارة. وشكرت الحركة في بيانها "
            "الملك عبدالله الثاني على حسن الضيافة، وثمّنت دعم الأردن للشعب التونسي.")
    found = praised(text)
    assert ("حركة النهضة", "الأردن") in found, found
    assert ("السعودية", "الأردن") not in found, found


STYLED = ("دشّن معالي أمين المنطقة الدكتور فهد الراشد مساء أمس فعاليات مهرجان الربيع. "
          "وقام الدكتور الراشد بقص الشريط وسط الحضور. ")


def test_an_honorific_after_an_unnamed_repeat_of_the_title() -> None:
    text = STYLED + ("وفي نهاية جولة معالي أمين المدينة في المعرض، ثمّن معاليه جهود "
                     "الشاعر ناصر العتيبي في تنظيم الأمسيات.")
    assert ("فهد الراشد", "ناصر العتيبي") in praised(text), stances(run(text))


def test_an_honorific_after_another_unnamed_title_stays_unresolved() -> None:
    text = STYLED + ("وفي نهاية جولة معالي وكيل الوزارة في المعرض، ثمّن معاليه جهود "
                     "الشاعر ناصر العتيبي في تنظيم الأمسيات.")
    assert not any(holder == "فهد الراشد" for holder, _ in praised(text)), stances(run(text))


OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))
PUTIN = E("Person", "فلاديمير بوتين", ("فلاديمير بوتين",))
RUSSIA = E("Country", "روسيا", ("روسيا", "الروسي"), "Q159")
KING = E("Person", "سلمان بن عبد العزيز", ("خادم الحرمين الشريفين",))
FARHAN = E("Person", "فرحان الجربا", ("فرحان الجربا",))
MINISTRY = E("GovernmentBody", "وزارة الثقافة", ("وزارة الثقافة",))
MORE = [OBAMA, PUTIN, RUSSIA, KING, FARHAN, MINISTRY]


def praised_more(text: str) -> set[tuple[str, str]]:
    doc = extract_relations(build_doc(text, ENTITIES + MORE))
    return {(holder, target) for kind, holder, target in stances(doc) if kind == "praises"}


@pytest.mark.parametrize("text", [
    "وأثنى الرئيس الأميركي باراك أوباما على نظيره الروسي فلاديمير بوتين في مؤتمر صحفي.",
    "وأثنى باراك أوباما صراحة على نظيره الروسي فلاديمير بوتين.",
    "وشكر باراك أوباما نظيره الروسي فلاديمير بوتين على تعاونه في الملف.",
])
def test_the_counterpart_named_past_his_nationality_is_praised(text: str) -> None:
    assert ("باراك أوباما", "فلاديمير بوتين") in praised_more(text), praised_more(text)


def test_an_unnamed_counterpart_is_not_praised() -> None:
    found = praised_more("وأثنى باراك أوباما على نظيره الروسي في مؤتمر صحفي.")
    assert not found, found


@pytest.mark.parametrize("text", [
    "وتقدم المهندس فرحان الجربا بالشكر الجزيل لخادم الحرمين الشريفين على الدعم اللامحدود.",
    "وتقدم فرحان الجربا بالشكر العميق لخادم الحرمين الشريفين على دعمه للقطاع.",
    "وعبر فرحان الجربا عن شكره الخالص لخادم الحرمين الشريفين على دعمه للقطاع.",
])
def test_thanks_of_degree_before_the_thanked(text: str) -> None:
    assert ("فرحان الجربا", "سلمان بن عبد العزيز") in praised_more(text), praised_more(text)


def test_thanks_of_degree_without_a_deed_is_no_praise() -> None:
    found = praised_more("وتقدم فرحان الجربا بالشكر الجزيل لخادم الحرمين الشريفين.")
    assert not found, found


@pytest.mark.parametrize("text", [
    "وتحدث فرحان الجربا عن الجائزة، مثمناً في ذات السياق جهود اللجنة المنظمة.",
    "وتحدث فرحان الجربا عن الجائزة، مثمناً في الوقت نفسه جهود اللجنة المنظمة.",
    "وثمّن فرحان الجربا في هذا الصدد جهود اللجنة المنظمة للمعرض.",
    "وأشاد فرحان الجربا في السياق ذاته بجهود اللجنة المنظمة.",
])
def test_a_phrase_of_context_before_a_praised_phrase(text: str) -> None:
    assert ("فرحان الجربا", "اللجنة المنظمة") in praised_more(text), praised_more(text)


def test_a_phrase_of_context_is_never_the_object() -> None:
    found = praised_more("وأشاد فرحان الجربا في هذا السياق، مؤكدا أهمية المعرض.")
    assert not found, found


LONG = E("Person", "فرحان بن نايف الفيصل الجربا", ("فرحان بن نايف الفيصل الجربا",))
ZAIN = E("Organization", "زين السعودية", ("زين السعودية",))
SHUWAIER = E("Person", "إبراهيم الشويعر", ("إبراهيم الشويعر",))
TOWN = E("GovernmentBody", "بلدية محافظة شقراء", ("بلدية محافظة شقراء",))


def praised_with(text: str, *entities: E) -> set[tuple[str, str]]:
    doc = extract_relations(build_doc(text, [*entities, KING]))
    return {(holder, target) for kind, holder, target in stances(doc) if kind == "praises"}


def test_a_long_name_counts_once_toward_the_light_verb() -> None:
    text = ("وتقدم المهندس فرحان بن نايف الفيصل الجربا رئيس مجلس إدارة “زين السعودية” "
            "بالشكر لخادم الحرمين الشريفين على الدعم الذي يوليه للقطاع.")
    found = praised_with(text, LONG, ZAIN)
    assert ("فرحان بن نايف الفيصل الجربا", "سلمان بن عبد العزيز") in found, found


def test_a_light_verb_beyond_reach_holds_no_noun() -> None:
    text = ("وتقدم المهندس فرحان بن نايف الفيصل الجربا بطلب إلى المجلس في جلسته الأخيرة "
            "بعد نقاش طويل مع الأعضاء حول بالشكر لخادم الحرمين الشريفين على الدعم.")
    assert not praised_with(text, LONG, ZAIN), praised_with(text, LONG, ZAIN)


@pytest.mark.parametrize("text", [
    "وفي ختام الحفل قدم الشيخ إبراهيم الشويعر شكره للفريق المنظم، كما قدم شكره لبلدية "
    "محافظة شقراء على جهودها في إعداد المكان.",
    "وفي نهاية حفل التخرج قدم الشيخ إبراهيم الشويعر شكره للحضور، كما قدم شكره لبلدية "
    "محافظة شقراء على جهودها في إعداد المكان.",
])
def test_a_fronted_moment_of_occasion_before_the_opening_verb(text: str) -> None:
    found = praised_with(text, SHUWAIER, TOWN)
    assert ("إبراهيم الشويعر", "بلدية محافظة شقراء") in found, found


HANIYA = E("Person", "إسماعيل هنية", ("إسماعيل هنية", "هنية"))


@pytest.mark.parametrize("text", [
    "أكد إسماعيل هنية أن الزيارة كانت ناجحة، معربا عن ارتياحه لنتائج الزيارة وتقديره "
    "لدور خادم الحرمين الشريفين في دعم القضية.",
    "وأعرب إسماعيل هنية عن ارتياحه لنتائج الزيارة وتقديره لدور خادم الحرمين الشريفين.",
])
def test_a_praise_noun_joined_to_another_feeling_shares_its_light_verb(text: str) -> None:
    found = praised_with(text, HANIYA)
    assert ("إسماعيل هنية", "سلمان بن عبد العزيز") in found, found


def test_support_joined_after_a_praised_deed_is_the_deed_owners() -> None:
    doc = extract_relations(build_doc(
        "وأعرب إسماعيل هنية عن تقديره لجهود خادم الحرمين الشريفين ودعمه للقضية الفلسطينية.",
        [HANIYA, KING]))
    assert not any(k == "supports" and s == "إسماعيل هنية" for k, s, _ in stances(doc)), \
        stances(doc)


VOLUNTEER = E("Person", "أحمد العطوي", ("أحمد العطوي",))


@pytest.mark.parametrize("text", [
    "وأشاد المتطوع أحمد العطوي بجهود وزارة الثقافة في المهرجان.",
    "وأشاد الزائر أحمد العطوي بجهود وزارة الثقافة في المهرجان.",
])
def test_a_visitor_or_volunteer_named_after_the_verb(text: str) -> None:
    found = praised_with(text, VOLUNTEER, MINISTRY)
    assert ("أحمد العطوي", "وزارة الثقافة") in found, found


def test_visitors_unnamed_hold_no_praise() -> None:
    found = praised_with("وأشاد الزوار بجهود وزارة الثقافة في المهرجان.", VOLUNTEER, MINISTRY)
    assert not found, found
