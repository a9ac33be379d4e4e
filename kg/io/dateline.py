"""Find the dateline: the short line naming place, reporter and agency.

«واشنطن – هديل عويس – NPA», «صنعاء: عرفات مدابش», «سبق- الرياض:». It is
recorded in the metadata; the text itself is never changed.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s*[-–—:]\s*")
_SENTENCE_END = re.compile(r"[.!?؟،,;؛]\s*$|[.!?؟]\s")
_MAX_CHARS = 80
_MAX_WORDS_PER_PART = 4
_MAX_WORDS = 12
_LINES_TO_SEARCH = 3


def is_dateline(line: str) -> bool:
    """A short line of two or more short parts joined by dashes or colons."""
    line = line.strip()
    if not line or len(line) > _MAX_CHARS or _SENTENCE_END.search(line):
        return False
    if not _SEPARATORS.search(line):
        return False
    parts = [part for part in _SEPARATORS.split(line) if part.strip()]
    if not parts or len(line.split()) > _MAX_WORDS:
        return False
    if len(parts) < 2 and not line.rstrip().endswith(":"):
        return False
    return all(len(part.split()) <= _MAX_WORDS_PER_PART for part in parts)


def find_dateline(text: str, skip_first_line: bool = False) -> str | None:
    """The dateline among the first non-empty lines, stripped, if there is one.

    ``skip_first_line`` is for texts whose first line is the headline: a
    headline such as «الأصبحي: جميع الوزراء» must not be taken for one.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if skip_first_line:
        lines = lines[1:]
    for line in lines[:_LINES_TO_SEARCH]:
        if is_dateline(line):
            return line.strip()
    return None
