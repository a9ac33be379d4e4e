from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kg.io import Article, Skipped, read_articles
from kg.io.encoding import decode_bytes
from kg.io.errors import Rejected
from tests.io.samples import ARABIC_ARTICLE, FRENCH_ARTICLE

# Windows-1256 has no en dash, so the cp1256 sample uses a hyphen.
CP1256_ARTICLE = ARABIC_ARTICLE.replace("–", "-")


@pytest.mark.parametrize(
    ("codec", "expected", "text"),
    [
        ("utf-8", "utf-8", ARABIC_ARTICLE),
        ("utf-8-sig", "utf-8", ARABIC_ARTICLE),
        ("utf-16", "utf-16-le", ARABIC_ARTICLE),
        ("utf-16-le", "utf-16-le", ARABIC_ARTICLE),
        ("utf-16-be", "utf-16-be", ARABIC_ARTICLE),
        ("utf-32", "utf-32-le", ARABIC_ARTICLE),
        ("cp1256", "cp1256", CP1256_ARTICLE),
    ],
)
def test_round_trip_of_each_encoding(tmp_path: Path, codec: str, expected: str, text: str) -> None:
    path = tmp_path / f"article_{codec}.txt"
    path.write_bytes(text.encode(codec))
    [item] = read_articles([path])
    assert isinstance(item, Article), item
    assert item.text == text
    assert ("encoding", expected) in item.meta.extra


def test_explicit_encoding_overrides_detection() -> None:
    data = CP1256_ARTICLE.encode("cp1256")
    assert decode_bytes(data, "windows-1256") == (CP1256_ARTICLE, "cp1256")


def test_explicit_encoding_that_does_not_fit_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(CP1256_ARTICLE.encode("cp1256"))
    [item] = read_articles([path], encoding="utf-8")
    assert isinstance(item, Skipped)
    assert item.kind == "undecodable"
    assert "not valid utf-8" in item.reason


def test_latin1_french_is_not_arabic_and_names_the_encodings_tried(tmp_path: Path) -> None:
    path = tmp_path / "french.txt"
    path.write_bytes(FRENCH_ARTICLE.encode("latin-1"))
    [item] = read_articles([path])
    assert isinstance(item, Skipped)
    assert item.kind == "not_arabic"
    assert re.search(r"only 0\.0\d of 126 letters are Arabic", item.reason), item.reason
    assert "Windows-1256" in item.reason and "UTF-8" in item.reason


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 4 + os.urandom(4096))
    [item] = read_articles([path])
    assert isinstance(item, Skipped)
    assert item.kind == "binary"
    assert item.reason.startswith("binary:")


def test_damaged_utf8_is_not_taken_for_windows_1256() -> None:
    head = ARABIC_ARTICLE[:20].encode("utf-8")
    damaged = head + b"\xff" + ARABIC_ARTICLE[20:].encode("utf-8")
    with pytest.raises(Rejected) as caught:
        decode_bytes(damaged)
    assert caught.value.kind == "undecodable"
    assert f"invalid at byte {len(head)}" in caught.value.reason


def test_cp1256_with_control_bytes_is_binary() -> None:
    data = CP1256_ARTICLE.encode("cp1256") + b"\x01\x02\x03\xff"
    with pytest.raises(Rejected) as caught:
        decode_bytes(data)
    assert caught.value.kind == "binary"


def test_unknown_explicit_encoding_is_reported() -> None:
    with pytest.raises(Rejected, match="unknown encoding 'klingon'"):
        decode_bytes(b"abc", "klingon")
