"""Statements and positions on fresh news, session 20 (vox20).

A surname particle («فان», «فون», «دي») left out of a later mention of a foreign person
(«وكشف فان بيرسي أن») opens the subject, not an unnamed one («فإن» without its hamza);
the verb «بيّن» spelt like the preposition «بين» reports speech at the head of its
sentence («وبيّن من جهته X أن», «وأبان X أن»), «بيّنت» anywhere, each only with a content
of its own («وبين الحين والآخر أكد X أن» is the preposition); a style of address before a title
(«وأوضح معالي وزير الصحة الدكتور X») opens the subject; the head of a body named by
reference («رئيس مجلس إدارة النادي», «أمين منطقة X» of «أمانة منطقة X») leads it; a
quotation closed before «، بحسب X» is X's.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, said, said_speakers
from tests.relations.docbuilder import E, build_doc

ROBBEN = E("Person", "آريين فان دايك", ("آريين فان دايك", "دايك"))
URSULA = E("Person", "أورسولا فون دير لاين", ("أورسولا فون دير لاين", "دير لاين"))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
MAZEN = E("Person", "مازن العمري", ("مازن العمري",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
CLUB = E("Organization", "النادي الأدبي بجدة", ("النادي الأدبي بجدة",))
MILK = E("Organization", "شركة الألبان الوطنية", ("شركة الألبان الوطنية",))
STEEL = E("Organization", "شركة الحديد المتحدة", ("شركة الحديد المتحدة",))
AMANA = E("GovernmentBody", "أمانة منطقة تبوك", ("أمانة منطقة تبوك",))
ENTITIES = [ROBBEN, URSULA, SAMI, MAZEN, HEALTH, UAE, CLUB, MILK, STEEL, AMANA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- a surname particle before a shorter mention -----------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("وقع المدافع آريين فان دايك عقده الجديد. وكشف فان دايك أن المفاوضات استمرت شهرين "
     "كاملين.", "آريين فان دايك"),
    ("زارت أورسولا فون دير لاين العاصمة. وأكدت فون دير لاين أن الاتحاد سيدعم المشروع.",
     "أورسولا فون دير لاين"),
])
def test_particle_opens_the_named_subject(text: str, speaker: str) -> None:
    assert speaker in said_speakers(run(text))


def test_particle_reading_needs_a_person_next() -> None:
    # «فإن» spelt without hamza before a common noun is still no name
    doc = run("وقال سامي الحربي إن الموسم صعب. وأضاف فان الأمور لا تسير بالاتجاه الصحيح.")
    assert said_speakers(doc) <= {"سامي الحربي"}


# --- «بيّن» at the head of its sentence --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وبيّن من جهته سامي الحربي؛ أن المشروع تأخر بسبب نقص التمويل.",
    "وبين سامي الحربي أن المشروع تأخر بسبب نقص التمويل.",
    "كما بيّن سامي الحربي أن المشروع تأخر بسبب نقص التمويل.",
])
def test_shown_at_sentence_head_reports(text: str) -> None:
    assert ("سامي الحربي", "المشروع تأخر بسبب نقص التمويل") in said(run(text))


def test_feminine_shown_reports_anywhere() -> None:
    doc = run("أطلقت الوزارة حملة جديدة، وبيّنت وزارة الصحة أن الحملة تستهدف مليون طفل.")
    assert "وزارة الصحة" in said_speakers(doc)


@pytest.mark.parametrize("text", [
    "وأبان سامي الحربي أن المشروع تأخر بسبب نقص التمويل.",
    "وقال سامي الحربي إن العمل بدأ. وأبان أن المشروع تأخر بسبب نقص التمويل.",
])
def test_manifested_at_sentence_head_reports(text: str) -> None:
    assert ("سامي الحربي", "المشروع تأخر بسبب نقص التمويل") in said(run(text))


@pytest.mark.parametrize(("text", "speaker"), [
    # the content is the next verb's: «بين» / «إبان» are particles here
    ("وبين الحين والآخر أكد مازن العمري أن المشروع سيكتمل.", "مازن العمري"),
    ("وبين سامي الحربي ومازن العمري، قال مازن العمري إن الخلاف انتهى.", "مازن العمري"),
    ("وإبان الحرب أكد مازن العمري أن المشروع سيكتمل.", "مازن العمري"),
])
def test_particle_before_another_verb(text: str, speaker: str) -> None:
    assert said_speakers(run(text)) == {speaker}


@pytest.mark.parametrize("text", [
    "وبين سامي الحربي ومازن العمري خلاف قديم حول الأرض.",  # «between», no content clause
    "وقال مازن العمري إن الفرق بين سامي الحربي وأن يكون لاعبا كبيرا واضح.",  # mid-sentence
])
def test_between_is_no_verb(text: str) -> None:
    assert "سامي الحربي" not in said_speakers(run(text))


# --- a style of address before the title ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأوضح معالي أمين منطقة الرياض الدكتور سامي الحربي أن المشاريع تسير وفق الخطة.",
    "وقال سعادة مدير عام التعليم سامي الحربي إن المدارس جاهزة لاستقبال الطلاب.",
    "وأكد فضيلة الشيخ سامي الحربي أن الصيام واجب على كل مسلم بالغ.",
])
def test_style_opens_the_titled_subject(text: str) -> None:
    assert said_speakers(run(text)) == {"سامي الحربي"}


def test_style_word_before_a_name_of_a_country_stays() -> None:
    doc = run("وأعلنت دولة الإمارات أن الحدود ستفتح الأسبوع المقبل.")
    assert "سامي الحربي" not in said_speakers(doc)


# --- the head of a body named before ------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("أقام النادي الأدبي بجدة أمسية شعرية. وقال رئيس مجلس إدارة النادي سامي الحربي إن "
     "الأمسية نجحت.", "النادي الأدبي بجدة"),
    ("أعلنت شركة الألبان الوطنية أرباحها. وقال الرئيس التنفيذي للشركة سامي الحربي إن "
     "الأرباح جيدة.", "شركة الألبان الوطنية"),
    ("طرحت أمانة منطقة تبوك مشروعات جديدة. وأوضح أمين منطقة تبوك سامي الحربي أن "
     "المشروعات تخدم الأحياء.", "أمانة منطقة تبوك"),
])
def test_head_of_body_named_before_leads(text: str, body: str) -> None:
    assert ("سامي الحربي", body) in pairs(run(text), "leads")


@pytest.mark.parametrize("text", [
    # two companies named before: «الشركة» is either
    "وقعت شركة الألبان الوطنية وشركة الحديد المتحدة اتفاقية. وقال رئيس مجلس إدارة الشركة "
    "سامي الحربي إن الاتفاقية مهمة.",
    # a deputy does not lead
    "أعلنت شركة الألبان الوطنية أرباحها. وقال نائب رئيس مجلس إدارة الشركة سامي الحربي إن "
    "الأرباح جيدة.",
    # the head of a unit of the body
    "أعلنت شركة الألبان الوطنية أرباحها. وقال رئيس قسم المبيعات بالشركة سامي الحربي إن "
    "الأرباح جيدة.",
    # another body named between: «الشركة» may be its
    "أعلنت شركة الألبان الوطنية أرباحها بعد أن اشترت النادي الأدبي بجدة. وقال رئيس مجلس "
    "إدارة الشركة سامي الحربي إن الأرباح جيدة.",
    # the body is named only after the title
    "وقال رئيس مجلس إدارة الشركة سامي الحربي إن شركة الألبان الوطنية ربحت.",
])
def test_no_leads_without_one_body_of_that_kind(text: str) -> None:
    assert not {o for s, o in pairs(run(text), "leads") if s == "سامي الحربي"}


# --- a quotation closed before «، بحسب X» -------------------------------------------------

@pytest.mark.parametrize("text", [
    "وصل مازن العمري إلى جدة. «المشروع سيكتمل قبل نهاية العام»، بحسب سامي الحربي.",
    "وصل مازن العمري إلى جدة. \"المشروع سيكتمل قبل نهاية العام\"، بحسب سامي الحربي.",
])
def test_quotation_then_according_to(text: str) -> None:
    assert ("سامي الحربي", "المشروع سيكتمل قبل نهاية العام") in said(run(text))


@pytest.mark.parametrize("text", [
    # the quotation has its own speaker; «بحسب» names the channel
    "قال مازن العمري: «المشروع سيكتمل قبل نهاية العام»، بحسب وزارة الصحة.",
    # an unnamed source gives the quotation to no one
    "وصل مازن العمري إلى جدة. «المشروع سيكتمل قبل نهاية العام»، بحسب مصادر مطلعة.",
])
def test_quotation_then_according_to_no_one_else(text: str) -> None:
    assert said_speakers(run(text)) <= {"مازن العمري"}
