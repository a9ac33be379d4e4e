"""The project's real inputs: the seed article, the SaudiNewsNet extracts and zip."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from kg.io import Article, Skipped, read_articles

pytestmark = pytest.mark.shared_data


def test_seed_article(shared_data: Path) -> None:
    path = shared_data / "news" / "seed" / "npa_washington_coalition.txt"
    [article] = read_articles([path])
    assert isinstance(article, Article)
    assert article.text == path.read_bytes().decode("utf-8-sig")
    assert article.meta.title == (
        "ترامب لـجمهوره : باقون لاجل النفط .. ومسؤولو الخارجية الأمريكية "
        "يؤكدون البقاء لمحاربة “الدولة الإسلامية”"
    )
    assert article.text.startswith(article.meta.title)
    assert article.meta.dateline == "واشنطن – هديل عويس – NPA"
    assert article.meta.url is None
    assert article.to_document().id.startswith("doc-")


def test_saudinewsnet_extracts(shared_data: Path) -> None:
    folder = shared_data / "news" / "saudinewsnet"
    items = list(read_articles(sorted(folder.glob("snn_*.txt"))))
    assert len(items) == 6
    assert all(isinstance(item, Article) for item in items)
    first = items[0]
    assert isinstance(first, Article)
    assert first.meta.source == "aawsat"
    assert first.meta.title == "مذبحة حوثية في عدن.. والمقاومة تزحف نحو القصر"
    assert first.meta.url == (
        "http://aawsat.com/home/article/410411/مذبحة-حوثية-في-عدن-والمقاومة-تزحف-نحو-القصر"
    )
    assert first.meta.date == "2015-07-21T02:51:40"
    assert first.meta.author == "صنعاء: عرفات مدابش -  الرياض: ناصر الحقباني"
    assert first.meta.dateline == "صنعاء: عرفات مدابش -  الرياض: ناصر الحقباني"
    assert first.text.startswith("ارتكبت الميليشيات الحوثية مجزرة في مدينة عدن")
    assert not first.text.startswith("#")
    assert [item.meta.dateline for item in items if isinstance(item, Article)][4] == (
        "بروكسل: «الشرق الأوسط»"
    )


def test_saudinewsnet_zip(shared_data: Path) -> None:
    archive = shared_data / "news" / "saudinewsnet" / "2015-07-21.zip"
    began = time.perf_counter()
    items = list(read_articles([archive]))
    seconds = time.perf_counter() - began
    assert len(items) == 2972
    skipped = [item for item in items if isinstance(item, Skipped)]
    kinds = Counter(item.kind for item in skipped)
    assert kinds == {"empty": 84, "not_arabic": 6}, kinds
    assert items[0].origin == f"{archive}!2015-07-21.json#0"
    articles = [item for item in items if isinstance(item, Article)]
    assert all((article.meta.date or "").startswith("2015-07-21T") for article in articles)
    assert sum(1 for article in articles if article.meta.dateline) > 1500
    assert len({article.to_document().id for article in articles}) > 2800
    assert seconds < 30, f"reading the zip took {seconds:.1f} s"
