"""NewsFANE re-annotates ANERcorp, test part included: what we use must not overlap the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ner.conll import newsfane_without_test, read_conll, rejoin_clitics, sentence_key

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent"),
]


def test_newsfane_used_sentences_do_not_overlap_anercorp_test() -> None:
    test = read_conll(DATA / "anercorp" / "test.txt")
    newsfane = read_conll(DATA / "newsfane" / "newsfane_gold.txt")
    used = newsfane_without_test(newsfane, test)
    dropped = len(newsfane) - len(used)
    # The test part is about a sixth of the corpus: the filter must have found it ...
    assert 0.9 * len(test) <= dropped <= 1.25 * len(test)

    # ... and, checked independently by normalised text containment, nothing of it is left.
    test_keys = [sentence_key(s.words) for s in test]
    joined_test = "|".join(test_keys)
    long_test_keys = [k for k in test_keys if len(k) >= 30]
    for sentence in used:
        key = sentence_key(rejoin_clitics(sentence).words)
        if len(key) >= 30:
            assert key not in joined_test, " ".join(sentence.words)
        assert not any(k in key for k in long_test_keys), " ".join(sentence.words)


def test_newsfane_keeps_the_training_part() -> None:
    test = read_conll(DATA / "anercorp" / "test.txt")
    train = read_conll(DATA / "anercorp" / "train.txt")
    newsfane = read_conll(DATA / "newsfane" / "newsfane_gold.txt")
    used = newsfane_without_test(newsfane, test)
    used_text = sum(len(sentence_key(s.words)) for s in used)
    train_text = sum(len(sentence_key(s.words)) for s in train)
    assert used_text >= 0.95 * train_text
