"""Speakers, session 43 (helper sp43); sentences written for the test.

- «وقال لميركل: ...»: a person after the verb and a glued «لـ», named elsewhere in the
  document without the «ل», is the one spoken to, never the speaker
  (:mod:`kg.relations.speaker_addressees`); a name that holds the «ل» («لطفي») speaks.
- «لكن مصدرا مطلعا في الوزارة، أكد أن ...»: an unnamed source fronted by «لكن» (or «غير
  أن») and set off by a comma is the verb's subject; the verb continues no earlier speaker,
  and after a comma inside a statement it ends that statement
  (:mod:`kg.relations.speaker_fronted_sources`).
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
    doc = pipeline(Document(id="speakers43", text=text))
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(s.speaker_id, s.speaker_id),
             doc.text[s.quote_start:s.quote_end]) for s in doc.statements}


@pytest.mark.parametrize(("text", "addressee"), [
    ("زار الوزير كريم السامرائي المستشارة أنجيلا ميركل في برلين، وقال لميركل: «نحن شركاء».",
     "أنجيلا ميركل"),
    ("حاورت المذيعة هالة برينان السفير في لندن، حيث قال لبرينان: «الوضع لا يحتمل».",
     "هالة برينان"),
])
def test_person_after_lam_named_elsewhere_is_the_addressee(pipeline: Pipeline, text: str,
                                                            addressee: str) -> None:
    assert addressee not in {speaker for speaker, _ in _statements(pipeline, text)}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال لطفي الشمري للصحافيين إن الفريق مستعد للمباراة.", "لطفي الشمري"),
    ("وأوضحت لبنى الحسيني إن المعرض يفتتح غدا.", "لبنى الحسيني"),
    ("وقال الرئيس باراك أوباما لميركل إن الاتفاق مهم.", "باراك أوباما"),
])
def test_name_that_opens_with_lam_still_speaks(pipeline: Pipeline, text: str,
                                               speaker: str) -> None:
    assert speaker in {s for s, _ in _statements(pipeline, text)}


@pytest.mark.parametrize("text", [
    "وقال الوزير نادر العطار إن المشروع اكتمل. لكن مصدرا مطلعا في الوزارة، أكد للصحيفة أن "
    "المشروع متعثر.",
    "وقال الوزير نادر العطار إن المشروع اكتمل. غير أن مسؤولا بارزا في الوزارة، قال إن المشروع "
    "متعثر.",
])
def test_fronted_unnamed_source_continues_no_speaker(pipeline: Pipeline, text: str) -> None:
    assert _statements(pipeline, text) == {("نادر العطار", "المشروع اكتمل")}


def test_source_after_comma_ends_the_statement(pipeline: Pipeline) -> None:
    text = "وقال الوزير نادر العطار إن المشروع اكتمل، لكن مصدرا في الوزارة قال إن المشروع متعثر."
    assert _statements(pipeline, text) == {("نادر العطار", "المشروع اكتمل")}


def test_fronted_named_speaker_still_speaks(pipeline: Pipeline) -> None:
    text = "وقال الوزير نادر العطار إن المشروع اكتمل. لكن وزير المالية سامي الجابر أكد أن " \
           "المشروع متعثر."
    assert ("سامي الجابر", "المشروع متعثر") in _statements(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الوزير نادر العطار إن المشروع اكتمل، لكن وزير المالية سامي الجابر أكد أن المشروع "
     "متعثر.", {("نادر العطار", "المشروع اكتمل"), ("سامي الجابر", "المشروع متعثر")}),
    ("وقالت وزارة الصحة إن الحالات تراجعت، لكن منظمة الصحة العالمية حذرت من أن الوباء مستمر.",
     {("وزارة الصحة", "الحالات تراجعت"), ("منظمة الصحة العالمية", "الوباء مستمر")}),
])
def test_named_subject_after_comma_and_but_ends_the_statement(
        pipeline: Pipeline, text: str, expected: set[tuple[str, str]]) -> None:
    assert _statements(pipeline, text) == expected


def test_but_without_a_new_speaker_goes_on(pipeline: Pipeline) -> None:
    text = "وقال الوزير نادر العطار إن المشروع اكتمل، لكن الأرقام التي أعلنتها الوزارة أقل."
    assert _statements(pipeline, text) == {
        ("نادر العطار", "المشروع اكتمل، لكن الأرقام التي أعلنتها الوزارة أقل")}
