"""The bundled tagger runs a long text through its network in bounded passes,
and the passes change nothing: the same mentions with the same confidences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import kg.ner.bundled as bundled
from kg.ids import document_id
from kg.model import Document, Mention
from kg.ner.neural import NeuralTagger
from kg.pipeline import Pipeline

TEXT = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو ترفض العقوبات الجديدة.\n"
    "والتقى الرئيس الأمريكي باراك أوباما العاهل الأردني الملك عبدالله الثاني في واشنطن.\n"
    "وأعلنت وزارة الداخلية السعودية القبض على خلية إرهابية في الرياض.\n"
    "ودعا الأمين العام لحلف الناتو ينس ستولتنبرغ إلى الحوار مع أنقرة.\n"
) * 20


def _mentions(monkeypatch: pytest.MonkeyPatch, words_per_pass: int) -> tuple[Mention, ...]:
    monkeypatch.setattr(bundled, "NEURAL_WORDS_PER_PASS", words_per_pass)
    pipeline = Pipeline.from_names(["sentences", "tokens", "ner.bundled"])
    return pipeline(Document(id=document_id(None, TEXT), text=TEXT)).mentions


def test_passes_of_a_few_words_tag_exactly_as_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    passes: list[int] = []
    tag_many = NeuralTagger.paths_with_marginals

    def counted(self: NeuralTagger, sentences: Sequence[Sequence[str]]) -> Any:
        passes.append(sum(map(len, sentences)))
        return tag_many(self, sentences)

    monkeypatch.setattr(NeuralTagger, "paths_with_marginals", counted)
    one_pass = _mentions(monkeypatch, 10**9)
    assert len(passes) == 1 and len(one_pass) >= 80
    passes.clear()
    assert _mentions(monkeypatch, 30) == one_pass
    assert len(passes) > 20 and max(passes) <= 30
