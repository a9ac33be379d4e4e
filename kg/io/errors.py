"""Why an input was rejected, raised by the checks and turned into ``Skipped`` by readers."""

from __future__ import annotations

from kg.errors import InputError


class Rejected(InputError):
    """An article that cannot be used; ``kind`` is a short code for counting.

    The checks that raise it often do not know the origin; the reader that
    catches it does, and reports ``Skipped(origin, reason, kind)``.
    """

    def __init__(self, kind: str, reason: str, source: str = "") -> None:
        # A reason quotes the input (field names, a word); what cannot be stored
        # as UTF-8 (a lone surrogate) is shown as its escape, \\ud800.
        reason = reason.encode("utf-8", errors="backslashreplace").decode("utf-8")
        super().__init__(source or "<input>", reason)
        self.kind = kind
