"""The Arabic text layer: normalised views with offset maps, sentences, tokens."""

from kg.text.normalize import NormalizedView, normalize, normalize_key
from kg.text.sentences import split_sentences
from kg.text.tokens import (
    CliticSplit,
    clitic_splits,
    clitic_variants,
    document_vocabulary,
    stem_span,
    token_spans,
    tokenize,
)

__all__ = [
    "CliticSplit",
    "NormalizedView",
    "clitic_splits",
    "clitic_variants",
    "document_vocabulary",
    "normalize",
    "normalize_key",
    "split_sentences",
    "stem_span",
    "token_spans",
    "tokenize",
]
