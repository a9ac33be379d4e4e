"""Checks every article passes before it enters the pipeline, each with a clear reason."""

from __future__ import annotations

import re

from kg.io.errors import Rejected
from kg.io.scripts import arabic_share, control_count

_MAX_CONTROL_SHARE = 0.01
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane | 0xFFFE)}{chr(plane | 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
_UNSTORABLE = re.compile(f"[\ud800-\udfff{_NONCHARACTERS}]")


def check_size(size: int, max_bytes: int) -> None:
    """Refuse articles over the limit before reading them, to keep memory bounded."""
    if size > max_bytes:
        raise Rejected(
            "too_large", f"too large: {size:,} bytes is over the limit of {max_bytes:,} bytes"
        )


def check_storable(value: str, field: str) -> None:
    """Refuse text that is not Unicode meant for interchange, naming the character.

    A lone surrogate (a JSON ``\\ud800`` escape without its partner) cannot be
    written as UTF-8 at all; a non-character (U+FFFE, U+FFFF, U+FDD0..U+FDEF...)
    is reserved for a program's internal use, and in a file it is damage, often
    UTF-16 read in the wrong byte order.
    """
    found = _UNSTORABLE.search(value)
    if found is None:
        return
    code = ord(found.group())
    what = (
        "a lone surrogate (half of a UTF-16 pair, which cannot be stored as UTF-8)"
        if 0xD800 <= code <= 0xDFFF
        else "a Unicode non-character (reserved, never part of interchanged text)"
    )
    count = len(_UNSTORABLE.findall(value))
    more = f", and {count - 1} more such character(s)" if count > 1 else ""
    raise Rejected(
        "invalid_text",
        f"invalid text: the {field} holds U+{code:04X}, {what}, "
        f"at character {found.start():,}{more}",
    )


def check_text(text: str, min_arabic_share: float) -> None:
    """Refuse unstorable, empty, binary-looking and non-Arabic text; the message gives
    the figure."""
    check_storable(text, "text")
    if not text.strip():
        raise Rejected("empty", "empty: the text is empty or only whitespace")
    if "\x00" in text:
        raise Rejected("binary", f"binary: {text.count(chr(0))} NUL character(s) in the text")
    controls = control_count(text)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise Rejected(
            "binary",
            f"binary: {controls} control characters in {len(text)} "
            f"(more than {_MAX_CONTROL_SHARE:.0%})",
        )
    share, letters = arabic_share(text)
    if letters == 0:
        raise Rejected("not_arabic", "not Arabic: the text has no letters at all")
    if share < min_arabic_share:
        raise Rejected(
            "not_arabic",
            f"not Arabic: only {share:.2f} of {letters} letters are Arabic "
            f"(at least {min_arabic_share:.2f} needed)",
        )
