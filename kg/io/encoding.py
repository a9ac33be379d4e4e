"""Turn bytes into text, detecting the encoding and refusing to guess wrongly.

Order: an explicit encoding; a byte-order mark (UTF-32, UTF-8, UTF-16);
UTF-16 without a BOM when NUL bytes fall in the pattern UTF-16 makes; strict
UTF-8; Windows-1256 only when the result reads as Arabic and holds no UTF-8
Arabic words (a file half UTF-8, half Windows-1256 would otherwise become
mojibake such as «ط£ط±ط³ظ„طھ»). Anything else is rejected with the encodings
that were tried, never decoded by a guess.
"""

from __future__ import annotations

import codecs
import re

from kg.io.errors import Rejected
from kg.io.scripts import arabic_share, control_count, plausible_share

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TRIED = "UTF-8, UTF-16 (LE/BE), Windows-1256"
_CP1256_MIN_ARABIC = 0.5
_UTF16_MIN_PLAUSIBLE = 0.95
# Three Arabic letters in a row as UTF-8 (lead byte D8-DB, one continuation byte).
# Windows-1256 text would need «ط/ظ/ع/غ» each followed by a symbol such as «،»
# three times over, which Arabic never writes.
_UTF8_ARABIC_WORD = re.compile(rb"(?:[\xd8-\xdb][\x80-\xbf]){3,}")


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The decoded text (BOM removed, nothing else changed) and the encoding used."""
    if encoding:
        return _decode_explicit(data, encoding), codecs.lookup(encoding).name
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], name), name
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        return _decode_cp1256(data, utf8_error), "cp1256"


def _decode_explicit(data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as error:
        raise Rejected("undecodable", f"unknown encoding {encoding!r} was requested") from error
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    text = _decode_strict(data, encoding)
    return text.removeprefix("\ufeff") if encoding.lower().startswith("utf-16") else text


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise Rejected(
            "undecodable",
            f"undecodable: not valid {encoding} ({error.reason} at byte {error.start})",
        ) from error


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-16 text has NULs (ASCII) and 0x06 (Arabic) in every other byte."""
    nul_count = data.count(b"\x00")
    if len(data) % 2 == 0:
        best: tuple[float, str, str] | None = None
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            share = plausible_share(text)
            if best is None or share > best[0]:
                best = (share, text, name)
        if best is not None and best[0] >= _UTF16_MIN_PLAUSIBLE and control_count(best[1]) == 0:
            return best[1], best[2]
    raise Rejected(
        "binary",
        f"binary: {nul_count} NUL byte(s) in {len(data)} bytes, and not UTF-16 text",
    )


def _decode_cp1256(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    """Windows-1256, but only for bytes that are neither broken UTF-8 nor non-Arabic."""
    if _looks_like_broken_utf8(data):
        raise Rejected(
            "undecodable",
            f"undecodable: mostly UTF-8 but invalid at byte {utf8_error.start} "
            f"({utf8_error.reason}); not decoded as Windows-1256, which would be mojibake",
        )
    check_not_mixed(data, utf8_error)
    text = data.decode("cp1256")
    controls = control_count(text)
    if controls:
        raise Rejected(
            "binary",
            f"binary: not UTF-8, and {controls} control character(s) when read as Windows-1256",
        )
    share, letters = arabic_share(text)
    if share < _CP1256_MIN_ARABIC:
        raise Rejected(
            "not_arabic",
            f"not Arabic: not UTF-8 (invalid at byte {utf8_error.start}); as Windows-1256 "
            f"or Latin-1 only {share:.2f} of {letters} letters are Arabic "
            f"(tried {_TRIED}; pass encoding= to force one)",
        )
    return text


def has_utf8_arabic(data: bytes) -> bool:
    """Whether ``data`` holds a word of UTF-8 Arabic (then no single-byte charset fits it)."""
    return _UTF8_ARABIC_WORD.search(data) is not None


def check_not_mixed(data: bytes, utf8_error: UnicodeDecodeError) -> None:
    """Refuse bytes that are partly UTF-8 Arabic and partly something else."""
    word = _UTF8_ARABIC_WORD.search(data)
    if word is None:
        return
    words = len(_UTF8_ARABIC_WORD.findall(data))
    raise Rejected(
        "mixed_encoding",
        f"mixed encodings: {words:,} word(s) are UTF-8 Arabic (the first «"
        f"{word.group().decode('utf-8')}» at byte {word.start():,}), but byte "
        f"{utf8_error.start:,} is not UTF-8 ({utf8_error.reason}), as in Windows-1256; "
        "read as one encoding, part of the text would be mojibake",
    )


def _looks_like_broken_utf8(data: bytes) -> bool:
    """Most non-ASCII bytes form valid UTF-8 sequences, so one bad byte is damage."""
    decoded = data.decode("utf-8", errors="replace")
    non_ascii = len(decoded) - len(decoded.encode("ascii", errors="ignore"))
    bad = decoded.count("\ufffd")
    return non_ascii > 0 and bad / non_ascii < 0.2
