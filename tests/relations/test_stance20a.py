"""Stance recall on politics news, session 20 (stance20a).

«دان» is «أدان» without its hamza (but «دان له بالولاء» owes loyalty); «توعّد X بـ» threatens
X; «كل من X وY» before coordinated names makes both the subject; a second subject joined
by «و» with its own title («ونظيره الإماراتي X», «ورئيس الوزراء البريطاني Y») holds the
stance too and is no object. Sentences written for the tests, each with the facts that
must be found and those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
GERMANY = E("Country", "ألمانيا", ("ألمانيا",), "Q183")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")
MOFA = E("GovernmentBody", "وزارة الخارجية الأمريكية", ("وزارة الخارجية الأمريكية",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
ABDULLAH = E("Person", "عبدالله بن زايد", ("عبدالله بن زايد",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))
CAMERON = E("Person", "ديفيد كاميرون", ("ديفيد كاميرون",))
BAN = E("Person", "بان كي مون", ("بان كي مون",))
HOUTHI = E("Person", "عبدالملك الحوثي", ("عبدالملك الحوثي",))
ERDOGAN = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان",))
DAVUTOGLU = E("Person", "أحمد داود أوغلو", ("أحمد داود أوغلو",))
SALMAN = E("Person", "سلمان بن عبدالعزيز", ("سلمان بن عبدالعزيز",))
BAGHDADI = E("Person", "أبو بكر البغدادي", ("أبو بكر البغدادي",))
ENTITIES = [IRAN, EGYPT, JORDAN, SAUDI, UAE, FRANCE, GERMANY, RUSSIA, USA, MOFA, JUBEIR,
            ABDULLAH, OBAMA, CAMERON, BAN, HOUTHI, ERDOGAN, DAVUTOGLU, SALMAN, BAGHDADI]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def holders(text: str, kind: str) -> set[str]:
    return {holder for k, holder, _ in stances(run(text)) if k == kind}


# --- «دان»: «أدان» without its hamza ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودانت وزارة الخارجية الأمريكية الهجوم على السفارة التركية في كابول.",
    "ودان الأمين العام للأمم المتحدة بان كي مون بشدة الهجوم على المدنيين.",
])
def test_dan_without_hamza_condemns(text: str) -> None:
    assert holders(text, "condemns"), stances(run(text))


@pytest.mark.parametrize("text", [
    "وكان أبو بكر البغدادي دان له بالولاء عدد من المقاتلين.",
    "ودانت مصر لحكم العثمانيين قرونا طويلة.",
])
def test_dan_of_loyalty_or_submission_is_no_condemnation(text: str) -> None:
    assert not holders(text, "condemns")


# --- «توعّد» --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وتوعدت إيران الولايات المتحدة برد قاس.", ("threatens", "إيران", "الولايات المتحدة")),
    ("وتوعد زعيم جماعة الحوثيين عبدالملك الحوثي السعودية بالرد.",
     ("threatens", "عبدالملك الحوثي", "السعودية")),
])
def test_vowed_retaliation_threatens(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_vow_with_no_one_threatened_is_no_stance() -> None:
    assert not stances(run("وتوعد بالرد على أي اعتداء."))


# --- «كل من X وY» ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "facts"), [
    ("ورحبت كل من السعودية والإمارات بالاتفاق.",
     {("welcomes", "السعودية"), ("welcomes", "الإمارات")}),
    ("ودعت كل من فرنسا وألمانيا روسيا إلى احترام الهدنة.",
     {("urges", "فرنسا"), ("urges", "ألمانيا")}),
    ("وأدانت كل من مصر والأردن الهجوم الإرهابي.",
     {("condemns", "مصر"), ("condemns", "الأردن")}),
])
def test_both_of_names_both_holders(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= {(kind, holder) for kind, holder, _ in stances(run(text))}


def test_both_of_keeps_the_object() -> None:
    found = stances(run("ودعت كل من فرنسا وألمانيا روسيا إلى احترام الهدنة."))
    assert ("urges", "فرنسا", "روسيا") in found
    assert not any(obj in {"فرنسا", "ألمانيا"} for _, _, obj in found)


def test_whoever_after_kull_man_is_no_holder() -> None:
    assert not stances(run("وأدان كل من يحترم القانون الهجوم على السفارة."))


# --- a second subject with its own title -----------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "both", "obj"), [
    ("وانتقد وزير الخارجية السعودي عادل الجبير ونظيره الإماراتي عبدالله بن زايد إيران.",
     "criticizes", {"عادل الجبير", "عبدالله بن زايد"}, "إيران"),
    ("وانتقد كل من وزير الخارجية السعودي عادل الجبير ونظيره الإماراتي عبدالله بن زايد إيران.",
     "criticizes", {"عادل الجبير", "عبدالله بن زايد"}, "إيران"),
])
def test_titled_partner_is_a_holder(text: str, kind: str, both: set[str], obj: str) -> None:
    found = stances(run(text))
    assert {(kind, holder, obj) for holder in both} <= found, found


def test_titled_partner_is_no_object() -> None:
    found = stances(run(
        "وأشاد الرئيس الأمريكي باراك أوباما ورئيس الوزراء البريطاني ديفيد كاميرون بالاتفاق."))
    assert not any(obj == "ديفيد كاميرون" for _, _, obj in found), found


@pytest.mark.parametrize(("text", "fact"), [
    # no «و»: the titled person is the one praised
    ("وأشاد الرئيس الأمريكي باراك أوباما برئيس الوزراء البريطاني ديفيد كاميرون.",
     ("praises", "باراك أوباما", "ديفيد كاميرون")),
    # the partner of the object, not of the subject, stays an object
    ("وهنأ الملك سلمان بن عبدالعزيز الرئيس التركي رجب طيب أردوغان ورئيس وزرائه أحمد داود "
     "أوغلو بفوز الحزب.", ("praises", "سلمان بن عبدالعزيز", "رجب طيب أردوغان")),
])
def test_titled_object_stays_an_object(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert fact in found, found
    assert not any(holder in {"ديفيد كاميرون", "رجب طيب أردوغان", "أحمد داود أوغلو"}
                   for _, holder, _ in found), found


# --- the place a body is «of» («المنظمة الإسلامية لتشاتانوغا») --------------------------------

CHATTANOOGA = E("City", "تشاتانوغا", ("تشاتانوغا",))
SOCIETY = E("Organization", "الجمعية الإسلامية", ("الجمعية الإسلامية",))
AMNESTY = E("Organization", "منظمة العفو الدولية", ("منظمة العفو الدولية",))
LEBANON = E("Country", "لبنان", ("لبنان",), "Q822")


def run_places(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, CHATTANOOGA, SOCIETY, AMNESTY,
                                              LEBANON]))


def test_place_of_the_body_is_no_object() -> None:
    found = stances(run_places(
        "وأدانت الجمعية الإسلامية لتشاتانوغا الكبرى الاعتداء على الجنود."))
    assert not any(obj == "تشاتانوغا" for _, _, obj in found), found


@pytest.mark.parametrize(("text", "fact"), [
    # the «ل» of the name itself («لبنان»), and a place with no object after it
    ("وانتقدت منظمة العفو الدولية لبنان بسبب معاملة اللاجئين.",
     ("criticizes", "منظمة العفو الدولية", "لبنان")),
    ("وانتقدت منظمة العفو الدولية لبنان.", ("criticizes", "منظمة العفو الدولية", "لبنان")),
])
def test_place_that_is_the_object_stays(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run_places(text))
    assert fact in found, found


# --- two stance verbs of one kind before one object («أدانت واستنكرت») -------------------------

QATAR_MOFA = E("GovernmentBody", "وزارة الخارجية القطرية", ("وزارة الخارجية القطرية",))


def run_paired(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, QATAR_MOFA]))


@pytest.mark.parametrize("text", [
    "وأدانت وزارة الخارجية القطرية واستنكرت التفجير الإرهابي.",
    "ونشرت الصحف بيان وزارة الخارجية القطرية التي أدانت واستنكرت التفجير.",
])
def test_paired_condemnation_has_the_object(text: str) -> None:
    found = stances(run_paired(text))
    assert any(kind == "condemns" and holder == "وزارة الخارجية القطرية" and
               obj.startswith("التفجير") for kind, holder, obj in found), found


def test_second_verb_of_another_kind_is_no_pair() -> None:
    # «وأيدت» is no condemnation: «أدانت» keeps no object from across it
    found = stances(run_paired("وأدانت وزارة الخارجية القطرية وأيدت القرار."))
    assert not any(kind == "condemns" and obj == "القرار" for kind, _, obj in found), found
