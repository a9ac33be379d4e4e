"""Speakers and statements, session 44 (helper sp44); sentences written for the test.

- «وقال خلال مؤتمر صحفي بعد لقائه الرئيس X إن»: the one met after a possessive meeting noun
  is its object, never the speaker (:mod:`kg.relations.speaker_owned_objects`).
- «وأيد X تصريحات Y وقال إن»: a verb of saying joined by «و» shares the subject of the
  sentence's first verb, not the name between (:mod:`kg.relations.speaker_joined_verbs`).
- «... (الفرنسية) كما دعا ...»: a photo credit ends an indirect statement
  (:mod:`kg.relations.statement_captions`).
- «وقال X قبل أن يعود "..."»: «أن» after «قبل», «بعد», «دون» opens no statement
  (:mod:`kg.relations.statement_time_clauses`).
- «... كما دعا مندوب فرنسا X ... . وأضاف أن»: a person named after a past stance verb has
  spoken since; «وأضاف» goes on with no earlier speaker
  (:mod:`kg.relations.speaker_stance_openers`).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _statements(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline(Document(id="statements44", text=text))
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(s.speaker_id, s.speaker_id),
             doc.text[s.quote_start:s.quote_end]) for s in doc.statements}


def _speakers(pipeline: Pipeline, text: str) -> set[str]:
    return {speaker for speaker, _ in _statements(pipeline, text)}


@pytest.mark.parametrize(("text", "met"), [
    ("رجح الوزير نادر العطار أن يصدر القرار قريبا. وقال خلال مؤتمر صحفي في عمان بعد لقائه "
     "الملك عبدالله الثاني إن المجلس قد يصدر قرارا قريبا.", "عبد الله الثاني"),
    ("أكدت الوزيرة هالة السويدي أن الخطة جاهزة. وأضافت في تصريحات عقب استقبالها الرئيس "
     "محمود عباس أن التمويل متوفر.", "محمود عباس"),
])
def test_one_met_after_possessive_meeting_noun_is_no_speaker(pipeline: Pipeline, text: str,
                                                              met: str) -> None:
    assert met not in _speakers(pipeline, text)


def test_speaker_after_meeting_adjunct_goes_on(pipeline: Pipeline) -> None:
    text = ("رجح الوزير نادر العطار أن يصدر القرار قريبا. وقال خلال مؤتمر صحفي في عمان بعد "
            "لقائه الملك عبدالله الثاني إن المجلس قد يصدر قرارا قريبا.")
    assert ("نادر العطار", "المجلس قد يصدر قرارا قريبا") in _statements(pipeline, text)


@pytest.mark.parametrize("text", [
    "وقال بعد الاجتماع الرئيس محمود عباس إن المحادثات كانت مثمرة.",
    "وقال الرئيس محمود عباس بعد لقائه الوفد إن المحادثات كانت مثمرة.",
])
def test_subject_after_verb_still_speaks(pipeline: Pipeline, text: str) -> None:
    assert "محمود عباس" in _speakers(pipeline, text)


@pytest.mark.parametrize(("text", "speaker", "other"), [
    ("وأيد النائب عادل السامرائي تصريحات كريم الجبوري وقال لصحيفة الحياة إن للبلاد خيارات "
     "كثيرة.", "عادل السامرائي", "كريم الجبوري"),
    ("وأكد سامي الخطيب التمسك بحكومة ماجد الحربي التي أشاد بأدائها خلال الأزمة وقال إنها "
     "نجحت في وقف القتال.", "سامي الخطيب", "ماجد الحربي"),
    ("وأيد سامي الخطيب رئيس حزب الأمة كريم الجبوري وقال إن البلاد قادرة على الرد.",
     "سامي الخطيب", "كريم الجبوري"),
])
def test_joined_verb_shares_first_verbs_subject(pipeline: Pipeline, text: str, speaker: str,
                                                other: str) -> None:
    speakers = _speakers(pipeline, text)
    assert speaker in speakers
    assert other not in speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # a relative clause with a masculine head may go on with its own subject
    ("واستقبل الوزير سامي الخطيب السفير كريم الجبوري الذي وصل أمس وقال إن الزيارة مهمة.",
     "كريم الجبوري"),
])
def test_joined_verb_after_masculine_relative_is_left(pipeline: Pipeline, text: str,
                                                      speaker: str) -> None:
    assert speaker in _speakers(pipeline, text)


def test_name_in_the_first_verbs_object_is_no_joined_speaker(pipeline: Pipeline) -> None:
    # the subject is an unnamed title; the king is named inside the verb's object
    text = ("ورفع مدير المعهد شكره لمقام الملك فيصل بن خالد على دعمه، وقال إن الطلاب "
            "متفوقون.")
    assert not any("فيصل" in speaker for speaker in _speakers(pipeline, text))


def test_photo_credit_ends_statement(pipeline: Pipeline) -> None:
    text = ("وقال سامي الخطيب إن بلاده أعطت فرصة للحوار (الفرنسية) كما دعا ماجد الحربي إلى "
            "وقف القتال.")
    assert ("سامي الخطيب", "بلاده أعطت فرصة للحوار") in _statements(pipeline, text)


def test_bracket_that_is_no_credit_stays(pipeline: Pipeline) -> None:
    text = "وقال سامي الخطيب إن الخسائر بلغت نصف مليار شيكل (112 مليون دولار) في أسبوع."
    assert ("سامي الخطيب", "الخسائر بلغت نصف مليار شيكل (112 مليون دولار) في أسبوع") in \
        _statements(pipeline, text)


@pytest.mark.parametrize(("text", "said"), [
    ("وقال الوزير نادر العطار قبل أن يغادر إلى لندن \"نحن متفقون على كل شيء\".",
     "نحن متفقون على كل شيء"),
    ("وقال الوزير نادر العطار بعد أن التقى نظيره إن المحادثات كانت مثمرة.",
     "المحادثات كانت مثمرة"),
])
def test_time_clause_is_no_statement(pipeline: Pipeline, text: str, said: str) -> None:
    quotes = {quote for _, quote in _statements(pipeline, text)}
    assert said in quotes
    assert not any(quote.startswith(("يغادر", "التقى")) for quote in quotes)


def test_died_without_is_no_statement(pipeline: Pipeline) -> None:
    text = "وكان الأديب سامي الخطيب قد أعلن الحرب على الفساد ومات دون أن ينهي هذه المعركة."
    assert not any(quote.startswith("ينهي") for _, quote in _statements(pipeline, text))


def test_stance_voiced_since_stops_continuation(pipeline: Pipeline) -> None:
    text = ("وقال الوزير نادر العطار إن بلاده أعطت فرصة للحوار (الفرنسية) كما دعا مندوب فرنسا "
            "لدى الأمم المتحدة جان مارك دو لا سابليير مجلس الأمن إلى جلسة عاجلة. وأضاف أن "
            "باريس لا تؤيد الحرب.")
    assert ("نادر العطار", "باريس لا تؤيد الحرب") not in _statements(pipeline, text)


@pytest.mark.parametrize("text", [
    "وقال الوزير نادر العطار إن الحكومة مستعدة. ودعا الوزير إلى التهدئة. وأضاف أن الجيش سينتشر.",
    "وقال الوزير نادر العطار إن الحكومة مستعدة للحوار مع كريم الجبوري. وأضاف أن الجيش سينتشر.",
])
def test_continuation_without_stance_of_another_goes_on(pipeline: Pipeline, text: str) -> None:
    assert ("نادر العطار", "الجيش سينتشر") in _statements(pipeline, text)



def test_time_clause_inside_a_quotation_is_left(pipeline: Pipeline) -> None:
    text = ("وقال في كلمة أمام جمعية المحاربين القدامى في المدينة الشمالية \"لن نرتاح قبل أن "
            "نعيد مواطنينا المحتجزين في الخارج.\"")
    doc_quotes = {quote for _, quote in _statements(pipeline, "قال الوزير نادر العطار إن "
                                                    "الحكومة مستعدة. " + text)}
    assert any("نعيد مواطنينا المحتجزين" in quote for quote in doc_quotes)


def test_joined_verb_after_a_credit_shares_its_clauses_subject(pipeline: Pipeline) -> None:
    text = ("وأكد المدرب أن الفريق جاهز (الأوروبية) شن الإسباني كريم الجبوري هجوما حادا على "
            "الألماني سامي الخطيب وقال إنه أسوأ لاعب في البطولة.")
    speakers = _speakers(pipeline, text)
    assert "كريم الجبوري" in speakers
    assert "سامي الخطيب" not in speakers
