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

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kg.ner.crf_decode import (
    allowed_starts,
    allowed_transitions,
    marginals,
    marginals_many,
    schedule,
    viterbi,
    viterbi_many,
)
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


@dataclass(frozen=True)
class Config:
    word_dim: int = 100
    stem_dim: int = 50
    char_dim: int = 32
    char_filters: int = 40
    hint_dim: int = 12
    hidden: int = 100
    dropout: float = 0.5
    outside_bias: float = 0.0
    """Subtracted from the ``O`` emission score when tagging: a recall/precision
    trade-off chosen on dev data after training (training ignores it)."""
    encoder: str = "lstm"
    """``lstm``: a BiLSTM of ``hidden`` units each way; ``cnn``: convolutions of width 3
    over the words, ``hidden`` filters each, one layer a dilation of ``dilations``."""
    dilations: tuple[int, ...] = (1, 2, 1)


def fused_convolutions(
    convs: Sequence[tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray]:
    """The letter convolutions as one ``[widest * dim, filters]`` kernel and its bias:
    each width's filters placed in the window of the widest, where torch's
    ``Conv1d(padding=width // 2)`` reads (zeros elsewhere)."""
    widest = max(weight.shape[2] for weight, _ in convs)
    dim = convs[0][0].shape[1]
    kernels = []
    for weight, _ in convs:  # weight: [filters, dim, width]
        width = weight.shape[2]
        first = widest // 2 - width // 2
        kernel = np.zeros((widest, dim, weight.shape[0]), dtype=np.float32)
        kernel[first : first + width] = weight.transpose(2, 1, 0)
        kernels.append(kernel.reshape(widest * dim, -1))
    return np.concatenate(kernels, axis=1), np.concatenate([bias for _, bias in convs])


def letter_tables(embedding: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """``[widest, letters + 1, filters]``: what each letter id adds to a convolution
    (:func:`fused_convolutions`) at each offset of its window; the last row, zeros,
    is the convolution's padding. A convolution is linear in its letter vectors,
    so the product of each letter's vector with the kernel is computed once, and
    a window's output is a sum of table rows."""
    dim = embedding.shape[1]
    widest = kernel.shape[0] // dim
    padded = np.concatenate([embedding, np.zeros((1, dim), dtype=embedding.dtype)])
    tables: np.ndarray = np.stack([padded @ kernel[k * dim : (k + 1) * dim] for k in range(widest)])
    return tables


def char_vectors(chars: np.ndarray, tables: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``[words, filters]`` max-pooled convolutions over each row of letter ids, from
    the :func:`letter_tables`.

    As ``torch.nn.Conv1d(padding=width // 2)`` for each width, with the output cut
    to the row's length, then the maximum over positions. Columns past the longest
    word plus the widest window are left out: their windows hold only padding,
    whose output (the bias) an earlier all-padding window already gives.
    """
    widest = tables.shape[0]
    longest = int((chars != PAD).sum(axis=1).max(initial=0))
    letters = min(chars.shape[1], longest + widest)
    ids = np.full((len(chars), letters + widest - 1), tables.shape[1] - 1, dtype=chars.dtype)
    ids[:, widest // 2 : widest // 2 + letters] = chars[:, :letters]
    out = tables[0][ids[:, :letters]]  # [words, letters, filters]
    for k in range(1, widest):
        out += tables[k][ids[:, k : k + letters]]
    pooled: np.ndarray = out.max(axis=1) + bias
    return pooled


def _gates(matrix: np.ndarray, size: int) -> np.ndarray:
    """torch's LSTM gate columns ``[i, f, g, o]`` reordered ``[o, i, f, g]``, with
    ``o``, ``i`` and ``f`` halved, so that one tanh serves all four gates
    (``sigmoid(x) = (tanh(x / 2) + 1) / 2``), and ``(i, f)`` times ``(g, c)`` is one
    product (see :func:`bilstm_states`)."""
    i, f, g, o = (matrix[..., k * size : (k + 1) * size] for k in range(4))
    return np.concatenate([o / 2, i / 2, f / 2, g], axis=-1).astype(np.float32)


def _window_kernel(weight: np.ndarray) -> np.ndarray:
    """A torch ``Conv1d`` weight ``[out, in, 3]`` as ``[3 * in, out]``: the kernel of
    each offset of the window (before, at, after the position) one under the other."""
    kernel: np.ndarray = np.ascontiguousarray(
        weight.transpose(2, 1, 0).reshape(-1, weight.shape[0])
    )
    return kernel


def cnn_states(
    sentences: Sequence[np.ndarray],
    kernels: Sequence[np.ndarray],
    biases: Sequence[np.ndarray],
    dilations: Sequence[int],
    members: int,
) -> list[np.ndarray]:
    """``[time, M * H]`` outputs of the convolutional encoders of ``M`` networks
    (``Config.encoder`` ``cnn``) for each sentence, from its ``[time, M * 3H]`` first
    layer inputs: what each word gives, for each network, the position before it,
    its own and the one after it (at the first layer's dilation), bias included.

    The first layer is shifted sums of those rows; each later layer (``kernels``:
    ``[M, 3H, H]``, ``biases``: ``[M, H]``) one batched product for all networks and
    all sentences, which lie end to end in one sequence with gaps of zeros as wide
    as the largest dilation (zeroed again after each layer), so no sentence reads
    another's words."""
    size = sentences[0].shape[1] // (3 * members)
    gap = max(dilations)
    starts = [0]
    for row in sentences[:-1]:
        starts.append(starts[-1] + len(row) + gap)
    length = starts[-1] + len(sentences[-1])
    # [M, 3, length, H]: each word's row for the position before it, its own, after it.
    mask: np.ndarray | None = None
    if len(sentences) == 1:
        inputs = sentences[0].reshape(length, members, 3, size).transpose(1, 2, 0, 3)
    else:
        ids = np.concatenate(
            [np.arange(s, s + len(r)) for s, r in zip(starts, sentences, strict=True)]
        )
        mask = np.zeros((length, 1), dtype=np.float32)
        mask[ids] = 1.0
        rows = np.concatenate(sentences).reshape(len(ids), members, 3, size)
        inputs = np.zeros((members, 3, length, size), dtype=np.float32)
        inputs[:, :, ids] = rows.transpose(1, 2, 0, 3)
    # [M, gap + length + gap, H], zeros on both sides; ``core`` the sentences' part.
    h = np.zeros((members, length + 2 * gap, size), dtype=np.float32)
    core = h[:, gap : gap + length]
    d = dilations[0]
    core[...] = inputs[:, 1]
    core[:, d:] += inputs[:, 0, : length - d]
    core[:, : length - d] += inputs[:, 2, d:]
    np.maximum(core, 0.0, out=core)
    if mask is not None:
        core *= mask
    for kernel, bias, d in zip(kernels, biases, dilations[1:], strict=True):
        windows = np.concatenate(
            [h[:, gap - d : gap - d + length], core, h[:, gap + d : gap + d + length]], axis=2
        )
        y = np.matmul(windows, kernel)
        y += bias[:, None]
        np.maximum(y, 0.0, out=y)
        if mask is not None:
            y *= mask
        core += y
    flat = core.transpose(1, 0, 2).reshape(length, members * size)
    return [flat[s : s + len(r)] for s, r in zip(starts, sentences, strict=True)]


class _Member:
    """One network's weights, ready for numpy inference."""

    def __init__(self, weights: Mapping[str, np.ndarray], config: Config, hint_count: int) -> None:
        def w(name: str) -> np.ndarray:
            return np.asarray(weights[name], dtype=np.float32)

        size = config.hidden
        self.word = w("word.weight")
        self.stem = w("stem.weight")
        self.char = w("char.weight")
        kernel, self.conv_bias = fused_convolutions(
            [(w(f"convs.{k}.weight"), w(f"convs.{k}.bias")) for k in range(3)]
        )
        self.letters = letter_tables(self.char, kernel)
        word_width = config.word_dim + config.stem_dim + 3 * config.char_filters
        if config.encoder == "cnn":
            # The first convolution's kernel at its three offsets side by side: [input, 3H]
            # (what a word gives the position before it, its own and the one after it).
            first = w("cnn.0.weight")  # [H, input, 3]
            w_ih = first.transpose(1, 2, 0).reshape(first.shape[1], 3 * size)
            zeros = np.zeros(size, dtype=np.float32)
            self.bias = np.concatenate([zeros, w("cnn.0.bias"), zeros])
            # The later layers: [3H, H] kernels (the window's three rows side by side).
            layers = range(1, len(config.dilations))
            self.kernels = [_window_kernel(w(f"cnn.{k}.weight")) for k in layers]
            self.kernel_biases = [w(f"cnn.{k}.bias") for k in layers]
        else:
            # Input projections, forward then backward direction: [input, 2 * 4H].
            w_ih = np.concatenate(
                [_gates(w(f"{d}.weight_ih_l0").T, size) for d in ("forward", "backward")], axis=1
            )
            self.bias = np.concatenate(
                [
                    _gates(w(f"{d}.bias_ih_l0") + w(f"{d}.bias_hh_l0"), size)
                    for d in ("forward", "backward")
                ]
            )
            # Recurrent weights of both directions: [2, H, 4H].
            self.w_hh = np.stack(
                [_gates(w(f"{d}.weight_hh_l0").T, size) for d in ("forward", "backward")]
            )
        self.word_projection = np.ascontiguousarray(w_ih[:word_width])
        self.hint_tables = []
        for k in range(hint_count):
            rows = w_ih[word_width + k * config.hint_dim : word_width + (k + 1) * config.hint_dim]
            self.hint_tables.append(w(f"hints.{k}.weight") @ rows)
        self.out_weight = w("out.weight").T
        self.out_bias = w("out.bias")


def bilstm_states(sentences: Sequence[np.ndarray], w_hh: np.ndarray, size: int) -> list[np.ndarray]:
    """``[time, D * H]`` hidden states of each sentence, from its ``[time, D, 4H]`` gate
    inputs, for ``D`` recurrences with weights ``w_hh`` (``[D, H, 4H]``): even ones read
    forward, odd ones backward. Each pair (forward, backward) gives ``2H`` columns.

    All members of an ensemble and all sentences of a document run together, one
    step for all of them at a time (numpy's cost is in the number of operations
    more than in their size), longest sentence first, so that step ``t`` computes
    only the sentences longer than ``t``."""
    order, active = schedule(sentences)
    steps, count, directions = len(active), len(order), w_hh.shape[0]
    # [time, direction, sentence, 4H]; a backward recurrence reads each sentence from
    # its own end, so all start at step 0 and pad at the end.
    x = np.zeros((steps, directions, count, 4 * size), dtype=np.float32)
    for slot, i in enumerate(order):
        row = sentences[i]
        x[: len(row), 0::2, slot] = row[:, 0::2]
        x[: len(row), 1::2, slot] = row[::-1, 1::2]
    c = np.zeros((directions, count, size), dtype=np.float32)
    states = np.zeros((steps + 1, directions, count, size), dtype=np.float32)
    # states[0] is the initial (zero) state, states[t + 1] the state after step t.
    # Gate columns [o, i, f, g] (see _gates), then the cell state c in the same buffer:
    # after one tanh, o, i and f become sigmoids with one multiply and one add, and
    # (i, f) * (g, c) is one product. Few numpy calls per step matter more than their
    # size here, so the views and buffers are made once for each run of steps with
    # the same number of sentences (one run for a single sentence).
    t = 0
    while t < steps:
        k = active[t]
        run_end = t + active[t:].count(k)
        buffer = np.empty((directions, k, 5 * size), dtype=np.float32)
        gates, sigmoids = buffer[..., : 4 * size], buffer[..., : 3 * size]
        o_gate, cell = buffer[..., :size], buffer[..., 4 * size :]
        inputs, outputs = buffer[..., size : 3 * size], buffer[..., 3 * size :]
        cell[...] = c[:, :k]
        products = np.empty((directions, k, 2 * size), dtype=np.float32)
        input_part, forget_part = products[..., :size], products[..., size:]
        hidden, xk = states[:, :, :k], x[:, :, :k]
        for step in range(t, run_end):
            np.matmul(hidden[step], w_hh, out=gates)
            gates += xk[step]
            np.tanh(gates, out=gates)
            sigmoids *= 0.5
            sigmoids += 0.5
            np.multiply(inputs, outputs, out=products)  # i * g, f * c
            np.add(forget_part, input_part, out=cell)
            np.tanh(cell, out=input_part)
            np.multiply(o_gate, input_part, out=hidden[step + 1])
        c[:, :k] = cell
        t = run_end
    states = states[1:]
    result: list[np.ndarray] = [np.empty(0)] * len(sentences)
    for slot, i in enumerate(order):
        length = len(sentences[i])
        pairs = np.stack(
            [states[:length, 0::2, slot], states[length - 1 :: -1, 1::2, slot]], axis=2
        )  # [time, pair, direction, H]
        result[i] = pairs.reshape(length, directions * size)
    return result


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
        self.members = [_Member(m, self.config, len(HINTS)) for m in members]
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


def char_matrix(words: Sequence[str], chars: Vocabulary) -> np.ndarray:
    """``[words, MAX_CHARS]`` letter ids; a long word keeps its first and last letters."""
    matrix = np.zeros((len(words), MAX_CHARS), dtype=np.int64)
    half = MAX_CHARS // 2
    index = chars.index
    for i, word in enumerate(words):
        letters = word if len(word) <= MAX_CHARS else word[:half] + word[-half:]
        matrix[i, : len(letters)] = [index.get(c, UNK) for c in letters]
    return matrix


def write_weights(
    path: Path,
    tags: Sequence[str],
    vocabularies: Mapping[str, Any],
    config: Config,
    members: Sequence[Mapping[str, np.ndarray]],
) -> None:
    """One compressed ``.npz``: float16 weights of every member and a JSON ``meta``."""
    meta = {"tags": list(tags), "config": asdict(config), "members": len(members), **vocabularies}
    arrays = {"meta": np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), np.uint8)}
    for number, member in enumerate(members):
        for name, array in member.items():
            arrays[f"m{number}/{name}"] = np.asarray(array, dtype=np.float16)
    with open(path, "wb") as out:
        np.savez_compressed(out, **arrays)  # type: ignore[arg-type]


def read_weights(path: Path) -> tuple[dict[str, Any], list[dict[str, np.ndarray]]]:
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(data["meta"].tobytes().decode())
        members: list[dict[str, np.ndarray]] = [{} for _ in range(meta["members"])]
        for key in data.files:
            if key != "meta":
                number, name = key.split("/", 1)
                members[int(number[1:])][name] = data[key].astype(np.float32)
    return meta, members
