"""The numpy layers of the neural tagger's inference (:mod:`kg.ner.neural`).

The letter convolutions as tables of letter rows (:func:`fused_convolutions`,
:func:`letter_tables`, :func:`char_vectors`), the BiLSTM recurrence of all sentences and
ensemble members at once (:func:`bilstm_states`, gates laid out by :func:`lstm_gates`),
and the convolutional word encoder (:func:`cnn_states`, kernels laid out by
:func:`window_kernel`): the same computations as the torch network of
``scripts/ner_training.py``, without torch.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kg.ner.crf_decode import schedule
from kg.ner.neural_inputs import PAD


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


def lstm_gates(matrix: np.ndarray, size: int) -> np.ndarray:
    """torch's LSTM gate columns ``[i, f, g, o]`` reordered ``[o, i, f, g]``, with
    ``o``, ``i`` and ``f`` halved, so that one tanh serves all four gates
    (``sigmoid(x) = (tanh(x / 2) + 1) / 2``), and ``(i, f)`` times ``(g, c)`` is one
    product (see :func:`bilstm_states`)."""
    i, f, g, o = (matrix[..., k * size : (k + 1) * size] for k in range(4))
    return np.concatenate([o / 2, i / 2, f / 2, g], axis=-1).astype(np.float32)


def window_kernel(weight: np.ndarray) -> np.ndarray:
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
    # Gate columns [o, i, f, g] (see lstm_gates), then the cell state c in the same buffer:
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
