"""Speakers' names, session 42 (helper st42); sentences written for the test.

- «حذرت الجمعية السعودية لطب الأسنان من ...»: a body's field after «لـ» and a noun in
  construct with a definite noun is part of the body's name
  (:mod:`kg.relations.body_field_names`), not a cut name «الجمعية السعودية»; «ل» + a
  channel, a body, a quantifier or a function word is not a field.
- «وأعلن X وفاة Y عن عمر يناهز 70 عاما»: the age after «عن» is no content of the verb; the
  object before it is (:mod:`kg.relations.age_phrases`); «كشف عن عمر الأرض» (the age of a
  thing) still is.
- «وشدد X، الذي يعد أحد المتنافسين على منصب ...، على ضرورة ...»: a preposition inside a
  relative clause set off by commas opens no content; the one after it does
  (:mod:`kg.relations.open_relatives`).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import pairs


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _speakers(pipeline: Pipeline, text: str) -> set[str]:
    return {subject for subject, _ in pairs(pipeline(Document(id="speakers42", text=text)),
                                             "stated")}


@pytest.mark.parametrize(("text", "speaker"), [
    ("حذرت الجمعية السعودية لطب الأسنان من خطورة الحلوى بين الأطفال.",
     "الجمعية السعودية لطب الأسنان"),
    ("وأوضحت الجمعية الكويتية لطب الطوارئ أن الحالات تراجعت هذا العام.",
     "الجمعية الكويتية لطب الطوارئ"),
])
def test_body_field_after_lam_is_in_the_name(pipeline: Pipeline, text: str,
                                             speaker: str) -> None:
    assert _speakers(pipeline, text) == {speaker}


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت وزارة الصحة السعودية لدى الإعلان إن الحالات تراجعت.", "وزارة الصحة السعودية"),
    ("وقالت وزارة الصحة السعودية لوكالة الأنباء إن الحالات تراجعت.", "وزارة الصحة السعودية"),
])
def test_lam_that_opens_no_field(pipeline: Pipeline, text: str, speaker: str) -> None:
    assert _speakers(pipeline, text) == {speaker}


def _contents(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline(Document(id="speakers42", text=text))
    return {doc.text[s.quote_start:s.quote_end] for s in doc.statements}


def test_age_after_an_announced_death_is_no_content(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "وأعلن الموسيقار خالد الشهري وفاة الفنان سعد العلي عن عمر "
                                   "يناهز 70 عاما بعد صراع مع المرض. وقال “خسرنا واحدا من "
                                   "أطيب الناس”.")
    assert contents == {"وفاة الفنان سعد العلي", "خسرنا واحدا من أطيب الناس"}


def test_age_of_a_thing_revealed_is_content(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "وكشف الباحث سعد العلي عن عمر الأرض الحقيقي في دراسة جديدة.")
    assert any(content.startswith("عمر الأرض") for content in contents)


def test_preposition_inside_a_relative_clause_opens_no_content(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "وشدد سعد الحريري، الذي يعد أحد أبرز المتنافسين على منصب "
                                   "الرئاسة منذ انتهاء ولاية الرئيس السابق، على ضرورة إقرار "
                                   "قانون جديد للانتخابات.")
    assert contents == {"ضرورة إقرار قانون جديد للانتخابات"}


def test_preposition_after_the_verb_still_opens_content(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "وشدد سعد الحريري على ضرورة إقرار قانون جديد، الذي ينتظره "
                                   "الجميع منذ سنوات.")
    assert any(content.startswith("ضرورة إقرار") for content in contents)
