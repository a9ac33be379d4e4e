"""Titles, session 43 (helper sp43); sentences written for the test.

«ونفى المتحدث باسم الإدارة تعيين X مديرا», «وأعلن رئيس النادي تعاقد الفريق مع اللاعب X»:
a bare verbal noun of a derived form after the title's definite words opens the verb's
object; X holds no title before it and does not speak
(:mod:`kg.relations.title_objects`). A title followed by the name itself still holds.
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


def _holders_and_speakers(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline(Document(id="titles43", text=text))
    names = {e.id: e.name for e in doc.entities}
    return {holder for holder, _ in pairs(doc, "holdsPosition")} | \
        {names.get(s.speaker_id, "") for s in doc.statements}


@pytest.mark.parametrize(("text", "person"), [
    ("ونفى المتحدث باسم الإدارة تعيين خالد الحربي مديرا للمستشفى.", "خالد الحربي"),
    ("وأعلن رئيس النادي تعاقد الفريق مع اللاعب خالد الحربي.", "خالد الحربي"),
])
def test_verbal_noun_after_title_opens_the_object(pipeline: Pipeline, text: str,
                                                  person: str) -> None:
    assert person not in _holders_and_speakers(pipeline, text)


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال رئيس نادي جازان الأدبي سعد المطيري إن الأمسية ناجحة.", ("سعد المطيري", "رئيس")),
    ("وأكد المتحدث باسم الإدارة خالد الحربي أن المستشفى جاهز.",
     ("خالد الحربي", "المتحدث باسم الإدارة")),
])
def test_title_right_before_the_name_still_holds(pipeline: Pipeline, text: str,
                                                 fact: tuple[str, str]) -> None:
    assert fact in pairs(pipeline(Document(id="titles43", text=text)), "holdsPosition")
