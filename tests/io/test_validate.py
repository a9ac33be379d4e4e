"""Each reason a bad input is skipped for, with the message naming what was wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.io import Skipped, read_articles
from kg.io.errors import Rejected
from kg.io.validate import check_size, check_text
from tests.io.samples import ARABIC_ARTICLE, FRENCH_ARTICLE


def _skip_reason(path: Path, **options: int) -> Skipped:
    [item] = read_articles([path], **options)  # type: ignore[arg-type]
    assert isinstance(item, Skipped), item
    assert item.origin == str(path)
    return item


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", "  \n".encode("utf-16")])
def test_empty_or_whitespace(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    skipped = _skip_reason(path)
    assert skipped.kind == "empty"
    assert skipped.reason == "empty: the text is empty or only whitespace"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARABIC_ARTICLE, encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    skipped = _skip_reason(path)
    assert skipped.kind == "unreadable"
    assert skipped.reason == "unreadable: Permission denied (PermissionError)"


def test_missing_path(tmp_path: Path) -> None:
    skipped = _skip_reason(tmp_path / "nowhere.txt")
    assert skipped.reason == "unreadable: no such file or directory"


def test_too_large_names_the_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARABIC_ARTICLE * 100, encoding="utf-8")
    size = path.stat().st_size
    skipped = _skip_reason(path, max_bytes=10_000)
    assert skipped.kind == "too_large"
    assert skipped.reason == (f"too large: {size:,} bytes is over the limit of 10,000 bytes")


def test_ten_megabyte_article_is_too_large_by_default(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(ARABIC_ARTICLE.encode("utf-8") * (10_000_001 // len(ARABIC_ARTICLE) + 1))
    assert _skip_reason(path).kind == "too_large"


def test_not_arabic_gives_the_share(tmp_path: Path) -> None:
    path = tmp_path / "french.txt"
    path.write_text(FRENCH_ARTICLE, encoding="utf-8")
    skipped = _skip_reason(path)
    assert skipped.kind == "not_arabic"
    assert skipped.reason.startswith("not Arabic: only 0.00 of ")
    assert "(at least 0.30 needed)" in skipped.reason


def test_arabic_with_some_english_is_kept() -> None:
    check_text("قال وزير الخارجية مايك بومبيو (Mike Pompeo) إن واشنطن باقية.", 0.3)


def test_presentation_forms_count_as_arabic() -> None:
    check_text("ﻛﺸﻔﺖ ﻣﺼﺎﺩﺭ ﻣﻄﻠﻌﺔ ﻓﻲ ﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺸﻌﺒﻴﺔ", 0.3)


def test_control_characters_are_binary() -> None:
    with pytest.raises(Rejected) as caught:
        check_text("خبر" + "\x01\x02\x03\x04" * 10, 0.3)
    assert caught.value.kind == "binary"


def test_digits_only_has_no_letters() -> None:
    with pytest.raises(Rejected, match="no letters"):
        check_text("٢٠١٩ - 2019", 0.3)


def test_check_size_allows_the_limit_itself() -> None:
    check_size(10, 10)
    with pytest.raises(Rejected, match="11 bytes"):
        check_size(11, 10)


def test_malformed_json_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n{"content": "خبر"},\n{oops}\n]', encoding="utf-8")
    skipped = _skip_reason(path)
    assert skipped.kind == "malformed"
    assert "line 3" in skipped.reason


def test_missing_text_names_the_fields_tried(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"title": "عنوان"}\n', encoding="utf-8")
    [item] = read_articles([path])
    assert isinstance(item, Skipped)
    assert item.reason == (
        "missing text: none of the fields text, content, body, article holds a string "
        "(fields present: title)"
    )
