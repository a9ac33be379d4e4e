"""Stages are registered by name; a pipeline checks requirements when it is built."""

from __future__ import annotations

import dataclasses
from typing import get_args

import pytest

from kg.errors import PipelineError
from kg.model import RUNTIME_LAYERS, Document, Layer
from kg.pipeline import Pipeline, Stage, create_stage, register_stage, registered_stages
from kg.stages import DEFAULT_PIPELINE
from tests.ner.test_gazetteer import SNN_ZIP, unpunctuated_news


def test_the_default_pipeline_is_registered_and_consistent() -> None:
    assert set(DEFAULT_PIPELINE) <= set(registered_stages())
    pipeline = Pipeline.from_names(DEFAULT_PIPELINE)
    assert pipeline.names == list(DEFAULT_PIPELINE)


def _kg_stages() -> list[type[Stage]]:
    """Every stage class kg itself defines (not the ones tests register)."""
    registered_stages()  # imports the modules that define them
    found: list[type[Stage]] = []
    pending = list(Stage.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("kg."):
            found.append(cls)
    return found


def test_every_layer_is_a_document_field() -> None:
    """A layer name is a field of the document that holds it; the runtime ones are layers."""
    names = {f.name for f in dataclasses.fields(Document)}
    assert set(get_args(Layer)) <= names
    assert set(RUNTIME_LAYERS) <= set(get_args(Layer))


def test_every_stage_declares_layers() -> None:
    layers = set(get_args(Layer))
    stages = _kg_stages()
    assert {cls.name for cls in stages} >= set(DEFAULT_PIPELINE)
    for cls in stages:
        assert cls.requires <= layers, f"{cls.name} requires {sorted(cls.requires - layers)}"
        assert cls.provides <= layers, f"{cls.name} provides {sorted(cls.provides - layers)}"


def test_the_word_view_comes_from_the_tokens_stage() -> None:
    """The gazetteer, body and relation stages read the words the tokens stage made."""
    with pytest.raises(PipelineError, match=r"'ner.gazetteer' requires \['words'\]"):
        Pipeline.from_names(["sentences", "ner.gazetteer"])
    readers = {cls.name for cls in _kg_stages() if "words" in cls.requires}
    assert readers == {"ner.gazetteer", "ner.bodies", "relations"}


def test_a_missing_requirement_is_named_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError) as error:
        Pipeline.from_names(["sentences", "link"])
    message = str(error.value)
    assert "'link' requires ['mentions']" in message
    assert "['sentences', 'text']" in message


def test_an_unknown_stage_lists_the_registered_ones() -> None:
    with pytest.raises(PipelineError, match=r"unknown stage 'ner\.magic'.*ner\.gazetteer"):
        create_stage("ner.magic")


def test_a_stage_runs_and_is_timed() -> None:
    @register_stage("test.upper-title")
    class Marker(Stage):
        requires = frozenset({"sentences"})
        provides = frozenset({"marked"})

        def __call__(self, doc: Document) -> Document:
            return doc.with_layers("marked")

    pipeline = Pipeline.from_names(["sentences", "test.upper-title"])
    doc = pipeline(Document(id="doc-1", text="قال الوزير إن الاجتماع انتهى. ثم غادر."))
    assert "marked" in doc.annotations
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "قال الوزير إن الاجتماع انتهى.",
        "ثم غادر.",
    ]
    assert set(pipeline.timings) == {"sentences", "test.upper-title"}


def test_a_name_cannot_be_registered_twice() -> None:
    with pytest.raises(PipelineError, match="registered twice"):

        @register_stage("sentences")
        class Other(Stage):
            pass


@pytest.mark.slow
@pytest.mark.shared_data
@pytest.mark.skipif(not SNN_ZIP.exists(), reason="../shared/data is absent")
def test_no_stage_makes_a_mention_across_a_forced_sentence_break() -> None:
    """240,000 characters with no sentence end: every mention, from any stage (names the
    linker widens included), lies inside its sentence, and the graph validates."""
    from kg.ingest import default_pipeline
    from kg.ontology.validate import validate_fast

    text = unpunctuated_news(240_000)
    doc = default_pipeline()(Document(id="doc-long", text=text))
    bounds = {sentence.index: (sentence.start, sentence.end) for sentence in doc.sentences}
    for mention in doc.mentions:
        start, end = bounds[mention.sentence_index]
        assert start <= mention.start < mention.end <= end, mention
    assert validate_fast(doc).conforms, validate_fast(doc).problems[:3]
