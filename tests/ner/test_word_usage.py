"""The word-usage hints (``usage.tsv``, built by ``scripts/build_word_usage.py``
from wordfreq): names are rarer than other words and seldom take the article or
a possessive suffix."""

from __future__ import annotations

from kg.ner.features import RARE_USAGE, NameLists, word_usage
from kg.ner.neural import HINTS, token_hints
from tests.scripts import load_script


def test_committed_table_tells_names_from_nouns() -> None:
    usage = word_usage()
    _, article, suffixes = usage["اوباما"]  # «أوباما», normalised
    assert article == "0" and suffixes == "0"  # never «الأوباما», «أوباماها»
    _, article, suffixes = usage["قرار"]
    assert int(article) >= 3 and suffixes != "0"  # «القرار», «قرارها»
    assert int(usage["محمد"][0]) < int(usage["اوباما"][0])  # orders of magnitude: 1e-3, 1e-5


def test_hints_read_the_stem_and_rare_words_get_their_own_value() -> None:
    _, _, rows = token_hints(["وبالقرار", "ستولتنبرغيزم"], NameLists({}), None)
    columns = [HINTS.index(name) for name in ("frequency", "article", "suffixes")]
    assert tuple(rows[0][c] for c in columns) == word_usage()["قرار"]
    assert tuple(rows[1][c] for c in columns) == RARE_USAGE


def test_builder_buckets_article_and_suffix_shares() -> None:
    builder = load_script("build_word_usage")
    frequencies = {
        "قرار": 4e-5,
        "القرار": 5e-5,
        "والقرار": 1e-5,
        "قرارها": 2e-6,
        "سياسة": 3e-5,
        "سياستها": 3e-6,
        "أوباما": 3e-5,
        "وأوباما": 2e-6,
        "نادر": 1e-8,
    }
    rows = {stem: rest for stem, *rest in builder.usage_rows(frequencies)}
    # 1e-4 in all; 60 % with «ال»; 2 % with a suffix
    assert rows["قرار"] == ["4", "4", "2"]
    assert rows["سياسه"][2] == "3"  # «سياستها» counts for «سياسة»
    assert rows["اوباما"] == ["5", "0", "0"]
    assert "نادر" not in rows  # under the floor
