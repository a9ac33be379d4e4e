"""Training of the neural tagger (:mod:`kg.ner.neural`); used by ``scripts/train_ner.py``.

The lexicon hints of training sentences come from the other folds
(jackknifing, as for the CRF), so the network learns how far to trust the
lexicon on names it has not seen. With ``Settings.augment``, each sentence with
names also gets a copy with other names in their place (:class:`NamePool`), so
that the network learns names from their context and letters more than from
the names themselves.

The parts: ``scripts/ner_examples.py`` (examples, jackknifed lexicons, batches),
``scripts/ner_augment.py`` (name replacement) and ``scripts/ner_network.py`` (the torch
network, its CRF and the distillation teachers); this module runs the training.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from kg.ner.conll import TaggedSentence, score
from kg.ner.crf_decode import allowed_starts, allowed_transitions
from kg.ner.features import Lexicon, NameLists, listed_names
from kg.ner.neural import (
    HINTS,
    NEG,
    PAD,
    Config,
    NeuralTagger,
    Vocabulary,
    read_weights,
)
from scripts.ner_augment import LISTED_TYPES, NamePool, attach_proclitics, split_proclitics
from scripts.ner_examples import (
    BLOCK,
    FOLDS,
    TAGS,
    Example,
    Jackknife,
    batches,
    iob2,
    length_groups,
    make_example,
)
from scripts.ner_network import (
    Network,
    Teachers,
    crf_log_likelihood,
    expected_score,
    gold_score,
    log_partition,
    posteriors,
)


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


def _vocabulary(counts: Counter[str], min_count: int) -> Vocabulary:
    return Vocabulary(sorted(item for item, n in counts.items() if n >= min_count and item))


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


__all__ = [
    "BLOCK", "FOLDS", "LISTED_TYPES", "PAD", "TAGS", "Jackknife", "NamePool", "Network",
    "Settings", "Teachers", "Trained", "attach_proclitics", "batches", "expected_score",
    "gold_score", "iob2", "learn_posteriors", "length_groups", "log_partition", "make_example",
    "posteriors", "split_proclitics", "teacher_paths", "train_network",
]
"""The training's entry points, and the names the tests and ``scripts/train_ner.py`` import
from here (most defined in the modules imported above)."""
