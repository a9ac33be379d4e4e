"""The conlleval-style scorer and the corpus readers, on hand-made examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ner.conll import TaggedSentence, chunks, read_conll, rejoin_clitics, score


def test_chunks_follow_conlleval() -> None:
    # I- after O or after another type opens a chunk; B- always does.
    assert chunks(["O", "I-LOC", "I-LOC", "B-LOC", "I-PERS", "I-ORG", "O"]) == [
        ("LOC", 1, 3),
        ("LOC", 3, 4),
        ("PERS", 4, 5),
        ("ORG", 5, 6),
    ]
    assert chunks(["B-PERS", "I-PERS"]) == [("PERS", 0, 2)]
    assert chunks([]) == []


def test_score_exact_spans() -> None:
    gold = [
        ["B-PERS", "I-PERS", "O", "B-LOC"],
        ["B-ORG", "I-ORG", "O", "B-MISC"],
    ]
    predicted = [
        ["B-PERS", "I-PERS", "O", "B-ORG"],  # right person, LOC read as ORG
        ["B-ORG", "O", "O", "B-MISC"],  # ORG cut short: not an exact span
    ]
    scores = score(gold, predicted)
    by_type = {row.kind: row for row in scores.per_type}
    assert (by_type["PERS"].gold, by_type["PERS"].predicted, by_type["PERS"].correct) == (1, 1, 1)
    assert (by_type["ORG"].gold, by_type["ORG"].predicted, by_type["ORG"].correct) == (1, 2, 0)
    assert (by_type["LOC"].gold, by_type["LOC"].predicted, by_type["LOC"].correct) == (1, 0, 0)
    assert by_type["ORG"].f1 == 0.0
    assert by_type["MISC"].f1 == 1.0
    assert (scores.micro.gold, scores.micro.predicted, scores.micro.correct) == (4, 4, 2)
    assert scores.micro.precision == 0.5
    assert scores.micro.recall == 0.5
    assert scores.micro.f1 == 0.5
    assert scores.accuracy == 6 / 8


def test_score_rejects_misaligned_input() -> None:
    with pytest.raises(ValueError, match="sentence 0"):
        score([["O", "O"]], [["O"]])


def test_read_conll_cleans_marks_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_bytes(
        "\ufeff\u200eواشنطن\tB-LOC\r\n\u200f\tO\r\nقال\tO\r\n\r\nبومبيو B-PER\r\n".encode()
    )
    sentences = read_conll(path, tag_map={"PER": "PERS"})
    assert sentences == [
        TaggedSentence(("واشنطن", "قال"), ("B-LOC", "O")),
        TaggedSentence(("بومبيو",), ("B-PERS",)),
    ]


def test_rejoin_clitics() -> None:
    split = TaggedSentence(
        ("و", "ب", "واشنطن", "ل", "الاتحاد", "ال", "اوروبي"),
        ("O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"),
    )
    assert rejoin_clitics(split) == TaggedSentence(
        ("وبواشنطن", "للاتحاد", "ال", "اوروبي"), ("B-LOC", "B-ORG", "I-ORG", "I-ORG")
    )
