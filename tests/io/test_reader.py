"""Batches: directories, unknown types, one bad file among good ones, and the report."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from kg.io import Article, Skipped, SkipReport, read_articles
from tests.io.samples import ARABIC_ARTICLE, FIXTURES, FRENCH_ARTICLE

SNN_RECORD = {
    "source": "okaz",
    "url": "http://okaz.com.sa/1",
    "date_extracted": "2015-07-21 02:51:32",
    "title": "هدنة في الحديدة",
    "author": "جدة: خالد الزهراني",
    "content": "أعلنت الحكومة عن خطة جديدة لدعم المدن المتضررة من الحرب.",
}


def _origins(items: list[Article | Skipped]) -> list[str]:
    return [item.origin for item in items]


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    for name in ("b/deep/z.txt", "b/c.txt", "a/y.txt", "m.txt"):
        (tmp_path / name).write_text(ARABIC_ARTICLE, encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert _origins(items) == [
        str(tmp_path / "a" / "y.txt"),
        str(tmp_path / "b" / "c.txt"),
        str(tmp_path / "b" / "deep" / "z.txt"),
        str(tmp_path / "m.txt"),
    ]
    assert all(isinstance(item, Article) for item in items)


def test_unknown_extensions_are_reported_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README").write_text("notes", encoding="utf-8")
    items = list(read_articles([tmp_path]))
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert [item.origin for item in skipped] == [
        str(tmp_path / "README"),
        str(tmp_path / "scan.pdf"),
    ]
    assert all(item.kind == "unsupported" for item in skipped)
    assert skipped[1].reason.startswith("unsupported file type .pdf: expected one of .txt")
    assert "(no extension)" in skipped[0].reason


def test_one_bad_file_between_good_ones(tmp_path: Path) -> None:
    report_path = tmp_path / "out" / "skipped.jsonl"
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "1_good.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    (tmp_path / "2_bad.txt").write_bytes(FRENCH_ARTICLE.encode("latin-1"))
    (tmp_path / "3_good.html").write_bytes((FIXTURES / "news_page.html").read_bytes())
    (tmp_path / "4_good.jsonl").write_text(
        json.dumps(SNN_RECORD, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    with SkipReport(report_path) as report:
        articles = list(report.filter(read_articles([tmp_path])))
    assert [Path(article.origin).name for article in articles] == [
        "1_good.txt",
        "3_good.html",
        "4_good.jsonl#1",
    ]
    assert report.count == 1
    assert report.by_kind == {"not_arabic": 1}
    [line] = report_path.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["origin"] == str(tmp_path / "2_bad.txt")
    assert record["kind"] == "not_arabic"
    assert record["reason"].startswith("not Arabic:")


def test_a_report_written_into_the_folder_being_read_does_not_loop(tmp_path: Path) -> None:
    (tmp_path / "1_bad.txt").write_text(FRENCH_ARTICLE, encoding="utf-8")
    with SkipReport(tmp_path / "2_skipped.jsonl") as report:
        articles = list(report.filter(read_articles([tmp_path])))
    assert articles == []
    # The report's own first line is read back once (it is not an article); no more.
    assert report.by_kind == {"not_arabic": 1, "missing_text": 1}


def test_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    first = tmp_path / "z.txt"
    second = tmp_path / "a.txt"
    for path in (first, second):
        path.write_text(ARABIC_ARTICLE, encoding="utf-8")
    assert _origins(list(read_articles([first, str(second)]))) == [str(first), str(second)]


def test_reading_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    stream = read_articles([tmp_path / "a.txt", tmp_path / "missing.txt"])
    assert isinstance(next(stream), Article)


def test_zip_members_and_articles_skip_only_themselves(tmp_path: Path) -> None:
    archive = tmp_path / "day.zip"
    bad_record = dict(SNN_RECORD, content="")
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(
            "2015-07-21.json", json.dumps([SNN_RECORD, bad_record, SNN_RECORD], ensure_ascii=False)
        )
        zipped.writestr("broken.json", "[{")
        zipped.writestr("extra/one.txt", ARABIC_ARTICLE.encode("cp1256", errors="replace"))
        zipped.writestr("image.png", b"\x89PNG")
    items = list(read_articles([archive]))
    assert _origins(items) == [
        f"{archive}!2015-07-21.json#0",
        f"{archive}!2015-07-21.json#1",
        f"{archive}!2015-07-21.json#2",
        f"{archive}!broken.json",
        f"{archive}!extra/one.txt",
        f"{archive}!image.png",
    ]
    kinds = [item.kind if isinstance(item, Skipped) else "article" for item in items]
    assert kinds == ["article", "empty", "article", "malformed", "article", "unsupported"]
    first = items[0]
    assert isinstance(first, Article)
    assert first.meta.date == "2015-07-21T02:51:32"
    assert first.meta.dateline == "جدة: خالد الزهراني"
    assert first.text == SNN_RECORD["content"]


def test_corrupt_zip_is_unreadable(tmp_path: Path) -> None:
    archive = tmp_path / "bad.zip"
    archive.write_bytes(b"PK\x03\x04 not really a zip")
    [item] = read_articles([archive])
    assert isinstance(item, Skipped)
    assert item.kind == "unreadable"
    assert "not a valid zip archive" in item.reason


def test_report_without_a_file_still_counts() -> None:
    report = SkipReport()
    report.add(Skipped("a.txt", "empty: the text is empty or only whitespace", "empty"))
    report.add(Skipped("b.txt", "extraction failed: boom"))
    assert report.count == 2
    assert report.by_kind == {"empty": 1, "invalid": 1}
