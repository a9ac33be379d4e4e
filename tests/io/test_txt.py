from __future__ import annotations

from pathlib import Path

from kg.io import Article, read_articles
from kg.io.txt import split_header
from kg.model import Document
from tests.io.samples import ARABIC_ARTICLE, DATELINE, HEADLINE

HEADER = (
    "# source: aawsat\n"
    "# url: http://aawsat.com/home/article/410411/مذبحة-حوثية\n"
    "# date_extracted: 2015-07-21 02:51:40\n"
    "# title: مذبحة حوثية في عدن.. والمقاومة تزحف نحو القصر\n"
    "# author: صنعاء: عرفات مدابش -  الرياض: ناصر الحقباني\n"
    "\n"
)
BODY = "ارتكبت الميليشيات الحوثية مجزرة في مدينة عدن.\n\n وجاء هذا القصف بينما استمرت الاشتباكات.\n"


def _read_one(path: Path) -> Article:
    [item] = read_articles([path])
    assert isinstance(item, Article), item
    return item


def test_plain_text_keeps_headline_in_text_and_sets_title(tmp_path: Path) -> None:
    path = tmp_path / "npa.txt"
    path.write_text(ARABIC_ARTICLE, encoding="utf-8")
    article = _read_one(path)
    assert article.text == ARABIC_ARTICLE
    assert article.text.startswith(HEADLINE)
    assert article.meta.title == HEADLINE
    assert article.meta.dateline == DATELINE
    assert article.meta.origin == str(path)
    assert article.meta.url is None


def test_header_lines_become_metadata_and_leave_the_text(tmp_path: Path) -> None:
    path = tmp_path / "snn.txt"
    path.write_text(HEADER + BODY, encoding="utf-8")
    article = _read_one(path)
    assert article.text == BODY
    assert article.meta.source == "aawsat"
    assert article.meta.url == "http://aawsat.com/home/article/410411/مذبحة-حوثية"
    assert article.meta.date == "2015-07-21T02:51:40"
    assert article.meta.title == "مذبحة حوثية في عدن.. والمقاومة تزحف نحو القصر"
    assert article.meta.author == "صنعاء: عرفات مدابش -  الرياض: ناصر الحقباني"
    assert article.meta.dateline == "صنعاء: عرفات مدابش -  الرياض: ناصر الحقباني"


def test_header_with_crlf_line_ends() -> None:
    header, text = split_header(HEADER.replace("\n", "\r\n") + BODY)
    assert header["source"] == "aawsat"
    assert text == BODY


def test_unknown_header_keys_and_unparseable_dates_are_kept_in_extra(tmp_path: Path) -> None:
    path = tmp_path / "snn.txt"
    path.write_text("# date: أمس\n# section: سياسة\n\n" + BODY, encoding="utf-8")
    article = _read_one(path)
    assert article.meta.date is None
    assert ("date_raw", "أمس") in article.meta.extra
    assert ("section", "سياسة") in article.meta.extra


def test_document_id_from_url_else_from_text(tmp_path: Path) -> None:
    with_url = tmp_path / "a.txt"
    with_url.write_text(HEADER + BODY, encoding="utf-8")
    without_url = tmp_path / "b.txt"
    without_url.write_text(ARABIC_ARTICLE, encoding="utf-8")
    first = _read_one(with_url).to_document()
    second = _read_one(without_url).to_document()
    assert isinstance(first, Document)
    assert first.text == BODY
    assert first.id == _read_one(with_url).to_document().id
    assert first.id != second.id
    assert second.meta.title == HEADLINE
