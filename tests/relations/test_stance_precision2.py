"""Stance precision on unseen news, second pass: replies withheld, and objects read
from the subject's own title, its seat or the holder after «من».

«رفض X تحديد موعد» declines to say something and rejects nothing; «وحذر رئيس الوزراء
البريطاني من ...» has no object «الوزراء»; «حظي الاتفاق بإشادة من أوباما» has Obama
praising, not praised. Sentences written for the tests, each with the facts that must be
found and those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
UK = E("Country", "المملكة المتحدة", ("البريطاني",), "Q145")
UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
GOVERNMENT = E("Organization", "الحكومة اليمنية", ("الحكومة اليمنية",))
REUTERS = E("Organization", "وكالة رويترز", ("وكالة رويترز",))
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
HASSAN = E("Person", "حسن علي", ("حسن علي",))
SALMAN = E("Person", "سلمان بن عبد العزيز", ("سلمان بن عبد العزيز",))
CAMERON = E("Person", "ديفيد كاميرون", ("ديفيد كاميرون",))
FAISAL = E("Person", "خالد الفيصل", ("خالد الفيصل",))
OBAMA = E("Person", "باراك أوباما", ("أوباما",))
MECCA = E("City", "مكة المكرمة", ("مكة المكرمة",))
ADEN = E("City", "عدن", ("عدن",))
SANAA = E("City", "صنعاء", ("صنعاء",))
ENTITIES = [EGYPT, RUSSIA, IRAN, UK, UN, GOVERNMENT, REUTERS, SHOUKRY, SALEM, HASSAN, SALMAN,
            CAMERON, FAISAL, OBAMA, MECCA, ADEN, SANAA]

CAMERON_SAID = "وقال رئيس الوزراء البريطاني ديفيد كاميرون إن الوضع خطير. "
FAISAL_SAID = "وقال أمير منطقة مكة المكرمة خالد الفيصل إن الأمن مسؤولية الجميع. "


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def rejections(doc: Document) -> set[tuple[str, str, str]]:
    return {fact for fact in stances(doc) if fact[0] == "rejects"}


# --- «رفض» + a verbal noun of saying or disclosing: a reply withheld --------------------------

@pytest.mark.parametrize("text", [
    "ورفضت الحكومة اليمنية حتى الآن الكشف عن أسماء المعتقلين.",
    "ورفضت الأمم المتحدة نشر تفاصيل التقرير.",
    "ورفض حسن علي ترتيب اللاعبين بحسب مستواهم.",
    "ورفض كريم سالم الإجابة عن أسئلة الصحفيين.",
    "ورفض كريم سالم الرد على أسئلة الصحفيين.",
    "ورفض سامح شكري أمس الإدلاء بأي تصريح.",
    "ورفضت الحكومة اليمنية حتى الآن نشر تقرير اللجنة.",
])
def test_declining_to_say_or_disclose_rejects_nothing(text: str) -> None:
    assert not rejections(run(text))


def test_declining_a_request_to_comment_rejects_neither_the_paper_nor_the_seat() -> None:
    assert not rejections(run("ورفضت مصر طلبا من وكالة رويترز للتعليق على التقرير."))
    assert not stances(run("ورفض مكتب الأمم المتحدة لدى مصر طلبا من وكالة رويترز للتعليق."))


def test_a_time_adverb_is_never_the_object() -> None:
    doc = run("ورفضت مصر حتى الآن الاتهامات التي وجهتها إيران.")
    assert rejections(doc) == {("rejects", "مصر", "الاتهامات")}


@pytest.mark.parametrize(("text", "fact"), [
    ("ورفضت مصر القرار الأمريكي.", ("rejects", "مصر", "القرار الأمريكي")),
    ("ورفضت مصر مجددا الاتهامات.", ("rejects", "مصر", "الاتهامات")),
    ("ورفضت مصر تدخل إيران.", ("rejects", "مصر", "إيران")),
    ("ورفضت روسيا نشر قوات أجنبية في سوريا.", ("rejects", "روسيا", "Deployment:نشر")),
    ("ورفضت إيران الرد الأمريكي على مقترحها.", ("rejects", "إيران", "الرد الأمريكي")),
    ("ورفضت مصر تصريح الأمم المتحدة.", ("rejects", "مصر", "الأمم المتحدة")),
])
def test_a_rejection_of_a_thing_or_a_deed_stays(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


# --- the subject's own title, its place and its seat are no object ---------------------------

def test_the_genitive_of_the_subjects_own_title_is_no_object() -> None:
    doc = run(CAMERON_SAID + "وحذر رئيس الوزراء البريطاني من أن الأصوات المعتدلة تضيع.")
    assert not stances(doc)


def test_the_object_after_the_subjects_own_title_and_its_nisba() -> None:
    doc = run(CAMERON_SAID + "ورفض رئيس الوزراء البريطاني الطلب.")
    assert stances(doc) == {("rejects", "ديفيد كاميرون", "الطلب")}


def test_the_region_of_a_governors_title_is_no_object() -> None:
    doc = run(FAISAL_SAID + "وحذر أمير منطقة مكة المكرمة من الإشاعات.")
    assert not any(obj == "مكة المكرمة" for _, _, obj in stances(doc))


def test_the_object_after_a_title_whose_genitive_is_a_name() -> None:
    doc = run("وقال وزير خارجية مصر سامح شكري إن بلاده تتابع الوضع. "
              "وانتقد وزير خارجية مصر الحكومة اليمنية.")
    assert stances(doc) == {("criticizes", "سامح شكري", "الحكومة اليمنية")}


def test_a_name_joined_to_a_place_after_fi_is_where_too() -> None:
    doc = run("وأيد كريم سالم في عدن وصنعاء الحكومة اليمنية.")
    assert stances(doc) == {("supports", "كريم سالم", "الحكومة اليمنية")}


# --- «من X» after a stance noun: X holds the stance ------------------------------------------

def test_the_agent_after_min_holds_the_praise_and_is_not_praised() -> None:
    doc = run("وكان مشروع مصر قد حظي بإشادة من الرئيس أوباما وغيره من القادة.")
    assert not stances(doc)


def test_a_warning_min_names_the_danger_not_the_holder() -> None:
    doc = run("وجدد كريم سالم تحذيره من إيران، وأشاد أوباما بالاتفاق النووي.")
    # the deal is the object, as an event or as a phrase: who praises it is no party to it
    assert {("praises", "باراك أوباما", "Agreement:بالاتفاق"),
            ("praises", "باراك أوباما", "الاتفاق النووي")} & stances(doc)
    assert not any(subject == "إيران" for _, subject, _ in stances(doc))


# --- a warning's danger and an appeal's demand are not who is warned or urged ----------------

@pytest.mark.parametrize("text", [
    "ويحذر مجلس الأعمال البريطاني من أن مصر تحتاج إلى مساكن.",
    "وحذرت مصر من استباق نتائج التحقيق بعدما تحدث كريم سالم عن هجوم.",
    "ووجهت مصر تحذيرا إلى رعاياها بعدم السفر إلى سوريا.",
])
def test_nothing_after_the_danger_of_a_warning_is_warned(text: str) -> None:
    assert not stances(run(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("وحذرت روسيا إيران من عواقب التصعيد.", ("warns", "روسيا", "إيران")),
    ("ووجهت روسيا تحذيرا لإيران من عواقب التصعيد.", ("warns", "روسيا", "إيران")),
    ("وحذر كريم سالم الحكومة اليمنية من الانسياق وراء الإشاعات.",
     ("warns", "كريم سالم", "الحكومة اليمنية")),
])
def test_who_is_warned_before_the_danger_stays(text: str, fact: tuple[str, str, str]) -> None:
    assert stances(run(text)) == {fact}


@pytest.mark.parametrize("text", [
    "وقال كريم سالم إن الوضع خطير، داعيا لتمكين الأصوات المعتدلة.",
    "وجاء ذلك بدعوة سلمان بن عبد العزيز لمبايعة الأمير.",
])
def test_an_action_asked_for_after_lam_is_no_addressee(text: str) -> None:
    assert not stances(run(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("وجدد كريم سالم دعوته للدول المجاورة إلى التدخل.", ("urges", "كريم سالم", "الدول المجاورة")),
    ("وجدد كريم سالم دعوته للحكومة اليمنية للتعاون مع الأمم المتحدة.",
     ("urges", "كريم سالم", "الحكومة اليمنية")),
])
def test_an_addressee_after_lam_stays(text: str, fact: tuple[str, str, str]) -> None:
    assert stances(run(text)) == {fact}


# --- «رفض الاعتراف ب X», «رفض التعامل مع X»: X is what is rejected ---------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ورفضت مصر التعامل مع الحكومة اليمنية رسميا.", ("rejects", "مصر", "الحكومة اليمنية")),
    ("ورفضت الحكومة اليمنية التفاوض مع إيران.", ("rejects", "الحكومة اليمنية", "إيران")),
    ("ورفض كريم سالم الاعتراف بشرعية المحكمة.", ("rejects", "كريم سالم", "شرعية المحكمة")),
    ("ورفضت مصر الاعتراف بالحكومة اليمنية.", ("rejects", "مصر", "الحكومة اليمنية")),
])
def test_the_one_a_refused_dealing_is_with_is_the_object(
        text: str, fact: tuple[str, str, str]) -> None:
    assert stances(run(text)) == {fact}


def test_a_refused_dealing_with_a_pronoun_names_no_object() -> None:
    assert not stances(run("ورفضت مصر التعامل معه رسميا."))
