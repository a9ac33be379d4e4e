"""Sentences and tokens over the real articles in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize

from kg.text.sentences import split_sentences
from kg.text.tokens import clitic_splits, tokenize

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
SEED = DATA / "news" / "seed" / "npa_washington_coalition.txt"
SNN = DATA / "news" / "saudinewsnet"

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SEED.is_file(), reason=f"shared data not found at {DATA}"),
]


def _article_text(path: Path) -> str:
    """The text of an article file, without the ``# key: value`` header of snn files."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("# "):
        return text
    header, _, body = text.partition("\n\n")
    assert all(line.startswith("# ") for line in header.splitlines())
    return body


def _articles() -> list[Path]:
    return [SEED, *sorted(SNN.glob("snn_*.txt"))] if SEED.is_file() else []


@pytest.mark.parametrize("path", _articles(), ids=lambda path: path.name)
def test_sentences_and_tokens_cover_the_article(path: Path) -> None:
    text = _article_text(path)
    sentences = split_sentences(text)
    assert sentences
    covered = bytearray(len(text))
    previous_end = 0
    for index, (start, end) in enumerate(sentences):
        assert previous_end <= start < end
        assert text[start:end] == text[start:end].strip()
        covered[start:end] = b"\x01" * (end - start)
        previous_end = end
        tokens = tokenize(text, start, end, sentence_index=index)
        surfaces = [text[token.start : token.end] for token in tokens]
        assert surfaces == simple_word_tokenize(text[start:end])
        for token in tokens:
            assert start <= token.start <= token.stem_start < token.stem_end <= token.end <= end
    assert all(covered[i] or char.isspace() for i, char in enumerate(text))


def test_seed_headline_dateline_and_slashed_number() -> None:
    text = _article_text(SEED)
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences[0] == (
        "ترامب لـجمهوره : باقون لاجل النفط .. ومسؤولو الخارجية الأمريكية "
        "يؤكدون البقاء لمحاربة “الدولة الإسلامية”"
    )
    assert sentences[1] == "واشنطن – هديل عويس – NPA"
    with_number = [sentence for sentence in sentences if "/31/" in sentence]
    assert len(with_number) == 1
    assert with_number[0].startswith("ورفض وزير الخارجية مايك بومبيو الاتهامات")
    assert with_number[0].endswith(
        '" لازلنا كما يجب مستمرين في المعارك للقضاء على تنظيم الدولة الإسلامية"'
    )
    assert len(sentences) == 13


def test_seed_stems() -> None:
    text = _article_text(SEED)
    start = text.index("للولايات")
    (token,) = [t for t in tokenize(text, 0, len(text)) if t.start == start]
    assert text[token.start : token.end] == "للولايات"
    assert text[token.stem_start : token.stem_end] == "ولايات"
    assert clitic_splits("للولايات")[-1].definite
