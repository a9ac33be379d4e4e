"""The ``sentences`` and ``tokens`` pipeline stages (see ``kg.pipeline``).

The ``tokens`` stage also makes the document's one word view (``kg.text.words``):
the normalised text and its words, which ``ner.gazetteer`` and ``relations``
read instead of normalising and splitting the text again.
"""

from __future__ import annotations

from kg.ids import sentence_id
from kg.model import Document, Sentence
from kg.pipeline import Stage, register_stage
from kg.text.sentences import split_sentences
from kg.text.tokens import tokenize_document
from kg.text.words import word_view


@register_stage("sentences")
class SentenceStage(Stage):
    """Fills ``Document.sentences`` with spans of the original text."""

    requires = frozenset({"text"})
    provides = frozenset({"sentences"})

    def __call__(self, doc: Document) -> Document:
        sentences = tuple(
            Sentence(id=sentence_id(doc.id, index), index=index, start=start, end=end)
            for index, (start, end) in enumerate(split_sentences(doc.text))
        )
        return doc.with_layers("sentences", sentences=sentences)


@register_stage("tokens")
class TokenStage(Stage):
    """Fills ``Document.tokens``, numbered across the document, with stem spans
    that use the words of the whole article as evidence; and ``Document.words``,
    the normalised view and its words (a runtime layer, never stored)."""

    requires = frozenset({"sentences"})
    provides = frozenset({"tokens", "words"})

    def __call__(self, doc: Document) -> Document:
        sentences = ((s.index, s.start, s.end) for s in doc.sentences)
        tokens = tokenize_document(doc.text, sentences)
        return doc.with_layers(
            "tokens", "words", tokens=tuple(tokens), words=word_view(doc.text)
        )
