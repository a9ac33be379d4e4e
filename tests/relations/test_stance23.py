"""Stance recall, session 23 (stance23).

- A backer named by a country's nisba adverb after a passive participle of backing:
  «قوات النظام المدعومة إيرانياً وروسياً» (Iran and Russia back the regime); an adverb of
  no country («شعبياً», «دولياً», «عربياً») names no backer.
- A second country joined by «و» to the agent of «المدعومة من»: «من السعودية والإمارات»;
  never a second side that is no country («من التحالف والجيش الوطني»: the army is more
  often a second subject).
- The unnamed agent of a feminine verbal noun: «أعرب الوزير البحريني X عن إدانة المملكة لـ»
  is Bahrain's condemnation (never one of «المملكة»); «إدانة الدولة/بلاده لـ» the titled
  speaker's country.
- «الميليشيات الحوثية» as an object is the Houthis, when the document names them.
- A light verb's subject past an adjunct in commas: «وأكد X، في تصريح صحفي، رفضه لـ».
- A faced or received stance with titles: «لقي القرار ترحيب الرئيس المصري X», «وتعرض رئيس
  الوزراء اليوناني X لانتقادات من Y».
- «إشادة بلاده بـ Y»: the titled speaker's country praises Y («دعم بلاده بالسلاح»: no fact).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
SYRIA_REGIME = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
LIBYA_GOV = E("GovernmentBody", "حكومة الوفاق", ("حكومة الوفاق",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("جماعة الحوثي", "الحوثيين", "الحوثيون"))
SDF = E("ArmedGroup", "قوات سوريا الديمقراطية", ("قوات سوريا الديمقراطية",))
RESISTANCE = E("ArmedGroup", "المقاومة الشعبية", ("المقاومة الشعبية",))
COALITION = E("InternationalOrganization", "التحالف العربي", ("التحالف العربي",))
ARMY = E("GovernmentBody", "الجيش الوطني", ("الجيش الوطني",))
ENTITIES = [IRAN, RUSSIA, SAUDI, UAE, SYRIA_REGIME, YEMEN_GOV, LIBYA_GOV, HOUTHIS, SDF,
            RESISTANCE, COALITION, ARMY]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- backers named by nisba adverbs -----------------------------------------------------------

@pytest.mark.parametrize(("text", "facts"), [
    ("وتقدمت قوات النظام السوري المدعوم إيرانياً نحو ريف حماة.",
     {("supports", "إيران", "النظام السوري")}),
    ("وتتقدم قوات النظام السوري المدعوم إيرانياً وروسياً في ريف حلب الجنوبي.",
     {("supports", "إيران", "النظام السوري"), ("supports", "روسيا", "النظام السوري")}),
    ("وتواصل جماعة الحوثي المدعومة إيرانيا هجماتها على المدن الحدودية.",
     {("supports", "إيران", "الحوثيون")}),
    ("وسيطرت قوات سوريا الديمقراطية المدعومة أمريكيا على بلدة جديدة شرق الفرات.",
     {("supports", "الولايات المتحدة", "قوات سوريا الديمقراطية")}),
    ("وقال مراقبون إن الحكومة اليمنية المدعومة سعوديا تستعد لدخول صنعاء.",
     {("supports", "السعودية", "الحكومة اليمنية")}),
])
def test_nisba_adverb_backer(text: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= run(text)


@pytest.mark.parametrize("text", [
    "وتسيطر حكومة الوفاق المدعومة دوليا على العاصمة منذ أشهر.",   # no single backer
    "وهاجم الحوثيون المدعومون عربيا مدينة عدن أمس.",                 # «عربياً»: no country
    "وفاز المرشح المدعوم شعبيا في الانتخابات البلدية.",               # no named head
    "وتقدمت القوات الحكومية المدعومة، وإيرانيا لم يصدر أي تعليق.",   # comma: another clause
])
def test_no_backer_without_a_country_adverb(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "supports"}


# --- a second country after the agent of «من» -------------------------------------------------

def test_second_country_agent() -> None:
    facts = run("وتقدمت قوات الحكومة اليمنية المدعومة من السعودية والإمارات نحو تعز.")
    assert {("supports", "السعودية", "الحكومة اليمنية"),
            ("supports", "الإمارات", "الحكومة اليمنية")} <= facts


def test_second_agent_not_a_country() -> None:
    facts = run("وتمكنت المقاومة الشعبية المدعومة من التحالف العربي والجيش الوطني من تحرير عدن.")
    assert ("supports", "التحالف العربي", "المقاومة الشعبية") in facts
    assert ("supports", "الجيش الوطني", "المقاومة الشعبية") not in facts


def test_second_agent_after_a_non_country() -> None:
    facts = run("وتقدم الحوثيون المدعومون من التحالف العربي والسعودية نحو صنعاء.")
    assert ("supports", "السعودية", "الحوثيون") not in facts


def test_country_name_spelling_needs_tanween() -> None:
    """«روسيا» is Russia's name: read as the adverb only when written «روسياً»."""
    facts = run("وتتقدم قوات النظام السوري المدعوم إيرانياً وروسيا في ريف حلب.")
    assert ("supports", "إيران", "النظام السوري") in facts
    assert ("supports", "روسيا", "النظام السوري") not in facts


# --- the speaker's own side as the unnamed agent of a feminine verbal noun --------------------

BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
UAE_STATE = E("Country", "الإمارات العربية المتحدة", ("الإمارات العربية المتحدة",), "Q878")
KHALID = E("Person", "خالد بن أحمد", ("خالد بن أحمد",))
ABDULLAH = E("Person", "عبدالله بن زايد", ("عبدالله بن زايد",))
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
KINGDOM_MISC = E("Miscellaneous", "المملكة", ("المملكة",))
STATE_MISC = E("Miscellaneous", "الدولة", ("الدولة",))
OWN_SIDE = [BAHRAIN, EGYPT, UAE_STATE, KHALID, ABDULLAH, SHOUKRY, IRAN]


def run_own(text: str, extra: tuple[E, ...] = ()) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, [*OWN_SIDE, *extra])))


@pytest.mark.parametrize(("text", "extra", "holder"), [
    ("وأعرب وزير الخارجية البحريني خالد بن أحمد عن إدانة المملكة للهجوم الإرهابي.",
     (KINGDOM_MISC,), "البحرين"),
    ("وأعرب وزير الخارجية الإماراتي عبدالله بن زايد عن إدانة الدولة للهجوم الإرهابي.",
     (STATE_MISC,), "الإمارات العربية المتحدة"),
    ("وأكد وزير الخارجية المصري سامح شكري إدانة بلاده للهجوم الإرهابي.", (), "مصر"),
])
def test_own_side_agent_of_feminine_noun(text: str, extra: tuple[E, ...], holder: str) -> None:
    facts = run_own(text, extra)
    assert ("condemns", holder, "الهجوم الإرهابي") in facts
    assert not {f for f in facts if f[1] in {"خالد بن أحمد", "عبدالله بن زايد", "سامح شكري"}}


@pytest.mark.parametrize(("text", "extra"), [
    # «المملكة» is no side of a minister whose country is no kingdom
    ("وأعرب وزير الخارجية الإماراتي عبدالله بن زايد عن إدانة المملكة للهجوم الإرهابي.",
     (KINGDOM_MISC,)),
    # no title that names a country: no holder, and never the genitive as the object
    ("وأعرب عبدالله بن زايد عن إدانة الدولة للهجوم الإرهابي.", (STATE_MISC,)),
])
def test_own_side_agent_needs_the_country(text: str, extra: tuple[E, ...]) -> None:
    facts = run_own(text, extra)
    assert not {f for f in facts if f[0] == "condemns" and f[1] != "السعودية"}
    assert not {f for f in facts if f[2] in {"المملكة", "الدولة"}}


def test_possessive_noun_keeps_the_light_verb_subject() -> None:
    """«عن إدانته للهجوم»: the suffix names the subject, as before."""
    facts = run_own("وأعرب سامح شكري عن إدانته للهجوم الإرهابي.")
    assert ("condemns", "سامح شكري", "الهجوم الإرهابي") in facts


# --- militias described by a named group's adjective, as the object ---------------------------

KHASROUF = E("Person", "محسن خصروف", ("محسن خصروف",))
YASSIN = E("Person", "رياض ياسين", ("رياض ياسين",))
GROUPS = [HOUTHIS, KHASROUF, YASSIN, YEMEN_GOV]
NAMED = "وتقدم الحوثيون نحو مدينة عدن. "


def run_groups(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, GROUPS)))


@pytest.mark.parametrize(("text", "fact"), [
    (NAMED + "وانتقد الخبير محسن خصروف الميليشيات الحوثية بشدة.",
     ("criticizes", "محسن خصروف", "الحوثيون")),
    (NAMED + "وندد وزير الخارجية رياض ياسين بالميليشيات الحوثية.",
     ("condemns", "رياض ياسين", "الحوثيون")),
    (NAMED + "وحمل الخبير محسن خصروف الميليشيات الحوثية المسؤولية عن الفوضى.",
     ("criticizes", "محسن خصروف", "الحوثيون")),
])
def test_described_militias_are_the_group(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run_groups(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # another adjective
    (NAMED + "وانتقد الخبير محسن خصروف الميليشيات المسلحة بشدة.",
     ("criticizes", "محسن خصروف", "الحوثيون")),
    # the militias are only the genitive of what is rejected
    (NAMED + "ورفضت الحكومة اليمنية شروط الميليشيات الحوثية.",
     ("rejects", "الحكومة اليمنية", "الحوثيون")),
])
def test_no_group_without_its_adjective(text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in run_groups(text)


def test_no_group_the_document_does_not_name() -> None:
    facts = stances(extract_relations(build_doc(
        "وانتقد الخبير محسن خصروف الميليشيات الحوثية بشدة.", [KHASROUF])))
    assert ("criticizes", "محسن خصروف", "الحوثيون") not in facts


# --- a light verb's subject past an adjunct of circumstance in commas -------------------------

JUDEH = E("Person", "ناصر جودة", ("ناصر جودة",))
SISI = E("Person", "عبد الفتاح السيسي", ("عبد الفتاح السيسي",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")
ADJUNCT = [JUDEH, SISI, KERRY, USA, KHALID, IRAN]


def run_adjunct(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ADJUNCT)))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب وزير الخارجية البحريني خالد بن أحمد، في كلمته أمام الجمعية العامة، عن إدانته "
     "للتدخلات الإيرانية.", ("condemns", "خالد بن أحمد", "التدخلات الإيرانية")),
    ("وأكد وزير الخارجية الأردني ناصر جودة، في تصريح صحفي، رفضه للتدخلات الإيرانية.",
     ("rejects", "ناصر جودة", "التدخلات الإيرانية")),
    ("وأعرب الرئيس المصري عبد الفتاح السيسي، خلال لقائه وزير الخارجية الأمريكي جون كيري، عن "
     "تقديره للولايات المتحدة.", ("praises", "عبد الفتاح السيسي", "الولايات المتحدة")),
    ("وأعرب وزير الخارجية الأردني ناصر جودة، عن ترحيبه بالاتفاق النووي.",
     ("welcomes", "ناصر جودة", "الاتفاق النووي")),
])
def test_light_verb_past_an_adjunct_in_commas(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run_adjunct(text)


@pytest.mark.parametrize("text", [
    # the subject does not end at the first comma: another clause stands between
    "وأعرب ناصر جودة عن ارتياحه، في تصريح صحفي، عن ترحيبه بالاتفاق.",
    # no light verb in reach
    "وقال الوزير إن الحكومة، في ظل الظروف الحالية، عن رفضها للتدخل.",
    # the clause in commas holds a stance word of its own
    "وأكد ناصر جودة، في رفضه للاتفاق، دعمه للحكومة.",
])
def test_no_holder_past_other_commas(text: str) -> None:
    facts = run_adjunct(text)
    assert not {f for f in facts if f[0] in {"welcomes", "rejects"} and f[1] == "ناصر جودة"
                and f[2] in {"الاتفاق", "التدخل"}}
    assert ("supports", "ناصر جودة", "الحكومة") not in facts


# --- a faced or received stance: a titled holder in construct, a titled subject that faces ----

TSIPRAS = E("Person", "ألكسيس تسيبراس", ("ألكسيس تسيبراس", "تسيبراس"))
SCHAEUBLE = E("Person", "فولفغانغ شويبله", ("فولفغانغ شويبله",))
KRUGMAN = E("Person", "بول كروغمان", ("بول كروغمان",))
MCCAIN = E("Person", "جون ماكين", ("جون ماكين",))
FACED = [TSIPRAS, SCHAEUBLE, KRUGMAN, MCCAIN, KERRY, SISI]


def run_faced(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, FACED)))


@pytest.mark.parametrize(("text", "fact"), [
    ("وتعرض رئيس الوزراء اليوناني ألكسيس تسيبراس لانتقادات حادة من بول كروغمان.",
     ("criticizes", "بول كروغمان", "ألكسيس تسيبراس")),
    ("وواجه وزير الخارجية الأمريكي جون كيري انتقادات من السيناتور جون ماكين.",
     ("criticizes", "جون ماكين", "جون كيري")),
    ("وواجه تسيبراس انتقادات وزير المالية الألماني فولفغانغ شويبله.",
     ("criticizes", "فولفغانغ شويبله", "ألكسيس تسيبراس")),
    ("ولقي وزير الخارجية الأمريكي جون كيري ترحيب الرئيس المصري عبد الفتاح السيسي.",
     ("welcomes", "عبد الفتاح السيسي", "جون كيري")),
])
def test_faced_with_titles(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run_faced(text)


@pytest.mark.parametrize("text", [
    # not faced: a titled person after a verbal noun with nothing after him may be its object
    "وأكد الوزير دعم الرئيس المصري عبد الفتاح السيسي.",
    # a relative clause between the facing verb and the noun
    "وتعرض المسؤول الذي انتقد تسيبراس أمس لانتقادات من بول كروغمان.",
    # no stance faced
    "وتعرض وزير الخارجية الأمريكي جون كيري لحادث سير.",
])
def test_no_faced_holder(text: str) -> None:
    facts = run_faced(text)
    assert not {f for f in facts if f[1] in {"عبد الفتاح السيسي", "بول كروغمان"}}
    assert not {f for f in facts if f[2] == "جون كيري"}


# --- «بلاده» before «بـ» for nouns of praise, welcome and condemnation -------------------------

HAMMOND = E("Person", "فيليب هاموند", ("فيليب هاموند",))
CARTER = E("Person", "آشتون كارتر", ("آشتون كارتر",))
UK = E("Country", "المملكة المتحدة", ("المملكة المتحدة",), "Q145")


def test_own_country_before_ba() -> None:
    facts = stances(extract_relations(build_doc(
        "وأكد وزير الخارجية البريطاني فيليب هاموند إشادة بلاده بالجهود السعودية.",
        [HAMMOND, UK, SAUDI])))
    assert ("praises", "المملكة المتحدة", "السعودية") in facts


def test_no_own_country_before_an_instrument() -> None:
    """«دعم بلاده بالسلاح»: «بـ» after a noun of backing names an instrument."""
    facts = stances(extract_relations(build_doc(
        "وأكد وزير الدفاع الأمريكي آشتون كارتر دعم بلاده بالسلاح.", [CARTER, USA])))
    assert not {f for f in facts if f[0] == "supports"}
