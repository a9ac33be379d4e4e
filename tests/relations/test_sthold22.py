"""Stance holders, session 22 (sthold22).

- After «إن/أن», a noun naming the speaker's own side is the subject of the feminine
  imperfect verb: «المملكة» (Saudi Arabia), «حكومته» (the government or country of the
  speaker's title), a bare «الحكومة»/«الوزارة» that heads the body of the speaker's title.
- A press conference or a lecture is one speaker's document: «عقد X مؤتمرا صحفيا، انتقد
  فيه Y»; a name's letters are never read as the issuing verb («كيري»).
- «موقف/دور بلاده الداعم لـ Y»: the country of the person named before, through the title.
- «القيادي في حركة حماس X», «الخبير في الشؤون الإيرانية X»: a person noun, «في» and its
  complement, then the name: the name is the subject.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
IRAQ_GOV = E("GovernmentBody", "الحكومة العراقية", ("الحكومة العراقية",))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
STATE_DEPT = E("GovernmentBody", "وزارة الخارجية الأمريكية", ("وزارة الخارجية الأمريكية",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
HAMAS = E("ArmedGroup", "حماس", ("حركة حماس", "حماس"))
PA = E("GovernmentBody", "السلطة الفلسطينية", ("السلطة الفلسطينية",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير", "الجبير"))
HADITHI = E("Person", "سعد الحديثي", ("سعد الحديثي",))
ABADI = E("Person", "حيدر العبادي", ("حيدر العبادي",))
KIRBY = E("Person", "جون كيربي", ("جون كيربي",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
JUDEH = E("Person", "ناصر جودة", ("ناصر جودة",))
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
MARZOUK = E("Person", "موسى أبو مرزوق", ("موسى أبو مرزوق",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما", "أوباما"))
ENTITIES = [IRAN, EGYPT, SAUDI, IRAQ, USA, JORDAN, YEMEN, IRAQ_GOV, YEMEN_GOV,
            STATE_DEPT, HOUTHIS, HAMAS, PA, JUBEIR, HADITHI, ABADI, KIRBY, KERRY, JUDEH,
            SHOUKRY, MARZOUK, OBAMA]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- the speaker's own side after «إن/أن» ------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقال الجبير إن المملكة تدعم اليمن في مواجهة الانقلاب.", ("supports", "السعودية", "اليمن")),
    ("وأكد عادل الجبير أن المملكة تدعم الحكومة اليمنية.",
     ("supports", "السعودية", "الحكومة اليمنية")),
    ("وقال المتحدث باسم الحكومة العراقية سعد الحديثي إن حكومته ترفض التدخل التركي.",
     ("rejects", "الحكومة العراقية", "الترك")),
    ("وقال المتحدث باسم الحكومة العراقية سعد الحديثي إن الحكومة ترفض التدخل التركي.",
     ("rejects", "الحكومة العراقية", "الترك")),
    ("وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن الوزارة تدين تدخل إيران.",
     ("condemns", "وزارة الخارجية الأمريكية", "إيران")),
])
def test_speaker_side_after_that(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    kind, holder, target = fact
    assert any(k == kind and s == holder and target in o for k, s, o in found), found


@pytest.mark.parametrize("text", [
    # another head than the body of the title
    "وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن الحكومة تدين تدخل إيران.",
    # no title: whose government is unknown
    "وقال حيدر العبادي إن الحكومة ترفض التدخل التركي.",
    # not after «أن»
    "وقال المتحدث باسم الحكومة العراقية سعد الحديثي: الحكومة وحدها ترفض التدخل التركي.",
])
def test_speaker_side_needs_title_body_and_that(text: str) -> None:
    found = run(text)
    assert not any(s in {"الحكومة العراقية", "وزارة الخارجية الأمريكية", "العراق"}
                   for _, s, _ in found), found


# --- a press conference is one speaker's document ---------------------------------------------

def test_press_conference_clause_holder() -> None:
    found = run("وعقد وزير الخارجية الأمريكي جون كيري مؤتمرا صحفيا في فيينا، انتقد فيه إيران.")
    assert ("criticizes", "جون كيري", "إيران") in found, found
    assert not any(s == "إيران" for _, s, _ in found), found


def test_press_conference_own_country() -> None:
    found = run("وعقد وزير الخارجية الأردني ناصر جودة مؤتمرا صحفيا، أكد فيه دعم بلاده "
                "للحكومة العراقية.")
    assert ("supports", "الأردن", "الحكومة العراقية") in found, found


def test_joint_conference_names_no_holder() -> None:
    found = run("وعقد الجبير وكيري مؤتمرا صحفيا مشتركا، انتقد فيه التدخل الإيراني.")
    assert not any(k == "criticizes" for k, _, _ in found), found


def test_interview_outlet_is_no_holder() -> None:
    found = run("وأجرت قناة الجزيرة مقابلة مع جون كيري، انتقد فيها إيران.")
    assert not any(s == "قناة الجزيرة" for _, s, _ in found), found


# --- «موقف بلاده الداعم لـ» ---------------------------------------------------------------------

def test_role_of_his_country() -> None:
    found = run("وجدد وزير الخارجية المصري سامح شكري موقف بلاده الداعم للحكومة اليمنية.")
    assert ("supports", "مصر", "الحكومة اليمنية") in found, found


@pytest.mark.parametrize("text", [
    "وجدد سامح شكري موقف بلاده الداعم للحكومة اليمنية.",  # no title naming a country
    "وقال شكري إن إيران تواصل دور بلاده الداعم للحوثيين.",  # a nearer actor, no person
])
def test_role_of_his_country_needs_titled_person(text: str) -> None:
    found = run(text)
    assert not any(k == "supports" and s in {"مصر", "إيران"} for k, s, _ in found), found


# --- «القيادي في حركة حماس X» -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد القيادي في حركة حماس موسى أبو مرزوق السلطة الفلسطينية.",
     ("criticizes", "موسى أبو مرزوق", "السلطة الفلسطينية")),
    ("وانتقد العضو في الكونغرس الأمريكي باراك أوباما إيران.",
     ("criticizes", "باراك أوباما", "إيران")),
])
def test_person_noun_with_in_complement(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    assert fact in found, found


def test_person_noun_in_a_meeting_is_no_subject() -> None:
    found = run("وانتقد المسؤول في لقاء مع باراك أوباما السلطة الفلسطينية.")
    assert not any(s == "باراك أوباما" for _, s, _ in found), found


# --- an office tagged as a person, then the name -----------------------------------------------

AZHAR = E("Person", "شيخ الأزهر", ("شيخ الأزهر",))
TAYEB = E("Person", "أحمد الطيب", ("أحمد الطيب",))
ABDOLLAHIAN = E("Person", "أمير عبداللهيان", ("أمير عبداللهيان",))


def run_with(text: str, extra: list[E]) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, [*ENTITIES, *extra])))


@pytest.mark.parametrize("text", [
    "وأدان شيخ الأزهر أحمد الطيب الهجوم على المسجد في الكويت.",
    "وأدان شيخ الأزهر الدكتور أحمد الطيب الهجوم على المسجد في الكويت.",
])
def test_office_then_name_is_one_holder(text: str) -> None:
    found = run_with(text, [AZHAR, TAYEB])
    assert not any(o == "أحمد الطيب" for _, _, o in found), found
    assert any(k == "condemns" and s == "أحمد الطيب" for k, s, _ in found), found


def test_name_opening_with_title_word_keeps_its_object() -> None:
    found = run_with("وانتقد أمير عبداللهيان باراك أوباما.", [ABDOLLAHIAN])
    assert ("criticizes", "أمير عبداللهيان", "باراك أوباما") in found, found


# --- a title then a name kg did not tag ---------------------------------------------------------

NISBAS = [E("Country", "تركيا", ("تركيا", "التركي"), "Q43"),
          E("Country", "إسرائيل", ("إسرائيل", "الإسرائيلي"), "Q801")]

@pytest.mark.parametrize("text", [
    "وحذر وزير الدفاع الإسرائيلي موشيه يعالون إيران من مغبة التصعيد.",
    "وانتقد الرئيس التركي أحمد دغلو إيران.",
])
def test_title_before_untagged_name_is_no_unnamed_holder(text: str) -> None:
    found = run_with(text, NISBAS)
    assert not any(s.startswith(("وزير", "الرئيس")) for _, s, _ in found), found


@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد الرئيس التركي إيران.", ("criticizes", "الرئيس التركي", "إيران")),
    ("وندد الرئيس التركي بتدخل إيران.", ("condemns", "الرئيس التركي", "إيران")),
])
def test_unnamed_title_holder_still_found(text: str, fact: tuple[str, str, str]) -> None:
    found = run_with(text, NISBAS)
    assert fact in found, found


# --- a participle phrase or a relative clause on the subject before the object -------------------

OPPOSITION = E("Organization", "المعارضة السورية", ("المعارضة السورية",))
NETANYAHU = E("Person", "بنيامين نتنياهو", ("بنيامين نتنياهو", "نتنياهو"))


@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد الحوثيون المدعومون من إيران السعودية.", ("criticizes", "الحوثيون", "السعودية")),
    ("وانتقد الحوثيون الموالون لإيران الحكومة اليمنية.",
     ("criticizes", "الحوثيون", "الحكومة اليمنية")),
    ("وانتقدت المعارضة السورية المدعومة من الغرب الحكومة العراقية.",
     ("criticizes", "المعارضة السورية", "الحكومة العراقية")),
    ("وانتقد نتنياهو، الذي يعارض الاتفاق بشدة، الرئيس الأمريكي باراك أوباما.",
     ("criticizes", "بنيامين نتنياهو", "باراك أوباما")),
    ("وانتقد نتنياهو، الذي التقى جون كيري أمس، إيران.",
     ("criticizes", "بنيامين نتنياهو", "إيران")),
])
def test_object_past_subject_description(text: str, fact: tuple[str, str, str]) -> None:
    found = run_with(text, [OPPOSITION, NETANYAHU])
    assert fact in found, found


@pytest.mark.parametrize("text", [
    # a long complement: where it ends is unknown
    "وانتقد الحوثيون المدعومون من قوات الحرس الثوري الإيراني السعودية.",
    # a relative clause with no closing comma
    "وانتقد نتنياهو الذي يعارض الاتفاق إيران.",
])
def test_no_object_past_open_description(text: str) -> None:
    found = run_with(text, [OPPOSITION, NETANYAHU])
    assert not any(k == "criticizes" and o == "السعودية" for k, _, o in found), found
    assert not any(k == "criticizes" and o == "إيران" for k, _, o in found), found


# --- «، على لسان X،» and «، على هامش ...،» between the subject and the object -------------------

EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",), "Q458")
KUWAIT = E("Country", "الكويت", ("الكويت",), "Q817")


@pytest.mark.parametrize(("text", "fact"), [
    ("وندد الاتحاد الأوروبي، على لسان منسقة السياسة الخارجية فيديريكا موغيريني، بتدخل إيران.",
     ("condemns", "الاتحاد الأوروبي", "إيران")),
    ("وانتقد نتنياهو، على هامش اجتماع الحكومة، إيران.", ("criticizes", "بنيامين نتنياهو", "إيران")),
    ("وأشاد الجبير، على هامش الاجتماع، بجهود الكويت.", ("praises", "عادل الجبير", "الكويت")),
    # the verb's own «على»: still its object
    ("وأثنى الجبير، على جهود الكويت في الوساطة.", ("praises", "عادل الجبير", "الكويت")),
])
def test_on_adjunct_after_subject(text: str, fact: tuple[str, str, str]) -> None:
    found = run_with(text, [EU, KUWAIT, NETANYAHU])
    assert fact in found, found


# --- a clause in commas between the light verb's subject and the stance noun ---------------------

def test_light_verb_subject_past_relative_clause() -> None:
    found = run("وأكدت السعودية، التي تقود التحالف في اليمن، دعمها للحكومة اليمنية.")
    assert ("supports", "السعودية", "الحكومة اليمنية") in found, found


def test_light_verb_subject_past_apposition() -> None:
    found = run("وجدد الأردن، العضو في التحالف الدولي، رفضه لتدخل إيران.")
    assert any(k == "rejects" and s == "الأردن" for k, s, _ in found), found


def test_clause_with_stance_is_not_skipped_for_the_noun() -> None:
    found = run("وأكدت السعودية، التي انتقدت إيران، دعمها للحكومة اليمنية.")
    assert ("supports", "السعودية", "الحكومة اليمنية") not in found, found


# --- «المملكة» in the clause of another kingdom's official --------------------------------------

BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
KHALID = E("Person", "خالد بن أحمد", ("خالد بن أحمد",))


def test_kingdom_of_a_bahraini_speaker_is_bahrain() -> None:
    found = run_with("وقال وزير الخارجية البحريني خالد بن أحمد إن المملكة ترفض تدخل إيران.",
                     [BAHRAIN, KHALID])
    assert any(k == "rejects" and s == "البحرين" for k, s, _ in found), found
    assert not any(s == "السعودية" for _, s, _ in found), found


def test_kingdom_of_a_jordanian_speaker_is_jordan() -> None:
    found = run("وقال وزير الخارجية الأردني ناصر جودة إن المملكة تدعم الحكومة العراقية.")
    assert ("supports", "الأردن", "الحكومة العراقية") in found, found
