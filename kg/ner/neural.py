"""A small neural tagger for the bundled NER model: BiLSTM-CRF over words and characters.

Each word is read as

- its normalised form and its clitic-stripped stem (embeddings learnt from
  the training data: no pretrained vectors are downloaded or shipped),
- its characters, through a convolution with max-pooling (width 2, 3 and 4),
  which sees the affixes and clitics of Arabic words and spellings of names,
- discrete hints (:func:`token_hints`), most of them CRF features too: proclitics,
  word shape, the name lists (and whether the word is a given or family name
  there), the training-name lexicon, the usual type of the stem, trigger words,
  nationality adjectives, and how the word is used in general Arabic text (how
  common it is, how often it takes the article or a possessive suffix),

then a bidirectional LSTM reads the sentence (or, with ``Config.encoder``
``cnn``, a few layers of width-3 word convolutions: :func:`cnn_states`) and a
linear-chain CRF layer (transitions that IOB2 forbids are barred) picks the tags.

The network is trained in torch (``scripts/ner_training.py``), but tagging runs in
numpy alone (no torch import): the LSTM's input projection is linear, so the
part that depends on the word alone (word, stem and character vectors, and the
hints of :data:`WORD_HINTS`) is computed once per distinct word and cached,
the other hints' part is a table lookup, and only the recurrence runs per
sentence. Several networks trained with different seeds make an ensemble that
runs as one network. Weights ship as float16 in one ``.npz`` file, with the
vocabularies as JSON inside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kg.ner.crf_decode import (
    allowed_starts,
    allowed_transitions,
    marginals,
    marginals_many,
    viterbi,
    viterbi_many,
)
from kg.ner.features import Lexicon, NameLists, strip_clitics
from kg.ner.neural_inputs import (
    CONTEXT_HINTS,
    HINTS,
    MAX_CHARS,
    PAD,
    UNK,
    WORD_HINTS,
    Vocabulary,
    char_matrix,
    context_hints,
    token_hints,
    word_hints,
)
from kg.ner.neural_layers import (
    bilstm_states,
    char_vectors,
    cnn_states,
    fused_convolutions,
    letter_tables,
)
from kg.ner.neural_weights import Config, Member, read_weights, write_weights
from kg.text.normalize import normalize_key

__all__ = [
    "CACHE_BYTES", "CONTEXT_HINTS", "HINTS", "MAX_CHARS", "NEG", "PAD", "UNK", "WORD_HINTS",
    "WORD_TABLE_BYTES", "Config", "NeuralTagger", "Vocabulary", "bilstm_states", "char_matrix",
    "char_vectors", "cnn_states", "context_hints", "fused_convolutions", "letter_tables",
    "read_weights", "token_hints", "word_hints", "write_weights",
]
"""What the tagger's users import from here; the word inputs, the numpy layers and the
weight file live in :mod:`kg.ner.neural_inputs`, :mod:`kg.ner.neural_layers` and
:mod:`kg.ner.neural_weights`."""

CACHE_BYTES = 2**28
"""Memory for the per-word cache of input projections (float32 rows of 8H per member):
about 28,000 words for the bundled ensemble. A full cache is emptied and filled again;
on the 2,882 articles of the SaudiNewsNet day this cost 1.5 % more CPU in the tagger
than a cache four times as large, and kept the process 570 MB smaller
(`scripts/bench_pipeline.py` under `/usr/bin/time -v`: peak RSS 1.07 GB against 1.64 GB)."""
NEG = -1e4
WORD_TABLE_BYTES = 2**26
"""The most memory for the word and stem parts of the input projection as tables
(float32, a row per vocabulary entry): one network of the bundled shape fits
(65 MB), the ensemble of three (196 MB) keeps the per-word product."""


class _HintRows:
    """The input rows of several hints in one table, so that a word's rows are summed
    with one lookup."""

    def __init__(self, indexes: Sequence[Mapping[str, int]], tables: Sequence[np.ndarray]) -> None:
        self.indexes = indexes
        self.offsets = np.cumsum([0, *(len(table) for table in tables[:-1])])
        self.table = np.concatenate(tables)

    def __call__(self, values: Sequence[Sequence[str]]) -> np.ndarray:
        """``[words, columns]``: the sum of each word's hint rows (one value per hint)."""
        ids = [
            [index.get(value, UNK) for index, value in zip(self.indexes, row, strict=True)]
            for row in values
        ]
        rows: np.ndarray = self.table[np.array(ids, dtype=np.intp) + self.offsets].sum(axis=1)
        return rows


class NeuralTagger:
    """The trained network(s) with their vocabularies, tagging one sentence at a time.

    Several members (networks trained with different seeds on the same data,
    sharing vocabularies) make an ensemble: their emission scores and CRF
    transitions are averaged.
    """

    def __init__(
        self,
        meta: Mapping[str, Any],
        members: Sequence[Mapping[str, np.ndarray]],
        gazetteer: NameLists,
        lexicon: Lexicon,
    ) -> None:
        self.tags: list[str] = list(meta["tags"])
        self.words = Vocabulary(meta["words"])
        self.stems = Vocabulary(meta["stems"])
        self.chars = Vocabulary(meta["chars"])
        self.hint_vocabularies = [Vocabulary(items) for items in meta["hints"]]
        self.config = Config(**meta["config"])
        self.members = [Member(m, self.config, len(HINTS)) for m in members]
        # The members run as one network: their input projections side by side (one
        # cache row per word, word hints included; the context hints' rows added per
        # token), their recurrences together (see bilstm_states), and the mean of
        # their emissions as one product with their output layers stacked.
        self._cache: dict[str, int] = {}
        """Normalised word -> its row of ``_rows`` (the first ``len(_cache)`` rows)."""
        cnn = self.config.encoder == "cnn"
        # A word's input columns: (first layer's window of 3) x H, or 2 directions x 4H.
        self._columns = (3 if cnn else 8) * self.config.hidden * len(members)
        self._cache_rows = CACHE_BYTES // (self._columns * 4)
        self._rows = np.empty((1024, self._columns), np.float32)
        self._split: dict[str, tuple[str, str, str]] = {}
        """Surface word -> normalised word, its proclitics and stem."""

        def hint_rows(names: Sequence[str]) -> _HintRows:
            ks = [HINTS.index(name) for name in names]
            return _HintRows(
                [self.hint_vocabularies[k].index for k in ks],
                [np.concatenate([m.hint_tables[k] for m in self.members], axis=1) for k in ks],
            )

        self._word_hints = hint_rows(WORD_HINTS)
        self._context_hints = hint_rows(CONTEXT_HINTS)
        self._context_index: dict[tuple[str, str, str], int] = {}
        self._context_table = np.empty((0, self._columns), np.float32)
        self._bias = np.concatenate([m.bias for m in self.members])
        # The word-only inputs of all members: [vocabulary, M, dim] vectors, letter
        # tables and convolution biases side by side, [M, input, 8H] projections.
        self._word_vectors = np.stack([m.word for m in self.members], axis=1)
        self._stem_vectors = np.stack([m.stem for m in self.members], axis=1)
        self._letters = np.concatenate([m.letters for m in self.members], axis=2)
        self._conv_bias = np.concatenate([m.conv_bias for m in self.members])
        self._projection = np.stack([m.word_projection for m in self.members])
        self._word_table: np.ndarray | None = None
        self._stem_table: np.ndarray | None = None
        columns = self._projection.shape[2] * len(members)
        if 4 * columns * (len(self.words) + len(self.stems)) <= WORD_TABLE_BYTES:
            # The word and stem parts of the projection as tables (a row per vocabulary
            # entry, for all members side by side); the letter part stays a product.
            word_dim, stem_dim = self.config.word_dim, self.config.stem_dim
            parts = [(m.word_projection, m.word, m.stem) for m in self.members]
            self._word_table = np.concatenate([w @ p[:word_dim] for p, w, _ in parts], axis=1)
            self._stem_table = np.concatenate(
                [t @ p[word_dim : word_dim + stem_dim] for p, _, t in parts], axis=1
            )
            self._projection = np.ascontiguousarray(self._projection[:, word_dim + stem_dim :])
        if cnn:
            layers = range(len(self.config.dilations) - 1)
            self._kernels = [np.stack([m.kernels[k] for m in self.members]) for k in layers]
            self._kernel_biases = [
                np.stack([m.kernel_biases[k] for m in self.members]) for k in layers
            ]
        else:
            self._w_hh = np.concatenate([m.w_hh for m in self.members])
        self._out_weight = np.concatenate([m.out_weight for m in self.members]) / len(members)
        self._out_bias = np.mean([m.out_bias for m in self.members], axis=0)
        self._out_bias[self.tags.index("O")] -= self.config.outside_bias
        self.gazetteer = gazetteer
        self.lexicon = lexicon

        def mean(name: str) -> np.ndarray:
            result: np.ndarray = np.mean(
                [np.asarray(m[name], dtype=np.float32) for m in members], axis=0
            )
            return result

        self._transitions = mean("transitions")
        self._transitions[~allowed_transitions(self.tags)] = NEG
        self._start = mean("start")
        self._start[~allowed_starts(self.tags)] = NEG
        self._end = mean("end")

    @classmethod
    def load(cls, path: Path, gazetteer: NameLists, lexicon: Lexicon) -> NeuralTagger:
        meta, members = read_weights(path)
        return cls(meta, members, gazetteer, lexicon)

    def scores(self, words: Sequence[str], lexicon: Lexicon | None = None) -> np.ndarray:
        """``[time, tags]`` emission scores of a non-empty sentence (the members' mean);
        ``lexicon`` overrides the bundled one."""
        return self.scores_many([words], lexicon)[0]

    def scores_many(
        self, sentences: Sequence[Sequence[str]], lexicon: Lexicon | None = None
    ) -> list[np.ndarray]:
        """:meth:`scores` of several non-empty sentences, run through the network together."""
        lexicon = lexicon or self.lexicon
        gate_inputs = []
        cnn = self.config.encoder == "cnn"
        shape = (2 * len(self.members), 4 * self.config.hidden)
        for words in sentences:
            if len(self._cache) > self._cache_rows:  # before looking: the rows must stay
                self._cache.clear()
                self._split.clear()
            normal, stems = self._cached(words)
            cache = self._cache
            inputs = self._rows[[cache[word] for word in normal]]
            inputs += self._context_rows(context_hints(stems, self.gazetteer, lexicon))
            gate_inputs.append(inputs if cnn else inputs.reshape(len(normal), *shape))
        if cnn:
            states = cnn_states(
                gate_inputs,
                self._kernels,
                self._kernel_biases,
                self.config.dilations,
                len(self.members),
            )
        else:
            states = bilstm_states(gate_inputs, self._w_hh, self.config.hidden)
        return [hidden @ self._out_weight + self._out_bias for hidden in states]

    def _context_rows(self, values: Sequence[tuple[str, str, str]]) -> np.ndarray:
        """``[words, 2M * 4H]``: the sum of the input rows of each word's context hints,
        each distinct combination of values summed once (the same float32 sums)."""
        index = self._context_index
        for combination in values:
            if combination not in index:
                row = self._context_hints([combination])
                self._context_table = np.concatenate([self._context_table, row])
                index[combination] = len(index)
        rows: np.ndarray = self._context_table[[index[v] for v in values]]
        return rows

    def stems_of(self, words: Sequence[str]) -> list[str]:
        """The clitic-stripped stems of normalised surface words (cached)."""
        split = self._split
        for word in words:
            if word not in split:
                normal = normalize_key(word) or word
                split[word] = (normal, *strip_clitics(normal))
        return [split[word][2] for word in words]

    def _cached(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """The normalised words and stems of a sentence, each normalised word with its
        cached gate-input row: its input projection (word, stem, letters), the rows
        of its word hints and the bias, for the ``M`` members side by side (``[2M *
        4H]``)."""
        stems = self.stems_of(words)
        split = self._split
        normal = [split[word][0] for word in words]
        cache = self._cache
        new = {split[w][0]: split[w][1:] for w in words if split[w][0] not in cache}
        if new:
            distinct = list(new)
            rows = self._word_rows(distinct, [stem for _, stem in new.values()])
            rows += self._word_hints(
                [word_hints(word, *new[word], self.gazetteer) for word in distinct]
            )
            first = len(cache)
            needed = first + len(rows)
            if needed > len(self._rows):
                # Doubled, but never past what the cache may hold (``first`` is at most
                # ``_cache_rows`` here: a fuller cache was emptied before the sentence).
                size = min(2 * needed, self._cache_rows + len(rows))
                grown = np.empty((size, self._rows.shape[1]), np.float32)
                grown[:first] = self._rows[:first]
                self._rows = grown
            self._rows[first : first + len(rows)] = rows
            for number, word in enumerate(distinct, first):
                cache[word] = number
        return normal, stems

    def _word_rows(self, words: Sequence[str], stems: Sequence[str]) -> np.ndarray:
        """``[words, 2M * 4H]`` input projections (word, stem, letters) of all members,
        plus the bias, for normalised words and their stems. With the tables (a
        small model), the word's and the stem's rows of the tables plus the product
        of the letter vectors; else the product of all three vectors."""
        count, members = len(words), len(self.members)
        letters = char_vectors(char_matrix(words, self.chars), self._letters, self._conv_bias)
        word_ids = [self.words(word) for word in words]
        stem_ids = [self.stems(stem) for stem in stems]
        if self._word_table is None:
            vectors = np.concatenate(
                [
                    self._word_vectors[word_ids],
                    self._stem_vectors[stem_ids],
                    letters.reshape(count, members, -1),
                ],
                axis=2,
            )  # [words, M, input]
        else:
            vectors = letters.reshape(count, members, -1)
        by_member = vectors.transpose(1, 0, 2)  # [M, words, input]
        # One product per word: a float32 matrix product's rows depend in their last
        # bits on how many rows it has and where, and a word's row, cached, must not
        # depend on which other words were new with it (nor, then, on which articles a
        # process read before: ``--workers`` and Spark give the single process's bits).
        projected = np.empty((members, count, self._projection.shape[2]), dtype=np.float32)
        for i in range(count):
            np.matmul(by_member[:, i : i + 1], self._projection, out=projected[:, i : i + 1])
        rows: np.ndarray = projected.transpose(1, 0, 2).reshape(count, -1)
        if self._word_table is not None and self._stem_table is not None:
            rows = self._word_table[word_ids] + self._stem_table[stem_ids] + rows
        rows += self._bias
        return rows

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        path = viterbi(self.scores(words), self._transitions, self._start, self._end)
        return [self.tags[i] for i in path]

    def tag_with_marginals(self, words: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """The best tags and the ``[time, tags]`` marginals of a non-empty sentence."""
        return self.tag_many_with_marginals([words])[0]

    def tag_many_with_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[tuple[list[str], np.ndarray]]:
        """:meth:`tag_with_marginals` of several non-empty sentences (one network pass)."""
        return [
            ([self.tags[i] for i in path], posterior)
            for path, posterior in self.paths_with_marginals(sentences)
        ]

    def paths_with_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[tuple[list[int], np.ndarray]]:
        """The best tag ids and the ``[time, tags]`` marginals of non-empty sentences."""
        scores = self.scores_many(sentences)
        crf = (self._transitions, self._start, self._end)
        if len(scores) == 1:  # one sentence: fewer numpy calls (the same paths)
            return [(viterbi(scores[0], *crf), marginals(scores[0], *crf))]
        return list(zip(viterbi_many(scores, *crf), marginals_many(scores, *crf), strict=True))
