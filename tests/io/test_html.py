from __future__ import annotations

from pathlib import Path

from kg.io import Article, Skipped, read_articles
from tests.io.samples import FIXTURES

PAGE = FIXTURES / "news_page.html"


def _read_page(path: Path) -> Article:
    [item] = read_articles([path])
    assert isinstance(item, Article), item
    return item


def test_main_text_without_boilerplate() -> None:
    article = _read_page(PAGE)
    lines = article.text.split("\n")
    assert lines[0] == "الأمم المتحدة تدعو إلى هدنة إنسانية في الحديدة"
    assert lines[1] == "عدن: سامي الحكيم"
    assert lines[2].startswith("دعا المبعوث الأممي إلى اليمن، مارتن غريفيث")
    assert lines[2].endswith("لم يعد يحتمل التأجيل.")
    assert (
        lines[-1]
        == "من جهتها، رحبت الحكومة اليمنية بالمبادرة، فيما لم يصدر تعليق فوري عن جماعة الحوثي."
    )
    assert len(lines) == 5
    for boilerplate in (
        "سياسة",
        "ملفات تعريف الارتباط",
        "فيسبوك",
        "إعلان",
        "loadVideo",
        "dataLayer",
        "font-family",
        "أخبار ذات صلة",
        "التعليقات",
        "الأكثر قراءة",
        "جميع الحقوق محفوظة",
        "شريط التنقل",
    ):
        assert boilerplate not in article.text


def test_metadata_from_the_head() -> None:
    meta = _read_page(PAGE).meta
    assert meta.title == "الأمم المتحدة تدعو إلى هدنة إنسانية في الحديدة"
    assert meta.url == "https://news.example.org/ar/2019/02/07/hodeidah-truce"
    assert meta.date == "2019-02-07T14:30:00+03:00"
    assert meta.author == "سامي الحكيم"
    assert meta.source == "أخبار الشرق"
    assert meta.dateline == "عدن: سامي الحكيم"


def test_cp1256_page_with_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>خبر</title></head><body><div><p>قال وزير الخارجية إن المفاوضات مستمرة.</p>"
        "<p>وأضاف أن الجولة المقبلة ستعقد في الرياض.</p></div></body></html>"
    )
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("cp1256"))
    article = _read_page(path)
    assert article.text == (
        "قال وزير الخارجية إن المفاوضات مستمرة.\nوأضاف أن الجولة المقبلة ستعقد في الرياض."
    )
    assert article.meta.title == "خبر"


def test_page_with_only_boilerplate_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><body><nav><a>سياسة</a></nav><footer>حقوق النشر</footer></body></html>",
        encoding="utf-8",
    )
    [item] = read_articles([path])
    assert isinstance(item, Skipped)
    assert item.kind == "empty"
