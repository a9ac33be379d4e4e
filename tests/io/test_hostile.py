"""Inputs built to break the readers: each yields a ``Skipped`` with a reason, never raises.

The same failures are shown end to end, with a good article in the same
batch, in tests/cli/test_ingest_hostile.py.
"""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.io.html as html_module
from kg.io import Article, Skipped, read_articles
from kg.io.encoding import decode_bytes
from kg.io.errors import Rejected
from kg.io.html_depth import MAX_DEPTH, too_deep
from kg.io.streams import bounded_lines, read_limited
from tests.io.samples import ARABIC_ARTICLE

SHORT = "قال وزير الخارجية إن موسكو ترفض العقوبات الجديدة على شركاتها."


def _read(*paths: Path, **options: int) -> list[Article | Skipped]:
    return list(read_articles(list(paths), **options))  # type: ignore[arg-type]


def _only_skip(*paths: Path, **options: int) -> Skipped:
    [item] = _read(*paths, **options)
    assert isinstance(item, Skipped), item
    return item


class _Endless:
    """A stream that never ends (a decompressing bomb), counting what was taken."""

    def __init__(self, byte: bytes) -> None:
        self.byte = byte
        self.taken = 0

    def read(self, size: int = -1, /) -> bytes:
        assert size >= 0, "an unbounded read of an endless stream"
        self.taken += size
        return self.byte * size


# ------------------------------------------------------------- bounded reads
def test_read_limited_stops_one_byte_past_the_limit() -> None:
    stream = _Endless(b" ")
    with pytest.raises(Rejected) as raised:
        read_limited(stream, 1000, "the member")
    assert stream.taken == 1001
    assert raised.value.kind == "too_large"
    assert "more than the limit of 1,000 bytes" in raised.value.reason


def test_an_endless_line_is_counted_but_never_held() -> None:
    stream = _Endless(b"x")
    lines = list(bounded_lines(stream, max_line_bytes=100, max_total_bytes=5_000_000))
    assert [(line.number, line.data, line.size) for line in lines] == [(1, None, 5_000_000)]
    assert stream.taken == 5_000_000


def test_lines_are_numbered_across_chunks_and_blank_ones_counted() -> None:
    data = b'{"a": 1}\n\n' + b"y" * 3_000_000 + b"\n" + b"z" * 10 + b"\n   \nlast"
    lines = list(bounded_lines(io.BytesIO(data), 2_000_000, len(data)))
    assert [(line.number, line.data, line.size) for line in lines] == [
        (1, b'{"a": 1}', 8),
        (3, None, 3_000_000),
        (4, b"z" * 10, 10),
        (6, b"last", 4),
    ]


def test_a_json_file_over_its_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(" " * 2000 + "[]", encoding="utf-8")
    skipped = _only_skip(path, max_file_bytes=1000)
    assert skipped.kind == "too_large"
    assert skipped.reason == "too large: 2,002 bytes is over the limit of 1,000 bytes"


# ---------------------------------------------------------------------- zip
def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_member_over_its_declared_limit_is_not_extracted(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bomb.zip", {"day.json": b" " * 5_000_000})
    skipped = _only_skip(archive, max_file_bytes=1_000_000)
    assert skipped.origin == f"{archive}!day.json"
    assert skipped.kind == "too_large"
    assert "declares 5,000,000 bytes uncompressed" in skipped.reason


def test_a_jsonl_member_damaged_midway_keeps_the_lines_before(tmp_path: Path) -> None:
    # 2.5 MB: more than the 1 MB read at a time, so the first lines are read whole.
    lines = [
        json.dumps({"text": f"{SHORT} {index}"}, ensure_ascii=False) for index in range(20_000)
    ]
    archive = _zip(tmp_path / "day.zip", {"day.jsonl": "\n".join(lines) + "\n"})
    with zipfile.ZipFile(archive) as opened:
        [info] = opened.infolist()
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename)
    data[start + info.compress_size - 40 : start + info.compress_size - 8] = b"\xff" * 32
    archive.write_bytes(bytes(data))
    items = _read(archive)
    *articles, last = items
    assert isinstance(last, Skipped)
    assert last.origin == f"{archive}!day.jsonl"
    assert last.kind == "unreadable"
    assert "the member's data is damaged (" in last.reason
    assert len(articles) > 5000
    assert all(isinstance(item, Article) for item in articles)


def test_an_encrypted_or_unknown_method_member_is_unreadable(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "odd.zip", {"a.txt": ARABIC_ARTICLE})
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        [info] = opened.infolist()
    central = data.rindex(b"PK\x01\x02")
    data[central + 10 : central + 12] = (99).to_bytes(2, "little")  # method 99 (AES)
    data[info.header_offset + 8 : info.header_offset + 10] = (99).to_bytes(2, "little")
    archive.write_bytes(bytes(data))
    skipped = _only_skip(archive)
    assert skipped.kind == "unreadable"
    assert "NotImplementedError" in skipped.reason


# --------------------------------------------------------------------- JSON
@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('[{"text": "x", "n": ' + "9" * 5000 + "}]", "an integer of 5,000 digits"),
        ('[{"text": "x", "n": -' + "9" * 4301 + "}]", "an integer of 4,301 digits"),
    ],
)
def test_json_beyond_the_parser_is_malformed(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    skipped = _only_skip(path)
    assert skipped.kind == "malformed"
    assert words in skipped.reason


def test_a_deep_jsonl_line_skips_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = json.dumps({"text": SHORT}, ensure_ascii=False)
    path.write_text(f"{good}\n{'[' * 100_000}\n{good}\n", encoding="utf-8")
    kinds = [item.kind if isinstance(item, Skipped) else "article" for item in _read(path)]
    assert kinds == ["article", "malformed", "article"]


# ----------------------------------------------------------- unstorable text
@pytest.mark.parametrize(
    ("record", "words"),
    [
        ({"text": SHORT + "\ud800"}, "the text holds U+D800, a lone surrogate"),
        ({"text": SHORT + "\udfff\udfff"}, "and 1 more such character(s)"),
        ({"text": SHORT + "\ufffe"}, "the text holds U+FFFE, a Unicode non-character"),
        ({"text": SHORT, "title": "\ufdd0عنوان"}, "the title holds U+FDD0"),
        ({"text": SHORT, "url": "http://a/\ud83d"}, "the url holds U+D83D"),
    ],
)
def test_text_that_cannot_be_stored_is_rejected_at_the_reader(
    tmp_path: Path, record: dict[str, str], words: str
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=True) + "\n", encoding="utf-8")
    skipped = _only_skip(path)
    assert skipped.kind == "invalid_text"
    assert words in skipped.reason


def test_a_surrogate_pair_escape_is_one_character_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": SHORT + " 😀"}, ensure_ascii=True) + "\n", "utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.text.endswith("😀")


def test_a_non_character_in_a_text_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARABIC_ARTICLE + "\uffff", encoding="utf-8")
    assert _only_skip(path).kind == "invalid_text"


# ---------------------------------------------------------------- encodings
UTF8_PART = "أرسلت الحكومة وفدا إلى الرياض لبحث الأزمة.\n"


def test_utf8_then_windows_1256_is_mixed(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(UTF8_PART.encode("utf-8") + ARABIC_ARTICLE.encode("cp1256"))
    skipped = _only_skip(path)
    assert skipped.kind == "mixed_encoding"
    assert "word(s) are UTF-8 Arabic (the first «أرسلت» at byte 0)" in skipped.reason
    assert f"byte {len(UTF8_PART.encode('utf-8')):,} is not UTF-8" in skipped.reason


def test_windows_1256_then_utf8_is_mixed() -> None:
    with pytest.raises(Rejected) as raised:
        decode_bytes(ARABIC_ARTICLE.encode("cp1256") + UTF8_PART.encode("utf-8"))
    assert raised.value.kind == "mixed_encoding"


def test_windows_1256_with_arabic_punctuation_after_ain_is_not_mixed() -> None:
    # «ع،» and «ط؟» are single pairs that happen to be valid UTF-8; no word is.
    text = "اجتمع، ثم قال: هل هذا خطأ؟ لا. وقع؛ ثم ارتفع، وهبط؟ " * 20
    assert decode_bytes(text.encode("cp1256")) == (text, "cp1256")


def test_a_utf8_page_declaring_windows_1256_is_read_as_utf8(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="windows-1256"><title>خبر</title></head>'
        f"<body><article><p>{SHORT}</p></article></body></html>",
        encoding="utf-8",
    )
    [article] = _read(page)
    assert isinstance(article, Article)
    assert article.text == SHORT
    assert ("encoding", "utf-8") in article.meta.extra


# --------------------------------------------------------------------- HTML
@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 100_000 + "<p>x</p>" + "</div>" * 100_000,
        "<div>" * 100_000 + "<p>x</p>",
        "<b><div></b>" * 100_000,  # misnested: the parser rebuilds, never closes
        "<div><table><tr><td></div>" * 100_000,  # </div> cannot close past a table
        "<ul><li>" * 100_000,
        "<div/>" * 100_000,  # HTML ignores the slash
    ],
)
def test_deep_html_is_refused_before_parsing(tmp_path: Path, markup: str) -> None:
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body><p>{SHORT}</p>{markup}</body></html>", encoding="utf-8")
    started = time.monotonic()
    skipped = _only_skip(page)
    assert time.monotonic() - started < 5
    assert skipped.kind == "too_complex"
    assert f"more than {MAX_DEPTH} levels deep" in skipped.reason


@pytest.mark.parametrize(
    "markup",
    [
        "<ul>" + "<li>نص" * 5000 + "</ul>",
        "<table><tr>" + "<td>نص" * 5000 + "</table>",
        "<p>نص<div>نص</div>" * 5000,
        "<svg>" + "<path d='M0 0'/>" * 5000 + "</svg>",
        "<script>" + "document.write('<div>');" * 5000 + "</script>",
        "<!--" + "<div>" * 5000 + "-->",
    ],
)
def test_wide_pages_are_not_taken_for_deep_ones(markup: str) -> None:
    assert too_deep(f"<html><body>{markup}</body></html>") is None


def test_a_page_of_millions_of_tags_is_refused_before_parsing(tmp_path: Path) -> None:
    page = tmp_path / "flat.html"
    page.write_text(f"<p>{SHORT}</p>" + "<i>ن</i>" * 1_000_000, encoding="utf-8")
    started = time.monotonic()
    skipped = _only_skip(page)
    assert time.monotonic() - started < 10  # about 1.5 s on an idle machine
    assert skipped.reason == (
        "too complex: 2,000,002 tags, over the limit of 200,000 for one page; not parsed"
    )


def test_many_unclosed_comments_are_read_in_linear_time(tmp_path: Path) -> None:
    page = tmp_path / "comments.html"
    page.write_text(f"<p>{SHORT}</p>" + "<!--" * 200_000, encoding="utf-8")
    started = time.monotonic()
    [article] = _read(page)
    assert time.monotonic() - started < 5
    assert isinstance(article, Article)
    assert article.text == SHORT


def test_html_text_extraction_is_bounded_in_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_module, "_TIME_BUDGET_S", 0.0)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{SHORT}</p></body></html>", encoding="utf-8")
    skipped = _only_skip(page)
    assert skipped.kind == "too_complex"
    assert skipped.reason == "too complex: the page's text was not extracted within 0 s"


# ------------------------------------------------------------------ folders
def test_an_unreadable_sub_folder_skips_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a_locked").mkdir()
    (tmp_path / "a_locked" / "hidden.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    (tmp_path / "b_good.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "a_locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    first, second = _read(tmp_path)
    assert first == Skipped(
        str(tmp_path / "a_locked"),
        "unreadable folder: Permission denied (PermissionError)",
        "unreadable",
    )
    assert isinstance(second, Article)
    assert second.origin == str(tmp_path / "b_good.txt")


def test_an_unreadable_top_folder_is_one_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    skipped = _only_skip(tmp_path)
    assert skipped.kind == "unreadable"
    assert skipped.origin == str(tmp_path)


def test_links_loops_and_special_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "article.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "b_link").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "c_broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "d_self.txt").symlink_to(tmp_path / "d_self.txt")
    os.mkfifo(tmp_path / "e_pipe.txt")
    items = _read(tmp_path)
    summary = [
        (Path(item.origin).name, item.kind if isinstance(item, Skipped) else "article")
        for item in items
    ]
    assert summary == [
        ("article.txt", "article"),
        ("loop", "unreadable"),
        ("b_link", "unreadable"),
        ("c_broken.txt", "unreadable"),
        ("d_self.txt", "unreadable"),
        ("e_pipe.txt", "unreadable"),
    ]
    reasons = [item.reason for item in items if isinstance(item, Skipped)]
    assert "link loop" in reasons[0]
    assert reasons[2] == f"unreadable: a broken link to {str(tmp_path / 'nowhere.txt')!r}"
    assert reasons[4] == "unreadable: not a regular file (a device, pipe or socket)"


def test_a_pipe_given_by_name_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    assert "not a regular file" in _only_skip(tmp_path / "pipe.jsonl").reason


def test_a_file_name_that_is_not_utf8_gives_a_storable_origin(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/\xff\xfe.txt"
    with open(name, "wb") as stream:
        stream.write(ARABIC_ARTICLE.encode("utf-8"))
    [article] = _read(tmp_path)
    assert isinstance(article, Article)
    assert article.origin == f"{tmp_path}/\\xff\\xfe.txt"
    article.origin.encode("utf-8")


def test_a_reason_quoting_an_unstorable_field_name_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"\\ud800": "x"}\n', encoding="utf-8")
    skipped = _only_skip(path)
    assert skipped.kind == "missing_text"
    assert "fields present: \\ud800" in skipped.reason
    skipped.reason.encode("utf-8")


def test_an_archive_expanding_past_100_times_its_size_stops_there(tmp_path: Path) -> None:
    # Each member is an empty JSON array padded to 1 MB: read, it yields nothing.
    members = {f"{index:02}.json": b"[" + b" " * 999_998 + b"]" for index in range(30)}
    archive = _zip(tmp_path / "many.zip", members)
    readable = (100 * archive.stat().st_size + 1_000_000) // 1_000_000
    assert 0 < readable < 30
    items = _read(archive, max_file_bytes=1_000_000)
    assert [item.origin for item in items] == [
        f"{archive}!{index:02}.json" for index in range(readable, 30)
    ]
    for item in items:
        assert isinstance(item, Skipped)
        assert item.kind == "too_large"
        assert "declare more than 100 times its size uncompressed" in item.reason
