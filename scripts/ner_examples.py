"""Training examples of the neural tagger and their batches (for ``scripts/ner_training.py``).

A sentence becomes an :class:`Example` (normalised words, stems, hint strings, IOB2 tag
ids: :func:`make_example`); :class:`Jackknife` gives each training sentence the lexicon
of the other folds; :func:`batches` pads examples of similar length into id tensors.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from kg.ner.conll import TaggedSentence, chunks
from kg.ner.features import Lexicon, NameLists
from kg.ner.neural import UNK, Vocabulary, char_matrix, token_hints

BLOCK = 40
FOLDS = 5
TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")


@dataclass
class Example:
    normal: list[str]
    stems: list[str]
    rows: list[list[str]]
    tags: list[int]
    copy: bool = False
    """A copy with other names (``Settings.augment``): its words do not count
    towards the vocabularies."""
    soft: tuple[np.ndarray, np.ndarray] | None = None
    """Tag and tag-pair marginals to learn instead of ``tags`` (``Settings.soft_extra``)."""


class Jackknife:
    """The training sentences, each with the lexicon of the other folds (blocks of
    ``BLOCK`` sentences dealt round ``folds`` folds), so its lexicon hints are those
    of a name the tagger has not seen."""

    def __init__(
        self, sentences: Sequence[TaggedSentence], gazetteer: NameLists, folds: int = FOLDS
    ) -> None:
        self.sentences = sentences
        self.gazetteer = gazetteer
        self.folds = folds
        self.lexicons = [
            Lexicon.from_sentences(
                [(s.words, s.tags) for i, s in enumerate(sentences) if self.fold(i) != fold]
            )
            for fold in range(folds)
        ]

    def fold(self, index: int) -> int:
        return (index // BLOCK) % self.folds

    def examples(self) -> list[Example]:
        """One example per sentence."""
        return [
            make_example(sentence, self.gazetteer, self.lexicons[self.fold(i)])
            for i, sentence in enumerate(self.sentences)
        ]

    def copies(self, augment: Callable[[TaggedSentence], TaggedSentence | None]) -> list[Example]:
        """One example for each sentence ``augment`` returns a copy of; the copy reads
        the lexicon of its original's fold."""
        examples = []
        for i, sentence in enumerate(self.sentences):
            copy = augment(sentence)
            if copy is not None:
                example = make_example(copy, self.gazetteer, self.lexicons[self.fold(i)])
                example.copy = True
                examples.append(example)
        return examples


def iob2(tags: Sequence[str]) -> list[str]:
    """The same chunks (as conlleval reads them) in strict IOB2: an ``I-`` that opens
    a chunk becomes ``B-``."""
    result = ["O"] * len(tags)
    for kind, start, end in chunks(tags):
        result[start] = "B-" + kind
        for i in range(start + 1, end):
            result[i] = "I-" + kind
    return result


def make_example(sentence: TaggedSentence, gazetteer: NameLists, lexicon: Lexicon) -> Example:
    normal, stems, rows = token_hints(sentence.words, gazetteer, lexicon)
    return Example(normal, stems, rows, [TAGS.index(t) for t in iob2(sentence.tags)])


def batches(
    examples: Sequence[Example],
    words: Vocabulary,
    stems: Vocabulary,
    chars: Vocabulary,
    hints: Sequence[Vocabulary],
    size: int,
    *,
    rare: Callable[[str], bool] | None = None,
    unk_replace: float = 0.0,
    shuffle: random.Random | None = None,
    clean: list[tuple[torch.Tensor, torch.Tensor]] | None = None,
    soft: list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]] | None = None,
) -> list[tuple[torch.Tensor, ...]]:
    """Padded id tensors, sentences of similar length together. With ``clean``, the
    word and stem ids of each batch before ``unk_replace`` are appended to it; with
    ``soft``, each batch's ``Example.soft`` (padded with zeros) and a weight a
    sentence, 1 where it has them."""
    groups = length_groups(examples, size)
    if shuffle:
        shuffle.shuffle(groups)
    result = []
    for group in groups:
        longest = max(len(examples[i].normal) for i in group)
        w = np.zeros((len(group), longest), dtype=np.int64)
        s = np.zeros_like(w)
        ci = np.zeros_like(w)
        distinct: dict[str, int] = {}
        h = np.zeros((len(group), longest, len(hints)), dtype=np.int64)
        t = np.zeros_like(w)
        lengths = np.zeros(len(group), dtype=np.int64)
        for b, i in enumerate(group):
            e = examples[i]
            lengths[b] = len(e.normal)
            for j, word in enumerate(e.normal):
                drop = bool(shuffle and rare and rare(word) and shuffle.random() < unk_replace)
                w[b, j] = UNK if drop else words(word)
                s[b, j] = UNK if drop else stems(e.stems[j])
                ci[b, j] = distinct.setdefault(word, len(distinct))
                h[b, j] = [v(value) for v, value in zip(hints, e.rows[j], strict=True)]
                t[b, j] = e.tags[j]
        c = char_matrix(list(distinct), chars)
        if clean is not None:
            ids = [[words(word) for word in examples[i].normal] for i in group]
            stem_ids = [[stems(stem) for stem in examples[i].stems] for i in group]
            clean.append((_padded(ids, longest), _padded(stem_ids, longest)))
        if soft is not None:
            soft.append(_soft_targets([examples[i] for i in group], longest))
        result.append(tuple(torch.from_numpy(a) for a in (w, s, c, ci, h, t, lengths)))
    return result


def length_groups(examples: Sequence[Example], size: int) -> list[list[int]]:
    """The indexes of ``examples`` in batches of ``size``, shortest sentences first."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].normal))
    return [order[i : i + size] for i in range(0, len(order), size)]


def _soft_targets(
    group: Sequence[Example], longest: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    tags = len(TAGS)
    node = np.zeros((len(group), longest, tags), dtype=np.float32)
    edge = np.zeros((len(group), max(longest - 1, 0), tags, tags), dtype=np.float32)
    weight = np.zeros(len(group), dtype=np.float32)
    for b, example in enumerate(group):
        if example.soft is not None:
            length = len(example.normal)
            node[b, :length], edge[b, : length - 1] = example.soft
            weight[b] = 1.0
    return torch.from_numpy(weight), torch.from_numpy(node), torch.from_numpy(edge)


def _padded(rows: Sequence[Sequence[int]], width: int) -> torch.Tensor:
    array = np.zeros((len(rows), width), dtype=np.int64)
    for b, row in enumerate(rows):
        array[b, : len(row)] = row
    return torch.from_numpy(array)
