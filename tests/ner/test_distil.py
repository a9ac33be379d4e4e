"""Distillation of an ensemble's CRF posteriors (scripts/ner_training.py, Settings.distil)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from kg.ner.conll import TaggedSentence
from kg.ner.features import NameLists

torch = pytest.importorskip("torch")

from scripts.ner_training import (  # noqa: E402
    TAGS,
    Settings,
    expected_score,
    gold_score,
    log_partition,
    posteriors,
    teacher_paths,
    train_network,
)

TRAIN = [
    TaggedSentence(
        ("وقال", "جورج", "بوش", "في", "واشنطن"), ("O", "B-PERS", "I-PERS", "O", "B-LOC")
    ),
    TaggedSentence(("التقى", "وليد", "المعلم", "وبوش"), ("O", "B-PERS", "I-PERS", "B-PERS")),
    TaggedSentence(("وصل", "بوش", "إلى", "ولبنان"), ("O", "B-PERS", "O", "B-LOC")),
    TaggedSentence(("زار", "لبنان", "أمس"), ("O", "B-LOC", "O")),
    TaggedSentence(("رد", "بوش"), ("O", "B-PERS")),
    TaggedSentence(("لبنان",), ("B-LOC",)),
]


def _crf(batch: int, time: int, seed: int = 0) -> tuple[torch.Tensor, ...]:
    generator = torch.Generator().manual_seed(seed)
    tags = len(TAGS)
    emissions = torch.randn(batch, time, tags, generator=generator)
    transitions = torch.randn(tags, tags, generator=generator)
    start, end = torch.randn(tags, generator=generator), torch.randn(tags, generator=generator)
    return emissions, transitions, start, end


def test_posteriors_are_the_marginals_of_the_numpy_tagger() -> None:
    from kg.ner.crf_decode import marginals

    emissions, transitions, start, end = _crf(3, 5)
    lengths = torch.tensor([5, 3, 1])
    mask = torch.arange(5)[None] < lengths[:, None]
    node, edge = posteriors(emissions, mask, transitions, start, end)
    for b, length in enumerate(lengths.tolist()):
        expected = marginals(*(x.numpy() for x in (emissions[b, :length], transitions, start, end)))
        assert np.allclose(node[b, :length].numpy(), expected, atol=1e-5)
        assert float(node[b, length:].abs().sum()) == 0.0
        # Pair marginals sum to one at each step inside the sentence, zero past its end.
        sums = edge[b].sum((1, 2)).numpy()
        assert np.allclose(sums[: length - 1], 1.0, atol=1e-5)
        assert np.allclose(sums[length - 1 :], 0.0)


def test_expected_score_of_one_hot_marginals_is_the_gold_score() -> None:
    emissions, transitions, start, end = _crf(2, 4, seed=1)
    mask = torch.arange(4)[None] < torch.tensor([4, 2])[:, None]
    tags = torch.tensor([[0, 1, 2, 0], [5, 6, 0, 0]])
    node = torch.nn.functional.one_hot(tags, len(TAGS)).float() * mask[:, :, None]
    edge = node[:, :-1, :, None] * node[:, 1:, None, :]
    crf = (mask, transitions, start, end)
    assert torch.allclose(
        expected_score(emissions, node, edge, *crf), gold_score(emissions, tags, *crf)
    )
    # The soft loss is then the gold negative log-likelihood.
    soft = log_partition(emissions, *crf) - expected_score(emissions, node, edge, *crf)
    assert float(soft.min()) > 0


def test_a_network_learns_from_teachers_of_the_same_data(tmp_path: Path) -> None:
    from kg.ner.neural import Config, write_weights

    config = Config(word_dim=8, stem_dim=4, char_dim=6, char_filters=5, hint_dim=3, hidden=7)
    lists = NameLists({("لبنان",): "country"})
    teacher = train_network(
        TRAIN, [], lists, Settings(config, epochs=2, seed=2, augment=0.5), log=lambda _: None
    )
    path = tmp_path / "teachers.npz"
    vocabularies = {k: teacher.meta[k] for k in ("words", "stems", "chars", "hints")}
    write_weights(path, TAGS, vocabularies, config, [teacher.weights, teacher.weights])
    small = Config(word_dim=8, stem_dim=4, char_dim=6, char_filters=5, hint_dim=3, hidden=5)
    lines: list[str] = []
    student = train_network(
        TRAIN,
        [],
        lists,
        # Copies drawn otherwise than the teachers' (sentences they never saw), and the
        # same vocabularies as theirs.
        Settings(small, epochs=2, seed=1, augment=0.5, teachers=str(path), distil=0.5, copy_seed=7),
        log=lines.append,
    )
    assert student.weights["forward.weight_hh_l0"].shape == (20, 5)
    assert len(lines) == 2 and all(np.isfinite(float(line.split()[3])) for line in lines)
    # Teachers trained on other data (other vocabularies) are refused.
    with pytest.raises(ValueError, match="vocabulary"):
        train_network(
            TRAIN[:3],
            [],
            lists,
            Settings(small, epochs=1, teachers=str(path), distil=0.5),
            log=lambda _: None,
        )


def test_a_network_learns_from_text_its_teachers_tagged(tmp_path: Path) -> None:
    from kg.ner.features import Lexicon
    from kg.ner.neural import Config, NeuralTagger, write_weights

    config = Config(word_dim=8, stem_dim=4, char_dim=6, char_filters=5, hint_dim=3, hidden=7)
    lists = NameLists({("لبنان",): "country"})
    teacher = train_network(
        TRAIN, [], lists, Settings(config, epochs=2, augment=0.5), log=lambda _: None
    )
    path = tmp_path / "teachers.npz"
    vocabularies = {k: teacher.meta[k] for k in ("words", "stems", "chars", "hints")}
    write_weights(path, TAGS, vocabularies, config, [teacher.weights])
    lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in TRAIN])
    untagged = [("وصل", "ميشال", "عون", "إلى", "بيروت"), ("غادر", "بوش", "لبنان")]
    tagged = teacher_paths(path, untagged, lists, lexicon, outside_bias=0.5)
    # The teachers' Viterbi paths, read with the outside bias given.
    biased = {**teacher.meta, "config": {**teacher.meta["config"], "outside_bias": 0.5}}
    tagger = NeuralTagger(biased, [teacher.weights], lists, lexicon)
    assert [s.words for s in tagged] == untagged
    assert [list(s.tags) for s in tagged] == [tagger.tag(words) for words in untagged]
    cnn = Config(
        word_dim=8,
        stem_dim=4,
        char_dim=6,
        char_filters=5,
        hint_dim=3,
        hidden=5,
        encoder="cnn",
        dilations=(1, 2),
    )
    lines: list[str] = []
    student = train_network(
        TRAIN, [], lists, Settings(cnn, epochs=2, augment=0.5), extra=tagged, log=lines.append
    )
    alone = train_network(
        TRAIN, [], lists, Settings(cnn, epochs=1, augment=0.5), log=lambda _: None
    )
    # The words of the tagged text stay out of the vocabularies: the teachers still fit.
    assert "ميشال" not in student.meta["words"]
    assert student.meta == alone.meta
    assert len(lines) == 2 and all(np.isfinite(float(line.split()[3])) for line in lines)
    # Or the teachers' posteriors on it (their tags unused), with the same random draws.
    soft = train_network(
        TRAIN,
        [],
        lists,
        Settings(cnn, epochs=1, augment=0.5, teachers=str(path), soft_extra=True),
        extra=tagged,
        log=lambda _: None,
    )
    assert soft.meta == alone.meta


def test_posteriors_learnt_on_other_text_are_the_teachers_marginals(tmp_path: Path) -> None:
    from kg.ner.features import Lexicon
    from kg.ner.neural import Config, NeuralTagger, write_weights
    from scripts.ner_training import Teachers, learn_posteriors, make_example
    from scripts.ner_training import _vocabulary as vocabulary

    config = Config(word_dim=8, stem_dim=4, char_dim=6, char_filters=5, hint_dim=3, hidden=7)
    lists = NameLists({("لبنان",): "country"})
    teacher = train_network(TRAIN, [], lists, Settings(config, epochs=2), log=lambda _: None)
    path = tmp_path / "teachers.npz"
    vocabularies = {k: teacher.meta[k] for k in ("words", "stems", "chars", "hints")}
    write_weights(path, TAGS, vocabularies, config, [teacher.weights])
    lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in TRAIN])
    untagged = [("وصل", "ميشال", "عون", "إلى", "بيروت"), ("غادر", "بوش")]
    examples = [
        make_example(TaggedSentence(words, ("O",) * len(words)), lists, lexicon)
        for words in untagged
    ]
    ids = tuple(
        vocabulary(Counter(items), 1)
        for items in (teacher.meta["words"], teacher.meta["stems"], teacher.meta["chars"])
    )
    hints = [vocabulary(Counter(items), 1) for items in teacher.meta["hints"]]
    learn_posteriors(
        examples,
        Teachers(str(path), teacher.meta),
        (*ids, hints),
        Settings(config, teacher_bias=0.5),
    )
    biased = {**teacher.meta, "config": {**teacher.meta["config"], "outside_bias": 0.5}}
    tagger = NeuralTagger(biased, [teacher.weights], lists, lexicon)
    for words, example in zip(untagged, examples, strict=True):
        assert example.soft is not None
        node, edge = example.soft
        assert node.shape == (len(words), len(TAGS))
        assert edge.shape == (len(words) - 1, len(TAGS), len(TAGS))
        # The numpy tagger's marginals of its tags, with the same outside bias.
        _, posterior = tagger.tag_with_marginals(words)
        assert np.allclose(node, posterior, atol=1e-4)
        assert np.allclose(edge.sum(1), node[1:], atol=1e-4)
        assert np.allclose(edge.sum(2), node[:-1], atol=1e-4)
