"""Stance recall on unseen news, session 14: blame laid on someone, names that read as a
clitic plus a reporting verb, the holder of criticism named after the verb that directed
it, and a subject set in quotation marks.

«ألقى X باللوم على Y» (and «يلقي اللوم على Y») criticizes Y; «ألقى كلمة» and «ألقت
القبض على» are no stance. A name such as «كيري» (Kerry) is no «ك» + «يرى»: between the
trigger and its object it does not stop the object as a reporting verb would («انتقد X
قائلا ...»). «الانتقادات التي وجهها X», «لانتقادات حادة وجهها X», «التحذير الذي أطلقه
X»: X holds the stance; «تعرض Y لانتقادات من X» too, but a warning «من» X is a warning
against X. «ودعا "أوباما" نواب الكونغرس»: the quoted name is the subject. «واستقبل X
الرئيس اليمني وأشاد بـ ...»: a verb coordinated with the opening verb in one plain clause
shares its subject, but not past «أن» or a relative pronoun. The quotation marks around
a name between a light verb and its stance noun end no clause («وأعلنت «جبهة النصرة»
رفضها لـ ...»). A body whose name opens with «و» («وزارة الداخلية») right after the subject
is the object, not a second subject joined by «و». Sentences
written for the tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.lexicon import reporting_verb
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
UEFA = E("Organization", "الاتحاد الأوروبي لكرة القدم", ("الاتحاد الأوروبي لكرة القدم",))
CONGRESS = E("Organization", "الكونغرس", ("الكونغرس",))
BLATTER = E("Person", "جوزيف بلاتر", ("جوزيف بلاتر", "بلاتر"))
KERRY = E("Person", "جون كيري", ("جون كيري",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))
NETANYAHU = E("Person", "بنيامين نتنياهو", ("بنيامين نتنياهو", "نتنياهو"))
MCCAIN = E("Person", "جون ماكين", ("جون ماكين",))
SAUDI = E("Country", "السعودية", ("السعودية", "للسعودية"), "Q851")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
AMNESTY = E("Organization", "منظمة العفو الدولية", ("منظمة العفو الدولية",))
HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))
SHIA_MOBILIZATION = E("Organization", "الحشد الشعبي", ("الحشد الشعبي",))
MBS = E("Person", "محمد بن سلمان", ("محمد بن سلمان",))
HADI = E("Person", "عبد ربه منصور هادي", ("عبد ربه منصور هادي", "هادي"))
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
NUSRA = E("Organization", "جبهة النصرة", ("جبهة النصرة",))
INTERIOR = E("Organization", "وزارة الداخلية", ("وزارة الداخلية",))
MOSCOW = E("Country", "موسكو", ("موسكو",))
APPLE = E("Organization", "أبل", ("أبل",))
POLICE = E("Organization", "شرطة دبي", ("شرطة دبي",))
ENTITIES = [IRAN, RUSSIA, UEFA, CONGRESS, BLATTER, KERRY, OBAMA, NETANYAHU, POLICE, MCCAIN,
            SAUDI, EGYPT, AMNESTY, HOUTHIS, SHIA_MOBILIZATION, MBS, HADI, UAE,
            NUSRA, INTERIOR, MOSCOW, APPLE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def kinds(doc: Document) -> set[str]:
    return {kind for kind, _, _ in stances(doc)}


# --- blame laid on someone ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وكان بلاتر ألقى باللوم على الاتحاد الأوروبي لكرة القدم في تعطيل الإصلاحات.",
     ("criticizes", "جوزيف بلاتر", "الاتحاد الأوروبي لكرة القدم")),
    ("وألقى جون كيري اللوم على إيران في تعثر المفاوضات.",
     ("criticizes", "جون كيري", "إيران")),
    ("ويلقي باراك أوباما باللوم على الكونغرس في تأخير الميزانية.",
     ("criticizes", "باراك أوباما", "الكونغرس")),
    ("ويلقي جون كيري باللوم في تعثر المفاوضات على إيران وحلفائها.",
     ("criticizes", "جون كيري", "إيران")),
])
def test_blame_laid_on_someone_criticizes_them(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    "وألقى باراك أوباما كلمة أمام الكونغرس عن الاتفاق مع إيران.",
    "وألقت شرطة دبي القبض على ثلاثة متهمين بالسرقة.",
    "وألقى جون كيري نظرة على الملفات قبل لقائه وزير خارجية روسيا.",
])
def test_a_speech_an_arrest_or_a_glance_is_no_blame(text: str) -> None:
    assert "criticizes" not in kinds(run(text))


def test_the_matter_of_the_blame_is_not_the_one_blamed() -> None:
    doc = run("ويلقي جون كيري باللوم في تعثر المفاوضات مع إيران على الكونغرس.")
    assert ("criticizes", "جون كيري", "الكونغرس") in stances(doc)
    assert ("criticizes", "جون كيري", "إيران") not in stances(doc)


# --- a name is no clitic plus a reporting verb ------------------------------------------------

def test_a_name_like_kerry_is_no_reporting_verb() -> None:
    assert reporting_verb("كيري") is None
    assert reporting_verb("ويري") is not None  # «ويرى»: and he sees
    assert reporting_verb("فيري") is not None


def test_the_object_after_a_holder_named_kerry() -> None:
    doc = run("وانتقد جون كيري بشدة تصريحات نتنياهو بشأن الاتفاق.")
    assert ("criticizes", "جون كيري", "بنيامين نتنياهو") in stances(doc)


def test_a_reporting_verb_still_ends_the_object_scan() -> None:
    doc = run("وانتقد جون كيري المفاوضات قائلا إن روسيا لم تساعد.")
    assert ("criticizes", "جون كيري", "روسيا") not in stances(doc)


# --- the holder named after the verb that directed the stance -------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وتعرض باراك أوباما لانتقادات حادة وجهها جون ماكين بسبب الاتفاق.",
     ("criticizes", "جون ماكين", "باراك أوباما")),
    ("وتعرض باراك أوباما لانتقادات لاذعة من جون ماكين.",
     ("criticizes", "جون ماكين", "باراك أوباما")),
    ("وقالت مصر إن التحذيرات التي أطلقتها إيران للسعودية لا قيمة لها.",
     ("warns", "إيران", "السعودية")),
])
def test_the_holder_after_the_verb_that_directed_it(text: str,
                                                     fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    "وحذر الخبراء من تحذيرات من إيران بشأن الملاحة.",
    "ورد جون كيري على انتقادات من إيران.",
])
def test_no_holder_after_min_without_facing(text: str) -> None:
    doc = run(text)
    assert all(subject != "إيران" for _, subject, _ in stances(doc))


# --- a subject in quotation marks -------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ('ودعا "باراك أوباما" الكونغرس إلى تقييم الاتفاق.',
     ("urges", "باراك أوباما", "الكونغرس")),
    ("واتهمت «منظمة العفو الدولية» الحوثيين بارتكاب انتهاكات خطيرة.",
     ("criticizes", "منظمة العفو الدولية", "الحوثيين")),
    ("ورفض «الحشد الشعبي» قرار الحكومة بعودة النازحين إلى تكريت.",
     ("rejects", "الحشد الشعبي", "قرار الحكومة")),
])
def test_a_quoted_name_after_the_verb_is_its_subject(text: str,
                                                      fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_a_quoted_name_that_goes_on_past_the_mark_is_not_read() -> None:
    doc = run('وانتقد "جون" ماكين الاتفاق مع إيران.')
    assert not stances(doc)


# --- a verb coordinated with the opening verb, no comma between -----------------------------

def test_a_coordinated_verb_shares_the_opening_subject() -> None:
    doc = run("واستقبل الأمير محمد بن سلمان الرئيس اليمني وأشاد بجهود الإمارات في عدن.")
    assert ("praises", "محمد بن سلمان", "الإمارات") in stances(doc)


@pytest.mark.parametrize("text", [
    "وذكر جون كيري أن الرئيس هادي استقبل الوفد وأشاد بجهود الإمارات.",
    "وزار جون كيري المدينة التي استقبلت الوفد وأشاد بجهود الإمارات.",
])
def test_not_past_a_reported_or_relative_clause(text: str) -> None:
    assert ("praises", "جون كيري", "الإمارات") not in stances(run(text))


# --- a quoted name between a light verb and its stance noun --------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأعلنت «جبهة النصرة» رفضها لقرار الحكومة.",
     ("rejects", "جبهة النصرة", "قرار الحكومة")),
    ("وأعلنت «جبهة النصرة» عن «رفضها لقرار الحكومة».",
     ("rejects", "جبهة النصرة", "قرار الحكومة")),
    ('وجدد "الحشد الشعبي" رفضه لقرار الحكومة.',
     ("rejects", "الحشد الشعبي", "قرار الحكومة")),
])
def test_a_quoted_name_is_the_light_verbs_subject(text: str,
                                                  fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


# --- a name that opens with «و» -------------------------------------------------------------

def test_a_ministry_after_the_subject_is_the_object() -> None:
    doc = run("وشكر جون كيري وزارة الداخلية على جهودها في تأمين الزيارة.")
    assert ("praises", "جون كيري", "وزارة الداخلية") in stances(doc)
    assert all(subject != "وزارة الداخلية" for _, subject, _ in stances(doc))


def test_a_name_joined_by_waw_is_still_a_second_subject() -> None:
    doc = run("وأدانت موسكو ووزارة الداخلية الهجوم على السفارة الروسية.")
    holders = {subject for kind, subject, _ in stances(doc) if kind == "condemns"}
    assert holders == {"موسكو", "وزارة الداخلية"}


# --- a stance noun inside what was said is not the reporting verb's object -----------------

def test_a_praise_inside_the_reported_clause_is_not_the_speakers() -> None:
    doc = run("أكد جون كيري لـ«الشرق الأوسط» أنه سعيد بإشادة باراك أوباما بالاتفاق.")
    assert all(subject != "جون كيري" for _, subject, _ in stances(doc))


def test_support_for_a_language_is_no_stance() -> None:
    doc = run("وبعد دعم «أبل» للغة العربية في هواتفها، زاد عدد التطبيقات العربية.")
    assert "supports" not in kinds(doc)
