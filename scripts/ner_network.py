"""The torch side of the neural tagger (for ``scripts/ner_training.py``): the network, its
linear-chain CRF's likelihood and posteriors, and an ensemble of trained networks as
teachers for distillation.

The network computes what :mod:`kg.ner.neural` computes in numpy at tagging time;
:meth:`Network.export` writes its weights under the names the tagger reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from kg.ner.crf_decode import allowed_starts, allowed_transitions
from kg.ner.neural import NEG, PAD, Config, read_weights
from scripts.ner_examples import TAGS


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
