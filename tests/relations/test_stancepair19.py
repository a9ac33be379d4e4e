"""Stances between two parties on unseen news, session 19: coordination agreed on, standing
side by side, criticism aimed, holders' appositions and titles that name a quoted body or sit
between dashes, and objects that are not the stance's.

«اتفقت X و Y على تنسيق المواقف» is the pair's coordination (not when negated or only its
importance); «تقف X مع Y جنبا إلى جنب» is support; «وجه X نقدا حادا لـ Y» is criticism, but
«نقدا» after another verb is cash; «انتقد X رئيس لجنة ... في "فيفا" تصريحات Y» reads past
the quoted body of the title, and «X القيادي في Y» is X's own apposition, never the object;
«نفى X - رئيس كتلة Y - توقف الحملة» denies what follows the dashes; «استياءها من عدم نقد X
لـ Y» names no criticism of Y; «تتهم X إيران بدعم الحوثيين» is a charge, not the Houthis
backing Iran. Sentences written for the tests, each with the facts that must be found and
those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, stances_of
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
INDIA = E("Country", "الهند", ("الهند",), "Q668")
PAKISTAN = E("Country", "باكستان", ("باكستان",), "Q843")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
HAMAS = E("ArmedGroup", "حماس", ("حماس",))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
FIFA = E("Organization", "فيفا", ("فيفا",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
SCALA = E("Person", "ماركو سكالا", ("ماركو سكالا",))
BLATTER = E("Person", "بلاتر", ("بلاتر",))
MESHAAL = E("Person", "خالد مشعل", ("خالد مشعل",))
MOUSA = E("Person", "عمرو موسى", ("عمرو موسى",))
AARAJI = E("Person", "قاسم الأعرجي", ("قاسم الأعرجي",))
ENTITIES = [SAUDI, EGYPT, IRAN, INDIA, PAKISTAN, YEMEN, JORDAN, HOUTHIS, HAMAS, YEMEN_GOV, FIFA,
            JUBEIR, SHOUKRY, SCALA, BLATTER, MESHAAL, MOUSA, AARAJI]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- coordination agreed on ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("واتفقت السعودية ومصر على تنسيق المواقف في المحافل الدولية.", ("السعودية", "مصر")),
    ("واتفق عادل الجبير مع سامح شكري على التعاون في ملف مكافحة الإرهاب.",
     ("عادل الجبير", "سامح شكري")),
    ("واتفق وزير الخارجية عادل الجبير ونظيره المصري سامح شكري على التنسيق الكامل بشأن اليمن.",
     ("عادل الجبير", "سامح شكري")),
])
def test_agreement_on_coordination_is_the_pairs(text: str, pair: tuple[str, str]) -> None:
    assert pair in stances_of(run(text), "coordinatesWith")


@pytest.mark.parametrize("text", [
    "ولم تتفق السعودية ومصر على تنسيق المواقف في المحافل الدولية.",
    "واتفقت السعودية ومصر على أهمية التنسيق في المحافل الدولية.",
    "واتفقت السعودية على التعاون مع الأردن ومصر في ملف المياه.",
])
def test_no_coordination_without_an_agreement_of_two(text: str) -> None:
    assert ("السعودية", "مصر") not in stances_of(run(text), "coordinatesWith")


# --- standing side by side ----------------------------------------------------------------------

def test_standing_side_by_side_is_support() -> None:
    doc = run("وقال الوزير إن السعودية تقف مع اليمن جنبا إلى جنب في مواجهة الإرهاب.")
    assert ("السعودية", "اليمن") in stances_of(doc, "supports")


def test_standing_behind_an_attack_is_no_support() -> None:
    doc = run("وقال الوزير إن الحوثيين يقفون وراء الهجوم على اليمن.")
    assert not stances_of(doc, "supports")


# --- criticism aimed ----------------------------------------------------------------------------

def test_aimed_criticism() -> None:
    doc = run("ووجه عمرو موسى نقدا حادا لحركة حماس بسبب موقفها من المصالحة.")
    assert ("عمرو موسى", "حماس") in stances_of(doc, "criticizes")


def test_cash_is_no_criticism() -> None:
    doc = run("ودفعت السعودية المبلغ نقدا لحركة حماس قبل الموعد.")
    assert not stances_of(doc, "criticizes")


# --- the holder's title and apposition ----------------------------------------------------------

def test_title_closed_by_a_quoted_body() -> None:
    doc = run('وانتقد ماركو سكالا رئيس لجنة المراجعة في "فيفا" تصريحات بلاتر الأخيرة.')
    assert ("ماركو سكالا", "بلاتر") in stances_of(doc, "criticizes")


@pytest.mark.parametrize(("text", "kind"), [
    ("وانتقد خالد مشعل القيادي في حماس قرار مصر إغلاق المعبر.", "criticizes"),
    ("وانتقد خالد مشعل القيادي في «حماس» قرار مصر إغلاق المعبر.", "criticizes"),
    ("وأشاد خالد مشعل القيادي في «حماس» بموقف مصر من الحصار.", "praises"),
])
def test_leading_member_is_the_holders_apposition(text: str, kind: str) -> None:
    found = stances_of(run(text), kind)
    assert ("خالد مشعل", "مصر") in found
    assert all(obj in {"مصر"} for _, obj in found)


def test_denial_past_a_title_in_dashes() -> None:
    doc = run("ونفى قاسم الأعرجي - رئيس كتلة بدر النيابية - توقف الحملة العسكرية في الأنبار.")
    assert any(holder == "قاسم الأعرجي" and obj.startswith("توقف الحملة")
               for holder, obj, _, _ in facts(doc, "denies"))


# --- objects that are not the stance's ----------------------------------------------------------

def test_no_object_past_an_act_not_done() -> None:
    doc = run("وأبدت الهند استياءها من عدم نقد العرب لباكستان بعد الهجوم.")
    assert ("الهند", "باكستان") not in stances_of(doc, "criticizes")


def test_charge_of_backing_is_no_backing() -> None:
    doc = run("وتتهم الحكومة اليمنية إيران بدعم الحوثيين في حربهم على عدن.")
    assert ("الحوثيون", "إيران") not in stances_of(doc, "supports")
    assert ("الحكومة اليمنية", "إيران") in stances_of(doc, "criticizes")


def test_backing_adjunct_still_read() -> None:
    doc = run("وسيطر الحوثيون بدعم من إيران على مدينة عمران.")
    assert ("إيران", "الحوثيون") in stances_of(doc, "supports")


# --- a stance noun joined by «و», held by its pronoun's body -----------------------------------

@pytest.mark.parametrize(("text", "holders"), [
    ("وأشاد الوزير بمواقف السعودية وقيادتها الحكيمة ووقوفها الدائم إلى جانب اليمن.",
     {"السعودية"}),
    ("وأشاد الوزير بمواقف السعودية ومصر ووقوفهما إلى جانب اليمن.", {"السعودية", "مصر"}),
])
def test_stance_noun_held_by_its_pronouns_body(text: str, holders: set[str]) -> None:
    assert {(holder, "اليمن") for holder in holders} <= stances_of(run(text), "supports")


def test_no_holder_for_a_pronoun_with_two_bodies() -> None:
    doc = run("وأشاد الوزير بمواقف السعودية ومصر ووقوفها إلى جانب اليمن.")
    assert not stances_of(doc, "supports")


def test_standing_beside_with_ba() -> None:
    doc = run("وأعلنت مصر أنها تقف بجانب اليمن في هذه المرحلة.")
    assert stances_of(doc, "supports") == {("مصر", "اليمن")}


def test_feminine_verb_in_a_mans_words_is_not_his() -> None:
    doc = run("وقال عمرو موسى: السعودية أنقذت اليمن من الحرب، ووقفت بجانب اليمن في محنته.")
    assert ("عمرو موسى", "اليمن") not in stances_of(doc, "supports")


# --- what a denial denies -----------------------------------------------------------------------

def test_denial_is_not_the_quote_of_the_participle_after_it() -> None:
    doc = run('ونفى قاسم الأعرجي توقف الحملة العسكرية في الأنبار، مجددا التأكيد على أن "النصر '
              'بات قريبا".')
    denied = [obj for holder, obj, _, _ in facts(doc, "denies") if holder == "قاسم الأعرجي"]
    assert denied and all(obj.startswith("توقف الحملة") for obj in denied)


def test_a_lone_closing_quote_opens_nothing() -> None:
    doc = run('وقال المصدر إن القوة قتلت المسلحين في قضاء المقدادية شمال بغداد". '
              "ونفى قاسم الأعرجي توقف الحملة العسكرية في الأنبار.")
    assert any(holder == "قاسم الأعرجي" and obj.startswith("توقف الحملة")
               for holder, obj, _, _ in facts(doc, "denies"))
