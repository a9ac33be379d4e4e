from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from kg.errors import PipelineError
from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR, EXTRACTOR
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.ner.gazetteer import (
    GazetteerNERStage,
    dateline_spans,
    merge_mentions,
)
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage


@pytest.fixture(scope="module")
def stage() -> GazetteerNERStage:
    return GazetteerNERStage()


def annotate(stage: GazetteerNERStage, text: str, mentions: tuple[Mention, ...] = ()) -> Document:
    doc = SentenceStage()(Document(id="doc-g", text=text, mentions=mentions))
    return stage(doc)


def test_mentions_carry_class_span_sentence_and_id(stage: GazetteerNERStage) -> None:
    text = "وصل الوفد إلى دمشق.\nوقالت وبواشنطن مصادر إن القوات التركية انسحبت."
    doc = annotate(stage, text)
    got = [(m.text, m.label, m.extractor, m.sentence_index) for m in doc.mentions]
    assert got == [
        ("دمشق", "City", EXTRACTOR, 0),
        ("واشنطن", "City", EXTRACTOR, 1),
        ("التركية", "Country", ADJECTIVE_EXTRACTOR, 1),
    ]
    for mention in doc.mentions:
        assert mention.id == mention_id("doc-g", mention.start, mention.end)
        assert text[mention.start : mention.end] == mention.text
    assert "mentions" in doc.annotations


def test_existing_spans_are_not_duplicated(stage: GazetteerNERStage) -> None:
    text = "قال بومبيو إن سوريا مهمة."
    start = text.index("بومبيو")
    existing = Mention(
        mention_id("doc-g", start, start + 6),
        start,
        start + 6,
        "بومبيو",
        "Person",
        "ner.bundled",
        0.8,
        0,
    )
    doc = annotate(stage, text, (existing,))
    assert [(m.text, m.extractor) for m in doc.mentions] == [
        ("بومبيو", "ner.bundled"),
        ("سوريا", EXTRACTOR),
    ]
    assert merge_mentions(doc.mentions, doc.mentions) == doc.mentions


def test_generic_body_with_adjective_is_one_mention(stage: GazetteerNERStage) -> None:
    doc = annotate(stage, "وقالت وزارة الخارجية التركية إن الهجوم مرفوض.")
    assert [(m.text, m.label) for m in doc.mentions] == [
        ("وزارة الخارجية التركية", "GovernmentBody")
    ]


def test_conditional_names_need_support(stage: GazetteerNERStage) -> None:
    assert not annotate(stage, "تعرضت القاعدة العسكرية لهجوم.").mentions
    doc = annotate(stage, "تبنى تنظيم القاعدة الهجوم. وقالت القاعدة في بيان إنها مسؤولة.")
    assert [m.text for m in doc.mentions] == ["تنظيم القاعدة", "القاعدة"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عنوان الخبر\n\nواشنطن – هديل عويس – NPA\n\nنص الخبر.",
            [("هديل عويس", "Person"), ("NPA", "MediaOrganization")],
        ),
        (
            "الرياض - محمد العلي - الشرق الأوسط\nنص",
            [("محمد العلي", "Person"), ("الشرق الأوسط", "MediaOrganization")],
        ),
        ("قال - في تصريح - إن الأمر انتهى، وأضاف.\nنص", []),
    ],
)
def test_dateline_rule(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s:e], label) for s, e, label in dateline_spans(text)] == expected


def test_dateline_reporter_becomes_a_person_mention(stage: GazetteerNERStage) -> None:
    doc = annotate(stage, "عنوان\n\nدمشق – سامر الأحمد – وكالة سانا\n\nنص الخبر هنا.")
    assert [(m.text, m.label) for m in doc.mentions] == [
        ("دمشق", "City"),
        ("سامر الأحمد", "Person"),
        ("وكالة سانا", "MediaOrganization"),
    ]


def test_stage_declares_its_layers(stage: GazetteerNERStage) -> None:
    with pytest.raises(PipelineError):
        Pipeline([stage])
    assert stage.provides == frozenset({"mentions"})


SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SNN_ZIP = SHARED / "news" / "saudinewsnet" / "2015-07-21.zip"


def unpunctuated_news(size: int) -> str:
    """Real Arabic news from the shared zip, its punctuation and line breaks removed."""
    with zipfile.ZipFile(SNN_ZIP) as archive:
        records = json.loads(archive.read("2015-07-21.json"))
    text = " ".join(r["content"] for r in records[:200] if isinstance(r.get("content"), str))
    return re.sub(r"\s+", " ", re.sub(r"[.!?؟،,;:\"'«»()\[\]\-–]+", " ", text))[:size]


@pytest.mark.shared_data
@pytest.mark.skipif(not SNN_ZIP.exists(), reason="../shared/data is absent")
def test_a_name_cut_by_a_forced_sentence_break_is_no_mention(stage: GazetteerNERStage) -> None:
    """Text with no sentence end is cut every 2,000 characters or so; a name such a cut
    goes through must not become a mention that straddles two sentences."""
    doc = annotate(stage, unpunctuated_news(120_000))
    assert len(doc.sentences) > 40 and doc.mentions
    ends = {sentence.index: (sentence.start, sentence.end) for sentence in doc.sentences}
    for mention in doc.mentions:
        start, end = ends[mention.sentence_index]
        assert start <= mention.start < mention.end <= end, mention
