"""Speakers, session 47 (helper ps47); sentences written for the test.

- «قال متحدث باسم الرئاسة إن ...»: an indefinite title (no article, no genitive, then a
  preposition or an indefinite adjective) is a new, unnamed speaker: no statement, never
  the person introduced earlier with that title (:mod:`kg.relations.speaker_indefinite`).
- «أوضح الخبير ... في غرفة التجارة X أن ...»: the name that closes a long description
  right before «أن» speaks, not the one who spoke before.
- «قال لي المخرج X»: «لي» / «لنا» after the verb is «to me» / «to us» (the recogniser may
  read «لي» as the name Lee), skipped as the channel; the subject after it speaks
  (:func:`kg.relations.speaker_after.subject_after_verb`).
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
    doc = pipeline(Document(id="speakers47", text=text))
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(s.speaker_id, s.speaker_id),
             doc.text[s.quote_start:s.quote_end]) for s in doc.statements}


_EARLIER = "وقال المتحدث باسم الجيش في كينيا العقيد ديفيد أوتينو إن القوات قتلت عشرة مسلحين. "


@pytest.mark.parametrize("later", [
    "وقال متحدث باسم الرئاسة في أوغندا أمس إن الرئيس عين قائدا جديدا للشرطة.",
    "وأكد متحدث عسكري أن الرئيس عين قائدا جديدا للشرطة.",
    "وقال متحدث في وزارة الدفاع إن الرئيس عين قائدا جديدا للشرطة.",
    "وقال متحدث إن الرئيس عين قائدا جديدا للشرطة.",
])
def test_indefinite_spokesman_is_not_the_one_named_before(pipeline: Pipeline,
                                                           later: str) -> None:
    statements = _statements(pipeline, _EARLIER + later)
    assert ("ديفيد أوتينو", "القوات قتلت عشرة مسلحين") in statements
    assert not any(quote.startswith("الرئيس عين") for _, quote in statements)


@pytest.mark.parametrize(("text", "speaker"), [
    (_EARLIER + "وأضاف المتحدث أن الجيش يلاحق الفارين.", "ديفيد أوتينو"),
    ("وقال وزير الخارجية الكيني سامسون موانغي إن المحادثات مثمرة. وأضاف وزير الخارجية أن "
     "الجولة المقبلة في نيروبي.", "سامسون موانغي"),
])
def test_definite_title_still_names_the_one_before(pipeline: Pipeline, text: str,
                                                   speaker: str) -> None:
    assert speaker in {s for s, _ in _statements(pipeline, text)}


def test_name_closing_a_long_description_speaks(pipeline: Pipeline) -> None:
    text = ("وقالت المرشدة السياحية نوال الحربي إن الحجوزات ارتفعت. فيما أوضح الخبير "
            "الاقتصادي وعضو لجنة النقل في غرفة الشرقية ماجد بن سعد القحطاني أن أسعار "
            "التذاكر ستنخفض.")
    statements = _statements(pipeline, text)
    assert ("ماجد بن سعد القحطاني", "أسعار التذاكر ستنخفض") in statements
    assert ("نوال الحربي", "أسعار التذاكر ستنخفض") not in statements


def test_bare_description_still_continues_the_last_speaker(pipeline: Pipeline) -> None:
    text = ("وقال الباحث سلطان العمري إن الظاهرة تتراجع. وأضاف الباحث في شؤون الجماعات "
            "المتطرفة أن التجنيد يتم عبر الإنترنت.")
    assert ("سلطان العمري", "التجنيد يتم عبر الإنترنت") in _statements(pipeline, text)


def test_name_after_a_preposition_does_not_close_the_description(pipeline: Pipeline) -> None:
    text = ("وقال الباحث سلطان العمري إن الظاهرة تتراجع. وأضاف الباحث المقرب من الرئيس "
            "عادل الشهري أن التجنيد يتم عبر الإنترنت.")
    assert "عادل الشهري" not in {s for s, _ in _statements(pipeline, text)}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وفي أثناء التدريب قال لي المدرب سامر الخطيب: «ركز على الكرة».", "سامر الخطيب"),
    ("وعند الباب قالت لي الدكتورة منى العتيبي: «أنا سعيدة بالنتيجة».", "منى العتيبي"),
])
def test_first_person_addressee_is_skipped(pipeline: Pipeline, text: str, speaker: str) -> None:
    statements = _statements(pipeline, text)
    assert speaker in {s for s, _ in statements}
    assert "لي" not in {s for s, _ in statements}


@pytest.mark.parametrize("text", [
    "وقال لي وهو يبتسم: «الطريق طويل».",
    "جاء صديقي في المساء فقال لي: «الطريق طويل».",
])
def test_first_person_addressee_never_speaks(pipeline: Pipeline, text: str) -> None:
    assert not any(s.startswith("لي") for s, _ in _statements(pipeline, text))


def test_lee_as_a_full_name_still_speaks(pipeline: Pipeline) -> None:
    text = "وقال رئيس الوزراء الصيني لي كه تشيانغ إن النمو سيتسارع."
    assert ("لي كه تشيانغ", "النمو سيتسارع") in _statements(pipeline, text)
