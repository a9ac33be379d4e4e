"""Statements, session 43 (helper sp43); sentences written for the test.

«وأعلنت جماعة X في بيان مسؤوليتها عن الهجوم»: a claim of responsibility reports no words;
the deed after «مسؤولية ... عن» is no statement's content
(:mod:`kg.relations.statement_claims`). «أعلن X عن إطلاق ...» still reports its object.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _contents(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline(Document(id="statements43", text=text))
    return {doc.text[s.quote_start:s.quote_end] for s in doc.statements}


@pytest.mark.parametrize("text", [
    "وأعلنت حركة طالبان في بيان مسؤوليتها عن الهجوم على المعسكر.",
    "وأعلن تنظيم داعش مسؤوليته عن التفجير الذي ضرب السوق.",
])
def test_claim_of_responsibility_reports_no_words(pipeline: Pipeline, text: str) -> None:
    assert _contents(pipeline, text) == set()


def test_announcement_about_still_reports(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "وأعلنت وزارة الصحة عن إطلاق حملة للتطعيم في المدارس.")
    assert contents == {"إطلاق حملة للتطعيم في المدارس"}
