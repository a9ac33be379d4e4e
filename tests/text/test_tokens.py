"""Tokens with offsets (camel-tools' ``simple_word_tokenize`` as reference) and clitics."""

from __future__ import annotations

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize

from kg.text.tokens import (
    clitic_splits,
    clitic_variants,
    document_vocabulary,
    stem_span,
    token_spans,
    tokenize,
)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("ترامب لـجمهوره : باقون", [(0, 5), (6, 14), (15, 16), (17, 22)]),
        (
            "بومبيو لممثلي /31/ دولة",
            [(0, 6), (7, 13), (14, 15), (15, 17), (17, 18), (19, 23)],
        ),
        (
            "النمو 3.5%، و«الدولة»",
            [
                (0, 5),
                (6, 7),
                (7, 8),
                (8, 9),
                (9, 10),
                (10, 11),
                (12, 13),
                (13, 14),
                (14, 20),
                (20, 21),
            ],
        ),
        ("  ", []),
    ],
)
def test_token_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert token_spans(text) == spans
    assert [text[start:end] for start, end in spans] == simple_word_tokenize(text)


def test_tokenize_keeps_offsets_of_a_sentence_inside_the_text() -> None:
    text = "ورفض الوزير. وقال للولايات المتحدة"
    tokens = tokenize(text, 13, len(text), sentence_index=1, first_index=3)
    assert [(t.index, t.start, t.end, t.sentence_index) for t in tokens] == [
        (3, 13, 17, 1),
        (4, 18, 26, 1),
        (5, 27, 34, 1),
    ]
    assert [text[t.stem_start : t.stem_end] for t in tokens] == ["وقال", "ولايات", "متحدة"]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("وبواشنطن", "واشنطن"),
        ("للولايات", "ولايات"),
        ("الولايات", "ولايات"),
        ("وبالتالي", "تالي"),
        ("للبنان", "لبنان"),
        ("وللجنة", "لجنة"),
        ("للجنة", "لجنة"),
        ("واشنطن", "واشنطن"),
        ("لواشنطن", "لواشنطن"),
        ("بومبيو", "بومبيو"),
        ("فلسطين", "فلسطين"),
        ("ولاية", "ولاية"),
        ("فبراير", "فبراير"),
        ("الذي", "الذي"),
        ("قواتهم", "قوات"),
        ("حكومتها", "حكومت"),
        ("عليها", "عليها"),
        ("المتهم", "متهم"),
        ("وَبِالْمَدِينَةِ", "مَدِينَةِ"),
        ("لـجمهوره", "لـجمهوره"),
        ("NPA", "NPA"),
        ("2254", "2254"),
    ],
)
def test_stem_span(word: str, stem: str) -> None:
    start, end = stem_span(word)
    assert word[start:end] == stem


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("وبواشنطن", ["وبواشنطن", "بواشنطن", "واشنطن"]),
        ("لواشنطن", ["لواشنطن", "واشنطن"]),
        ("للولايات", ["للولايات", "لولايات", "ولايات"]),
        ("قواتهم", ["قواتهم", "قوات"]),
        ("لـجمهوره", ["لـجمهوره", "جمهوره", "لـجمهور", "جمهور"]),
        ("من", ["من"]),
        ("U.S", ["U.S"]),
    ],
)
def test_clitic_variants_most_stripped_last(word: str, variants: list[str]) -> None:
    assert [word[start:end] for start, end in clitic_variants(word)] == variants


def test_clitic_splits_mark_the_article_that_lam_swallowed() -> None:
    # «للولايات» is ل + الولايات: the last split says an article was removed,
    # so a gazetteer can match «ال» + «ولايات» against «الولايات».
    splits = clitic_splits("للولايات")
    last = splits[-1]
    assert (last.start, last.end, last.definite) == (2, 8, True)
    assert "ال" + "للولايات"[last.start : last.end] == "الولايات"
    assert not splits[0].definite


def test_stems_use_the_words_of_the_document() -> None:
    text = "زار الوزير بريطانيا وكانت الزيارة مهمة لبريطانيا وللبنان"
    vocabulary = document_vocabulary(text)
    tokens = tokenize(text, 0, len(text), vocabulary=vocabulary)
    stems = [text[t.stem_start : t.stem_end] for t in tokens]
    assert stems == ["زار", "وزير", "بريطانيا", "وكانت", "زيارة", "مهمة", "بريطانيا", "لبنان"]
    assert stem_span("لبريطانيا") == (0, 9)
