"""A small neural tagger for the bundled NER model: BiLSTM-CRF over words and characters.

Each word is read as

- its normalised form and its clitic-stripped stem (embeddings learnt from
  the training data: no pretrained vectors are downloaded or shipped),
- its characters, through a convolution with max-pooling (width 2, 3 and 4),
  which sees the affixes and clitics of Arabic words and spellings of names,
- the discrete hints the CRF features use (:func:`token_hints`): proclitics,
  word shape, the country gazetteer, the training-name lexicon, the usual type
  of the stem, trigger words and nationality adjectives,

then a bidirectional LSTM reads the sentence and a linear-chain CRF layer
(transitions that IOB2 forbids are barred) picks the tags.

The network is trained in torch (:mod:`kg.ner.training`), but tagging runs in
numpy alone (no torch import): the LSTM's input projection is linear, so the
part that depends on the word alone (word, stem and character vectors) is
computed once per distinct word and cached, the hints' part is a table
lookup, and only the recurrence runs per sentence. Weights ship as float16 in
one ``.npz`` file, with the vocabularies as JSON inside it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kg.ner.features import TRIGGERS, Gazetteer, Lexicon, shape, strip_clitics
from kg.text.normalize import normalize_key

PAD, UNK = 0, 1
HINTS = ("prefix", "shape", "gazetteer", "lexicon", "usual", "trigger", "nationality", "length")
"""The discrete hints of a word, in the order of :func:`token_hints`'s columns."""
MAX_CHARS = 20
NEG = -1e4


def token_hints(
    words: Sequence[str], gazetteer: Gazetteer, lexicon: Lexicon | None
) -> tuple[list[str], list[str], list[list[str]]]:
    """Normalised words, their stems, and one row of hint strings per word (see HINTS)."""
    normal = [normalize_key(word) or word for word in words]
    split = [strip_clitics(word) for word in normal]
    stems = [stem for _, stem in split]
    gazetteer_tags = gazetteer.tag(stems)
    name_tags = lexicon.names.tag(stems) if lexicon else [""] * len(words)
    rows = []
    for i, word in enumerate(normal):
        prefix, stem = split[i]
        rows.append(
            [
                prefix,
                shape(word),
                gazetteer_tags[i],
                name_tags[i],
                lexicon.words.get(stem, "") if lexicon else "",
                TRIGGERS.get(word) or TRIGGERS.get(stem) or "",
                "nat" if gazetteer.is_nationality(stem) else "",
                str(min(len(stem), 10)),
            ]
        )
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


def allowed_transitions(tags: Sequence[str]) -> np.ndarray:
    """``[from, to]`` True where IOB2 allows the pair (``I-X`` only after ``B-X``/``I-X``)."""
    allowed = np.ones((len(tags), len(tags)), dtype=bool)
    for j, to in enumerate(tags):
        if to.startswith("I-"):
            for i, before in enumerate(tags):
                allowed[i, j] = before[2:] == to[2:] and before != "O"
    return allowed


def allowed_starts(tags: Sequence[str]) -> np.ndarray:
    return np.array([not tag.startswith("I-") for tag in tags])


def viterbi(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[int]:
    """The best tag path for one sentence (``emissions`` is ``[time, tags]``)."""
    return viterbi_many([emissions], transitions, start, end)[0]


def _longest_first(emissions: Sequence[np.ndarray]) -> tuple[list[int], np.ndarray, list[int]]:
    """The sentences longest first, their ``[time, sentence, tags]`` emissions (zero
    padded at the end) and, per step, how many sentences are longer than it."""
    order = sorted(range(len(emissions)), key=lambda i: -len(emissions[i]))
    steps = len(emissions[order[0]])
    first = emissions[order[0]]
    padded = np.zeros((steps, len(order), first.shape[1]), dtype=first.dtype)
    for slot, i in enumerate(order):
        padded[: len(emissions[i]), slot] = emissions[i]
    lengths = [len(emissions[i]) for i in order]
    active = [sum(1 for length in lengths if length > t) for t in range(steps)]
    return order, padded, active


def viterbi_many(
    emissions: Sequence[np.ndarray], transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[list[int]]:
    """:func:`viterbi` of several non-empty sentences, one step for all of them at a time
    (only over the sentences still running)."""
    order, padded, active = _longest_first(emissions)
    score = start + padded[0]
    back = np.zeros(padded.shape, dtype=np.intp)
    for t in range(1, len(active)):
        k = active[t]
        candidates = score[:k, :, None] + transitions
        back[t, :k] = candidates.argmax(1)
        score[:k] = candidates.max(1) + padded[t, :k]
    paths: list[list[int]] = [[]] * len(emissions)
    for slot, i in enumerate(order):
        length = len(emissions[i])
        best = [int((score[slot] + end).argmax())]
        for t in range(length - 1, 0, -1):
            best.append(int(back[t, slot, best[-1]]))
        paths[i] = best[::-1]
    return paths


def marginals(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """``[time, tags]`` posterior probability of each tag at each position.

    Forward-backward in probability space, each step rescaled to sum to one
    (cheaper than log space for a handful of tags).
    """
    return marginals_many([emissions], transitions, start, end)[0]


def marginals_many(
    emissions: Sequence[np.ndarray], transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[np.ndarray]:
    """:func:`marginals` of several non-empty sentences, computed together."""
    order, padded, active = _longest_first(emissions)
    steps = len(active)
    potentials = np.exp(padded - padded.max(axis=2, keepdims=True))
    step = np.exp(transitions)
    alpha = np.zeros_like(potentials)
    beta = np.zeros_like(potentials)
    alpha[0] = np.exp(start - start.max()) * potentials[0]
    alpha[0] /= alpha[0].sum(axis=1, keepdims=True)
    for t in range(1, steps):
        k = active[t]
        alpha[t, :k] = (alpha[t - 1, :k] @ step) * potentials[t, :k]
        alpha[t, :k] /= alpha[t, :k].sum(axis=1, keepdims=True)
    final = np.exp(end - end.max())
    for t in range(steps - 1, -1, -1):
        k = active[t]
        # Sentences whose last word is at t start from the end scores; the longer ones
        # (the first ``running``) carry beta back from t + 1.
        running = active[t + 1] if t + 1 < steps else 0
        beta[t, running:k] = final
        if running:
            beta[t, :running] = (potentials[t + 1, :running] * beta[t + 1, :running]) @ step.T
            beta[t, :running] /= beta[t, :running].sum(axis=1, keepdims=True)
    product = alpha * beta
    result: list[np.ndarray] = [np.empty(0)] * len(emissions)
    for slot, i in enumerate(order):
        rows = product[: len(emissions[i]), slot]
        result[i] = rows / rows.sum(axis=1, keepdims=True)
    return result


def _sigmoid(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return result


def char_vectors(
    chars: np.ndarray, embedding: np.ndarray, convs: Sequence[tuple[np.ndarray, np.ndarray]]
) -> np.ndarray:
    """``[words, filters]`` max-pooled convolutions over each row of letter ids.

    As ``torch.nn.Conv1d(padding=width // 2)`` with the output cut to the row's
    length, then the maximum over positions. Columns past the longest word plus
    the widest window are left out: their windows hold only padding, whose
    output (the bias) an earlier all-padding window already gives.
    """
    longest = int((chars != PAD).sum(axis=1).max(initial=0))
    widest = max(weight.shape[2] for weight, _ in convs)
    letters = min(chars.shape[1], longest + widest)
    x = embedding[chars[:, :letters]]  # [words, letters, dim]
    words, _, dim = x.shape
    most = widest // 2
    padded = np.zeros((words, letters + most + widest, dim), dtype=x.dtype)
    padded[:, most : most + letters] = x
    pooled = []
    for weight, bias in convs:  # weight: [filters, dim, width]
        width = weight.shape[2]
        first = most - width // 2
        windows = np.concatenate(
            [padded[:, first + k : first + k + letters] for k in range(width)], axis=2
        )
        kernel = weight.transpose(2, 1, 0).reshape(width * dim, -1)  # [(k, dim), filters]
        out = windows.reshape(words * letters, width * dim) @ kernel
        pooled.append(out.reshape(words, letters, -1).max(axis=1) + bias)
    return np.concatenate(pooled, axis=1)


def _gates(matrix: np.ndarray, size: int) -> np.ndarray:
    """LSTM gate columns ``[i, f, g, o]`` with ``g`` doubled, so that one sigmoid
    serves all four gates (``tanh(x) = 2 * sigmoid(2x) - 1``)."""
    result = np.array(matrix, dtype=np.float32)
    result[..., 2 * size : 3 * size] *= 2.0
    return result


class _Member:
    """One network's weights, ready for numpy inference."""

    def __init__(self, weights: Mapping[str, np.ndarray], config: Config, hint_count: int) -> None:
        def w(name: str) -> np.ndarray:
            return np.asarray(weights[name], dtype=np.float32)

        size = self.hidden = config.hidden
        self.word = w("word.weight")
        self.stem = w("stem.weight")
        self.char = w("char.weight")
        self.convs = [(w(f"convs.{k}.weight"), w(f"convs.{k}.bias")) for k in range(3)]
        word_width = config.word_dim + config.stem_dim + 3 * config.char_filters
        # Input projections, forward then backward direction: [input, 2 * 4H].
        w_ih = np.concatenate(
            [_gates(w(f"{d}.weight_ih_l0").T, size) for d in ("forward", "backward")], axis=1
        )
        self.word_projection = np.ascontiguousarray(w_ih[:word_width])
        self.hint_tables = []
        for k in range(hint_count):
            rows = w_ih[word_width + k * config.hint_dim : word_width + (k + 1) * config.hint_dim]
            self.hint_tables.append(w(f"hints.{k}.weight") @ rows)
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
        self.out_weight = w("out.weight").T
        self.out_bias = w("out.bias")
        self.cache: dict[str, np.ndarray] = {}

    def word_parts(
        self,
        normal: Sequence[str],
        word_ids: Sequence[int],
        stem_ids: Sequence[int],
        char_rows: Callable[[Sequence[str]], np.ndarray],
    ) -> np.ndarray:
        """``[time, 8H]`` input projections of the words (cached per word)."""
        cache = self.cache
        first: dict[str, int] = {}
        for i, word in enumerate(normal):
            if word not in cache and word not in first:
                first[word] = i
        if first:
            if len(cache) > 200_000:
                cache.clear()
            distinct = list(first)
            vectors = np.concatenate(
                [
                    self.word[[word_ids[first[word]] for word in distinct]],
                    self.stem[[stem_ids[first[word]] for word in distinct]],
                    char_vectors(char_rows(distinct), self.char, self.convs),
                ],
                axis=1,
            )
            for word, row in zip(distinct, vectors @ self.word_projection, strict=True):
                cache[word] = row
        return np.stack([cache[word] for word in normal])

    def emissions(self, sentences: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """``[time, tags]`` scores of each sentence, from its words' projections and its
        ``[time, hints]`` ids. The sentences run through the LSTM together, one step
        for all of them at a time (numpy's cost is in the number of operations more
        than in their size), longest first, so that step ``t`` computes only the
        sentences longer than ``t``."""
        size = self.hidden
        order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i][0]))
        lengths = [len(sentences[i][0]) for i in order]
        steps, count = lengths[0], len(order)
        active = [sum(1 for length in lengths if length > t) for t in range(steps)]
        # [time, direction, sentence, 4H]; the backward direction reads each sentence
        # from its own end, so both directions start at step 0 and pad at the end.
        x = np.zeros((steps, 2, count, 4 * size), dtype=np.float32)
        for slot, i in enumerate(order):
            inputs, hint_ids = sentences[i]
            row = inputs + self.bias
            for k, table in enumerate(self.hint_tables):
                row += table[hint_ids[:, k]]
            row = row.reshape(len(row), 2, 4 * size)
            x[: len(row), 0, slot] = row[:, 0]
            x[: len(row), 1, slot] = row[::-1, 1]
        w_hh = self.w_hh
        h = np.zeros((2, count, size), dtype=np.float32)
        c = np.zeros((2, count, size), dtype=np.float32)
        states = np.empty((steps, 2, count, size), dtype=np.float32)
        with np.errstate(over="ignore"):  # exp overflows to inf: the sigmoid is then 0
            for t, k in enumerate(active):
                gates = np.matmul(h[:, :k], w_hh)
                gates += x[t, :, :k]
                np.negative(gates, out=gates)
                np.exp(gates, out=gates)
                gates += 1.0
                np.reciprocal(gates, out=gates)
                ck = c[:, :k]
                ck *= gates[..., size : 2 * size]
                ck += gates[..., :size] * (2.0 * gates[..., 2 * size : 3 * size] - 1.0)
                h[:, :k] = gates[..., 3 * size :] * np.tanh(ck)
                states[t, :, :k] = h[:, :k]
        result: list[np.ndarray] = [np.empty(0)] * len(sentences)
        for slot, i in enumerate(order):
            length = lengths[slot]
            hidden = np.concatenate(
                [states[:length, 0, slot], states[length - 1 :: -1, 1, slot]], axis=1
            )
            result[i] = hidden @ self.out_weight + self.out_bias
        return result


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
        gazetteer: Gazetteer,
        lexicon: Lexicon,
    ) -> None:
        self.tags: list[str] = list(meta["tags"])
        self.words = Vocabulary(meta["words"])
        self.stems = Vocabulary(meta["stems"])
        self.chars = Vocabulary(meta["chars"])
        self.hint_vocabularies = [Vocabulary(items) for items in meta["hints"]]
        self.config = Config(**meta["config"])
        self.members = [_Member(m, self.config, len(HINTS)) for m in members]
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
    def load(cls, path: Path, gazetteer: Gazetteer, lexicon: Lexicon) -> NeuralTagger:
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
        prepared = []
        for words in sentences:
            normal, stems, rows = token_hints(words, self.gazetteer, lexicon or self.lexicon)
            word_ids = [self.words(w) for w in normal]
            stem_ids = [self.stems(s) for s in stems]
            hint_ids = np.array(
                [
                    [v(value) for v, value in zip(self.hint_vocabularies, row, strict=True)]
                    for row in rows
                ]
            )
            prepared.append((normal, word_ids, stem_ids, hint_ids))

        def char_rows(distinct: Sequence[str]) -> np.ndarray:
            return char_matrix(distinct, self.chars)

        totals: list[np.ndarray] | None = None
        for member in self.members:
            inputs = [
                (member.word_parts(normal, word_ids, stem_ids, char_rows), hint_ids)
                for normal, word_ids, stem_ids, hint_ids in prepared
            ]
            scores = member.emissions(inputs)
            totals = (
                scores if totals is None else [a + b for a, b in zip(totals, scores, strict=True)]
            )
        assert totals is not None
        return [total / len(self.members) for total in totals]

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
        scores = self.scores_many(sentences)
        crf = (self._transitions, self._start, self._end)
        paths = viterbi_many(scores, *crf)
        posteriors = marginals_many(scores, *crf)
        return [
            ([self.tags[i] for i in path], posterior)
            for path, posterior in zip(paths, posteriors, strict=True)
        ]


def char_matrix(words: Sequence[str], chars: Vocabulary) -> np.ndarray:
    """``[words, MAX_CHARS]`` letter ids; a long word keeps its first and last letters."""
    matrix = np.zeros((len(words), MAX_CHARS), dtype=np.int64)
    half = MAX_CHARS // 2
    for i, word in enumerate(words):
        letters = word if len(word) <= MAX_CHARS else word[:half] + word[-half:]
        matrix[i, : len(letters)] = [chars(c) for c in letters]
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
