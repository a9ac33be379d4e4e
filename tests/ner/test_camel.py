"""The ``ner.camel`` stage, with stand-in recognisers: CAMeLBERT cannot be downloaded here.

camel-tools' recogniser gives one label per word, except when its tokeniser
makes nothing of a word (camel-tools issue #105); the stand-ins below label
words from a table, and the faulty ones drop or lose labels the same way, so
that the tests can check that no label ever lands on another word's span.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from kg.camel_data import installed
from kg.errors import ConfigError
from kg.ids import mention_id
from kg.info import environment_report
from kg.ingest import default_pipeline
from kg.model import Document
from kg.ner.camel import (
    CONFIDENCE,
    CamelNER,
    label_words,
    pretrained_recognizer,
    tagger_word,
)
from kg.pipeline import Pipeline, registered_stages

ROOT = Path(__file__).resolve().parents[2]
INSTALL = "camel_data -i ner-arabert"

# Names without diacritics, as the recogniser is fed them.
LABELS: Mapping[str, str] = {
    "دونالد": "B-PERS",
    "ترامب": "I-PERS",
    "مايك": "B-PERS",
    "بومبيو": "I-PERS",
    "وبواشنطن": "B-LOC",
    "واشنطن": "B-LOC",
    "سوريا": "B-LOC",
    "والأمم": "B-ORG",
    "الأمم": "B-ORG",
    "المتحدة": "I-ORG",
    "الجزيرة": "B-MISC",
}
_DIACRITICS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")


class StandIn:
    """Labels words from :data:`LABELS`, as ``NERecognizer.predict_sentence`` would."""

    def __init__(self) -> None:
        self.fed: list[list[str]] = []

    def predict_sentence(self, sentence: list[str]) -> list[str]:
        self.fed.append(list(sentence))
        assert all(word and not _DIACRITICS & set(word) for word in sentence), sentence
        return [LABELS.get(word, "O") for word in sentence]


class DropsWords(StandIn):
    """Gives no label to some words and says nothing, as camel-tools does (issue #105)."""

    def __init__(self, dropped: frozenset[str]) -> None:
        super().__init__()
        self.dropped = dropped

    def predict_sentence(self, sentence: list[str]) -> list[str]:
        labels = super().predict_sentence(sentence)
        return [
            label for word, label in zip(sentence, labels, strict=True) if word not in self.dropped
        ]


class LosesLastLabel(StandIn):
    """Returns one label too few for any sentence of more than one word."""

    def predict_sentence(self, sentence: list[str]) -> list[str]:
        labels = super().predict_sentence(sentence)
        return labels[:-1] if len(labels) > 1 else labels


class AddsLabel(StandIn):
    """Returns one label too many for any sentence of more than one word."""

    def predict_sentence(self, sentence: list[str]) -> list[str]:
        labels = super().predict_sentence(sentence)
        return ["B-PERS", *labels] if len(labels) > 1 else labels


def tokenized(text: str, doc_id: str = "doc-camel") -> Document:
    """``text`` split into sentences and tokens by the real stages."""
    return Pipeline.from_names(["sentences", "tokens"])(Document(id=doc_id, text=text))


def found(doc: Document) -> list[tuple[str, str, int, int]]:
    for mention in doc.mentions:
        assert mention.text == doc.text[mention.start : mention.end]
    return [(m.text, m.label, m.start, m.end) for m in doc.mentions]


def span(text: str, part: str) -> tuple[str, int, int]:
    start = text.index(part)
    return part, start, start + len(part)


def expect(text: str, *mentions: tuple[str, str]) -> list[tuple[str, str, int, int]]:
    """``(text, label, start, end)`` of each ``(part, label)``, ``part`` as printed in ``text``."""
    result = []
    for part, label in mentions:
        surface, start, end = span(text, part)
        result.append((surface, label, start, end))
    return result


# A misplaced shadda on the first letter of «قال», a shadda standing alone between
# the two names of a person, case endings, tatweel inside «واشنطن».
STRAY = "ّقال الرئيسُ الأمريكيّ دونالد ّ ترامبَ في وبواشنـطن إن قواتِه ستنسحب من سُوريا."


STRAY_NAMES = (("دونالد ّ ترامبَ", "Person"), ("واشنـطن", "City"), ("سُوريا", "Country"))
"""The names in ``STRAY``, on their original characters, marks included."""


@pytest.mark.parametrize(
    ("word", "fed"),
    [
        ("ّقال", "قال"),
        ("ّ", ""),
        ("ًٌٍَُِّْ", ""),
        ("الرئيسُ", "الرئيس"),
        ("الأمريكيّ", "الأمريكي"),
        ("واشنـطن", "واشنطن"),
        ("\u200fسوريا\u200e", "سوريا"),
        ("ۖ", ""),
        (".", "."),
    ],
)
def test_words_are_fed_without_marks(word: str, fed: str) -> None:
    assert tagger_word(word) == fed


def test_stray_diacritics_keep_every_span_on_its_characters() -> None:
    tagger = StandIn()
    doc = CamelNER(tagger)(tokenized(STRAY))
    assert found(doc) == expect(STRAY, *STRAY_NAMES)
    # Every word but the lone shadda, without its marks.
    head = ["قال", "الرئيس", "الأمريكي", "دونالد", "ترامب", "في", "وبواشنطن"]
    assert tagger.fed == [[*head, "إن", "قواته", "ستنسحب", "من", "سوريا", "."]]
    for mention in doc.mentions:
        assert mention.id == mention_id(doc.id, mention.start, mention.end)
        assert mention.extractor == "ner.camel"
        assert mention.confidence == CONFIDENCE
        assert mention.sentence_index == 0
    assert "mentions" in doc.annotations


def test_mentions_of_every_sentence_with_their_classes() -> None:
    text = (
        "قال وزير الخارجية الأمريكي مايك بومبيو في واشنطن إن بلاده تعمل مع الأمم المتحدة. "
        "وبثّت قناة الجزيرة الخبر من سوريا."
    )
    doc = CamelNER(StandIn())(tokenized(text))
    assert found(doc) == expect(
        text,
        ("مايك بومبيو", "Person"),
        ("واشنطن", "City"),
        ("الأمم المتحدة", "InternationalOrganization"),
        ("الجزيرة", "Miscellaneous"),
        ("سوريا", "Country"),
    )
    assert [m.sentence_index for m in doc.mentions] == [0, 0, 0, 1, 1]


def test_a_mention_starts_after_its_proclitics() -> None:
    text = "وصل الوفد إلى بيروت وبواشنطن والأمم المتحدة."
    doc = CamelNER(StandIn())(tokenized(text))
    assert found(doc) == expect(
        text, ("واشنطن", "City"), ("الأمم المتحدة", "InternationalOrganization")
    )


def test_a_word_the_recognizer_drops_shifts_no_label(caplog: pytest.LogCaptureFixture) -> None:
    # «ۖ» is a Quranic pause mark standing alone; this recogniser drops «إن» as well.
    text = "قال دونالد ترامب إن ۖ واشنطن ستنسحب من سوريا."
    tagger = DropsWords(frozenset({"إن"}))
    words = [text[t.start : t.end] for t in tokenized(text).tokens]
    fed = [tagger_word(word) for word in words if tagger_word(word)]
    assert len(tagger.predict_sentence(fed)) == len(fed) - 1  # what naive zipping would shift

    with caplog.at_level(logging.WARNING, logger="kg.ner.camel"):
        doc = CamelNER(tagger)(tokenized(text))
    assert found(doc) == expect(
        text, ("دونالد ترامب", "Person"), ("واشنطن", "City"), ("سوريا", "Country")
    )
    assert "8 labels for 9 words" in caplog.text
    assert "'إن' got 0 labels" in caplog.text


@pytest.mark.parametrize("tagger", [LosesLastLabel(), AddsLabel()], ids=["too few", "too many"])
def test_a_wrong_label_count_falls_back_to_word_by_word(
    tagger: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.ner.camel"):
        doc = CamelNER(tagger)(tokenized(STRAY))
    assert found(doc) == expect(STRAY, *STRAY_NAMES)
    assert "labels for 13 words; tagging word by word" in caplog.text
    assert "using the label of each word tagged alone" in caplog.text


def test_label_words_reports_what_it_did() -> None:
    words = ["ّ", "دونالد", "ترامبَ", "إن", "سُوريا", "ـ"]
    exact = label_words(StandIn(), words)
    assert exact.indices == (1, 2, 3, 4)
    assert exact.labels == ("B-PERS", "I-PERS", "O", "B-LOC")
    assert exact.warnings == ()
    assert exact.spans() == [("PERS", (1, 2)), ("LOC", (4,))]

    dropped = label_words(DropsWords(frozenset({"ترامب"})), words)
    assert dropped.indices == (1, 3, 4)
    assert dropped.labels == ("B-PERS", "O", "B-LOC")
    assert len(dropped.warnings) == 2

    alone = label_words(LosesLastLabel(), words)
    assert alone.indices == (1, 2, 3, 4)
    assert alone.labels == ("B-PERS", "I-PERS", "O", "B-LOC")
    assert alone.warnings[-1] == "using the label of each word tagged alone"

    assert label_words(StandIn(), ["ّ", "ـ"]).indices == ()


def test_unknown_labels_are_read_as_outside() -> None:
    class OddLabels(StandIn):
        def predict_sentence(self, sentence: list[str]) -> list[str]:
            return ["B-DATE", "I-", "X", "B-LOC"][: len(sentence)]

    alignment = label_words(OddLabels(), ["أمس", "في", "مدينة", "حلب"])
    assert alignment.labels == ("O", "O", "O", "B-LOC")


def test_mentions_already_present_are_kept_and_not_repeated() -> None:
    text = "قال مايك بومبيو في واشنطن إن سوريا مهمة."
    before = Pipeline.from_names(["sentences", "tokens", "ner.gazetteer"])(
        Document(id="doc-camel", text=text)
    )
    doc = CamelNER(StandIn())(before)
    assert doc.mentions[: len(before.mentions)] == before.mentions
    spans = [(m.start, m.end) for m in doc.mentions]
    assert len(spans) == len(set(spans))
    assert {span(text, "سوريا")[1:], span(text, "واشنطن")[1:]} <= set(spans)


# Without the model: clear errors, no download, no import of camel_tools.ner.


@pytest.fixture()
def camel_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty camel-tools data directory as CAMELTOOLS_DATA."""
    directory = tmp_path / "camel_tools"
    directory.mkdir()
    monkeypatch.setenv("CAMELTOOLS_DATA", str(directory))
    installed.cache_clear()
    pretrained_recognizer.cache_clear()
    yield directory
    installed.cache_clear()
    pretrained_recognizer.cache_clear()


def test_without_the_model_the_stage_names_the_install_command(camel_data: Path) -> None:
    with pytest.raises(ConfigError, match=INSTALL) as error:
        CamelNER()
    assert str(camel_data) in str(error.value)
    with pytest.raises(ConfigError, match=INSTALL):
        default_pipeline(ner="camel")
    with pytest.raises(ConfigError, match=INSTALL):
        pretrained_recognizer()
    assert "ner.camel" in registered_stages()
    assert "camel" not in environment_report(camel_data)["NER backends"].split(", ")


def test_the_model_is_loaded_only_when_the_stage_runs(
    camel_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (camel_data / "versions.json").write_text(json.dumps({"ner-arabert": "0.0.0"}), "utf-8")
    (camel_data / "catalogue.json").write_text("{}", "utf-8")
    # Importing either would be an error (and camel_tools.data may download).
    monkeypatch.setitem(sys.modules, "camel_tools.ner", None)
    monkeypatch.setitem(sys.modules, "camel_tools.data", None)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")

    pipeline = default_pipeline(ner="camel")
    assert pipeline.names == [
        "sentences",
        "tokens",
        "ner.gazetteer",
        "ner.camel",
        "ner.bodies",
        "link",
        "relations",
        "calibrate",
    ]
    assert "camel" in environment_report(camel_data)["NER backends"].split(", ")
    stage = CamelNER()
    with pytest.raises(ConfigError, match="could not be loaded"):
        stage(tokenized(STRAY))


def test_default_pipeline_backends() -> None:
    assert "ner.bundled" in default_pipeline().names
    with pytest.raises(ConfigError, match="bundled, camel"):
        default_pipeline(ner="spacy")


def test_cli_ner_camel_without_the_model_is_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(STRAY, encoding="utf-8")
    empty = tmp_path / "camel_tools"
    empty.mkdir()
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CAMELTOOLS_DATA": str(empty),
        "COLUMNS": "400",
    }
    store = tmp_path / "store"
    result = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(article), "--ner=camel", f"--store={store}"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "--ner" in message
    assert f"install it with `{INSTALL}`" in message
    assert not store.exists()
