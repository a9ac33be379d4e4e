"""Stance objects and holders read wrong at the bar, session 41 (helper stp41).

- «رفض X الاعتراف بـ«Y»»: the «بـ» drawn out before a quote opens the one refused; the
  dealing noun alone («الاعتراف») is never the object
  (``stance_object_start._past_refused_dealing``);
- «ادعت القناة بأنني أؤيد ...»: a first-person «أن» clause of an allegation is not asserted
  (``stance_allegations.THAT``);
- «في أنحاء المملكة بشراكة مع ...»: a place governed through «أنحاء» holds no stance
  (``stance_preverbal_subjects._GOVERNED_HEADS``);
- «ننسق مع الأصدقاء», «مع بعض الجامعات»: cooperation with the speaker's private circle or
  an unidentified part of a group is not written (``stance_unnamed_partners``);
- «أبدى X دعمه الكريم»: a courtesy adjective after an owned stance noun is no object
  (``lexicon_stance_words.INTENSIFIERS``).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SALEM = E("Person", "سالم الدوسري", ("سالم الدوسري",))
SUAD = E("Person", "سعاد الخطيب", ("سعاد الخطيب",))
HALA = E("Person", "هالة منصور", ("هالة منصور",))
MOSHE = E("Person", "موشيه ليفي", ("موشيه ليفي",))
JOHN = E("Person", "جون ميلر", ("جون ميلر",))
COUNCIL = E("Organization", "المجلس الانتقالي", ("المجلس الانتقالي",))
HEALTH = E("Organization", "وزارة الصحة", ("وزارة الصحة",))
INTERIOR = E("Organization", "وزارة الداخلية", ("وزارة الداخلية",))
JORDAN = E("Country", "الأردن", ("الأردن",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "الأمريكي", "الأمريكية"))
ENTITIES = [SALEM, SUAD, HALA, MOSHE, JOHN, COUNCIL, HEALTH, INTERIOR, JORDAN, USA]


def found(text: str, entities: list[E] = ENTITIES) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, entities)))


# --- «الاعتراف بـ«...»»: the one refused, after the drawn-out «بـ» -------------------------

@pytest.mark.parametrize("text", [
    "ورفض سالم الدوسري الاعتراف بـ«المجلس الانتقالي» في العاصمة.",
    "ويقول سالم الدوسري الذي يرفض الاعتراف بـ«المجلس الانتقالي» إن الوضع صعب.",
])
def test_the_one_refused_after_a_drawn_out_ba(text: str) -> None:
    assert found(text) == {("rejects", "سالم الدوسري", "المجلس الانتقالي")}


@pytest.mark.parametrize("text", [
    "ورفض سالم الدوسري الاعتراف بـ«حكومة الإنقاذ» في العاصمة.",
    "ويقول سالم الدوسري الذي يرفض الاعتراف بـ«ثورة يناير» إن الوضع صعب.",
])
def test_the_dealing_noun_alone_is_no_object(text: str) -> None:
    assert ("rejects", "سالم الدوسري", "الاعتراف") not in found(text)


# --- «ادعت ... بأنني أؤيد»: a first-person clause of an allegation ----------------------

@pytest.mark.parametrize("text", [
    "وقالت سعاد الخطيب إن قناة محلية نشرت أكاذيب ادعت فيها بأنني أؤيد الإساءة للرموز الدينية.",
    "وقالت سعاد الخطيب إن صحيفة محلية زعمت أننا نؤيد الانقلاب.",
    "وقالت سعاد الخطيب: اتهمتني الصحيفة بأنني أدعم الانقلاب.",
])
def test_a_first_person_allegation_is_not_asserted(text: str) -> None:
    assert not found(text)


def test_a_first_person_clause_of_an_announcement_stays() -> None:
    assert found("وقالت سعاد الخطيب: أعلنت أنني أؤيد الاتفاق النووي.") == \
        {("supports", "سعاد الخطيب", "الاتفاق النووي")}


# --- «في أنحاء البلد بشراكة مع»: a place is no holder -------------------------------------

@pytest.mark.parametrize("text", [
    "وتنفذ الهيئة برامج ميدانية في أنحاء الأردن بشراكة مع وزارة الصحة.",
    "ويقيم الفريق ورشا في ربوع الأردن بشراكة مع وزارة الصحة.",
])
def test_a_place_governed_through_its_parts_holds_no_stance(text: str) -> None:
    assert not any(holder == "الأردن" for _, holder, _ in found(text))


def test_a_named_organiser_still_coordinates() -> None:
    assert found("ونظمت وزارة الصحة حملة في الأردن بالتعاون مع وزارة الداخلية.") == \
        {("coordinatesWith", "وزارة الصحة", "وزارة الداخلية")}


# --- «ننسق مع الأصدقاء»: an unnamed partner ---------------------------------------------

@pytest.mark.parametrize("text", [
    "ويقول سالم الدوسري: في العادة ننسق مع الأصدقاء للذهاب في رحلة إلى البحر.",
    "ونسقت وزارة الصحة مع بعض الجامعات الأهلية لمتابعة الحالات.",
    "وقالت هالة منصور إننا نتعاون مع الأهل والجيران في تنظيم الحفل.",
])
def test_cooperation_with_an_unnamed_partner_is_not_written(text: str) -> None:
    assert not [fact for fact in found(text) if fact[0] == "coordinatesWith"]


def test_cooperation_with_a_named_partner_stays() -> None:
    assert found("ونسقت وزارة الصحة مع وزارة الداخلية لمتابعة الحالات.") == \
        {("coordinatesWith", "وزارة الصحة", "وزارة الداخلية")}


def test_cooperation_with_a_body_described_stays() -> None:
    assert found("ونسقت وزارة الصحة مع سلطات الموانئ لمتابعة الحالات.") == \
        {("coordinatesWith", "وزارة الصحة", "سلطات الموانئ")}


# --- «دعمه الكريم»: a courtesy adjective is no object -----------------------------------

@pytest.mark.parametrize("text", [
    "وأبدى سالم الدوسري دعمه الكريم ومساندته.",
    "وأعلن سالم الدوسري دعمه السخي وتمنياته بالتوفيق.",
    "وأكدت هالة منصور دعمها اللامحدود، متمنية التوفيق.",
])
def test_a_courtesy_adjective_is_no_object(text: str) -> None:
    assert not [fact for fact in found(text) if fact[0] == "supports"]


def test_the_object_after_a_courtesy_adjective_stays() -> None:
    assert found("وأبدى سالم الدوسري دعمه الكريم للمجلس الانتقالي.") == \
        {("supports", "سالم الدوسري", "المجلس الانتقالي")}


# --- «بما تحقق من إنجاز أمني»: the thing praised, whole -------------------------------

@pytest.mark.parametrize(("text", "thing"), [
    ("وأشاد سالم الدوسري بما تحقق من إنجاز أمني كبير.", "إنجاز أمني"),
    ("وأشاد سالم الدوسري بما تحقق من إنجاز أمني، وأكد أهمية العمل.", "إنجاز أمني"),
])
def test_a_whole_thing_stays(text: str, thing: str) -> None:
    assert found(text) == {("praises", "سالم الدوسري", thing)}


# --- thanks for a courtesy: no praise (``stance_courtesies``) ------------------------------

@pytest.mark.parametrize("text", [
    "وقدم سالم الدوسري شكره لأهالي الأردن على مشاعرهم الصادقة.",
    "وشكر سالم الدوسري وزارة الصحة على تهنئتها بمناسبة العيد.",
    "وعبرت هالة منصور عن شكرها لوزارة الصحة على برقية التعزية.",
])
def test_thanks_for_a_courtesy_is_no_praise(text: str) -> None:
    assert not [fact for fact in found(text) if fact[0] == "praises"]


def test_thanks_for_a_deed_stays() -> None:
    assert found("وشكر سالم الدوسري وزارة الصحة على جهودها في مكافحة الوباء.") == \
        {("praises", "سالم الدوسري", "وزارة الصحة")}
