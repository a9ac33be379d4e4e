"""Holders of statements and stances on fresh news, session 18 (vox18).

A speaker named at the head of the sentence and set off by a comma («المواطن X، قال: إن
...، مشيدا بـ Y», vox-pop reports); a verb joined later to a sentence opened by «أما X
فقد ...» («... وقال إنه ...»); report-ordering openers («في البداية أشاد X»); a bare title
with a nationality adjective resolves to the holder of that country's title («وتابع وزير
الخارجية الأمريكي» after «وزير الخارجية السعودي Y»); a subjectless «ووجه انتقادات لـ X»
continues the last speaker; a person after «أشار إلى» is referred to, not reported; a share
after the verb («قال نحو نصف المشاركين») names no one; a feminine verb and participle make
the speaker a woman. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said, said_speakers, stances
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
MAZEN = E("Person", "مازن العمري", ("مازن العمري",))
HIND = E("Person", "هند القحطاني", ("هند القحطاني",))
KERRY = E("Person", "جون كيري", ("جون كيري", "كيري"))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
US = E("Country", "الولايات المتحدة", ("الولايات المتحدة", "الأمريكي"), "Q30")
SAUDI = E("Country", "السعودية", ("السعودية", "السعودي"), "Q851")
EGYPT = E("Country", "مصر", ("مصر", "المصري"), "Q79")
WAFD = E("PoliticalParty", "حزب الوفد", ("حزب الوفد",))
KHOBAR = E("Organization", "بلدية الخبر", ("بلدية الخبر",))
HEALTH = E("Organization", "وزارة الصحة", ("وزارة الصحة",))
AGENCY = E("MediaOrganization", "وكالة الأنباء", ("وكالة الأنباء",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
ENTITIES = [SAMI, MAZEN, HIND, KERRY, JUBEIR, US, SAUDI, EGYPT, WAFD, KHOBAR, HEALTH, AGENCY,
            UN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- a speaker fronted before «، قال» ---------------------------------------------------------

def test_fronted_citizen_speaks_and_praises() -> None:
    doc = run("المواطن سامي الحربي، قال: إن الخدمات تحسنت كثيرا هذا العام، مشيدا ببلدية الخبر.")
    assert said_speakers(doc) == {"سامي الحربي"}
    assert ("praises", "سامي الحربي", "بلدية الخبر") in stances(doc)


def test_fronted_name_alone_speaks() -> None:
    doc = run("مازن العمري، قال إن الزحام خف في الطرق بعد افتتاح الجسر.")
    assert said_speakers(doc) == {"مازن العمري"}


@pytest.mark.parametrize("text", [
    "وفي لقاء مع سامي الحربي، قال إن الخدمات تحسنت.",  # the name is inside an adjunct
    "وزار سامي الحربي المعرض اليوم، قال إن الخدمات تحسنت.",  # another clause stands before
])
def test_no_fronted_speaker_past_other_words(text: str) -> None:
    assert "سامي الحربي" not in said_speakers(run(text))


# --- «أما X فقد ... وقال» ----------------------------------------------------------------------

def test_topic_of_the_sentence_speaks_later() -> None:
    doc = run("أما الزائرة هند القحطاني فقد أعربت عن سعادتها بالعروض التي قدمت في الحديقة "
              "هذا العام خلال أيام العيد وقالت إنها جاءت من جدة مع أسرتها.")
    assert said(doc) == {("هند القحطاني", "جاءت من جدة مع أسرتها")}


def test_topic_gives_way_to_a_named_speaker() -> None:
    doc = run("أما سامي الحربي فقد أعرب عن إعجابه بالعروض وقال مازن العمري إن الخدمات تحسنت.")
    assert said_speakers(doc) == {"مازن العمري"}


# --- openers that order the report -------------------------------------------------------------

def test_in_the_beginning_then_praise_and_participle() -> None:
    doc = run("في البداية أشاد سامي الحربي بما قدمته بلدية الخبر، مشيرا إلى أن الحدائق نظيفة.")
    assert said(doc) == {("سامي الحربي", "الحدائق نظيفة")}
    assert ("praises", "سامي الحربي", "بلدية الخبر") in stances(doc)


# --- a bare title with its country -------------------------------------------------------------

def test_title_with_nationality_picks_that_countrys_holder() -> None:
    doc = run("قال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد، موضحا أنه التقى بوزير "
              "الخارجية السعودي عادل الجبير الذي ذكر أنهم يريدون اتفاقا. وتابع وزير "
              "الخارجية الأمريكي أن البديل أسوأ بكثير.")
    assert ("جون كيري", "البديل أسوأ بكثير") in said(doc)
    assert not any(speaker == "عادل الجبير" for speaker, _ in said(doc))


def test_title_followed_by_a_channel_keeps_its_holder() -> None:
    doc = run("قال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وقال الوزير لقناة "
              "التلفزيون السعودي إن البديل أسوأ.")
    assert ("جون كيري", "البديل أسوأ") in said(doc)


# --- a subjectless verdict continues the speaker ----------------------------------------------

def test_subjectless_criticism_continues_the_speaker() -> None:
    doc = run("وقال رئيس الحزب سامي الحربي إن الحزب لن يتراجع. "
              "ووجه انتقادات حادة لحزب الوفد دون أن يسميه.")
    assert ("criticizes", "سامي الحربي", "حزب الوفد") in stances(doc)


def test_subjectless_criticism_after_a_woman_spoke_has_no_holder() -> None:
    doc = run("وقالت هند القحطاني إن الحزب لن يتراجع. ووجه انتقادات لحزب الوفد.")
    assert not any(kind == "criticizes" for kind, _, _ in stances(doc))


def test_criticism_with_its_own_subject_is_not_continued() -> None:
    doc = run("وقال سامي الحربي إن الحزب لن يتراجع. ووجه مازن العمري انتقادات لحزب الوفد.")
    assert ("criticizes", "مازن العمري", "حزب الوفد") in stances(doc)
    assert ("criticizes", "سامي الحربي", "حزب الوفد") not in stances(doc)


# --- no statement where no one is named --------------------------------------------------------

def test_person_after_pointed_to_is_no_statement() -> None:
    doc = run("وقال وزير الطاقة المصري مازن العمري إنه يرفض قول كيري. وكان كيري قال في مقابلة "
              "إن الاتفاق جيد. وقال الوزير المصري مشيرا إلى كيري “سمعت الوزير يقول إن الاتفاق "
              "جيد.”")
    assert not any(content.startswith("كيري") for _, content in said(doc))
    assert ("مازن العمري", "سمعت الوزير يقول إن الاتفاق جيد") in said(doc)


@pytest.mark.parametrize("subject", ["نحو نصف المشاركين في الدراسة،", "معظم المشاركين"])
def test_a_share_after_the_verb_names_no_one(subject: str) -> None:
    doc = run(f"وقال سامي الحربي إن الخدمات تحسنت. وقال {subject} إن الخدمات سيئة.")
    assert said(doc) == {("سامي الحربي", "الخدمات تحسنت")}


# --- a woman named after a feminine verb -------------------------------------------------------

def test_feminine_verb_and_participle_make_a_woman_speaker() -> None:
    doc = run("وأشادت هند القحطاني ببلدية الخبر، مؤكدة أن الحدائق أصبحت أجمل.")
    assert said(doc) == {("هند القحطاني", "الحدائق أصبحت أجمل")}
    assert ("praises", "هند القحطاني", "بلدية الخبر") in stances(doc)


def test_feminine_honorific_before_the_name() -> None:
    doc = run("وطالبت الدكتورة هند القحطاني بزيادة الحدائق، قائلة: «الأسر تحتاج إلى أماكن "
              "للتنزه»، داعية وزارة الصحة إلى حملات توعية.")
    assert ("هند القحطاني", "الأسر تحتاج إلى أماكن للتنزه") in said(doc)


def test_masculine_verb_with_feminine_participle_stays_silent() -> None:
    doc = run("وثبت سامي الحربي على موقفه، مؤكدة أن الخدمات جيدة.")
    assert not said(doc)


def test_fronted_woman_by_her_role() -> None:
    doc = run("الزائرة هند القحطاني، قالت: إن الحدائق نظيفة، مشيدة ببلدية الخبر.")
    assert said_speakers(doc) == {"هند القحطاني"}
    assert ("praises", "هند القحطاني", "بلدية الخبر") in stances(doc)


# --- rules read on the seed-1873 batch ---------------------------------------------------------

def test_unnamed_topic_ends_the_earlier_speakers_turn() -> None:
    doc = run("وقال سامي الحربي إن الإعلام مهم. أما الدكتور فهد الزيدي، مستشار إعلامي، فأوضح "
              "أن الرسائل تحتاج إلى إقناع. وأضاف: «الكم ليس المعيار».")
    assert said(doc) == {("سامي الحربي", "الإعلام مهم")}


def test_agency_that_relayed_the_words_is_no_speaker() -> None:
    doc = run("وتقول هند القحطاني: «الحدائق أجمل هذا العام». وأضافت في حديث نقلته وكالة "
              "الأمم المتحدة: «الأسر سعيدة».")
    assert said_speakers(doc) == {"هند القحطاني"}


def test_person_the_reporter_met_speaks() -> None:
    doc = run("والتقينا بأحد زوار الحديقة سامي الحربي البالغ من العمر 40 عاما، وقال: إن المكان "
              "جميل جدا.")
    assert said(doc) == {("سامي الحربي", "المكان جميل جدا")}


def test_person_the_reporter_asked_speaks() -> None:
    doc = run("وسألنا المواطن مازن العمري عن رأيه فقال إن الأسعار مرتفعة.")
    assert said(doc) == {("مازن العمري", "الأسعار مرتفعة")}


def test_two_people_met_leave_the_speaker_open() -> None:
    doc = run("والتقينا بسامي الحربي ومازن العمري، وقال إن المكان جميل.")
    assert not said(doc)


# --- the same holders for stance verbs ----------------------------------------------------------

def test_fronted_citizen_holds_the_stance_of_the_verb() -> None:
    doc = run("المواطن سامي الحربي، انتقد بلدية الخبر بسبب الزحام في الكورنيش.")
    assert stances(doc) == {("criticizes", "سامي الحربي", "بلدية الخبر")}


def test_topic_of_the_sentence_praises_later() -> None:
    doc = run("أما الزائر سامي الحربي فقد أعرب عن سعادته بالعروض التي قدمت في الحديقة هذا "
              "العام وأشاد ببلدية الخبر على جهودها.")
    assert ("praises", "سامي الحربي", "بلدية الخبر") in stances(doc)


def test_a_name_after_the_later_verb_is_its_subject() -> None:
    doc = run("أما سامي الحربي فقد أعرب عن سعادته وأشاد مازن العمري ببلدية الخبر.")
    assert ("praises", "مازن العمري", "بلدية الخبر") in stances(doc)
    assert ("praises", "سامي الحربي", "بلدية الخبر") not in stances(doc)
