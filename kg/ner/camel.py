"""The ``ner.camel`` stage: camel-tools' CAMeLBERT NER, when ``camel_data`` has installed it.

``camel_tools.ner`` imports ``camel_tools.data``, which downloads the package
catalogue when it is missing, so the recogniser is imported and loaded only
when the stage first tags a sentence, and only after :func:`kg.camel_data.installed`
has seen the model on disk (design decision 7). A recogniser can also be
passed in: anything with ``predict_sentence(words) -> labels``.

The recogniser gives one BIO label (``B-PERS``, ``I-LOC``, ``O``...) per word,
except when its BERT tokeniser makes nothing of a word: then that word's label
is silently missing and every later label shifts onto the wrong word
(camel-tools issue #105: a misplaced shadda, a token that is only
diacritics). :func:`label_words` therefore feeds it the words without
diacritics, tatweel, other combining marks and format characters, leaves out
words with nothing left, keeps the index of each fed word's token, and tags
word by word when the count of labels still differs. A mention is a run of
labelled tokens: its span runs from the first token's start (after its
proclitics) to the last token's end in the original text, diacritics included.
Its ontology class comes from the same rules as ``ner.bundled``
(:class:`kg.ner.bundled.NameRules`).
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from camel_tools.utils.dediac import dediac_ar

from kg.camel_data import installed
from kg.errors import ConfigError
from kg.model import Document
from kg.ner.bundled import NameRules, name_rules
from kg.ner.conll import COARSE_ONTOLOGY, chunks
from kg.ner.mentions import NewMentions, tokens_by_sentence
from kg.pipeline import Stage, register_stage
from kg.text.normalize import TATWEEL

EXTRACTOR = "ner.camel"
INSTALL_COMMAND = "camel_data -i ner-arabert"
CONFIDENCE = 0.8
"""The recogniser gives labels without probabilities; every mention gets this confidence."""
_NOT_FED = frozenset({"Mn", "Cf"})
"""Unicode categories of the characters :func:`tagger_word` removes."""

_log = logging.getLogger(__name__)


class Recognizer(Protocol):
    """What the stage needs of ``camel_tools.ner.NERecognizer``."""

    def predict_sentence(self, sentence: list[str]) -> list[str]: ...


def _not_installed_message() -> str:
    directory = installed().directory
    return (
        f"the camel NER backend needs camel-tools' CAMeLBERT NER model, which is not installed "
        f"in {directory} (CAMELTOOLS_DATA); install it with `{INSTALL_COMMAND}`, "
        "or use the bundled backend (--ner bundled)"
    )


def require_installed() -> None:
    """Raise :class:`ConfigError` unless ``camel_data`` has installed the NER model."""
    if not installed().ner:
        raise ConfigError(_not_installed_message())


@lru_cache(maxsize=1)
def pretrained_recognizer() -> Recognizer:
    """camel-tools' pretrained recogniser, loaded once per process from the installed data."""
    require_installed()
    # The model is on disk: Hugging Face must not look for a newer one online.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from camel_tools.ner import NERecognizer

        recognizer: Recognizer = NERecognizer.pretrained()
    except (ImportError, OSError, KeyError, ValueError) as error:
        raise ConfigError(
            f"camel-tools' NER model in {installed().directory} could not be loaded ({error}); "
            f"reinstall it with `{INSTALL_COMMAND}`"
        ) from error
    return recognizer


def tagger_word(word: str) -> str:
    """``word`` as the recogniser is given it: its letters, digits and punctuation.

    Diacritics (``dediac_ar``), tatweel, the other combining marks (Quranic
    signs...) and format characters (bidi marks, zero-width joiners) go: they
    are what the recogniser's tokeniser stumbles over, and no name depends on
    them. A word that is nothing but these becomes empty and is not fed.
    """
    return "".join(
        char
        for char in dediac_ar(word)
        if char != TATWEEL and unicodedata.category(char) not in _NOT_FED
    ).strip()


@dataclass(frozen=True, slots=True)
class Alignment:
    """Labels of the words of one sentence that the recogniser labelled.

    ``labels[k]`` belongs to ``words[indices[k]]``; the other words (only
    diacritics, or left unlabelled by the recogniser) are inside a mention
    when the words on both sides are.
    """

    indices: tuple[int, ...]
    labels: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    def spans(self) -> list[tuple[str, tuple[int, ...]]]:
        """The type and the labelled word indices of every mention, in order."""
        return [(kind, self.indices[start:end]) for kind, start, end in chunks(self.labels)]


def label_words(recognizer: Recognizer, words: Sequence[str]) -> Alignment:
    """Tag one sentence of surface ``words`` without letting a label slip onto another word.

    The words are fed without diacritics (:func:`tagger_word`); when the
    recogniser still returns a label count that differs from the words fed,
    each word is tagged alone: a word that gets no label is left out, and the
    rest are tagged again together, or keep their labels from alone when the
    count differs again.
    """
    cleaned = [tagger_word(word) for word in words]
    indices = [index for index, word in enumerate(cleaned) if word]
    if not indices:
        return Alignment((), ())
    fed = [cleaned[index] for index in indices]
    labels = list(recognizer.predict_sentence(fed))
    if len(labels) == len(fed):
        return Alignment(tuple(indices), _clean(labels))

    warnings = [
        f"the recogniser gave {len(labels)} labels for {len(fed)} words; tagging word by word"
    ]
    alone: dict[int, str] = {}
    for index, word in zip(indices, fed, strict=True):
        label = list(recognizer.predict_sentence([word]))
        if len(label) == 1:
            alone[index] = label[0]
        else:
            warnings.append(f"word {index} {words[index]!r} got {len(label)} labels; left out")
    kept = sorted(alone)
    if kept and len(kept) < len(indices):
        labels = list(recognizer.predict_sentence([cleaned[i] for i in kept]))
        if len(labels) == len(kept):
            return Alignment(tuple(kept), _clean(labels), tuple(warnings))
        warnings.append(f"the recogniser gave {len(labels)} labels for {len(kept)} words again")
    warnings.append("using the label of each word tagged alone")
    return Alignment(tuple(kept), _clean([alone[index] for index in kept]), tuple(warnings))


def _clean(labels: Sequence[str]) -> tuple[str, ...]:
    """The labels, with anything other than B-/I- of a known type read as ``O``."""
    result = []
    for label in labels:
        prefix, _, kind = label.partition("-")
        result.append(label if prefix in ("B", "I") and kind in COARSE_ONTOLOGY else "O")
    return tuple(result)


@register_stage(EXTRACTOR)
class CamelNER(Stage):
    """Tags every sentence with camel-tools' CAMeLBERT NER and adds the mentions it finds.

    Building the stage only checks that the model is installed (unless a
    ``recognizer`` is given); the model is loaded when the first document is
    tagged. As with ``ner.bundled``, mentions already present are kept, a span
    that is already there is not added twice, and a mention starts after the
    proclitics of its first token («وبواشنطن» gives «واشنطن»).
    """

    requires = frozenset({"sentences", "tokens"})
    provides = frozenset({"mentions"})

    def __init__(self, recognizer: Recognizer | None = None) -> None:
        if recognizer is None:
            require_installed()
        self._recognizer = recognizer
        self.names: NameRules = name_rules()

    @property
    def recognizer(self) -> Recognizer:
        if self._recognizer is None:
            self._recognizer = pretrained_recognizer()
        return self._recognizer

    def __call__(self, doc: Document) -> Document:
        mentions = NewMentions(doc, self.name)
        for sentence_index, tokens in tokens_by_sentence(doc):
            words = [doc.text[t.start : t.end] for t in tokens]
            alignment = label_words(self.recognizer, words)
            for warning in alignment.warnings:
                _log.warning("%s sentence %d: %s", doc.id, sentence_index, warning)
            for coarse, labelled in alignment.spans():
                first, last = labelled[0], labelled[-1]
                start = tokens[first].start + self.names.name_start(words[first])
                label = self.names.fine.classify(coarse, [words[i] for i in labelled])
                mentions.add(start, tokens[last].end, label, CONFIDENCE, sentence_index)
        return mentions.document()
