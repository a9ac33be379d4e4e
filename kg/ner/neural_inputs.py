"""What the neural tagger (:mod:`kg.ner.neural`) reads of each word, as strings and ids.

A word's discrete hints (:data:`HINTS`): those of the word alone (:func:`word_hints`,
cached with its input projection at tagging time) and those of its context and the
lexicon (:func:`context_hints`); its letters as ids (:func:`char_matrix`); and the
vocabularies that turn strings into ids (:class:`Vocabulary`). The training script
(``scripts/ner_training.py``) reads the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kg.ner.features import (
    RARE_USAGE,
    TRIGGERS,
    Lexicon,
    NameLists,
    shape,
    strip_clitics,
    word_usage,
)
from kg.text.normalize import normalize_key

PAD, UNK = 0, 1
HINTS = (
    "prefix",
    "shape",
    "gazetteer",
    "lexicon",
    "usual",
    "trigger",
    "nationality",
    "length",
    "person_word",
    "frequency",
    "article",
    "suffixes",
)
"""The discrete hints of a word, in the order of :func:`token_hints`'s columns."""
MAX_CHARS = 20


CONTEXT_HINTS = ("gazetteer", "lexicon", "usual")
"""The hints that depend on the neighbouring words or on the lexicon."""
WORD_HINTS = tuple(name for name in HINTS if name not in CONTEXT_HINTS)
"""The hints that depend on the word alone: at tagging time they are cached with
the word's input projection."""


def word_hints(word: str, prefix: str, stem: str, gazetteer: NameLists) -> tuple[str, ...]:
    """The :data:`WORD_HINTS` of a normalised word, split into proclitics and stem."""
    return (
        prefix,
        shape(word),
        TRIGGERS.get(word) or TRIGGERS.get(stem) or "",
        "nat" if gazetteer.is_nationality(stem) else "",
        str(min(len(stem), 10)),
        gazetteer.person_words.get(stem, ""),
        *word_usage().get(stem, RARE_USAGE),
    )


def context_hints(
    stems: Sequence[str], gazetteer: NameLists, lexicon: Lexicon | None
) -> list[tuple[str, str, str]]:
    """The :data:`CONTEXT_HINTS` of each word of a sentence, from the stems."""
    gazetteer_tags = gazetteer.tag(stems)
    if lexicon is None:
        return [(tag, "", "") for tag in gazetteer_tags]
    name_tags = lexicon.names.tag(stems)
    return [
        (gazetteer_tags[i], name_tags[i], lexicon.words.get(stem, ""))
        for i, stem in enumerate(stems)
    ]


def token_hints(
    words: Sequence[str], gazetteer: NameLists, lexicon: Lexicon | None
) -> tuple[list[str], list[str], list[list[str]]]:
    """Normalised words, their stems, and one row of hint strings per word (see HINTS)."""
    normal = [normalize_key(word) or word for word in words]
    split = [strip_clitics(word) for word in normal]
    stems = [stem for _, stem in split]
    rows = []
    for word, (prefix, stem), context in zip(
        normal, split, context_hints(stems, gazetteer, lexicon), strict=True
    ):
        values = dict(zip(WORD_HINTS, word_hints(word, prefix, stem, gazetteer), strict=True))
        values.update(zip(CONTEXT_HINTS, context, strict=True))
        rows.append([values[name] for name in HINTS])
    return normal, stems, rows


class Vocabulary:
    """Strings -> ids; 0 is padding, 1 unknown."""

    def __init__(self, items: Sequence[str]) -> None:
        self.items = list(items)
        self.index = {item: i + 2 for i, item in enumerate(self.items)}

    def __len__(self) -> int:
        return len(self.items) + 2

    def __call__(self, item: str) -> int:
        return self.index.get(item, UNK)


def char_matrix(words: Sequence[str], chars: Vocabulary) -> np.ndarray:
    """``[words, MAX_CHARS]`` letter ids; a long word keeps its first and last letters."""
    matrix = np.zeros((len(words), MAX_CHARS), dtype=np.int64)
    half = MAX_CHARS // 2
    index = chars.index
    for i, word in enumerate(words):
        letters = word if len(word) <= MAX_CHARS else word[:half] + word[-half:]
        matrix[i, : len(letters)] = [index.get(c, UNK) for c in letters]
    return matrix
