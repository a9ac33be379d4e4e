"""«الشركة» and a nisba describe a company named before, never a new organisation
(kg.relations.speakers); sentences written for the test."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import Pipeline


def _run(pipeline: Pipeline, text: str) -> tuple[list[str], list[str]]:
    doc = pipeline(Document(id="doc-names22", text=text))
    names = {e.id: e.name for e in doc.entities}
    return [names.get(s.speaker_id or "", "") for s in doc.statements], list(names.values())


def test_a_described_company_is_the_one_named_before(pipeline: Pipeline) -> None:
    text = ("وأعلنت شركة تويوتا عن خطة جديدة للإنتاج. "
            "وأوضحت الشركة اليابانية في بيان أن المصانع ستعمل بكامل طاقتها.")
    speakers, names = _run(pipeline, text)
    assert "الشركة اليابانية" not in names
    assert "الشركة اليابانية" not in speakers


def test_a_company_named_with_its_field_still_speaks(pipeline: Pipeline) -> None:
    speakers, _ = _run(pipeline, "وقالت الشركة الوطنية للإسكان إن المشاريع ستسلم قريبا.")
    assert speakers == ["الشركة الوطنية للإسكان"]


def test_a_ministry_with_a_nisba_still_speaks(pipeline: Pipeline) -> None:
    speakers, _ = _run(pipeline, "وقالت وزارة البترول المصرية إن الإنتاج ارتفع.")
    assert speakers and speakers[0].startswith("وزارة البترول")
