"""Training of the neural tagger (:mod:`kg.ner.neural`); used by ``scripts/train_ner.py``.

The lexicon hints of training sentences come from the other folds
(jackknifing, as for the CRF), so the network learns how far to trust the
lexicon on names it has not seen. With ``Settings.augment``, each sentence with
names also gets a copy with other names in their place (:class:`NamePool`), so
that the network learns names from their context and letters more than from
the names themselves.
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from kg.ner.conll import TaggedSentence, chunks, score
from kg.ner.crf_decode import allowed_starts, allowed_transitions
from kg.ner.features import Lexicon, NameLists, listed_names, strip_clitics
from kg.ner.neural import (
    HINTS,
    NEG,
    PAD,
    UNK,
    Config,
    NeuralTagger,
    Vocabulary,
    char_matrix,
    read_weights,
    token_hints,
)
from kg.text.normalize import normalize_key

BLOCK = 40
FOLDS = 5
TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")


@dataclass
class Settings:
    config: Config = field(default_factory=Config)
    epochs: int = 12
    patience: int = 6
    batch: int = 16
    lr: float = 2e-3
    clip: float = 5.0
    min_count: int = 2
    unk_replace: float = 0.3
    """Chance that a rare (count < min_count + 2) word is read as unknown in training."""
    seed: int = 1
    threads: int = 1
    augment: float = 0.0
    """With more than 0, each training sentence with names gets a copy whose names
    are replaced with this chance (:class:`NamePool`)."""
    fresh_copies: bool = False
    """Draw the copies anew each epoch, rather than once."""
    teachers: str | None = None
    """A ``bundled.npz``-style file of networks trained on the same data (the same
    vocabularies): with ``distil`` above 0, the network also learns their ensemble's
    CRF posteriors (:func:`distillation_targets`)."""
    distil: float = 0.0
    """The weight of the teachers' posteriors against the gold tags (0 to 1)."""
    temperature: float = 1.0
    """The teachers' scores are divided by it before their posteriors are taken."""
    copy_seed: int = 0
    """Added to the random seed of the copies' draws: with another value than the
    teachers', the network learns their posteriors on sentences they never saw."""
    soft_extra: bool = False
    """Learn the ``teachers``' CRF posteriors on the ``extra`` sentences of
    :func:`train_network` (the loss of ``distil`` 1 there), not their tags; the
    other sentences then learn their gold tags alone (``distil`` is not read)."""
    teacher_bias: float = 0.0
    """With ``soft_extra``: the outside bias of the teachers' posteriors."""


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


def split_proclitics(word: str) -> tuple[str, str]:
    """The conjunction and preposition letters a surface word starts with, and the
    rest, which keeps its article: «وبوش» -> (و, بوش), «والترجي» -> (و, الترجي),
    «للبيت» -> (ل, البيت)."""
    prefix, _ = strip_clitics(normalize_key(word) or word)
    letters = prefix[:-2] if prefix.endswith("ال") else prefix
    if not word.startswith(letters):
        return "", word
    rest = word[len(letters) :]
    if prefix.endswith("لال"):  # ل + البيت is written «للبيت»
        rest = "ا" + rest
    return letters, rest


def attach_proclitics(letters: str, word: str) -> str:
    """``letters`` + ``word``, as Arabic writes ل before the article («للبيت»)."""
    if letters.endswith("ل") and word.startswith("ال"):
        return letters + word[1:]
    return letters + word


LISTED_TYPES = {"country": "LOC", "city": "LOC", "region": "LOC", "club": "ORG", "person": "PERS"}
"""The coarse type of each category of the bundled name lists."""


@dataclass(frozen=True)
class NamePool:
    """Names by coarse type, to put in place of a training sentence's names
    (mention replacement, Dai & Adel 2020): the names of the training data, and
    those of the bundled lists, drawn half and half where a type has both."""

    seen: Mapping[str, Sequence[tuple[str, ...]]]
    listed: Mapping[str, Sequence[tuple[str, ...]]]
    first_words: Mapping[str, int]
    """How often each normalised word begins a name of the training data."""

    @classmethod
    def of(cls, sentences: Sequence[TaggedSentence], listed: Iterable[tuple[str, str]]) -> NamePool:
        names = [
            (kind, sentence.words[start:end])
            for sentence in sentences
            for kind, start, end in chunks(sentence.tags)
        ]
        first_words = Counter(normalize_key(words[0]) for _, words in names)
        pool = cls({}, {}, first_words)
        seen: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for kind, words in names:
            seen[kind].append((pool.proclitics(words[0])[1], *words[1:]))
        by_type: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for name, category in listed:
            if category in LISTED_TYPES:
                by_type[LISTED_TYPES[category]].append(tuple(name.split()))
        return cls(dict(seen), dict(by_type), first_words)

    def proclitics(self, word: str) -> tuple[str, str]:
        """:func:`split_proclitics` of the first word of a name, cut where the rest
        takes the article or begins names more often than the whole word («ولبنان»
        -> و, but «وليد» and «برند» stay whole)."""
        letters, rest = split_proclitics(word)
        counts = self.first_words
        whole = counts.get(normalize_key(word), 0)
        for size in range(len(letters), 0, -1):
            head, tail = (letters, rest) if size == len(letters) else (word[:size], word[size:])
            if tail.startswith("ال") or counts.get(normalize_key(tail), 0) > whole:
                return head, tail
        return "", word

    def draw(self, kind: str, rng: random.Random) -> tuple[str, ...] | None:
        pools = [p for p in (self.seen.get(kind), self.listed.get(kind)) if p]
        return rng.choice(rng.choice(pools)) if pools else None

    def replace(
        self, sentence: TaggedSentence, rng: random.Random, chance: float
    ) -> TaggedSentence | None:
        """A copy of ``sentence`` with each name replaced, with ``chance`` (and at
        least one), by a name of its type that keeps the original's proclitics;
        None for a sentence without names."""
        found = chunks(sentence.tags)
        if not found:
            return None
        chosen = {i for i in range(len(found)) if rng.random() < chance}
        chosen = chosen or {rng.randrange(len(found))}
        words: list[str] = []
        tags: list[str] = []
        position = 0
        for number, (kind, start, end) in enumerate(found):
            words += sentence.words[position:start]
            tags += ["O"] * (start - position)
            name = list(sentence.words[start:end])
            new = self.draw(kind, rng) if number in chosen else None
            if new:
                name = [attach_proclitics(self.proclitics(name[0])[0], new[0]), *new[1:]]
            words += name
            tags += ["B-" + kind] + ["I-" + kind] * (len(name) - 1)
            position = end
        words += sentence.words[position:]
        tags += ["O"] * (len(sentence.words) - position)
        return TaggedSentence(tuple(words), tuple(tags))


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


class Network(nn.Module):
    """Embeddings + char CNN -> BiLSTM (or, with ``Config.encoder`` ``cnn``, word
    convolutions) -> emission scores; CRF transitions as parameters.

    The two directions are separate one-layer LSTMs; the backward one reads
    each sentence reversed within its own length, so that padding at the end of
    a batch's shorter sentences never reaches their states (numpy inference in
    :mod:`kg.ner.neural` reads one sentence, unpadded).
    """

    def __init__(
        self,
        config: Config,
        words: int,
        stems: int,
        chars: int,
        hints: Sequence[int],
        tags: int,
    ) -> None:
        super().__init__()
        self.config = config
        self.word = nn.Embedding(words, config.word_dim, padding_idx=PAD)
        self.stem = nn.Embedding(stems, config.stem_dim, padding_idx=PAD)
        self.char = nn.Embedding(chars, config.char_dim, padding_idx=PAD)
        self.convs = nn.ModuleList(
            nn.Conv1d(config.char_dim, config.char_filters, width, padding=width // 2)
            for width in (2, 3, 4)
        )
        self.hints = nn.ModuleList(
            nn.Embedding(size, config.hint_dim, padding_idx=PAD) for size in hints
        )
        width = (
            config.word_dim
            + config.stem_dim
            + 3 * config.char_filters
            + len(hints) * config.hint_dim
        )
        self.dropout = nn.Dropout(config.dropout)
        if config.encoder == "cnn":
            self.cnn = nn.ModuleList(
                nn.Conv1d(
                    width if i == 0 else config.hidden,
                    config.hidden,
                    3,
                    padding=dilation,
                    dilation=dilation,
                )
                for i, dilation in enumerate(config.dilations)
            )
            self.out = nn.Linear(config.hidden, tags)
        else:
            self.forward_lstm = nn.LSTM(width, config.hidden, batch_first=True)
            self.backward_lstm = nn.LSTM(width, config.hidden, batch_first=True)
            self.out = nn.Linear(2 * config.hidden, tags)
        self.transitions = nn.Parameter(torch.zeros(tags, tags))
        self.start = nn.Parameter(torch.zeros(tags))
        self.end = nn.Parameter(torch.zeros(tags))

    def emissions(
        self,
        words: torch.Tensor,
        stems: torch.Tensor,
        chars: torch.Tensor,
        char_index: torch.Tensor,
        hints: torch.Tensor,
        lengths: torch.Tensor,
    ) -> torch.Tensor:
        """``[batch, time, tags]`` scores.

        ``chars`` is ``[distinct words, MAX_CHARS]``: the letters of each distinct
        word of the batch once; ``char_index`` (``[batch, time]``) says which row
        each position reads.
        """
        letters = chars.shape[1]
        c = self.char(chars).transpose(1, 2)
        pooled = [conv(c)[:, :, :letters].max(dim=2).values for conv in self.convs]
        char_vectors = torch.cat(pooled, dim=1)[char_index]
        parts = [self.word(words), self.stem(stems), char_vectors]
        parts += [embed(hints[:, :, k]) for k, embed in enumerate(self.hints)]
        x = self.dropout(torch.cat(parts, dim=2))
        if self.config.encoder == "cnn":
            return self.out(self.dropout(self.convolutions(x, lengths)))
        time = x.shape[1]
        positions = torch.arange(time)[None]
        reverse = torch.where(
            positions < lengths[:, None], lengths[:, None] - 1 - positions, positions
        )
        index = reverse[:, :, None].expand(-1, -1, x.shape[2])
        forward, _ = self.forward_lstm(x)
        backward, _ = self.backward_lstm(x.gather(1, index))
        backward = backward.gather(1, reverse[:, :, None].expand(-1, -1, backward.shape[2]))
        return self.out(self.dropout(torch.cat([forward, backward], dim=2)))

    def convolutions(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """``[batch, time, hidden]``: the convolutional encoder (``Config.encoder``
        ``cnn``): ReLU convolutions of width 3 (``Config.dilations``), each after the
        first added to its input (residual). Padding past a sentence's end is zeroed
        before each layer, so a sentence reads zeros on both sides, as numpy
        inference (:func:`kg.ner.neural.cnn_states`) does."""
        mask = (torch.arange(x.shape[1])[None] < lengths[:, None]).float()[:, None, :]
        h = x.transpose(1, 2) * mask
        for i, conv in enumerate(self.cnn):
            y = torch.relu(conv(h)) * mask
            h = y if i == 0 else h + y
        return h.transpose(1, 2)

    def export(self) -> dict[str, np.ndarray]:
        """The weights under the names :class:`kg.ner.neural.NeuralTagger` reads."""
        names = {"forward_lstm.": "forward.", "backward_lstm.": "backward."}
        result = {}
        for name, tensor in self.state_dict().items():
            for old, new in names.items():
                if name.startswith(old):
                    name = new + name[len(old) :]
            result[name] = tensor.detach().cpu().numpy().astype(np.float16).astype(np.float32)
        return result


def crf_log_likelihood(
    emissions: torch.Tensor,
    tags: torch.Tensor,
    mask: torch.Tensor,
    transitions: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """Sum over the batch of log p(tags | sentence) under the linear-chain CRF."""
    gold = gold_score(emissions, tags, mask, transitions, start, end)
    log_z = log_partition(emissions, mask, transitions, start, end)
    return (gold - log_z).sum()


def gold_score(
    emissions: torch.Tensor,
    tags: torch.Tensor,
    mask: torch.Tensor,
    transitions: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """``[batch]`` CRF score of each sentence's tag path."""
    time = emissions.shape[1]
    maskf = mask.float()
    gold = start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
    for t in range(1, time):
        step = transitions[tags[:, t - 1], tags[:, t]] + emissions[:, t].gather(
            1, tags[:, t : t + 1]
        ).squeeze(1)
        gold = gold + step * maskf[:, t]
    last = mask.long().sum(1) - 1
    gold = gold + end[tags.gather(1, last[:, None]).squeeze(1)]
    return gold


def log_partition(
    emissions: torch.Tensor,
    mask: torch.Tensor,
    transitions: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """``[batch]`` log of the CRF partition function; ``transitions`` is ``[tags, tags]``
    or, one matrix per step into position ``t + 1``, ``[batch, time - 1, tags, tags]``."""
    time = emissions.shape[1]
    alpha = start[None] + emissions[:, 0]
    for t in range(1, time):
        step = transitions[None] if transitions.dim() == 2 else transitions[:, t - 1]
        scores = alpha[:, :, None] + step + emissions[:, t, None, :]
        nxt = torch.logsumexp(scores, dim=1)
        alpha = torch.where(mask[:, t, None], nxt, alpha)
    return torch.logsumexp(alpha + end[None], dim=1)


def posteriors(
    emissions: torch.Tensor,
    mask: torch.Tensor,
    transitions: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor]:
    """The CRF's ``[batch, time, tags]`` tag marginals (zero past a sentence's end)
    and ``[batch, time - 1, tags, tags]`` marginals of the tag pairs, as the
    gradients of the log partition function (no gradient flows back)."""
    batch, time, tags = emissions.shape
    with torch.enable_grad():
        scores = emissions.detach().clone().requires_grad_()
        pairs = transitions.detach().expand(batch, max(time - 1, 0), tags, tags).clone()
        pairs.requires_grad_()
        log_z = log_partition(scores, mask, pairs, start.detach(), end.detach())
        node, edge = torch.autograd.grad(log_z.sum(), (scores, pairs), allow_unused=True)
    if edge is None:  # sentences of one word
        edge = torch.zeros_like(pairs)
    return node, edge


def expected_score(
    emissions: torch.Tensor,
    node: torch.Tensor,
    edge: torch.Tensor,
    mask: torch.Tensor,
    transitions: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """``[batch]`` expectation of the CRF score under the tag and pair marginals
    ``node`` and ``edge`` (:func:`posteriors`): the gold score's soft counterpart."""
    last = mask.long().sum(1) - 1
    final = node.gather(1, last[:, None, None].expand(-1, 1, node.shape[2])).squeeze(1)
    # Barred transitions and starts have marginal 0; keep their NEG out of the product.
    safe = torch.where(edge > 0, transitions[None, None], torch.zeros_like(transitions))
    safe_start = torch.where(node[:, 0] > 0, start[None], torch.zeros_like(start)[None])
    return (
        (node * emissions).sum((1, 2))
        + (edge * safe).sum((1, 2, 3))
        + (node[:, 0] * safe_start).sum(1)
        + (final * end[None]).sum(1)
    )


class Teachers:
    """An ensemble of trained networks (as :class:`kg.ner.neural.NeuralTagger` reads
    them: mean emissions and transitions, no outside bias), whose CRF posteriors
    a network learns in distillation (``Settings.distil``)."""

    def __init__(self, path: str, meta: Mapping[str, Any]) -> None:
        stored, members = read_weights(Path(path))
        for key in ("tags", "words", "stems", "chars", "hints"):
            if stored[key] != meta[key]:
                raise ValueError(f"the teachers in {path} do not share the {key} vocabulary")
        config = Config(**stored["config"])
        sizes = [len(meta[k]) + 2 for k in ("words", "stems", "chars")]
        self.networks = []
        for weights in members:
            network = Network(config, *sizes, [len(v) + 2 for v in meta["hints"]], len(TAGS))
            network.load_state_dict(
                {_torch_name(name): torch.from_numpy(array) for name, array in weights.items()}
            )
            self.networks.append(network.eval())

        def mean(name: str) -> torch.Tensor:
            return torch.from_numpy(np.mean([m[name] for m in members], axis=0))

        self.transitions = mean("transitions").masked_fill(
            torch.from_numpy(~allowed_transitions(TAGS)), NEG
        )
        self.start = mean("start").masked_fill(torch.from_numpy(~allowed_starts(TAGS)), NEG)
        self.end = mean("end")

    def targets(
        self,
        inputs: Sequence[torch.Tensor],
        mask: torch.Tensor,
        temperature: float,
        outside_bias: float = 0.0,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """:func:`posteriors` of the ensemble on a batch (``inputs`` as
        :meth:`Network.emissions` takes them), its ``O`` scores lowered by
        ``outside_bias`` (as the tagger's), its scores divided by ``temperature``."""
        with torch.no_grad():
            emissions = torch.stack([n.emissions(*inputs) for n in self.networks]).mean(0)
            emissions[:, :, TAGS.index("O")] -= outside_bias
        return posteriors(
            emissions / temperature,
            mask,
            self.transitions / temperature,
            self.start / temperature,
            self.end / temperature,
        )


def _torch_name(name: str) -> str:
    """The :meth:`Network.export` name of a weight back to its torch name."""
    for old, new in (("forward.", "forward_lstm."), ("backward.", "backward_lstm.")):
        if name.startswith(old):
            return new + name[len(old) :]
    return name


def _vocabulary(counts: Counter[str], min_count: int) -> Vocabulary:
    return Vocabulary(sorted(item for item, n in counts.items() if n >= min_count and item))


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


@dataclass
class Trained:
    """What :func:`train_network` returns: the network's weights (numpy, as shipped),
    the shared meta data :class:`NeuralTagger` needs, and the best dev F1."""

    meta: dict[str, Any]
    weights: dict[str, np.ndarray]
    dev_f1: float
    epoch: int

    def tagger(self, gazetteer: NameLists, lexicon: Lexicon) -> NeuralTagger:
        return NeuralTagger(self.meta, [self.weights], gazetteer, lexicon)


def teacher_paths(
    path: str | Path,
    sentences: Iterable[Sequence[str]],
    gazetteer: NameLists,
    lexicon: Lexicon,
    outside_bias: float,
) -> list[TaggedSentence]:
    """``sentences`` tagged by the networks of ``path`` (a ``bundled.npz``-style
    file) as the shipped tagger tags them: their ensemble's Viterbi path, with
    ``outside_bias`` and the hints of ``lexicon`` (that of all the training data,
    as for any text the networks did not learn)."""
    stored, members = read_weights(Path(path))
    meta = {**stored, "config": {**stored["config"], "outside_bias": outside_bias}}
    tagger = NeuralTagger(meta, members, gazetteer, lexicon)
    return [TaggedSentence(tuple(words), tuple(tagger.tag(words))) for words in sentences]


def train_network(
    train: Sequence[TaggedSentence],
    dev: Sequence[TaggedSentence],
    gazetteer: NameLists,
    settings: Settings,
    *,
    extra: Sequence[TaggedSentence] = (),
    log: Callable[[str], None] = print,
) -> Trained:
    """Train on ``train``, with early stopping on ``dev`` micro-F1 when given (else
    all ``settings.epochs``); with ``settings.patience`` 0, the last epoch is kept
    and ``dev`` is only scored.

    ``extra`` are sentences tagged otherwise (:func:`teacher_paths` of text no
    teacher learnt): trained on every epoch like ``train``, but with the hints of
    the lexicon of all of ``train`` (as unseen text reads it), no copies, and
    their words out of the vocabularies and name pools (which stay those of
    ``train``, so that teachers of ``train`` still fit). With
    ``settings.soft_extra`` their teachers' posteriors replace their tags."""
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    rng = random.Random(settings.seed)
    pool = NamePool.of(train, listed_names()) if settings.augment else None
    jackknife = Jackknife(train, gazetteer)
    originals = jackknife.examples()

    def copies(epoch: int, offset: int = settings.copy_seed) -> list[Example]:
        # The copies do not depend on the seed: the networks of an ensemble learn from
        # the same data.
        if pool is None:
            return []
        draws = random.Random(offset + (epoch if settings.fresh_copies else 0))
        return jackknife.copies(lambda sentence: pool.replace(sentence, draws, settings.augment))

    lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in train])
    tagged_otherwise = [make_example(sentence, gazetteer, lexicon) for sentence in extra]
    for example in tagged_otherwise:
        example.copy = True
    first_copies = copies(1)
    examples = originals + tagged_otherwise + first_copies
    # The hint vocabularies are those of the usual copies, whatever ``copy_seed``.
    vocabulary_examples = originals + (copies(1, 0) if settings.copy_seed else first_copies)
    word_counts = Counter(w for e in originals for w in e.normal)
    stem_counts = Counter(s for e in originals for s in e.stems)
    char_counts = Counter(c for e in originals for w in e.normal for c in w)
    words = _vocabulary(word_counts, settings.min_count)
    stems = _vocabulary(stem_counts, settings.min_count)
    chars = _vocabulary(char_counts, 2)
    hints = [
        _vocabulary(Counter(row[k] for e in vocabulary_examples for row in e.rows), 1)
        for k in range(len(HINTS))
    ]
    config = settings.config
    meta = {
        "tags": list(TAGS),
        "config": asdict(config),
        "words": words.items,
        "stems": stems.items,
        "chars": chars.items,
        "hints": [v.items for v in hints],
    }
    network = Network(
        config, len(words), len(stems), len(chars), [len(v) for v in hints], len(TAGS)
    )
    optimiser = torch.optim.Adam(network.parameters(), lr=settings.lr)
    barred = torch.from_numpy(~allowed_transitions(TAGS))
    barred_start = torch.from_numpy(~allowed_starts(TAGS))

    def rare(word: str) -> bool:
        return word_counts[word] < settings.min_count + 2

    teachers = Teachers(settings.teachers, meta) if settings.teachers and settings.distil else None
    if settings.soft_extra and tagged_otherwise:
        if not settings.teachers:
            raise ValueError("Settings.soft_extra needs Settings.teachers")
        # Loading the teachers must not change the network's random draws.
        state = torch.get_rng_state()
        soft_teachers = Teachers(settings.teachers, meta)
        torch.set_rng_state(state)
        learn_posteriors(tagged_otherwise, soft_teachers, (words, stems, chars, hints), settings)
    best = Trained(meta, network.export(), -1.0, 0)
    waited = 0
    for epoch in range(1, settings.epochs + 1):
        began = time.perf_counter()
        if settings.fresh_copies and epoch > 1:
            examples = originals + tagged_otherwise + copies(epoch)
        network.train()
        total = 0.0
        clean: list[tuple[torch.Tensor, torch.Tensor]] = []
        soft_targets: list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]] = []
        for number, (w, s, c, ci, h, t, lengths) in enumerate(
            batches(
                examples,
                words,
                stems,
                chars,
                hints,
                settings.batch,
                rare=rare,
                unk_replace=settings.unk_replace,
                shuffle=rng,
                clean=clean if teachers else None,
                soft=soft_targets if settings.soft_extra else None,
            )
        ):
            mask = torch.arange(w.shape[1])[None] < lengths[:, None]
            emissions = network.emissions(w, s, c, ci, h, lengths)
            transitions = network.transitions.masked_fill(barred, NEG)
            start = network.start.masked_fill(barred_start, NEG)
            if soft_targets:
                weight, node, edge = soft_targets[number]
                crf = (mask, transitions, start, network.end)
                gold = gold_score(emissions, t, *crf)
                soft = expected_score(emissions, node, edge, *crf)
                log_z = log_partition(emissions, *crf)
                loss = (log_z - (1 - weight) * gold - weight * soft).sum()
            elif teachers is None:
                loss = -crf_log_likelihood(emissions, t, mask, transitions, start, network.end)
            else:
                node, edge = teachers.targets(
                    (*clean[number], c, ci, h, lengths), mask, settings.temperature
                )
                crf = (mask, transitions, start, network.end)
                gold = gold_score(emissions, t, *crf)
                soft = expected_score(emissions, node, edge, *crf)
                log_z = log_partition(emissions, *crf)
                loss = (log_z - (1 - settings.distil) * gold - settings.distil * soft).sum()
            optimiser.zero_grad()
            (loss / len(lengths)).backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), settings.clip)
            optimiser.step()
            total += float(loss.detach())
        message = f"epoch {epoch}: loss {total / len(examples):.3f}"
        network.eval()
        if dev:
            current = Trained(meta, network.export(), 0.0, epoch)
            tagger = current.tagger(gazetteer, lexicon)
            predicted = [tagger.tag(sentence.words) for sentence in dev]
            current.dev_f1 = score([s.tags for s in dev], predicted).micro.f1
            message += f", dev F1 {100 * current.dev_f1:.2f}"
            if current.dev_f1 > best.dev_f1 or not settings.patience:
                best, waited = current, 0
            else:
                waited += 1
        else:
            best = Trained(meta, network.export(), 0.0, epoch)
        log(message + f" ({time.perf_counter() - began:.0f} s)")
        if dev and settings.patience and waited >= settings.patience:
            break
    return best


def learn_posteriors(
    examples: Sequence[Example],
    teachers: Teachers,
    vocabularies: tuple[Vocabulary, Vocabulary, Vocabulary, Sequence[Vocabulary]],
    settings: Settings,
) -> None:
    """Give each of ``examples`` the ``teachers``' posteriors on it (``Example.soft``;
    the words as they are, ``settings.teacher_bias`` and ``temperature``)."""
    groups = length_groups(examples, settings.batch)
    clean: list[tuple[torch.Tensor, torch.Tensor]] = []
    batched = batches(examples, *vocabularies, settings.batch, clean=clean)
    for group, ids, (_, _, c, ci, h, _, lengths) in zip(groups, clean, batched, strict=True):
        mask = torch.arange(ci.shape[1])[None] < lengths[:, None]
        inputs = (*ids, c, ci, h, lengths)
        node, edge = teachers.targets(inputs, mask, settings.temperature, settings.teacher_bias)
        for b, i in enumerate(group):
            length = int(lengths[b])
            examples[i].soft = (
                node[b, :length].numpy().copy(),
                edge[b, : length - 1].numpy().copy(),
            )


__all__ = ["PAD", "TAGS", "Network", "Settings", "Trained", "train_network"]
