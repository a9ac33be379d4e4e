"""Senses of support words that are no stance (session 13, read on unseen news): a holiday
greeting («عيد سعيد», «بالعيد السعيد»), a subsidy or a prop of prices, what a device or a
service handles. Sentences written for the tests; political support stays."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
SAUDI = E("Country", "السعودية", ("السعودية", "المملكة"), "Q851")
GOOGLE = E("Organization", "جوجل", ("جوجل",))
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
OMAR = E("Person", "عمر الراشد", ("عمر الراشد",))
ENTITIES = [EGYPT, QATAR, YEMEN, SAUDI, GOOGLE, SALEM, OMAR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def supports(text: str) -> set[tuple[str, str, str]]:
    return {fact for fact in stances(run(text)) if fact[0] == "supports"}


@pytest.mark.parametrize("text", [
    "وقال كريم سالم: عيد سعيد لأهالي جدة ومصر.",
    "وهنأ كريم سالم أهالي مصر بالعيد السعيد.",
    "وقال كريم سالم في كلمته بالمناسبة السعيدة إن مصر بلد الأمن.",
    "وبعث كريم سالم برقية إلى أمير قطر يتمنى له عيدا سعيدا وعمرا مديدا.",
])
def test_a_holiday_greeting_is_no_support(text: str) -> None:
    assert supports(text) == set()


@pytest.mark.parametrize("text", [
    "جوجل تدعم خاصية الترجمة الفورية في متصفحها الجديد",
    "وأعلنت جوجل أن خدمتها للترجمة تدعم اللغتين العربية والفرنسية.",
    "جوجل تدعم ميزات جديدة للتصوير في هواتفها",
])
def test_what_a_device_or_a_service_handles_is_no_support(text: str) -> None:
    assert supports(text) == set()


@pytest.mark.parametrize("text", [
    "مصر تدعم أسعار الخبز والوقود بمليارات الجنيهات.",
    "وقررت السعودية خفض إنتاجها من النفط لدعم الأسعار.",
    "وتدعم مصر سعر صرف عملتها بالاحتياطي الأجنبي.",
])
def test_a_subsidy_or_a_price_prop_is_no_support(text: str) -> None:
    assert supports(text) == set()


@pytest.mark.parametrize(("text", "fact"), [
    ("وقالت مصر إنها سعيدة بموقف قطر.", ("supports", "مصر", "قطر")),
    ("وقال كريم سالم إن مصر تدعم قطر في مواجهة الإرهاب.", ("supports", "مصر", "قطر")),
])
def test_political_support_and_a_pleased_holder_stay(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in supports(text)


def test_an_adverb_may_stand_between_the_emotion_and_what_pleases() -> None:
    assert ("supports", "مصر", "قطر") in supports("وقالت مصر إنها سعيدة جدا بموقف قطر.")
    doc = run("وقالت مصر: لسنا سعداء أيضاً بتدخل قطر في ليبيا.")
    assert ("opposes", "مصر", "قطر") in stances(doc)


@pytest.mark.parametrize("text", [
    "وقالت مصر إنها ستطلب من قطر تفاصيل عن الحادث.",
    "وطلب كريم سالم من السعودية معلومات عن المفقودين.",
    "جوجل تطلب من مصر توضيحا بشأن القرار",
])
def test_asking_for_details_is_no_appeal(text: str) -> None:
    assert {fact for fact in stances(run(text)) if fact[0] == "urges"} == set()


def test_asking_for_a_deed_stays_an_appeal() -> None:
    assert ("urges", "مصر", "قطر") in stances(run("وطلبت مصر من قطر تسليم المطلوبين."))


@pytest.mark.parametrize("text", [
    "وقدم كريم سالم دعما للأندية الرياضية في مصر بإصداره قرارا بمبلغ مليوني ريال لكل ناد.",
    "وتدعم السعودية المزارعين في اليمن بخمسة مليارات دولار.",
])
def test_support_with_a_sum_of_money_is_a_grant(text: str) -> None:
    assert supports(text) == set()


def test_a_sum_in_another_clause_leaves_political_support() -> None:
    text = "وقال كريم سالم إن مصر تدعم قطر في مواجهة الإرهاب، وخصصت لذلك مليون دولار."
    assert ("supports", "مصر", "قطر") in supports(text)


@pytest.mark.parametrize("text", [
    "وهنأ كريم سالم أمير قطر بعيد الفطر المبارك.",
    "وهنأ الرئيس كريم سالم الملك عمر الراشد بعيد الفطر.",
    "وهنأ الرئيس المصري كريم سالم الملك عمر الراشد بحلول شهر رمضان.",
    "وبعث كريم سالم برقية إلى أمير قطر مهنئا بحلول شهر رمضان المبارك.",
    "وهنأت مصر السعودية بمناسبة ذكرى اليوم الوطني.",
])
def test_congratulations_on_a_holiday_praise_no_deed(text: str) -> None:
    assert {fact for fact in stances(run(text)) if fact[0] == "praises"} == set()


def test_congratulations_on_a_deed_stay_praise() -> None:
    doc = run("وهنأ كريم سالم قطر بنجاح تنظيم البطولة.")
    assert ("praises", "كريم سالم", "تنظيم البطولة") in stances(doc)


def test_a_club_keeping_its_player_backs_no_side() -> None:
    assert supports("وأكد كريم سالم تمسكه باللاعب وعدم الموافقة على انتقاله.") == set()
    assert supports("وأكد كريم سالم تمسك مصر بالمدرب حتى نهاية الموسم.") == set()
