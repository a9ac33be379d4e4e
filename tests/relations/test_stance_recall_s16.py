"""Stance recall on unseen news, session 16: a stance received or faced, with its holder
after «من» and its object the verb's subject; a stance noun with its holder after «من»;
«السعودية» as the country's name; participles in «نا» that are no first person.

«لقي الاتفاق ترحيبا من X», «حظيت مصر بدعم من X», «قوبل القرار بانتقادات من X»,
«واجهت الخطة معارضة من X»: X holds the stance toward what received or faced it (a name or
a short descriptive phrase). «وسط إشادة من X بـ Y»: the holder of a stance noun named
right after «من», its object after it. «أدانت السعودية الهجوم»: «السعودية» after a verb,
a preposition or «و» names the country; after a definite noun («الحكومة السعودية») it is
the noun's adjective. «مثمنا», «معلنا» end in «نا» but are no «our». Sentences written
for the tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
HAMAS = E("Organization", "حركة حماس", ("حركة حماس",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
FOREIGN = E("GovernmentBody", "وزارة الخارجية البحرينية", ("وزارة الخارجية البحرينية",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
ABBAS = E("Person", "محمود عباس", ("محمود عباس",))
FAISAL = E("Person", "خالد الفيصل", ("خالد الفيصل",))
KING = E("Person", "خادم الحرمين الشريفين", ("خادم الحرمين الشريفين",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
ENTITIES = [EU, UN, HAMAS, EGYPT, UAE, RUSSIA, FRANCE, QATAR, IRAN, SAUDI, JUBEIR, FOREIGN,
            INTERIOR, ABBAS, FAISAL, KING, ISRAEL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- a stance received or faced ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وحظيت مصر بدعم من الإمارات في حربها على الإرهاب.", ("supports", "الإمارات", "مصر")),
    ("ولقيت مصر إشادة واسعة من الأمم المتحدة على جهودها.",
     ("praises", "الأمم المتحدة", "مصر")),
    ("وتلقت قطر انتقادات حادة من مصر بسبب موقفها.", ("criticizes", "مصر", "قطر")),
    ("ولقي الاتفاق النووي ترحيبا من الاتحاد الأوروبي.",
     ("welcomes", "الاتحاد الأوروبي", "الاتفاق النووي")),
    ("وواجهت الخطة معارضة من حركة حماس.", ("opposes", "حركة حماس", "الخطة")),
    ("وقوبل القرار بانتقادات من روسيا.", ("criticizes", "روسيا", "القرار")),
    ("وحظي القرار بتأييد من فرنسا.", ("supports", "فرنسا", "القرار")),
])
def test_received_stance(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # a warning «من» someone is against them, not theirs
    "وتلقت مصر تحذيرات من إيران.",
    # an invitation, not a stance received
    "وتلقى الرئيس دعوة من الإمارات لزيارة أبوظبي.",
])
def test_received_stance_not_read(text: str) -> None:
    found = stances(run(text))
    assert not any(kind in {"warns", "praises"} for kind, _, _ in found)
    assert not any(obj == "الرئيس" for _, _, obj in found)


# --- the holder of a stance noun after «من» ---------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وجاء القرار وسط إشادة من الأمم المتحدة بمصر.", ("praises", "الأمم المتحدة", "مصر")),
    ("وجاء ذلك بعد انتقادات من الاتحاد الأوروبي لقطر.",
     ("criticizes", "الاتحاد الأوروبي", "قطر")),
])
def test_holder_after_min(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


# --- «السعودية» as the country --------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأدانت السعودية الهجوم الإرهابي على المسجد.", ("condemns", "السعودية", "الهجوم")),
    ("وانتقدت السعودية إيران بسبب تدخلها في اليمن.", ("criticizes", "السعودية", "إيران")),
    ("ورحبت مصر والسعودية بالاتفاق.", ("welcomes", "السعودية", "الاتفاق")),
    ("وأشاد الاتحاد الأوروبي بالسعودية.", ("praises", "الاتحاد الأوروبي", "السعودية")),
])
def test_saudi_named_by_its_adjective(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert any(kind == fact[0] and holder == fact[1] and obj.startswith(fact[2])
               for kind, holder, obj in found), found


# --- a participle in «نا» is no first person ---------------------------------------------------

def test_participle_in_na_is_no_first_person() -> None:
    found = stances(run("وقال عادل الجبير إن المملكة مستمرة في دعم مصر، مثمنا جهود الأمم المتحدة."))
    assert not any(holder == "مصر" for _, holder, _ in found)


# --- appreciation, admiration, satisfaction and anger ----------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب عادل الجبير عن تقديره لمصر.", ("praises", "عادل الجبير", "مصر")),
    ("وعبر عادل الجبير عن شكره وتقديره لقطر على مواقفها.", ("praises", "عادل الجبير", "قطر")),
    ("وأعرب عادل الجبير عن إعجابه بمصر.", ("praises", "عادل الجبير", "مصر")),
    ("وأعربت روسيا عن ارتياحها لمصر.", ("welcomes", "روسيا", "مصر")),
    ("وأعربت مصر عن غضبها من تصريحات قطر.", ("criticizes", "مصر", "قطر")),
    ("وأعرب عادل الجبير عن شكره لقطر نظير جهودها.", ("praises", "عادل الجبير", "قطر")),
])
def test_feeling_nouns(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    "وقال عادل الجبير إن الخسائر في تقديره تتجاوز ما أعلنته مصر.",
    "وبحسب تقديرات الأمم المتحدة فإن عدد اللاجئين في مصر تجاوز مليونا.",
    "وأثار القرار غضب مصر.",
])
def test_estimates_are_no_praise(text: str) -> None:
    assert not any(kind in {"praises", "criticizes"} for kind, _, _ in stances(run(text)))


# --- an official source of a body ------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأدان مصدر مسؤول في وزارة الخارجية البحرينية الهجوم على السفارة.",
     ("condemns", "وزارة الخارجية البحرينية", "الهجوم")),
    ("ودعا مصدر رسمي بوزارة الداخلية المواطنين إلى التعاون.",
     ("urges", "وزارة الداخلية", "المواطنين")),
])
def test_official_source_speaks_for_its_body(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert any(kind == fact[0] and holder == fact[1] and obj.startswith(fact[2])
               for kind, holder, obj in found), found


@pytest.mark.parametrize("text", [
    "ورفض مصدر مطلع في وزارة الداخلية الاتهامات الإيرانية.",
    "ورفضت مصادر في وزارة الداخلية الاتهامات الإيرانية.",
])
def test_informants_are_no_body(text: str) -> None:
    assert not any(holder == "وزارة الداخلية" for _, holder, _ in stances(run(text)))


# --- the subject's title closed by a comma --------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد الأمير خالد الفيصل أمير منطقة مكة المكرمة، بجهود وزارة الداخلية.",
     ("praises", "خالد الفيصل", "وزارة الداخلية")),
    ("وانتقد محمود عباس رئيس السلطة الفلسطينية، إسرائيل بسبب الاستيطان.",
     ("criticizes", "محمود عباس", "إسرائيل")),
])
def test_title_closed_by_a_comma(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_genitive_of_the_subjects_title_is_no_object() -> None:
    found = stances(run("وأشاد الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة "
                        "المكرمة بجهود وزارة الداخلية."))
    assert ("praises", "خالد الفيصل", "خادم الحرمين الشريفين") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال محمود عباس إن الوضع خطير. مثمنا دور مصر في دعم القضية.",
     ("praises", "محمود عباس", "مصر")),
    ("وقال محمود عباس إن الوضع خطير، مثمنا دور مصر.", ("praises", "محمود عباس", "مصر")),
])
def test_participle_of_a_root_in_nun_continues_the_speaker(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


# --- a holder named only by a title and a country's adjective --------------------------------

def run_titled(text: str) -> Document:
    turkish = E("Country", "تركيا", ("التركي",), "Q43")
    french = E("Country", "فرنسا", ("الفرنسي",), "Q142")
    erdogan = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان",))
    return extract_relations(build_doc(text, [turkish, french, erdogan, UN, IRAN]))


@pytest.mark.parametrize(("text", "fact"), [
    ("وندد الرئيس التركي بالهجوم على المدينة.", ("condemns", "الرئيس التركي", "الهجوم")),
    ("وانتقد وزير الخارجية الفرنسي إيران بسبب تجاربها الصاروخية.",
     ("criticizes", "وزير الخارجية الفرنسي", "إيران")),
])
def test_unnamed_title_holder(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run_titled(text))
    assert any(kind == fact[0] and holder == fact[1] and obj.startswith(fact[2])
               for kind, holder, obj in found), found


@pytest.mark.parametrize("text", [
    # the title's holder is named right after it, or earlier in the document
    "وندد الرئيس التركي رجب طيب أردوغان بالهجوم على المدينة.",
    "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تسكت. وندد الرئيس التركي بالهجوم.",
    # a feminine verb before a masculine title: the title is no subject
    "وانتقدت وزير الخارجية الفرنسي إيران.",
])
def test_unnamed_title_holder_not_read(text: str) -> None:
    assert not any(holder in {"الرئيس التركي", "وزير الخارجية الفرنسي"}
                   for _, holder, _ in stances(run_titled(text)))


# --- «سرعان ما» negates nothing; an occasion after «خلال» is no object -------------------------

def test_sur_an_ma_is_no_negation() -> None:
    doc = run("وسرعان ما ندد عادل الجبير بالهجوم على السفارة.")
    assert all(r.polarity == "positive" for r in doc.relations if r.kind == "condemns")
    assert any(kind == "condemns" for kind, _, _ in stances(doc))


def test_occasion_after_khilal_is_no_object() -> None:
    found = stances(run("وندد عادل الجبير خلال زيارة إلى مصر بالهجوم على السفارة."))
    assert ("condemns", "عادل الجبير", "مصر") not in found
    assert any(kind == "condemns" and obj.startswith("الهجوم") for kind, _, obj in found)


@pytest.mark.parametrize("text", [
    "وقاتلت الميليشيات بدعم من إيران ضد الحكومة في مصر.",
    "ونفذ المشروع بدعم من رئيس الأمم المتحدة عادل الجبير في مصر.",
])
def test_adjunct_with_ba_min_is_no_held_stance(text: str) -> None:
    assert not any(kind == "supports" for kind, _, _ in stances(run(text)))


# --- the country behind a hostile act named by its adjective ----------------------------------

def run_acts(text: str) -> Document:
    israeli = E("Country", "إسرائيل", ("الإسرائيلية",), "Q801")
    french = E("Country", "فرنسا", ("الفرنسية",), "Q142")
    return extract_relations(build_doc(text, [israeli, french, EGYPT, SAUDI, UN]))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأدانت السعودية الاعتداءات الإسرائيلية على المسجد الأقصى.",
     ("condemns", "السعودية", "إسرائيل")),
])
def test_nisba_of_a_hostile_act(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run_acts(text))


def test_nisba_in_a_descriptive_phrase_is_no_second_object() -> None:
    # s42: the phrase holds the nisba and names the thing whole; Israel is no second object
    found = stances(run_acts("وانتقدت الأمم المتحدة الممارسات الإسرائيلية في الضفة الغربية."))
    assert ("criticizes", "الأمم المتحدة", "الممارسات الإسرائيلية") in found
    assert not any(obj == "إسرائيل" for _, _, obj in found)


def test_nisba_of_a_welcomed_initiative_is_no_object() -> None:
    found = stances(run_acts("ورحبت مصر بالمبادرة الفرنسية."))
    assert not any(obj == "فرنسا" for _, _, obj in found)


# --- «وصف X بأنه» a word of blame ------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ووصف محمود عباس القانون الجديد بأنه عنصري.", ("criticizes", "محمود عباس", "القانون الجديد")),
    ("ووصفت وزارة الداخلية التفجير بالعمل الإرهابي.", ("criticizes", "وزارة الداخلية", "التفجير")),
])
def test_described_as_blame(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert any(kind == fact[0] and holder == fact[1] and obj.startswith(fact[2])
               for kind, holder, obj in found), found


@pytest.mark.parametrize("text", [
    "ووصف محمود عباس القرار بأنه خطوة إيجابية.",
    "ووصف محمود عباس الوضع في غزة بأنه خطير.",
    "ووصف محمود عباس الإرهابي الذي نفذ الهجوم بأنه شاب صغير.",
])
def test_description_without_blame(text: str) -> None:
    assert not any(kind == "criticizes" for kind, _, _ in stances(run(text)))


def test_occasion_with_a_name_in_ba() -> None:
    britain = E("Country", "بريطانيا", ("بريطانيا",), "Q145")
    doc = extract_relations(build_doc("وندد عادل الجبير خلال زيارة إلى بريطانيا اليوم.",
                                      [britain, JUBEIR]))
    assert not stances(doc)


# --- a masculine past verb before a country that takes a feminine one ------------------------

def test_masculine_verb_before_a_feminine_country_continues_the_speaker() -> None:
    found = stances(run("وقال محمود عباس إن الوضع خطير. وانتقد إسرائيل بسبب الاستيطان."))
    assert ("criticizes", "محمود عباس", "إسرائيل") in found
    assert not any(holder == "إسرائيل" for _, holder, _ in found)


def test_verbal_noun_before_a_country_is_its_agent() -> None:
    found = stances(run("وأكد عادل الجبير رفض مصر للتدخل الإيراني."))
    assert any(kind == "rejects" and holder == "مصر" for kind, holder, _ in found)
