"""Training of the neural tagger (:mod:`kg.ner.neural`); used by ``scripts/train_ner.py``.

The lexicon hints of training sentences come from the other folds
(jackknifing, as for the CRF), so the network learns how far to trust the
lexicon on names it has not seen.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import torch

from kg.ner.conll import TaggedSentence, chunks, score
from kg.ner.features import Gazetteer, Lexicon
from kg.ner.neural import (
    HINTS,
    NEG,
    PAD,
    UNK,
    Config,
    Network,
    NeuralTagger,
    Vocabulary,
    allowed_starts,
    allowed_transitions,
    char_matrix,
    crf_log_likelihood,
    token_hints,
)

BLOCK = 40
FOLDS = 5
TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")


@dataclass
class Settings:
    config: Config = field(default_factory=Config)
    epochs: int = 30
    patience: int = 6
    batch: int = 16
    lr: float = 2e-3
    clip: float = 5.0
    min_count: int = 2
    unk_replace: float = 0.3
    """Chance that a rare (count < min_count + 2) word is read as unknown in training."""
    seed: int = 1
    threads: int = 1


@dataclass
class Example:
    normal: list[str]
    stems: list[str]
    rows: list[list[str]]
    tags: list[int]


def jackknifed_examples(
    sentences: Sequence[TaggedSentence], gazetteer: Gazetteer, folds: int = FOLDS
) -> list[Example]:
    examples: list[Example | None] = [None] * len(sentences)
    for fold in range(folds):
        rest = [(s.words, s.tags) for i, s in enumerate(sentences) if (i // BLOCK) % folds != fold]
        lexicon = Lexicon.from_sentences(rest)
        for i, sentence in enumerate(sentences):
            if (i // BLOCK) % folds == fold:
                examples[i] = make_example(sentence, gazetteer, lexicon)
    return [e for e in examples if e is not None]


def iob2(tags: Sequence[str]) -> list[str]:
    """The same chunks (as conlleval reads them) in strict IOB2: an ``I-`` that opens
    a chunk becomes ``B-``."""
    result = ["O"] * len(tags)
    for kind, start, end in chunks(tags):
        result[start] = "B-" + kind
        for i in range(start + 1, end):
            result[i] = "I-" + kind
    return result


def make_example(sentence: TaggedSentence, gazetteer: Gazetteer, lexicon: Lexicon) -> Example:
    normal, stems, rows = token_hints(sentence.words, gazetteer, lexicon)
    return Example(normal, stems, rows, [TAGS.index(t) for t in iob2(sentence.tags)])


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
) -> list[tuple[torch.Tensor, ...]]:
    """Padded id tensors, sentences of similar length together."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].normal))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
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
        result.append(tuple(torch.from_numpy(a) for a in (w, s, c, ci, h, t, lengths)))
    return result


def train_network(
    train: Sequence[TaggedSentence],
    dev: Sequence[TaggedSentence],
    gazetteer: Gazetteer,
    settings: Settings,
    *,
    log: Callable[[str], None] = print,
) -> tuple[dict[str, Any], float]:
    """Train on ``train`` (early stopping on ``dev`` micro-F1 when given, else the last
    epoch); returns the payload :class:`NeuralTagger` loads, and the best dev F1."""
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    rng = random.Random(settings.seed)
    examples = jackknifed_examples(train, gazetteer)
    lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in train])
    word_counts = Counter(w for e in examples for w in e.normal)
    stem_counts = Counter(s for e in examples for s in e.stems)
    char_counts = Counter(c for e in examples for w in e.normal for c in w)
    words = _vocabulary(word_counts, settings.min_count)
    stems = _vocabulary(stem_counts, settings.min_count)
    chars = _vocabulary(char_counts, 2)
    hints = [
        _vocabulary(Counter(row[k] for e in examples for row in e.rows), 1)
        for k in range(len(HINTS))
    ]
    config = settings.config
    network = Network(
        config, len(words), len(stems), len(chars), [len(v) for v in hints], len(TAGS)
    )
    optimiser = torch.optim.Adam(network.parameters(), lr=settings.lr)
    barred = torch.from_numpy(~allowed_transitions(TAGS))
    barred_start = torch.from_numpy(~allowed_starts(TAGS))

    def payload() -> dict[str, Any]:
        return {
            "tags": list(TAGS),
            "words": words.items,
            "stems": stems.items,
            "chars": chars.items,
            "hints": [v.items for v in hints],
            "config": asdict(config),
            "state": {
                name: (t.detach().clone().half() if t.is_floating_point() else t.detach().clone())
                for name, t in network.state_dict().items()
            },
        }

    def rare(word: str) -> bool:
        return word_counts[word] < settings.min_count + 2

    best_f1, best_payload, waited = -1.0, payload(), 0
    for epoch in range(settings.epochs):
        began = time.perf_counter()
        network.train()
        total = 0.0
        for w, s, c, ci, h, t, lengths in batches(
            examples,
            words,
            stems,
            chars,
            hints,
            settings.batch,
            rare=rare,
            unk_replace=settings.unk_replace,
            shuffle=rng,
        ):
            mask = torch.arange(w.shape[1])[None] < lengths[:, None]
            emissions = network.emissions(w, s, c, ci, h)
            transitions = network.transitions.masked_fill(barred, NEG)
            start = network.start.masked_fill(barred_start, NEG)
            loss = -crf_log_likelihood(emissions, t, mask, transitions, start, network.end)
            optimiser.zero_grad()
            (loss / len(lengths)).backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), settings.clip)
            optimiser.step()
            total += float(loss.detach())
        message = f"epoch {epoch + 1}: loss {total / len(examples):.3f}"
        if dev:
            tagger = NeuralTagger(payload(), gazetteer, lexicon)
            predicted = [tagger.tag(sentence.words) for sentence in dev]
            f1 = score([s.tags for s in dev], predicted).micro.f1
            message += f", dev F1 {100 * f1:.2f}"
            if f1 > best_f1:
                best_f1, best_payload, waited = f1, payload(), 0
            else:
                waited += 1
        else:
            best_payload = payload()
        log(message + f" ({time.perf_counter() - began:.0f} s)")
        if dev and waited >= settings.patience:
            break
    return best_payload, best_f1


def ensemble(members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One payload holding the networks of ``members`` (same data, other seeds)."""
    first = members[0]
    for member in members[1:]:
        if any(member[key] != first[key] for key in ("tags", "words", "stems", "chars", "hints")):
            raise ValueError("ensemble members must share their vocabularies")
    payload = {key: value for key, value in first.items() if key != "state"}
    payload["states"] = [member["state"] for member in members]
    return payload


__all__ = ["PAD", "TAGS", "Settings", "ensemble", "train_network"]
