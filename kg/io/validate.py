"""Checks every article passes before it enters the pipeline, each with a clear reason."""

from __future__ import annotations

from kg.io.errors import Rejected
from kg.io.scripts import arabic_share, control_count

_MAX_CONTROL_SHARE = 0.01


def check_size(size: int, max_bytes: int) -> None:
    """Refuse articles over the limit before reading them, to keep memory bounded."""
    if size > max_bytes:
        raise Rejected(
            "too_large", f"too large: {size:,} bytes is over the limit of {max_bytes:,} bytes"
        )


def check_text(text: str, min_arabic_share: float) -> None:
    """Refuse empty, binary-looking and non-Arabic text; the message gives the figure."""
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
