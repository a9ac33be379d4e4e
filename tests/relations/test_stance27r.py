"""Stance rules, session 27 (stance27r): constructions of unseen news prose.

- «رفض X وY القول ما إذا كانا ...»: declining to say is no rejection; «القول» is a verbal
  noun of saying (see :mod:`kg.relations.stance_decoys`); «رفض قول الوزير» (what another
  said) stays one.
- «دعت واشنطن الأردن إلى مؤتمر روما», «ولم تدع سوريا إلى مؤتمر روما»: a meeting right after
  «إلى» is an invitation, not an appeal (``stance._MEETINGS``); «إلى عقد مؤتمر» and a
  meeting named before «إلى» («المشاركين في المؤتمر إلى») stay appeals.
- A title repeated with a country of its own and a name after it («وانتقد وزير الخارجية
  السعودي X» after «وزير الخارجية السوري Y») is a new title, held by the one named (see
  :mod:`kg.relations.stance_titled_holders`); a bare repeat still names no one new.
- «بشكل غير مباشر», «بصورة قاطعة», «بلهجة حادة» between the verb and its object are phrases
  of manner (see :mod:`kg.relations.stance_manner`); a definite noun after the head is none.
- «وطالبت ألمانيا من روسيا عدم تحريك القوات»: «عدم» after the one asked opens the demand,
  as «أن» does (``stance_asked.demanded_from``); «طالب X من حزب Y بعدم» names a party.
- A name in the genitive of the «بـ» demand of an appeal («مطالبا بقتلة X», «طالبت بإقالة
  وزير الداخلية X») is not the one urged; a name after «بشأن»/«حول» inside the object
  phrase is what the thing is about, not the object (see :mod:`kg.relations.stance_demands`).
- «ودعت X إلى ... بأسرع وقت ممكن، إلا أنها لم تدعم Y»: «إلا أن»/«غير أن» open an asserted
  clause, which «ممكن» before them does not frame (``stance_scope._NOT_THAT``), and the
  pronoun of «إلا أنها»/«غير أنه» before the verb (or before «لم» and the verb) is the
  subject of the sentence's opening verb (see :mod:`kg.relations.stance_but_pronouns`); an
  expectation right before «أن» still frames its clause.
- «أعرب عن تقديره للجهود التي تبذلها مصر», «للجهد القومي والمخلص الذي تبذله مصر»: a noun of
  appreciation with «ل» before a deed praises the deed's doer, as «أشاد بالجهود التي ...»
  does (see ``deeds.deed_actor``); appreciation of a thing with no doer names no one.
- «عاهل» (monarch) is a title head (``lexicon.TITLE_HEADS``): «وأعرب الملك X عاهل البحرين عن
  تقديره لمصر» is X's praise, not Bahrain's, and «أشاد الملك X عاهل البحرين بـ Y» praises Y,
  not Bahrain; «العاهل الأردني الملك X» holds the title.
- Thanks «على» a deed with a possessive pronoun («على اهتمامه بلبنان»): a name after that noun
  completes the deed, and is not the one thanked (see :mod:`kg.relations.stance_demands`);
  the one thanked named before «على» stays.
- «عشوائي», «تعسفي», «غاشم» are descriptions that criticize (``lexicon.DESCRIBED_AS``):
  «ووصف X القصف بأنه عشوائي»; «وصف الزيارة بأنها ناجحة» stays no stance.
- «وطلب X من المنطقة الاعتراف بطلب القيد»: a phrase after «طلب من» that runs into a derived
  verbal noun («الاعتراف», «التدخل») is the one asked plus the demand, and names no one asked
  (see :mod:`kg.relations.stance_demands`); «من الشركات الكبرى دعم» (an adjective) stays.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HAMDI = E("Person", "حمدي سالم", ("حمدي سالم",))
KAREEM = E("Person", "كريم ناصر", ("كريم ناصر",))
FARIS = E("Person", "فارس العلي", ("فارس العلي",))
WALEED = E("Person", "وليد الحسن", ("وليد الحسن",))
OTHMAN = E("Person", "عثمان الصالح", ("عثمان الصالح",))
NABIL = E("Person", "نبيل عادل", ("نبيل عادل",))
SYRIA = E("Country", "سوريا", ("سوريا",))
IRAN = E("Country", "إيران", ("إيران",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "واشنطن"))
JORDAN = E("Country", "الأردن", ("الأردن",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
GERMANY = E("Country", "ألمانيا", ("ألمانيا",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
CHINA = E("Country", "الصين", ("الصين",))
KOREA = E("Country", "كوريا الشمالية", ("كوريا الشمالية",))
BAHRAIN = E("Country", "البحرين", ("البحرين",))
EGYPT = E("Country", "مصر", ("مصر",))
PARTY = E("Organization", "حزب الوفد", ("حزب الوفد",))
LEAGUE = E("Organization", "الجامعة العربية", ("الجامعة العربية",))
COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
GOVERNMENT = E("GovernmentBody", "الحكومة المصرية", ("الحكومة المصرية",))
ENTITIES = [HAMDI, KAREEM, FARIS, WALEED, OTHMAN, NABIL, SYRIA, IRAN, USA, JORDAN, ISRAEL,
            GERMANY, RUSSIA, CHINA, KOREA, BAHRAIN, EGYPT, PARTY, LEAGUE, COUNCIL, GOVERNMENT]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


def kinds(text: str, kind: str) -> set[tuple[str, str, str]]:
    return {f for f in run(text) if f[0] == kind}


# --- declining to say ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ورفض حمدي سالم وكريم ناصر القول ما إذا كانا ينويان طلب قرار جديد من مجلس الأمن.",
    "ورفض حمدي سالم القول متى ستبدأ المفاوضات مع إيران.",
])
def test_declining_to_say_is_no_rejection(text: str) -> None:
    assert not kinds(text, "rejects")


def test_rejecting_what_another_said_stays() -> None:
    found = run("ورفض حمدي سالم قول كريم ناصر إن الحكومة فشلت.")
    assert any(f[0] == "rejects" and f[1] == "حمدي سالم" for f in found)


# --- invited to a meeting -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودعت الولايات المتحدة الأردن إلى مؤتمر روما الأربعاء القادم.",
    "ولم تدع سوريا وحليفتها إيران إلى مؤتمر روما.",
    "ودعت الجامعة العربية الأردن إلى اجتماع طارئ في القاهرة.",
])
def test_invited_to_a_meeting_is_no_appeal(text: str) -> None:
    assert not kinds(text, "urges")


@pytest.mark.parametrize(("text", "fact"), [
    ("ودعت الولايات المتحدة الأردن إلى عقد مؤتمر دولي لوقف الحرب.",
     ("urges", "الولايات المتحدة", "الأردن")),
    ("ودعا حمدي سالم مجلس الأمن إلى وقف فوري لإطلاق النار.",
     ("urges", "حمدي سالم", "مجلس الأمن")),
])
def test_appeal_to_hold_a_meeting_stays(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


# --- a title repeated with a country and a name of its own --------------------------------

def test_title_of_another_country_with_its_holder_named() -> None:
    text = ("جاء ذلك بعد محادثات في دمشق مع وزير الخارجية السوري وليد الحسن. "
            "وفي باريس انتقد وزير الخارجية السعودي فارس العلي إسرائيل.")
    assert ("criticizes", "فارس العلي", "إسرائيل") in run(text)
    assert not any(f[1] == "وليد الحسن" for f in run(text))


def test_bare_repeat_of_another_country_names_no_one() -> None:
    text = ("جاء ذلك بعد محادثات في دمشق مع وزير الخارجية السوري وليد الحسن. "
            "وفي باريس انتقد وزير الخارجية السعودي إسرائيل.")
    assert not any(f[1] == "وليد الحسن" for f in kinds(text, "criticizes"))


# --- phrases of manner --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد حمدي سالم بشكل غير مباشر الولايات المتحدة.",
     ("criticizes", "حمدي سالم", "الولايات المتحدة")),
    ("ورفض حمدي سالم بصورة قاطعة الاقتراح الإسرائيلي.",
     ("rejects", "حمدي سالم", "الاقتراح الإسرائيلي")),
])
def test_manner_phrase_is_passed(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_manner_head_with_a_definite_noun_is_not_passed() -> None:
    found = kinds("وانتقد حمدي سالم بشكل الحكومة المصرية الجديدة.", "criticizes")
    assert not any("شكل" in f[2] for f in found)


# --- «طالب X من Y عدم ...» --------------------------------------------------------------

def test_demand_of_not_doing_after_the_one_asked() -> None:
    assert ("urges", "ألمانيا", "روسيا") in run("وطالبت ألمانيا من روسيا عدم تحريك القوات.")


def test_party_of_the_subject_is_not_asked() -> None:
    assert not kinds("وطالب النائب نبيل عادل من حزب الوفد بعدم تمرير القانون.", "urges")


# --- names inside the demand or inside what a thing is about ------------------------------

@pytest.mark.parametrize("text", [
    "ورفض كريم ناصر مبايعته في دمشق مطالبا بقتلة عثمان الصالح.",
    "وطالب حزب الوفد بمحاكمة قتلة الصحفي عثمان الصالح.",
])
def test_name_in_the_demand_is_not_urged(text: str) -> None:
    assert not {f for f in kinds(text, "urges") if f[2] == "عثمان الصالح"}


def test_addressee_before_the_demand_stays() -> None:
    found = run("وطالب حزب الوفد الحكومة المصرية بمحاكمة قتلة الصحفي عثمان الصالح.")
    assert ("urges", "حزب الوفد", "الحكومة المصرية") in found
    assert ("urges", "حزب الوفد", "عثمان الصالح") not in found


@pytest.mark.parametrize("text", [
    "وأبدت الصين معارضتها لعقد محادثات خماسية بشأن طموحات كوريا الشمالية النووية.",
    "وانتقد حمدي سالم تصريحات الوزير حول إيران.",
])
def test_name_the_thing_is_about_is_not_the_object(text: str) -> None:
    assert not {f for f in run(text) if f[2] in {"كوريا الشمالية", "إيران"}}


def test_name_before_about_stays_the_object() -> None:
    assert ("criticizes", "حمدي سالم", "إيران") in \
        run("وانتقد حمدي سالم إيران بشأن برنامجها النووي.")


# --- «إلا أنها» before the verb ---------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ودعت ألمانيا إلى وقف لإطلاق النار بأسرع وقت ممكن، إلا أنها لم تدعم الاقتراح "
     "الإسرائيلي.", ("supports", "ألمانيا", "الاقتراح الإسرائيلي")),
    ("وزار حمدي سالم القاهرة أمس، غير أنه انتقد الحكومة المصرية.",
     ("criticizes", "حمدي سالم", "الحكومة المصرية")),
])
def test_but_pronoun_is_the_opening_subject(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_but_pronoun_negated_stance_is_negative() -> None:
    doc = extract_relations(build_doc(
        "ودعت ألمانيا إلى وقف لإطلاق النار بأسرع وقت ممكن، إلا أنها لم تدعم الاقتراح "
        "الإسرائيلي.", ENTITIES))
    assert [r.polarity for r in doc.relations if r.kind == "supports"] == ["negative"]


def test_expected_clause_is_still_unasserted() -> None:
    assert not kinds("ومن المتوقع أن ترفض ألمانيا الاقتراح الروسي.", "rejects")


def test_but_pronoun_of_the_other_gender_names_no_one() -> None:
    found = kinds("وزار حمدي سالم القاهرة أمس، غير أنها انتقدت الحكومة المصرية.",
                  "criticizes")
    assert not {f for f in found if f[1] == "حمدي سالم"}


# --- appreciation of a deed ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعرب حمدي سالم عن تقديره للجهود التي تبذلها الجامعة العربية في خدمة القضايا العربية.",
    "وأعرب حمدي سالم عن تقديره للجهد القومي والمخلص الذي تبذله الجامعة العربية.",
])
def test_appreciation_of_a_deed_praises_its_doer(text: str) -> None:
    assert ("praises", "حمدي سالم", "الجامعة العربية") in run(text)


def test_appreciation_of_a_thing_without_doer_names_no_one() -> None:
    found = kinds("وأعرب حمدي سالم عن تقديره للجهود المبذولة في القاهرة.", "praises")
    assert not {f for f in found if f[2] == "الجامعة العربية"}


# --- «عاهل» is a title ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعرب الملك حمدي سالم عاهل البحرين عن تقديره لمصر.",
    "وأشاد الملك حمدي سالم عاهل البحرين بالجهود التي تبذلها مصر.",
    "وأشاد عاهل البحرين الملك حمدي سالم بالجهود التي تبذلها مصر.",
])
def test_monarch_title_is_the_subjects_own(text: str) -> None:
    found = kinds(text, "praises")
    assert ("praises", "حمدي سالم", "مصر") in found
    assert not {f for f in found if "البحرين" in f[1:]}


def test_monarch_title_alone_praises_no_named_person() -> None:
    found = kinds("وأشاد عاهل البحرين بالجهود التي تبذلها مصر.", "praises")
    assert not {f for f in found if f[1] == "مصر" or f[2] == "البحرين"}


# --- thanks for a deed, and what the deed concerns ---------------------------------------

def test_name_completing_the_thanked_deed_is_not_praised() -> None:
    found = kinds("وشكر رئيس الحكومة نبيل عادل في اتصال هاتفي على اهتمامه بمصر.", "praises")
    assert not {f for f in found if f[2] == "مصر"}


def test_one_thanked_before_the_deed_stays() -> None:
    assert ("praises", "حمدي سالم", "الحكومة المصرية") in \
        run("وشكر حمدي سالم الحكومة المصرية على دعمها لمصر.")


# --- descriptions that criticize ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ووصف حمدي سالم القصف الإسرائيلي بأنه عشوائي.",
    "ووصف حمدي سالم القرار الإسرائيلي بأنه تعسفي.",
])
def test_described_as_indiscriminate_criticizes(text: str) -> None:
    assert any(f[0] == "criticizes" and f[1] == "حمدي سالم" for f in run(text))


def test_described_as_successful_is_no_stance() -> None:
    assert not kinds("ووصف حمدي سالم الزيارة بأنها ناجحة.", "criticizes")


# --- the one asked does not run into the demand -------------------------------------------

@pytest.mark.parametrize("text", [
    "وطلب حزب الوفد من المنطقة الاعتراف بطلب القيد أولا.",
    "وطلب حزب الوفد من الجهات المعنية الالتزام بالقرار.",
    "وطلب حزب الوفد من اللجنة العليا التدخل.",
])
def test_asked_phrase_running_into_the_demand_names_no_one(text: str) -> None:
    assert not kinds(text, "urges")


@pytest.mark.parametrize(("text", "asked"), [
    ("وطلب حزب الوفد من الشركات الكبرى دعم الفريق.", "الشركات الكبرى"),
    ("وطلب حزب الوفد من الحكومة المصرية الالتزام بالقرار.", "الحكومة المصرية"),
])
def test_asked_before_the_demand_stays(text: str, asked: str) -> None:
    assert ("urges", "حزب الوفد", asked) in run(text)
