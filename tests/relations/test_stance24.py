"""Critical stances, session 24 (stance24).

- A person subject with the title after the name («وأدان الأمير X ولي العهد نائب رئيس
  مجلس الوزراء وزير الداخلية الحادث الإرهابي»): the title is never the object; a definite
  thing noun after a definite word of the title is («الحادث», «التدخلات», «الاتهامات»).
- «على لسان X» between the subject and the object: the spokesman's names are never the
  object («واستنكرت المملكة على لسان مصدر مسؤول بوزارة الخارجية الحادث»).
- A stance in the «أن» clause of a denial («نفى X أن تكون Y قد دعمت Z») is not asserted.
- Backing of terrorism or extremists is a charge, never a ``supports``.
- «ما وصفه بـ X»: X is the object («أدان المجلس ما وصفه بالعدوان الإسرائيلي»), never a
  name after it; «ما وصفه بأنه ...» opens a clause, no object.
- «إدانة بلاده الشديدة لـ»: the titled speaker's country past an adjective of degree;
  «رفض بلاده لأي تدخل» (the short «لأي»).
- Two office titles before one name («وانتقد رئيس الوزراء الإسرائيلي الرئيس الأمريكي باراك
  أوباما»): the name holds the second office and is no subject; a style («ولي العهد
  الأمير X», «الأسبق الدكتور X») still names the subject.
- «رفضت X السماح لـ»: a permission withheld, no rejection.
- «بلاده» after a light participle («وقال الوزير البحريني X إن ...، مؤكداً رفض بلاده لـ»):
  the country of the clause's titled actor, named in the same sentence.
- The subject's epithet and then its own name: «وأدان خادم الحرمين الشريفين الملك سلمان
  بن عبدالعزيز آل سعود الهجوم»: the name is no object, the attack is.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية", "المملكة"), "Q851")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
ETHIOPIA = E("Country", "إثيوبيا", ("إثيوبيا",), "Q115")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "واشنطن"), "Q30")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
NAYEF = E("Person", "محمد بن نايف", ("محمد بن نايف",))
ABDULLAH = E("Person", "عبدالله بن زايد", ("عبدالله بن زايد",))
KHALED = E("Person", "خالد الفيصل", ("خالد الفيصل",))
FAISAL = E("Person", "سعود الفيصل", ("سعود الفيصل",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
ZAKHAROVA = E("Person", "ماريا زاخاروفا", ("ماريا زاخاروفا",))
ZARIF = E("Person", "محمد جواد ظريف", ("محمد جواد ظريف", "ظريف"))
MOFA = E("GovernmentBody", "وزارة الخارجية", ("وزارة الخارجية",))
RU_MOFA = E("GovernmentBody", "وزارة الخارجية الروسية", ("وزارة الخارجية الروسية",))
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
JUDEH = E("Person", "ناصر جودة", ("ناصر جودة",))
HOLLANDE = E("Person", "فرانسوا هولاند", ("فرانسوا هولاند",))
SALMAN = E("Person", "سلمان بن عبد العزيز", ("خادم الحرمين الشريفين", "سلمان بن عبدالعزيز"),
           "Q367825")
ASSAD = E("Person", "بشار الأسد", ("بشار الأسد",))
ARABY = E("Person", "نبيل العربي", ("نبيل العربي",))
ARAB_LEAGUE = E("InternationalOrganization", "جامعة الدول العربية", ("جامعة الدول العربية",))
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
BILGIC = E("Person", "تانجو بيلغيتش", ("تانجو بيلغيتش",))
SYRIA_GOV = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
QATAR = E("Country", "قطر", ("قطر",), "Q846")
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",), "Q458")
MOGHERINI = E("Person", "فيديريكا موغيريني", ("فيديريكا موغيريني",))
BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
KHALID = E("Person", "خالد بن أحمد آل خليفة", ("خالد بن أحمد آل خليفة",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",), "Q76")
SALEH = E("Person", "علي عبد الله صالح", ("علي عبد الله صالح",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين",))
BARADEI = E("Person", "محمد البرادعي", ("محمد البرادعي",))
UNSC = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
HAMAS = E("ArmedGroup", "حماس", ("حركة حماس",))
ENTITIES = [SAUDI, EGYPT, ETHIOPIA, USA, IRAN, NAYEF, ABDULLAH, KHALED, FAISAL, KERRY,
            SHOUKRY, ZAKHAROVA, ZARIF, MOFA, RU_MOFA, JORDAN, FRANCE, ISRAEL, JUDEH, HOLLANDE,
            SALMAN, ASSAD, UNSC, HAMAS, OBAMA, SALEH, HOUTHIS, BARADEI, ARABY, ARAB_LEAGUE,
            TURKEY, BILGIC, SYRIA_GOV, QATAR, EU, MOGHERINI, BAHRAIN, KHALID]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- the subject's own title after the name -----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأدان صاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير "
     "الداخلية الحادث الإرهابي في محافظة القطيف.",
     ("condemns", "محمد بن نايف", "الحادث الإرهابي")),
    ("وانتقد الشيخ عبدالله بن زايد وزير الخارجية الإماراتي التدخلات الإيرانية في المنطقة.",
     ("criticizes", "عبدالله بن زايد", "التدخلات الإيرانية")),
    ("وأدان الأمير سعود الفيصل وزير الخارجية التفجير الإرهابي.",
     ("condemns", "سعود الفيصل", "التفجير الإرهابي")),
    ("ورفض الأمير خالد الفيصل أمير منطقة مكة المكرمة الاتهامات الموجهة إلى الجهات الصحية.",
     ("rejects", "خالد الفيصل", "الاتهامات الموجهة")),
])
def test_object_past_the_subjects_title(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # the compound title with no thing noun after it: the title is no object
    "وأدان صاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير "
    "الداخلية ما جرى.",
    # a name after the title may be part of it, or the object: nothing is guessed
    "وانتقد جون كيري وزير الخارجية الأمريكي إيران.",
])
def test_title_never_the_object(text: str) -> None:
    found = run(text)
    assert not any(o in {"ولي العهد", "وزير الخارجية", "وزير الداخلية"} for _, _, o in found)
    assert not any(k == "criticizes" and o == "إيران" for k, _, o in found)


def test_thing_noun_inside_the_titles_chain_is_no_object() -> None:
    # «مكافحة الإرهاب» ... «لجنة الاتفاق»: a thing noun after an indefinite word is a genitive
    found = run("ورفض الأمير خالد الفيصل رئيس لجنة الاتفاقيات الدولية ما نشر.")
    assert not any(s == "خالد الفيصل" for _, s, _ in found)


# --- «على لسان» ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("واستنكرت المملكة على لسان مصدر مسؤول بوزارة الخارجية الحادث الإرهابي.",
     ("condemns", "السعودية", "الحادث الإرهابي")),
    ("وأدانت وزارة الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا الهجوم الإرهابي "
     "على القنصلية.",
     ("condemns", "وزارة الخارجية الروسية", "الهجوم الإرهابي")),
    ("وانتقدت مصر على لسان وزير خارجيتها سامح شكري إثيوبيا.",
     ("criticizes", "مصر", "إثيوبيا")),
])
def test_object_past_the_mouthpiece(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    assert fact in found
    assert not any(o in {"وزارة الخارجية", "ماريا زاخاروفا", "سامح شكري"} for _, _, o in found)


def test_unreadable_mouthpiece_gives_no_object() -> None:
    found = run("وأدانت مصر على لسان أحد كبار مستشاري الرئاسة في القاهرة الاعتداء.")
    assert not any(s == "مصر" and k == "condemns" for k, s, _ in found)


# --- denials and charges -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ونفى المتحدث أن تكون السعودية قد دعمت المتمردين.",
    "ونفت الخارجية المصرية أن تكون مصر قد أيدت الانقلاب.",
    "وقال ظريف إن المملكة تدعم الجماعات المتطرفة.",
    "وقال الرئيس الإيراني إن الولايات المتحدة تدعم الإرهاب في المنطقة.",
    "ودعمت إيران التنظيمات الإرهابية في العراق.",
])
def test_denied_or_charged_backing_is_no_support(text: str) -> None:
    assert not any(k == "supports" for k, _, _ in run(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأكد الوزير أن السعودية تدعم جهود مكافحة الإرهاب.",
     ("supports", "السعودية", "جهود مكافحة الإرهاب")),
    ("ودعمت مصر الحكومة الليبية في حربها على الإرهاب.",
     ("supports", "مصر", "الحكومة الليبية")),
])
def test_backing_the_fight_on_terror_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


# --- «ما وصفه بـ» ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأدان مجلس الأمن ما وصفه بالعدوان الإسرائيلي على غزة.",
     ("condemns", "مجلس الأمن", "العدوان الإسرائيلي")),
    ("ورفضت حركة حماس ما أسمته بالشروط الإسرائيلية.",
     ("rejects", "حماس", "الشروط الإسرائيلية")),
    ("وانتقد وزير الخارجية الإيراني محمد جواد ظريف ما وصفه بالتدخل السعودي في اليمن.",
     ("criticizes", "محمد جواد ظريف", "التدخل السعودي")),
])
def test_object_named_in_the_holders_words(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    assert fact in found
    assert not any(o == "غزة" for _, _, o in found)


def test_charge_after_accusing_is_still_no_object() -> None:
    # «اتهم X Y بالتدخل»: the charge is not what is criticised
    found = run("واتهم وزير الخارجية الإيراني محمد جواد ظريف السعودية بالتدخل في اليمن.")
    assert not any(k == "criticizes" and o.startswith("التدخل") for k, _, o in found)


def test_described_as_a_clause_gives_no_object() -> None:
    found = run("ورفض الوزير الأردني ناصر جودة ما وصفه بأنه تدخل في الشؤون الداخلية.")
    assert not any(k == "rejects" for k, _, _ in found)


# --- «بلاده» past an adjective of degree ----------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب وزير الخارجية الأردني ناصر جودة عن إدانة بلاده الشديدة للتفجير الإرهابي.",
     ("condemns", "الأردن", "التفجير الإرهابي")),
    ("وأكد الرئيس الفرنسي فرانسوا هولاند رفض بلاده القاطع للتدخل الروسي.",
     ("rejects", "فرنسا", "التدخل الروسي")),
    ("وأعرب وزير الخارجية الأردني ناصر جودة عن رفض بلاده لأي تدخل أجنبي في سوريا.",
     ("rejects", "الأردن", "أي تدخل أجنبي")),
])
def test_own_country_past_degree_adjective(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_own_country_needs_the_lam_object() -> None:
    # «بلاده الشديدة» with no «لـ» object: nothing for the country
    found = run("وأعرب وزير الخارجية الأردني ناصر جودة عن إدانة بلاده الشديدة.")
    assert not any(s == "الأردن" for _, s, _ in found)


# --- the subject's epithet, then its name ---------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأدان خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الهجوم الإرهابي على "
     "المصلين.", ("condemns", "سلمان بن عبد العزيز", "الهجوم الإرهابي")),
    ("وانتقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس السوري بشار الأسد.",
     ("criticizes", "سلمان بن عبد العزيز", "بشار الأسد")),
])
def test_object_past_the_subjects_name_again(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


# --- two office titles before one name ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وانتقد رئيس الوزراء الإسرائيلي الرئيس الأمريكي باراك أوباما بسبب الاتفاق.",
    "واتهم وزير الإعلام اليمني السابق الرئيس المخلوع علي عبد الله صالح بالتحالف مع الحوثيين.",
])
def test_second_office_holder_is_no_subject(text: str) -> None:
    found = run(text)
    assert not any(s in {"باراك أوباما", "علي عبد الله صالح"} for _, s, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("وأدان ولي العهد الأمير محمد بن نايف الهجوم الإرهابي.",
     ("condemns", "محمد بن نايف", "الهجوم الإرهابي")),
    ("وانتقد وزير الخارجية الأسبق الدكتور محمد البرادعي السياسات الحكومية.",
     ("criticizes", "محمد البرادعي", "السياسات الحكومية")),
])
def test_style_after_a_title_keeps_the_subject(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


# --- a permission withheld ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ورفضت مصر السماح للصحفيين بدخول سيناء.",
    "ورفضت مصر الإذن للوفد بزيارة السجن.",
])
def test_permission_withheld_is_no_rejection(text: str) -> None:
    assert not any(k == "rejects" for k, _, _ in run(text))


# --- more titles and mouthpieces ------------------------------------------------------------

def test_object_past_a_definite_title_after_the_name() -> None:
    found = run("ورفض الدكتور نبيل العربي الأمين العام لجامعة الدول العربية التصريحات الإيرانية.")
    assert ("rejects", "نبيل العربي", "التصريحات الإيرانية") in found
    assert not any(o == "جامعة الدول العربية" for _, _, o in found)


@pytest.mark.parametrize(("text", "fact", "never"), [
    ("وانتقدت تركيا على لسان المتحدث باسم خارجيتها تانجو بيلغيتش الحكومة السورية.",
     ("criticizes", "تركيا", "الحكومة السورية"), "تانجو بيلغيتش"),
    ("وأدانت دولة قطر على لسان مصدر مسؤول في وزارة الخارجية الهجوم الإرهابي.",
     ("condemns", "قطر", "الهجوم الإرهابي"), "وزارة الخارجية"),
])
def test_longer_mouthpieces(text: str, fact: tuple[str, str, str], never: str) -> None:
    found = run(text)
    assert fact in found
    assert not any(o == never for _, _, o in found)


def test_mouthpiece_with_a_possessed_title() -> None:
    found = run("ورفض الاتحاد الأوروبي على لسان ممثلته العليا فيديريكا موغيريني الاتهامات.")
    assert not any(o == "فيديريكا موغيريني" for _, _, o in found)


# --- «بلاده» after a light participle -------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقال وزير الخارجية البحريني الشيخ خالد بن أحمد آل خليفة إن المنامة ستواصل جهودها، "
     "مؤكداً رفض بلاده للتدخلات الإيرانية.", ("rejects", "البحرين", "التدخلات الإيرانية")),
    ("وأكد وزير الخارجية الأردني ناصر جودة أهمية الحل السياسي، معربا عن إدانة بلاده للتفجير "
     "الإرهابي.", ("condemns", "الأردن", "التفجير الإرهابي")),
])
def test_own_country_after_a_light_participle(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_own_country_after_a_participle_needs_a_titled_actor() -> None:
    # no title names a country: nothing is written for «بلاده»
    found = run("وقال ناصر جودة إن الاجتماع كان مثمرا، مؤكداً رفض بلاده للتدخلات الإيرانية.")
    assert not any(k == "rejects" for k, _, _ in found)
