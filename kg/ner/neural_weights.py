"""The neural tagger's network: its shape (:class:`Config`), its weight file, and one
network's weights laid out for numpy inference (:class:`Member`).

Weights ship as float16 in one ``.npz`` file, the vocabularies and the configuration as
JSON inside it (:func:`write_weights`, :func:`read_weights`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kg.ner.neural_layers import fused_convolutions, letter_tables, lstm_gates, window_kernel


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


class Member:
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
            self.kernels = [window_kernel(w(f"cnn.{k}.weight")) for k in layers]
            self.kernel_biases = [w(f"cnn.{k}.bias") for k in layers]
        else:
            # Input projections, forward then backward direction: [input, 2 * 4H].
            w_ih = np.concatenate(
                [lstm_gates(w(f"{d}.weight_ih_l0").T, size) for d in ("forward", "backward")],
                axis=1,
            )
            self.bias = np.concatenate(
                [
                    lstm_gates(w(f"{d}.bias_ih_l0") + w(f"{d}.bias_hh_l0"), size)
                    for d in ("forward", "backward")
                ]
            )
            # Recurrent weights of both directions: [2, H, 4H].
            self.w_hh = np.stack(
                [lstm_gates(w(f"{d}.weight_hh_l0").T, size) for d in ("forward", "backward")]
            )
        self.word_projection = np.ascontiguousarray(w_ih[:word_width])
        self.hint_tables = []
        for k in range(hint_count):
            rows = w_ih[word_width + k * config.hint_dim : word_width + (k + 1) * config.hint_dim]
            self.hint_tables.append(w(f"hints.{k}.weight") @ rows)
        self.out_weight = w("out.weight").T
        self.out_bias = w("out.bias")


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
