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
(transitions that IOB2 forbids are barred) picks the tags. The forward pass
runs in torch; Viterbi decoding and the tag marginals (forward-backward) are
computed in numpy, which is faster than torch for one short sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

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
    char_filters: int = 50
    hint_dim: int = 12
    hidden: int = 150
    dropout: float = 0.5


class Network(nn.Module):
    """Embeddings + char CNN -> BiLSTM -> emission scores; CRF transitions as parameters."""

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
        self.lstm = nn.LSTM(width, config.hidden, batch_first=True, bidirectional=True)
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
    ) -> torch.Tensor:
        """``[batch, time, tags]`` scores.

        ``chars`` is ``[distinct words, MAX_CHARS]``: the letters of each distinct
        word of the batch once; ``char_index`` (``[batch, time]``) says which row
        each position reads. Padded positions of a batch are read by the LSTM
        (sentences of a batch have similar lengths); their scores are ignored.
        """
        letters = chars.shape[1]
        c = self.char(chars).transpose(1, 2)
        pooled = [conv(c)[:, :, :letters].max(dim=2).values for conv in self.convs]
        char_vectors = torch.cat(pooled, dim=1)[char_index]
        parts = [self.word(words), self.stem(stems), char_vectors]
        parts += [embed(hints[:, :, k]) for k, embed in enumerate(self.hints)]
        x = self.dropout(torch.cat(parts, dim=2))
        h, _ = self.lstm(x)
        return self.out(self.dropout(h))


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


def crf_log_likelihood(
    emissions: torch.Tensor,
    tags: torch.Tensor,
    mask: torch.Tensor,
    transitions: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
) -> torch.Tensor:
    """Sum over the batch of log p(tags | sentence) under the linear-chain CRF."""
    time = emissions.shape[1]
    maskf = mask.float()
    # Score of the gold path.
    gold = start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
    for t in range(1, time):
        step = transitions[tags[:, t - 1], tags[:, t]] + emissions[:, t].gather(
            1, tags[:, t : t + 1]
        ).squeeze(1)
        gold = gold + step * maskf[:, t]
    last = mask.long().sum(1) - 1
    gold = gold + end[tags.gather(1, last[:, None]).squeeze(1)]
    # Partition function.
    alpha = start[None] + emissions[:, 0]
    for t in range(1, time):
        scores = alpha[:, :, None] + transitions[None] + emissions[:, t, None, :]
        nxt = torch.logsumexp(scores, dim=1)
        alpha = torch.where(mask[:, t, None], nxt, alpha)
    log_z = torch.logsumexp(alpha + end[None], dim=1)
    return (gold - log_z).sum()


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis=axis, keepdims=True)
    return np.squeeze(top, axis) + np.log(np.exp(x - top).sum(axis=axis))


def viterbi(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[int]:
    """The best tag path for one sentence (``emissions`` is ``[time, tags]``)."""
    score = start + emissions[0]
    back = []
    for t in range(1, len(emissions)):
        candidates = score[:, None] + transitions
        back.append(candidates.argmax(0))
        score = candidates.max(0) + emissions[t]
    best = [int((score + end).argmax())]
    for pointers in reversed(back):
        best.append(int(pointers[best[-1]]))
    return best[::-1]


def marginals(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """``[time, tags]`` posterior probability of each tag at each position."""
    time = len(emissions)
    alpha = np.empty_like(emissions)
    beta = np.empty_like(emissions)
    alpha[0] = start + emissions[0]
    for t in range(1, time):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + transitions, 0) + emissions[t]
    beta[-1] = end
    for t in range(time - 2, -1, -1):
        beta[t] = _logsumexp(transitions + (emissions[t + 1] + beta[t + 1])[None], 1)
    log_z = _logsumexp(alpha[-1] + end, 0)
    result: np.ndarray = np.exp(alpha + beta - log_z)
    return result


class NeuralTagger:
    """The trained network(s) with their vocabularies, tagging one sentence at a time.

    A payload with several ``states`` (networks trained with different seeds on
    the same data, sharing vocabularies) is an ensemble: emission scores and
    CRF transitions are averaged.
    """

    def __init__(self, payload: Mapping[str, Any], gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.tags: list[str] = list(payload["tags"])
        self.words = Vocabulary(payload["words"])
        self.stems = Vocabulary(payload["stems"])
        self.chars = Vocabulary(payload["chars"])
        self.hint_vocabularies = [Vocabulary(items) for items in payload["hints"]]
        self.config = Config(**payload["config"])
        states = payload["states"] if "states" in payload else [payload["state"]]
        self.networks: list[Network] = []
        for state in states:
            network = Network(
                self.config,
                len(self.words),
                len(self.stems),
                len(self.chars),
                [len(v) for v in self.hint_vocabularies],
                len(self.tags),
            )
            network.load_state_dict({name: tensor.float() for name, tensor in state.items()})
            network.eval()
            self.networks.append(network)
        self.gazetteer = gazetteer
        self.lexicon = lexicon

        def mean(name: str) -> np.ndarray:
            values = [getattr(n, name).detach().numpy() for n in self.networks]
            result: np.ndarray = np.mean(values, axis=0)
            return result

        self._transitions = mean("transitions")
        self._transitions[~allowed_transitions(self.tags)] = NEG
        self._start = mean("start")
        self._start[~allowed_starts(self.tags)] = NEG
        self._end = mean("end")

    @classmethod
    def load(cls, path: Path, gazetteer: Gazetteer, lexicon: Lexicon) -> NeuralTagger:
        payload = torch.load(path, map_location="cpu", weights_only=True)
        return cls(payload, gazetteer, lexicon)

    def encode(
        self, words: Sequence[str], lexicon: Lexicon | None = None
    ) -> tuple[torch.Tensor, ...]:
        """Id tensors (batch of one) for a sentence; ``lexicon`` overrides the bundled one."""
        normal, stems, rows = token_hints(words, self.gazetteer, lexicon or self.lexicon)
        return encode_sentence(
            normal, stems, rows, self.words, self.stems, self.chars, self.hint_vocabularies
        )

    def scores(self, words: Sequence[str]) -> np.ndarray:
        """``[time, tags]`` emission scores of one sentence (the members' mean)."""
        inputs = self.encode(words)
        with torch.inference_mode():
            scores = [network.emissions(*inputs)[0] for network in self.networks]
            result: np.ndarray = (sum(scores[1:], scores[0]) / len(scores)).numpy()
        return result

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        path = viterbi(self.scores(words), self._transitions, self._start, self._end)
        return [self.tags[i] for i in path]

    def tag_with_marginals(self, words: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """The best tags and the ``[time, tags]`` marginals of a non-empty sentence."""
        emissions = self.scores(words)
        path = viterbi(emissions, self._transitions, self._start, self._end)
        return [self.tags[i] for i in path], marginals(
            emissions, self._transitions, self._start, self._end
        )


def encode_sentence(
    normal: Sequence[str],
    stems: Sequence[str],
    rows: Sequence[Sequence[str]],
    words: Vocabulary,
    stem_vocabulary: Vocabulary,
    chars: Vocabulary,
    hints: Sequence[Vocabulary],
) -> tuple[torch.Tensor, ...]:
    """``(words, stems, chars, char_index, hints)`` id tensors for a batch of one."""
    distinct: dict[str, int] = {}
    index = [distinct.setdefault(word, len(distinct)) for word in normal]
    return (
        torch.tensor([[words(w) for w in normal]]),
        torch.tensor([[stem_vocabulary(s) for s in stems]]),
        torch.from_numpy(char_matrix(list(distinct), chars)),
        torch.tensor([index]),
        torch.tensor([[[v(value) for v, value in zip(hints, row, strict=True)] for row in rows]]),
    )


def char_matrix(words: Sequence[str], chars: Vocabulary) -> np.ndarray:
    """``[words, MAX_CHARS]`` letter ids; a long word keeps its first and last letters."""
    matrix = np.zeros((len(words), MAX_CHARS), dtype=np.int64)
    half = MAX_CHARS // 2
    for i, word in enumerate(words):
        letters = word if len(word) <= MAX_CHARS else word[:half] + word[-half:]
        matrix[i, : len(letters)] = [chars(c) for c in letters]
    return matrix
