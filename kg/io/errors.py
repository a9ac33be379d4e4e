"""Why an input was rejected, raised by the checks and turned into ``Skipped`` by readers."""

from __future__ import annotations

from kg.errors import InputError


class Rejected(InputError):
    """An article that cannot be used; ``kind`` is a short code for counting.

    The checks that raise it often do not know the origin; the reader that
    catches it does, and reports ``Skipped(origin, reason, kind)``.
    """

    def __init__(self, kind: str, reason: str, source: str = "") -> None:
        super().__init__(source or "<input>", reason)
        self.kind = kind
