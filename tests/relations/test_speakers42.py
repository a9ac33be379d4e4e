"""Speakers' names, session 42 (helper st42); sentences written for the test.

- «حذرت الجمعية السعودية لطب الأسنان من ...»: a body's field after «لـ» and a noun in
  construct with a definite noun is part of the body's name
  (:mod:`kg.relations.body_field_names`), not a cut name «الجمعية السعودية»; «ل» + a
  channel, a body, a quantifier or a function word is not a field.
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
