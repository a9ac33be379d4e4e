"""Decoding a linear-chain CRF in numpy: the IOB2 constraints, the best path (Viterbi)
and the tag marginals (forward-backward), for one sentence or several at a time.

The bundled tagger (:mod:`kg.ner.neural`) scores each word; this module turns the scores
into tags. The batched forms run one step for all sentences at once, longest first, over
only the sentences still running at that step.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


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
    """The best tag path for one sentence (``emissions`` is ``[time, tags]``).

    The same float32 operations as :func:`viterbi_many` on one sentence, with
    fewer numpy calls a step (each call's overhead is most of its cost here)."""
    ahead = transitions + emissions[1:, None, :]  # [time - 1, from, to]
    best = np.empty(emissions.shape, dtype=np.result_type(ahead, start))
    best[0] = start + emissions[0]
    candidates = np.empty(ahead.shape[1:], dtype=best.dtype)
    add, best_of, columns = np.add, np.maximum.reduce, best[:, :, None]
    for t, step in enumerate(ahead):
        add(columns[t], step, out=candidates)
        best_of(candidates, axis=0, out=best[t + 1])
    # The back pointers of all steps at once: the same sums as in the loop.
    pointers = (best[:-1, :, None] + ahead).argmax(axis=1).tolist()
    path = [int((best[-1] + end).argmax())]
    for row in reversed(pointers):
        path.append(row[path[-1]])
    return path[::-1]


def schedule(sentences: Sequence[np.ndarray]) -> tuple[list[int], list[int]]:
    """The sentences' indexes longest first and, per step, how many sentences are
    longer than it: step ``t`` of a batched pass runs only the first ``active[t]``."""
    order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
    lengths = [len(sentences[i]) for i in order]
    active = []
    running = len(lengths)
    for t in range(lengths[0]):
        while lengths[running - 1] <= t:
            running -= 1
        active.append(running)
    return order, active


def longest_first(emissions: Sequence[np.ndarray]) -> tuple[list[int], np.ndarray, list[int]]:
    """:func:`schedule`, with the ``[time, sentence, tags]`` emissions longest first
    (zero padded at the end)."""
    order, active = schedule(emissions)
    first = emissions[order[0]]
    padded = np.zeros((len(active), len(order), first.shape[1]), dtype=first.dtype)
    for slot, i in enumerate(order):
        padded[: len(emissions[i]), slot] = emissions[i]
    return order, padded, active


def viterbi_many(
    emissions: Sequence[np.ndarray], transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[list[int]]:
    """:func:`viterbi` of several non-empty sentences, one step for all of them at a time
    (only over the sentences still running)."""
    order, padded, active = longest_first(emissions)
    score = start + padded[0]
    # The step into position t: [time - 1, sentence, from, to] scores, in one operation.
    ahead = transitions + padded[1:, :, None, :]
    back = np.zeros(padded.shape, dtype=np.intp)
    for t in range(1, len(active)):
        k = active[t]
        candidates = score[:k, :, None] + ahead[t - 1, :k]
        back[t, :k] = candidates.argmax(1)
        score[:k] = candidates.max(1)
    paths: list[list[int]] = [[]] * len(emissions)
    last = (score + end).argmax(axis=1).tolist()
    for slot, i in enumerate(order):
        pointers = back[: len(emissions[i]), slot].tolist()
        best = [last[slot]]
        for t in range(len(pointers) - 1, 0, -1):
            best.append(pointers[t][best[-1]])
        paths[i] = best[::-1]
    return paths


def marginals(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """``[time, tags]`` posterior probability of each tag at each position.

    Forward-backward in probability space (cheaper than log space for a handful
    of tags), in float64, rescaled every :data:`RESCALE` steps; the forward and
    the backward pass run as one chain of ``[2, 1, tags] x [2, tags, tags]``
    products (one numpy call a step for both).
    """
    steps, tags = emissions.shape
    scores = emissions.astype(np.float64)
    potentials = np.exp(scores - scores.max(axis=1, keepdims=True))
    # The step into position t: [time - 1, from, to], transitions times potentials.
    ahead = np.exp(transitions.astype(np.float64)) * potentials[1:, None, :]
    # Chain step j: forward into position j, backward into position steps - 1 - j.
    matrices = np.stack([ahead, ahead[::-1].transpose(0, 2, 1)], axis=1)
    chain = np.empty((steps, 2, 1, tags))
    chain[0, 0, 0] = np.exp(start - start.max()) * potentials[0]
    chain[0, 1, 0] = np.exp(end - end.max())
    for j in range(1, steps):
        np.matmul(chain[j - 1], matrices[j - 1], out=chain[j])
        if j % RESCALE == 0:
            chain[j] /= chain[j].sum(axis=2, keepdims=True)
    product = chain[:, 0, 0] * chain[::-1, 1, 0]
    result: np.ndarray = product / product.sum(axis=1, keepdims=True)
    return result


RESCALE = 4
"""Steps between two rescalings of forward-backward: each step's potentials are at most
one at their largest, so the scores cannot underflow float64 in a few steps."""


def marginals_many(
    emissions: Sequence[np.ndarray], transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[np.ndarray]:
    """:func:`marginals` of several non-empty sentences, computed together."""
    order, padded, active = longest_first(emissions)
    steps = len(active)
    scores = padded.astype(np.float64)
    potentials = np.exp(scores - scores.max(axis=2, keepdims=True))
    # The step into position t: [time - 1, sentence, from, to], transitions times potentials.
    ahead = np.exp(transitions.astype(np.float64)) * potentials[1:, :, None, :]
    alpha = np.zeros_like(potentials)
    beta = np.zeros_like(potentials)
    alpha[0] = np.exp(start - start.max()) * potentials[0]
    for t in range(1, steps):
        k = active[t]
        np.matmul(alpha[t - 1, :k, None, :], ahead[t - 1, :k], out=alpha[t, :k, None, :])
        if t % RESCALE == 0:
            alpha[t, :k] /= alpha[t, :k].sum(axis=1, keepdims=True)
    final = np.exp(end - end.max())
    for t in range(steps - 1, -1, -1):
        k = active[t]
        # Sentences whose last word is at t start from the end scores; the longer ones
        # (the first ``running``) carry beta back from t + 1.
        running = active[t + 1] if t + 1 < steps else 0
        beta[t, running:k] = final
        if running:
            np.matmul(
                ahead[t, :running], beta[t + 1, :running, :, None], out=beta[t, :running, :, None]
            )
            if t % RESCALE == 0:
                beta[t, :running] /= beta[t, :running].sum(axis=1, keepdims=True)
    product = alpha * beta
    result: list[np.ndarray] = [np.empty(0)] * len(emissions)
    for slot, i in enumerate(order):
        rows = product[: len(emissions[i]), slot]
        result[i] = rows / rows.sum(axis=1, keepdims=True)
    return result
