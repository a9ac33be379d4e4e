"""The ``sentences`` and ``tokens`` stages inside a pipeline."""

from __future__ import annotations

import pytest

from kg.errors import PipelineError
from kg.model import Document
from kg.pipeline import Pipeline
from kg.stages import DEFAULT_PIPELINE


def test_default_pipeline_starts_with_text_stages() -> None:
    assert DEFAULT_PIPELINE[:2] == ("sentences", "tokens")


def test_sentences_and_tokens_stages() -> None:
    text = "واشنطن – هديل عويس – NPA\n\nورفض بومبيو الاتهامات."
    doc = Pipeline.from_names(["sentences", "tokens"])(Document(id="doc-1", text=text))
    assert doc.annotations == frozenset({"text", "sentences", "tokens", "words"})
    assert doc.words is not None
    assert doc.words.texts == ("واشنطن", "هديل", "عويس", "NPA", "ورفض", "بومبيو", "الاتهامات")
    assert [text[s:e] for s, e in zip(doc.words.starts, doc.words.ends, strict=True)] == list(
        doc.words.texts
    )
    assert [(s.id, s.index, s.start, s.end) for s in doc.sentences] == [
        ("doc-1-s0", 0, 0, 24),
        ("doc-1-s1", 1, 26, 48),
    ]
    assert [(t.index, t.start, t.end, t.sentence_index) for t in doc.tokens] == [
        (0, 0, 6, 0),
        (1, 7, 8, 0),
        (2, 9, 13, 0),
        (3, 14, 18, 0),
        (4, 19, 20, 0),
        (5, 21, 24, 0),
        (6, 26, 30, 1),
        (7, 31, 37, 1),
        (8, 38, 47, 1),
        (9, 47, 48, 1),
    ]
    articled = doc.tokens[8]
    assert text[articled.stem_start : articled.stem_end] == "اتهامات"


def test_tokens_stage_requires_sentences() -> None:
    with pytest.raises(PipelineError, match="sentences"):
        Pipeline.from_names(["tokens"])
