"""Stance rules, session 26 (stance26).

- A city or a region that completes a title with no one named («بجهود أمير منطقة مكة
  المكرمة», «برعاية محافظ جدة») is the seat of the office, never the praised party (see
  :mod:`kg.relations.stance_title_places`); a holder named after the title is still the
  object, and a body named with the place («أمانة منطقة الرياض») too.
- Two nouns of one stance joined by «و» («شكره وثناءه لـ Y على ...», «شكره وامتنانه»): the
  second does not end the first's reach for its object (see
  :mod:`kg.relations.stance_paired_verbs`); thanks with no deed stay no praise.
- What faced or received a stance, named before the facing verb: the antecedent of
  «الذي/التي» (a named agent, or a definite noun with its adjectives of relation), or an
  indefinite noun after «وهي/وهو» («وهي خطة واجهت معارضة من X»), see
  :mod:`kg.relations.stance_received_before`; support received (mostly money) is not read,
  nor a noun with no pronoun of identity before it, nor a name that completes a noun before
  it («قرار مجلس الأمن الذي»), nor a man before «التي» («زيارة X التي»).
- A light verb right before a stance noun with the holder's pronoun («قدم شكره», «جدد دعمه»)
  names no subject there: after «، كما» it continues the sentence's opening subject, and
  opening a sentence with «و» the subject of the sentence before (see
  :mod:`kg.relations.stance_light_openers`), not across a gender mismatch or another person
  named, and thanks with no deed stay no praise.
- A title after the verb with its holder's name in quotation marks («ونوه أمين الطائف
  "المهندس X" بـ ...»): the quoted person is the subject (see
  :mod:`kg.relations.quoted_holders`); a quotation that goes on past the name is what was
  said, and names no subject.
- An indefinite part of a text with «في» and its definite text after it («رفض البرلمان نصاً
  في الدستور», «بنداً في الاتفاق النووي») is one object (see
  :mod:`kg.relations.stance_text_parts`); not for an appeal, nor before an indefinite text.
- The deed thanks are for may follow «لما» and a verb whose pronoun points back to it («لما
  قدمته من دعم») or «ل» + a deed noun («لجهودها», «لدورها»), as «على» (see
  :mod:`kg.relations.stance_thanks_deeds`); «لما» as «when», or «ل» + anything else, is none.
- «مساندته», «مساندتها»: the possessives of «مساندة» are support (see ``lexicon.STANCE``);
  material backing stays no support.
- «عالياً» between a verb of praise and its object is an adverb of manner («ثمّن X عالياً
  جهود Y»), not the object.
- A complementizer («بأن», «أن») before quotation marks opens what is said, never a head
  noun with a quoted name: «حذر X بأن "..."» warns no one named (see
  ``stance_phrases.topic_phrase``); «تشكيل "جيش الفتح"» is still one.
- A body's staff («المسؤولين», «العاملين», «الموظفين») followed by «في» and the body's name
  is the body as the object (see :mod:`kg.relations.stance_staff_bodies`); staff «في» a
  place stay a group.
- A participle after a comma continues the subject of the sentence's opening verb also when
  that subject is a person noun before the name («وفاز اللاعب X بالميدالية، مشيداً بـ ...»,
  see ``stance_clause_actors.opening_verb_subject``); not a participle of the other gender.
- Support of a sector or a field («دعمه للقطاع الصحي», «دعم المملكة للتعليم») is no side
  backed (see :mod:`kg.relations.stance_domains`); a named side or a proposal stays.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

OMARI = E("Person", "سالم العمري", ("سالم العمري",))
FAISAL = E("Person", "خالد الفيصل", ("خالد الفيصل",))
MAKKAH = E("City", "مكة المكرمة", ("مكة المكرمة",))
JEDDAH = E("City", "جدة", ("جدة",))
RIYADH = E("City", "الرياض", ("الرياض",))
AMANA = E("GovernmentBody", "أمانة منطقة الرياض", ("أمانة منطقة الرياض",))
QATAR = E("Country", "قطر", ("قطر",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
CONGRESS = E("GovernmentBody", "المؤتمر الوطني العام", ("المؤتمر الوطني العام",))
HAMAS = E("Organization", "حركة حماس", ("حركة حماس",))
NASSER = E("Person", "ناصر الفهد", ("ناصر الفهد",))
WORLD_BANK = E("Organization", "البنك الدولي", ("البنك الدولي",))
MUNICIPALITY = E("GovernmentBody", "بلدية محافظة شقراء", ("بلدية محافظة شقراء",))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
NOURA = E("Person", "نورة السالم", ("نورة السالم",))
MUKHRIJ = E("Person", "محمد المخرج", ("محمد المخرج",))
PARLIAMENT = E("GovernmentBody", "البرلمان المصري", ("البرلمان المصري",))
DELATTRE = E("Person", "فرنسوا ديلاتر", ("فرنسوا ديلاتر",))
ARAMCO = E("Organization", "شركة أرامكو", ("شركة أرامكو",))
SAUDI = E("Country", "السعودية", ("السعودية",))
ENTITIES = [OMARI, FAISAL, MAKKAH, JEDDAH, RIYADH, AMANA, QATAR, INTERIOR, CONGRESS, HAMAS,
            NASSER, WORLD_BANK, MUNICIPALITY, YEMEN_GOV, NOURA, MUKHRIJ,
            PARLIAMENT, DELATTRE, ARAMCO, SAUDI]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- the seat of an office is no party ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأشاد مدير الجامعة الدكتور سالم العمري بجهود أمير منطقة مكة المكرمة في خدمة الحجاج.",
    "وثمن مدير الجامعة الدكتور سالم العمري الرعاية الكريمة من أمير منطقة مكة المكرمة للحفل.",
    "ونوه مدير الجامعة الدكتور سالم العمري برعاية محافظ جدة للملتقى.",
])
def test_place_of_a_title_is_not_praised(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}


@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد مدير الجامعة الدكتور سالم العمري بجهود أمير منطقة مكة المكرمة الأمير خالد "
     "الفيصل في خدمة الحجاج.",
     ("praises", "سالم العمري", "خالد الفيصل")),
    ("وأشاد مدير الجامعة الدكتور سالم العمري بجهود أمانة منطقة الرياض في تنظيم الحفل.",
     ("praises", "سالم العمري", "أمانة منطقة الرياض")),
    # a country after a minister's title speaks for the state: left as it was
    ("وأشاد مدير الجامعة الدكتور سالم العمري بجهود وزير خارجية قطر.",
     ("praises", "سالم العمري", "قطر")),
])
def test_named_holder_or_body_still_praised(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


# --- two nouns of one stance ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وافتتح مدير الجامعة الدكتور سالم العمري المستشفى، مقدماً شكره وثناءه لوزارة الداخلية "
    "على جهودها في تأمين الحفل.",
    "وقدم مدير الجامعة الدكتور سالم العمري شكره وامتنانه لوزارة الداخلية على تعاونها.",
])
def test_second_thanks_noun_shares_the_object(text: str) -> None:
    assert ("praises", "سالم العمري", "وزارة الداخلية") in run(text)


def test_paired_thanks_without_deed_is_no_praise() -> None:
    text = "وقدم مدير الجامعة الدكتور سالم العمري شكره وامتنانه لوزارة الداخلية."
    assert not {f for f in run(text) if f[0] == "praises"}


# --- what faced a stance, named before the facing verb -----------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وتتولى حكومة جديدة السلطة لمدة عام، وهي خطة واجهت معارضة من المؤتمر الوطني العام.",
     ("opposes", "المؤتمر الوطني العام", "خطة")),
    ("ووافق البرلمان على القرار الذي لقي ترحيبا من حركة حماس.",
     ("welcomes", "حركة حماس", "القرار")),
    ("وتحدث الوزير عن الاتفاق النووي الذي واجه رفضا من حركة حماس.",
     ("rejects", "حركة حماس", "الاتفاق النووي")),
    ("وزار الوزير ناصر الفهد، الذي يواجه انتقادات حادة من حركة حماس، مدينة جدة.",
     ("criticizes", "حركة حماس", "ناصر الفهد")),
])
def test_faced_named_before_the_verb(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_faced_phrase_stops_at_another_definite_noun() -> None:
    # «وقع الطرفان الاتفاق»: the subject before the object is no part of it
    found = run("ووقع الطرفان الاتفاق الذي لقي ترحيبا من حركة حماس.")
    assert found == {("welcomes", "حركة حماس", "الاتفاق")}


@pytest.mark.parametrize("text", [
    # support a described thing received is mostly money
    "وزار الوفد المشروع الذي حظي بدعم من البنك الدولي.",
    # and so is support a named body received
    "وقالت شركة أرامكو، التي تلقت دعما من الحكومة اليمنية، إن الأرباح ارتفعت.",
    # an indefinite noun with no pronoun of identity before it names nothing
    "وقال الوزير إن هذه خطوة لقيت ترحيبا من حركة حماس.",
    # the decision of the council was welcomed, not the council
    "وناقش الوزير قرار المؤتمر الوطني العام الذي لقي ترحيبا من حركة حماس.",
    # «التي» after a man's name points to the visit before it
    "وتحدث الوزير عن زيارة ناصر الفهد التي لقيت ترحيبا من حركة حماس.",
])
def test_faced_before_not_read(text: str) -> None:
    assert not {f for f in run(text) if f[2] not in {"حركة حماس", "البنك الدولي",
                                                      "الحكومة اليمنية"}}


# --- a light verb with the holder's stance noun -------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقدم مدير الجامعة الدكتور سالم العمري شكره للحضور، كما قدم شكره لبلدية محافظة شقراء "
     "على جهودها في إعداد مكان الاحتفال.",
     ("praises", "سالم العمري", "بلدية محافظة شقراء")),
    ("وافتتح مدير الجامعة الدكتور سالم العمري المبنى الجديد في الرياض. وقدم شكره لوزارة "
     "الداخلية على جهودها في تأمين الحفل.",
     ("praises", "سالم العمري", "وزارة الداخلية")),
    ("وافتتح مدير الجامعة الدكتور سالم العمري المبنى الجديد في الرياض. وجدد دعمه للحكومة "
     "اليمنية في حربها على الإرهاب.",
     ("supports", "سالم العمري", "الحكومة اليمنية")),
])
def test_light_verb_with_holders_noun_continues_subject(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # a woman opens the sentence before: a masculine light verb is not hers
    "وقالت الدكتورة نورة السالم إن المبنى جاهز. وقدم شكره لوزارة الداخلية على جهودها.",
    # two people named before: who thanked is not told
    "والتقى مدير الجامعة الدكتور سالم العمري الدكتور ناصر الفهد. وقدم شكره لوزارة الداخلية "
    "على جهودها.",
    # thanks with no deed
    "وافتتح مدير الجامعة الدكتور سالم العمري المبنى الجديد. وقدم شكره لوزارة الداخلية.",
])
def test_light_verb_not_continued(text: str) -> None:
    assert not {f for f in run(text) if f[0] in {"praises", "supports"}}


# --- a quoted holder after the title --------------------------------------------------------

@pytest.mark.parametrize("text", [
    'ونوه أمين الطائف "المهندس محمد المخرج" بالرعاية الكريمة للأمير خالد الفيصل للمعرض.',
    'ونوه أمين الطائف "محمد المخرج" بالرعاية الكريمة للأمير خالد الفيصل للمعرض.',
    "ونوه أمين الطائف «المهندس محمد المخرج» بالرعاية الكريمة للأمير خالد الفيصل للمعرض.",
])
def test_quoted_holder_after_title_is_subject(text: str) -> None:
    assert ("praises", "محمد المخرج", "خالد الفيصل") in run(text)


def test_quotation_going_on_past_the_name_is_no_subject() -> None:
    text = 'وأشاد أمين الطائف "محمد المخرج يستحق الشكر" بالرعاية الكريمة للأمير خالد الفيصل.'
    assert not {f for f in run(text) if f[1] == "محمد المخرج"}


# --- a part of a text ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ورفض البرلمان المصري نصاً في الدستور يتعلق بالانتخابات.",
     ("rejects", "البرلمان المصري", "نصاً في الدستور")),
    ("وانتقدت حركة حماس بنداً في الاتفاق النووي.",
     ("criticizes", "حركة حماس", "بنداً في الاتفاق النووي")),
    ("واعترضت حركة حماس على مادة في القانون الجديد.",
     ("opposes", "حركة حماس", "مادة في القانون")),
])
def test_part_of_a_text_is_one_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # an appeal is to someone: the part of a text is no addressee
    "ودعت حركة حماس بنداً في الاتفاق إلى التطبيق.",
    # an indefinite text after «في» names nothing
    "وانتقدت حركة حماس نصاً في بيان طويل.",
])
def test_part_of_a_text_not_read(text: str) -> None:
    assert not {f for f in run(text) if "في" in f[2]}


# --- the deed thanks are for --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعرب مدير الجامعة الدكتور سالم العمري عن شكره وتقديره لوزارة الداخلية لما قدمته من "
    "دعم للطلاب.",
    "وقدم مدير الجامعة الدكتور سالم العمري شكره لوزارة الداخلية لجهودها في تأمين الحفل.",
    "وقدم مدير الجامعة الدكتور سالم العمري شكره لوزارة الداخلية لدورها الكبير في إنجاح "
    "الموسم.",
])
def test_deed_after_lima_or_lam(text: str) -> None:
    assert ("praises", "سالم العمري", "وزارة الداخلية") in run(text)


@pytest.mark.parametrize("text", [
    "وقدم مدير الجامعة الدكتور سالم العمري شكره لوزارة الداخلية لما وصل إلى الرياض.",
    "وقدم مدير الجامعة الدكتور سالم العمري شكره لوزارة الداخلية لحضور الحفل.",
])
def test_no_deed_after_lam(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}


# --- «مساندته» ------------------------------------------------------------------------------

def test_possessive_of_musanada_is_support() -> None:
    text = "وأكدت حركة حماس مساندتها للحكومة اليمنية في حربها على الإرهاب."
    assert ("supports", "حركة حماس", "الحكومة اليمنية") in run(text)


def test_material_musanada_is_no_support() -> None:
    text = "وأكدت حركة حماس مساندتها المالية للحكومة اليمنية."
    assert not {f for f in run(text) if f[0] == "supports"}


# --- «عالياً» -------------------------------------------------------------------------------

def test_highly_is_no_object() -> None:
    text = "وثمن مدير الجامعة الدكتور سالم العمري عالياً جهود وزارة الداخلية في تأمين الحفل."
    assert ("praises", "سالم العمري", "وزارة الداخلية") in run(text)


# --- a complementizer before quotation marks ----------------------------------------------

@pytest.mark.parametrize("text", [
    'وحذر السفير الفرنسي فرنسوا ديلاتر من جهته بأن "الأسابيع المقبلة ستكون حاسمة".',
    'وحذر السفير الفرنسي فرنسوا ديلاتر بان "الأسابيع المقبلة ستكون حاسمة".',
])
def test_said_after_complementizer_is_no_object(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "warns"}


def test_quoted_name_after_head_noun_still_object() -> None:
    text = 'وأدانت حركة حماس تشكيل "جيش الفتح" في سوريا.'
    assert any(f[0] == "condemns" and "جيش الفتح" in f[2] for f in run(text))


# --- a body's staff -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقدم مدير الجامعة الدكتور سالم العمري شكره للمسؤولين في وزارة الداخلية على دعمهم.",
     ("praises", "سالم العمري", "وزارة الداخلية")),
    ("وأشاد مدير الجامعة الدكتور سالم العمري بالعاملين في وزارة الداخلية على جهودهم.",
     ("praises", "سالم العمري", "وزارة الداخلية")),
    ("ودعا مدير الجامعة الدكتور سالم العمري الموظفين في وزارة الداخلية إلى الالتزام.",
     ("urges", "سالم العمري", "وزارة الداخلية")),
])
def test_staff_of_a_body_is_the_body(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_staff_in_a_place_is_no_place() -> None:
    text = "وأشاد مدير الجامعة الدكتور سالم العمري بالعاملين في الرياض على جهودهم."
    assert not {f for f in run(text) if f[2] == "الرياض"}


# --- a person noun before the opening subject's name ----------------------------------------

def test_participle_continues_person_noun_subject() -> None:
    text = "وفاز اللاعب سالم العمري بالميدالية الذهبية، مشيداً بجهود وزارة الداخلية."
    assert ("praises", "سالم العمري", "وزارة الداخلية") in run(text)


def test_participle_of_other_gender_not_continued() -> None:
    text = "وفاز اللاعب سالم العمري بالميدالية الذهبية، مشيدةً بجهود وزارة الداخلية."
    assert ("praises", "سالم العمري", "وزارة الداخلية") not in run(text)


# --- support of a sector ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكدت السعودية دعمها للقطاع الصحي في المنطقة.",
    "وأكدت السعودية دعمها للتعليم والرياضة.",
])
def test_support_of_a_sector_is_no_side(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "supports"}


def test_support_of_a_named_side_stays() -> None:
    text = "وأكدت السعودية دعمها للحكومة اليمنية في حربها على الإرهاب."
    assert ("supports", "السعودية", "الحكومة اليمنية") in run(text)
