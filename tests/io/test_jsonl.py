from __future__ import annotations

import json
from pathlib import Path

from kg.io import Article, FieldMap, Skipped, read_articles
from tests.io.samples import ARABIC_ARTICLE, FRENCH_ARTICLE

RECORD = {
    "source": "sabq",
    "url": "https://sabq.org/1",
    "date": "2015-07-21 02:51:32",
    "title": "هدنة في الحديدة",
    "author": "سبق- الرياض:",
    "content": ARABIC_ARTICLE,
}


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_line_is_an_article_with_its_metadata(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "a.jsonl",
        [json.dumps(RECORD, ensure_ascii=False), json.dumps({"text": ARABIC_ARTICLE})],
    )
    first, second = read_articles([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == ARABIC_ARTICLE
    assert first.meta.origin == f"{path}#1"
    assert first.meta.url == "https://sabq.org/1"
    assert first.meta.date == "2015-07-21T02:51:32"
    assert first.meta.source == "sabq"
    assert first.meta.author == "سبق- الرياض:"
    assert first.meta.title == "هدنة في الحديدة"
    assert first.meta.dateline == "عدن – سامي الحكيم – أ ف ب"
    assert second.meta.origin == f"{path}#2"
    assert second.meta.url is None


def test_bad_lines_skip_only_themselves(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "mixed.jsonl",
        [
            json.dumps(RECORD, ensure_ascii=False),
            '{"content": "بلا نهاية',
            json.dumps({"headline": "عنوان فقط"}, ensure_ascii=False),
            json.dumps({"content": FRENCH_ARTICLE}),
            json.dumps({"content": "   \n"}),
            "[1, 2]",
            json.dumps(RECORD, ensure_ascii=False),
        ],
    )
    items = list(read_articles([path]))
    kinds = [item.kind if isinstance(item, Skipped) else "article" for item in items]
    assert kinds == [
        "article",
        "malformed",
        "missing_text",
        "not_arabic",
        "empty",
        "malformed",
        "article",
    ]
    malformed = items[1]
    assert isinstance(malformed, Skipped)
    assert malformed.origin == f"{path}#2"
    assert "line 2" in malformed.reason
    missing = items[2]
    assert isinstance(missing, Skipped)
    assert "text, content, body, article" in missing.reason
    assert "headline" in missing.reason


def test_field_names_are_configurable(tmp_path: Path) -> None:
    record = {"matn": ARABIC_ARTICLE, "link": "https://example.org/a", "unwan": "عنوان"}
    path = _write_lines(tmp_path / "custom.jsonl", [json.dumps(record, ensure_ascii=False)])
    fields = FieldMap.from_options(text="matn", title="unwan")
    [article] = read_articles([path], fields=fields)
    assert isinstance(article, Article)
    assert article.meta.title == "عنوان"
    assert article.meta.url == "https://example.org/a"
    [skipped] = read_articles([path])
    assert isinstance(skipped, Skipped) and skipped.kind == "missing_text"


def test_a_line_over_the_limit_is_too_large(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "big.jsonl", [json.dumps({"content": ARABIC_ARTICLE * 50})])
    [item] = read_articles([path], max_bytes=2_000)
    assert isinstance(item, Skipped)
    assert item.kind == "too_large"
    assert "2,000" in item.reason


def test_an_undecodable_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.jsonl"
    good = json.dumps(RECORD, ensure_ascii=False).encode("utf-8")
    bad = '{"content": "مرحبا بكم في الرياض"}'.encode("cp1256")
    path.write_bytes(good + b"\n" + bad + b"\n")
    first, second = read_articles([path])
    assert isinstance(first, Article)
    assert isinstance(second, Skipped) and second.kind == "undecodable"
    assert "line 2" in second.reason
