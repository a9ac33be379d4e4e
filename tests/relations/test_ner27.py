"""Names that facts hang on (session 27, ner27); sentences written for the test.

Rules:

- an enlisted rank («وكيل الرقيب», «الوكيل رقيب», «رئيس الرقباء», «الجندي أول») is a
  title, not a name or a name's first words (:mod:`kg.ner.enlisted_ranks`): «وقال وكيل
  الرقيب سعد المطيري» is said by «سعد المطيري»; not a rank word inside a name («محمد
  الجندي») nor a bare «رقيب» with nothing to make it a rank.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.enlisted_ranks import enlisted_ranks
from kg.pipeline import Pipeline
from tests.ner.iob import persons, tagged


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _speakers(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline(Document(id="doc-ner27", text=text))
    names = {e.id: e.name for e in doc.entities}
    return sorted(names.get(s.speaker_id or "", "") for s in doc.statements)


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("وقال وكيل الرقيب سعد المطيري : إن العمل مستمر", {"وكيل الرقيب": "PERS",
                                                           "سعد المطيري": "PERS"},
         ["سعد المطيري"]),
        ("وقال وكيل الرقيب سعد المطيري : إن العمل مستمر",
         {"وكيل الرقيب سعد المطيري": "PERS"}, ["سعد المطيري"]),
        ("وقال الوكيل رقيب أحمد الشمري : نحن جاهزون", {"رقيب أحمد الشمري": "PERS"},
         ["أحمد الشمري"]),
        ("وأكد الجندي أول ماجد الحربي أن الوضع مستقر", {"الجندي أول ماجد الحربي": "PERS"},
         ["ماجد الحربي"]),
        ("وقال رئيس الرقباء فهد القحطاني إن الوضع مستقر",
         {"رئيس الرقباء فهد القحطاني": "PERS"}, ["فهد القحطاني"]),
        # a rank word inside a name, or a bare «رقيب» alone, is the name's
        ("وقال محمد الجندي إن الوضع مستقر", {"محمد الجندي": "PERS"}, ["محمد الجندي"]),
        ("وقال رقيب الحربي إن الوضع مستقر", {"رقيب الحربي": "PERS"}, ["رقيب الحربي"]),
    ],
)
def test_an_enlisted_rank_is_no_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, enlisted_ranks(words, tags)) == expected


def test_a_sergeant_speaks_by_his_name(pipeline: Pipeline) -> None:
    assert _speakers(pipeline, "وقال وكيل الرقيب سعد المطيري: إن العمل في العيد شرف لنا.") \
        == ["سعد المطيري"]

