"""Person names cut at a word that is also a title, session 42 (helper st42); sentences
written for the test.

- «وأفاد مساعد الحربي المتحدث الرسمي ...»: «مساعد» right before a one- or two-word name that
  a title follows in apposition is the man's given name (:mod:`kg.ner.given_titles`); as a
  title in construct with an office or a holder («مساعد وزير الخارجية», «مساعد ترامب»)
  it stays out of the name.
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


def _run(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Document(id="names42", text=text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأفاد مساعد غالي المتحدث الرسمي بهيئة الهلال الأحمر بالحدود الشمالية أن الفرق باشرت.",
     "مساعد غالي"),
    ("وأوضح مساعد الزهراني مدير المركز أن العمل مستمر.", "مساعد الزهراني"),
])
def test_assistant_is_a_given_name_before_an_apposed_title(pipeline: Pipeline, text: str,
                                                           speaker: str) -> None:
    doc = _run(pipeline, text)
    assert {subject for subject, _ in pairs(doc, "stated")} == {speaker}
    assert {person for person, _ in pairs(doc, "holdsPosition")} == {speaker}


@pytest.mark.parametrize("text", [
    "وقال مساعد وزير الخارجية إن الوفد وصل.",
    "وقال مساعد ترامب إن الحملة مستمرة.",
])
def test_assistant_as_a_title_stays_out_of_names(pipeline: Pipeline, text: str) -> None:
    persons = {m.text for m in _run(pipeline, text).mentions if m.label == "Person"}
    assert not any(name.startswith("مساعد") for name in persons)
